"""slack_sdk's SQLAlchemy stores work on the tables mmbot's migration creates, on both backends."""

from __future__ import annotations

import time

import pytest
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine, MetaData, Table

from storage.installation_tables import bots, installations, oauth_states


def shape(table: Table) -> list[tuple[str, str, bool]]:
    return [(c.name, repr(c.type), bool(c.nullable)) for c in table.columns]


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (installations, SQLAlchemyInstallationStore.build_installations_table),
        (bots, SQLAlchemyInstallationStore.build_bots_table),
        (oauth_states, SQLAlchemyOAuthStateStore.build_oauth_states_table),
    ],
    ids=["installations", "bots", "states"],
)
def test_the_tables_declare_exactly_the_columns_slack_sdk_expects(
    ours: Table, theirs: object
) -> None:
    expected = theirs(MetaData(), ours.name)  # type: ignore[operator]
    assert shape(ours) == shape(expected)
    assert {i.name for i in ours.indexes} == {i.name for i in expected.indexes}


def test_slack_sdks_installation_store_saves_finds_and_deletes_on_the_migrated_schema(
    engine: Engine,
) -> None:
    store = SQLAlchemyInstallationStore("1111.2222", engine)
    expires = int(time.time()) + 3600
    store.save(
        Installation(
            app_id="A1",
            team_id="TA",
            bot_token="xoxe.xoxb-1",
            bot_id="B1",
            bot_user_id="UB1",
            bot_refresh_token="xoxe-1",
            bot_token_expires_at=expires,
            user_id="U1",
            installed_at=time.time(),
        )
    )
    found = store.find_installation(enterprise_id=None, team_id="TA")
    assert found is not None
    assert (found.bot_token, found.bot_refresh_token, found.bot_token_expires_at) == (
        "xoxe.xoxb-1",
        "xoxe-1",
        expires,
    )
    bot = store.find_bot(enterprise_id=None, team_id="TA")
    assert bot is not None
    assert bot.bot_token == "xoxe.xoxb-1"
    assert store.find_installation(enterprise_id=None, team_id="TB") is None
    store.delete_all(enterprise_id=None, team_id="TA")
    assert store.find_installation(enterprise_id=None, team_id="TA") is None
    assert store.find_bot(enterprise_id=None, team_id="TA") is None


def test_slack_sdks_state_store_issues_and_consumes_a_state_once(engine: Engine) -> None:
    store = SQLAlchemyOAuthStateStore(600, engine)
    state = store.issue()
    assert store.consume(state) is True
    assert store.consume(state) is False
