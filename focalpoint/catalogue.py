"""The OSCE Action Plan catalogue: chapters, sections and the tasks given to OSCE bodies.

It is versioned *data* (``resources/actionplan/catalogue.json``) because the Secretariat
may publish newer versions through sync, so it is validated strictly on load: activities
must never map to an ambiguous (duplicate code/alias), misplaced or unowned task. Every
failure is a :class:`CatalogueError` naming source, task and field, never a raw traceback.
Misprinted codes in the source report ("7.2", "VI.15.1") are kept as task aliases, so
:meth:`Catalogue.task` accepts what users copy from the report.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from focalpoint.resources import RESOURCES_DIR

DEFAULT_CATALOGUE_PATH: Path = RESOURCES_DIR / "actionplan" / "catalogue.json"

_CHAPTER_RE = r"^[IVX]+$"
_SECTION_RE = r"^[IVX]+\.[0-9]+$"
_TASK_RE = r"^[IVX]+\.[0-9]+\.[0-9]+$"
_T = TypeVar("_T")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
TITLE_MAX = 100


class CatalogueError(ValueError):
    """A catalogue file or text is unusable; the message names file, task and field."""


def normalize_code(code: str) -> str:
    """Lookup key: the report prints ``V. 11. 2.`` or ``IV.6.1.``; spacing must not matter."""
    return re.sub(r"\s+", "", code).rstrip(".").upper()


def _require(ok: bool, message: str) -> None:
    """Raise the ValueError that pydantic turns into a validation error for the catalogue."""
    if not ok:
        raise ValueError(message)


class _Model(BaseModel):
    """Frozen and strict: the catalogue is shared (cached) and typos must not pass silently."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Body(_Model):
    """An OSCE body that the Action Plan gives tasks to (``code`` is what tasks refer to)."""

    code: str = Field(min_length=1)
    name: str = Field(min_length=1)


class Task(_Model):
    """One Action Plan task for OSCE bodies, with its full text as the source quotes it."""

    code: str = Field(pattern=_TASK_RE)
    text: str = Field(min_length=1)
    bodies: list[str] = Field(min_length=1)
    field_operations: bool
    aliases: list[str] = Field(default_factory=list)
    #: A few words naming the task, for lists and filters (not part of the Action Plan).
    title: str = Field(default="", max_length=TITLE_MAX)
    #: Unofficial working translation of ``title``; ``text`` stays the text of record.
    title_ru: str = Field(default="", max_length=TITLE_MAX)

    @property
    def section_code(self) -> str:
        """Derived, not stored, so it can never disagree with ``code``."""
        return self.code.rsplit(".", 1)[0]

    @property
    def chapter_code(self) -> str:
        """Derived, not stored, so it can never disagree with ``code``."""
        return self.code.split(".", 1)[0]


class Section(_Model):
    """A section of a chapter; ``printed_as`` records a misprinted heading in the source."""

    code: str = Field(pattern=_SECTION_RE)
    title: str = Field(min_length=1)
    printed_as: str | None = None
    tasks: list[Task] = Field(min_length=1)
    title_ru: str = Field(default="", max_length=TITLE_MAX)


class Chapter(_Model):
    """An Action Plan chapter (III, IV, V)."""

    code: str = Field(pattern=_CHAPTER_RE)
    title: str = Field(min_length=1)
    sections: list[Section] = Field(min_length=1)
    title_ru: str = Field(default="", max_length=TITLE_MAX)


