"""`app_home_opened`: publish the overview (views.publish) for the user who opened the tab."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.deps import Caller, Deps, caller_of
from bot.forms.changes import read
from bot.store import AppUnitOfWork
from bot.views.home import home_view
from domain.profiles import ProfileState
from domain.services.report import build_report
from domain.services.report_runs import latest_posted
from domain.services.workspaces import current

HOME_TAB = "home"
logger = logging.getLogger(__name__)


def home_for(uow: AppUnitOfWork) -> dict[str, Any]:
    """The home view from one consistent read of the workspace."""
    return home_view(
        uow.profiles.list(ProfileState.ALL),
        build_report(uow),
        multimedia=current(uow).multimedia_enabled,
        posted=latest_posted(uow),
    )


def handler(deps: Deps) -> Callable[..., None]:
    def handle_app_home_opened(
        body: dict[str, Any], event: dict[str, Any], client: WebClient
    ) -> None:
        if event.get("tab", HOME_TAB) != HOME_TAB:
            return
        caller = caller_of(body)
        deps.home_viewers.opened(caller.workspace_id, caller.user_id)
        client.views_publish(user_id=caller.user_id, view=read(deps, caller, home_for))

    return handle_app_home_opened


def republish(deps: Deps, client: WebClient, caller: Caller) -> None:
    """Publish the tab again to the users who have it open, after a change (SPEC §7)."""
    users = deps.home_viewers.recent(caller.workspace_id)
    if not users:
        return
    view = read(deps, caller, home_for)
    for user_id in users:
        try:
            client.views_publish(user_id=user_id, view=view)
        except Exception:
            # The change is committed; a stale tab is refreshed when it is opened again.
            logger.warning("could not re-publish App Home for %s", user_id, exc_info=True)
