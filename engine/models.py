"""The course's models, each in two versions that do the same mathematics.

*From scratch* (d2l 3.2 / 3.6 / 4.2): explicit tensors with ``requires_grad``, a hand-written
softmax, cross-entropy, squared loss and minibatch SGD, so a student can read every step.
*Concise* (d2l 3.3 / 3.7 / 4.3): ``nn.Linear`` / ``nn.Sequential``, the framework's losses and
``torch.optim.SGD``. Both start from the same random numbers (weights N(0, σ²), zero bias), so on
the same seed and data they reach the same accuracy — a test checks it.

A *learner* bundles a model with its loss and update rule behind one ``step(X, y)`` so the
trainer's loop is identical for every variant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import torch
from torch import nn

from engine import losses
from engine.checkpoint import NUM_INPUTS, NUM_OUTPUTS, mlp_net, softmax_net
from engine.course_defaults import IMPLS, TASKS  # noqa: F401  (re-exported)

# ----------------------------------------------------------------------------- from scratch

def softmax(X: torch.Tensor) -> torch.Tensor:
    """softmax(X)ᵢⱼ = exp(Xᵢⱼ) / Σₖ exp(Xᵢₖ), row by row, exactly as the course writes it.

    No max-subtraction: large logits overflow to inf/nan, which is what the course warns about
    (the trainer stops with a clear message when that happens).
    """
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition


def cross_entropy(y_hat: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """−log ŷ_y per sample: picks each row's probability of the true class."""
    return -torch.log(y_hat.gather(1, y.reshape(-1, 1)).reshape(-1))


def squared_loss(y_hat: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """½(ŷ − y)² per sample (d2l.squared_loss)."""
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params: list[torch.Tensor], lr: float, batch_size: int) -> None:
    """Minibatch SGD: θ ← θ − η/|B| · ∇θ Σ loss, then clear the gradients."""
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()


def relu(X: torch.Tensor) -> torch.Tensor:
    """max(X, 0) elementwise."""
    return torch.max(X, torch.zeros_like(X))


def _normal(shape: tuple[int, ...], sigma: float,
            generator: torch.Generator | None) -> torch.Tensor:
    return torch.normal(0.0, float(sigma), shape, generator=generator)


