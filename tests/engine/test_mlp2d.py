"""The small MLP: gradients equal autograd's, it solves XOR, grids and hidden lines."""

import numpy as np
import pytest

from engine import mlp2d, toy2d


@pytest.mark.parametrize("activation", mlp2d.ACTIVATIONS)
@pytest.mark.parametrize("xor_feature", [False, True])
def test_gradients_match_autograd(activation, xor_feature):
    import torch

    data = toy2d.xor_noisy(24, seed=5)
    m = mlp2d.MLP2D(5, activation, 0.1, seed=2, xor_feature=xor_feature)
    g = m.gradients(data.X, data.y)
    W1 = torch.tensor(m.W1, requires_grad=True)
    b1 = torch.tensor(m.b1, requires_grad=True)
    w2 = torch.tensor(m.w2, requires_grad=True)
    b2 = torch.tensor(m.b2, dtype=torch.float64, requires_grad=True)
    F = torch.tensor(mlp2d.features(data.X, xor_feature))
    act = {"relu": torch.relu, "sigmoid": torch.sigmoid, "tanh": torch.tanh}[activation]
    f = act(F @ W1 + b1) @ w2 + b2
    loss = torch.nn.functional.softplus(-torch.tensor(data.y) * f).mean()
    loss.backward()
    assert loss.item() == pytest.approx(m.loss(data.X, data.y))
    np.testing.assert_allclose(g["W1"], W1.grad.numpy(), atol=1e-10)
    np.testing.assert_allclose(g["b1"], b1.grad.numpy(), atol=1e-10)
    np.testing.assert_allclose(g["w2"], w2.grad.numpy(), atol=1e-10)
    assert g["b2"] == pytest.approx(b2.grad.item())


@pytest.mark.parametrize("activation", mlp2d.ACTIVATIONS)
def test_solves_xor_corners_for_most_seeds(activation):
    data = toy2d.xor_corners()
    solved = 0
    for seed in range(10):
        m = mlp2d.MLP2D(8, activation, lr=1.0, seed=seed)
        m.train(data.X, data.y, 300)
        solved += m.accuracy(data.X, data.y) == 1.0
    assert solved >= 9


def test_solves_noisy_xor_with_default_settings():
    data = toy2d.xor_noisy(80, seed=3)
    solved = 0
    for seed in range(10):
        m = mlp2d.MLP2D(seed=seed)
        first = m.loss(data.X, data.y)
        last = m.train(data.X, data.y, 600)
        assert last < first
        solved += m.accuracy(data.X, data.y) >= 0.97
    assert solved >= 8


def test_minibatch_steps_train_too():
    data = toy2d.circles(80, seed=1)
    m = mlp2d.MLP2D(12, "relu", lr=0.3, seed=0)
    m.train(data.X, data.y, 1500, batch_size=16)
    assert m.steps == 1500 and m.accuracy(data.X, data.y) >= 0.95


def test_product_feature_lets_even_one_hidden_unit_solve_xor():
    data = toy2d.xor_corners()
    m = mlp2d.MLP2D(1, "tanh", lr=1.0, seed=0, xor_feature=True)
    m.train(data.X, data.y, 200)
    assert m.accuracy(data.X, data.y) == 1.0


def test_grid_is_row_major_over_the_canvas():
    m = mlp2d.MLP2D(4, seed=0)
    g = m.grid(20, 3.0)
    assert g.shape == (20, 20) and np.all((g >= 0) & (g <= 1))
    axis = mlp2d.grid_axis(20, 3.0)
    # Row i holds x₂ = axis[i], column j holds x₁ = axis[j].
    assert g[3, 17] == pytest.approx(m.probability(np.array([[axis[17], axis[3]]]))[0], abs=1e-5)


@pytest.mark.parametrize("activation", mlp2d.ACTIVATIONS)
def test_grid_with_product_feature_matches_probability(activation):
    m = mlp2d.MLP2D(5, activation, seed=3, xor_feature=True)
    g = m.grid(30, 2.0)
    axis = mlp2d.grid_axis(30, 2.0)
    gx, gy = np.meshgrid(axis, axis)
    expected = m.probability(np.column_stack([gx.ravel(), gy.ravel()])).reshape(30, 30)
    np.testing.assert_allclose(g, expected, atol=1e-5)


def test_hidden_lines_are_where_each_unit_input_is_zero():
    m = mlp2d.MLP2D(6, seed=1)
    lines = m.hidden_lines()
    assert len(lines) == 6
    a, b, c = lines[2]
    x1 = 0.7
    x2 = -(a * x1 + c) / b
    assert (np.array([x1, x2]) @ m.W1 + m.b1)[2] == pytest.approx(0.0, abs=1e-9)


def test_bad_settings():
    with pytest.raises(ValueError):
        mlp2d.MLP2D(hidden=0)
    with pytest.raises(ValueError):
        mlp2d.MLP2D(hidden=17)
    with pytest.raises(ValueError):
        mlp2d.MLP2D(activation="gelu")
    with pytest.raises(ValueError):
        mlp2d.MLP2D(lr=0)
