"""Profiles: lookup, creation, optimistic-concurrency saves and deletion."""

from __future__ import annotations

import builtins
from datetime import datetime

from sqlalchemy import Select, select, update

from domain.audit import Actor
from domain.errors import NotFound, ProfileInUse, StaleVersion
from domain.profiles import Profile, ProfileSpec, ProfileState
from storage.repositories._base import name_key
from storage.repositories.profile_usage import ProfileUsageQueries, to_profile
from storage.tables import ProfileRow

# SPEC §2: a refusal lists the first ten references, then a count.
REFERENCES_SHOWN = 10


class SqlProfileRepository(ProfileUsageQueries):
    kind = "profile"
    row = ProfileRow

    def get(self, profile_id: int) -> Profile | None:
        """The profile with this id in this workspace, or None."""
        return self._one(select(ProfileRow).where(self._mine(), ProfileRow.id == profile_id))

    def get_by_name(self, name: str, *, for_update: bool = False) -> Profile | None:
        """Case-insensitive lookup; `for_update` locks the row until the unit of work ends."""
        # SQLite renders no FOR UPDATE; its BEGIN IMMEDIATE already serialises writers.
        query = select(ProfileRow).where(self._by_key(name))
        return self._one(query.with_for_update() if for_update else query)

    def list(self, state: ProfileState = ProfileState.ALL) -> builtins.list[Profile]:
        """Profiles in case-insensitive name order, optionally only active or inactive ones."""
        # Plain rows, not ORM entities: a list can hold thousands and is only read.
        query = select(ProfileRow.__table__).where(self._mine()).order_by(ProfileRow.name_key)
        if state is not ProfileState.ALL:
            query = query.where(ProfileRow.active.is_(state is ProfileState.ACTIVE))
        return [Profile.model_validate(row) for row in self.session.execute(query).mappings()]

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

    def _one(self, query: Select[ProfileRow]) -> Profile | None:
        # populate_existing: a row already in the session may be older than the database.
        row = self.session.scalar(query.execution_options(populate_existing=True))
        return None if row is None else to_profile(row)


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
