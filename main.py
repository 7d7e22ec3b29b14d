"""DiveLab entry point: python main.py [--lang zh|en] [--screenshot DIR] [--self-test].

``divelab COMMAND …`` with one of the headless commands of ``python -m engine`` (train,
run-notebook, …) runs that command instead of the window: the standalone app has no separate
Python to run ``-m engine`` with.
"""

import multiprocessing
import time

_T0 = time.perf_counter()

import argparse
import logging
import os
import sys


def _ensure_std_streams() -> None:
    """A windowed frozen app has no stdout/stderr; give print() and logging somewhere to go."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def _setup_logging() -> None:
    from logging.handlers import RotatingFileHandler

    from engine.paths import user_data_dir

    log_dir = user_data_dir() / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_dir / "divelab.log", maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])

    def log_uncaught(exc_type, exc, tb):
        logging.getLogger("divelab").critical("uncaught exception", exc_info=(exc_type, exc, tb))
        sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = log_uncaught


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="divelab",
                                     description="DiveLab · 动手学深度学习 · 交互实验室")
    parser.add_argument("--lang", choices=["zh", "en"],
                        help="UI language (default: saved, else system)")
    parser.add_argument("--theme", choices=["system", "light", "dark"],
                        help="colour theme (default: saved, else the system's)")
    parser.add_argument("--screenshot", metavar="DIR",
                        help="render every tab at 1280×800 into DIR/<objectName>.png and exit "
                             "(from the source tree; nothing of yours is read or changed)")
    parser.add_argument("--live-switch", action="store_true",
                        help="with --screenshot: then switch language and theme while running "
                             "and render every tab again into DIR/<lang>-<theme>/")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation (torch, data, training, GUI) and exit")
    parser.add_argument("--startup-time", action="store_true",
                        help="print seconds from launch to visible window, then exit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    _ensure_std_streams()
    words = sys.argv[1:] if argv is None else argv
    if words and not words[0].startswith("-"):
        from engine.cli import COMMANDS
        from engine.cli import main as engine_main

        if words[0] in COMMANDS:
            return engine_main(words)
    args = parse_args(argv)
    _setup_logging()
    if args.screenshot or args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.screenshot:
        try:
            from tools.screenshots import use_scratch_home
        except ImportError:  # the standalone app carries no tools/
            print("--screenshot works from the source tree: python main.py --screenshot DIR",
                  file=sys.stderr)
            return 2
        use_scratch_home()
    if args.self_test:
        from gui.self_test import run_self_test

        return run_self_test()

    from gui.system_libraries import (
        missing_libraries_message,
        missing_xcb_packages,
        needs_xcb_check,
    )

    if needs_xcb_check():
        missing = missing_xcb_packages()
        if missing:  # Qt would abort with its own message, naming one library of several
            print(missing_libraries_message(missing), file=sys.stderr)
            return 1

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from engine.paths import resource_path
    from gui import i18n, theme
    from gui.fonts import install_cjk_font
    from gui.settings import APP, ORG, settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName("DiveLab")
    app.setWindowIcon(QIcon(str(resource_path("icons", "divelab.png"))))
    install_cjk_font()
    from gui import gc_guard

    gc_guard.install(app)  # garbage (Qt objects in cycles) is collected on this thread only
    store = settings()
    if args.theme:  # as if chosen in the View menu
        store.setValue("ui/theme", args.theme)
    theme.apply_theme(str(store.value("ui/theme", "system")))
    i18n.set_language(args.lang or str(store.value("ui/language", i18n.default_language())))

    from gui.main_window import MainWindow

    window = MainWindow()
    if args.screenshot or args.startup_time:
        window.persist_settings = False
    if args.screenshot:
        from tools.screenshots import render_screenshots

        for path in render_screenshots(window, args.screenshot):
            print(path)
        if args.live_switch:
            from tools.screenshots import render_live_switches

            for path in render_live_switches(window, args.screenshot):
                print(path)
        window._skip_close_prompt = True
        window.close()
        return 0
    window.show()
    if args.startup_time:
        from PySide6.QtCore import QTimer

        def report() -> None:
            print(f"window visible after {time.perf_counter() - _T0:.3f} s", flush=True)
            window._skip_close_prompt = True
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    status = app.exec()
    # Let background jobs (e.g. the torch import behind the status bar) end before Qt goes away.
    from gui import worker

    worker.stop_all(timeout_ms=30000)
    return status


if __name__ == "__main__":
    multiprocessing.freeze_support()  # first: frozen kernel/worker processes start here
    sys.exit(main())
