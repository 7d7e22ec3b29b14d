"""numpy arrays → QImage/QPixmap, copying the data so the array may be freed afterwards."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def to_qimage(arr: np.ndarray) -> QImage:
    """uint8 [H, W] (grayscale) or [H, W, 3] (RGB) → an independent QImage."""
    arr = np.ascontiguousarray(arr, dtype=np.uint8)
    if arr.ndim == 2:
        h, w = arr.shape
        image = QImage(arr.data, w, h, w, QImage.Format.Format_Grayscale8)
    elif arr.ndim == 3 and arr.shape[2] == 3:
        h, w, _ = arr.shape
        image = QImage(arr.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    else:
        raise ValueError(f"cannot show an array of shape {arr.shape}")
    return image.copy()


def to_pixmap(arr: np.ndarray, side: int, *, crisp: bool = False) -> QPixmap:
    """Scaled to fit ``side``×``side``; ``crisp`` keeps pixels square (no smoothing)."""
    mode = (Qt.TransformationMode.FastTransformation if crisp
            else Qt.TransformationMode.SmoothTransformation)
    image = to_qimage(arr).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, mode)
    return QPixmap.fromImage(image)
