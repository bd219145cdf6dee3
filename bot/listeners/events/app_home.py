"""`app_home_opened`: publish the overview (views.publish) for the user who opened the tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.deps import Deps, caller_of
from bot.forms.changes import read
from bot.language import speaking_to
from bot.store import AppUnitOfWork
from bot.views.home import home_view
from domain.profiles import ProfileState
from domain.services.report import build_report
from domain.services.report_runs import latest_posted
from domain.services.workspaces import current

HOME_TAB = "home"


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
        with speaking_to(deps, client, body):
            view = read(deps, caller, home_for)
        client.views_publish(user_id=caller.user_id, view=view)

    return handle_app_home_opened
