"""The classifier tab filled synchronously for ``main.py --screenshot`` (no event loop waits)."""

from __future__ import annotations

from pathlib import Path

from gui.tabs.classifier_jobs import entry_from, sample_files
from gui.tabs.classifier_model import Source


def classify_samples_now(tab) -> None:
    """Load the default model, classify the bundled samples and show the sneaker's steps."""
    from engine.classify import Classifier, default_model_path, preprocess_one

    if tab.classifier is None:
        path = default_model_path("softmax")
        if path is None:
            return
        tab.picker.use_classifier(Classifier.load(path))
    classifier = tab.classifier
    entries = []
    for sample in sample_files():
        source = Source(str(sample), str(sample))
        entry = entry_from(source, preprocess_one(str(sample), keep_steps=True))
        if entry.input is not None:
            entry.probs = classifier.probabilities(entry.input[None])[0]
        entries.append(entry)
    tab.clear_results()
    tab.pictures.add(entries)
    tab.picture_list.show_entries(entries)
    if not entries:
        return
    # The photo of a sneaker shows every step best (inversion, crop).
    names = [Path(e.key).name for e in entries]
    key = entries[names.index("sneaker_photo.jpg") if "sneaker_photo.jpg" in names else 0].key
    for entry in entries:
        if entry.fresh is not None:
            entry.fresh.probs = entry.probs
    tab.picture_list.select(key)  # shows the steps the batch kept, with no job
    for entry in entries:
        entry.fresh = None
