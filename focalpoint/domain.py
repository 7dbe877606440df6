"""The records a focal point keeps, as pydantic models.

These models are the single definition of what a valid activity or questionnaire response
is: the store validates through them before writing, the import file and the sync wire
format are their JSON form, and the Secretariat validates incoming changes with the same
classes. Checks that need the Action Plan catalogue (task codes) live in
:mod:`focalpoint.validation`, which takes the catalogue as an argument.
"""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from focalpoint.vocabularies import (
    ActivityStatus,
    ActivityType,
    EvaluationKind,
    FundingSource,
    ImplementationStatus,
    Rating,
    Recurrence,
    ResponseStatus,
    TargetAudience,
    TraffickingForm,
)

TITLE_MAX = 300
TEXT_MAX = 20_000
SHORT_MAX = 200
LIST_MAX = 100
AMOUNT_MAX = Decimal("1000000000000")
COUNT_MAX = 1_000_000_000

# Rules the models check themselves, as templates (see RuleError).
NOT_A_UUID = "must be a UUID such as 3f2b8c1e-..."
END_BEFORE_START = "{end} is before the start date {start}"
END_BEFORE_PERIOD_START = "{end} is before the period start {start}"
DUPLICATE_TASK_ENTRY = "more than one entry for the same task"
PARTS_EXCEED_TOTAL = "women, men and not recorded add up to {parts}, more than the total {total}"
PARTS_WITHOUT_TOTAL = "is required when women, men or not recorded are given"
DUPLICATE_INDICATOR = "{name} appears more than once"
EVALUATION_DETAILS_WITHOUT_KIND = (
    "is 'none' but a date or main finding is given (choose internal or external)"
)


class RuleError(ValueError):
    """A broken rule whose English text is ``"field: " + template.format(**params)``.

    ``field`` is relative to the model that checks the rule (``total`` in
    ``people_reached``); :func:`focalpoint.validation.problems_from` prefixes the path.

    The wording and the values stay apart so that :mod:`focalpoint.validation` can hand
    both to an interface that shows the message in another language.
    """

    def __init__(self, template: str, field: str = "", **params: str) -> None:
        self.template = template
        self.field = field
        self.params = params
        text = template.format(**params)
        super().__init__(f"{field}: {text}" if field else text)

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TITLE_MAX)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=TEXT_MAX)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=SHORT_MAX)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SHORT_MAX)]


def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


Currency = Annotated[str, BeforeValidator(_upper), StringConstraints(pattern=r"^[A-Z]{3}$")]
MissionCode = Annotated[
    str, BeforeValidator(_upper), StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9_-]{1,31}$")
]
TaskCode = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]
Amount = Annotated[Decimal, Field(ge=0, le=AMOUNT_MAX, max_digits=15, decimal_places=2)]
Count = Annotated[int, Field(ge=0, le=COUNT_MAX)]


def new_id() -> str:
    """A fresh entity id. Ids are UUID4 strings everywhere, on disk and on the wire."""
    return str(uuid.uuid4())


