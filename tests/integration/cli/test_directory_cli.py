"""The directory through `mmbot cmd`: Unicode names, renames, moves, replace, workspaces."""

from __future__ import annotations

import pytest

from tests.integration.cli.conftest import Mmbot


@pytest.fixture
def hungarian(mmbot: Mmbot) -> Mmbot:
    """Two sites, teams and agents with Hungarian and punctuated names."""
    for text in (
        "settings multimedia=on",
        'site add "Győr"',
        "site add Budapest",
        'team add "Ügyfélszolgálat" site=Győr',
        'team add "Tier-1 (night)" site=Budapest',
        'agent add "Kovács Éva" team=Ügyfélszolgálat email=eva@example.com',
        'agent add "Sean O\'Brien" team="Tier-1 (night)"',
        'agent add "J. R. Smith" team=Ügyfélszolgálat,"Tier-1 (night)"',
        "create Chat_Heavy type=blended voice=1 chat=3",
        "create Chat_Light type=blended voice=1 chat=1",
    ):
        code, _, err = mmbot("cmd", text)
        assert code == 0, (text, err)
    return mmbot


def test_hungarian_and_punctuated_names_are_accepted_and_listed(hungarian: Mmbot) -> None:
    _, out, _ = hungarian("cmd", "agent list")
    for name in ("Kovács Éva", "Sean O'Brien", "J. R. Smith", "Ügyfélszolgálat"):
        assert name in out
    _, out, _ = hungarian("cmd", "team list")
    assert "Győr" in out
    assert "Tier-1 (night)" in out


def test_names_are_found_in_any_case_and_suggested_without_accents(hungarian: Mmbot) -> None:
    code, out, _ = hungarian("cmd", 'effective "KOVÁCS ÉVA"')
    assert code == 0
    assert "Kovács Éva" in out
    code, _, err = hungarian("cmd", "team list site=Gyor")
    assert code == 1
    assert 'Did you mean "Győr"' in err
    code, _, err = hungarian("cmd", 'effective "Kovacs Eva"')
    assert 'Did you mean "Kovács Éva"' in err


def test_a_name_in_another_normal_form_or_spacing_is_the_same_name(hungarian: Mmbot) -> None:
    decomposed = "Gyo\u030br"  # o + combining double acute: the same letter as ő
    code, _, err = hungarian("cmd", f'site add "{decomposed}"')
    assert code == 1
    assert 'A site named "Győr" already exists' in err
    code, _, err = hungarian("cmd", 'agent add "  Kovács   éva " team=Ügyfélszolgálat')
    assert code == 1
    assert 'agent named "Kovács Éva" already exists' in err


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Zero\u200bWidth", "a zero-width space at position 5"),
        ("Tab\there", "a tab at position 4"),
        ("Evil\u202eName", "bidirectional text control character (U+202E) at position 5"),
        ("<@U123>", "less-than sign '<' at position 1"),
        ("a|b", "vertical bar '|' at position 2"),
    ],
)
def test_invisible_and_markup_characters_are_refused_by_name_and_position(
    hungarian: Mmbot, name: str, said: str
) -> None:
    code, _, err = hungarian("cmd", f'agent add "{name}" team=Ügyfélszolgálat')
    assert code == 1
    assert said in err
    _, out, _ = hungarian("cmd", "agent list")
    assert "3 agents" in out


def test_a_renamed_site_keeps_its_history_and_its_agents_profiles(hungarian: Mmbot) -> None:
    assert hungarian("cmd", "assign Chat_Heavy site Győr")[0] == 0
    code, out, _ = hungarian("cmd", "site rename Győr to Sopron")
    assert code == 0
    assert 'Renamed site "Győr" to "Sopron"' in out
    _, out, _ = hungarian("cmd", 'effective "Kovács Éva"')
    assert "from site Sopron" in out
    assert "Chat_Heavy" in out
    _, out, _ = hungarian("cmd", "history site Sopron")
    assert "site.rename" in out
    assert "site.assign" in out
    assert "site.add" in out
    assert "Page 1 of 1" in out


