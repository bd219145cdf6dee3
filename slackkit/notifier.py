"""The Slack side effects of committed changes: notices to the audit channel, reports posted.

It implements the application's notifier port for the bot and the CLI alike; the change
is committed before anything here runs, so a failure is reported, never raised.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from domain.application.events import ChangeNoticed, Event, Undelivered
from domain.messages import msg
from domain.ports import UnitOfWorkFactory
from domain.services.workspaces import current
from domain.workspace import Workspace
from slackkit.notices import post_change_notice
from slackkit.posting import PostFailed, post_message
from slackkit.report import in_thread, report_message, report_thread
from slackkit.text import slack_translator
from slackkit.tokens import WorkspaceClients

logger = logging.getLogger("mmbot.notifier")


class SlackNotifier:
    """Posts with each workspace's own token; channel posts are in the workspace's language."""

    def __init__(self, clients: WorkspaceClients, factory: UnitOfWorkFactory) -> None:
        self._clients = clients
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
        notice = isinstance(event, ChangeNoticed)
        channel = workspace.audit_channel if notice else workspace.report_channel
        if not channel:
            # A notice without an audit channel is not wanted; a report needs its channel.
            no_channel = msg("report.cli_no_channel", workspace=workspace.id)
            return None if notice else Undelivered(event, no_channel)
        client = self._clients.for_workspace(workspace.id)
        if client is None:  # not installed there (any more): nothing may reach it
            return Undelivered(event, msg("workspace.no_token", workspace=workspace.id))
        if isinstance(event, ChangeNoticed):
            text = slack_translator(workspace.language).text(event.notice)
            failed = post_change_notice(client, channel, text, workspace_id=workspace.id)
            if failed is None:
                return None
            return Undelivered(
                event, msg("notice.cli_failed", channel=failed.channel, error=failed.reason)
            )
        try:
            lang = workspace.language
            ts = post_message(client, channel, report_message(event.report, lang))
            # The full lists go in the post's thread (SPEC §7: every message within limits).
            for part in report_thread(event.report, lang):
                post_message(client, channel, in_thread(part, ts))
        except PostFailed as error:
            return Undelivered(
                event, msg("report.cli_post_failed", channel=channel, error=str(error))
            )
        return None
