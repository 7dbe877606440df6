"""The services the pages call, built once per application from the service store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from focalpoint.secretariat.accounts import SessionPolicy, StaffAccounts
from focalpoint.secretariat.activity_history import ActivityHistory
from focalpoint.secretariat.administration import Administration
from focalpoint.secretariat.analysis_page import AnalysisPages
from focalpoint.secretariat.browsing import Browsing
from focalpoint.secretariat.response_history import ResponseHistory
from focalpoint.secretariat.review import ReviewService
from focalpoint.secretariat.store import ServiceStore


@dataclass(frozen=True)
class WorkspaceSettings:
    #: A mission whose last sync is older than this many days is flagged as silent.
    silent_days: int = 14
    policy: SessionPolicy = field(default_factory=SessionPolicy)


def workspace_settings(silent_days: int = 14, idle_minutes: int = 30) -> WorkspaceSettings:
    """The settings ``serve`` takes from its options (also in each worker process)."""
    return WorkspaceSettings(silent_days=silent_days,
                             policy=SessionPolicy(idle=timedelta(minutes=idle_minutes)))


@dataclass(frozen=True)
class Services:
    settings: WorkspaceSettings
    store: ServiceStore
    accounts: StaffAccounts
    review: ReviewService
    admin: Administration
    browsing: Browsing
    analysis: AnalysisPages
    history: ActivityHistory
    response_history: ResponseHistory


def build_services(store: ServiceStore, settings: WorkspaceSettings) -> Services:
    return Services(settings=settings, store=store,
                    accounts=StaffAccounts(store, settings.policy),
                    review=ReviewService(store), admin=Administration(store),
                    browsing=Browsing(store, silent_days=settings.silent_days),
                    analysis=AnalysisPages(store),
                    history=ActivityHistory(store),
                    response_history=ResponseHistory(store))
