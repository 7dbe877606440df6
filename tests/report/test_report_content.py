"""What the report says, before any layout: applicability, ordering, escaping, formats."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from focalpoint.catalogue import Task, load_catalogue
from focalpoint.domain import Activity, MissionProfile, QuestionnaireResponse, TaskEntry
from focalpoint.report.content import build_content, is_applicable
from focalpoint.report.fonts import register_fonts
from focalpoint.report.text import esc, fmt_amount, fmt_count, fmt_date, fmt_span, shorten
from focalpoint.vocabularies import ActivityType, ImplementationStatus

FIELD = MissionProfile(code="DEMO", name="Field office", is_field_operation=True)
INSTITUTION = MissionProfile(code="ODIHR", name="Institution", is_field_operation=False)


def task(code: str) -> Task:
    return load_catalogue().task(code)


def test_applicability_rules() -> None:
    field_task, spmu_task = task("III.9.1"), task("III.10.1")
    assert field_task.field_operations and not spmu_task.field_operations
    assert is_applicable(field_task, None, 0, FIELD)
    assert not is_applicable(spmu_task, None, 0, FIELD)
    assert is_applicable(spmu_task, None, 0, INSTITUTION)
    assert is_applicable(spmu_task, None, 2, FIELD)  # activities make it apply
    answered = TaskEntry(task_code="III.10.1", status=ImplementationStatus.IN_PROGRESS)
    assert is_applicable(spmu_task, answered, 0, FIELD)
    excluded = TaskEntry(task_code="III.9.1", status=ImplementationStatus.NOT_APPLICABLE)
    assert not is_applicable(field_task, excluded, 3, FIELD)  # the focal point's answer wins


def activity(title: str, start: str, codes: list[str]) -> Activity:
    return Activity(title=title, activity_type=ActivityType.TRAINING,
                    start_date=date.fromisoformat(start), task_codes=codes)


def test_content_follows_catalogue_order_and_numbers_activities_by_date() -> None:
    catalogue = load_catalogue()
    response = QuestionnaireResponse(
        period_start=date(2005, 1, 1), period_end=date(2005, 12, 31),
        task_entries=[TaskEntry(task_code="IV.8.1", status=ImplementationStatus.CONTINUOUS,
                                comment="Done.")],
    )
    later = activity("B later", "2005-09-01", ["IV.8.1", "III.9.1"])
    earlier = activity("A earlier", "2005-02-01", ["IV.8.1"])
    content = build_content(FIELD, response, [later, earlier], catalogue)
    assert [v.task.code for v in content.tasks()] == catalogue.task_codes()
    assert [a.title for a in content.activities] == ["A earlier", "B later"]
    assert content.numbers[earlier.id] == 1 and content.numbers[later.id] == 2
    views = {v.task.code: v for v in content.tasks()}
    assert [a.title for a in views["IV.8.1"].activities] == ["A earlier", "B later"]
    assert not views["IV.8.1"].unreported
    assert views["III.9.2"].unreported  # field-operation task, nothing reported
    assert not views["III.10.1"].applicable  # SPMU task, nothing reported


def test_unknown_codes_are_collected_not_dropped_silently() -> None:
    response = QuestionnaireResponse.model_construct(
        period_start=date(2005, 1, 1), period_end=date(2005, 12, 31),
        task_entries=[TaskEntry(task_code="IX.1.1")],
    )
    content = build_content(FIELD, response, [activity("Old", "2005-03-01", ["VI.99.1"])],
                            load_catalogue())
    assert content.unknown_tasks == ("VI.99.1", "IX.1.1")


@pytest.mark.parametrize("typed", [
    "<b>bold?</b>", "A & B", "</para>", "<br/>", "&amp;", "<font size=40>x", "'\"", "a\x00b\x1fc",
])
def test_escaped_text_parses_and_prints_as_typed(typed: str) -> None:
    fonts = register_fonts()
    paragraph = Paragraph(esc(typed), ParagraphStyle("t", fontName=fonts.regular))
    printed = "".join(word for frag in paragraph.frags for word in [frag.text])
    assert printed == typed.replace("\x00", "").replace("\x1f", "")


def test_formats() -> None:
    assert fmt_date(date(2006, 3, 4)) == "4 March 2006"
    assert fmt_span(date(2005, 1, 1), None) == "2005-01-01"
    assert fmt_span(date(2005, 1, 1), date(2005, 2, 1)) == "2005-01-01 – 2005-02-01"
    assert fmt_span(None, None) == "—"
    assert fmt_amount(Decimal("95000"), "EUR") == "95,000.00 EUR"
    assert fmt_count(Decimal("0.50")) == "0.5"
    assert fmt_count(Decimal("3.00")) == "3"
    assert shorten("one two three four", 10) == "one two…"
