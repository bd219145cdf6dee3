"""Language settings through `mmbot cmd`: the workspace's language, and `language` refused."""

from __future__ import annotations

from tests.integration.cli.conftest import Mmbot


def test_the_workspace_language_is_english_until_set_to_hungarian(mmbot: Mmbot) -> None:
    code, out, _ = mmbot("cmd", "settings")
    assert code == 0
    assert "Language of channel posts (report, change notices): English" in out
    code, out, _ = mmbot("cmd", "settings language=hu")
    assert code == 0
    assert "Language of channel posts (report, change notices): Hungarian (magyar)" in out
    code, out, _ = mmbot("cmd", "settings language=HU")
    assert "nem változott semmi" in out  # the CLI now follows the workspace's language


def test_a_language_mmbot_does_not_speak_is_refused_naming_the_allowed_ones(mmbot: Mmbot) -> None:
    code, out, err = mmbot("cmd", "settings language=de")
    assert code != 0
    assert "language=de: language must be one of en, hu." in out + err


def test_the_personal_language_command_points_the_cli_to_its_own_switch(mmbot: Mmbot) -> None:
    code, out, err = mmbot("cmd", "language hu")
    assert code != 0
    assert "--lang en|hu or MMBOT_LANG" in out + err
