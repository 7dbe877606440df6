"""Validation problems in the interface language.

Why: :mod:`focalpoint.validation` must not import Qt and speaks English (the CLI and the
Secretariat show its messages as they are). Each :class:`~focalpoint.validation.Problem`
keeps its wording (``template``, with ``{name}`` placeholders) apart from its values, so the
GUI translates the wording here and puts the values back in. Every template is written out
literally below so that ``pyside6-lupdate`` extracts it into the ``Validation`` context;
``tests/ui/test_ui_validation_text.py`` fails when :data:`focalpoint.validation.TEMPLATES` gains a
template that is missing here. Translations must keep the ``{name}`` placeholders.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from focalpoint.validation import Problem

CONTEXT = "Validation"


def translated_templates() -> dict[str, str]:
    """English template -> its translation in the current interface language."""
    return {
        "is required":
            QCoreApplication.translate("Validation", "is required"),
        "must not be empty":
            QCoreApplication.translate("Validation", "must not be empty"),
        "must have at least {min_length} characters":
            QCoreApplication.translate("Validation", "must have at least {min_length} characters"),
        "is longer than {max_length} characters":
            QCoreApplication.translate("Validation", "is longer than {max_length} characters"),
        "needs at least one entry":
            QCoreApplication.translate("Validation", "needs at least one entry"),
        "needs at least {min_length} entries":
            QCoreApplication.translate("Validation", "needs at least {min_length} entries"),
        "has more than {max_length} entries":
            QCoreApplication.translate("Validation", "has more than {max_length} entries"),
        "{value} is not one of: {expected}":
            QCoreApplication.translate("Validation", "{value} is not one of: {expected}"),
        "must not be negative (got {value})":
            QCoreApplication.translate("Validation", "must not be negative (got {value})"),
        "must be greater than or equal to {limit}":
            QCoreApplication.translate("Validation", "must be greater than or equal to {limit}"),
        "must be greater than {limit}":
            QCoreApplication.translate("Validation", "must be greater than {limit}"),
        "must be less than or equal to {limit}":
            QCoreApplication.translate("Validation", "must be less than or equal to {limit}"),
        "must be less than {limit}":
            QCoreApplication.translate("Validation", "must be less than {limit}"),
        "{value} is not a valid date (use YYYY-MM-DD)":
            QCoreApplication.translate(
                "Validation", "{value} is not a valid date (use YYYY-MM-DD)"
            ),
        "{value} does not have the expected form ({pattern})":
            QCoreApplication.translate(
                "Validation", "{value} does not have the expected form ({pattern})"
            ),
        "is not a known field":
            QCoreApplication.translate("Validation", "is not a known field"),
        "{value} is not a number":
            QCoreApplication.translate("Validation", "{value} is not a number"),
        "{value} has too many digits (at most 2 decimals)":
            QCoreApplication.translate(
                "Validation", "{value} has too many digits (at most 2 decimals)"
            ),
        "must be a list, not {type}":
            QCoreApplication.translate("Validation", "must be a list, not {type}"),
        "must be an object, not {type}":
            QCoreApplication.translate("Validation", "must be an object, not {type}"),
        "must be text, not {type}":
            QCoreApplication.translate("Validation", "must be text, not {type}"),
        "unknown Action Plan task code {code}":
            QCoreApplication.translate("Validation", "unknown Action Plan task code {code}"),
        "must be a UUID such as 3f2b8c1e-...":
            QCoreApplication.translate("Validation", "must be a UUID such as 3f2b8c1e-..."),
        "{end} is before the start date {start}":
            QCoreApplication.translate("Validation", "{end} is before the start date {start}"),
        "{end} is before the period start {start}":
            QCoreApplication.translate("Validation", "{end} is before the period start {start}"),
        "more than one entry for the same task":
            QCoreApplication.translate("Validation", "more than one entry for the same task"),
        "women, men and not recorded add up to {parts}, more than the total {total}":
            QCoreApplication.translate(
                "Validation",
                "women, men and not recorded add up to {parts}, more than the total {total}",
            ),
        "is required when women, men or not recorded are given":
            QCoreApplication.translate(
                "Validation", "is required when women, men or not recorded are given"
            ),
        "{name} appears more than once":
            QCoreApplication.translate("Validation", "{name} appears more than once"),
        "is 'none' but a date or main finding is given (choose internal or external)":
            QCoreApplication.translate(
                "Validation",
                "is 'none' but a date or main finding is given (choose internal or external)",
            ),
    }


def problem_text(problem: Problem) -> str:
    """The problem"s message (without the field) in the interface language."""
    translated = translated_templates().get(problem.template) if problem.template else None
    if translated is None:
        return problem.message
    try:
        return translated.format(**problem.values)
    except (KeyError, IndexError, ValueError):
        return problem.message  # a translation that lost or broke a placeholder
