"""``python -m engine``: scripted training output and one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from engine import cli

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_linreg_json_lines():
    code, out, err = run_cli("train", "--task", "linreg", "--epochs", "3", "--batch-size", "10",
                             "--lr", "0.03", "--json")
    assert code == 0, err
    lines = [json.loads(line) for line in out.strip().splitlines()]
    assert [r["epoch"] for r in lines] == [1, 2, 3]
    last = lines[-1]
    keys = {"epoch", "train_loss", "train_acc", "seconds", "w", "b", "w_error", "b_error"}
    assert keys <= set(last)
    assert last["w"] == pytest.approx([2.0, -3.4], abs=0.05) and abs(last["b_error"]) < 0.05
    assert last["seconds"] > 0


def test_linreg_table_for_people():
    code, out, _ = run_cli("train", "--task", "linreg", "--impl", "scratch", "--epochs", "2",
                           "--loss", "huber", "--huber-delta", "0.5", "--lr", "0.1")
    assert code == 0
    assert "train loss" in out and "w error" in out and "1/2" in out and "2/2" in out


def test_softmax_json_save_and_evaluate(fashion_dir, tmp_path):
    ckpt = tmp_path / "soft.pt"
    code, out, err = run_cli("train", "--task", "softmax", "--epochs", "1", "--json",
                             "--data", str(fashion_dir), "--save", str(ckpt), "--seed", "1")
    assert code == 0, err
    rec = json.loads(out.strip())
    assert rec["epoch"] == 1 and rec["test_acc"] > 0.75 and 0 < rec["train_acc"] < 1
    assert rec["train_loss"] > 0 and rec["seconds"] > 0
    assert ckpt.exists() and "saved" in err
    code, out, err = run_cli("evaluate", str(ckpt), "--data", str(fashion_dir), "--json")
    assert code == 0, err
    assert json.loads(out)["test_acc"] == pytest.approx(rec["test_acc"])


def test_softmax_table_has_a_progress_column(fashion_dir):
    ds_dir = str(fashion_dir)
    code, out, _ = run_cli("train", "--task", "softmax", "--impl", "scratch", "--epochs", "1",
                           "--data", ds_dir)
    assert code == 0
    assert "test acc" in out and "[####################]" in out


@pytest.mark.parametrize("argv,needle", [
    (["train", "--lr", "-0.5"], "--lr"),
    (["train", "--lr", "abc"], "--lr"),
    (["train", "--batch-size", "0"], "--batch-size"),
    (["train", "--epochs", "-3"], "--epochs"),
    (["train", "--task", "resnet"], "--task"),
    (["train", "--loss", "l3"], "--loss"),
    (["train", "--huber-delta", "0"], "--huber-delta"),
    (["train", "--bogus"], "unrecognized"),
    (["fly"], "unknown command"),
    ([], "no command"),
    (["train", "--data", "/definitely/not/here"], "does not exist"),
    (["train", "--device", "quantum", "--task", "linreg"], "device"),
    (["evaluate", "/definitely/not/here.pt"], "does not exist"),
    (["train", "--task", "linreg", "--save", "/definitely/not/here/x.pt"], "cannot save"),
])
def test_bad_arguments_give_one_line(argv, needle):
    code, out, err = run_cli(*argv)
    assert code == 2
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err + out


def test_empty_data_folder_says_how_to_get_the_data(tmp_path):
    code, _, err = run_cli("train", "--data", str(tmp_path))
    assert code == 2 and "dataset-fashion-mnist" in err and err.count("\n") == 1


def test_unreadable_checkpoint(tmp_path):
    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"\x00garbage")
    code, _, err = run_cli("evaluate", str(bad))
    assert code == 2 and "bad.pt" in err and err.count("\n") == 1


def test_divergence_is_reported_and_fails():
    code, out, err = run_cli("train", "--task", "linreg", "--lr", "80", "--epochs", "2",
                             "--json")
    assert code == 1 and "diverged" in err and "learning rate" in err and out == ""


def test_help_exits_cleanly():
    code, out, err = run_cli("train", "--help")
    assert code == 0


def _subprocess(*argv: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DIVELAB_HOME": str(tmp_path / "home")}
    return subprocess.run([sys.executable, "-m", "engine", *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_real_process_errors_have_no_traceback(tmp_path):
    bad = tmp_path / "bad.pt"
    torch.save({"not": "a checkpoint"}, bad)
    for argv in (["train", "--lr", "-1"], ["teleport"], ["evaluate", str(bad)],
                 ["train", "--batch-size", "0", "--task", "nope"]):
        result = _subprocess(*argv, tmp_path=tmp_path)
        text = result.stdout + result.stderr
        assert result.returncode == 2, (argv, text)
        assert "Traceback" not in text and result.stderr.count("\n") == 1, (argv, text)


def test_real_process_trains(tmp_path):
    result = _subprocess("train", "--task", "linreg", "--epochs", "2", "--json",
                         "--batch-size", "10", "--lr", "0.03", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 2


def test_classify_is_dispatched(monkeypatch):
    import types

    seen = {}
    fake = types.ModuleType("engine.classify")
    fake.main = lambda argv: seen.setdefault("argv", argv) and 0
    monkeypatch.setitem(sys.modules, "engine.classify", fake)
    import engine

    monkeypatch.setattr(engine, "classify", fake, raising=False)  # when already imported
    code, _, _ = run_cli("classify", "a.png", "--json")
    assert code == 0 and seen["argv"] == ["a.png", "--json"]


def test_bench_runs_quickly(fashion_dir):
    code, out, err = run_cli("bench", "--epochs", "1", "--data", str(fashion_dir), "--json")
    assert code == 0, err
    rec = json.loads(out)
    assert rec["ours"]["epochs"] == 1 and rec["ours"]["test_acc"] > 0.7


def test_download_reports_failure_in_one_line(monkeypatch, tmp_path):
    import torchvision

    class Offline:
        def __init__(self, *a, **k):
            raise RuntimeError("Error downloading train-images-idx3-ubyte.gz:\nTried http://…")

    monkeypatch.setattr(torchvision.datasets, "FashionMNIST", Offline)
    code, out, err = run_cli("download", "--to", str(tmp_path))
    assert code == 1 and "downloading Fashion-MNIST" in err and "dataset-fashion-mnist" in err
    assert err.count("\n") == 1


def test_download_success(monkeypatch, tmp_path):
    import torchvision

    calls = []
    monkeypatch.setattr(torchvision.datasets, "FashionMNIST",
                        lambda root, train, download: calls.append((root, train, download)))
    code, out, _ = run_cli("download", "--to", str(tmp_path))
    assert code == 0 and str(tmp_path / "FashionMNIST" / "raw") in out
    assert calls == [(str(tmp_path), True, True), (str(tmp_path), False, True)]


def test_bench_without_data_is_one_line(tmp_path):
    code, _, err = run_cli("bench", "--data", str(tmp_path), "--epochs", "1")
    assert code == 2 and "not found" in err and err.count("\n") == 1
