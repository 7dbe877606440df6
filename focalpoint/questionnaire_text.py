"""The questionnaire's own words, shared by the PDF and the desktop application.

Why one place: the focal point fills in the questionnaire on screen and the Secretariat
reads the PDF; if the guidance under a question or the word for an unanswered task differs
between the two, the focal point answers a question the reader never asked ("Not started"
on screen, "No answer" on paper). The PDF prints these strings in English, the text of
record; the application shows them through Qt's translations. ``QT_TRANSLATE_NOOP`` only
marks them for ``pyside6-lupdate`` (``scripts/update_translations.py`` scans this file), so
this module stays plain Python without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The translation context of every string here (``QCoreApplication.translate(CONTEXT, s)``);
#: written out in each call below because lupdate only reads a literal context.
CONTEXT = "QuestionnaireText"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation in ``_context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Question:
    """One narrative question of Part 1: the response field, its title and its guidance."""

    field: str
    title: str
    guidance: str


PART1_TITLE = QT_TRANSLATE_NOOP("QuestionnaireText",
                                "Part 1 — Goal setting, priorities and resources")
NARRATIVE = (
    Question("goal_setting", QT_TRANSLATE_NOOP("QuestionnaireText", "1.1 Goal setting"),
             QT_TRANSLATE_NOOP("QuestionnaireText",
                               "How the mission sets its anti-trafficking goals, and with "
                               "whom.")),
    Question("priorities", QT_TRANSLATE_NOOP("QuestionnaireText", "1.2 Priorities"),
             QT_TRANSLATE_NOOP("QuestionnaireText",
                               "The mission's anti-trafficking priorities for the period.")),
    Question("resources", QT_TRANSLATE_NOOP("QuestionnaireText", "1.3 Resources"),
             QT_TRANSLATE_NOOP("QuestionnaireText", "Human and financial resources, in words.")),
)
STAFF_TITLE = QT_TRANSLATE_NOOP("QuestionnaireText", "1.4 Staff posts")
BUDGET_TITLE = QT_TRANSLATE_NOOP("QuestionnaireText", "1.5 Budget")
STAFF_TOTALS_TITLE = QT_TRANSLATE_NOOP("QuestionnaireText", "Posts by year and funding source")
BUDGET_TOTALS_TITLE = QT_TRANSLATE_NOOP("QuestionnaireText", "Budget by year and funding source")
NO_ANSWER_GIVEN = QT_TRANSLATE_NOOP("QuestionnaireText", "No answer given.")
NO_STAFF_POSTS = QT_TRANSLATE_NOOP("QuestionnaireText", "No staff posts reported.")
NO_BUDGET_LINES = QT_TRANSLATE_NOOP("QuestionnaireText", "No budget lines reported.")
#: Column headers of the totals tables.
YEAR = QT_TRANSLATE_NOOP("QuestionnaireText", "Year")
TOTAL = QT_TRANSLATE_NOOP("QuestionnaireText", "Total")
#: A label of the budget totals: every year together, in one currency.
ALL_YEARS = QT_TRANSLATE_NOOP("QuestionnaireText", "All years (%1)")

#: Part 2: an applicable task the mission has not answered.
NO_ANSWER = QT_TRANSLATE_NOOP("QuestionnaireText", "No answer")
#: Part 2: a task without an answer that is for other OSCE bodies, not the mission.
NOT_APPLICABLE_OTHER_BODIES = QT_TRANSLATE_NOOP(
    "QuestionnaireText",
    "Not applicable to the mission (an Action Plan task for other OSCE bodies)")
