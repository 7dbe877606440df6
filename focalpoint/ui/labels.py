"""Display text for the controlled vocabularies, through Qt's translation system.

Why: the stored value of a vocabulary is a stable slug and its English label lives in
:mod:`focalpoint.vocabularies`, which must not import Qt. The interface translates the
English label at display time; the list below only exists so that ``pyside6-lupdate`` finds
every label and puts it into the ``.ts`` files for translators.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from focalpoint.vocabularies import Vocabulary

CONTEXT = "Vocabulary"

_EXTRACTED = (
    QT_TRANSLATE_NOOP("Vocabulary", 'Training'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Workshop'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Round table'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Conference'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Study tour'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Research'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Publication'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Awareness campaign'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Legislative review'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Policy advice'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Trial monitoring'),
    QT_TRANSLATE_NOOP("Vocabulary", 'NRM assessment'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Support to NGO project'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Hotline support'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Shelter support'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Co-ordination meeting'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Data collection'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Other'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Planned'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Ongoing'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Completed'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Cancelled'),
    QT_TRANSLATE_NOOP("Vocabulary", 'One-off'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Recurring'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Police'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Border guards'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Prosecutors'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Judges'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Labour inspectors'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Consular staff'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Government officials'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Parliamentarians'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Social workers'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Health workers'),
    QT_TRANSLATE_NOOP("Vocabulary", 'NGOs'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Media'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Teachers'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Students and youth'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Children'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Victims of trafficking'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Migrants'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Roma and Sinti communities'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Private sector'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Military and peacekeepers'),
    QT_TRANSLATE_NOOP("Vocabulary", 'OSCE staff'),
    QT_TRANSLATE_NOOP("Vocabulary", 'General public'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Sexual exploitation'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Labour exploitation'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Forced or bonded labour'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Domestic servitude'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Child trafficking'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Internal trafficking'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Forced begging'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Removal of organs'),
    QT_TRANSLATE_NOOP("Vocabulary", 'All forms'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Unified Budget'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Extrabudgetary'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Not evaluated'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Internal evaluation'),
    QT_TRANSLATE_NOOP("Vocabulary", 'External evaluation'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Yes'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Partly'),
    QT_TRANSLATE_NOOP("Vocabulary", 'No'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Unknown'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Not started'),
    QT_TRANSLATE_NOOP("Vocabulary", 'In progress'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Implemented'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Continuous'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Not applicable'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Draft'),
    QT_TRANSLATE_NOOP("Vocabulary", 'Submitted'),
)


def label(member: Vocabulary) -> str:
    """The member's label in the interface language."""
    return QCoreApplication.translate(CONTEXT, member.label)


def label_for(vocabulary: type[Vocabulary], value: str) -> str:
    """Label for a stored value; an unknown value (newer data) is shown as it is."""
    try:
        return label(vocabulary(value))
    except ValueError:
        return value


def choices(vocabulary: type[Vocabulary]) -> list[tuple[str, str]]:
    """``(value, translated label)`` pairs in the vocabulary's order, for combo boxes."""
    return [(member.value, label(member)) for member in vocabulary]
