"""The sandbox sits on top: it may use bot, domain, slackkit and storage; only `mmbot` starts it."""

from __future__ import annotations

import pytest

from tests.unit.test_architecture import ROOT, imported_roots


def test_the_sandbox_never_imports_the_tests_or_the_cli() -> None:
    files = sorted((ROOT / "sandbox").rglob("*.py"))
    assert files
    for path in files:
        wrong = imported_roots(path) & {"tests", "cli", "bench"}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


@pytest.mark.parametrize("package", ["domain", "storage", "bot", "cli", "slackkit"])
def test_the_app_never_imports_the_sandbox(package: str) -> None:
    for path in sorted((ROOT / package).rglob("*.py")):
        assert "sandbox" not in imported_roots(path), f"{path.relative_to(ROOT)} imports sandbox"
