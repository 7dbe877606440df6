"""Starting the desktop application: ``focalpoint`` without a command calls :func:`run`.

Why all of this lives here: the application object, logging to a rotating file in the
per-user data directory, the exception hook that turns any unexpected error into a dialog
(the program keeps running), translations and high-DPI policy are process-wide concerns
set up once, before the first window, so that views stay free of them.
"""

from __future__ import annotations

import logging
import logging.handlers
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from focalpoint import __version__
from focalpoint.paths import APP_AUTHOR, APP_NAME, log_dir
from focalpoint.resources import RESOURCES_DIR
from focalpoint.ui import gc_guard
from focalpoint.ui.contrast import readable_placeholders
from focalpoint.ui.dialogs.error_dialog import ErrorDialog
from focalpoint.ui.dialogs.settings_dialog import LANGUAGE_KEY
from focalpoint.ui.interface_settings import open_settings

log = logging.getLogger("focalpoint")
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
LOG_FILE = "focalpoint.log"


def setup_logging() -> Path:
    """Log to ``<data dir>/logs/focalpoint.log``, rotated at 1 MB, five files kept."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler)
               and getattr(h, "baseFilename", "") == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


class Translations:
    """Installs the translators for one language; switching removes the previous ones."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Load FocalPoint's and Qt's own translations; '' follows the system locale.

        English is the fallback: its file only carries plural forms ("1 change").
        """
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        code = language or QLocale.system().name().split("_")[0]
        self.language = language
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded = self._load(f"focalpoint_{code}", str(TRANSLATIONS_DIR))
        if not loaded:
            if language and code != "en":
                log.warning("no translation for language %r in %s", code, TRANSLATIONS_DIR)
            self._load("focalpoint_en", str(TRANSLATIONS_DIR))
        self._load(f"qtbase_{code}", qt_dir)
        # Numbers, amounts and dates follow the interface language (the system's own
        # conventions when they agree), so "12 500,50" is what a Russian interface shows.
        system = QLocale.system()
        QLocale.setDefault(system if system.name().split("_")[0] == code else QLocale(code))
        return loaded or code == "en"

    def _load(self, name: str, folder: str) -> bool:
        translator = QTranslator(self.app)
        if not translator.load(name, folder):
            return False
        self.app.installTranslator(translator)
        self._installed.append(translator)
        return True


class ExceptionHook:
    """Shows unexpected errors in a dialog and logs them; the application keeps running."""

    def __init__(self, log_path: Path | None = None) -> None:
        self.log_path = log_path
        self.dialogs: list[ErrorDialog] = []
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error: %s\n%s", error, details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            message = f"{kind.__name__}: {error}" if str(error) else kind.__name__
            parent = QApplication.activeWindow()
            dialog = ErrorDialog(message, details, str(self.log_path or ""),
                                 parent if isinstance(parent, QWidget) else None)
            dialog.finished.connect(lambda _r: self._forget(dialog))
            self.dialogs.append(dialog)
            dialog.open()
        finally:
            self._showing = False

    def _forget(self, dialog: ErrorDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    readable_placeholders(app)
    gc_guard.install(app)  # a worker never destroys Qt objects by collecting garbage
    return app


def _quit_on_signals(window: QWidget) -> QTimer:
    """Ctrl+C or SIGTERM close the window normally, so the questionnaire draft is saved.

    Python only runs signal handlers between bytecodes; the timer wakes the interpreter
    while Qt's event loop waits.
    """

    def close(_signum: int, _frame: object) -> None:
        log.info("signal received; closing")
        # No question can be answered now: what can be saved is saved, then close.
        if hasattr(window, "ask_close_unsaved"):
            window.ask_close_unsaved = lambda _parent, _problem: True  # type: ignore[attr-defined]
        window.close()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    return ticker


def run(db_path: Path | None = None) -> int:
    """Start the application on ``db_path`` (or the per-user store); the exit code."""
    app = create_application()
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    log_path = setup_logging()
    previous_handler = qInstallMessageHandler(_qt_message)
    previous_hook = sys.excepthook
    sys.excepthook = ExceptionHook(log_path)
    log.info("FocalPoint %s starting (store %s)", __version__, db_path or "default")
    try:
        settings = open_settings()
        translations = Translations(app)
        translations.install(str(settings.value(LANGUAGE_KEY, "") or ""))

        from focalpoint.sync.credentials import SessionTokens
        from focalpoint.ui.dialogs.setup_dialog import SetupChoice
        from focalpoint.ui.main_window import MainWindow
        from focalpoint.ui.startup import ask_setup, open_store_interactive

        # Shared by a first-start restore and the window's sync: a token kept for this
        # session only (no keyring) is still known when the window syncs.
        tokens = SessionTokens()

        def setup(path: Path) -> SetupChoice | None:
            return ask_setup(path, settings, translations.install, tokens)

        # The integrity check runs once the window is up (writes wait for it): see
        # focalpoint.ui.integrity_check.
        store = open_store_interactive(db_path, setup=setup, defer_check=True)
        if store is None:
            log.info("no store opened; quitting")
            return 0
        try:
            while True:
                window = MainWindow(store, settings, set_language=translations.install,
                                    session_tokens=tokens)
                window.show()
                ticker = _quit_on_signals(window)
                code = int(app.exec())
                ticker.stop()
                if window.store_problem is not None and store.path is not None:
                    # Damage found by the check after the window showed (nothing was
                    # written): opened again with the check first, which fails the same
                    # way and offers the backups in the store-problem dialog.
                    store.close()
                    reopened = open_store_interactive(store.path, setup=setup)
                    if reopened is None:
                        return 0
                    store = reopened
                    continue
                if window.restore_request is None:
                    return code
                # File → Restore from a backup: the window closed so the file can be
                # swapped; carry on in a new window on the restored store.
                from focalpoint.ui.file_actions import reopen_after_restore

                store, _kept = reopen_after_restore(store, window.restore_request)
        finally:
            store.close()
            log.info("FocalPoint stopped")
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                root.removeHandler(handler)
                handler.close()
