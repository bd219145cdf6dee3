"""Profiles: lookup, creation, optimistic-concurrency saves and deletion."""

from __future__ import annotations

import builtins
from datetime import datetime

from sqlalchemy import bindparam, select, update

from domain.audit import Actor
from domain.errors import NotFound, ProfileInUse, StaleVersion
from domain.profiles import Profile, ProfileSpec, ProfileState
from storage.prepared import Prepared
from storage.repositories._base import name_key
from storage.repositories.profile_usage import (
    PROFILE_COLUMNS,
    ProfileUsageQueries,
    profile_from_row,
    to_profile,
)
from storage.tables import ProfileRow

# SPEC §2: a refusal lists the first ten references, then a count.
REFERENCES_SHOWN = 10

# Built once with bound parameters: the reads of every command skip statement construction.
_MINE = ProfileRow.workspace_id == bindparam("workspace_id")
# Compiled once and run on the DB-API cursor (storage/prepared.py).
_BY_ID_QUERY = select(*PROFILE_COLUMNS).where(_MINE, ProfileRow.id == bindparam("profile_id"))
_BY_KEY_QUERY = select(*PROFILE_COLUMNS).where(_MINE, ProfileRow.name_key == bindparam("key"))
_LIST_QUERY = select(*PROFILE_COLUMNS).where(_MINE).order_by(ProfileRow.name_key)
_BY_ID = Prepared(_BY_ID_QUERY)
_BY_KEY = Prepared(_BY_KEY_QUERY)
# SQLite renders no FOR UPDATE; its BEGIN IMMEDIATE already serialises writers.
_BY_KEY_FOR_UPDATE = Prepared(_BY_KEY_QUERY.with_for_update())
_LIST = Prepared(_LIST_QUERY)
_LIST_BY_STATE = Prepared(_LIST_QUERY.where(ProfileRow.active == bindparam("active")))


class SqlProfileRepository(ProfileUsageQueries):
    kind = "profile"
    row = ProfileRow

    def get(self, profile_id: int) -> Profile | None:
        """The profile with this id in this workspace, or None."""
        return self._one(_BY_ID, profile_id=profile_id)

    def get_by_name(self, name: str, *, for_update: bool = False) -> Profile | None:
        """Case-insensitive lookup; `for_update` locks the row until the unit of work ends."""
        return self._one(_BY_KEY_FOR_UPDATE if for_update else _BY_KEY, key=name_key(name))

    def list(self, state: ProfileState = ProfileState.ALL) -> builtins.list[Profile]:
        """Profiles in case-insensitive name order, optionally only active or inactive ones."""
        # Plain rows, not ORM entities: a list can hold thousands and is only read.
        params: dict[str, object] = {"workspace_id": self.workspace_id}
        query = _LIST
        if state is not ProfileState.ALL:
            query, params["active"] = _LIST_BY_STATE, state is ProfileState.ACTIVE
        return [profile_from_row(row) for row in query.rows(self.scope, params)]

    def add(self, spec: ProfileSpec, *, system: bool, actor: Actor, at: datetime) -> Profile:
        """Store a new active profile at version 1; DuplicateName if the name is taken."""
        row = ProfileRow(
            workspace_id=self.workspace_id,
            **_spec_columns(spec),
            active=True,
            system=system,
            version=1,
            created_at=at,
            created_by=actor,
            updated_at=at,
            updated_by=actor,
            status_changed_at=at,
            status_changed_by=actor,
        )
        with self.translating_duplicates(spec.name):
            self.session.add(row)
        return to_profile(row)

    def save(self, profile: Profile, *, expected_version: int) -> Profile:
        """Write every field at version + 1; StaleVersion if the stored version moved on."""
        values = profile.model_dump(exclude={"id", "version", *ProfileSpec.model_fields})
        statement = (
            update(ProfileRow)
            .where(
                self._mine(),
                ProfileRow.id == profile.id,
                ProfileRow.version == expected_version,
            )
            .values(**_spec_columns(profile.spec), **values, version=expected_version + 1)
            .returning(ProfileRow.id)
            .execution_options(synchronize_session=False)
        )
        with self.translating_duplicates(profile.name):
            updated = self.session.execute(statement).scalar_one_or_none()
        stored = self.get(profile.id)
        if stored is None:
            raise NotFound("profile", profile.name)
        if updated is None:
            raise StaleVersion(profile=stored.name, by=stored.updated_by)
        return stored

    def delete(self, profile_id: int) -> None:
        """Delete the profile; ProfileInUse if a site, team or agent still names it."""

        def refusal() -> ProfileInUse:
            profile = self.get(profile_id)
            found = self.references(profile_id, limit=REFERENCES_SHOWN)
            return ProfileInUse(
                profile.name if profile else str(profile_id), found.labels, found.total
            )

        self.delete_by_id(profile_id, refusal)

    def _one(self, query: Prepared, **params: object) -> Profile | None:
        # Rows straight from the database: nothing stale from the session's identity map.
        row = query.first(self.scope, {"workspace_id": self.workspace_id, **params})
        return None if row is None else profile_from_row(row)


def _spec_columns(spec: ProfileSpec) -> dict[str, object]:
    return {
        "name": spec.name,
        "name_key": name_key(spec.name),
        "description": spec.description,
        "type": spec.type.value,
        "voice": spec.voice,
        "chat": spec.chat,
        "email": spec.email,
        "social": spec.social,
    }
