"""Classify pictures with a Fashion-MNIST model: default models, batch classification, the CLI.

The default model is looked up in the app's resources (the packaged app ships one), then in
the user's data folder; when neither has it, :func:`train_default_model` trains it in a few
seconds with the engine's Trainer and caches it there. Checkpoints load through
``engine.checkpoint`` (``weights_only=True``): a file from elsewhere never runs code.

Pictures are decoded and preprocessed one by one (``engine.images``) and then go through the
model in one forward pass per batch, which is what keeps 100 dropped files well under a
second.

CLI: ``python -m engine classify [--model CKPT] [--json] [--top K] PATH...``
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine.images import ImageError, Preprocessed, image_error, preprocess_file
from engine.paths import resource_path, user_data_dir

log = logging.getLogger(__name__)

#: Default models by kind: file name and the training settings (the course's, chapter 3/4).
DEFAULT_MODELS: dict[str, dict] = {
    "softmax": {"file": "default-softmax.pt", "name": "Default softmax regression",
                "config": {"task": "softmax", "impl": "concise", "lr": 0.1, "batch_size": 256,
                           "epochs": 10, "seed": 0}},
    "mlp": {"file": "default-mlp.pt", "name": "Default MLP (784-256-10)",
            "config": {"task": "mlp", "impl": "concise", "lr": 0.1, "batch_size": 256,
                       "epochs": 10, "hidden": 256, "seed": 0}},
}
CLASSIFIER_ARCHS = ("softmax", "mlp")


class TrainingFailed(Exception):
    """Training the default model did not complete; the message says why.

    Not a RuntimeError on purpose: Qt worker wrappers treat those as a deleted thread.
    """
BATCH = 256


# --------------------------------------------------------------------------- model files
def models_dir() -> Path:
    """Where the training tab saves checkpoints and the default models are cached."""
    folder = user_data_dir() / "models"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def bundled_models_dir() -> Path:
    return resource_path("models")


def default_model_path(kind: str = "softmax") -> Path | None:
    """The default model of ``kind``: the app's resources first, then the user's cache."""
    name = DEFAULT_MODELS[kind]["file"]
    for folder in (bundled_models_dir(), user_data_dir() / "models"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def cached_default_path(kind: str = "softmax") -> Path:
    return models_dir() / DEFAULT_MODELS[kind]["file"]


@dataclass
class ModelInfo:
    """One entry of the model list; ``error`` is set when the file cannot be used."""

    path: Path
    name: str
    arch: str = ""
    test_acc: float | None = None
    default_kind: str | None = None      # 'softmax' / 'mlp' for the default models
    error: str | None = None


def describe_model(path: str | os.PathLike, default_kind: str | None = None) -> ModelInfo:
    """Read a checkpoint's meta (safely) for the model list."""
    from engine.checkpoint import CheckpointError, load_checkpoint_arrays

    path = Path(path)
    try:
        ckpt = load_checkpoint_arrays(path)
    except CheckpointError as exc:
        return ModelInfo(path, path.stem, error=_one_line(exc), default_kind=default_kind)
    except Exception as exc:  # noqa: BLE001 - a broken file must not break the list
        log.exception("reading %s failed", path)
        return ModelInfo(path, path.stem, error=_one_line(exc), default_kind=default_kind)
    meta = ckpt.meta or {}
    error = None
    if ckpt.arch not in CLASSIFIER_ARCHS:
        error = (f"a '{ckpt.arch}' checkpoint is not an image classifier "
                 "(softmax regression or MLP needed)")
    return ModelInfo(path, str(meta.get("name") or path.stem), ckpt.arch,
                     _float_or_none(meta.get("test_acc")), default_kind, error)