def test_a_moved_team_takes_the_new_sites_profile(hungarian: Mmbot) -> None:
    assert hungarian("cmd", "assign Chat_Light site Budapest")[0] == 0
    code, out, _ = hungarian("cmd", "team move Ügyfélszolgálat site=Budapest")
    assert code == 0
    assert 'from site "Győr" to site "Budapest"' in out
    _, out, _ = hungarian("cmd", 'effective "Kovács Éva"')
    assert "Chat_Light" in out
    assert "from site Budapest" in out
    _, out, _ = hungarian("cmd", "history team Ügyfélszolgálat")
    assert "team.move" in out


def test_agent_edit_renames_and_changes_contacts_in_one_record(hungarian: Mmbot) -> None:
    code, out, _ = hungarian(
        "cmd", 'agent edit "Kovács Éva" name="Kovácsné Éva" email=eva.k@example.com slack=@eva'
    )
    assert code == 0
    assert 'Renamed agent "Kovács Éva" to "Kovácsné Éva"' in out
    _, out, _ = hungarian("cmd", 'history agent "Kovácsné Éva"')
    assert "agent.edit" in out
    assert "agent.add" in out
    assert 'teams=["Ügyfélszolgálat"]' in out  # as written, not as \u escapes
    assert "eva.k@example.com" in out
    code, out, _ = hungarian("cmd", 'agent edit "Kovácsné Éva" email=')
    assert code == 0
    assert "Email: not set" in out


def test_replace_moves_every_reference_and_the_old_profile_can_retire(hungarian: Mmbot) -> None:
    for text in (
        "assign Chat_Heavy site Győr",
        'assign Chat_Heavy team "Tier-1 (night)"',
        'assign Chat_Heavy agent "Sean O\'Brien"',
    ):
        assert hungarian("cmd", text)[0] == 0
    code, out, _ = hungarian("cmd", "replace Chat_Heavy with Chat_Light")
    assert code == 0
    assert "Sites changed: 1; teams: 1; agents: 1." in out
    _, out, _ = hungarian("cmd", 'effective "Sean O\'Brien"')
    assert "Chat_Light" in out
    assert "Chat_Heavy" not in out
    assert hungarian("cmd", "deactivate Chat_Heavy")[0] == 0
    _, out, _ = hungarian("cmd", "history Chat_Heavy")
    assert "profile.replace" in out
    _, out, _ = hungarian("cmd", "history site Győr")
    assert "site.replace" in out


def test_the_history_of_a_deleted_profile_is_shown_marked_deleted(hungarian: Mmbot) -> None:
    assert hungarian("cmd", "deactivate Chat_Light")[0] == 0
    assert hungarian("cmd", "delete Chat_Light")[0] == 0
    code, out, _ = hungarian("cmd", "history chat_light")
    assert code == 0
    assert "has been deleted" in out
    assert "profile.delete" in out
    assert "profile.create" in out


def test_the_history_of_a_removed_agent_and_of_the_settings(hungarian: Mmbot) -> None:
    assert hungarian("cmd", 'agent remove "J. R. Smith"')[0] == 0
    code, out, _ = hungarian("cmd", 'history agent "J. R. Smith"')
    assert code == 0
    assert "agent.remove" in out
    assert "has been deleted" in out
    code, out, _ = hungarian("cmd", "history settings")
    assert code == 0
    assert "settings.change" in out


def test_an_unknown_workspace_is_refused_with_the_known_ones_and_nothing_is_created(
    mmbot: Mmbot,
) -> None:
    assert mmbot("cmd", "list")[0] == 0  # the default workspace "local", on first use
    code, _, err = mmbot("cmd", "--workspace", "nosuch", "list")
    assert code == 2
    assert 'There is no workspace "nosuch"' in err
    assert "local" in err
    _, out, _ = mmbot("workspace", "list")
    assert "nosuch" not in out
    assert mmbot("cmd", "list")[0] == 0  # still one workspace: no "several workspaces"


def test_workspace_add_creates_one_on_purpose(mmbot: Mmbot) -> None:
    code, out, _ = mmbot("workspace", "add", "T0123")
    assert code == 0
    assert "T0123" in out
    assert mmbot("cmd", "--workspace", "T0123", "list")[0] == 0
    _, out, _ = mmbot("workspace", "list")
    assert "T0123" in out
    assert mmbot("workspace", "add", "bad id")[0] == 2