def _uuid(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise RuleError(NOT_A_UUID) from None


#: Every entity is keyed by a UUID (normalised to lower-case hyphenated text).
EntityId = Annotated[str, AfterValidator(_uuid)]


def _unique(values: list[str]) -> list[str]:
    """Drop repeated tags while keeping the user's order (a tag typed twice is one tag)."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


class StrictModel(BaseModel):
    """Refuses unknown fields, so a typo in an import file is reported, not ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class FundingLine(StrictModel):
    source: FundingSource
    donor: ShortText = ""
    amount: Amount = Decimal("0")
    currency: Currency = "EUR"


class PeopleReached(StrictModel):
    """Participants of an activity; the sex split is optional and never exceeds the total.

    Why parts and total both: a focal point often knows the head count but not the split;
    ``not_recorded`` says how much of the total the split does not cover, so the analysis can
    say "of 120 participants, 40 women and 60 men; 20 not recorded".
    """

    total: Count | None = None
    women: Count | None = None
    men: Count | None = None
    not_recorded: Count | None = None

    @model_validator(mode="after")
    def _parts_fit_total(self) -> PeopleReached:
        parts = [p for p in (self.women, self.men, self.not_recorded) if p is not None]
        if parts and self.total is None:
            raise RuleError(PARTS_WITHOUT_TOTAL, "total")
        if self.total is not None and sum(parts) > self.total:
            raise RuleError(PARTS_EXCEED_TOTAL, parts=str(sum(parts)),
                            total=str(self.total))
        return self

    @property
    def recorded(self) -> bool:
        return self.total is not None


class OutcomeIndicator(StrictModel):
    """A named number that shows a result (materials published, cases referred, ...)."""

    name: Tag
    value: Count


class Evaluation(StrictModel):
    """Whether and how the activity was evaluated (recommendation 8 asks for evaluation)."""

    kind: EvaluationKind = EvaluationKind.NONE
    date: dt.date | None = None
    finding: LongText = ""

    @model_validator(mode="after")
    def _details_need_kind(self) -> Evaluation:
        if self.kind == EvaluationKind.NONE and (self.date is not None or self.finding):
            raise RuleError(EVALUATION_DETAILS_WITHOUT_KIND, "kind")
        return self


class Factor(StrictModel):
    """One sustainability factor: a rating and the focal point's note on it."""

    rating: Rating = Rating.UNKNOWN
    note: LongText = ""


class Sustainability(StrictModel):
    """The three factors of the 2006 report's recommendation 8."""

    adequacy: Factor = Field(default_factory=Factor)
    """Is the activity adequate to the needs it addresses?"""
    national_ownership: Factor = Field(default_factory=Factor)
    """Do national partners own it?"""
    infrastructure: Factor = Field(default_factory=Factor)
    """Is there infrastructure that sustains the benefit after donor funding ends?"""

    FACTORS: ClassVar[tuple[str, ...]] = ("adequacy", "national_ownership", "infrastructure")

    def factor(self, name: str) -> Factor:
        factor: Factor = getattr(self, name)
        return factor


class Activity(StrictModel):
    """One anti-trafficking activity of the mission, mapped to Action Plan tasks."""

    id: EntityId = Field(default_factory=new_id)
    title: Title
    description: LongText = ""
    activity_type: ActivityType
    status: ActivityStatus = ActivityStatus.PLANNED
    start_date: date | None = None
    end_date: date | None = None
    recurrence: Recurrence = Recurrence.ONE_OFF
    locations: list[Tag] = Field(default_factory=list, max_length=LIST_MAX)
    partners: list[Tag] = Field(default_factory=list, max_length=LIST_MAX)
    audiences: list[TargetAudience] = Field(default_factory=list, max_length=LIST_MAX)
    forms: list[TraffickingForm] = Field(default_factory=list, max_length=LIST_MAX)
    funding: list[FundingLine] = Field(default_factory=list, max_length=LIST_MAX)
    outcome: LongText = ""
    task_codes: list[TaskCode] = Field(min_length=1, max_length=LIST_MAX)
    # Results (2006 report, recommendation 8). All optional: an activity recorded before
    # they existed (an older store or sync client) keeps its defaults, "not recorded".
    people_reached: PeopleReached = Field(default_factory=PeopleReached)
    outcome_indicators: list[OutcomeIndicator] = Field(default_factory=list, max_length=LIST_MAX)
    evaluation: Evaluation = Field(default_factory=Evaluation)
    sustainability: Sustainability = Field(default_factory=Sustainability)

    @field_validator("locations", "partners")
    @classmethod
    def _dedupe_tags(cls, value: list[str]) -> list[str]:
        return _unique(value)

    @field_validator("audiences", "forms", "task_codes")
    @classmethod
    def _dedupe(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))

    @field_validator("outcome_indicators")
    @classmethod
    def _indicator_names_unique(cls, value: list[OutcomeIndicator]) -> list[OutcomeIndicator]:
        seen: set[str] = set()
        for index, indicator in enumerate(value):
            key = indicator.name.casefold()
            if key in seen:
                raise RuleError(DUPLICATE_INDICATOR, f"[{index}].name", name=repr(indicator.name))
            seen.add(key)
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> Activity:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise RuleError(END_BEFORE_START, "end_date", end=self.end_date.isoformat(),
                            start=self.start_date.isoformat())
        return self

    @property
    def year(self) -> int | None:
        return self.start_date.year if self.start_date else None


class MissionProfile(StrictModel):
    """Who this store belongs to. One per store; the code is the mission's sync identity."""

    code: MissionCode
    name: Title
    focal_point_name: ShortText = ""
    focal_point_post: ShortText = ""
    is_field_operation: bool = True


class StaffPost(StrictModel):
    year: Annotated[int, Field(ge=1990, le=2100)]
    source: FundingSource
    post: Tag
    count: Annotated[Decimal, Field(ge=0, le=10_000, decimal_places=2)] = Decimal("1")


class BudgetLine(StrictModel):
    year: Annotated[int, Field(ge=1990, le=2100)]
    source: FundingSource
    description: Tag
    amount: Amount
    currency: Currency = "EUR"


class TaskEntry(StrictModel):
    """The mission's answer for one Action Plan task (questionnaire Part 2)."""

    task_code: TaskCode
    status: ImplementationStatus = ImplementationStatus.NOT_STARTED
    comment: LongText = ""
    challenges: LongText = ""


class QuestionnaireResponse(StrictModel):
    """The mission's answer to the Secretariat's two-part questionnaire for one period."""

    id: EntityId = Field(default_factory=new_id)
    period_start: date
    period_end: date
    status: ResponseStatus = ResponseStatus.DRAFT
    submitted_at: datetime | None = None
    #: The submitted response the Secretariat returned and this one revises (version n+1).
    revises: EntityId | None = None
    respondent_name: ShortText = ""
    respondent_post: ShortText = ""
    goal_setting: LongText = ""
    priorities: LongText = ""
    resources: LongText = ""
    staff_posts: list[StaffPost] = Field(default_factory=list, max_length=1000)
    budget_lines: list[BudgetLine] = Field(default_factory=list, max_length=1000)
    task_entries: list[TaskEntry] = Field(default_factory=list, max_length=1000)

    @model_validator(mode="after")
    def _period_in_order(self) -> QuestionnaireResponse:
        if self.period_end < self.period_start:
            raise RuleError(END_BEFORE_PERIOD_START, "period_end",
                            end=self.period_end.isoformat(), start=self.period_start.isoformat())
        codes = [entry.task_code for entry in self.task_entries]
        if len(codes) != len(set(codes)):
            raise RuleError(DUPLICATE_TASK_ENTRY, "task_entries")
        return self

    def entry(self, task_code: str) -> TaskEntry | None:
        for entry in self.task_entries:
            if entry.task_code == task_code:
                return entry
        return None
