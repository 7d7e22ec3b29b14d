"""The trainer: learning, reporting, control, divergence, devices, determinism."""

from __future__ import annotations

import threading
import time

import pytest
import torch

from engine import device as device_mod
from engine.checkpoint import build_classifier, load_checkpoint
from engine.data import FashionMNIST, load_fashion_mnist
from engine.training import BatchStep, EpochResult, RunEnd, TrainConfig, Trainer, train


def _run(cfg: TrainConfig, **kw) -> list:
    return list(Trainer(cfg, **kw).run())


def _tiny_dataset(n_train=512, n_test=128, seed=0) -> FashionMNIST:
    """Random images whose class is a bright stripe's row: learnable in one epoch."""
    g = torch.Generator().manual_seed(seed)

    def make(n):
        labels = torch.randint(0, 10, (n,), generator=g)
        images = torch.randint(0, 40, (n, 28, 28), generator=g, dtype=torch.uint8)
        for i, c in enumerate(labels.tolist()):
            images[i, 2 + 2 * c] = 250
        return images, labels

    tr, te = make(n_train), make(n_test)
    return FashionMNIST(tr[0], tr[1], te[0], te[1], source=__import__("pathlib").Path("tiny"))


@pytest.mark.parametrize("impl", ["scratch", "concise"])
def test_linreg_recovers_w_and_b(impl):
    events = _run(TrainConfig(task="linreg", impl=impl, lr=0.03, batch_size=10, epochs=3))
    end, last = events[-1], events[-2]
    assert end.status == "completed" and end.epochs_done == 3
    assert isinstance(last, EpochResult) and last.test_acc is None
    assert last.w == pytest.approx([2.0, -3.4], abs=0.05) and last.b == pytest.approx(4.2, abs=0.05)
    assert all(abs(e) < 0.05 for e in last.w_error) and abs(last.b_error) < 0.05
    assert last.train_loss < 1e-3


@pytest.mark.parametrize("impl,loss", [("scratch", "l1"), ("concise", "l1"),
                                       ("scratch", "huber"), ("concise", "huber")])
def test_robust_losses_also_find_the_line(impl, loss):
    cfg = TrainConfig(task="linreg", impl=impl, loss=loss, huber_delta=0.5, lr=0.1,
                      batch_size=10, epochs=8)
    last = _run(cfg)[-2]
    assert last.w == pytest.approx([2.0, -3.4], abs=0.05) and last.b == pytest.approx(4.2, abs=0.05)


def test_linreg_on_a_users_table():
    X = torch.tensor([[0.0], [1.0], [2.0], [3.0]] * 25)
    y = 3 * X.reshape(-1) - 1
    events = _run(TrainConfig(task="linreg", impl="concise", lr=0.05, batch_size=10, epochs=40),
                  regression_data=(X, y))
    last = events[-2]
    assert last.w == pytest.approx([3.0], abs=0.05) and last.b == pytest.approx(-1.0, abs=0.05)
    assert last.w_error is None and last.b_error is None


def test_softmax_reaches_80_percent_in_two_epochs(fashion_dir, tmp_path):
    trainer = Trainer(TrainConfig(task="softmax", impl="concise", epochs=2, lr=0.1,
                                  batch_size=256, data_dir=str(fashion_dir), device="cpu"),
                      report_every=50)
    events = list(trainer.run())
    epochs = [e for e in events if isinstance(e, EpochResult)]
    steps = [e for e in events if isinstance(e, BatchStep)]
    assert events[-1].status == "completed" and len(epochs) == 2
    assert epochs[-1].test_acc >= 0.80
    assert 0.75 < epochs[-1].train_acc < 1 and epochs[-1].train_loss < epochs[0].train_loss + 0.05
    assert epochs[-1].examples_per_sec > 0 and epochs[-1].seconds > 0
    assert epochs[-1].elapsed >= epochs[0].elapsed + epochs[-1].seconds * 0.99
    # a report every 50 batches, plus the last of each epoch
    assert [s.batch for s in steps if s.epoch == 1] == [50, 100, 150, 200, 235]
    assert steps[-1].progress == pytest.approx(2.0) and steps[0].batches == 235
    # the trained model classifies, also after a checkpoint round trip
    ds = load_fashion_mnist(fashion_dir)
    pred = trainer.predict(ds.test_images[:2000])
    assert pred.dtype == torch.int64
    assert (pred == ds.test_labels[:2000]).float().mean() > 0.78
    trainer.save_checkpoint(tmp_path / "s.pt", name="two epochs")
    ckpt = load_checkpoint(tmp_path / "s.pt")
    assert ckpt.arch == "softmax" and ckpt.meta["name"] == "two epochs"
    assert ckpt.test_acc == pytest.approx(epochs[-1].test_acc)
    assert ckpt.meta["config"]["lr"] == 0.1
    net = build_classifier(ckpt)
    x = ds.test_images[:2000].float().div(255).unsqueeze(1)
    assert torch.equal(net(x).argmax(1), pred)


