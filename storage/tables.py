"""The schema as typed declarative models; the migrations in `storage/migrations` must match it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from domain import lengths
from domain.audit import Actor
from storage.types import ActorColumn, JsonDocument, StringTuple, UtcDateTime

# Every length a user's value can reach comes from `domain.lengths`, which validation reads too.
NAME_LENGTH = lengths.NAME
# Casefolding can lengthen a name (ß → ss, ŉ → ʼn), so its keys get room to grow.
NAME_KEY_LENGTH = lengths.NAME_KEY
SEARCH_KEY_LENGTH = lengths.SEARCH_KEY
# Deterministic constraint names, so the migration is the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _owned(table: str, column: str, *, ondelete: str = "RESTRICT") -> ForeignKeyConstraint:
    # The workspace is part of every reference, so a row can never point into another workspace.
    return ForeignKeyConstraint(
        ["workspace_id", column], [f"{table}.workspace_id", f"{table}.id"], ondelete=ondelete
    )


def _workspace_fk() -> Mapped[str]:
    return mapped_column(
        String(lengths.WORKSPACE_ID), ForeignKey("workspaces.id", ondelete="RESTRICT")
    )


class WorkspaceRow(Base):
    __tablename__ = "workspaces"
    __table_args__ = (CheckConstraint("language IN ('en', 'hu')", name="language"),)

    id: Mapped[str] = mapped_column(String(lengths.WORKSPACE_ID), primary_key=True)
    multimedia_enabled: Mapped[bool] = mapped_column(Boolean)
    report_channel: Mapped[str | None] = mapped_column(String(lengths.CHANNEL))
    report_schedule: Mapped[str] = mapped_column(String(lengths.REPORT_SCHEDULE))
    timezone: Mapped[str] = mapped_column(String(lengths.TIMEZONE))
    audit_channel: Mapped[str | None] = mapped_column(String(lengths.CHANNEL))
    report_all_clear: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The workspace's own administrators (None: the configured defaults apply).
    admin_users: Mapped[tuple[str, ...] | None] = mapped_column(StringTuple)
    admin_group: Mapped[str | None] = mapped_column(String(lengths.SLACK_ID))
    language: Mapped[str] = mapped_column(String(8), server_default="en")


class ProfileRow(Base):
    __tablename__ = "profiles"
    __table_args__ = (
        UniqueConstraint("workspace_id", "name_key"),
        UniqueConstraint("workspace_id", "id"),
        CheckConstraint("type IN ('blended', 'blended_realtime', 'exclusive')", name="type"),
        CheckConstraint(
            "voice >= 0 AND chat >= 0 AND email >= 0 AND social >= 0", name="counts_not_negative"
        ),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = _workspace_fk()
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(NAME_LENGTH))
    description: Mapped[str] = mapped_column(String(lengths.DESCRIPTION))
    type: Mapped[str] = mapped_column(String(20))
    voice: Mapped[int] = mapped_column(SmallInteger)
    chat: Mapped[int] = mapped_column(SmallInteger)
    email: Mapped[int] = mapped_column(SmallInteger)
    social: Mapped[int] = mapped_column(SmallInteger)
    active: Mapped[bool] = mapped_column(Boolean)
    system: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[Actor] = mapped_column(ActorColumn)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[Actor] = mapped_column(ActorColumn)
    status_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status_changed_by: Mapped[Actor] = mapped_column(ActorColumn)


class SiteRow(Base):
    __tablename__ = "sites"
    __table_args__ = (
        Index(None, "workspace_id", "search_key"),
        UniqueConstraint("workspace_id", "name_key"),
        UniqueConstraint("workspace_id", "id"),
        _owned("profiles", "profile_id"),
        Index(None, "profile_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = _workspace_fk()
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(NAME_KEY_LENGTH))
    # Accents dropped and case folded: what "did you mean" compares (SPEC §1).
    search_key: Mapped[str] = mapped_column(String(SEARCH_KEY_LENGTH))
    profile_id: Mapped[int] = mapped_column(Integer)


class TeamRow(Base):
    __tablename__ = "teams"
    __table_args__ = (
        Index(None, "workspace_id", "search_key"),
        UniqueConstraint("workspace_id", "name_key"),
        UniqueConstraint("workspace_id", "id"),
        _owned("sites", "site_id"),
        _owned("profiles", "profile_id"),
        CheckConstraint("kind IN ('agent', 'capacity')", name="kind"),
        CheckConstraint("kind = 'agent' OR profile_id IS NULL", name="capacity_has_no_profile"),
        # Covering for "the teams of these sites that inherit" (migration 0009).
        Index(None, "site_id", "profile_id"),
        Index(None, "profile_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = _workspace_fk()
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(NAME_KEY_LENGTH))
    # Accents dropped and case folded: what "did you mean" compares (SPEC §1).
    search_key: Mapped[str] = mapped_column(String(SEARCH_KEY_LENGTH))
    site_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    profile_id: Mapped[int | None] = mapped_column(Integer)


class AgentRow(Base):
    __tablename__ = "agents"
    __table_args__ = (
        Index(None, "workspace_id", "search_key"),
        UniqueConstraint("workspace_id", "name_key"),
        UniqueConstraint("workspace_id", "id"),
        _owned("profiles", "profile_id"),
        Index(None, "profile_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = _workspace_fk()
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(NAME_KEY_LENGTH))
    # Accents dropped and case folded: what "did you mean" compares (SPEC §1).
    search_key: Mapped[str] = mapped_column(String(SEARCH_KEY_LENGTH))
    email: Mapped[str | None] = mapped_column(String(lengths.EMAIL))
    slack_user: Mapped[str | None] = mapped_column(String(lengths.SLACK_USER))
    profile_id: Mapped[int | None] = mapped_column(Integer)


class AgentTeamRow(Base):
    __tablename__ = "agent_teams"
    __table_args__ = (
        _owned("agents", "agent_id", ondelete="CASCADE"),
        _owned("teams", "team_id"),
        # Covering for "the members of this team without a profile of their own" (0011).
        Index(None, "team_id", "agent_profile_id", "agent_id"),
    )

    workspace_id: Mapped[str] = mapped_column(String(64))
    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A copy of agents.profile_id, kept equal by every write of either (the agent repository,
    # the bulk writers): whom a team or site reaches is read from memberships alone.
    agent_profile_id: Mapped[int | None] = mapped_column(Integer)


class AuditRow(Base):
    __tablename__ = "audit"
    __table_args__ = (
        Index(None, "workspace_id", "profile_id", "at"),
        Index(None, "workspace_id", "at"),
        Index(None, "workspace_id", "object_type", "object_id"),
        Index(None, "workspace_id", "object_type", "object_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = _workspace_fk()
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[Actor] = mapped_column(ActorColumn)
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_name: Mapped[str] = mapped_column(String(lengths.AUDIT_OBJECT_NAME))
    # No foreign key on purpose: a profile's history outlives the profile.
    profile_id: Mapped[int | None] = mapped_column(Integer)
    # The site, team or agent the record is about, so its history survives renames; the
    # name key finds the history of something deleted (no foreign keys for either reason).
    object_id: Mapped[int | None] = mapped_column(Integer)
    object_key: Mapped[str | None] = mapped_column(String(NAME_KEY_LENGTH))
    before: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    after: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
