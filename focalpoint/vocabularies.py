"""Controlled vocabularies shared by the store, the wire protocol, the PDF and the GUI.

The stored and transmitted value is always the enum's value (a stable ASCII slug); the
English label is for display only and is translated by the interface layer. Values are
taken from the kinds of activity the 2006 OSCE report describes (Part III examples), so
that a focal point can classify every real activity without resorting to "other".
"""

from __future__ import annotations

from enum import StrEnum


class Vocabulary(StrEnum):
    """Base for controlled vocabularies: a stable value plus an English label."""

    @property
    def label(self) -> str:
        return LABELS[self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, LABELS[member]) for member in cls]


class ActivityType(Vocabulary):
    TRAINING = "training"
    WORKSHOP = "workshop"
    ROUND_TABLE = "round_table"
    CONFERENCE = "conference"
    STUDY_TOUR = "study_tour"
    RESEARCH = "research"
    PUBLICATION = "publication"
    AWARENESS_CAMPAIGN = "awareness_campaign"
    LEGISLATIVE_REVIEW = "legislative_review"
    POLICY_ADVICE = "policy_advice"
    TRIAL_MONITORING = "trial_monitoring"
    NRM_ASSESSMENT = "nrm_assessment"
    NGO_PROJECT_SUPPORT = "ngo_project_support"
    HOTLINE_SUPPORT = "hotline_support"
    SHELTER_SUPPORT = "shelter_support"
    COORDINATION_MEETING = "coordination_meeting"
    DATA_COLLECTION = "data_collection"
    OTHER = "other"


class ActivityStatus(Vocabulary):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Recurrence(Vocabulary):
    ONE_OFF = "one_off"
    RECURRING = "recurring"


class TargetAudience(Vocabulary):
    POLICE = "police"
    BORDER_GUARDS = "border_guards"
    PROSECUTORS = "prosecutors"
    JUDGES = "judges"
    LABOUR_INSPECTORS = "labour_inspectors"
    CONSULAR_STAFF = "consular_staff"
    GOVERNMENT_OFFICIALS = "government_officials"
    PARLIAMENTARIANS = "parliamentarians"
    SOCIAL_WORKERS = "social_workers"
    HEALTH_WORKERS = "health_workers"
    NGOS = "ngos"
    MEDIA = "media"
    TEACHERS = "teachers"
    STUDENTS_YOUTH = "students_youth"
    CHILDREN = "children"
    VICTIMS = "victims"
    MIGRANTS = "migrants"
    ROMA_SINTI = "roma_sinti"
    PRIVATE_SECTOR = "private_sector"
    MILITARY_PEACEKEEPERS = "military_peacekeepers"
    OSCE_STAFF = "osce_staff"
    GENERAL_PUBLIC = "general_public"


class TraffickingForm(Vocabulary):
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    LABOUR_EXPLOITATION = "labour_exploitation"
    FORCED_BONDED_LABOUR = "forced_bonded_labour"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    CHILD_TRAFFICKING = "child_trafficking"
    INTERNAL_TRAFFICKING = "internal_trafficking"
    FORCED_BEGGING = "forced_begging"
    REMOVAL_OF_ORGANS = "removal_of_organs"
    ALL_FORMS = "all_forms"


class FundingSource(Vocabulary):
    UNIFIED_BUDGET = "unified_budget"
    EXTRABUDGETARY = "extrabudgetary"


class EvaluationKind(Vocabulary):
    """Whether an activity's results were evaluated, and by whom (2006 report, rec. 8)."""

    NONE = "none"
    INTERNAL = "internal"
    EXTERNAL = "external"


class Rating(Vocabulary):
    """How far one sustainability factor of recommendation 8 is met."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    UNKNOWN = "unknown"


class ImplementationStatus(Vocabulary):
    """How far a mission has implemented one Action Plan task (questionnaire Part 2)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    CONTINUOUS = "continuous"
    NOT_APPLICABLE = "not_applicable"


class ResponseStatus(Vocabulary):
    DRAFT = "draft"
    SUBMITTED = "submitted"


