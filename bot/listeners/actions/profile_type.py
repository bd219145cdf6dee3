"""Choosing another type in the profile form re-draws its channel fields (views.update)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.after_ack import ack_with_work
from bot.deps import Deps
from bot.forms.metadata import FormMetadata
from bot.forms.profile import ProfileDraft
from bot.forms.state import FormState
from bot.language import caller_for
from bot.views.profile_form import profile_form
from domain.profiles import ProfileType


def redrawn(view: dict[str, Any], lang: str) -> dict[str, Any]:
    """The form for the newly chosen type, keeping what the user entered."""
    meta = FormMetadata.of(view)
    entered = ProfileDraft.from_state(FormState.of(view))
    shown = meta.shown_type or ProfileType.BLENDED
    draft = replace(entered, type=shown).with_type(entered.type)
    return profile_form(
        draft,
        editing=meta.profile,
        version=meta.version,
        metadata=meta.model_copy(update={"shown_type": draft.type}).dump(),
        lang=lang,
    )


def handler(deps: Deps) -> Callable[..., None]:
    def handle_type_change(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        view = body["view"]

        def redraw() -> None:
            redrawn_view = redrawn(view, caller_for(deps, body, client, ask_slack=True).lang)
            # The hash makes Slack refuse the update if the view changed meanwhile.
            client.views_update(view_id=view["id"], hash=view.get("hash"), view=redrawn_view)

        ack_with_work(ack, deps, body, client, redraw)

    return handle_type_change
