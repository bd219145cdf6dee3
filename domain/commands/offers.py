"""What an answer offers to do next about what it shows (buttons in Slack; nothing in a terminal)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from domain.commands.pages import quoted
from domain.profiles import Profile


class OfferKind(StrEnum):
    EDIT = "edit"
    ACTIVATE = "activate"
    DEACTIVATE = "deactivate"
    USAGE = "usage"
    DELETE = "delete"


class Offer(BaseModel):
    """One next step: its kind and the command of the grammar that does it."""

    model_config = ConfigDict(frozen=True)

    kind: OfferKind
    command: str


def profile_offers(profile: Profile) -> tuple[Offer, ...]:
    """Edit, Activate or Deactivate, Usage and Delete, as far as the profile allows them."""
    name = quoted(profile.name)
    if profile.system:
        return (Offer(kind=OfferKind.USAGE, command=f"usage {name}"),)
    toggle = OfferKind.DEACTIVATE if profile.active else OfferKind.ACTIVATE
    offers = [
        Offer(kind=OfferKind.EDIT, command=f"edit {name}"),
        Offer(kind=toggle, command=f"{toggle.value} {name}"),
        Offer(kind=OfferKind.USAGE, command=f"usage {name}"),
    ]
    if not profile.active:
        offers.append(Offer(kind=OfferKind.DELETE, command=f"delete {name}"))
    return tuple(offers)
