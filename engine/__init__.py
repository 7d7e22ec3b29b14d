"""DiveLab's computation engine: data, models, training, tables, images, kernels.

Pure Python + torch/torchvision/pandas/Pillow. It never imports Qt, so every part can be
scripted headless (``python -m engine``) and tested without a display.
"""

__version__ = "0.1.0"
