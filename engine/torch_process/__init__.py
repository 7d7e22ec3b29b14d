"""The torch process: where training, checkpoints, the device probe and every other torch job
of the window run, so the window's interpreter never imports torch.

torch's import holds the interpreter lock for ~100 ms at a time in its C++ set-up, and a
training loop holds it between its calls: in the window's process either freezes the window.
In a process of its own neither can. See :mod:`engine.torch_process.client`.
"""

from engine.torch_process.client import TorchProcess, TorchProcessDied, set_shared, shared

__all__ = ["TorchProcess", "TorchProcessDied", "set_shared", "shared"]
