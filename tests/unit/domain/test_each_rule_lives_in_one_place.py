"""A rule of SPEC §2 is written once: services, form openers and the import call it there."""

from __future__ import annotations

import ast
import pathlib
import re

import pytest

from domain.messages.en import MESSAGES

ROOT = pathlib.Path(__file__).resolve().parents[3]
PACKAGES = ("domain", "storage", "bot", "cli", "slackkit", "mmbot")
RULES_MODULE = ROOT / "domain" / "rules.py"
# The refusals that enforce the lifecycle and assignment rules, and the text each one shows.
RULE_ERRORS = {
    "SystemProfileLocked": "error.system_profile_locked",
    "ProfileStillActive": "error.profile_still_active",
    "ProfileInactive": "error.profile_inactive",
    "CapacityTeamHasNoProfile": "error.capacity_team",
    "MultimediaDisabled": "error.multimedia_disabled",
}


def _sources() -> list[pathlib.Path]:
    return [path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))]


def _raised_where(name: str) -> list[str]:
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id == name:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


@pytest.mark.parametrize("error", sorted(RULE_ERRORS))
def test_a_rule_refusal_is_raised_only_by_the_rules_module(error: str) -> None:
    places = _raised_where(error)
    assert places, f"{error} is never raised: the scan is broken"
    assert all(place.startswith("domain/rules.py:") for place in places), places


@pytest.mark.parametrize("key", sorted(RULE_ERRORS.values()))
def test_a_rule_text_is_written_only_in_the_catalogue(key: str) -> None:
    # A distinctive piece of the English text, long enough not to occur by chance.
    pieces = re.split(r"\{[a-z_]+\}", str(MESSAGES[key]))
    piece = max((p.strip(' ."`') for p in pieces), key=len)[:40]
    assert len(piece) >= 15, f"{key}: no distinctive text to look for"
    holders = [
        path.relative_to(ROOT).as_posix()
        for path in _sources()
        if piece in path.read_text() and "/messages/" not in path.as_posix()
    ]
    assert not holders, f"the text of {key} is copied into {holders}"
