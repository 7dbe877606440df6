"""Re-extract the interface strings into ``resources/translations/*.ts`` and compile ``.qm``.

Run after changing user-visible strings::

    .venv/bin/python scripts/update_translations.py

``pyside6-lupdate`` keeps every existing translation and adds new strings as unfinished;
the developers' seed translations (``translations_ru_seed.py``) fill only entries that are
still empty; ``pyside6-lrelease`` then writes the ``.qm`` files the application loads.
Translators can open the ``.ts`` files in Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import translations_ru_data as data  # noqa: E402
import translations_ru_features as features  # noqa: E402
import translations_ru_sync as sync  # noqa: E402
from translations_ru_seed import EN_PLURALS, RU, RU_PLURALS  # noqa: E402


def merged(*parts: dict[str, dict]) -> dict[str, dict]:
    """The seed dictionaries of several files, context by context."""
    result: dict[str, dict] = {}
    for part in parts:
        for context, entries in part.items():
            result.setdefault(context, {}).update(entries)
    return result


TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = {
    "ru": (merged(RU, features.RU, data.RU, sync.RU),
           merged(RU_PLURALS, features.RU_PLURALS, data.RU_PLURALS, sync.RU_PLURALS)),
    "en": ({}, merged(EN_PLURALS, features.EN_PLURALS, data.EN_PLURALS, sync.EN_PLURALS)),
}


#: Plain-Python modules whose strings the interface shows (marked with QT_TRANSLATE_NOOP).
SHARED_TEXT = ("focalpoint/questionnaire_text.py",)


def sources() -> list[str]:
    ui = (str(p.relative_to(ROOT)) for p in (ROOT / "focalpoint" / "ui").rglob("*.py"))
    return sorted([*ui, *SHARED_TEXT])


def fill(ts_path: Path, plain: dict[str, dict[str, str]],
         plurals: dict[str, dict[str, tuple[str, ...]]]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = plurals.get(name, {}).get(source)
                existing = [f.text for f in translation.iter("numerusform") if f.text]
                if forms and not existing:
                    for child in list(translation):
                        translation.remove(child)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                    translation.attrib.pop("type", None)
                    filled += 1
                continue
            text = plain.get(name, {}).get(source)
            # lupdate pre-fills "unfinished" guesses from other contexts: the seed wins.
            if text and (not translation.text or translation.get("type") == "unfinished"):
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, (plain, plurals) in LANGUAGES.items():
        ts_path = TRANSLATIONS / f"focalpoint_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-ts", str(ts_path),
                        "-source-language", "en", "-target-language", language,
                        "-locations", "none"], cwd=ROOT, check=True)
        count = fill(ts_path, plain, plurals)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_path), "-qm",
                        str(ts_path.with_suffix(".qm"))], cwd=ROOT, check=True)
        print(f"{ts_path.name}: {count} seed translations filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
