"""2-D toy sets: shapes, labels, separability by construction, editing and CSV round trips."""

import numpy as np
import pytest

from engine import perceptron, toy2d


@pytest.mark.parametrize("kind", toy2d.DATASET_KINDS)
def test_every_kind_gives_labelled_points_inside_the_canvas(kind):
    data = toy2d.make(kind, n=40, margin=0.5, noise=0.1, seed=1)
    assert data.X.shape == (len(data), 2)
    assert set(np.unique(data.y)) == {-1.0, 1.0}
    assert np.all(np.abs(data.X) <= toy2d.LIMIT)


def test_separable_respects_the_margin_and_seed():
    a = toy2d.separable(50, margin=0.8, seed=3)
    b = toy2d.separable(50, margin=0.8, seed=3)
    np.testing.assert_array_equal(a.X, b.X)
    m = perceptron.max_margin(a.X, a.y)
    assert m.separable
    # The generating line leaves a gap of at least `margin` between the classes.
    w = m.w / np.linalg.norm(m.w)
    gap = (a.X[a.y > 0] @ w).min() - (a.X[a.y < 0] @ w).max()
    assert gap >= 0.8 - 1e-9


def test_xor_corners_are_the_four_points_with_xor_labels():
    data = toy2d.xor_corners()
    for (x1, x2), label in zip(data.X, data.y, strict=True):
        assert label == (1 if (x1 > 0) != (x2 > 0) else -1)


def test_xor_feature_appends_the_product():
    f = toy2d.xor_feature(np.array([[2.0, 3.0], [-1.0, 4.0]]))
    np.testing.assert_array_equal(f, [[2, 3, 6], [-1, 4, -4]])


def test_add_and_remove_nearest():
    data = toy2d.empty().add(1, 1, 1).add(-1, -1, -1).add(2, 2, -1)
    assert data.counts() == (1, 2)
    fewer = data.remove_nearest(1.9, 2.1)
    assert len(fewer) == 2 and not np.any(np.all(fewer.X == [2, 2], axis=1))
    assert len(data.remove_nearest(0, 0, max_distance=0.1)) == 3
    with pytest.raises(ValueError):
        data.add(0, 0, 0)


def test_csv_round_trip(tmp_path):
    data = toy2d.xor_noisy(20, seed=2)
    path = tmp_path / "points.csv"
    toy2d.save_csv(data, path)
    back = toy2d.load_csv(path)
    np.testing.assert_array_equal(back.X, data.X)
    np.testing.assert_array_equal(back.y, data.y)
    assert path.read_text().splitlines()[0] == "x1,x2,label"


def test_csv_accepts_zero_one_labels_without_header(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("0.5,1,1\n-1,2,0\n")
    data = toy2d.load_csv(path)
    np.testing.assert_array_equal(data.y, [1, -1])


@pytest.mark.parametrize("text, message", [
    ("x1,x2,label\n", "no points"),
    ("1,2\n", "columns"),
    ("1,a,1\n", "not numeric"),
    ("1,2,5\n", "not ±1"),
    ("1,nan,1\n", "non-finite"),
    ("1,2,0\n1,2,-1\n", "mix"),
])
def test_bad_csv_gives_a_clear_error(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(ValueError, match=message):
        toy2d.load_csv(path)


def test_bad_arguments():
    with pytest.raises(ValueError):
        toy2d.make("spiral")
    with pytest.raises(ValueError):
        toy2d.separable(0)
    with pytest.raises(ValueError):
        toy2d.separable(10, margin=-1)


def test_as_torch():
    X, y = toy2d.as_torch(toy2d.xor_corners())
    assert tuple(X.shape) == (4, 2) and str(X.dtype) == "torch.float32"
    assert y.tolist() == [-1.0, 1.0, 1.0, -1.0]
