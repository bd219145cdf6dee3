"""`replace A with B`: every site, team and agent that names A names B, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from domain.audit import Actor
from domain.errors import DomainError
from domain.ports import UnitOfWork
from domain.services import audit, lookup
from domain.services.assignments import assignable
from domain.services.workspaces import require_multimedia


class SameProfile(DomainError):
    """`replace A with A` would change nothing and is most likely a typing mistake."""

    key = "replace.same_profile"

    def __init__(self, profile: str) -> None:
        super().__init__(profile=profile)


@dataclass(frozen=True)
class Replaced:
    """The two profiles and what moved from the first to the second, by kind."""

    old: str
    new: str
    sites: tuple[str, ...]
    teams: tuple[str, ...]
    agents: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.sites) + len(self.teams) + len(self.agents)


def replace_profile(uow: UnitOfWork, actor: Actor, old_name: str, new_name: str) -> Replaced:
    """Move every direct reference of `old_name` to `new_name`: one audit record per object."""
    require_multimedia(uow)
    old = lookup.profile(uow, old_name, for_update=True)
    new = assignable(uow, new_name)
    if old.id == new.id:
        raise SameProfile(old.name)
    moved: dict[str, tuple[str, ...]] = {}
    for kind, repository in (("site", uow.sites), ("team", uow.teams), ("agent", uow.agents)):
        rows = repository.with_profile(old.id)
        repository.replace_profile(old.id, new.id)
        for row_id, name in rows:
            audit.record(
                uow,
                actor,
                f"{kind}.replace",
                kind,
                name,
                object_id=row_id,
                profile_id=new.id,
                before={"profile": old.name},
                after={"profile": new.name},
            )
        moved[kind] = tuple(name for _, name in rows)
    result = Replaced(old.name, new.name, moved["site"], moved["team"], moved["agent"])
    audit.record(
        uow,
        actor,
        "profile.replace",
        "profile",
        old.name,
        profile_id=old.id,
        before={
            "sites": len(result.sites),
            "teams": len(result.teams),
            "agents": len(result.agents),
        },
        after={"replaced_by": new.name},
    )
    return result
