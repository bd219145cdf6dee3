"""The export document: a versioned, stable JSON picture of one workspace.

Ids and volatile timestamps are left out on purpose: a document describes what a
workspace holds, so it can be imported into another workspace and exported again
byte for byte. Assignments live on the site, team or agent they belong to.
"""

from __future__ import annotations

import json
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from domain.errors import DomainError
from domain.messages import msg
from domain.transfer.problems import ImportRefused, Problem
from domain.workspace import DEFAULT_REPORT_SCHEDULE, DEFAULT_TIMEZONE

FORMAT: Final = "mmbot-export"
VERSION: Final = 1


class _Item(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExportSettings(_Item):
    multimedia: bool = False
    report_channel: str | None = None
    report_schedule: str = DEFAULT_REPORT_SCHEDULE
    timezone: str = DEFAULT_TIMEZONE
    audit_channel: str | None = None
    report_all_clear: bool = False


class ExportProfile(_Item):
    name: str
    description: str = ""
    # A plain string, so a wrong type is reported by the profile rules with their own message.
    type: str
    voice: int
    chat: int
    email: int
    social: int
    active: bool = True


class ExportSite(_Item):
    name: str
    profile: str


class ExportTeam(_Item):
    name: str
    site: str
    kind: str = "agent"
    profile: str | None = None


class ExportAgent(_Item):
    name: str
    email: str | None = None
    slack: str | None = None
    teams: tuple[str, ...] = ()
    profile: str | None = None


class ExportDocument(_Item):
    format: Literal["mmbot-export"] = FORMAT
    version: Literal[1] = VERSION
    settings: ExportSettings | None = None
    profiles: tuple[ExportProfile, ...] = ()
    sites: tuple[ExportSite, ...] = ()
    teams: tuple[ExportTeam, ...] = ()
    agents: tuple[ExportAgent, ...] = ()


class NotAnExport(DomainError):
    key = "transfer.not_an_export"

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


def dump_document(document: ExportDocument) -> str:
    """Stable JSON text: sorted keys, two-space indent, one trailing newline."""
    data = document.model_dump(mode="json")
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def parse_document(text: str) -> ExportDocument:
    """Read an export document; every structural problem is reported with where it is."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotAnExport(f"line {error.lineno}: {error.msg}") from None
    except RecursionError:
        # The parser recurses once per level; no export nests more than a few levels.
        raise DocumentTooDeep() from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotAnExport(f'"format" is not "{FORMAT}"')
    if data.get("version") != VERSION:
        raise UnsupportedVersion(data.get("version"))
    try:
        return ExportDocument.model_validate(data)
    except ValidationError as error:
        problems = [
            Problem(
                msg("transfer.where_place", place=_location(detail["loc"])),
                msg("transfer.bad_value", problem=detail["msg"]),
            )
            for detail in error.errors()
        ]
        raise ImportRefused(problems) from None


class DocumentTooDeep(DomainError):
    key = "transfer.too_deep"


class UnsupportedVersion(DomainError):
    key = "transfer.unsupported_version"

    def __init__(self, version: object) -> None:
        super().__init__(version=version, supported=VERSION)


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "document"