def list_models() -> list[ModelInfo]:
    """Default models (bundled or cached) first, then the user's checkpoints, newest first."""
    infos: list[ModelInfo] = []
    seen: set[str] = set()
    for kind in DEFAULT_MODELS:
        path = default_model_path(kind)
        if path is not None:
            infos.append(describe_model(path, kind))
            seen.add(DEFAULT_MODELS[kind]["file"])
    folder = user_data_dir() / "models"
    files = sorted(folder.glob("*.pt"), key=lambda p: p.stat().st_mtime, reverse=True) \
        if folder.is_dir() else []
    for path in files:
        if path.name in seen:
            continue
        infos.append(describe_model(path))
    return infos


def default_train_config(kind: str = "softmax", data_dir: str | os.PathLike | None = None):
    from engine.training import TrainConfig

    config = TrainConfig(**DEFAULT_MODELS[kind]["config"])
    config.device = "cpu"
    config.data_dir = str(data_dir) if data_dir else None
    return config


def train_default_model(kind: str = "softmax", data_dir: str | os.PathLike | None = None,
                        dest: str | os.PathLike | None = None,
                        should_stop: Callable[[], bool] | None = None,
                        dataset=None) -> Iterator[float]:
    """Train a default model, yielding progress 0..1; the generator returns the saved path.

    ``dataset``: an already loaded ``FashionMNIST`` (else it is loaded from ``data_dir``).
    Raises ``DatasetNotFoundError`` when Fashion-MNIST is missing and :class:`TrainingFailed`
    when the run does not complete. Nothing is written unless training completed.
    """
    from engine.training import BatchStep, EpochResult, RunEnd, Trainer

    config = default_train_config(kind, data_dir)
    trainer = Trainer(config, dataset=dataset, report_every=10)
    target = Path(dest) if dest else cached_default_path(kind)
    end: RunEnd | None = None
    for event in trainer.run():
        if should_stop is not None and should_stop():
            trainer.stop()
        if isinstance(event, BatchStep | EpochResult):
            done = event.progress if isinstance(event, BatchStep) else event.epoch
            yield min(1.0, float(done) / config.epochs)
        elif isinstance(event, RunEnd):
            end = event
    if end is None or end.status != "completed":
        raise TrainingFailed(end.message if end else "training ended without a result")
    trainer.save_checkpoint(target, name=DEFAULT_MODELS[kind]["name"])
    yield 1.0
    return target


def ensure_default_model(kind: str = "softmax", data_dir: str | os.PathLike | None = None,
                         on_progress: Callable[[float], None] | None = None) -> Path:
    """The default model's path, training and caching it first when there is none."""
    path = default_model_path(kind)
    if path is not None:
        return path
    gen = train_default_model(kind, data_dir)
    while True:
        try:
            fraction = next(gen)
        except StopIteration as stop:
            return Path(stop.value)
        if on_progress is not None:
            on_progress(fraction)


