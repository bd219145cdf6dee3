"""Which workspace a payload belongs to, and what uninstalling removes.

A payload's workspace is its team; an Enterprise Grid payload also names its
organization, which is remembered so the scheduler and the CLI find the org-wide token.
A payload with neither team nor organization is refused before authorization.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse

from bot.admins import AdminRule
from bot.store import AppStore
from domain.installations import InstallKey, TokenRecords
from domain.messages import DEFAULT_LANGUAGE, t

logger = logging.getLogger(__name__)

# Bolt answers these itself and they carry no team.
_UNAUTHENTICATED_TYPES = frozenset({"url_verification", "ssl_check"})


def refuse_without_workspace(
    body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]
) -> BoltResponse:
    """Before authorization: a payload that names no team and no organization is refused."""
    if body.get("type") in _UNAUTHENTICATED_TYPES or context.team_id or context.enterprise_id:
        return next()
    logger.warning("refused a %s payload that names no workspace", body.get("type") or "command")
    return BoltResponse(status=400, body=t(DEFAULT_LANGUAGE, "slack.no_workspace"))


class EnterpriseLinks:
    """Remembers each workspace's organization the first time one of its payloads arrives."""

    def __init__(self, records: TokenRecords) -> None:
        self._records = records
        self._known: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def middleware(self, context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
        """Record (team, organization) of an org-wide install once per process."""
        team, enterprise = context.team_id, context.enterprise_id
        if team and enterprise and context.is_enterprise_install:
            with self._lock:
                new = (team, enterprise) not in self._known
                self._known.add((team, enterprise))
            if new:
                self._records.link_enterprise(team, enterprise)
        return next()


def register_uninstall(app: App, records: TokenRecords) -> None:
    """`app_uninstalled` and `tokens_revoked` delete the installation's tokens at once.

    The workspace's data stays until `mmbot workspace delete`; without a token its
    commands are refused by the authorizer and the scheduler drops its report.
    """

    # Bolt acknowledges events before their listener runs, so the tokens are deleted in
    # the listener's middleware: before Slack has its answer, nothing may use them again.
    def remove_tokens(
        event: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        # mmbot holds bot tokens only; user tokens revoked alone leave the bot installed.
        if event.get("type") == "app_uninstalled" or (event.get("tokens") or {}).get("bot"):
            key = InstallKey(
                context.enterprise_id, None if context.is_enterprise_install else context.team_id
            )
            gone = records.remove(key)
            logger.warning("tokens of %s removed (%d installation rows)", key, gone)
        return next()

    def removed(event: dict[str, Any]) -> None:
        logger.info("%s handled", event.get("type"))

    app.event("app_uninstalled", middleware=[remove_tokens])(removed)
    app.event("tokens_revoked", middleware=[remove_tokens])(removed)


def admin_rules(defaults: AdminRule, factory: AppStore) -> Callable[[str], AdminRule]:
    """Each workspace's own administrators from its settings; `defaults` where it names none."""

    def rule_for(workspace_id: str) -> AdminRule:
        with factory(workspace_id, write=False) as uow:
            workspace = uow.workspaces.get()
        if workspace is None or not workspace.has_own_admins:
            return defaults
        return AdminRule(frozenset(workspace.admin_users), workspace.admin_group)

    return rule_for
