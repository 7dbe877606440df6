"""Screenshots of the real application for the README and docs/gui.md.

Run from the repository root (no display needed; the offscreen platform with one 1366×768
screen is used unless ``QT_QPA_PLATFORM`` says otherwise, e.g. ``xcb`` under
``xvfb-run -a -s "-screen 0 1366x768x24"``)::

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language ru]

It creates a fresh demo store in a temporary directory, points ``HOME`` and
``FOCALPOINT_DATA_DIR`` there too (so the user's own data and settings are never touched,
and the first-start dialogs show the usual ``~/.local/share/FocalPoint/focalpoint.db``),
keeps the access token in an in-memory keyring, opens the main window at 1366×768 (the
commonest laptop screen, so the pictures show what most focal points see) and saves one PNG
per view and dialog, each dialog at the size it opens with on that screen.

``--guide`` writes the user guide's pictures instead (``docs/screenshots/guide-*.png``, the
window at 1366x768; see ``scripts/guide_screenshots.py``).

``--language ru`` shows the interface in Russian, set as the Settings dialog does (the
language is stored in the interface settings and the translators are installed), and adds
the language to the file names (``activities-ru.png``) so the English pictures are kept.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1366, 768
ROOT = Path(__file__).resolve().parent.parent
if "QT_QPA_PLATFORM" not in os.environ:
    _SCREEN = Path(tempfile.gettempdir()) / f"focalpoint-screen-{WIDTH}x{HEIGHT}.json"
    _SCREEN.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from focalpoint.sync.credentials import MemoryKeyring  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--language", default="en", choices=["en", "ru"],
                        help="interface language; other than en adds -LANG to the file names")
    parser.add_argument("--guide", action="store_true",
                        help="the user guide's screenshots (guide-*.png, at 1366x768)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())

    with tempfile.TemporaryDirectory(prefix="focalpoint-shots-") as temp:
        # A home folder of its own: the dialogs show the store where a person's would be
        # ("~/.local/share/FocalPoint/focalpoint.db"), and nothing is written in the real one.
        home = Path(temp) / "home"
        os.environ["HOME"] = str(home)
        os.environ["FOCALPOINT_DATA_DIR"] = str(home / ".local" / "share" / "FocalPoint")
        if args.guide:
            sys.path.insert(0, str(ROOT / "scripts"))
            from guide_screenshots import shoot_guide

            return shoot_guide(Path(temp), out, args.language)
        return shoot(Path(temp), out, args.language)


def shoot(temp: Path, out: Path, language: str = "en") -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from focalpoint.demo import load_demo
    from focalpoint.storage import Store
    from focalpoint.sync.config import SyncConfig, save_sync_config
    from focalpoint.sync.credentials import set_token
    from focalpoint.ui.app import Translations, create_application, open_settings
    from focalpoint.ui.dialogs.settings_dialog import LANGUAGE_KEY
    from focalpoint.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    translations = Translations(app)
    settings = open_settings()
    # What SettingsDialog.save() does on a language change: remember it, install it.
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    if not translations.install(language):
        print(f"no translation for {language!r}", file=sys.stderr)
        return 1
    suffix = "" if language == "en" else f"-{language}"
    store = Store.open(temp / "demo.db")
    load_demo(store)
    config = save_sync_config(store, SyncConfig("https://secretariat.osce.example", "DEMO"))
    set_token(config.server_url, config.mission_code, "demo-token")
    window = MainWindow(store, settings, set_language=translations.install)
    window.resize(window.screen().availableGeometry().size())  # the whole laptop screen
    window.show()

    def settle(ms: int = 150) -> None:
        """Let queued signals, worker results and layouts finish before grabbing."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    while window.activities.model.is_loading():
        settle(50)
    window.show_view(0)
    window.activities.table.selectRow(1)
    save(window, "activities")

    editor = window.activities.open_editor(window.activities.model.activity_id(1))
    assert editor is not None
    save(editor, "activity_editor")
    editor.reject()

    window.show_view(1)
    window.actionplan.select_task("III.12.1")
    save(window, "action_plan")

    window.show_view(2)
    window.questionnaire.tabs.setCurrentIndex(0)
    save(window, "questionnaire_part1")
    part_one = window.questionnaire.part_one
    part_one.verticalScrollBar().setValue(part_one.verticalScrollBar().maximum())
    save(window, "questionnaire_resources")
    part_one.verticalScrollBar().setValue(0)
    window.questionnaire.tabs.setCurrentIndex(1)
    window.questionnaire.part_two.select("III.12.1")
    save(window, "questionnaire_part2")

    window.show_view(3)
    save(window, "sync")

    window.show_view(4)
    while window.analysis.result is None:
        settle(50)
    for tab, name in ((0, "analysis"), (1, "analysis_forms"), (4, "analysis_funding")):
        window.analysis.tabs.setCurrentIndex(tab)
        save(window, name)

    settings = window.open_settings()
    save(settings, "settings")
    settings.reject()

    # The History tab: two later edits of one activity (after every other picture).
    history_id = store.activities.ids()[3]
    current = store.activities.get(history_id).model_dump(mode="json")
    store.activities.save({**current, "status": "completed",
                           "partners": [*current["partners"], "UNHCR"],
                           "outcome": "Forty border officers trained; a referral checklist "
                                      "adopted."})
    current = store.activities.get(history_id).model_dump(mode="json")
    store.activities.save({**current, "title": current["title"] + " (second round)"})
    history_editor = window.activities.open_editor(history_id)
    assert history_editor is not None
    history_editor.resize(1180, 680)
    history_editor.pages.setCurrentIndex(1)
    history_editor.history.table.selectRow(1)
    save(history_editor, "activity_history")
    history_editor.reject()

    # The questionnaire's History tab: an answer changed after the demo's first save.
    from focalpoint.storage import history as history_module

    history_module.COALESCE_SECONDS = -1  # this edit is a version of its own
    window.show_view(2)
    part_one = window.questionnaire.part_one
    part_one.priorities.setPlainText(part_one.priorities.toPlainText()
                                     + " Labour exploitation comes first from 2007.")
    window.questionnaire.tabs.setCurrentIndex(2)  # saves what was typed, lists the versions
    save(window, "questionnaire_history")
    window.questionnaire.tabs.setCurrentIndex(0)

    # The Conflicts view: what a second computer of the mission clashed with.
    from conflict_examples import add_example_conflicts

    add_example_conflicts(store)
    window.events.sync_finished.emit(None)  # as after the sync that brought them
    window.show_view(5)
    window.conflicts.table.selectRow(0)
    save(window, "conflicts")

    from focalpoint.storage import PassphraseRequest
    from focalpoint.ui.dialogs.passphrase_dialog import PassphraseDialog

    shown = Path.home() / ".local" / "share" / "FocalPoint" / "focalpoint.db"
    unlock = PassphraseDialog(PassphraseRequest(shown, new=False))
    unlock.show()
    unlock.passphrase.setText("correct horse battery staple")
    save(unlock, "passphrase")
    unlock.reject()

    window.show_view(0)
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
