"""Searching the assign form's pickers: active profiles, and sites, teams or agents by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient

from bot.deps import Deps, caller_of
from bot.forms.changes import read
from bot.forms.state import FormState
from bot.ids import Action, Block
from bot.language import speaking_to
from bot.views.assign_form import profile_options, target_options
from bot.views.blocks import OPTIONS_MAX
from domain.commands.model import TargetKind
from domain.ports import UnitOfWork
from domain.profiles import ProfileState


def matching_profiles(uow: UnitOfWork, text: str) -> list[str]:
    """Names of active profiles containing `text`, any case."""
    wanted = text.strip().casefold()
    return [p.name for p in uow.profiles.list(ProfileState.ACTIVE) if wanted in p.name.casefold()]


def matching_targets(
    uow: UnitOfWork, kind: TargetKind | None, text: str
) -> list[tuple[TargetKind, str]]:
    """Targets of `kind` (every kind when None) whose names contain `text`."""
    searches = {
        TargetKind.SITE: uow.sites.search,
        TargetKind.TEAM: uow.teams.search,
        TargetKind.AGENT: uow.agents.search,
    }
    kinds = [kind] if kind is not None else list(TargetKind)
    found: list[tuple[TargetKind, str]] = []
    for each in kinds:
        found += [(each, name) for name in searches[each](text.strip(), limit=OPTIONS_MAX)]
    return found[:OPTIONS_MAX]


def profiles_handler(deps: Deps) -> Callable[..., None]:
    def handle_profile_options(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        text = str(body.get("value") or "")
        names = read(deps, caller_of(body), lambda uow: matching_profiles(uow, text))
        with speaking_to(deps, client, body):
            ack(options=profile_options(names))

    return handle_profile_options


def targets_handler(deps: Deps) -> Callable[..., None]:
    def handle_target_options(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        text = str(body.get("value") or "")
        chosen = FormState.of(body.get("view") or {}).selected(
            Block.ASSIGN_KIND, Action.ASSIGN_KIND
        )
        kind = TargetKind(chosen) if chosen in set(TargetKind) else None
        found = read(deps, caller_of(body), lambda uow: matching_targets(uow, kind, text))
        with speaking_to(deps, client, body):
            ack(options=target_options(found))

    return handle_target_options
