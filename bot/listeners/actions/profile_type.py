"""Choosing another type in the profile form re-draws its channel fields (views.update)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.deps import Deps
from bot.forms.profile import ProfileDraft
from bot.forms.state import FormState, read_metadata, write_metadata
from bot.language import speaking_to
from bot.views.profile_form import profile_form
from domain.profiles import ProfileType


def redrawn(view: dict[str, Any]) -> dict[str, Any]:
    """The form for the newly chosen type, keeping what the user entered."""
    meta = read_metadata(view)
    entered = ProfileDraft.from_state(FormState.of(view))
    shown = ProfileType(meta.get("t") or ProfileType.BLENDED.value)
    draft = replace(entered, type=shown).with_type(entered.type)
    version = meta.get("v")
    return profile_form(
        draft,
        editing=meta.get("p"),
        version=int(version) if version is not None else None,
        metadata=write_metadata({**meta, "t": draft.type.value}),
    )


def handler(deps: Deps) -> Callable[..., None]:
    def handle_type_change(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        view = body["view"]
        with speaking_to(deps, client, body, ask_slack=True):
            again = redrawn(view)
        # The hash makes Slack refuse the update if the view changed meanwhile.
        client.views_update(view_id=view["id"], hash=view.get("hash"), view=again)

    return handle_type_change
