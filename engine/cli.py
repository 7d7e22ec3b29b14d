"""``python -m engine``: train, benchmark, evaluate and classify without a window.

Teachers script these commands, so every mistake (bad number, unknown name, missing folder,
unreadable checkpoint) ends with one line on stderr and a non-zero exit — never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, NoReturn

log = logging.getLogger("engine.cli")

EXIT_OK = 0
EXIT_FAILED = 1  # the run itself failed, diverged or was stopped
EXIT_USAGE = 2  # bad arguments or inputs
EXIT_INTERRUPTED = 130

COMMANDS = ("train", "bench", "evaluate", "classify", "download", "run-notebook",
            "validate-notebook", "release-lab", "export-labs")


class UsageError(Exception):
    """A user mistake: reported as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors in one line instead of usage + message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if status:
            raise UsageError((message or "").strip() or f"{self.prog}: invalid arguments")
        if message:
            self._print_message(message, sys.stderr)
        raise SystemExit(status)


def _bounded(kind: type, minimum: float, strict: bool):
    """An argparse type: a finite ``kind`` above ``minimum`` (``strict``) or at least it."""
    noun = "number" if kind is float else "whole number"
    rule = f"a positive {noun}" if strict and minimum == 0 else (
        f"at least {minimum}" if minimum else "0 or more")

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a {noun}") from None
        if not math.isfinite(value) or value < minimum or (strict and value == minimum):
            raise argparse.ArgumentTypeError(f"must be {rule}, not {text}")
        return value

    return parse


_positive_float = _bounded(float, 0, strict=True)
_nonneg_float = _bounded(float, 0, strict=False)
_positive_int = _bounded(int, 1, strict=False)
_seed = _bounded(int, 0, strict=False)


def _add_training_args(p: argparse.ArgumentParser, *, epochs: int, batch: int | None,
                       lr: float | None) -> None:
    p.add_argument("--task", choices=("linreg", "softmax", "mlp"), default="softmax",
                   help="linreg: synthetic y = Xw + b + ε; softmax/mlp: Fashion-MNIST")
    p.add_argument("--impl", choices=("scratch", "concise"), default="concise",
                   help="scratch: hand-written tensors and SGD; concise: nn.Module + torch.optim")
    p.add_argument("--loss", choices=("l2", "l1", "huber"), default="l2",
                   help="regression loss (linreg only)")
    p.add_argument("--huber-delta", type=_positive_float, default=1.0, metavar="D")
    p.add_argument("--epochs", type=_positive_int, default=epochs, metavar="N")
    p.add_argument("--batch-size", type=_positive_int, default=batch, metavar="B",
                   help="default: 10 for linreg, 256 otherwise")
    p.add_argument("--lr", type=_positive_float, default=lr, metavar="LR",
                   help="learning rate; default: 0.03 for linreg, 0.1 otherwise")
    p.add_argument("--hidden", type=_positive_int, default=256, help="hidden units (mlp)")
    p.add_argument("--init-sigma", type=_nonneg_float, default=0.01, metavar="S",
                   help="standard deviation of the initial weights")
    p.add_argument("--seed", type=_seed, default=0, metavar="S")
    p.add_argument("--device", default="auto",
                   help="auto (CUDA, then MPS, then CPU), cpu, cuda, mps")
    p.add_argument("--data", metavar="DIR", help="folder holding the Fashion-MNIST files")
    p.add_argument("--autograd", action="store_true",
                   help="concise softmax: use loss.backward() instead of the hand-derived "
                        "gradient (same result, slower)")
    p.add_argument("--threads", type=_seed, default=0, metavar="T",
                   help="CPU threads while training (0: automatic)")


