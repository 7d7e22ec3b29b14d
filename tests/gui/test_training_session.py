"""The training dashboard's rules without a display: groups, names, colours, experiments, verdicts,
the scale of a diverging run."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from engine.training import BatchStep, EpochResult
from gui.run_metrics import display_scale
from gui.training_experiments import Experiment, experiment_base, experiment_configs, judge, ordered
from gui.training_session import (
    PALETTE,
    TrainingSession,
    course_values,
    group_of,
    parse_divergence,
)


def config(**changes) -> dict:
    base = dict(course_values("linreg"), device="auto", data_dir=None)
    base.update(changes)
    return base


def test_the_models_load_without_qt():
    code = ("import sys, gui.training_session, gui.training_experiments, gui.run_metrics; "
            "sys.exit(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_only_the_same_loss_on_the_same_data_shares_an_axis():
    linear, softmax = group_of(config()), group_of(config(task="softmax"))
    assert linear != softmax
    assert group_of(config(task="mlp")) == softmax  # cross-entropy on Fashion-MNIST both
    assert group_of(config(loss="l1")) != linear
    assert group_of(config(loss="huber", huber_delta=1.0)) != group_of(
        config(loss="huber", huber_delta=2.0))
    assert group_of(config(), "houses.csv") != linear
    assert group_of(config(lr=1.0, batch_size=1, impl="scratch")) == linear


def test_runs_are_named_by_what_sets_them_apart_and_colours_never_repeat():
    session = TrainingSession()
    runs = [session.add_run(config(lr=lr)) for lr in (0.01, 0.1, 1.0)]
    solo = session.add_run(config(**course_values("softmax")))
    labels = session.labels({"concise": "concise"})
    assert [labels[r.id] for r in runs] == ["#1 lr=0.01", "#2 lr=0.1", "#3 lr=1"]
    assert labels[solo.id] == "#4 lr=0.1 B=256 concise"
    for _ in range(20):
        session.add_run(config())
    colors = [r.color for r in session.runs.values()]
    assert len(set(colors)) == len(colors) == 24
    assert colors[:len(PALETTE)] == list(PALETTE)
    session.remove_run(2)
    assert session.add_run(config()).color == PALETTE[1]  # a freed colour is used again


def test_experiments_take_the_course_values_not_the_typed_ones():
    lr = experiment_configs("lr", "softmax", device="cpu")
    assert [c["lr"] for c in lr] == [0.01, 0.1, 1.0]
    assert {(c["batch_size"], c["epochs"], c["impl"], c["seed"], c["device"]) for c in lr} == \
        {(256, 10, "concise", 0, "cpu")}
    batch = experiment_configs("batch", "linreg")
    assert [(c["batch_size"], c["lr"], c["epochs"]) for c in batch] == [(1, 0.03, 3), (256, 0.03, 3)]
    # One epoch of Fashion-MNIST at batch size 1 is 60 000 steps already.
    assert experiment_base("batch", "softmax")["epochs"] == 1
    assert [c["impl"] for c in experiment_configs("impl", "mlp")] == ["scratch", "concise"]
    with pytest.raises(ValueError):
        experiment_configs("momentum", "linreg")


def fake_run(session, experiment, value, losses, *, status="completed", key="lr", seconds=0.1,
             batches=100, w=None, acc=None):
    """A finished run with the given epoch losses (the first batch report is 2.3)."""
    run = session.add_run(config(**{key: value}), experiment=experiment.id)
    session.on_steps(run, [BatchStep(1, 1, batches, 1 / batches, 2.3, 0.01)])
    for epoch, loss in enumerate(losses, start=1):
        session.on_epoch(run, EpochResult(epoch, len(losses), loss, None, acc, 1000.0, seconds,
                                          seconds * epoch, w=w, b=0.0 if w else None))
    session.on_end(run, status, "loss became nan at epoch 1, batch 7 — too large"
                   if status == "diverged" else "")
    return run


def new_experiment(session, kind) -> Experiment:
    experiment = Experiment(kind, "softmax", experiment_base(kind, "softmax"))
    session.add_experiment(experiment)
    return experiment


def test_learning_rate_verdict_comes_from_the_results():
    session = TrainingSession()
    e = new_experiment(session, "lr")
    fake_run(session, e, 0.01, [1.37, 0.92, 0.80, 0.74, 0.70, 0.67, 0.65, 0.63, 0.62, 0.61])
    fake_run(session, e, 0.1, [0.78, 0.57, 0.53, 0.50, 0.49, 0.47, 0.46, 0.46, 0.45, 0.45])
    fake_run(session, e, 1.0, [3.46, 1.90, 1.73, 1.77, 1.53, 1.61, 1.53, 1.55, 1.46, 1.41])
    verdict = judge(e, session.experiment_runs(e))
    assert verdict.complete
    assert [(o.value, o.verdict) for o in ordered(verdict)] == \
        [(1.0, "oscillates"), (0.01, "crawls"), (0.1, "fastest")]
    # The same comparison where η = 1 diverges.
    e2 = new_experiment(session, "lr")
    fake_run(session, e2, 0.01, [0.6, 0.01, 3e-4])
    fake_run(session, e2, 0.1, [1e-4, 1e-4, 9e-5])
    fake_run(session, e2, 1.0, [1e25], status="diverged")
    assert [(o.value, o.verdict) for o in ordered(judge(e2, session.experiment_runs(e2)))] == \
        [(1.0, "diverged"), (0.01, "crawls"), (0.1, "fastest")]


def test_batch_and_implementation_verdicts():
    session = TrainingSession()
    e = new_experiment(session, "batch")
    fake_run(session, e, 1, [9.5e-5], key="batch_size", seconds=0.3, batches=1000)
    fake_run(session, e, 256, [7.5], key="batch_size", seconds=0.002, batches=4)
    verdict = judge(e, session.experiment_runs(e))
    assert verdict.summary == "small_lower" and verdict.faster == 256
    assert verdict.speedup == pytest.approx(150)
    assert [o.updates for o in verdict.outcomes] == [1000, 4]

    e = new_experiment(session, "impl")
    fake_run(session, e, "scratch", [4.7e-5], key="impl", w=[2.0, -3.4])
    fake_run(session, e, "concise", [9.3e-5], key="impl", w=[2.0005, -3.4])
    verdict = judge(e, session.experiment_runs(e))
    assert verdict.summary == "agree" and verdict.difference == pytest.approx(5e-4)
    assert verdict.loss_ratio == pytest.approx(9.3 / 4.7)  # squared_loss halves, MSELoss not

    e = new_experiment(session, "impl")
    fake_run(session, e, "scratch", [0.45], key="impl", acc=0.83)
    fake_run(session, e, "concise", [0.60], key="impl", acc=0.79)
    assert judge(e, session.experiment_runs(e)).summary == "differ"


def test_no_verdict_while_running_and_none_claimed_after_a_stop():
    session = TrainingSession()
    e = new_experiment(session, "lr")
    fake_run(session, e, 0.01, [0.6])
    e.pending = 2
    assert judge(e, session.experiment_runs(e)) is None
    e.pending, e.cancelled = 0, True
    verdict = judge(e, session.experiment_runs(e))
    assert not verdict.complete


def test_a_diverging_run_is_clipped_and_the_others_keep_their_scale():
    # (first loss, high loss, highest loss) per run
    normal, diverged = (53.0, 40.0, 60.0), (53.0, 1e27, 1e34)
    cap, outliers = display_scale([normal, diverged])
    assert outliers == {1} and cap == pytest.approx(90.0)
    assert display_scale([normal]) == (None, set())
    # A huge learning rate spoils its own first report; the lowest start is the reference.
    cap, outliers = display_scale([(2.3, 1.2, 2.3), (260.0, 500.0, 520.0)])
    assert outliers == {1} and cap == pytest.approx(3.45)
    # A slow run is not an outlier, however far below it the fast one goes.
    assert display_scale([(53.0, 1e-3, 53.0), (53.0, 40.0, 53.0)]) == (None, set())
    # A run alone that explodes is clipped at ten times where it started.
    assert display_scale([diverged]) == (530.0, {0})


def test_where_a_run_diverged():
    d = parse_divergence("loss became inf at epoch 2, batch 63 — the learning rate is too large")
    assert (d.value, d.epoch, d.batch) == ("inf", 2, 63)
    assert parse_divergence("loss became nan at epoch 1 — try a smaller one").batch is None
    assert parse_divergence("finished 3 epochs") is None
    session = TrainingSession()
    run = session.add_run(config(epochs=3))
    session.on_steps(run, [BatchStep(2, 60, 100, 1.6, 1e30, 0.1)])
    session.on_end(run, "diverged", "loss became inf at epoch 2, batch 63 — too large")
    assert run.fraction_done() == pytest.approx(1.63 / 3)
    assert run.metrics.diverged_at == (pytest.approx(1.63), 1e30)
    assert np.isfinite(run.metrics.batch_loss.view()).all()
