"""Every length validation allows is the length of the column the value is kept in."""

from __future__ import annotations

from zoneinfo import available_timezones

import pytest
from sqlalchemy import String

import storage.heartbeats
import storage.installation_tables
import storage.language_tables
import storage.report_tables
from domain import lengths
from domain.cron import check_cron
from domain.errors import ValidationFailed
from domain.names import clean_name, fits_as_actor
from domain.org import clean_email, clean_slack_user
from domain.profiles import ProfileSpec
from domain.workspace import check_channel, check_slack_ids
from storage.tables import Base

# Columns holding what a person typed or picked, and the domain limit each must equal.
USER_SUPPLIED = {
    ("workspaces", "id"): lengths.WORKSPACE_ID,
    ("workspaces", "report_channel"): lengths.CHANNEL,
    ("workspaces", "audit_channel"): lengths.CHANNEL,
    ("workspaces", "report_schedule"): lengths.REPORT_SCHEDULE,
    ("workspaces", "timezone"): lengths.TIMEZONE,
    ("workspaces", "admin_group"): lengths.SLACK_ID,
    ("profiles", "name"): lengths.NAME,
    ("profiles", "name_key"): lengths.NAME,  # ASCII names: the key is as long as the name
    ("profiles", "description"): lengths.DESCRIPTION,
    ("sites", "name"): lengths.NAME,
    ("teams", "name"): lengths.NAME,
    ("agents", "name"): lengths.NAME,
    ("sites", "name_key"): lengths.NAME_KEY,
    ("teams", "name_key"): lengths.NAME_KEY,
    ("agents", "name_key"): lengths.NAME_KEY,
    ("sites", "search_key"): lengths.SEARCH_KEY,
    ("teams", "search_key"): lengths.SEARCH_KEY,
    ("agents", "search_key"): lengths.SEARCH_KEY,
    ("agents", "email"): lengths.EMAIL,
    ("agents", "slack_user"): lengths.SLACK_USER,
    ("audit", "actor"): lengths.ACTOR_COLUMN,
    ("profiles", "created_by"): lengths.ACTOR_COLUMN,
    ("profiles", "updated_by"): lengths.ACTOR_COLUMN,
    ("profiles", "status_changed_by"): lengths.ACTOR_COLUMN,
    ("audit", "object_name"): lengths.AUDIT_OBJECT_NAME,
    ("audit", "object_key"): lengths.NAME_KEY,
    ("report_runs", "channel"): lengths.CHANNEL,
}
# Tables whose strings come from Slack's OAuth answers or from mmbot itself, never typed.
NOT_TYPED_TABLES = {
    "slack_bots",
    "slack_installations",
    "slack_oauth_states",
    "slack_enterprise_teams",
    "scheduler_heartbeats",
}
NOT_TYPED = {
    ("audit", "action"),
    ("audit", "object_type"),
    ("profiles", "type"),
    ("teams", "kind"),
    ("workspaces", "language"),
    ("user_languages", "language"),
    ("user_languages", "user_id"),
    ("report_runs", "claimed_by"),
    ("report_runs", "claim_token"),
    ("report_runs", "outcome"),
    ("report_runs", "message_ts"),
    ("report_runs", "last_error"),
}
_LOADED = (storage.heartbeats, storage.installation_tables, storage.language_tables)
_LOADED_TOO = storage.report_tables


def _string_columns() -> dict[tuple[str, str], int]:
    columns: dict[tuple[str, str], int] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            kind = getattr(column.type, "impl", column.type)
            if isinstance(kind, String) and kind.length is not None:
                columns[(table.name, column.name)] = kind.length
    return columns


def test_every_typed_column_is_as_long_as_its_domain_limit() -> None:
    columns = _string_columns()

    assert {key: columns[key] for key in USER_SUPPLIED} == USER_SUPPLIED


def test_every_string_column_is_either_typed_or_known_not_to_be() -> None:
    unclassified = {
        key
        for key in _string_columns()
        if key not in USER_SUPPLIED
        and key not in NOT_TYPED
        and key[0] not in NOT_TYPED_TABLES
        and key[1] != "workspace_id"  # the workspace's id, checked as workspaces.id
    }

    assert unclassified == set()


def _address(length: int) -> str:
    """A valid address of exactly `length` characters: 64 before the @, labels of 62 after."""
    rest, labels = length - 65, []
    while rest > 66:
        labels.append("b" * 62)
        rest -= 63
    return "a" * 64 + "@" + ".".join([*labels, "c" * (rest - 3) + ".hu"])


def _refused(check: object) -> bool:
    try:
        check()  # type: ignore[operator]
    except ValidationFailed:
        return True
    return False


@pytest.mark.parametrize(
    ("check_at", "limit"),
    [
        (lambda n: clean_name("site", "a" * n), lengths.NAME),
        (lambda n: ProfileSpec.build(name="a" * n, type="blended", voice=1), lengths.NAME),
        (
            lambda n: ProfileSpec.build(name="P", description="d" * n, type="blended", voice=1),
            lengths.DESCRIPTION,
        ),
        (lambda n: clean_email(_address(n)), lengths.EMAIL),
        (lambda n: clean_slack_user("@" + "j" * (n - 1)), lengths.SLACK_USER),
        (lambda n: check_channel("report_channel", "#" + "c" * (n - 1)), lengths.CHANNEL),
        (lambda n: check_slack_ids("admin_group", ("S" * n,), "S"), lengths.SLACK_ID),
        (lambda n: check_cron("0 " + "1," * ((n - 9) // 2) + "1 * * *"), lengths.REPORT_SCHEDULE),
    ],
)
def test_each_validator_takes_its_limit_and_refuses_one_more(check_at: object, limit: int) -> None:
    assert not _refused(lambda: check_at(limit))  # type: ignore[operator]
    assert _refused(lambda: check_at(limit + 1))  # type: ignore[operator]


def test_every_time_zone_fits_its_column() -> None:
    assert max(len(zone) for zone in available_timezones()) <= lengths.TIMEZONE


def test_a_cli_actor_name_is_kept_up_to_its_limit_and_only_printable() -> None:
    assert fits_as_actor("o" * lengths.ACTOR_NAME)
    assert fits_as_actor("<!channel> ops")
    assert not fits_as_actor("o" * (lengths.ACTOR_NAME + 1))
    assert not fits_as_actor("ops\nroot")
    assert not fits_as_actor('"' * lengths.ACTOR_NAME)  # JSON doubles it past the column
