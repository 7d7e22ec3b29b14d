"""torchvision.io.image loads the ``image_stable`` library, which hook-torchvision.py collects.

Replaces the upstream hook, whose hidden import ``torchvision.image`` no longer exists.
"""

hiddenimports: list[str] = []
