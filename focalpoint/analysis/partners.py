"""Question 6: partners — OSCE structures, international organizations, NGOs, State
bodies — by Action Plan section (task area).

Partners are free text, so they are classified by an ordered rule list in
``resources/analysis/partner_rules.json`` (first matching regular expression wins; no match
is ``other``). Keeping the rules in data lets the Secretariat extend them without a code
change, and the analysis lists every partner under the kind it was given, so a wrong
classification is visible.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from focalpoint.analysis.figures import Tally, tallies, tally
from focalpoint.catalogue import Catalogue
from focalpoint.domain import Activity
from focalpoint.resources import RESOURCES_DIR

RULES_FILE = RESOURCES_DIR / "analysis" / "partner_rules.json"
OTHER = "other"


@dataclass(frozen=True)
class PartnerRules:
    kinds: tuple[str, ...]
    rules: tuple[tuple[str, re.Pattern[str]], ...]

    def classify(self, name: str) -> str:
        for kind, pattern in self.rules:
            if pattern.search(name):
                return kind
        return OTHER


def load_rules(path: Path = RULES_FILE) -> PartnerRules:
    """The rule list; a broken file is a clear error naming the rule (it ships with us)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    kinds = tuple(document["kinds"])
    if OTHER not in kinds:
        raise ValueError(f"{path}: kinds must include {OTHER!r}")
    rules = []
    for index, rule in enumerate(document["rules"]):
        if rule["kind"] not in kinds:
            raise ValueError(f"{path}: rules[{index}].kind: {rule['kind']!r} is not in kinds")
        try:
            rules.append((rule["kind"], re.compile(rule["pattern"], re.IGNORECASE)))
        except re.error as error:
            raise ValueError(f"{path}: rules[{index}].pattern: {error}") from None
    return PartnerRules(kinds, tuple(rules))


@cache
def default_rules() -> PartnerRules:
    return load_rules()


@dataclass(frozen=True)
class Partner:
    name: str
    kind: str
    ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "count": len(self.ids),
                "ids": list(self.ids)}


@dataclass(frozen=True)
class SectionPartners:
    code: str
    title: str
    kinds: tuple[Tally, ...]

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title,
                "by_kind": [k.to_json() for k in self.kinds]}


@dataclass(frozen=True)
class Partners:
    kinds: tuple[Tally, ...]
    """Activities with at least one partner of each kind (an activity counts once per kind)."""
    without_partner: Tally
    by_section: tuple[SectionPartners, ...]
    partners: tuple[Partner, ...]
    """Every partner name, most frequent first, with the kind it was classified as."""

    def to_json(self) -> dict[str, Any]:
        return {"by_kind": [k.to_json() for k in self.kinds],
                "without_partner": self.without_partner.to_json(),
                "by_section": [s.to_json() for s in self.by_section],
                "partners": [p.to_json() for p in self.partners]}


def partners(activities: Sequence[Activity], catalogue: Catalogue,
             rules: PartnerRules | None = None) -> Partners:
    rules = rules or default_rules()
    names: dict[str, tuple[str, set[str]]] = {}  # casefolded name -> (first spelling, ids)
    kind_of_name: dict[str, str] = {}  # each distinct name is classified once
    kinds_of: dict[str, set[str]] = {}  # activity id -> kinds of its partners
    for activity in activities:
        for name in activity.partners:
            key = name.casefold()
            spelled, ids = names.setdefault(key, (name, set()))
            ids.add(activity.id)
            if key not in kind_of_name:
                kind_of_name[key] = rules.classify(spelled)
            kinds_of.setdefault(activity.id, set()).add(kind_of_name[key])
    section_of = {task.code: task.section_code for task in catalogue.tasks()}
    by_kind: dict[str, set[str]] = {}
    by_section: dict[str, dict[str, set[str]]] = {}
    for activity in activities:
        areas = {section_of[code] for code in activity.task_codes if code in section_of}
        for kind in kinds_of.get(activity.id, set()):
            by_kind.setdefault(kind, set()).add(activity.id)
            for area in areas:
                by_section.setdefault(area, {}).setdefault(kind, set()).add(activity.id)
    sections = tuple(
        SectionPartners(section.code, section.title, tallies(rules.kinds, by_section[section.code]))
        for chapter in catalogue.chapters for section in chapter.sections
        if section.code in by_section)
    listed = sorted((Partner(spelled, kind_of_name[key], tuple(sorted(ids)))
                     for key, (spelled, ids) in names.items()),
                    key=lambda p: (-len(p.ids), p.name.casefold()))
    return Partners(tallies(rules.kinds, by_kind),
                    tally("without_partner", (a.id for a in activities if not a.partners)),
                    sections, tuple(listed))
