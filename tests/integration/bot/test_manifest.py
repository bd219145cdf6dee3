"""manifest.yml declares exactly what the app listens to, and the URLs Slack needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import LISTENER_PACKAGES
from bot.ids import EVENTS_PATH

MANIFEST = Path(__file__).resolve().parents[3] / "manifest.yml"


class RecordingApp:
    """Stands in for a Bolt App and records what each listener package registers."""

    def __init__(self) -> None:
        self.registered: dict[str, set[str]] = {}

    def __getattr__(self, kind: str) -> Any:
        def decorator_for(key: str) -> Any:
            self.registered.setdefault(kind, set()).add(str(key))
            return lambda listener: listener

        return decorator_for


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def registered() -> dict[str, set[str]]:
    app = RecordingApp()
    for package in LISTENER_PACKAGES:
        package.register(app, deps=None)
    return app.registered


def test_every_registered_command_is_in_the_manifest_and_every_manifest_command_is_registered(
    manifest: dict[str, Any], registered: dict[str, set[str]]
) -> None:
    declared = {entry["command"] for entry in manifest["features"]["slash_commands"]}
    assert declared == registered["command"]


def test_every_command_has_a_usage_hint_and_escapes_mentions(manifest: dict[str, Any]) -> None:
    for entry in manifest["features"]["slash_commands"]:
        assert entry["usage_hint"]
        assert entry["should_escape"] is True
        assert entry["url"].endswith(EVENTS_PATH)


def test_the_manifest_subscribes_to_exactly_the_events_the_app_handles(
    manifest: dict[str, Any], registered: dict[str, set[str]]
) -> None:
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == registered["event"]
    assert manifest["settings"]["event_subscriptions"]["request_url"].endswith(EVENTS_PATH)


def test_interactivity_and_options_urls_are_declared_because_forms_and_pickers_are_used(
    manifest: dict[str, Any], registered: dict[str, set[str]]
) -> None:
    interactivity = manifest["settings"]["interactivity"]
    assert registered["view"]
    assert registered["action"]
    assert registered["options"]
    assert interactivity["is_enabled"] is True
    assert interactivity["request_url"].endswith(EVENTS_PATH)
    assert interactivity["message_menu_options_url"].endswith(EVENTS_PATH)


def test_the_home_tab_is_on_and_socket_mode_is_off_by_default(manifest: dict[str, Any]) -> None:
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is False


def test_the_bot_scopes_are_the_ones_the_app_uses(manifest: dict[str, Any]) -> None:
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "commands",
        "chat:write",
        "chat:write.public",
        "users:read",
        "usergroups:read",
        # Before a second attempt at a report, its channel's history is searched for it.
        "channels:history",
        "groups:history",
    }
