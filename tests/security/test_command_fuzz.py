"""Any text at all, sent as a command through the real executor, ends in a Reply or a clean
DomainError (syntax errors included), never another exception; injection attempts change
nothing they should not."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from domain.commands.grammar import parse
from domain.errors import DomainError
from tests.security.conftest import Runner, rows, without_audit
from tests.support.commands import Shown as Reply
from tests.support.texts import english

INJECTIONS = [
    "'; DROP TABLE profiles; --",
    '"; DROP TABLE profiles; --',
    "x' OR '1'='1",
    "Robert'); DELETE FROM agents;--",
    "$(rm -rf /)",
    "`reboot`",
    "; shutdown -h now",
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U123|admin>",
    "*bold* _it_ ~x~ `code` >quote",
    "${jndi:ldap://127.0.0.1:1/a}",
    "{{7*7}}",
    "%s%s%s%n",
    "../../etc/passwd",
    "\x00",
    "\u202e\u0000\x1b[31m",
    "Ünïcødé ✓ 🤖 漢字",
    "9" * 5000,
    "-" + "9" * 400,
    "1e309",
    "NaN",
    "a" * 100_000,
]
VERBS = [
    "create", "edit", "show", "usage", "history", "effective", "assign", "unassign",
    "activate", "deactivate", "delete", "site add", "team add", "agent add", "agent teams",
    "settings", "list", "help", "report", "site list", "team list", "agent list",
]  # fmt: skip
KEYS = [
    "type", "voice", "chat", "email", "social", "channels", "description", "name", "site",
    "team", "kind", "profile", "slack", "multimedia", "report_channel", "report_schedule",
    "timezone", "audit_channel", "all_clear",
]  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(max_size=30),
    st.sampled_from(["site", "team", "agent", "blended", "exclusive", "on", "off", "Spare"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
WORD = st.one_of(
    PIECES,
    st.tuples(st.sampled_from(KEYS), PIECES).map(lambda kv: f"{kv[0]}={kv[1]}"),
    PIECES.map(lambda p: f'"{p}"'),
    st.tuples(st.sampled_from(KEYS), PIECES).map(lambda kv: f'{kv[0]}="{kv[1]}'),
)
COMMAND_TEXT = st.one_of(
    st.text(max_size=200),
    st.tuples(st.sampled_from(VERBS), st.lists(WORD, max_size=6)).map(
        lambda vw: " ".join([vw[0], *vw[1]])
    ),
)
FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def outcome(run: Runner, text: str, *, admin: bool) -> Reply | DomainError:
    """The reply, or the DomainError the command was refused with; anything else propagates."""
    result: Reply | DomainError
    try:
        result = run(text, admin=admin)
    except DomainError as error:
        result = error
    if isinstance(result, DomainError):
        assert english(result).strip(), "an error without a message"
    return result


def acceptable_name(payload: str) -> bool:
    """Whether the platform's name rule (SPEC §1) would take this text as a name."""
    return re.fullmatch(r"[A-Za-z0-9 _-]{1,80}", payload.strip()) is not None


@FUZZ
@given(text=COMMAND_TEXT)
def test_a_member_sending_any_text_gets_a_reply_or_a_clean_error_and_changes_nothing(
    org: Runner, engine: Engine, text: str
) -> None:
    before = without_audit(rows(engine))
    outcome(org, text, admin=False)
    assert without_audit(rows(engine)) == before


@FUZZ
@given(text=COMMAND_TEXT)
def test_an_administrator_sending_any_text_gets_a_reply_or_a_clean_error(
    org: Runner, engine: Engine, text: str
) -> None:
    before = rows(engine)
    result = outcome(org, text, admin=True)
    after = rows(engine)
    if isinstance(result, DomainError) or not type(parse(text)).changes:
        # Refused or read-only: the store is exactly as it was, audit included.
        assert after == before
    assert set(after) == set(before)


def test_injection_attempts_in_every_name_position_are_refused_and_the_schema_survives(
    org: Runner, engine: Engine
) -> None:
    before = rows(engine)
    refusable = [p for p in INJECTIONS if not acceptable_name(p.replace('"', ""))]
    assert len(refusable) > 15
    for payload in refusable:
        quoted = '"' + payload.replace('"', "") + '"'
        for template in (
            "create {} type=blended chat=1",
            "site add {}",
            "team add {} site=Pest",
            "agent add {} team=Desk",
            "assign Spare agent {}",
            "edit Spare description={}",
            "settings timezone={}",
            "show {}",
        ):
            result = outcome(org, template.format(quoted), admin=True)
            assert isinstance(result, DomainError), (template, payload)
    assert rows(engine) == before
