"""Did-you-mean suggestions and the message catalogue."""

from __future__ import annotations

import ast
import pathlib
import re

from domain import messages
from domain.names import closest

ROOT = pathlib.Path(__file__).resolve().parents[3]


def test_a_misspelt_name_suggests_the_closest_existing_names() -> None:
    names = ["Chat Heavy", "Email Only", "Voice Only", "Chat Light"]
    assert closest("chat hevy", names)[0] == "Chat Heavy"
    assert "Email Only" not in closest("chat hevy", names)


def test_a_prefix_of_a_name_suggests_it() -> None:
    assert closest("Default", ["Default_Telephony_Profile", "Other"]) == [
        "Default_Telephony_Profile"
    ]


def test_nothing_is_suggested_for_an_unrelated_name() -> None:
    assert closest("zzzz", ["Chat Heavy", "Email Only"]) == []


# How the code names a sentence: msg("key", …) in the domain, t(lang, "key", …) at the
# edges, and a translator called as tr("key", …) or md("key", …).
_KEY_ARGUMENT = {"msg": 0, "t": 1, "tr": 0, "md": 0, "notice": 0}


def _catalogue_calls() -> list[tuple[str, set[str], str]]:
    """Every catalogue call with a literal key in the code: key, keyword names, where."""
    found = []
    for path in ROOT.glob("*/**/*.py"):
        if any(part in {".venv", "tests", "bench"} for part in path.parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            index = _KEY_ARGUMENT.get(node.func.id)
            if index is None or len(node.args) <= index:
                continue
            key = node.args[index]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                names = {k.arg for k in node.keywords if k.arg}
                found.append((key.value, names, f"{path.relative_to(ROOT)}:{node.lineno}"))
    return found


def test_every_literal_catalogue_key_used_in_the_code_exists_with_matching_placeholders() -> None:
    calls = _catalogue_calls()
    assert calls, "no catalogue calls found: the scan is broken"
    known = messages.keys()
    for key, given, where in calls:
        assert key in known, f"{where}: unknown message key {key!r}"
        missing = messages.placeholders(key) - given
        assert not missing, f"{where}: {key!r} needs {sorted(missing)}"


def test_catalogue_placeholders_are_plain_names() -> None:
    for key in sorted(messages.keys()):
        for name in messages.placeholders(key):
            assert re.fullmatch(r"[a-z_]+", name), f"{key}: odd placeholder {name!r}"