# --------------------------------------------------------------------------- the model
class Classifier:
    """A loaded image classifier: float [N, 28, 28] in [0, 1] → class probabilities."""

    def __init__(self, checkpoint, path: str | os.PathLike | None = None) -> None:
        from engine.checkpoint import CheckpointError

        if checkpoint.arch not in CLASSIFIER_ARCHS:
            raise CheckpointError(
                f"a '{checkpoint.arch}' checkpoint is not an image classifier "
                "(softmax regression or MLP needed)")
        self.checkpoint = checkpoint
        self.path = Path(path) if path else None
        self.arch: str = checkpoint.arch
        self.meta: dict = dict(checkpoint.meta or {})
        # numpy, not torch: these models are a matrix or two, and the first picture must not
        # wait for torch to load (nor stall the window while it does)
        self.layers = _dense_layers(checkpoint)

    @classmethod
    def load(cls, path: str | os.PathLike) -> Classifier:
        """Load a checkpoint safely; ``CheckpointError`` says what is wrong with it."""
        from engine.checkpoint import load_checkpoint_arrays

        return cls(load_checkpoint_arrays(path), path)

    @property
    def test_acc(self) -> float | None:
        return _float_or_none(self.meta.get("test_acc"))

    @property
    def name(self) -> str:
        return str(self.meta.get("name") or (self.path.stem if self.path else self.arch))

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        """Softmax probabilities float32 [N, 10] for inputs float [N, 28, 28] in [0, 1]."""
        x = np.asarray(inputs, dtype=np.float32)
        if x.ndim == 2:
            x = x[None]
        if len(x) == 0:
            return np.zeros((0, 10), dtype=np.float32)
        return _softmax(self.logits(x.reshape(len(x), -1)))

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Logits float32 [N, 10] for flattened inputs float32 [N, 784]."""
        for i, (weight, bias) in enumerate(self.layers):
            x = x @ weight.T + bias
            if i < len(self.layers) - 1:
                np.maximum(x, 0.0, out=x)  # ReLU between the MLP's layers
        return x

    def predict_uint8(self, images, batch: int = 2048) -> tuple[np.ndarray, np.ndarray]:
        """(labels int64 [N], probabilities [N, 10]) for dataset images uint8 [N, 28, 28]."""
        images = np.asarray(images)
        probs = [_softmax(self.logits(images[start:start + batch].reshape(-1, 28 * 28)
                                      .astype(np.float32) / np.float32(255.0)))
                 for start in range(0, len(images), batch)]
        p = np.concatenate(probs) if probs else np.zeros((0, 10), np.float32)
        return p.argmax(axis=1).astype(np.int64), p


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    return z.astype(np.float32, copy=False)


def _dense_layers(ckpt) -> list[tuple[np.ndarray, np.ndarray]]:
    """The (weight, bias) pairs of a softmax/MLP checkpoint as float32 arrays, shapes checked
    as strictly as ``load_state_dict(strict=True)`` would."""
    from engine.checkpoint import NUM_INPUTS, NUM_OUTPUTS, CheckpointError

    state = {k: np.asarray(v.detach().cpu().numpy() if hasattr(v, "detach") else v,
                           dtype=np.float32) for k, v in ckpt.state_dict.items()}
    names = ["1"] if ckpt.arch == "softmax" else ["1", "3"]
    expected = {f"{n}.{part}" for n in names for part in ("weight", "bias")}
    if set(state) != expected:
        missing, extra = sorted(expected - set(state)), sorted(set(state) - expected)
        raise CheckpointError(f"the weights do not fit a {ckpt.arch} model (missing: "
                              f"{', '.join(missing) or '-'}; unexpected: {', '.join(extra) or '-'})")
    layers = [(state[f"{n}.weight"], state[f"{n}.bias"]) for n in names]
    width = NUM_INPUTS
    for i, (weight, bias) in enumerate(layers):
        out = NUM_OUTPUTS if i == len(layers) - 1 else weight.shape[0] if weight.ndim == 2 else -1
        if weight.shape != (out, width) or bias.shape != (out,) or out <= 0:
            raise CheckpointError(f"the weights do not fit a {ckpt.arch} model (layer {i + 1} "
                                  f"is {tuple(weight.shape)}, {width} inputs expected)")
        width = out
    return layers


# --------------------------------------------------------------------------- files
@dataclass
class FileResult:
    """The answer for one file: probabilities or a one-line error.

    ``error`` is the English line (CLI, CSV); ``problem`` the keyed :class:`ImageError` a GUI
    shows in the user's language.
    """

    path: str
    probs: np.ndarray | None = None
    error: str | None = None
    pre: Preprocessed | None = field(default=None, repr=False)
    problem: ImageError | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None and self.probs is not None

    @property
    def class_index(self) -> int:
        return int(np.argmax(self.probs))

    @property
    def probability(self) -> float:
        return float(self.probs[self.class_index])

    def top(self, k: int = 3) -> list[tuple[int, float]]:
        order = np.argsort(-self.probs)[:k]
        return [(int(i), float(self.probs[i])) for i in order]


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Files as given, folders walked recursively (sorted, hidden entries skipped).

    Paths keep the form the user gave (relative stays relative), so answers match the input.
    """
    out: list[str] = []
    for given in paths:
        given = os.fspath(given)
        if os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        out.append(os.path.join(root, name))
        else:
            out.append(given)
    return out