LABELS: dict[Vocabulary, str] = {
    ActivityType.TRAINING: "Training",
    ActivityType.WORKSHOP: "Workshop",
    ActivityType.ROUND_TABLE: "Round table",
    ActivityType.CONFERENCE: "Conference",
    ActivityType.STUDY_TOUR: "Study tour",
    ActivityType.RESEARCH: "Research",
    ActivityType.PUBLICATION: "Publication",
    ActivityType.AWARENESS_CAMPAIGN: "Awareness campaign",
    ActivityType.LEGISLATIVE_REVIEW: "Legislative review",
    ActivityType.POLICY_ADVICE: "Policy advice",
    ActivityType.TRIAL_MONITORING: "Trial monitoring",
    ActivityType.NRM_ASSESSMENT: "NRM assessment",
    ActivityType.NGO_PROJECT_SUPPORT: "Support to NGO project",
    ActivityType.HOTLINE_SUPPORT: "Hotline support",
    ActivityType.SHELTER_SUPPORT: "Shelter support",
    ActivityType.COORDINATION_MEETING: "Co-ordination meeting",
    ActivityType.DATA_COLLECTION: "Data collection",
    ActivityType.OTHER: "Other",
    ActivityStatus.PLANNED: "Planned",
    ActivityStatus.ONGOING: "Ongoing",
    ActivityStatus.COMPLETED: "Completed",
    ActivityStatus.CANCELLED: "Cancelled",
    Recurrence.ONE_OFF: "One-off",
    Recurrence.RECURRING: "Recurring",
    TargetAudience.POLICE: "Police",
    TargetAudience.BORDER_GUARDS: "Border guards",
    TargetAudience.PROSECUTORS: "Prosecutors",
    TargetAudience.JUDGES: "Judges",
    TargetAudience.LABOUR_INSPECTORS: "Labour inspectors",
    TargetAudience.CONSULAR_STAFF: "Consular staff",
    TargetAudience.GOVERNMENT_OFFICIALS: "Government officials",
    TargetAudience.PARLIAMENTARIANS: "Parliamentarians",
    TargetAudience.SOCIAL_WORKERS: "Social workers",
    TargetAudience.HEALTH_WORKERS: "Health workers",
    TargetAudience.NGOS: "NGOs",
    TargetAudience.MEDIA: "Media",
    TargetAudience.TEACHERS: "Teachers",
    TargetAudience.STUDENTS_YOUTH: "Students and youth",
    TargetAudience.CHILDREN: "Children",
    TargetAudience.VICTIMS: "Victims of trafficking",
    TargetAudience.MIGRANTS: "Migrants",
    TargetAudience.ROMA_SINTI: "Roma and Sinti communities",
    TargetAudience.PRIVATE_SECTOR: "Private sector",
    TargetAudience.MILITARY_PEACEKEEPERS: "Military and peacekeepers",
    TargetAudience.OSCE_STAFF: "OSCE staff",
    TargetAudience.GENERAL_PUBLIC: "General public",
    TraffickingForm.SEXUAL_EXPLOITATION: "Sexual exploitation",
    TraffickingForm.LABOUR_EXPLOITATION: "Labour exploitation",
    TraffickingForm.FORCED_BONDED_LABOUR: "Forced or bonded labour",
    TraffickingForm.DOMESTIC_SERVITUDE: "Domestic servitude",
    TraffickingForm.CHILD_TRAFFICKING: "Child trafficking",
    TraffickingForm.INTERNAL_TRAFFICKING: "Internal trafficking",
    TraffickingForm.FORCED_BEGGING: "Forced begging",
    TraffickingForm.REMOVAL_OF_ORGANS: "Removal of organs",
    TraffickingForm.ALL_FORMS: "All forms",
    FundingSource.UNIFIED_BUDGET: "Unified Budget",
    FundingSource.EXTRABUDGETARY: "Extrabudgetary",
    EvaluationKind.NONE: "Not evaluated",
    EvaluationKind.INTERNAL: "Internal evaluation",
    EvaluationKind.EXTERNAL: "External evaluation",
    Rating.YES: "Yes",
    Rating.PARTLY: "Partly",
    Rating.NO: "No",
    Rating.UNKNOWN: "Unknown",
    ImplementationStatus.NOT_STARTED: "Not started",
    ImplementationStatus.IN_PROGRESS: "In progress",
    ImplementationStatus.IMPLEMENTED: "Implemented",
    ImplementationStatus.CONTINUOUS: "Continuous",
    ImplementationStatus.NOT_APPLICABLE: "Not applicable",
    ResponseStatus.DRAFT: "Draft",
    ResponseStatus.SUBMITTED: "Submitted",
}
