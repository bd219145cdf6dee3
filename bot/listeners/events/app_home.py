"""`app_home_opened`: publish the overview (views.publish) for the user who opened the tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot.after_ack import hand_over
from bot.deps import Deps
from bot.language import caller_for
from bot.views.home import home_view
from domain.application import Application, Caller
from domain.commands import model as m
from domain.commands.handlers.home import HomeOverview

HOME_TAB = "home"


def publish_home(app: Application, client: WebClient, caller: Caller) -> None:
    """Publish the caller's App Home tab as it is now."""
    overview = app.handle(m.ShowHome(), caller).data
    assert isinstance(overview, HomeOverview)
    view = home_view(
        overview.profiles,
        overview.report,
        multimedia=overview.multimedia,
        posted=overview.posted,
        lang=caller.lang,
    )
    client.views_publish(user_id=caller.actor.id, view=view)


def handler(deps: Deps) -> Callable[..., None]:
    def handle_app_home_opened(
        body: dict[str, Any], event: dict[str, Any], client: WebClient
    ) -> None:
        if event.get("tab", HOME_TAB) != HOME_TAB:
            return

        def publish() -> None:
            caller = caller_for(deps, body, client, ask_slack=True)
            deps.home_viewers.opened(caller)
            publish_home(deps.app, client, caller)

        # Bolt acked the event before calling this; the work must not hold its thread.
        hand_over(deps, body, client, publish)

    return handle_app_home_opened