def preprocess_many(paths: Sequence[str], *, invert: bool | None = None, crop: bool = True,
                    keep_steps: bool = False) -> list[FileResult]:
    """Decode and preprocess each file; failures become one-line errors, never exceptions."""
    results = []
    for path in paths:
        results.append(preprocess_one(path, invert=invert, crop=crop, keep_steps=keep_steps))
    return results


def preprocess_one(path: str, *, invert: bool | None = None, crop: bool = True,
                   keep_steps: bool = True, data: bytes | None = None) -> FileResult:
    try:
        pre = preprocess_file(data if data is not None else path, invert=invert, crop=crop)
    except ImageError as exc:
        return FileResult(path, error=_one_line(exc), problem=exc)
    except Exception as exc:  # noqa: BLE001 - never let one file stop the batch
        log.exception("preprocessing %s failed", path)
        problem = image_error("unusable", detail=_one_line(exc))
        return FileResult(path, error=str(problem), problem=problem)
    result = FileResult(path, pre=pre)
    if not keep_steps:
        result.pre = Preprocessed(original=pre.original[:1, :1], gray=pre.gray[:1, :1],
                                  normalized=pre.normalized[:1, :1], square=pre.square[:1, :1],
                                  input=pre.input, background=pre.background,
                                  inverted=pre.inverted, bbox=pre.bbox,
                                  source_size=pre.source_size)
    return result


def classify_results(results: list[FileResult], classifier: Classifier) -> list[FileResult]:
    """Fill ``probs`` of every preprocessed result with one forward pass."""
    good = [r for r in results if r.error is None and r.pre is not None]
    if good:
        probs = classifier.probabilities(np.stack([r.pre.input for r in good]))
        for result, p in zip(good, probs):
            result.probs = p
    return results


def classify_paths(paths: Iterable[str | os.PathLike], classifier: Classifier, *,
                   invert: bool | None = None, crop: bool = True,
                   batch: int = BATCH) -> Iterator[FileResult]:
    """Classify files and folders (walked recursively), yielding one result per file in order."""
    files = expand_paths(paths)
    for start in range(0, len(files), batch):
        chunk = preprocess_many(files[start:start + batch], invert=invert, crop=crop)
        yield from classify_results(chunk, classifier)


def self_check() -> str:
    """Classify a bundled sample with the default model (the app's ``--self-test`` uses it).

    Returns a one-line summary; raises RuntimeError saying what is wrong otherwise.
    """
    from engine.fashion_classes import CLASS_NAMES_EN

    path = default_model_path("softmax")
    if path is None:
        raise RuntimeError("no default classifier model in resources/models")
    sample = resource_path("samples", "trouser_drawing.png")
    if not sample.is_file():
        raise RuntimeError(f"sample picture missing: {sample}")
    model = Classifier.load(path)
    result = next(classify_paths([sample], model))
    if not result.ok:
        raise RuntimeError(f"{sample.name}: {result.error}")
    label = CLASS_NAMES_EN[result.class_index]
    if label != "Trouser":
        raise RuntimeError(f"{sample.name} was classified as {label}, expected Trouser")
    return f"classifier: {sample.name} → {label} {result.probability:.1%} ({path.name})"


# --------------------------------------------------------------------------- test set
@dataclass
class TestSetResult:
    """The model on the Fashion-MNIST test set (the course's ``predict_ch3`` for all of it)."""

    labels: np.ndarray       # int64 [N]
    preds: np.ndarray        # int64 [N]
    probs: np.ndarray        # float32 [N, 10]
    confusion: np.ndarray    # int64 [10, 10], rows = true class, columns = predicted

    @property
    def accuracy(self) -> float:
        return float((self.labels == self.preds).mean()) if len(self.labels) else 0.0

    @property
    def per_class_accuracy(self) -> np.ndarray:
        totals = self.confusion.sum(axis=1)
        return np.divide(np.diag(self.confusion), totals, out=np.zeros(10), where=totals > 0)