def build_parser() -> _Parser:
    parser = _Parser(prog="python -m engine",
                     description="DiveLab's engine without a window: train models, measure speed, "
                                 "evaluate checkpoints, classify images.")
    sub = parser.add_subparsers(dest="command",
                                metavar="{" + ",".join(COMMANDS) + "}",
                                parser_class=_Parser)

    t = sub.add_parser("train", help="train a model and print per-epoch metrics")
    _add_training_args(t, epochs=10, batch=None, lr=None)
    t.add_argument("--save", metavar="CKPT", help="save the trained model here (.pt)")
    t.add_argument("--json", action="store_true",
                   help="print one JSON object per epoch (for scripts)")

    b = sub.add_parser("bench", help="measure training speed (concise softmax by default)")
    _add_training_args(b, epochs=10, batch=256, lr=0.1)
    b.add_argument("--course", action="store_true",
                   help="also run the course's DataLoader loop and print the speed-up (slow)")
    b.add_argument("--json", action="store_true")

    e = sub.add_parser("evaluate", help="test accuracy of a saved classifier checkpoint")
    e.add_argument("checkpoint", metavar="CKPT")
    e.add_argument("--data", metavar="DIR")
    e.add_argument("--device", default="auto")
    e.add_argument("--json", action="store_true")

    sub.add_parser("classify", help="classify image files with a checkpoint (see classify --help)",
                   add_help=False)
    d = sub.add_parser("download", help="download Fashion-MNIST with torchvision (needs internet)")
    d.add_argument("--to", default="data", metavar="DIR",
                   help="root folder (files go to DIR/FashionMNIST/raw; default: ./data)")
    n = sub.add_parser("run-notebook", help="run every code cell of a notebook in a fresh "
                                            "sandbox kernel and save it with its outputs")
    n.add_argument("notebook", metavar="IN.ipynb")
    n.add_argument("-o", "--output", metavar="OUT.ipynb",
                   help="where to write the executed notebook (default: IN.out.ipynb beside IN)")
    n.add_argument("--timeout", type=_positive_float, metavar="S",
                   help="seconds a cell may run before it is stopped (default: no limit)")
    n.add_argument("--lang", choices=("en", "zh"), default="en",
                   help="language of the course notes added under errors")
    from engine.cli_labs import add_lab_commands

    add_lab_commands(sub, _positive_float)
    return parser


# ----------------------------------------------------------------------------- output helpers

def _fmt(value: float | None, digits: int = 4) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _bar(fraction: float, width: int = 20) -> str:
    fraction = min(max(fraction, 0.0), 1.0)
    full = int(round(fraction * width))
    return "[" + "#" * full + "-" * (width - full) + "]"


