"""The activity results in the Annex: what is recorded, in words, and nothing invented."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from report_pdfcheck import FIXED_DATE

from focalpoint.domain import QuestionnaireResponse
from focalpoint.report import export_questionnaire_pdf
from focalpoint.results_text import record_results
from focalpoint.storage import Store

FULL: dict[str, Any] = {
    "title": "Training of border guards on victim identification",
    "activity_type": "training", "status": "completed", "task_codes": ["III.10.2"],
    "start_date": "2006-03-01", "end_date": "2006-03-03",
    "people_reached": {"total": 1200, "women": 500, "men": 600, "not_recorded": 100},
    "outcome_indicators": [{"name": "Cases referred", "value": 12},
                           {"name": "Manuals distributed", "value": 300}],
    "evaluation": {"kind": "external", "date": "2006-05-04",
                   "finding": "Referrals rose in the regions trained."},
    "sustainability": {"adequacy": {"rating": "yes", "note": ""},
                       "national_ownership": {"rating": "partly",
                                              "note": "The academy took over the course"},
                       "infrastructure": {"rating": "unknown", "note": ""}},
}
HEADCOUNT_ONLY = {"title": "Round table on the NRM", "activity_type": "round_table",
                  "status": "completed", "task_codes": ["III.10.2"],
                  "start_date": "2006-04-01", "people_reached": {"total": 35}}
NOTHING = {"title": "Research on labour exploitation", "activity_type": "research",
           "status": "completed", "task_codes": ["III.10.2"], "start_date": "2006-02-01"}


def annex_text(store: Store, tmp_path: Path) -> str:
    store.responses.save_draft(QuestionnaireResponse(period_start=date(2006, 1, 1),
                                                     period_end=date(2006, 12, 31)))
    response = store.responses.latest()
    assert response is not None
    out = tmp_path / "results.pdf"
    export_questionnaire_pdf(store, response, out, creation_date=FIXED_DATE)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    return " ".join(text[text.index("A.2 Activities in detail"):].split())


def block(text: str, title: str) -> str:
    """The Annex entry of the activity titled ``title``, up to the next numbered entry."""
    start = text.index(f". {title}")
    after = re.search(r" \d+\. \w", text[start + 2:])
    return text[start:start + 2 + after.start()] if after else text[start:]


def test_recorded_results_are_printed_under_each_activity(demo_store: Store, tmp_path: Path):
    demo_store.activities.save_many([FULL, HEADCOUNT_ONLY, NOTHING])
    text = annex_text(demo_store, tmp_path)
    full = block(text, FULL["title"])
    assert "People reached 1,200: 500 women, 600 men, 100 not recorded" in full
    assert "Outcome indicators Cases referred: 12; Manuals distributed: 300" in full
    assert "Evaluation External evaluation, 2006-05-04" in full
    assert "Main finding Referrals rose in the regions trained." in full
    assert "Adequacy to needs Yes" in full
    assert "National ownership Partly — The academy took over the course" in full
    assert "Infrastructure after donor funding" not in full  # unknown, no note: not said
    assert "Not recorded" not in full.replace("100 not recorded", "")
    headcount = block(text, HEADCOUNT_ONLY["title"])
    assert "People reached 35 (no split by sex recorded)" in headcount
    assert "Evaluation" not in headcount and "Adequacy" not in headcount
    nothing = block(text, NOTHING["title"])
    assert "Results Not recorded" in nothing
    assert "People reached" not in nothing and "Evaluation" not in nothing


def test_results_as_received_by_the_secretariat() -> None:
    assert record_results(NOTHING) == []  # an older client: no results at all
    facts = dict(record_results(FULL))
    assert facts["People reached"] == "1,200: 500 women, 600 men, 100 not recorded"
    assert facts["Evaluation"] == "External evaluation, 2006-05-04"
    odd = dict(record_results({"people_reached": {"total": "many"}}))
    assert odd == {"People reached": "{'total': 'many'}"}  # shown as received, not dropped
