"""The Analysis figures' texts in the interface language.

Why: :mod:`focalpoint.analysis.charts` must not import Qt and writes English; this module
lists each of its texts (:data:`focalpoint.analysis.charts.TEXTS`) literally so that
``pyside6-lupdate`` extracts them into the ``Analysis`` context, and translates labels at
display time. ``tests/ui/test_ui_analysis.py`` fails when the two lists differ.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from focalpoint.analysis.charts import Label
from focalpoint.ui.labels import label as vocabulary_label
from focalpoint.vocabularies import Vocabulary

CONTEXT = "Analysis"

EXTRACTED = (
    QT_TRANSLATE_NOOP("Analysis", 'Action Plan tasks with and without activities'),
    QT_TRANSLATE_NOOP("Analysis", 'tasks with activities'),
    QT_TRANSLATE_NOOP("Analysis", 'tasks without (gaps)'),
    QT_TRANSLATE_NOOP("Analysis", 'tasks'),
    QT_TRANSLATE_NOOP("Analysis", 'Section'),
    QT_TRANSLATE_NOOP("Analysis", 'Tasks with activities'),
    QT_TRANSLATE_NOOP("Analysis", 'Gaps'),
    QT_TRANSLATE_NOOP("Analysis", 'Activities'),
    QT_TRANSLATE_NOOP("Analysis", 'Task'),
    QT_TRANSLATE_NOOP("Analysis", 'Coverage'),
    QT_TRANSLATE_NOOP("Analysis", 'with activities'),
    QT_TRANSLATE_NOOP("Analysis", 'gap'),
    QT_TRANSLATE_NOOP("Analysis", '%1 of %2 applicable tasks have activities; gaps: %3.'),
    QT_TRANSLATE_NOOP("Analysis", 'Forms of trafficking addressed'),
    QT_TRANSLATE_NOOP("Analysis", 'all activities'),
    QT_TRANSLATE_NOOP("Analysis", 'awareness-raising'),
    QT_TRANSLATE_NOOP("Analysis", 'Form of trafficking'),
    QT_TRANSLATE_NOOP("Analysis", 'All activities'),
    QT_TRANSLATE_NOOP("Analysis", 'Awareness-raising'),
    QT_TRANSLATE_NOOP("Analysis", 'Not recorded'),
    QT_TRANSLATE_NOOP("Analysis", '%1 activities, of which %2 awareness-raising; %3 of those address sexual exploitation (%4).'),  # noqa: E501
    QT_TRANSLATE_NOOP("Analysis", 'Audiences reached and people reached'),
    QT_TRANSLATE_NOOP("Analysis", 'activities'),
    QT_TRANSLATE_NOOP("Analysis", 'Audience'),
    QT_TRANSLATE_NOOP("Analysis", 'People reached'),
    QT_TRANSLATE_NOOP("Analysis", 'Total'),
    QT_TRANSLATE_NOOP("Analysis", 'Women'),
    QT_TRANSLATE_NOOP("Analysis", 'Men'),
    QT_TRANSLATE_NOOP("Analysis", 'Activities with a participant count'),
    QT_TRANSLATE_NOOP("Analysis", 'Activities without one'),
    QT_TRANSLATE_NOOP("Analysis", '%1 people reached in %2 activities (women %3, men %4, not recorded %5); %6 activities without a count.'),  # noqa: E501
    QT_TRANSLATE_NOOP("Analysis", 'One-off or recurring, evaluation and sustainability'),
    QT_TRANSLATE_NOOP("Analysis", 'Adequacy to needs'),
    QT_TRANSLATE_NOOP("Analysis", 'National ownership'),
    QT_TRANSLATE_NOOP("Analysis", 'Infrastructure after donor funding'),
    QT_TRANSLATE_NOOP("Analysis", 'Adequacy to needs: yes'),
    QT_TRANSLATE_NOOP("Analysis", 'National ownership: yes'),
    QT_TRANSLATE_NOOP("Analysis", 'Infrastructure after donor funding: yes'),
    QT_TRANSLATE_NOOP("Analysis", 'Sustainability (recommendation 8)'),
    QT_TRANSLATE_NOOP("Analysis", '%1 of %2 activities one-off (%3); %4 evaluated (%5).'),
    QT_TRANSLATE_NOOP("Analysis", 'Funding: Unified Budget and extrabudgetary'),
    QT_TRANSLATE_NOOP("Analysis", 'Unified Budget'),
    QT_TRANSLATE_NOOP("Analysis", 'amount'),
    QT_TRANSLATE_NOOP("Analysis", 'Year'),
    QT_TRANSLATE_NOOP("Analysis", 'Currency'),
    QT_TRANSLATE_NOOP("Analysis", 'Extrabudgetary'),
    QT_TRANSLATE_NOOP("Analysis", 'Extrabudgetary share'),
    QT_TRANSLATE_NOOP("Analysis", 'Source'),
    QT_TRANSLATE_NOOP("Analysis", 'Donor'),
    QT_TRANSLATE_NOOP("Analysis", 'Amount'),
    QT_TRANSLATE_NOOP("Analysis", 'undated'),
    QT_TRANSLATE_NOOP("Analysis", 'Amounts per currency, never added across currencies; %1 activities without funding.'),  # noqa: E501
    QT_TRANSLATE_NOOP("Analysis", 'Partners by kind and task area'),
    QT_TRANSLATE_NOOP("Analysis", 'OSCE structures'),
    QT_TRANSLATE_NOOP("Analysis", 'International organizations'),
    QT_TRANSLATE_NOOP("Analysis", 'NGOs'),
    QT_TRANSLATE_NOOP("Analysis", 'State bodies'),
    QT_TRANSLATE_NOOP("Analysis", 'Other / unclassified'),
    QT_TRANSLATE_NOOP("Analysis", 'Partner'),
    QT_TRANSLATE_NOOP("Analysis", 'Kind'),
    QT_TRANSLATE_NOOP("Analysis", '%1 activities without a partner.'),
)


def text(label: Label) -> str:
    """A figure's label in the interface language; data (codes, names) stays as it is."""
    if isinstance(label, Vocabulary):
        return vocabulary_label(label)
    return QCoreApplication.translate(CONTEXT, label)
