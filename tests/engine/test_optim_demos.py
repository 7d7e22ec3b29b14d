"""Learning-rate regimes, minibatch noise, gradient descent on the course's losses."""

import math

import numpy as np
import pytest

from engine import losses
from engine import optim_demos as od


@pytest.mark.parametrize("lr, regime", [(0.02, "crawl"), (0.5, "good"), (1.0, "good"),
                                        (1.5, "oscillate"), (2.0, "diverge"), (3.0, "diverge")])
def test_1d_regimes(lr, regime):
    assert od.lr_regime(lr, 1.0) == regime
    xs = od.gd_1d(1.0, 2.0, lr, 30)
    if regime == "diverge":
        assert abs(xs[-1]) >= abs(xs[0])
    else:
        assert abs(xs[-1]) < abs(xs[0])
    if regime == "oscillate":
        assert np.all(np.sign(xs[1:]) != np.sign(xs[:-1]))
    if regime == "crawl":
        assert abs(xs[-1]) > 0.5 * abs(xs[0])


def test_gd_1d_follows_the_closed_form():
    xs = od.gd_1d(2.0, 1.5, 0.1, 10)
    np.testing.assert_allclose(xs, 1.5 * 0.8 ** np.arange(11))


def test_gd_2d_uses_the_largest_curvature_for_divergence():
    q = od.Quadratic2D(1.0, 6.0)
    np.testing.assert_allclose(np.linalg.eigvalsh(q.matrix), [1.0, 6.0])
    assert od.lr_regime(0.3, [1.0, 6.0]) == "oscillate"   # η·6 = 1.8
    assert od.lr_regime(0.35, [1.0, 6.0]) == "diverge"    # η·6 = 2.1
    assert od.lr_regime(0.05, [1.0, 6.0]) == "crawl"      # η·1 = 0.05
    assert od.lr_regime(0.15, [1.0, 6.0]) == "good"
    far = od.gd_2d(q, (2.0, 1.0), 0.35, 200)
    assert np.abs(far[-1]).max() > 1e3
    near = od.gd_2d(q, (2.0, 1.0), 0.15, 200)
    assert np.abs(near[-1]).max() < 1e-6
    assert q.value(near[-1]) < q.value(near[0])


def test_2d_contours_lie_on_their_level():
    q = od.Quadratic2D(1.0, 4.0, angle=0.4)
    ring = q.contour(0.7)
    np.testing.assert_allclose(q.value(ring), 0.7)


def test_regime_rejects_bad_values():
    with pytest.raises(ValueError):
        od.lr_regime(0.0, 1.0)
    with pytest.raises(ValueError):
        od.gd_1d(1.0, 1.0, -0.1, 5)


def test_minibatch_noise_shrinks_with_batch_size():
    problem = od.make_regression(200, seed=1)
    noise = [od.gradient_noise(problem, b, seed=0) for b in (1, 10, 100, 200)]
    assert noise[0] > noise[1] > noise[2] > noise[3]
    assert noise[3] == pytest.approx(0.0, abs=1e-9)


def test_minibatch_sgd_counts_examples_and_approaches_the_truth():
    problem = od.make_regression(200, noise=0.1, seed=0)
    small = od.minibatch_sgd(problem, 1, 0.05, 400, seed=0)
    large = od.minibatch_sgd(problem, 100, 0.05, 400, seed=0)
    assert small.examples[-1] == 400 and large.examples[-1] == 40_000
    for run in (small, large):
        assert run.path.shape == (401, 2)
        assert np.linalg.norm(run.path[-1] - problem.true_w) < 0.3
        assert run.loss[-1] < run.loss[0]
    # Small batches wander: their step-to-step loss is far less monotone.
    assert np.sum(np.diff(small.loss[100:]) > 0) > np.sum(np.diff(large.loss[100:]) > 0)
    with pytest.raises(ValueError):
        od.minibatch_sgd(problem, 0, 0.1, 10)


def test_loss_grid_matches_loss():
    problem = od.make_regression(50, seed=2)
    W1, W2 = np.meshgrid(np.linspace(-1, 3, 4), np.linspace(-4, 0, 3))
    grid = problem.loss_grid(W1, W2)
    assert grid[1, 2] == pytest.approx(problem.loss(np.array([W1[1, 2], W2[1, 2]])))


def test_gd_on_losses_l2_slows_l1_is_constant_huber_between():
    l2 = od.gd_on_loss("l2", 3.0, 0.3, 40)
    l1 = od.gd_on_loss("l1", 3.0, 0.3, 40)
    hu = od.gd_on_loss("huber", 3.0, 0.3, 40, delta=1.0)
    steps_l2, steps_l1, steps_hu = (np.abs(np.diff(p)) for p in (l2, l1, hu))
    assert np.all(np.diff(steps_l2) < 0)                    # L2: ever smaller steps
    np.testing.assert_allclose(steps_l1[:9], 0.3)           # L1: the same step far away
    np.testing.assert_allclose(steps_hu[:6], 0.3)           # Huber: L1 outside δ …
    assert steps_hu[-1] < 0.3                               # … and L2-like inside
    assert od.steps_to_reach(hu, 0.05) is not None
    # L1 from 3.1 never settles: it hops between 0.1 and −0.2 around the optimum for ever.
    hopping = od.gd_on_loss("l1", 3.1, 0.3, 60)
    assert od.steps_to_reach(hopping, 0.05) is None
    np.testing.assert_allclose(np.abs(np.diff(hopping)), 0.3)


@pytest.mark.parametrize("name", losses.LOSS_NAMES)
@pytest.mark.parametrize("delta", [0.5, 1.0, 2.0])
def test_loss_derivatives_match_autograd(name, delta):
    import torch

    r = torch.linspace(-3, 3, 601, dtype=torch.float64)
    r = r[torch.abs(r) > 1e-9]  # |r| has no derivative at 0
    r = r[torch.abs(torch.abs(r) - delta) > 1e-9] if name == "huber" else r
    r.requires_grad_(True)
    losses.loss(name, r, delta).sum().backward()
    ours = losses.grad(name, r.detach().numpy(), delta)
    np.testing.assert_allclose(ours, r.grad.numpy(), atol=1e-12)
    like = losses.likelihood(name, r.detach().numpy(), delta)
    np.testing.assert_allclose(like, np.exp(-losses.loss(name, r.detach().numpy(), delta)))
    assert math.isclose(float(losses.likelihood(name, np.array(0.0), delta)), 1.0)
