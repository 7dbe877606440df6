"""Catalogue headings and task titles in the interface language.

Why here and not in the catalogue: the catalogue holds the official English text (the text
of record) and, separately, unofficial working translations of the short titles
(``title_ru``). Which one a person sees depends on the interface language, which only the
UI knows. Every place that shows a task title goes through these functions, so a Russian
title is always shown together with the hint that it is unofficial.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from focalpoint.catalogue import Chapter, Section, Task

translate = QCoreApplication.translate


def russian() -> bool:
    """Whether the interface speaks Russian (the app sets the default locale with it)."""
    return QLocale().language() == QLocale.Language.Russian


def task_title(task: Task) -> str:
    """The short title in the interface language; falls back to English, then the text."""
    if russian() and task.title_ru:
        return task.title_ru
    if task.title:
        return task.title
    return task.text if len(task.text) <= 80 else task.text[:77] + "…"


def heading(node: Chapter | Section) -> str:
    """A chapter or section title in the interface language (English when untranslated)."""
    return node.title_ru if russian() and node.title_ru else node.title


def task_label(task: Task) -> str:
    """``III.12.1  Training …``: code and short title, for lists, filters and trees."""
    return f"{task.code}  {task_title(task)}"


def translated(task: Task) -> bool:
    """Whether :func:`task_title` shows an unofficial translation."""
    return russian() and bool(task.title_ru)


def unofficial_note() -> str:
    """The hint shown next to (or as the tooltip of) every translated title."""
    return translate("CatalogueText", "Unofficial working translation; the official English "
                     "text of the Action Plan is the text of record.")


def task_tooltip(task: Task) -> str:
    """Rich tooltip: code, title, the official text and, when translated, the hint."""
    parts = [f"<p><b>{task.code}</b> — {task_title(task)}</p>", f"<p>{task.text}</p>"]
    if translated(task):
        parts.append(f"<p><i>{unofficial_note()}</i></p>")
    return "".join(parts)


def search_text(task: Task) -> str:
    """What a task search matches: code, aliases, both titles and the official text."""
    return " ".join([task.code, *task.aliases, task.title, task.title_ru, task.text])