def test_scratch_checkpoint_builds_the_same_classifier(tmp_path):
    ds = _tiny_dataset()
    trainer = Trainer(TrainConfig(task="softmax", impl="scratch", epochs=1, lr=0.5,
                                  batch_size=32), dataset=ds)
    list(trainer.run())
    trainer.save_checkpoint(tmp_path / "s.pt")
    net = build_classifier(load_checkpoint(tmp_path / "s.pt"))
    x = ds.test_images.float().div(255)
    assert torch.equal(net(x).argmax(1), trainer.predict(ds.test_images))
    assert trainer.last_test_acc > 0.9


def test_mlp_trains_and_saves(tmp_path):
    trainer = Trainer(TrainConfig(task="mlp", epochs=3, lr=0.5, batch_size=32, hidden=16),
                      dataset=_tiny_dataset())
    events = list(trainer.run())
    assert events[-1].status == "completed" and events[-2].test_acc > 0.9
    trainer.save_checkpoint(tmp_path / "m.pt")
    ckpt = load_checkpoint(tmp_path / "m.pt")
    assert ckpt.arch == "mlp" and ckpt.meta["hidden"] == 16


def test_every_batch_is_reported_by_default():
    events = _run(TrainConfig(task="linreg", batch_size=100, epochs=2))
    steps = [e for e in events if isinstance(e, BatchStep)]
    assert len(steps) == 20 and [s.batch for s in steps[:10]] == list(range(1, 11))
    assert steps[4].progress == pytest.approx(0.5)
    assert all(isinstance(s.loss, float) for s in steps)
    assert [type(e).__name__ for e in events].count("RunEnd") == 1


def test_no_batch_reports_when_report_every_is_zero():
    events = _run(TrainConfig(task="linreg", epochs=2), report_every=0)
    assert not any(isinstance(e, BatchStep) for e in events)


def test_stop_takes_effect_before_the_next_batch():
    trainer = Trainer(TrainConfig(task="linreg", epochs=5, batch_size=10))
    seen = []
    for event in trainer.run():
        seen.append(event)
        if isinstance(event, BatchStep) and event.batch == 3:
            trainer.stop()
    assert isinstance(seen[-1], RunEnd) and seen[-1].status == "stopped"
    assert [e.batch for e in seen if isinstance(e, BatchStep)] == [1, 2, 3]
    assert "epoch 1, batch 4" in seen[-1].message and seen[-1].epochs_done == 0


def test_pause_and_resume_from_another_thread():
    trainer = Trainer(TrainConfig(task="linreg", epochs=3, batch_size=10))
    steps: list[BatchStep] = []
    ends: list[RunEnd] = []

    def consume():
        for event in trainer.run():
            if isinstance(event, BatchStep):
                steps.append(event)
                if len(steps) == 5:
                    trainer.pause()
            elif isinstance(event, RunEnd):
                ends.append(event)

    worker = threading.Thread(target=consume)
    worker.start()
    deadline = time.monotonic() + 30
    while len(steps) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)
    assert trainer.paused and len(steps) == 5  # paused within one batch
    trainer.resume()
    worker.join(30)
    assert not worker.is_alive() and ends[0].status == "completed" and len(steps) == 300
    assert steps[-1].elapsed < 0.3 + 29  # pause time is not counted as training


def test_stop_wakes_a_paused_run():
    trainer = Trainer(TrainConfig(task="linreg", epochs=3))
    ends: list[RunEnd] = []

    def consume():
        for event in trainer.run():
            if isinstance(event, BatchStep) and event.batch == 2:
                trainer.pause()
            if isinstance(event, RunEnd):
                ends.append(event)

    worker = threading.Thread(target=consume)
    worker.start()
    time.sleep(0.2)
    trainer.stop()
    worker.join(10)
    assert not worker.is_alive() and ends[0].status == "stopped"


@pytest.mark.parametrize("cfg", [
    TrainConfig(task="linreg", impl="scratch", lr=50.0, batch_size=10, epochs=2),
    TrainConfig(task="linreg", impl="concise", lr=50.0, batch_size=10, epochs=2),
    TrainConfig(task="softmax", impl="scratch", lr=1e6, batch_size=32, epochs=2),
])
def test_divergence_stops_with_a_reason(cfg):
    events = _run(cfg, dataset=_tiny_dataset(), report_every=10)
    end = events[-1]
    assert end.status == "diverged"
    assert "learning rate" in end.message and "epoch 1, batch" in end.message
    assert end.epochs_done == 0
    assert not any(isinstance(e, EpochResult) for e in events)


def test_divergence_is_found_even_without_batch_reports():
    events = _run(TrainConfig(task="linreg", lr=50.0, epochs=3, batch_size=10), report_every=0)
    assert events[-1].status == "diverged" and "epoch 1, batch" in events[-1].message


