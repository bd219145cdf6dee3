"""The App Home overview, read in one consistent unit of work."""

from __future__ import annotations

from dataclasses import dataclass

from domain.application.result import Result
from domain.application.store import StoreUnitOfWork
from domain.audit import Actor
from domain.commands import model as m
from domain.profiles import Profile, ProfileState
from domain.report_runs import ReportRun
from domain.services.report import Report, build_report
from domain.services.report_runs import latest_posted
from domain.services.workspaces import current


@dataclass(frozen=True)
class HomeOverview:
    profiles: list[Profile]
    report: Report
    multimedia: bool
    posted: ReportRun | None


def show(uow: StoreUnitOfWork, _: Actor, __: m.ShowHome) -> Result:
    """Every profile, the report as of now and the latest posted one."""
    overview = HomeOverview(
        profiles=uow.profiles.list(ProfileState.ALL),
        report=build_report(uow),
        multimedia=current(uow).multimedia_enabled,
        posted=latest_posted(uow),
    )
    return Result(data=overview)