def confusion_matrix(labels: np.ndarray, preds: np.ndarray, n: int = 10) -> np.ndarray:
    """Counts [true, predicted]."""
    labels = np.asarray(labels, dtype=np.int64)
    preds = np.asarray(preds, dtype=np.int64)
    return np.bincount(labels * n + preds, minlength=n * n).reshape(n, n)


def evaluate_test_set(classifier: Classifier, images, labels) -> TestSetResult:
    preds, probs = classifier.predict_uint8(images)
    labels = np.asarray(labels, dtype=np.int64)
    return TestSetResult(labels, preds, probs, confusion_matrix(labels, preds))


# --------------------------------------------------------------------------- CLI
class _ArgumentError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump, no SystemExit traceback
        raise _ArgumentError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m engine classify",
        description="Classify pictures (files or folders, walked recursively) with a "
                    "Fashion-MNIST model. One answer per file.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="picture files or folders")
    parser.add_argument("--model", metavar="CKPT",
                        help="checkpoint (.pt) saved by DiveLab; default: the default "
                             "softmax model (trained on first use when needed)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--top", type=int, default=3, metavar="K",
                        help="how many classes to list per file (default 3)")
    parser.add_argument("--no-invert", action="store_true",
                        help="do not invert pictures with a light background")
    parser.add_argument("--no-crop", action="store_true",
                        help="do not crop to the object before resizing")
    parser.add_argument("--data", metavar="DIR", help="Fashion-MNIST folder (to train the "
                                                      "default model when none exists)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m engine classify``; returns the exit status (0 when every file was handled)."""
    import warnings

    from PIL import Image

    argv = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout if sys.stdout is not None else open(os.devnull, "w")  # noqa: SIM115
    err = sys.stderr if sys.stderr is not None else out
    for stream in (out, err):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    if any(a in ("-h", "--help") for a in argv):
        _parser().print_help(out)
        return 0
    try:
        args = _parser().parse_args(argv)
        if args.top < 1:
            raise _ArgumentError("--top must be at least 1")
    except _ArgumentError as exc:
        print(f"classify: {exc} (see --help)", file=err)
        return 2
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused with a message
    try:
        classifier = _load_cli_model(args, err)
    except Exception as exc:  # noqa: BLE001 - an unusable model is a one-line error
        print(f"classify: {_one_line(exc)}", file=err)
        return 1
    from engine.fashion_classes import CLASS_NAMES_EN

    invert = False if args.no_invert else None
    try:
        for result in classify_paths(args.paths, classifier, invert=invert,
                                     crop=not args.no_crop):
            out.write(_format(result, args.json, args.top, CLASS_NAMES_EN) + "\n")
            out.flush()
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        print("classify: interrupted", file=err)
        return 130
    return 0


def _load_cli_model(args, err) -> Classifier:
    if args.model:
        path = Path(args.model)
        if not path.is_file():
            raise FileNotFoundError(f"model not found: {args.model}")
        return Classifier.load(path)
    path = default_model_path("softmax")
    if path is None:
        print("classify: no default model yet; training it on Fashion-MNIST "
              "(a few seconds)…", file=err)
        path = ensure_default_model("softmax", args.data)
    return Classifier.load(path)


def _format(result: FileResult, as_json: bool, k: int, names: Sequence[str]) -> str:
    if not result.ok:
        if as_json:
            return json.dumps({"path": result.path, "error": result.error}, ensure_ascii=False)
        return f"{result.path}: error: {result.error}"
    top = result.top(k)
    if as_json:
        return json.dumps({"path": result.path, "label": names[result.class_index],
                           "class_index": result.class_index,
                           "probability": round(result.probability, 6),
                           "top": [[names[i], round(p, 6)] for i, p in top]},
                          ensure_ascii=False)
    rest = ", ".join(f"{names[i]} {p:.1%}" for i, p in top[1:])
    line = f"{result.path}: {names[result.class_index]} {result.probability:.1%}"
    return f"{line} ({rest})" if rest else line


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _float_or_none(value) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
