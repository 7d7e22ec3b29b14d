"""Garbage holding Qt objects is collected on the GUI thread, never on a worker."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from gui.gc_guard import GarbageCollector


def test_workers_never_collect_and_the_gui_thread_does(qtbot):
    guard = GarbageCollector(interval_ms=10_000)  # driven by hand below
    try:
        assert not gc.isenabled()
        destroyed_on: list[str] = []

        class Holder:
            pass

        holder = Holder()
        holder.widget = QWidget()
        holder.self = holder  # a reference cycle: only the collector frees it
        holder.widget.destroyed.connect(
            lambda *_: destroyed_on.append(threading.current_thread().name))
        ref = weakref.ref(holder)
        del holder

        def allocate() -> None:  # enough allocations to trigger every automatic collection
            junk = []
            for i in range(200_000):
                junk.append([i])
                if len(junk) > 1000:
                    junk.clear()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert ref() is not None and destroyed_on == []
        guard.thresholds = (1, 1, 1)  # every generation is over its threshold now
        for _ in range(3):
            guard.check()
        assert ref() is None
        assert destroyed_on == [threading.current_thread().name]
    finally:
        guard.stop()
        gc.disable()  # the test suite itself collects between tests (conftest)
