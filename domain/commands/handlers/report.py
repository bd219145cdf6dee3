"""The report on demand: shown to the caller, or posted to the report channel."""

from __future__ import annotations

from domain.application.events import ReportRequested
from domain.application.result import Result
from domain.audit import Actor
from domain.commands import model as m
from domain.commands.replies import Reply
from domain.commands.report_text import report_reply
from domain.errors import NoReportChannel
from domain.messages import msg
from domain.ports import UnitOfWork
from domain.services.report import build_report
from domain.services.workspaces import current


def run(uow: UnitOfWork, _: Actor, __: m.RunReport) -> Result:
    """The report now; `data` holds it for front ends that draw it themselves (Block Kit)."""
    found = build_report(uow)
    return Result(report_reply(found), data=found)


def post(uow: UnitOfWork, actor: Actor, _: m.PostReport) -> Result:
    """The report now, and the event that posts it to the report channel."""
    channel = current(uow).report_channel
    if not channel:
        raise NoReportChannel(uow.workspace_id)
    found = build_report(uow)
    return Result(
        Reply(headline=msg("report.cli_posted", workspace=uow.workspace_id, channel=channel)),
        data=found,
        events=(ReportRequested(uow.workspace_id, actor, found),),
    )
