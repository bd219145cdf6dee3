"""Only requests signed with the signing secret, and recent ones, are served."""

from __future__ import annotations

import time
import urllib.request

from domain.profiles import ProfileState
from tests.integration.bot.conftest import RunningApp


def _profile_names(app: RunningApp) -> list[str]:
    with app.factory("T1", write=False) as uow:
        return [p.name for p in uow.profiles.list(ProfileState.ALL)]


def test_a_request_signed_with_another_secret_is_refused_with_401_and_changes_nothing(
    running_app: RunningApp,
) -> None:
    answer = running_app.slack.command("create Sales type=blended chat=2", secret="wrong-secret")

    assert answer.status == 401
    time.sleep(0.2)
    assert "Sales" not in _profile_names(running_app)
    assert running_app.standin.calls_to("response_url") == []


def test_a_request_older_than_five_minutes_is_refused_with_401_and_changes_nothing(
    running_app: RunningApp,
) -> None:
    stale = int(time.time()) - 5 * 60 - 10
    answer = running_app.slack.command("create Sales type=blended chat=2", timestamp=stale)

    assert answer.status == 401
    time.sleep(0.2)
    assert "Sales" not in _profile_names(running_app)
    assert running_app.standin.calls_to("response_url") == []


def test_a_correctly_signed_recent_command_is_acknowledged_and_runs(
    running_app: RunningApp,
) -> None:
    answer = running_app.slack.command("create Sales type=blended chat=2")

    assert answer.status == 200
    running_app.standin.wait_for("response_url")
    assert "Sales" in _profile_names(running_app)


def test_the_health_check_answers_200(running_app: RunningApp) -> None:
    with urllib.request.urlopen(running_app.slack.base_url + "/healthz", timeout=5) as response:
        assert response.status == 200
