"""Dependencies point one way: bot → domain ← storage; cli beside bot, never importing it."""

from __future__ import annotations

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "domain": {
        "slack_bolt",
        "slack_sdk",
        "sqlalchemy",
        "alembic",
        "bot",
        "storage",
        "cli",
        "slackkit",
        "mmbot",
        "config",
        "psycopg",
    },
    "storage": {"slack_bolt", "slack_sdk", "bot", "cli", "slackkit", "mmbot", "config"},
    "slackkit": {"slack_bolt", "bot", "cli", "storage", "sqlalchemy", "mmbot"},
    "cli": {"bot", "slack_bolt", "mmbot"},
    "bot": {"cli", "mmbot"},
    # Settings are read by the applications and handed in; the model itself knows none of them.
    "config": {"domain", "storage", "bot", "cli", "slackkit", "mmbot", "slack_bolt", "sqlalchemy"},
}
# The one module of `bot` that may know the storage adapter: it wires the app to its store.
BOT_COMPOSITION_ROOT = ROOT / "bot" / "bootstrap.py"


def imported_roots(path: pathlib.Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def python_files(package: str) -> list[pathlib.Path]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no Python files under {package}/: the scan is broken"
    return files


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_nothing_it_must_not_depend_on(package: str) -> None:
    for path in python_files(package):
        wrong = imported_roots(path) & FORBIDDEN[package]
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def test_the_bot_reaches_storage_only_through_its_composition_root() -> None:
    for path in python_files("bot"):
        if path == BOT_COMPOSITION_ROOT:
            continue
        assert "storage" not in imported_roots(path), (
            f"{path.relative_to(ROOT)} imports storage; only bot/bootstrap.py may"
        )


def test_the_scan_notices_a_forbidden_import(tmp_path: pathlib.Path) -> None:
    module = tmp_path / "listener.py"
    module.write_text("from bot.views import home\nimport storage.uow\n")
    assert {"bot", "storage"} <= imported_roots(module)