class ScratchModel:
    """Base for the hand-written models: a list of leaf tensors and a ``forward``."""

    params: list[torch.Tensor]

    def __call__(self, X: torch.Tensor) -> torch.Tensor:
        return self.forward(X)

    def forward(self, X: torch.Tensor) -> torch.Tensor:  # pragma: no cover - abstract
        raise NotImplementedError

    def parameters(self) -> Iterator[torch.Tensor]:
        return iter(self.params)

    def to(self, device: torch.device | str) -> ScratchModel:
        for i, p in enumerate(self.params):
            self.params[i] = p.detach().to(device).requires_grad_(True)
        self._bind()
        return self

    def _bind(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def train(self, mode: bool = True) -> ScratchModel:
        return self

    def eval(self) -> ScratchModel:
        return self

    def state_dict(self) -> dict[str, torch.Tensor]:  # pragma: no cover - abstract
        """Weights in the concise model's layout, so checkpoints are interchangeable."""
        raise NotImplementedError


class LinearRegressionScratch(ScratchModel):
    """ŷ = Xw + b with w [d, 1] ~ N(0, σ²) and b = 0."""

    def __init__(self, num_inputs: int = 2, sigma: float = 0.01,
                 generator: torch.Generator | None = None) -> None:
        self.params = [_normal((num_inputs, 1), sigma, generator).requires_grad_(True),
                       torch.zeros(1, requires_grad=True)]
        self._bind()

    def _bind(self) -> None:
        self.w, self.b = self.params

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        return torch.matmul(X, self.w) + self.b

    def state_dict(self) -> dict[str, torch.Tensor]:
        return {"weight": self.w.detach().T.clone(), "bias": self.b.detach().clone()}


class SoftmaxRegressionScratch(ScratchModel):
    """ŷ = softmax(XW + b), W [784, 10], b [10]: returns probabilities, not logits."""

    def __init__(self, num_inputs: int = NUM_INPUTS, num_outputs: int = NUM_OUTPUTS,
                 sigma: float = 0.01, generator: torch.Generator | None = None) -> None:
        self.params = [_normal((num_inputs, num_outputs), sigma, generator).requires_grad_(True),
                       torch.zeros(num_outputs, requires_grad=True)]
        self._bind()

    def _bind(self) -> None:
        self.W, self.b = self.params

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        return softmax(torch.matmul(X.reshape((-1, self.W.shape[0])), self.W) + self.b)

    def state_dict(self) -> dict[str, torch.Tensor]:
        return {"1.weight": self.W.detach().T.clone(), "1.bias": self.b.detach().clone()}


class MLPScratch(ScratchModel):
    """Hidden layer H = relu(XW₁ + b₁), output O = HW₂ + b₂ (logits)."""

    def __init__(self, hidden: int = 256, sigma: float = 0.01,
                 generator: torch.Generator | None = None) -> None:
        self.params = [
            _normal((NUM_INPUTS, hidden), sigma, generator).requires_grad_(True),
            torch.zeros(hidden, requires_grad=True),
            _normal((hidden, NUM_OUTPUTS), sigma, generator).requires_grad_(True),
            torch.zeros(NUM_OUTPUTS, requires_grad=True),
        ]
        self._bind()

    def _bind(self) -> None:
        self.W1, self.b1, self.W2, self.b2 = self.params

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        H = relu(X.reshape((-1, NUM_INPUTS)) @ self.W1 + self.b1)
        return H @ self.W2 + self.b2

    def state_dict(self) -> dict[str, torch.Tensor]:
        return {"1.weight": self.W1.detach().T.clone(), "1.bias": self.b1.detach().clone(),
                "3.weight": self.W2.detach().T.clone(), "3.bias": self.b2.detach().clone()}


# ----------------------------------------------------------------------------- concise

def linreg_net(num_inputs: int = 2, sigma: float = 0.01,
               generator: torch.Generator | None = None) -> nn.Linear:
    """``nn.Linear(num_inputs, 1)`` initialised like the scratch model (same random numbers)."""
    net = nn.Linear(num_inputs, 1)
    with torch.no_grad():
        net.weight.copy_(_normal((num_inputs, 1), sigma, generator).T)
        net.bias.zero_()
    return net


def concise_softmax(sigma: float = 0.01, generator: torch.Generator | None = None) -> nn.Sequential:
    """``nn.Sequential(nn.Flatten(), nn.Linear(784, 10))`` with the course's initialisation."""
    net = softmax_net()
    with torch.no_grad():
        net[1].weight.copy_(_normal((NUM_INPUTS, NUM_OUTPUTS), sigma, generator).T)
        net[1].bias.zero_()
    return net


def concise_mlp(hidden: int = 256, sigma: float = 0.01,
                generator: torch.Generator | None = None) -> nn.Sequential:
    """784 → hidden → 10 with ReLU; same random numbers as :class:`MLPScratch`."""
    net = mlp_net(hidden)
    with torch.no_grad():
        net[1].weight.copy_(_normal((NUM_INPUTS, hidden), sigma, generator).T)
        net[1].bias.zero_()
        net[3].weight.copy_(_normal((hidden, NUM_OUTPUTS), sigma, generator).T)
        net[3].bias.zero_()
    return net


def regression_criterion(loss: str = "l2", huber_delta: float = 1.0) -> nn.Module:
    """The framework's loss for a name: l2 → MSELoss, l1 → L1Loss, huber → HuberLoss(δ)."""
    if loss == "l2":
        return nn.MSELoss()
    if loss == "l1":
        return nn.L1Loss()
    if loss == "huber":
        return nn.HuberLoss(delta=float(huber_delta))
    raise ValueError(f"unknown loss '{loss}' (choose one of {', '.join(losses.LOSS_NAMES)})")


def accuracy(y_hat: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Number of correct predictions (a 0-d tensor: no sync until someone reads it)."""
    return (y_hat.argmax(dim=1) == y).sum()


# ----------------------------------------------------------------------------- learners

class Learner:
    """A model, its loss and its update rule; ``step`` trains on one minibatch.

    ``step`` returns (mean loss of the batch, outputs), both detached and still on the device,
    so the caller decides when to pay for a device→host read.
    """

    task: str
    impl: str
    net: Callable[[torch.Tensor], torch.Tensor]
    lr: float

    def step(self, X: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor | None, torch.Tensor]:
        """Train on one batch; returns (mean loss or None when not computed, outputs).

        None means the step did not need the loss value: the caller gets it from
        :meth:`per_sample_loss` on the outputs, batched with other steps.
        """
        raise NotImplementedError  # pragma: no cover

    def per_sample_loss(self, y_hat: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError  # pragma: no cover

    def parameters(self) -> list[torch.Tensor]:
        return list(self.net.parameters())

    def state_dict(self) -> dict[str, torch.Tensor]:
        return {k: v.detach() for k, v in self.net.state_dict().items()}

    def set_lr(self, lr: float) -> None:
        self.lr = float(lr)


class ScratchLearner(Learner):
    """d2l's scratch loop: ``l = loss(net(X), y); l.sum().backward(); sgd(params, lr, |B|)``."""

    def __init__(self, task: str, net: ScratchModel, lr: float, loss: str = "l2",
                 huber_delta: float = 1.0) -> None:
        self.task, self.impl, self.net, self.lr = task, "scratch", net, float(lr)
        self.loss, self.huber_delta = loss, float(huber_delta)

    def per_sample_loss(self, y_hat: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        if self.task == "softmax":
            return cross_entropy(y_hat, y)
        if self.task == "mlp":  # logits: the scratch MLP uses the hand-written softmax too
            return cross_entropy(softmax(y_hat), y)
        if self.loss == "l2":
            return squared_loss(y_hat, y)
        return losses.regression_loss(self.loss, y_hat, y, self.huber_delta)

    def step(self, X: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        y_hat = self.net(X)
        l = self.per_sample_loss(y_hat, y)  # noqa: E741 - the course's name
        l.sum().backward()
        sgd(self.net.params, self.lr, X.shape[0])
        return l.detach().mean(), y_hat.detach()


def make_sgd(params: list[torch.Tensor], lr: float) -> torch.optim.SGD:
    """``torch.optim.SGD``, fused into one kernel per step on CPU and CUDA."""
    if params and all(p.device.type in ("cpu", "cuda") for p in params):
        try:
            return torch.optim.SGD(params, lr=float(lr), fused=True)
        except (RuntimeError, ValueError, TypeError):  # a build without the fused kernel
            pass
    return torch.optim.SGD(params, lr=float(lr))


class ConciseLearner(Learner):
    """The framework's way: module, ``nn.*Loss``, ``torch.optim.SGD``.

    With ``analytic_grad`` (softmax regression only) the step skips autograd's bookkeeping and
    uses the gradient the course derives by hand (d2l 3.4.6): ∂loss/∂o = (softmax(o) − y)/|B|,
    so ∂loss/∂W = (∂loss/∂o)ᵀX and ∂loss/∂b = Σ ∂loss/∂o. The loss is still
    ``nn.CrossEntropyLoss`` and the update still ``optimizer.step()``; a test checks the
    gradients equal ``loss.backward()``'s. It halves the time of a step.
    """

    def __init__(self, task: str, net: nn.Module, lr: float, loss: str = "l2",
                 huber_delta: float = 1.0, analytic_grad: bool = False) -> None:
        self.task, self.impl, self.net, self.lr = task, "concise", net, float(lr)
        self.loss, self.huber_delta = loss, float(huber_delta)
        if task == "linreg":
            self.criterion = regression_criterion(loss, huber_delta)
        else:
            self.criterion = nn.CrossEntropyLoss()
        self.optimizer = make_sgd(list(net.parameters()), lr)
        self.analytic_grad = bool(analytic_grad and task == "softmax")
        self._minus_one: torch.Tensor | None = None
        self._per_sample_ce = nn.CrossEntropyLoss(reduction="none")

    def set_lr(self, lr: float) -> None:
        self.lr = float(lr)
        for group in self.optimizer.param_groups:
            group["lr"] = self.lr

    def per_sample_loss(self, y_hat: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        if self.task == "linreg":
            crit = type(self.criterion)(reduction="none", **(
                {"delta": self.huber_delta} if self.loss == "huber" else {}))
            return crit(y_hat, y.reshape(y_hat.shape)).reshape(-1)
        return self._per_sample_ce(y_hat, y)

    def step(self, X: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if self.analytic_grad:
            return self._analytic_step(X, y)
        out = self.net(X)
        target = y.reshape(out.shape) if self.task == "linreg" else y
        l = self.criterion(out, target)  # noqa: E741
        self.optimizer.zero_grad(set_to_none=True)
        l.backward()
        self.optimizer.step()
        return l.detach(), out.detach()


    def analytic_gradients(self, X: torch.Tensor, y: torch.Tensor, scale: float = 1.0
                           ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
        """(loss, logits, ∂loss/∂W, ∂loss/∂b) of softmax regression without autograd.

        The model's input is ``scale * X`` (the trainer passes raw pixels and 1/255, which
        saves a pass over every batch).
        """
        logits, grad_w, grad_b = self._analytic_grads(X, y, scale)
        with torch.no_grad():
            loss = self.criterion(logits, y)
        return loss, logits, grad_w, grad_b

    def _analytic_grads(self, X: torch.Tensor, y: torch.Tensor, scale: float
                        ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        linear = self.net[1]
        W, b = linear.weight, linear.bias
        with torch.no_grad():
            X = X.reshape(len(X), -1)
            # nn.Linear's (sX) Wᵀ + b, computed as (s W Xᵀ + b)ᵀ: MKL's faster order here
            logits = torch.addmm(b.unsqueeze(1), W, X.t(), alpha=scale).t().contiguous()
            grad = torch.softmax(logits, dim=1)
            minus_one = self._minus_one
            if minus_one is None or len(minus_one) < len(y) or minus_one.device != y.device:
                minus_one = self._minus_one = torch.full((len(y), 1), -1.0, device=y.device,
                                                         dtype=grad.dtype)
            grad.scatter_add_(1, y.unsqueeze(1), minus_one[:len(y)])  # softmax(o) − one_hot(y)
            grad.mul_(1.0 / len(y))
            grad_w = grad.t() @ X
            if scale != 1.0:
                grad_w.mul_(scale)
            return logits, grad_w, grad.sum(0)

    def step_scaled(self, X: torch.Tensor, y: torch.Tensor, scale: float
                    ) -> tuple[torch.Tensor, torch.Tensor]:
        """:meth:`step` on inputs ``scale * X`` (only when :attr:`takes_scale`)."""
        return self._analytic_step(X, y, scale)

    @property
    def takes_scale(self) -> bool:
        return self.analytic_grad

    def _analytic_step(self, X: torch.Tensor, y: torch.Tensor, scale: float = 1.0
                       ) -> tuple[torch.Tensor | None, torch.Tensor]:
        logits, grad_w, grad_b = self._analytic_grads(X, y, scale)
        linear = self.net[1]
        linear.weight.grad, linear.bias.grad = grad_w, grad_b
        self.optimizer.step()
        return None, logits  # the loss is not needed for the update: scored later, batched


def build_learner(task: str, impl: str, *, lr: float, loss: str = "l2", huber_delta: float = 1.0,
                  sigma: float = 0.01, hidden: int = 256, num_inputs: int = 2,
                  generator: torch.Generator | None = None,
                  device: torch.device | str = "cpu", analytic_grad: bool = False) -> Learner:
    """The learner for a task/implementation pair, initialised from ``generator``."""
    if task not in TASKS:
        raise ValueError(f"unknown task '{task}' (choose one of {', '.join(TASKS)})")
    if impl not in IMPLS:
        raise ValueError(f"unknown implementation '{impl}' (choose scratch or concise)")
    if impl == "scratch":
        if task == "linreg":
            net: ScratchModel = LinearRegressionScratch(num_inputs, sigma, generator)
        elif task == "softmax":
            net = SoftmaxRegressionScratch(sigma=sigma, generator=generator)
        else:
            net = MLPScratch(hidden, sigma, generator)
        return ScratchLearner(task, net.to(device), lr, loss, huber_delta)
    if task == "linreg":
        module: nn.Module = linreg_net(num_inputs, sigma, generator)
    elif task == "softmax":
        module = concise_softmax(sigma, generator)
    else:
        module = concise_mlp(hidden, sigma, generator)
    return ConciseLearner(task, module.to(device), lr, loss, huber_delta, analytic_grad)
