"""Each user's own language choice, per workspace, on the same metadata as the rest."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, PrimaryKeyConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from domain.messages.formatting import LANGUAGES
from storage.tables import Base

LANGUAGE_CHECK = "language IN (" + ", ".join(f"'{code}'" for code in LANGUAGES) + ")"


class UserLanguageRow(Base):
    """The language one Slack user chose with `/mmprofile language`, in one workspace."""

    __tablename__ = "user_languages"
    __table_args__ = (
        PrimaryKeyConstraint("workspace_id", "user_id"),
        CheckConstraint(LANGUAGE_CHECK, name="language"),
    )

    workspace_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("workspaces.id", ondelete="CASCADE")
    )
    user_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
