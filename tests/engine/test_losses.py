"""The regression losses: values, derivatives (checked against autograd), likelihoods."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from engine import losses

# residuals away from the kinks at 0 and ±δ, where the derivative is unambiguous
R = torch.tensor([-3.0, -1.7, -0.6, -0.2, 0.15, 0.45, 0.9, 1.3, 2.5], dtype=torch.float64)


@pytest.mark.parametrize("name", losses.LOSS_NAMES)
@pytest.mark.parametrize("delta", [0.5, 1.0, 2.0])
def test_derivative_matches_autograd(name, delta):
    r = R.clone().requires_grad_(True)
    losses.loss(name, r, delta).sum().backward()
    assert torch.allclose(losses.grad(name, R, delta), r.grad, atol=1e-12)


def test_values():
    r = torch.tensor([-2.0, 0.5, 3.0])
    assert torch.allclose(losses.l2(r), torch.tensor([2.0, 0.125, 4.5]))
    assert torch.allclose(losses.l1(r), torch.tensor([2.0, 0.5, 3.0]))
    # Huber with δ = 1: |r| − ½ outside, r²/2 inside
    assert torch.allclose(losses.huber(r, 1.0), torch.tensor([1.5, 0.125, 2.5]))
    assert torch.allclose(losses.huber(r, 2.0), torch.tensor([1.0, 0.0625, 2.0]))


@pytest.mark.parametrize("delta", [0.3, 1.0, 4.0])
def test_huber_is_continuous_and_smooth_at_delta(delta):
    eps = 1e-6
    for edge in (delta, -delta):
        inside, outside = edge * (1 - eps), edge * (1 + eps)
        assert losses.huber(inside, delta) == pytest.approx(losses.huber(outside, delta), abs=1e-5)
        assert losses.huber_grad(inside, delta) == pytest.approx(
            losses.huber_grad(outside, delta), abs=1e-5)


def test_numpy_and_torch_agree():
    r = np.linspace(-3, 3, 61)
    for name in losses.LOSS_NAMES:
        a = losses.loss(name, r, 1.5)
        b = losses.loss(name, torch.from_numpy(r), 1.5).numpy()
        assert isinstance(a, np.ndarray)
        np.testing.assert_allclose(a, b)
        np.testing.assert_allclose(losses.grad(name, r, 1.5),
                                   losses.grad(name, torch.from_numpy(r), 1.5).numpy())


def test_l1_subgradient_at_zero():
    assert float(losses.l1_grad(torch.tensor(0.0))) == 0.0


@pytest.mark.parametrize("name", losses.LOSS_NAMES)
def test_likelihood_is_exp_of_minus_loss(name):
    r = torch.linspace(-4, 4, 81)
    like = losses.likelihood(name, r, 1.0)
    assert torch.allclose(like, torch.exp(-losses.loss(name, r, 1.0)))
    assert float(like.max()) == pytest.approx(1.0) and int(like.argmax()) == 40
    assert torch.all(like > 0)


def test_likelihood_shapes_match_the_noise_models():
    r = torch.tensor([0.0, 1.0, 2.0])
    assert torch.allclose(losses.likelihood("l2", r), torch.exp(-r ** 2 / 2))  # Gaussian
    assert torch.allclose(losses.likelihood("l1", r), torch.exp(-r))  # Laplace


def test_regression_loss_reshapes_targets():
    y_hat = torch.tensor([[1.0], [2.0], [4.0]])
    y = torch.tensor([1.5, 2.0, 1.0])
    out = losses.regression_loss("l2", y_hat, y)
    assert out.shape == (3, 1)
    assert torch.allclose(out.reshape(-1), torch.tensor([0.125, 0.0, 4.5]))


def test_bad_names_and_deltas():
    with pytest.raises(ValueError, match="unknown loss"):
        losses.loss("l3", R)
    with pytest.raises(ValueError):
        losses.huber(R, 0.0)
    with pytest.raises(ValueError):
        losses.huber(R, float("nan"))
