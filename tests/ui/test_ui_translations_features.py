"""Every string of the everyday features (undo, duplicate, spreadsheets, File menu, mission
profile, user guide) has its Russian translation in the shipped ``.ts``/``.qm``."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import translations_ru_features as features  # noqa: E402

TS = ROOT / "resources" / "translations" / "focalpoint_ru.ts"


def test_every_feature_string_is_translated_in_the_ts_and_the_qm(qapp) -> None:
    translated: dict[tuple[str, str], bool] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and (
                bool(translation.text) or any(f.text for f in translation.iter("numerusform")))
            translated[(name, message.findtext("source") or "")] = done
    wanted = [(c, s) for c, entries in features.RU.items() for s in entries]
    wanted += [(c, s) for c, entries in features.RU_PLURALS.items() for s in entries]
    missing = [key for key in wanted if not translated.get(key)]
    assert not missing, f"not extracted or not translated: {missing}"
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    for context, entries in features.RU.items():
        for source, russian in entries.items():
            assert translator.translate(context, source) == russian, (context, source)
    for context, entries in features.RU_PLURALS.items():
        for source, forms in entries.items():
            assert translator.translate(context, source, None, 5) == forms[2]


def test_every_spreadsheet_problem_template_is_translatable(qapp, tmp_path) -> None:
    from openpyxl import Workbook

    from focalpoint.spreadsheets import columns, importing
    from focalpoint.storage import Store
    from focalpoint.ui.dialogs.import_dialog import SpreadsheetImportDialog
    from focalpoint.ui.tasks import TaskManager

    book = Workbook()
    book.active.append(["Title"])  # type: ignore[union-attr]
    book.save(tmp_path / "x.xlsx")
    with Store.open(tmp_path / "s.db") as store:
        dialog = SpreadsheetImportDialog(store, TaskManager(), tmp_path / "x.xlsx")
        known = dialog.cell_templates()
        dialog.done(0)
    from focalpoint.ui.validation_text import translated_templates

    # "is not one of" is the validation template, translated with the others.
    assert columns.NOT_ONE_OF in translated_templates()
    assert set(known) | {columns.NOT_ONE_OF} == {*columns.TEMPLATES, importing.NO_SOURCE}
    assert all(template == text for template, text in known.items())  # English: as is
