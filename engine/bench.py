"""Training-speed measurement: DiveLab's trainer against the course's own loop.

The course's loop (d2l 0.17.6 ``train_ch3`` with ``load_data_fashion_mnist``) is reproduced
faithfully: torchvision's dataset with ``ToTensor``, a shuffling ``DataLoader`` with 4 workers,
``nn.CrossEntropyLoss(reduction='none')`` and ``l.mean().backward()``, ``torch.optim.SGD``, and a
test-set evaluation after every epoch. Both are timed from the first batch to the last
evaluation (dataset loading excluded), so the ratio is the speed-up a student sees.
"""

from __future__ import annotations

import tempfile
import time

import torch
from torch import nn

from engine.data import load_fashion_mnist, torchvision_root
from engine.training import EpochResult, RunEnd, TrainConfig, Trainer


def run_ours(config: TrainConfig) -> dict:
    """Time :class:`Trainer` (no per-batch reports, as in a scripted run)."""
    t0 = time.perf_counter()
    trainer = Trainer(config, report_every=0)
    trainer.prepare()
    load = time.perf_counter() - t0
    results: list[EpochResult] = []
    end: RunEnd | None = None
    for event in trainer.run():
        if isinstance(event, EpochResult):
            results.append(event)
        elif isinstance(event, RunEnd):
            end = event
    if end is None or end.status != "completed":
        raise ValueError(end.message if end else "the run produced no result")
    last = results[-1]
    return {"seconds": last.elapsed, "test_acc": last.test_acc, "train_acc": last.train_acc,
            "train_loss": last.train_loss, "epochs": len(results), "data_seconds": load,
            "epoch_seconds": [r.seconds for r in results], "device": str(trainer.device),
            "threads": torch.get_num_threads()}


def _accuracy(y_hat: torch.Tensor, y: torch.Tensor) -> float:
    """d2l.accuracy."""
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.type(y.dtype) == y
    return float(cmp.type(y.dtype).sum())


def _evaluate_accuracy(net: nn.Module, data_iter) -> float:
    """d2l.evaluate_accuracy."""
    net.eval()
    correct = total = 0.0
    with torch.no_grad():
        for X, y in data_iter:
            correct += _accuracy(net(X), y)
            total += y.numel()
    return correct / total


def _train_epoch_ch3(net: nn.Module, train_iter, loss, updater) -> tuple[float, float]:
    """d2l.train_epoch_ch3 (concise branch)."""
    net.train()
    metric = [0.0, 0.0, 0.0]
    for X, y in train_iter:
        y_hat = net(X)
        l = loss(y_hat, y)  # noqa: E741 - the course's name
        updater.zero_grad()
        l.mean().backward()
        updater.step()
        metric[0] += float(l.sum().detach())  # d2l: float(l.sum()); detach only mutes a warning
        metric[1] += _accuracy(y_hat, y)
        metric[2] += y.numel()
    return metric[0] / metric[2], metric[1] / metric[2]


def run_course(config: TrainConfig, num_workers: int = 4) -> dict:
    """The course's concise softmax regression loop (d2l 0.17.6), timed the same way."""
    import warnings

    import torchvision
    from torch.utils import data
    from torchvision import transforms

    torch.manual_seed(config.seed)
    with tempfile.TemporaryDirectory(prefix="divelab-course-") as tmp:
        t0 = time.perf_counter()
        root = torchvision_root(tmp, config.data_dir)
        trans = transforms.Compose([transforms.ToTensor()])
        mnist_train = torchvision.datasets.FashionMNIST(root=str(root), train=True,
                                                        transform=trans, download=False)
        mnist_test = torchvision.datasets.FashionMNIST(root=str(root), train=False,
                                                       transform=trans, download=False)
        # d2l uses 4 workers whatever the machine; torch warns about that on 2 cores
        warnings.filterwarnings("ignore", message="This DataLoader will create")
        train_iter = data.DataLoader(mnist_train, config.batch_size, shuffle=True,
                                     num_workers=num_workers)
        test_iter = data.DataLoader(mnist_test, config.batch_size, shuffle=False,
                                    num_workers=num_workers)
        load = time.perf_counter() - t0

        net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))

        def init_weights(m: nn.Module) -> None:
            if type(m) is nn.Linear:
                nn.init.normal_(m.weight, std=config.init_sigma)

        net.apply(init_weights)
        loss = nn.CrossEntropyLoss(reduction="none")
        trainer = torch.optim.SGD(net.parameters(), lr=config.lr)
        start = time.perf_counter()
        epoch_seconds = []
        train_loss = train_acc = test_acc = 0.0
        for _ in range(config.epochs):
            e0 = time.perf_counter()
            train_loss, train_acc = _train_epoch_ch3(net, train_iter, loss, trainer)
            test_acc = _evaluate_accuracy(net, test_iter)
            epoch_seconds.append(time.perf_counter() - e0)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "test_acc": test_acc, "train_acc": train_acc,
            "train_loss": train_loss, "epochs": config.epochs, "data_seconds": load,
            "epoch_seconds": epoch_seconds, "device": "cpu", "threads": torch.get_num_threads()}


def describe(label: str, r: dict) -> str:
    """One readable line for a result dict."""
    return (f"{label}: {r['epochs']} epochs in {r['seconds']:.2f} s "
            f"({r['seconds'] / max(r['epochs'], 1):.3f} s/epoch), test acc {r['test_acc']:.4f}, "
            f"train acc {r['train_acc']:.4f}, device {r['device']}, data load "
            f"{r['data_seconds']:.2f} s")


def default_config(**overrides) -> TrainConfig:
    """The benchmark's fixed setting: concise softmax, batch 256, lr 0.1, 10 epochs."""
    cfg = TrainConfig(task="softmax", impl="concise", lr=0.1, batch_size=256, epochs=10)
    for k, v in overrides.items():
        setattr(cfg, k, v)
    return cfg


__all__ = ["run_ours", "run_course", "describe", "default_config", "load_fashion_mnist"]
