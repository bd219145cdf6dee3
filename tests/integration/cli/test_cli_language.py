"""The CLI reads in the language asked for: --lang, else MMBOT_LANG, else the workspace's."""

from __future__ import annotations

import pytest

from tests.integration.cli.conftest import Mmbot


def _chat_heavy(mmbot: Mmbot) -> None:
    code, _, _ = mmbot("cmd", 'create "Chat Heavy" type=blended voice=1 chat=5 email=2')
    assert code == 0


def test_show_with_lang_hu_reads_in_hungarian(mmbot: Mmbot) -> None:
    _chat_heavy(mmbot)
    code, out, _ = mmbot("cmd", "--lang", "hu", 'show "Chat Heavy"')
    assert code == 0
    assert "Profil: „Chat Heavy”" in out
    assert "Típus: Kevert" in out
    assert "Hang 1 · Csevegés 5 · E-mail 2 · Közösségi csatorna 0" in out
    assert "Állapot: aktív" in out


def test_mmbot_lang_is_the_default_and_lang_overrides_it(
    mmbot: Mmbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _chat_heavy(mmbot)
    monkeypatch.setenv("MMBOT_LANG", "hu")
    _, out, _ = mmbot("cmd", "list")
    assert "2 aktív profil:" in out
    _, out, _ = mmbot("cmd", "--lang", "en", "list")
    assert "2 active profiles:" in out


def test_without_a_choice_the_cli_follows_the_workspace_language(mmbot: Mmbot) -> None:
    _chat_heavy(mmbot)
    _, out, _ = mmbot("cmd", "settings language=hu")
    assert "Settings saved." in out  # read in the language that applied when it was typed
    _, out, _ = mmbot("cmd", 'show "Chat Heavy"')
    assert "Profil: „Chat Heavy”" in out


def test_a_refusal_is_in_hungarian_too(mmbot: Mmbot) -> None:
    code, out, err = mmbot("cmd", "--lang", "hu", 'show "Nincs Ilyen"')
    assert code == 1
    assert "Nincs „Nincs Ilyen” nevű profil." in out + err


def test_report_print_with_lang_hu_reads_in_hungarian(mmbot: Mmbot) -> None:
    _chat_heavy(mmbot)
    code, out, _ = mmbot("report", "--print", "--lang", "hu")
    assert code == 0
    assert "Multimédiás profilok jelentése" in out
    assert "Hozzá nem rendelt aktív profilok (1), inaktiválásra javasolt:" in out
    assert "Profilok: 2 aktív, 0 inaktív." in out


def test_an_unknown_language_is_a_usage_error_naming_the_known_ones(
    mmbot: Mmbot, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        mmbot("cmd", "--lang", "de", "list")
    assert stopped.value.code == 2
    assert "'en', 'hu'" in capsys.readouterr().err


def test_list_unassigned_reads_in_hungarian(mmbot: Mmbot) -> None:
    code, out, err = mmbot("cmd", "--lang", "hu", "list unassigned")
    assert (code, err) == (0, "")
    assert "Nincs hozzá nem rendelt profil." in out
    _chat_heavy(mmbot)
    code, out, err = mmbot("cmd", "--lang", "hu", "list unassigned")
    assert (code, err) == (0, "")
    assert "1 hozzá nem rendelt profil:" in out
    assert "Chat Heavy" in out