class Catalogue(_Model):
    """The whole catalogue, with lookup tables built once at construction."""

    format: Literal["focalpoint-catalogue"]
    version: str = Field(min_length=1)
    title: str = Field(min_length=1)
    source: str = Field(min_length=1)
    bodies: list[Body] = Field(min_length=1)
    chapters: list[Chapter] = Field(min_length=1)
    #: Says who made the ``title_ru`` texts and that they are not official; required
    #: whenever any ``title_ru`` is present, so a translation is never mistaken for the
    #: OSCE's own wording.
    translation_note: str = ""

    _tasks: list[Task] = PrivateAttr(default_factory=list)
    _task_keys: dict[str, Task] = PrivateAttr(default_factory=dict)
    _sections: dict[str, Section] = PrivateAttr(default_factory=dict)
    _chapters: dict[str, Chapter] = PrivateAttr(default_factory=dict)
    _section_of: dict[str, Section] = PrivateAttr(default_factory=dict)
    _bodies: dict[str, Body] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Check cross-references and build the indexes; pydantic reports a ValueError here."""
        for body in self.bodies:
            _require(body.code not in self._bodies, f"bodies: code {body.code!r} is declared twice")
            self._bodies[body.code] = body
        for chapter in self.chapters:
            _require(chapter.code not in self._chapters, f"chapter {chapter.code}: code used twice")
            self._chapters[chapter.code] = chapter
            for section in chapter.sections:
                self._add_section(chapter, section)
        self._check_translations()

    def _check_translations(self) -> None:
        """A Russian title must be Russian text and the file must say it is unofficial."""
        named: list[tuple[str, str]] = [(f"chapter {c.code}", c.title_ru) for c in self.chapters]
        for chapter in self.chapters:
            for section in chapter.sections:
                named.append((f"section {section.code}", section.title_ru))
                named += [(f"task {task.code}", task.title_ru) for task in section.tasks]
        for where, text in named:
            _require(not text or bool(_CYRILLIC.search(text)),
                     f"{where}: field 'title_ru' must be Russian text (got {text!r})")
        _require(not any(text for _where, text in named) or bool(self.translation_note.strip()),
                 "translation_note: required when titles are translated (say they are "
                 "unofficial and who made them)")

    def _add_section(self, chapter: Chapter, section: Section) -> None:
        """Index one section and its tasks, rejecting anything ambiguous or misplaced."""
        code, where = section.code, f"section {section.code}"
        _require(
            code.startswith(f"{chapter.code}."), f"{where}: code must start with '{chapter.code}.'"
        )
        _require(code not in self._sections, f"{where}: code used twice")
        self._sections[code] = section
        for task in section.tasks:
            where = f"task {task.code}"
            _require(task.code.startswith(f"{code}."), f"{where}: code must start with '{code}.'")
            for body in task.bodies:
                _require(body in self._bodies, f"{where}: field 'bodies': undeclared body {body!r}")
            fo_needed = bool({"FIELD", "OSCE"} & set(task.bodies))
            _require(
                task.field_operations or not fo_needed, f"{where}: field_operations must be true"
            )
            for key in dict.fromkeys(map(normalize_code, [task.code, *task.aliases])):
                other = self._task_keys.setdefault(key, task)
                _require(other is task, f"{where}: code/alias {key!r} already used by {other.code}")
            self._tasks.append(task)
            self._section_of[task.code] = section

    def tasks(self) -> list[Task]:
        """All tasks in catalogue order (a copy, so callers cannot disturb the index)."""
        return list(self._tasks)

    def task_codes(self) -> list[str]:
        """Canonical task codes in catalogue order."""
        return [task.code for task in self._tasks]

    def resolve(self, code: str) -> str | None:
        """Canonical code for a code or alias as printed anywhere, or None if unknown."""
        task = self._task_keys.get(normalize_code(code))
        return task.code if task is not None else None

    def has_task(self, code: str) -> bool:
        """Whether ``code`` (canonical or alias) names a task in this catalogue."""
        return normalize_code(code) in self._task_keys

    def _lookup(self, table: dict[str, _T], key: str, code: str, kind: str) -> _T:
        """One KeyError wording for every lookup, naming what was asked and the version."""
        try:
            return table[key]
        except KeyError:
            raise KeyError(f"no {kind} {code!r} in catalogue version {self.version}") from None

    def task(self, code: str) -> Task:
        """The task for a canonical code or alias (spaces and a trailing dot tolerated)."""
        return self._lookup(self._task_keys, normalize_code(code), code, "Action Plan task")

    def section(self, code: str) -> Section:
        """The section with this canonical code (spaces and a trailing dot tolerated)."""
        return self._lookup(self._sections, normalize_code(code), code, "Action Plan section")

    def chapter(self, code: str) -> Chapter:
        """The chapter with this code (III, IV, V)."""
        return self._lookup(self._chapters, normalize_code(code), code, "Action Plan chapter")

    def section_of(self, task_code: str) -> Section:
        """The section holding a task (code or alias)."""
        return self._section_of[self.task(task_code).code]

    def chapter_of(self, task_code: str) -> Chapter:
        """The chapter holding a task (code or alias)."""
        return self._chapters[self.task(task_code).chapter_code]

    def body_name(self, code: str) -> str:
        """Full name of a body code, for display."""
        return self._lookup(self._bodies, code, code, "OSCE body").name

    @classmethod
    def from_json(cls, text: str, source: str = "<string>") -> Catalogue:
        """Parse and validate catalogue JSON; any problem becomes a CatalogueError."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            raise CatalogueError(f"{source}: not valid JSON: {exc.msg} ({where})") from None
        if not isinstance(data, dict):
            raise CatalogueError(f"{source}: expected a JSON object at the top level")
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise CatalogueError(f"{source}: {_describe(exc, data)}") from None

    def to_json(self) -> str:
        """Canonical JSON text (the bundled file is in exactly this form)."""
        return json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _describe(exc: ValidationError, data: Any) -> str:
    """Turn pydantic errors into 'chapters[0].sections[0].tasks[1].bodies (in III.9.2): ...'."""
    parts = []
    for error in exc.errors()[:3]:
        path, node, owner = "", data, ""
        for item in error["loc"]:
            path += f"[{item}]" if isinstance(item, int) else (f".{item}" if path else str(item))
            try:
                node = node[item]
            except (KeyError, IndexError, TypeError):
                node = None
            if isinstance(node, dict) and isinstance(node.get("code"), str):
                owner = node["code"]
        where = f"{path} (in {owner})" if owner else path
        message = str(error["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    more = len(exc.errors()) - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


@functools.cache
def _default_catalogue() -> Catalogue:
    """The bundled catalogue is immutable, so it is parsed once per process."""
    return load_catalogue(DEFAULT_CATALOGUE_PATH)


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Load a catalogue file (errors name the file), or the bundled one, cached, if None."""
    if path is None:
        return _default_catalogue()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot read catalogue: {exc}") from None
    return Catalogue.from_json(text, source=str(path))
