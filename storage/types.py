"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator

from domain import lengths
from domain.audit import Actor


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes in and out; SQLite stores them naive, so normalise here."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: storage only accepts timezone-aware times")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """On SQLite, one step from the stored text to an aware datetime (lists read
        thousands of these; the generic path costs three Python calls per value)."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        return _utc_from_text

    def process_result_value(
        self,
        value: datetime | None,
        dialect: Dialect,  # noqa: ARG002 - SQLAlchemy's signature
    ) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


@lru_cache(maxsize=4096)
def _utc_from_text(value: str | datetime | None) -> datetime | None:
    # The same few stored times are read again and again (a workspace's, a profile's);
    # datetimes are immutable, so one reading of each text is shared.
    if value is None:
        return None
    parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


# JSONB on PostgreSQL (indexable, compact); JSON text elsewhere.
JsonDocument: Any = JSON().with_variant(JSONB(), "postgresql")


class StringTuple(TypeDecorator[tuple[str, ...]]):
    """A list of strings kept as a JSON array (JSONB on PostgreSQL), read back as a tuple:
    immutable, so on SQLite one reading of each stored text is shared."""

    impl = JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        return dialect.type_descriptor(JSONB() if dialect.name == "postgresql" else JSON())

    def process_bind_param(
        self,
        value: tuple[str, ...] | list[str] | None,
        dialect: Dialect,  # noqa: ARG002 - SQLAlchemy's signature
    ) -> list[str] | None:
        return None if value is None else list(value)

    def process_result_value(
        self,
        value: list[str] | None,
        dialect: Dialect,  # noqa: ARG002 - SQLAlchemy's signature
    ) -> tuple[str, ...] | None:
        return None if value is None else tuple(value)

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """On SQLite, the stored text straight to a tuple, each text read once."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        return _strings_from_json


@lru_cache(maxsize=1024)
def _strings_from_json(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    parsed = json.loads(value)
    return None if parsed is None else tuple(parsed)


class ActorColumn(TypeDecorator[Actor]):
    """Who made a change, kept as the actor's small JSON form (older rows: a plain label)."""

    impl = String(lengths.ACTOR_COLUMN)
    cache_ok = True

    def process_bind_param(
        self,
        value: Actor | str | None,
        dialect: Dialect,  # noqa: ARG002 - SQLAlchemy's signature
    ) -> str | None:
        if value is None:
            return None
        return value.stored if isinstance(value, Actor) else Actor.model_validate(value).stored

    def process_result_value(
        self,
        value: str | None,
        dialect: Dialect,  # noqa: ARG002 - SQLAlchemy's signature
    ) -> Actor | None:
        return None if value is None else _stored_actor(value)


@lru_cache(maxsize=4096)
def _stored_actor(stored: str) -> Actor:
    # A list reads three actors per profile, mostly the same few people: parse each once.
    # Actors are frozen, so sharing one instance between rows is safe.
    return Actor.model_validate(stored)
