"""Each question as a chart and the table of numbers behind it (no Qt, no reportlab).

Why here and not in the views: the desktop Analysis view and the PDF annex draw the same
charts and tables, and a test compares their numbers with ``focalpoint analysis --json``.
Texts are English; :data:`TEXTS` lists every one so the interface can translate them
(``focalpoint/ui/analysis_texts.py`` marks them for the translators). Category labels of
vocabularies are given as ``(vocabulary, value)`` so each view labels them its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from focalpoint.analysis.analysis import Analysis
from focalpoint.analysis.figures import Tally, money
from focalpoint.vocabularies import (
    EvaluationKind,
    FundingSource,
    Rating,
    Recurrence,
    TargetAudience,
    TraffickingForm,
    Vocabulary,
)

#: A label: English text (translated by the interface through :data:`TEXTS`), data such
#: as a task code or a partner's name (shown as it is), or a vocabulary member (a ``str``
#: subclass) that each view labels itself — see :func:`english`.
Label = str


def english(label: Label) -> str:
    """The English text of a label (a vocabulary member's label, else the text)."""
    return label.label if isinstance(label, Vocabulary) else label


@dataclass(frozen=True)
class Cell:
    """A table cell; ``ids`` (possibly empty) makes it open the activities it counted."""

    text: str
    ids: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Bar:
    """One category of a chart: one value per series, each with the activities behind it
    (``None`` for values that are not activity counts, e.g. amounts or task counts)."""

    label: Label
    values: tuple[float, ...]
    ids: tuple[tuple[str, ...] | None, ...]


@dataclass(frozen=True)
class Chart:
    series: tuple[str, ...]
    bars: tuple[Bar, ...]
    unit: str = "activities"


@dataclass(frozen=True)
class Table:
    headers: tuple[Label, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Figure:
    key: str
    """The question's key in :meth:`Analysis.to_json`."""
    title: str
    chart: Chart
    tables: tuple[Table, ...]
    note: str = ""
    """A one-line finding with ``%1``, ``%2``... placeholders (translatable as a whole)."""
    note_args: tuple[str, ...] = ()

    def note_text(self, template: str | None = None) -> str:
        """The note with its values put in (``template``: the note in another language)."""
        text = self.note if template is None else template
        for index, value in reversed(list(enumerate(self.note_args, start=1))):
            text = text.replace(f"%{index}", value)
        return text


def _count(t: Tally) -> Cell:
    return Cell(str(t.count), t.ids)


def _pct(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.0f}%" if whole else "–"


def tasks_figure(result: Analysis) -> Figure:
    cov = result.tasks
    bars = tuple(Bar(f"{s.code} {s.title}", (float(len(s.covered)), float(len(s.gaps))),
                     (None, None)) for s in cov.sections)
    by_task = {t.key: t for t in cov.tasks}
    rows = tuple((Cell(t.key), Cell("with activities" if t.count else "gap"), _count(t))
                 for t in by_task.values())
    sections = tuple((Cell(f"{s.code} {s.title}"), Cell(str(len(s.covered))),
                      Cell(str(len(s.gaps))), Cell(str(len(s.ids)), s.ids))
                     for s in cov.sections)
    return Figure("tasks", "Action Plan tasks with and without activities",
                  Chart(("tasks with activities", "tasks without (gaps)"), bars, unit="tasks"),
                  (Table(("Section", "Tasks with activities", "Gaps", "Activities"), sections),
                   Table(("Task", "Coverage", "Activities"), rows)),
                  note="%1 of %2 applicable tasks have activities; gaps: %3.",
                  note_args=(str(len(cov.covered)), str(len(cov.tasks)),
                             ", ".join(cov.gaps) or "–"))


def _vocab(vocabulary: type[Vocabulary], key: str) -> Label:
    try:
        return vocabulary(key)
    except ValueError:
        return "Not recorded" if key == "not_recorded" else key


def forms_figure(result: Analysis) -> Figure:
    overall, awareness = result.forms.overall, result.forms.awareness
    aware = {t.key: t for t in awareness.forms}
    bars = tuple(Bar(_vocab(TraffickingForm, t.key), (float(t.count), float(aware[t.key].count)),
                     (t.ids, aware[t.key].ids)) for t in overall.forms)
    rows = tuple((Cell(_vocab(TraffickingForm, t.key)), _count(t), _count(aware[t.key]))
                 for t in overall.forms)
    sexual = aware["sexual_exploitation"].count
    return Figure("forms", "Forms of trafficking addressed",
                  Chart(("all activities", "awareness-raising"), bars),
                  (Table(("Form of trafficking", "All activities", "Awareness-raising"), rows),),
                  note="%1 activities, of which %2 awareness-raising; %3 of those address "
                       "sexual exploitation (%4).",
                  note_args=(str(overall.activities.count), str(awareness.activities.count),
                             str(sexual), _pct(sexual, awareness.activities.count)))


def audiences_figure(result: Analysis) -> Figure:
    reach = result.audiences
    shown = [t for t in reach.audiences if t.count]
    bars = tuple(Bar(_vocab(TargetAudience, t.key), (float(t.count),), (t.ids,)) for t in shown)
    rows = tuple((Cell(_vocab(TargetAudience, t.key)), _count(t)) for t in shown)
    p = reach.people
    people = ((Cell("Total"), Cell(str(p.total), p.recorded.ids)),
              (Cell("Women"), Cell(str(p.women), p.split.ids)),
              (Cell("Men"), Cell(str(p.men), p.split.ids)),
              (Cell("Not recorded"), Cell(str(p.not_recorded), p.recorded.ids)),
              (Cell("Activities with a participant count"), _count(p.recorded)),
              (Cell("Activities without one"), _count(p.missing)))
    return Figure("audiences", "Audiences reached and people reached",
                  Chart(("activities",), bars),
                  (Table(("Audience", "Activities"), rows), Table(("People reached", ""), people)),
                  note="%1 people reached in %2 activities (women %3, men %4, not recorded "
                       "%5); %6 activities without a count.",
                  note_args=(str(p.total), str(p.recorded.count), str(p.women), str(p.men),
                             str(p.not_recorded), str(p.missing.count)))


FACTORS = (("adequacy", "Adequacy to needs"), ("national_ownership", "National ownership"),
           ("infrastructure", "Infrastructure after donor funding"))


def results_figure(result: Analysis) -> Figure:
    res = result.results
    rec = {t.key: t for t in res.recurrence}
    ev = {t.key: t for t in res.evaluation}
    bars = [Bar(Recurrence(k), (float(rec[k].count),), (rec[k].ids,)) for k in rec]
    bars += [Bar(EvaluationKind(k), (float(ev[k].count),), (ev[k].ids,)) for k in ev]
    for key, name in FACTORS:
        yes = {t.key: t for t in res.sustainability[key]}[Rating.YES.value]
        bars.append(Bar(f"{name}: yes", (float(yes.count),), (yes.ids,)))  # in TEXTS
    basics = tuple((Cell(Recurrence(k)), _count(rec[k])) for k in rec) + tuple(
        (Cell(EvaluationKind(k)), _count(ev[k])) for k in ev)
    matrix = tuple((Cell(name), *(_count(t) for t in res.sustainability[key]))
                   for key, name in FACTORS)
    total = result.activities.count
    return Figure("results", "One-off or recurring, evaluation and sustainability",
                  Chart(("activities",), tuple(bars)),
                  (Table(("", "Activities"), basics),
                   Table(("Sustainability (recommendation 8)", *(r for r in Rating)), matrix)),
                  note="%1 of %2 activities one-off (%3); %4 evaluated (%5).",
                  note_args=(str(rec["one_off"].count), str(total),
                             _pct(rec["one_off"].count, total), str(res.evaluated.count),
                             _pct(res.evaluated.count, total)))


def funding_figure(result: Analysis) -> Figure:
    money_ = result.funding
    bars = tuple(Bar(f"{s.year or 'undated'} {s.currency}",
                     (float(s.unified_budget), float(s.extrabudgetary)), (None, None))
                 for s in money_.shares)
    source_ids = {(r.year, r.source, r.currency): r.ids for r in money_.by_source}
    shares = tuple(
        (Cell(str(s.year or "undated")), Cell(s.currency),
         Cell(money(s.unified_budget),
              source_ids.get((s.year, FundingSource.UNIFIED_BUDGET.value, s.currency), ())),
         Cell(money(s.extrabudgetary),
              source_ids.get((s.year, FundingSource.EXTRABUDGETARY.value, s.currency), ())),
         Cell("–" if s.extrabudgetary_share is None else f"{s.extrabudgetary_share * 100:.1f}%"))
        for s in money_.shares)
    donors = tuple((Cell(str(r.year or "undated")), Cell(FundingSource(r.source)),
                    Cell(r.donor or "—"), Cell(r.currency), Cell(money(r.amount), r.ids))
                   for r in money_.by_donor)
    return Figure("funding", "Funding: Unified Budget and extrabudgetary",
                  Chart(("Unified Budget", "Extrabudgetary"), bars, unit="amount"),
                  (Table(("Year", "Currency", FundingSource.UNIFIED_BUDGET,
                          FundingSource.EXTRABUDGETARY, "Extrabudgetary share"), shares),
                   Table(("Year", "Source", "Donor", "Currency", "Amount"), donors)),
                  note="Amounts per currency, never added across currencies; %1 activities "
                       "without funding.",
                  note_args=(str(money_.unfunded.count),))


KINDS = {"osce": "OSCE structures", "international": "International organizations",
         "ngo": "NGOs", "state": "State bodies", "other": "Other / unclassified"}


def partners_figure(result: Analysis) -> Figure:
    part = result.partners
    bars = tuple(Bar(KINDS.get(t.key, t.key), (float(t.count),), (t.ids,)) for t in part.kinds)
    kinds = [t.key for t in part.kinds]
    matrix = tuple((Cell(f"{s.code} {s.title}"), *(_count(t) for t in s.kinds))
                   for s in part.by_section)
    names = tuple((Cell(p.name), Cell(KINDS.get(p.kind, p.kind)), Cell(str(len(p.ids)), p.ids))
                  for p in part.partners)
    return Figure("partners", "Partners by kind and task area",
                  Chart(("activities",), bars),
                  (Table(("Section", *(KINDS.get(k, k) for k in kinds)), matrix),
                   Table(("Partner", "Kind", "Activities"), names)),
                  note="%1 activities without a partner.",
                  note_args=(str(part.without_partner.count),))


BUILDERS: tuple[Callable[[Analysis], Figure], ...] = (
    tasks_figure, forms_figure, audiences_figure, results_figure, funding_figure,
    partners_figure)


def figures(result: Analysis) -> list[Figure]:
    """The six figures in the order of the questions."""
    return [build(result) for build in BUILDERS]


#: Every fixed English text the figures use, for the interface's translations.
TEXTS: tuple[str, ...] = (
    "Action Plan tasks with and without activities", "tasks with activities",
    "tasks without (gaps)", "tasks", "Section", "Tasks with activities", "Gaps", "Activities",
    "Task", "Coverage", "with activities", "gap",
    "%1 of %2 applicable tasks have activities; gaps: %3.",
    "Forms of trafficking addressed", "all activities", "awareness-raising",
    "Form of trafficking", "All activities", "Awareness-raising", "Not recorded",
    "%1 activities, of which %2 awareness-raising; %3 of those address sexual exploitation "
    "(%4).",
    "Audiences reached and people reached", "activities", "Audience", "People reached",
    "Total", "Women", "Men", "Activities with a participant count", "Activities without one",
    "%1 people reached in %2 activities (women %3, men %4, not recorded %5); %6 activities "
    "without a count.",
    "One-off or recurring, evaluation and sustainability", "Adequacy to needs",
    "National ownership", "Infrastructure after donor funding", "Adequacy to needs: yes",
    "National ownership: yes", "Infrastructure after donor funding: yes",
    "Sustainability (recommendation 8)",
    "%1 of %2 activities one-off (%3); %4 evaluated (%5).",
    "Funding: Unified Budget and extrabudgetary", "Unified Budget", "amount",
    "Year", "Currency", "Extrabudgetary", "Extrabudgetary share", "Source", "Donor", "Amount",
    "undated",
    "Amounts per currency, never added across currencies; %1 activities without funding.",
    "Partners by kind and task area", "OSCE structures", "International organizations",
    "NGOs", "State bodies", "Other / unclassified", "Partner", "Kind",
    "%1 activities without a partner.",
)
