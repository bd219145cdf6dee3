"""Searching the assign form's pickers: active profiles, and sites, teams or agents by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack

from bot.deps import Deps
from bot.forms.state import FormState
from bot.ids import Action, Block
from bot.language import caller_for
from bot.views.assign_form import profile_options, target_options
from domain.commands import model as m
from slackkit.blocks import OPTIONS_MAX


def profiles_handler(deps: Deps) -> Callable[..., None]:
    def handle_profile_options(ack: Ack, body: dict[str, Any]) -> None:
        query = m.SuggestProfiles(text=str(body.get("value") or ""), limit=OPTIONS_MAX)
        names = deps.app.handle(query, caller_for(deps, body)).data
        assert isinstance(names, list)
        ack(options=profile_options(names))

    return handle_profile_options


def targets_handler(deps: Deps) -> Callable[..., None]:
    def handle_target_options(ack: Ack, body: dict[str, Any]) -> None:
        caller = caller_for(deps, body)
        chosen = FormState.of(body.get("view") or {}).selected(
            Block.ASSIGN_KIND, Action.ASSIGN_KIND
        )
        kind = m.TargetKind(chosen) if chosen in set(m.TargetKind) else None
        query = m.SuggestTargets(kind=kind, text=str(body.get("value") or ""), limit=OPTIONS_MAX)
        found = deps.app.handle(query, caller).data
        assert isinstance(found, list)
        ack(options=target_options(found, caller.lang))

    return handle_target_options