class _Live:
    """A one-line progress bar on a terminal (nothing when stderr is a pipe or file)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.active = bool(getattr(stream, "isatty", lambda: False)())
        self.last = 0.0

    def update(self, text: str, force: bool = False) -> None:
        if not self.active:
            return
        now = time.monotonic()
        if force or now - self.last > 0.1:
            self.last = now
            self.stream.write("\r" + text[:110].ljust(110))
            self.stream.flush()

    def clear(self) -> None:
        if self.active:
            self.stream.write("\r" + " " * 110 + "\r")
            self.stream.flush()


def _check_data_dir(path: str | None) -> None:
    if path is not None and not Path(path).expanduser().is_dir():
        raise UsageError(f"the data folder {path} does not exist")


def _config_from(args: argparse.Namespace):
    from engine.course_defaults import task_defaults
    from engine.training import TrainConfig

    course = task_defaults(args.task)
    cfg = TrainConfig(
        task=args.task, impl=args.impl, loss=args.loss, huber_delta=args.huber_delta,
        lr=args.lr if args.lr is not None else course["lr"],
        batch_size=args.batch_size if args.batch_size is not None else course["batch_size"],
        epochs=args.epochs, seed=args.seed, device=args.device, init_sigma=args.init_sigma,
        hidden=args.hidden, data_dir=args.data, threads=args.threads,
        analytic_grad=not args.autograd,
    )
    try:
        cfg.validate()
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return cfg


def _epoch_record(r) -> dict:
    rec = {"epoch": r.epoch, "epochs": r.epochs, "train_loss": r.train_loss,
           "train_acc": r.train_acc, "test_acc": r.test_acc, "seconds": round(r.seconds, 6),
           "examples_per_sec": round(r.examples_per_sec, 1), "elapsed": round(r.elapsed, 6)}
    if r.test_loss is not None:
        rec["test_loss"] = r.test_loss
    if r.w is not None:
        rec.update(w=r.w, b=r.b, w_error=r.w_error, b_error=r.b_error)
    return rec


# ----------------------------------------------------------------------------- commands

def cmd_train(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    _check_data_dir(args.data)
    if args.save:
        parent = Path(args.save).expanduser().resolve().parent
        if not parent.is_dir():
            raise UsageError(f"cannot save to {args.save}: the folder {parent} does not exist")
    cfg = _config_from(args)
    from engine.training import BatchStep, EpochResult, RunEnd, Trainer

    try:
        trainer = Trainer(cfg, report_every=0)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    live = _Live(err)
    if live.active and not args.json:
        trainer.report_every = 1  # re-read below to size it once data is known
    header_done = False
    linreg = cfg.task == "linreg"
    end: RunEnd | None = None
    if not args.json:
        what = f"{cfg.task} ({cfg.impl})"
        if linreg:
            what += f", loss {cfg.loss}"
        print(f"training {what}: {cfg.epochs} epochs, batch size {cfg.batch_size}, "
              f"learning rate {cfg.lr:g}, seed {cfg.seed}, device {trainer.device}", file=out)
    try:
        if live.active and not args.json:
            trainer.prepare()  # fails into RunEnd below if it cannot
    except Exception:  # noqa: BLE001 - run() reports the same problem as a RunEnd
        pass
    if trainer._prepared is not None and live.active and not args.json:
        n = len(trainer._prepared.X)
        batches = math.ceil(n / min(cfg.batch_size, n))
        trainer.report_every = max(1, batches // 40)
    try:
        for event in trainer.run():
            if isinstance(event, BatchStep):
                live.update(f"epoch {event.epoch}/{cfg.epochs} {_bar(event.batch / event.batches)} "
                            f"batch {event.batch}/{event.batches}  loss {event.loss:.4f}")
            elif isinstance(event, EpochResult):
                live.clear()
                if args.json:
                    print(json.dumps(_epoch_record(event)), file=out, flush=True)
                    continue
                if not header_done:
                    header_done = True
                    if linreg:
                        print(f"{'epoch':>12}  {'train loss':>12}  {'w':>24}  {'b':>9}  "
                              f"{'w error':>22}  {'b error':>9}  {'sec':>6}", file=out)
                    else:
                        print(f"{'epoch':>12}  {'progress':<22}  {'train loss':>10}  "
                              f"{'train acc':>9}  {'test acc':>8}  {'examples/s':>10}  "
                              f"{'sec':>6}", file=out)
                ep = f"{event.epoch}/{event.epochs}"
                if linreg:
                    w = "[" + ", ".join(f"{v:.4f}" for v in event.w) + "]"
                    we = ("-" if event.w_error is None else
                          "[" + ", ".join(f"{v:+.4f}" for v in event.w_error) + "]")
                    be = "-" if event.b_error is None else f"{event.b_error:+.4f}"
                    print(f"{ep:>12}  {event.train_loss:>12.6f}  {w:>24}  {event.b:>9.4f}  "
                          f"{we:>22}  {be:>9}  {event.seconds:>6.2f}", file=out, flush=True)
                else:
                    print(f"{ep:>12}  {_bar(event.epoch / event.epochs):<22}  "
                          f"{event.train_loss:>10.4f}  {_fmt(event.train_acc, 3):>9}  "
                          f"{_fmt(event.test_acc, 3):>8}  {event.examples_per_sec:>10.0f}  "
                          f"{event.seconds:>6.2f}", file=out, flush=True)
            else:
                end = event
    except KeyboardInterrupt:
        trainer.stop()
        live.clear()
        print("interrupted", file=err)
        return EXIT_INTERRUPTED
    live.clear()
    assert end is not None
    if end.status == "failed":
        from engine.data import DatasetCorruptError, DatasetNotFoundError

        if isinstance(end.error, (DatasetNotFoundError, DatasetCorruptError, ValueError)):
            raise UsageError(end.message)
        print(f"error: {end.message}", file=err)
        return EXIT_FAILED
    if end.status != "completed":
        print(f"{end.status}: {end.message}", file=err)
        return EXIT_FAILED
    if not args.json:
        print(f"done: {end.message} in {trainer.last_result.elapsed:.2f} s"
              if trainer.last_result else f"done: {end.message}", file=out)
    if args.save:
        from engine.checkpoint import CheckpointError

        try:
            trainer.save_checkpoint(args.save, name=Path(args.save).stem)
        except (OSError, CheckpointError) as exc:
            raise UsageError(f"cannot save the checkpoint to {args.save}: {exc}") from None
        print(f"saved {args.save}", file=err if args.json else out)
    return EXIT_OK


def cmd_bench(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    _check_data_dir(args.data)
    cfg = _config_from(args)
    from engine import bench

    try:
        ours = bench.run_ours(cfg)
    except (ValueError, FileNotFoundError) as exc:  # bad device, missing or corrupt data
        raise UsageError(str(exc)) from None
    result = {"ours": ours}
    if not args.json:
        print(bench.describe("DiveLab trainer", ours), file=out, flush=True)
    if args.course:
        if cfg.task != "softmax" or cfg.impl != "concise":
            raise UsageError("--course compares the course's concise softmax loop only "
                             "(use --task softmax --impl concise)")
        course = bench.run_course(cfg)
        result["course"] = course
        result["speedup"] = course["seconds"] / ours["seconds"]
        if not args.json:
            print(bench.describe("course loop (DataLoader)", course), file=out)
            print(f"speed-up: {result['speedup']:.1f}x", file=out)
    if args.json:
        print(json.dumps(result), file=out)
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    _check_data_dir(args.data)
    import torch

    from engine.checkpoint import CheckpointError, build_classifier, load_checkpoint
    from engine.data import DatasetCorruptError, DatasetNotFoundError, load_fashion_mnist
    from engine.device import resolve_device

    try:
        device = resolve_device(args.device)
        ckpt = load_checkpoint(args.checkpoint)
        net = build_classifier(ckpt).to(device)
        data = load_fashion_mnist(args.data)
    except (CheckpointError, DatasetNotFoundError, DatasetCorruptError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    t0 = time.perf_counter()
    correct = 0
    with torch.inference_mode():
        for s in range(0, len(data.test_images), 10000):
            x = data.test_images[s:s + 10000].to(device).float().div_(255.0)
            y = data.test_labels[s:s + 10000].to(device)
            correct += int((net(x).argmax(dim=1) == y).sum())
    acc = correct / len(data.test_labels)
    rec = {"checkpoint": str(args.checkpoint), "arch": ckpt.arch, "test_acc": acc,
           "saved_test_acc": ckpt.test_acc, "seconds": time.perf_counter() - t0}
    if args.json:
        print(json.dumps(rec), file=out)
    else:
        print(f"{args.checkpoint}: {ckpt.arch}, test accuracy {acc:.4f}", file=out)
    return EXIT_OK


def cmd_download(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from engine.data import DatasetNotFoundError, download_fashion_mnist

    try:
        folder = download_fashion_mnist(args.to)
    except DatasetNotFoundError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    print(f"Fashion-MNIST is in {folder}", file=out)
    return EXIT_OK


def cmd_run_notebook(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from engine.notebook import NotebookError
    from engine.run_notebook import CellReport, run_notebook

    def show(cell: CellReport) -> None:
        outcome = (f"ok {cell.elapsed:.1f} s" if cell.ok
                   else f"error: {cell.error} ({cell.elapsed:.1f} s)")
        print(f"[{cell.number}/{cell.total}] {outcome}", file=out, flush=True)

    try:
        report = run_notebook(args.notebook, args.output, timeout=args.timeout, lang=args.lang,
                              on_cell=show)
    except NotebookError as exc:
        if exc.key == "kernel_failed":
            print(f"error: {exc}", file=err)
            return EXIT_FAILED
        raise UsageError(str(exc)) from None
    failed = len(report.failed)
    print(f"wrote {report.out_path}: {len(report.cells)} cells run, {failed} failed, "
          f"{report.elapsed:.1f} s", file=out)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_classify(argv: list[str], err: IO[str]) -> int:
    try:
        from engine import classify
    except ModuleNotFoundError as exc:
        if exc.name in ("engine.classify",):
            print("error: image classification is not available in this build "
                  "(engine.classify is missing)", file=err)
            return EXIT_FAILED
        raise
    return int(classify.main(list(argv)) or 0)


def main(argv: Sequence[str] | None = None, out: IO[str] | None = None,
         err: IO[str] | None = None) -> int:
    """Entry point; returns the exit code (``python -m engine`` passes it to ``sys.exit``)."""
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=os.environ.get("DIVELAB_LOG", "WARNING").upper(),
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        if argv and argv[0] == "classify":
            return cmd_classify(argv[1:], err)
        if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
            raise UsageError(f"unknown command '{argv[0]}' (choose one of {', '.join(COMMANDS)})")
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            raise UsageError(f"no command given (choose one of {', '.join(COMMANDS)}; "
                             "see --help)")
        if args.command == "train":
            return cmd_train(args, out, err)
        if args.command == "bench":
            return cmd_bench(args, out, err)
        if args.command == "download":
            return cmd_download(args, out, err)
        if args.command == "run-notebook":
            return cmd_run_notebook(args, out, err)
        if args.command in ("validate-notebook", "release-lab", "export-labs"):
            from engine.cli_labs import run_lab_command

            return run_lab_command(args, out, err)
        return cmd_evaluate(args, out, err)
    except UsageError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and friends
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - never a traceback for the user; logged for us
        log.debug("unexpected error", exc_info=True)
        print(f"error: {type(exc).__name__}: {exc}", file=err)
        return EXIT_FAILED
