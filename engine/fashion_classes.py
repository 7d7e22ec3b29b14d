"""Fashion-MNIST's ten class names in English and Chinese, importable without torch.

The classifier names its answers with these long before (or without) torch being loaded.
"""

from __future__ import annotations

CLASS_NAMES_EN: tuple[str, ...] = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)
CLASS_NAMES_ZH: tuple[str, ...] = (
    "T恤/上衣", "裤子", "套衫", "连衣裙", "外套", "凉鞋", "衬衫", "运动鞋", "包", "短靴",
)


def class_names(lang: str = "en") -> tuple[str, ...]:
    return CLASS_NAMES_ZH if lang.lower().startswith("zh") else CLASS_NAMES_EN