def test_same_seed_same_run_different_seed_different_run():
    ds = _tiny_dataset()
    cfg = TrainConfig(task="softmax", epochs=2, batch_size=64, lr=0.3, seed=7)

    def losses(c):
        return [e.loss for e in Trainer(c, dataset=ds).run() if isinstance(e, BatchStep)]

    assert losses(cfg) == losses(TrainConfig(**cfg.to_dict()))
    assert losses(cfg) != losses(TrainConfig(**{**cfg.to_dict(), "seed": 8}))


def test_device_auto_prefers_cuda_then_mps(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert device_mod.resolve_device("auto").type == "cuda"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(device_mod, "_mps_available", lambda: True)
    assert device_mod.resolve_device("auto").type == "mps"
    monkeypatch.setattr(device_mod, "_mps_available", lambda: False)
    assert Trainer(TrainConfig(task="linreg")).device == torch.device("cpu")


def test_unavailable_device_is_refused(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ValueError, match="CUDA"):
        Trainer(TrainConfig(task="linreg", device="cuda"))
    with pytest.raises(ValueError):
        Trainer(TrainConfig(task="linreg", device="tpu"))


@pytest.mark.parametrize("field,value", [
    ("lr", -0.1), ("lr", 0), ("lr", float("nan")), ("batch_size", 0), ("epochs", 0),
    ("task", "cnn"), ("impl", "fast"), ("loss", "l3"), ("huber_delta", 0.0), ("seed", -1),
    ("hidden", 0), ("init_sigma", -1.0), ("batch_size", 2.5),
])
def test_validate_rejects_bad_values(field, value):
    cfg = TrainConfig(**{field: value})
    with pytest.raises(ValueError) as info:
        cfg.validate()
    assert "\n" not in str(info.value)
    with pytest.raises(ValueError):
        Trainer(cfg)


def test_missing_dataset_ends_the_run_with_the_reason(tmp_path):
    events = _run(TrainConfig(task="softmax", data_dir=str(tmp_path)))
    assert len(events) == 1 and events[0].status == "failed"
    assert "not found" in events[0].message and "dataset-fashion-mnist" in events[0].message


def test_callback_form():
    batches, epochs = [], []
    end = train(TrainConfig(task="linreg", epochs=2, batch_size=10), on_batch=batches.append,
                on_epoch=epochs.append, report_every=25)
    assert end.status == "completed" and len(epochs) == 2 and len(batches) == 8


def test_linreg_cannot_predict_images():
    with pytest.raises(ValueError):
        Trainer(TrainConfig(task="linreg")).predict(torch.zeros(1, 28, 28, dtype=torch.uint8))


def test_regression_table_from_numpy_and_bad_tables():
    import numpy as np

    X = np.linspace(-1, 1, 50)
    trainer = Trainer(TrainConfig(task="linreg", lr=0.1, batch_size=10, epochs=30),
                      regression_data=(X, 2 * X + 1))
    last = list(trainer.run())[-2]
    assert last.w == pytest.approx([2.0], abs=0.05) and last.b == pytest.approx(1.0, abs=0.05)
    with pytest.raises(ValueError, match="rows"):
        Trainer(TrainConfig(task="linreg"), regression_data=(np.zeros((5, 2)), np.zeros(4)))
    with pytest.raises(ValueError, match="numeric"):
        Trainer(TrainConfig(task="linreg"), regression_data=([["a", "b"]], [1.0]))
    nan_table = (np.array([[1.0], [np.nan]]), np.array([1.0, 2.0]))
    events = list(Trainer(TrainConfig(task="linreg"), regression_data=nan_table).run())
    assert events[-1].status == "failed" and "missing" in events[-1].message


def test_thread_choice_follows_the_load(monkeypatch):
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    soft = Trainer(TrainConfig(task="softmax", device="cpu"))
    monkeypatch.setattr(os, "getloadavg", lambda: (9.0, 9.0, 9.0))
    assert soft.cpu_threads() == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert soft.cpu_threads() == torch.get_num_threads()
    assert Trainer(TrainConfig(task="linreg")).cpu_threads() == 1
    assert Trainer(TrainConfig(task="softmax", threads=3)).cpu_threads() == 3
    before = torch.get_num_threads()
    list(Trainer(TrainConfig(task="linreg", epochs=1, threads=1)).run())
    assert torch.get_num_threads() == before  # restored after the run


def test_prepare_data_lays_out_the_images_before_a_run(fashion_dir):
    """What the GUI does while a student looks at the controls: the run then starts on it."""
    from engine import training

    training._prep_cache.clear()
    training.prepare_data("softmax", str(fashion_dir), "cpu")
    assert len(training._prep_cache) == 1
    (data, prepared), = training._prep_cache.values()
    assert data is load_fashion_mnist(str(fashion_dir))  # kept in memory
    trainer = Trainer(TrainConfig(task="softmax", epochs=1, device="cpu",
                                  data_dir=str(fashion_dir)))
    trainer.prepare()
    assert trainer._prepared is prepared


def test_prepare_data_has_nothing_to_load_for_linear_regression(tmp_path):
    from engine import training

    training.prepare_data("linreg", str(tmp_path / "nowhere"), "cpu")  # no dataset needed
