"""The six questions computed from constructed stores whose answers are known by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from focalpoint.analysis import Period, analyse
from focalpoint.analysis.partners import load_rules
from focalpoint.catalogue import load_catalogue
from focalpoint.domain import Activity
from focalpoint.storage import Store

CATALOGUE = load_catalogue()
Y2005 = Period(date(2005, 1, 1), date(2005, 12, 31))
IDS = {name: f"00000000-0000-4000-8000-{index:012d}" for index, name in
       enumerate(["train", "aware", "aware2", "review", "undated", "old", "shelter"], start=1)}


def make(name: str, **fields: Any) -> dict[str, Any]:
    return {"id": IDS[name], "title": name, "activity_type": "training",
            "task_codes": ["III.12.1"], **fields}


RECORDS = [
    # On two tasks of two chapters; two funding lines in two currencies, one donor each.
    make("train", task_codes=["III.12.1", "V.11.1"], start_date="2005-03-01",
         end_date="2005-03-03", audiences=["police", "border_guards"],
         forms=["sexual_exploitation", "labour_exploitation"],
         partners=["IOM", "Ministry of Interior"],
         funding=[{"source": "extrabudgetary", "donor": "Norway", "amount": "1000",
                   "currency": "EUR"},
                  {"source": "extrabudgetary", "donor": "USA", "amount": "500",
                   "currency": "USD"}],
         people_reached={"total": 40, "women": 10, "men": 25},
         evaluation={"kind": "external", "date": "2005-06-01", "finding": "ok"},
         sustainability={"adequacy": {"rating": "yes"},
                         "national_ownership": {"rating": "partly"}}),
    make("aware", activity_type="awareness_campaign", task_codes=["IV.8.1"],
         start_date="2005-05-01", recurrence="recurring", forms=["sexual_exploitation"],
         audiences=["general_public"], partners=["La Strada Moldova", "ODIHR"],
         funding=[{"source": "unified_budget", "amount": "300", "currency": "EUR"}],
         people_reached={"total": 1000}),
    # Spans the new year: belongs to 2005 (overlap) but its year is 2004.
    make("aware2", activity_type="awareness_campaign", task_codes=["IV.8.1", "IV.8.2"],
         start_date="2004-11-01", end_date="2005-01-15", forms=["sexual_exploitation"],
         partners=["university researchers"],
         funding=[{"source": "extrabudgetary", "donor": "Norway", "amount": "200",
                   "currency": "EUR"}],
         evaluation={"kind": "internal"}),
    # Optional fields all missing.
    make("review", activity_type="legislative_review", task_codes=["III.9.1"],
         start_date="2005-12-31"),
    make("undated", task_codes=["V.12.1"]),
    make("old", task_codes=["III.9.2"], start_date="2003-01-01", end_date="2003-02-01",
         funding=[{"source": "unified_budget", "amount": "99", "currency": "EUR"}]),
]


@pytest.fixture
def activities(store: Store) -> list[Activity]:
    store.activities.save_many(RECORDS)
    return store.activities.list()


def ids(*names: str) -> list[str]:
    return sorted(IDS[name] for name in names)


def test_period_takes_overlapping_dated_activities(activities: list[Activity]) -> None:
    result = analyse(activities, CATALOGUE, period=Y2005)
    assert list(result.activities.ids) == ids("train", "aware", "aware2", "review")
    everything = analyse(activities, CATALOGUE)
    assert everything.activities.count == 6


def test_question_1_task_coverage(activities: list[Activity]) -> None:
    tasks = analyse(activities, CATALOGUE, period=Y2005).tasks
    field_tasks = [t.code for t in CATALOGUE.tasks() if t.field_operations]
    covered = ["III.9.1", "III.12.1", "IV.8.1", "IV.8.2", "V.11.1"]
    assert tasks.covered == covered  # catalogue order
    assert tasks.gaps == [c for c in field_tasks if c not in covered]
    by_task = {t.key: list(t.ids) for t in tasks.tasks}
    assert by_task["III.12.1"] == ids("train") and by_task["IV.8.1"] == ids("aware", "aware2")
    chapters = {c.code: c for c in tasks.chapters}
    # An activity on two tasks of a section (aware2: IV.8.1 and IV.8.2) counts once there.
    assert list(chapters["IV"].ids) == ids("aware", "aware2")
    assert list(chapters["III"].ids) == ids("train", "review")
    sections = {s.code: s for s in tasks.sections}
    assert sections["IV.8"].covered == ("IV.8.1", "IV.8.2")
    assert "IV.8.1" not in sections["IV.8"].gaps
    assert sum(len(c.covered) + len(c.gaps) for c in tasks.chapters) == len(tasks.tasks)


def test_question_1_institution_has_every_task(activities: list[Activity]) -> None:
    tasks = analyse(activities, CATALOGUE, period=Y2005, field_operation=False).tasks
    assert len(tasks.tasks) == len(CATALOGUE.tasks())


def test_question_2_forms_overall_and_awareness(activities: list[Activity]) -> None:
    forms = analyse(activities, CATALOGUE, period=Y2005).forms
    overall = {t.key: list(t.ids) for t in forms.overall.forms}
    assert overall["sexual_exploitation"] == ids("train", "aware", "aware2")
    assert overall["labour_exploitation"] == ids("train")
    assert overall["not_recorded"] == ids("review")
    assert overall["child_trafficking"] == []
    awareness = {t.key: t.count for t in forms.awareness.forms}
    assert forms.awareness.activities.count == 2
    assert awareness["sexual_exploitation"] == 2 and sum(awareness.values()) == 2


def test_question_3_audiences_and_people(activities: list[Activity]) -> None:
    reach = analyse(activities, CATALOGUE, period=Y2005).audiences
    audiences = {t.key: list(t.ids) for t in reach.audiences}
    assert audiences["police"] == ids("train") and audiences["general_public"] == ids("aware")
    assert audiences["not_recorded"] == ids("aware2", "review")
    people = reach.people
    assert (people.total, people.women, people.men, people.not_recorded) == (1040, 10, 25, 1005)
    assert list(people.recorded.ids) == ids("train", "aware")
    assert list(people.missing.ids) == ids("aware2", "review")
    assert list(people.split.ids) == ids("train")


def test_question_4_recurrence_evaluation_sustainability(activities: list[Activity]) -> None:
    res = analyse(activities, CATALOGUE, period=Y2005).results
    assert {t.key: t.count for t in res.recurrence} == {"one_off": 3, "recurring": 1}
    assert {t.key: t.count for t in res.evaluation} == {"none": 2, "internal": 1, "external": 1}
    assert list(res.evaluated.ids) == ids("train", "aware2")
    assert list(res.not_evaluated.ids) == ids("aware", "review")
    adequacy = {t.key: list(t.ids) for t in res.sustainability["adequacy"]}
    assert adequacy["yes"] == ids("train")
    assert adequacy["unknown"] == ids("aware", "aware2", "review")
    ownership = {t.key: t.count for t in res.sustainability["national_ownership"]}
    assert ownership == {"yes": 0, "partly": 1, "no": 0, "unknown": 3}


def test_question_5_funding_never_mixes_currencies(activities: list[Activity]) -> None:
    money = analyse(activities, CATALOGUE, period=Y2005).funding
    by_source = [(r.year, r.source, r.currency, r.amount, list(r.ids)) for r in money.by_source]
    assert by_source == [
        (2004, "extrabudgetary", "EUR", Decimal("200"), ids("aware2")),
        (2005, "unified_budget", "EUR", Decimal("300"), ids("aware")),
        (2005, "extrabudgetary", "EUR", Decimal("1000"), ids("train")),
        (2005, "extrabudgetary", "USD", Decimal("500"), ids("train")),
    ]
    by_donor = {(r.year, r.donor, r.currency): r.amount for r in money.by_donor}
    assert by_donor == {(2004, "Norway", "EUR"): Decimal("200"),
                        (2005, "", "EUR"): Decimal("300"),
                        (2005, "Norway", "EUR"): Decimal("1000"),
                        (2005, "USA", "USD"): Decimal("500")}
    shares = {(s.year, s.currency): s.extrabudgetary_share for s in money.shares}
    assert shares == {(2004, "EUR"): Decimal("1.000"), (2005, "EUR"): Decimal("0.769"),
                      (2005, "USD"): Decimal("1.000")}
    assert list(money.unfunded.ids) == ids("review")


def test_question_6_partners_by_kind_and_section(activities: list[Activity]) -> None:
    partners = analyse(activities, CATALOGUE, period=Y2005).partners
    kinds = {t.key: list(t.ids) for t in partners.kinds}
    assert kinds == {"osce": ids("aware"), "international": ids("train"),
                     "ngo": ids("aware"), "state": ids("train"), "other": ids("aware2")}
    assert list(partners.without_partner.ids) == ids("review")
    sections = {s.code: {t.key: list(t.ids) for t in s.kinds} for s in partners.by_section}
    assert sections["IV.8"]["other"] == ids("aware2") and sections["IV.8"]["ngo"] == ids("aware")
    # train is on III.12.1 and V.11.1: it counts in both sections, once each.
    assert sections["III.12"]["state"] == ids("train") == sections["V.11"]["state"]
    assert "III.9" not in sections  # the review has no partners
    names = {p.name: p.kind for p in partners.partners}
    assert names["La Strada Moldova"] == "ngo" and names["university researchers"] == "other"


@pytest.mark.parametrize(("name", "kind"), [
    ("UNMIK Police", "international"), ("Kosovo Police Service", "state"),
    ("ODIHR Contact Point for Roma and Sinti Issues", "osce"), ("Roma NGOs", "ngo"),
    ("МВД Республики Казахстан", "state"), ("местные НПО", "ngo"),
    ("Центры ОБСЕ в Центральной Азии", "osce"), ("hotel associations", "other"),
    ("Save the Children", "ngo"), ("Council of Europe", "international"),
])
def test_partner_rules_classify_demo_names(name: str, kind: str) -> None:
    assert load_rules().classify(name) == kind


def test_empty_period_gives_zeros_and_every_task_a_gap(activities: list[Activity]) -> None:
    result = analyse(activities, CATALOGUE, period=Period(date(1999, 1, 1), date(1999, 12, 31)))
    assert result.activities.count == 0
    assert result.tasks.covered == []
    assert result.tasks.gaps == [t.code for t in CATALOGUE.tasks() if t.field_operations]
    assert all(t.count == 0 for t in result.forms.overall.forms)
    assert result.audiences.people.total == 0
    assert result.funding.by_source == () and result.funding.shares == ()
    assert all(t.count == 0 for t in result.partners.kinds)
    data = result.to_json()
    assert data["tasks"]["covered"] == [] and data["funding"]["by_source"] == []


def test_the_same_activity_passed_twice_counts_once(activities: list[Activity]) -> None:
    once = analyse(activities, CATALOGUE, period=Y2005).to_json()
    twice = analyse(activities + activities, CATALOGUE, period=Y2005).to_json()
    assert once == twice


def test_json_has_one_key_per_question(activities: list[Activity]) -> None:
    data = analyse(activities, CATALOGUE, period=Y2005).to_json()
    assert set(data) == {"period", "activities", "tasks", "forms", "audiences", "results",
                         "funding", "partners"}
    assert data["period"] == {"start": "2005-01-01", "end": "2005-12-31"}
    assert data["funding"]["by_source"][0]["amount"] == "200.00"
    assert data["tasks"]["covered"][0] == "III.9.1"
