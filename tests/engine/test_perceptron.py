"""The perceptron: the course's update rule, the convergence theorem's bound, XOR cycling."""

import math

import numpy as np
import pytest

from engine import perceptron as P
from engine import toy2d


def test_update_rule_on_a_mistake():
    p = P.Perceptron(np.array([[2.0, 1.0]]), np.array([-1.0]))
    s = p.step()
    assert s.mistake and s.score == 0.0  # w = 0 scores 0: counts as a mistake
    np.testing.assert_array_equal(s.w, [-2.0, -1.0])
    assert s.b == -1.0 and s.updates == 1 and s.epoch_done
    s = p.step()  # second epoch: now right, so no update, and training stops
    assert not s.mistake and p.status == "converged"
    assert p.mistakes_per_epoch == [1, 0]
    assert p.step() is None


def test_update_is_sgd_with_batch_one_on_the_perceptron_loss():
    data = toy2d.separable(30, margin=0.2, seed=4)
    p = P.Perceptron(data.X, data.y)
    for _ in range(60):
        w, b = p.w.copy(), p.b
        s = p.step()
        if s is None:
            break
        gw, gb = P.perceptron_subgradient(w, b, s.x, s.label)
        np.testing.assert_allclose(s.w, w - 1.0 * gw)
        assert s.b == pytest.approx(b - 1.0 * gb)
        assert P.perceptron_loss(w, b, s.x, s.label) == max(0.0, -s.score)


def test_subgradient_matches_autograd_off_the_kink():
    import torch

    w = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
    b = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
    x, y = torch.tensor([1.0, 2.0], dtype=torch.float64), 1.0
    torch.clamp(-y * (w @ x + b), min=0).backward()
    gw, gb = P.perceptron_subgradient(w.detach().numpy(), b.item(), x.numpy(), y)
    np.testing.assert_allclose(gw, w.grad.numpy())
    assert gb == pytest.approx(b.grad.item())


@pytest.mark.parametrize("margin", [0.2, 0.5, 1.0])
def test_converges_within_the_bound_over_many_seeds(margin):
    for seed in range(25):
        data = toy2d.separable(50, margin=margin, seed=seed)
        m = P.max_margin(data.X, data.y)
        assert m.separable and m.rho > 0
        # ρ is really achieved by the returned unit separator.
        assert np.dot(m.w, m.w) + m.b ** 2 == pytest.approx(1.0)
        assert P.margin_of(m.w, m.b, data.X, data.y) == pytest.approx(m.rho)
        p = P.Perceptron(data.X, data.y, max_epochs=100_000)
        assert p.run() == "converged"
        assert p.accuracy() == 1.0
        assert p.mistakes_per_epoch[-1] == 0
        bound = P.convergence_bound(P.radius(data.X), m.rho)
        assert p.updates <= bound, (seed, p.updates, bound)


def test_max_margin_on_known_data():
    X = np.array([[1.0, 0.0], [-1.0, 0.0]])
    m = P.max_margin(X, np.array([1.0, -1.0]))
    assert m.rho == pytest.approx(1.0, abs=1e-6)
    np.testing.assert_allclose(m.w, [1.0, 0.0], atol=1e-5)
    assert P.convergence_bound(P.radius(X), m.rho) == pytest.approx(2.0, rel=1e-5)


def test_max_margin_beats_or_matches_any_separator():
    data = toy2d.separable(40, margin=0.4, seed=7)
    m = P.max_margin(data.X, data.y)
    p = P.Perceptron(data.X, data.y)
    p.run()
    assert m.rho >= P.margin_of(p.w, p.b, data.X, data.y) - 1e-9


def test_xor_cycles_and_is_detected():
    data = toy2d.xor_corners()
    assert not P.max_margin(data.X, data.y).separable
    p = P.Perceptron(data.X, data.y)
    assert p.run() == "cycling"
    start, again = p.cycle_epochs
    assert again > start
    assert all(m > 0 for m in p.mistakes_per_epoch)
    assert p.accuracy() < 1.0


def test_noisy_xor_never_converges_and_hits_the_epoch_limit():
    data = toy2d.xor_noisy(40, seed=1)
    assert not P.max_margin(data.X, data.y).separable
    p = P.Perceptron(data.X, data.y, max_epochs=50)
    status = p.run()
    assert status in ("cycling", "epoch_limit")
    assert len(p.mistakes_per_epoch) <= 50 and min(p.mistakes_per_epoch) > 0


def test_circles_are_not_linearly_separable():
    data = toy2d.circles(60)
    assert not P.max_margin(data.X, data.y).separable


def test_xor_with_the_product_feature_is_separable_and_converges():
    data = toy2d.xor_corners()
    F = toy2d.xor_feature(data.X)
    m = P.max_margin(F, data.y)
    assert m.separable and m.rho == pytest.approx(1.0, abs=1e-5)
    p = P.Perceptron(F, data.y)
    assert p.run() == "converged"
    # 4 updates against a bound of exactly (3 + 1)/1²: allow for the rounding of r = √3.
    assert p.updates <= P.convergence_bound(P.radius(F), m.rho) + 1e-9


def test_shuffled_order_uses_the_epoch_limit():
    data = toy2d.xor_corners()
    p = P.Perceptron(data.X, data.y, max_epochs=30, shuffle=True, seed=1)
    assert p.run() == "epoch_limit" and p.epoch == 30


def test_reset_and_edge_cases():
    p = P.Perceptron(np.zeros((0, 2)), np.zeros(0))
    assert p.status == "empty" and p.step() is None
    one = P.max_margin(np.array([[1.0, 1.0], [2.0, 0.0]]), np.array([1.0, 1.0]))
    assert one.separable
    with pytest.raises(ValueError):
        P.Perceptron(np.zeros((2, 2)), np.array([1.0, 0.0]))
    with pytest.raises(ValueError):
        P.Perceptron(np.zeros((2, 2)), np.array([1.0]))
    assert math.isinf(P.convergence_bound(1.0, 0.0))
    data = toy2d.separable(20, seed=0)
    p = P.Perceptron(data.X, data.y)
    p.run_epoch()
    p.reset()
    assert p.updates == 0 and p.epoch == 0 and not p.w.any() and p.status == "ready"


def test_convex_hull_vertices():
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5], [0.5, 0.0]])
    assert sorted(P.convex_hull(square).tolist()) == [0, 1, 2, 3]
    assert sorted(P.convex_hull(np.array([[0, 0], [1, 1], [2, 2]])).tolist()) == [0, 2]
    assert P.convex_hull(np.array([[3.0, 1.0]])).tolist() == [0]


@pytest.mark.parametrize("seed", range(5))
def test_hull_reduction_keeps_the_margin(seed):
    data = toy2d.separable(80, margin=0.3, seed=seed)
    m = P.max_margin(data.X, data.y)
    v = P._dual_fista(data.X, data.y, 200_000, 1e-9)  # the dual on every point
    assert m.rho == pytest.approx(P.margin_of(v[:-1], v[-1], data.X, data.y), rel=1e-4)
