"""The Slack side effects of committed changes: notices to the audit channel, reports posted.

It implements the application's notifier port for the bot and the CLI alike; the change
is committed before anything here runs, so a failure is reported, never raised.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from slack_sdk import WebClient

from domain.application.events import ChangeNoticed, Event, ReportRequested, Undelivered
from domain.messages import msg
from domain.ports import UnitOfWorkFactory
from domain.services.workspaces import current
from domain.workspace import Workspace
from slackkit.notices import post_change_notice
from slackkit.posting import PostFailed, post_message
from slackkit.report import report_message
from slackkit.text import slack_translator

logger = logging.getLogger("mmbot.notifier")


class SlackNotifier:
    """Posts with one bot token; channel posts are written in the workspace's language."""

    def __init__(self, client: WebClient, factory: UnitOfWorkFactory) -> None:
        self._client = client
        self._factory = factory

    def publish(self, events: Sequence[Event]) -> Sequence[Undelivered]:
        """Carry out each event; what could not be done, and why."""
        undelivered: list[Undelivered] = []
        for event in events:
            try:
                problem = self._deliver(event)
            except Exception as error:  # the change stands whatever happens here
                logger.exception("could not deliver %s", type(event).__name__)
                problem = Undelivered(event, msg("notice.failed_reason", reason=str(error)))
            if problem is not None:
                undelivered.append(problem)
        return undelivered

    def _workspace(self, workspace_id: str) -> Workspace:
        with self._factory(workspace_id, write=False) as uow:
            return current(uow)

    def _deliver(self, event: Event) -> Undelivered | None:
        workspace = self._workspace(event.workspace_id)
        if isinstance(event, ChangeNoticed):
            if not workspace.audit_channel:
                return None
            text = slack_translator(workspace.language).text(event.notice)
            failed = post_change_notice(
                self._client, workspace.audit_channel, text, workspace_id=workspace.id
            )
            if failed is None:
                return None
            return Undelivered(
                event, msg("notice.cli_failed", channel=failed.channel, error=failed.reason)
            )
        return self._post_report(event, workspace)

    def _post_report(self, event: ReportRequested, workspace: Workspace) -> Undelivered | None:
        channel = workspace.report_channel
        if not channel:
            return Undelivered(event, msg("report.cli_no_channel", workspace=workspace.id))
        try:
            post_message(self._client, channel, report_message(event.report, workspace.language))
        except PostFailed as error:
            return Undelivered(
                event, msg("report.cli_post_failed", channel=channel, error=str(error))
            )
        return None
