"""Tests for the Action Plan catalogue: bundled data matches the 2006 report, loader is strict."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from focalpoint.catalogue import (
    DEFAULT_CATALOGUE_PATH,
    Catalogue,
    CatalogueError,
    Task,
    load_catalogue,
    normalize_code,
)
from focalpoint.resources import RESOURCES_DIR

EXPECTED_CODES = [
    "III.9.1", "III.9.2", "III.10.1", "III.10.2", "III.10.3", "III.10.4", "III.11.1",
    "III.12.1", "III.12.2", "III.13.1", "IV.6.1", "IV.6.2", "IV.7.1", "IV.7.2", "IV.7.3",
    "IV.8.1", "IV.8.2", "IV.8.4", "IV.8.5", "V.11.1", "V.11.2", "V.12.1", "V.13.1",
    "V.14.1", "V.14.2", "V.15.1",
]  # fmt: skip

SECTION_TITLES = {
    "III.9": "Legislative review",
    "III.10": "Law enforcement response",
    "III.11": "Disciplinary response",
    "III.12": "Training",
    "III.13": "Security and control of documents",
    "IV.6": "Data collection and research",
    "IV.7": "Addressing root causes of THB",
    "IV.8": "Awareness-raising",
    "V.11": "National Referral Mechanisms",
    "V.12": "Re-integration",
    "V.13": "Protection of children",
    "V.14": "Training",
    "V.15": "Legislative measures",
}

# Distinctive phrases copied from the seed report (Part III), one or more per task.
PHRASES = {
    "III.9.1": "promote and support legislative review and reform efforts",
    "III.10.1": "promote the concept of community policing",
    "III.10.2": "trafficking-related origin of suspicious assets",
    "III.10.3": "Global Programme against Money Laundering",
    "III.11.1": "while respecting the privacy of alleged perpetrators",
    "III.12.1": "International Law Enforcement Academy (ILEA) in Budapest",
    "III.12.2": "in co-operation with the United Nations Children’s Fund",
    "III.13.1": "detecting false travel documents being used for entry of trafficked persons",
    "IV.6.1": "engaging in exchanges with UNICEF and other relevant actors",
    "IV.6.2": "Tasking ODIHR’s Contact Point in Roma and Sinti",
    "IV.7.1": "national public information resource centres",
    "IV.7.2": "reduce barriers to the establishment of SMEs",
    "IV.7.3": "discrimination in the workplace and lack of access to credit",
    "IV.8.2": "without reinforcing negative stereotypes",
    "IV.8.4": "Heads of Field Operations will ensure that attendance",
    "IV.8.5": "self regulation, policy guidelines and codes of conduct",
    "V.11.2": "identification of suspected victims and of evidence of THB",
    "V.12.1": "offer job opportunities to victims of trafficking",
    "V.13.1": "vulnerability of unaccompanied children",
    "V.14.1": "military personnel, peacekeepers and other international staff in the field",
    "V.15.1": "humanitarian and compassionate approach to the victims of THB",
}

FULL_TEXTS = {
    "III.9.2": "The OSCE will further develop co-operation with other relevant partners and "
    "organizations.",
    "III.10.1": "The OSCE Strategic Police Matters Unit will further promote the concept of "
    "community policing.",
    "V.11.1": "Enhancing the activities of the OSCE, especially the ODIHR, in assisting the "
    "participating States, upon their request, in establishing the NRM.",
    "V.14.2": "Tasking the ODIHR with the collection and dissemination of information on "
    "measures, training programmes and materials already in place in OSCE participating States.",
    "IV.8.4": "The OSCE Training Co-ordinator, the Senior Adviser on Gender Issues and the Senior "
    "Security Co-ordinator will continue to use the induction course to develop and implement "
    "staff training on gender issues, THB and on relevant guidelines and regulations, in "
    "co-operation with the ODIHR and to organize special workshops in the field. Heads of Field "
    "Operations will ensure that attendance at such training courses will be compulsory for all "
    "staff.",
}


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def raw() -> dict[str, Any]:
    """A fresh, mutable copy of the bundled catalogue data for negative tests."""
    return copy.deepcopy(json.loads(DEFAULT_CATALOGUE_PATH.read_text(encoding="utf-8")))


def _task(raw: dict[str, Any], code: str) -> dict[str, Any]:
    for chapter in raw["chapters"]:
        for section in chapter["sections"]:
            for task in section["tasks"]:
                if task["code"] == code:
                    return task  # type: ignore[no-any-return]
    raise AssertionError(code)


def _fails(raw: dict[str, Any], *fragments: str) -> str:
    with pytest.raises(CatalogueError) as info:
        Catalogue.from_json(json.dumps(raw), source="bad.json")
    message = str(info.value)
    assert message.startswith("bad.json: ")
    for fragment in fragments:
        assert fragment in message, message
    return message


# -- bundled content ---------------------------------------------------------------------


def test_bundled_file_location() -> None:
    assert DEFAULT_CATALOGUE_PATH == RESOURCES_DIR / "actionplan" / "catalogue.json"
    assert DEFAULT_CATALOGUE_PATH.is_file()


def test_header(cat: Catalogue) -> None:
    assert cat.format == "focalpoint-catalogue"
    assert cat.version == "2006.1"
    assert cat.title == "OSCE Action Plan to Combat Trafficking in Human Beings"
    assert "PC.DEC/557" in cat.source


def test_all_26_codes_in_order(cat: Catalogue) -> None:
    assert cat.task_codes() == EXPECTED_CODES
    assert [t.code for t in cat.tasks()] == EXPECTED_CODES


def test_chapter_and_section_titles(cat: Catalogue) -> None:
    assert [(c.code, c.title) for c in cat.chapters] == [
        ("III", "Investigation, law enforcement and prosecution"),
        ("IV", "Prevention of trafficking in human beings"),
        ("V", "Protection and assistance"),
    ]
    sections = {s.code: s.title for c in cat.chapters for s in c.sections}
    assert sections == SECTION_TITLES
    assert cat.section("III.10").title == "Law enforcement response"


def test_texts_are_clean_paragraphs(cat: Catalogue) -> None:
    for task in cat.tasks():
        assert task.text and task.text[0].isupper(), task.code
        assert task.text == task.text.strip(), task.code
        assert "  " not in task.text and "\n" not in task.text, task.code
        assert not re.search(r"\w- \w", task.text), f"hyphenation artifact in {task.code}"
        assert task.text.endswith("."), task.code
        assert not task.text.startswith(("III", "IV", "V.", "VI", "7.")), task.code


@pytest.mark.parametrize(("code", "phrase"), PHRASES.items())
def test_texts_quote_the_seed(cat: Catalogue, code: str, phrase: str) -> None:
    assert phrase in cat.task(code).text


@pytest.mark.parametrize(("code", "text"), FULL_TEXTS.items())
def test_full_texts_verbatim(cat: Catalogue, code: str, text: str) -> None:
    assert cat.task(code).text == text


def test_task_text_excludes_report_narrative(cat: Catalogue) -> None:
    assert "Prior to the adoption of the UNTOC" not in cat.task("III.9.2").text
    assert "Human Dimension Induction Course" not in cat.task("IV.8.4").text


@pytest.mark.parametrize(
    ("code", "bodies"),
    [
        ("III.9.1", ["ODIHR", "FIELD"]),
        ("III.9.2", ["OSCE"]),
        ("III.10.2", ["SPMU", "OCEEA"]),
        ("III.11.1", ["OIO"]),
        ("III.13.1", ["OSCE", "ATU"]),
        ("IV.6.2", ["CPRSI"]),
        ("IV.8.2", ["PPIS", "ODIHR"]),
        ("V.13.1", ["OSCE"]),
        ("V.15.1", ["ODIHR"]),
    ],
)
def test_bodies(cat: Catalogue, code: str, bodies: list[str]) -> None:
    assert cat.task(code).bodies == bodies


def test_induction_training_bodies(cat: Catalogue) -> None:
    assert {"TC", "SAGI", "SSC"} <= set(cat.task("IV.8.4").bodies)
    assert {"TC", "SAGI", "SSC"} <= set(cat.task("V.14.1").bodies)


def test_body_names(cat: Catalogue) -> None:
    assert cat.body_name("ODIHR") == "Office for Democratic Institutions and Human Rights"
    assert cat.body_name("SPMU") == "Strategic Police Matters Unit"
    assert cat.body_name("CPRSI") == "ODIHR Contact Point on Roma and Sinti Issues"
    codes = [b.code for b in cat.bodies]
    assert set(codes) == {
        "ODIHR", "SPMU", "OCEEA", "OIO", "ATU", "TC", "SAGI", "SSC", "PPIS", "CPRSI",
        "FIELD", "OSCE",
    }  # fmt: skip
    with pytest.raises(KeyError, match="NOPE"):
        cat.body_name("NOPE")


def test_field_operations_flags(cat: Catalogue) -> None:
    assert cat.task("III.9.1").field_operations is True
    assert cat.task("IV.8.1").field_operations is True
    assert cat.task("V.13.1").field_operations is True
    assert cat.task("III.10.1").field_operations is False
    assert cat.task("IV.7.3").field_operations is False
    for task in cat.tasks():
        if {"FIELD", "OSCE"} & set(task.bodies):
            assert task.field_operations, task.code


# -- lookups and aliases -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("7.2", "IV.7.2"),
        ("VI.15.1", "V.15.1"),
        ("V. 11. 2", "V.11.2"),
        ("V. 11. 2.", "V.11.2"),
        ("IV.6.1.", "IV.6.1"),
        (" iii.10.2 ", "III.10.2"),
        ("III.9.1", "III.9.1"),
    ],
)
def test_aliases_and_printed_forms_resolve(cat: Catalogue, printed: str, canonical: str) -> None:
    assert cat.resolve(printed) == canonical
    assert cat.has_task(printed)
    assert cat.task(printed).code == canonical


def test_aliases_recorded(cat: Catalogue) -> None:
    assert cat.task("IV.7.2").aliases == ["7.2"]
    assert cat.task("V.15.1").aliases == ["VI.15.1"]
    assert "V. 11. 2" in cat.task("V.11.2").aliases
    assert cat.section("V.11").printed_as == "V. 12."
    assert cat.section("V.12").title == "Re-integration"  # the printed "V. 12." is not an alias
    assert cat.section("V. 12.").code == "V.12"


@pytest.mark.parametrize("unknown", ["IV.8.3", "III.9.9", "X.1.1", "", "V.11"])
def test_unknown_codes(cat: Catalogue, unknown: str) -> None:
    assert cat.resolve(unknown) is None
    assert not cat.has_task(unknown)
    with pytest.raises(KeyError, match="no Action Plan task"):
        cat.task(unknown)


def test_unknown_section_and_chapter(cat: Catalogue) -> None:
    with pytest.raises(KeyError, match="section"):
        cat.section("IV.9")
    with pytest.raises(KeyError, match="chapter"):
        cat.chapter("VI")


def test_structure_navigation(cat: Catalogue) -> None:
    task = cat.task("VI.15.1")
    assert (task.section_code, task.chapter_code) == ("V.15", "V")
    assert cat.section_of("7.2").code == "IV.7"
    assert cat.chapter_of("III.13.1").title == "Investigation, law enforcement and prosecution"
    assert cat.chapter("IV").sections[0].code == "IV.6"
    assert normalize_code(" v. 11. 2. ") == "V.11.2"
    with pytest.raises(KeyError):
        cat.section_of("IX.1.1")


def test_models_are_frozen(cat: Catalogue) -> None:
    field = "text"  # setattr keeps type checkers (with or without the pydantic plugin) quiet
    with pytest.raises(ValidationError):
        setattr(cat.task("III.9.1"), field, "changed")
    assert cat.task("III.9.1").text.startswith("The ODIHR")


def test_default_load_is_cached(cat: Catalogue) -> None:
    assert load_catalogue() is cat


def test_round_trip_and_canonical_file(cat: Catalogue) -> None:
    again = Catalogue.from_json(cat.to_json())
    assert again == cat
    assert again.task_codes() == EXPECTED_CODES
    assert cat.to_json() == DEFAULT_CATALOGUE_PATH.read_text(encoding="utf-8")


def test_load_explicit_path(tmp_path: Path, cat: Catalogue) -> None:
    path = tmp_path / "newer.json"
    path.write_text(cat.to_json().replace('"2006.1"', '"2007.1"'), encoding="utf-8")
    newer = load_catalogue(path)
    assert newer.version == "2007.1"
    assert isinstance(newer.task("III.9.1"), Task)


# -- validation failures -----------------------------------------------------------------


def test_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "focalpoint-catalogue",', encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken\.json: not valid JSON.*line 1"):
        load_catalogue(path)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match=r"absent\.json: cannot read catalogue"):
        load_catalogue(tmp_path / "absent.json")


def test_top_level_not_an_object() -> None:
    with pytest.raises(CatalogueError, match="JSON object"):
        Catalogue.from_json("[]", source="list.json")


def test_wrong_format(raw: dict[str, Any]) -> None:
    raw["format"] = "something-else"
    _fails(raw, "format", "focalpoint-catalogue")


def test_duplicate_task_code(raw: dict[str, Any]) -> None:
    _task(raw, "III.9.2")["code"] = "III.9.1"
    _fails(raw, "task III.9.1", "already used by III.9.1")


def test_duplicate_alias(raw: dict[str, Any]) -> None:
    _task(raw, "IV.7.3")["aliases"] = ["7.2"]
    _fails(raw, "task IV.7.3", "'7.2'", "IV.7.2")


def test_alias_colliding_with_another_code(raw: dict[str, Any]) -> None:
    _task(raw, "V.11.1")["aliases"] = ["V.12.1"]
    _fails(raw, "V.12.1", "already used by V.11.1")


def test_undeclared_body(raw: dict[str, Any]) -> None:
    _task(raw, "III.10.3")["bodies"] = ["OCEEA", "UNODC"]
    _fails(raw, "task III.10.3", "bodies", "UNODC")


def test_task_code_outside_its_section(raw: dict[str, Any]) -> None:
    _task(raw, "III.10.1")["code"] = "III.11.9"
    _fails(raw, "task III.11.9", "must start with 'III.10.'")


def test_section_code_outside_its_chapter(raw: dict[str, Any]) -> None:
    raw["chapters"][1]["sections"][0]["code"] = "V.6"
    _fails(raw, "section V.6", "must start with 'IV.'")


def test_field_operations_required_for_field_tasks(raw: dict[str, Any]) -> None:
    _task(raw, "III.9.1")["field_operations"] = False
    _fails(raw, "task III.9.1", "field_operations")


def test_schema_error_names_path_and_task(raw: dict[str, Any]) -> None:
    del _task(raw, "IV.8.2")["text"]
    _fails(raw, "chapters[1].sections[2].tasks[1].text", "(in IV.8.2)", "Field required")


def test_bad_code_pattern(raw: dict[str, Any]) -> None:
    _task(raw, "IV.7.2")["code"] = "7.2"
    _fails(raw, "tasks[1].code", "(in 7.2)")


def test_unknown_field_rejected(raw: dict[str, Any]) -> None:
    _task(raw, "V.13.1")["bodys"] = ["OSCE"]
    _fails(raw, "bodys", "(in V.13.1)")


def test_duplicate_body_declaration(raw: dict[str, Any]) -> None:
    raw["bodies"].append({"code": "ODIHR", "name": "again"})
    _fails(raw, "bodies", "'ODIHR'", "twice")


# -- short titles and the unofficial Russian titles ----------------------------------------


def test_every_task_has_a_short_title_and_an_unofficial_russian_one(cat: Catalogue) -> None:
    for task in cat.tasks():
        assert task.title and len(task.title) <= 60, task.code
        assert task.title not in task.code
        assert re.search("[а-яё]", task.title_ru), task.code
    titles = [task.title for task in cat.tasks()]
    assert len(set(titles)) == len(titles), "short titles must tell tasks apart"
    for chapter in cat.chapters:
        assert re.search("[а-яё]", chapter.title_ru)
        assert all(re.search("[а-яё]", section.title_ru) for section in chapter.sections)
    assert "unofficial" in cat.translation_note
    assert "text of record" in cat.translation_note


def test_russian_title_needs_the_note_saying_it_is_unofficial(raw: dict[str, Any]) -> None:
    raw["translation_note"] = "  "
    _fails(raw, "translation_note", "unofficial")


def test_russian_title_must_be_russian(raw: dict[str, Any]) -> None:
    _task(raw, "IV.6.1")["title_ru"] = "Data collection"
    _fails(raw, "task IV.6.1", "title_ru", "Data collection")


def test_title_length_is_bounded(raw: dict[str, Any]) -> None:
    _task(raw, "IV.6.1")["title"] = "x" * 101
    _fails(raw, "title", "100")


def test_catalogue_without_titles_still_loads(raw: dict[str, Any]) -> None:
    """A catalogue published before titles existed is still valid (sync may bring one)."""
    raw.pop("translation_note")
    for chapter in raw["chapters"]:
        chapter.pop("title_ru")
        for section in chapter["sections"]:
            section.pop("title_ru")
            for task in section["tasks"]:
                task.pop("title")
                task.pop("title_ru")
    assert Catalogue.model_validate(raw).task("IV.6.1").title == ""
