"""The directory through signed Slack requests: Unicode names, renames, replace, pages, buttons."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.ids import Action, Block, Callback
from tests.integration.bot.conftest import ADMIN, MEMBER, WORKSPACE, RunningApp, opened_view, seed
from tests.support.slack_standin import iter_block_texts

HUNGARIAN = (
    'site add "Győr"',
    'team add "Ügyfélszolgálat" site=Győr',
    'agent add "Kovács Éva" team=Ügyfélszolgálat',
    'agent add "Sean O\'Brien" team=Ügyfélszolgálat',
    'agent add "J. R. Smith" team=Ügyfélszolgálat',
)


def answer(app: RunningApp, text: str, count: int, *, user: str = ADMIN) -> dict[str, Any]:
    """Send `/mmprofile text` and return the `count`-th answer message the caller sees."""
    app.slack.command(text, user=user)
    return app.standin.wait_for("response_url", count, timeout=15)[count - 1].params


def texts(message: dict[str, Any]) -> str:
    return "\n".join(iter_block_texts(message.get("blocks") or [])) + "\n" + str(message["text"])


def click(app: RunningApp, action_id: str, value: str, *, user: str = ADMIN) -> None:
    """A button in an ephemeral answer, as Slack sends it: with the message's response_url."""
    app.slack.interact(
        {
            "type": "block_actions",
            "team": {"id": WORKSPACE},
            "user": {"id": user, "username": user.lower(), "team_id": WORKSPACE},
            "trigger_id": "1337.42.click",
            "response_url": app.standin.response_url(),
            "container": {"type": "message", "is_ephemeral": True},
            "actions": [
                {"action_id": action_id, "block_id": "b", "type": "button", "value": value}
            ],
        }
    )


def test_hungarian_names_are_accepted_and_found_with_and_without_accents(
    seeded_app: RunningApp,
) -> None:
    count = 0
    for text in HUNGARIAN:
        count += 1
        assert "Added" in answer(seeded_app, text, count)["text"], text
    shown = texts(answer(seeded_app, 'effective "kovács éva"', count + 1))
    assert '"Kovács Éva" gets this profile (1 team)' in shown
    assert 'Did you mean "Győr"' in texts(answer(seeded_app, "team list site=Gyor", count + 2))
    refused = texts(answer(seeded_app, 'effective "Kovacs Eva"', count + 3))
    assert 'Did you mean "Kovács Éva"' in refused


def test_a_zero_width_space_in_an_agent_name_is_refused_by_name(seeded_app: RunningApp) -> None:
    refused = answer(seeded_app, 'agent add "Zero\u200bWidth" team=Support', 1)
    assert "a zero-width space at position 5" in refused["text"]


def test_renames_and_replace_show_in_effective_and_history(seeded_app: RunningApp) -> None:
    seed(seeded_app.factory, *HUNGARIAN, "create Chat_Light type=blended voice=1 chat=1")
    seed(seeded_app.factory, 'assign Sales agent "Sean O\'Brien"')
    assert "Renamed site" in answer(seeded_app, "site rename Győr to Sopron", 1)["text"]
    assert (
        "Renamed team"
        in answer(seeded_app, 'team rename Ügyfélszolgálat to "Ügyfél-szolgálat"', 2)["text"]
    )
    done = answer(seeded_app, "replace Sales with Chat_Light", 3)["text"]
    assert "Sites changed: 1; teams: 0; agents: 1." in done
    shown = texts(answer(seeded_app, 'effective "Sean O\'Brien"', 4))
    assert "Chat_Light" in shown
    assert "Ügyfél-szolgálat" in shown
    history = texts(answer(seeded_app, "history site Sopron", 5))
    assert "site.rename" in history
    assert "Page 1 of 1" in history
    assert "profile.replace" in texts(answer(seeded_app, "history Sales", 6))


def test_a_team_move_and_an_agent_rename_show_in_effective_and_history(
    seeded_app: RunningApp,
) -> None:
    seed(seeded_app.factory, *HUNGARIAN)
    moved = answer(seeded_app, "team move Ügyfélszolgálat site=Budapest", 1)["text"]
    assert 'from site "Győr" to site "Budapest"' in moved
    renamed = answer(seeded_app, 'agent edit "Kovács Éva" name="Kovácsné Éva"', 2)["text"]
    assert 'Renamed agent "Kovács Éva" to "Kovácsné Éva"' in renamed
    shown = texts(answer(seeded_app, 'effective "kovácsné éva"', 3))
    assert '"Kovácsné Éva" gets this profile (1 team)' in shown
    assert "Sales" in shown
    assert "from site Budapest" in shown
    history = texts(answer(seeded_app, "history team Ügyfélszolgálat", 4))
    assert "team.move" in history
    assert "site=Győr" in history
    history = texts(answer(seeded_app, 'history agent "Kovácsné Éva"', 5))
    assert "agent.edit" in history
    assert "name=Kovács Éva" in history


def test_next_replaces_the_page_with_the_following_one(seeded_app: RunningApp) -> None:
    seed(seeded_app.factory, *(f"create P{i:03d} type=blended chat=1" for i in range(60)))
    first = answer(seeded_app, "list", 1)
    assert "Page 1 of 3" in texts(first)
    pages = next(b for b in first["blocks"] if b.get("block_id") == Block.PAGES)
    (button,) = pages["elements"]
    assert button["action_id"] == Action.PAGE_NEXT
    click(seeded_app, Action.PAGE_NEXT, button["value"])
    second = seeded_app.standin.wait_for("response_url", 2, timeout=15)[1].params
    assert second.get("replace_original") is True
    shown = texts(second)
    assert "Page 2 of 3 (26–50 of 62)" in shown
    assert "P030" in shown
    assert "P001" not in shown
    elements = next(b for b in second["blocks"] if b.get("block_id") == Block.PAGES)["elements"]
    assert [e["action_id"] for e in elements] == [Action.PAGE_PREVIOUS, Action.PAGE_NEXT]


def test_the_buttons_of_show_run_their_command_with_its_rights(seeded_app: RunningApp) -> None:
    shown = answer(seeded_app, "show Old", 1)
    offers = next(b for b in shown["blocks"] if b.get("block_id") == Block.OFFERS)["elements"]
    by_action = {e["action_id"]: e["value"] for e in offers}
    assert by_action[Action.OFFER_TOGGLE] == "activate Old"
    click(seeded_app, Action.OFFER_DELETE, by_action[Action.OFFER_DELETE])
    assert opened_view(seeded_app.standin)["callback_id"] == Callback.DELETE
    click(seeded_app, Action.OFFER_TOGGLE, by_action[Action.OFFER_TOGGLE], user=MEMBER)
    refused = seeded_app.standin.wait_for("response_url", 2, timeout=15)[1].params
    assert "Only mmbot administrators" in refused["text"]
    click(seeded_app, Action.OFFER_TOGGLE, by_action[Action.OFFER_TOGGLE])
    done = seeded_app.standin.wait_for("response_url", 3, timeout=15)[2].params
    assert 'Profile "Old" is active again' in done["text"]


def test_app_home_is_published_again_to_its_viewers_after_a_change(seeded_app: RunningApp) -> None:
    seeded_app.slack.event(
        {"type": "app_home_opened", "user": MEMBER, "channel": "D1", "tab": "home"}
    )
    seeded_app.standin.wait_for("views.publish", 1)
    answer(seeded_app, "create Fresh type=blended chat=1", 1)
    republished = seeded_app.standin.wait_for("views.publish", 2, timeout=15)[1].params
    assert republished["user_id"] == MEMBER
    assert "Fresh" in " ".join(iter_block_texts(republished["view"]["blocks"]))


def test_a_command_without_a_team_id_is_refused_and_creates_no_workspace(
    running_app: RunningApp,
) -> None:
    # Slack always names the team: a payload without one is malformed, refused before Bolt
    # authorizes it (400), and nothing is run for it.
    refused = replace(running_app.slack, team_id="").command("list")
    assert refused.status == 400
    assert "names no workspace" in refused.body
    assert running_app.factory.workspace_ids() == [WORKSPACE]
    assert running_app.standin.calls_to("response_url") == []


def test_a_refused_button_answers_in_the_language_the_member_chose(
    seeded_app: RunningApp,
) -> None:
    answer(seeded_app, "language hu", 1, user=MEMBER)
    click(seeded_app, Action.OFFER_TOGGLE, "activate Old", user=MEMBER)
    refused = seeded_app.standin.wait_for("response_url", 2, timeout=15)[1].params
    assert "csak az mmbot rendszergazdái futtathatják" in refused["text"]


def test_a_refreshed_app_home_reads_in_the_language_its_viewer_chose_since(
    seeded_app: RunningApp,
) -> None:
    seeded_app.slack.event(
        {"type": "app_home_opened", "user": MEMBER, "channel": "D1", "tab": "home"}
    )
    first = seeded_app.standin.wait_for("views.publish", 1)[0].params
    assert "Multimedia profiles" in " ".join(iter_block_texts(first["view"]["blocks"]))
    answer(seeded_app, "language hu", 1, user=MEMBER)
    answer(seeded_app, "create Fresh type=blended chat=1", 2)
    republished = seeded_app.standin.wait_for("views.publish", 2, timeout=15)[-1].params
    shown = " ".join(iter_block_texts(republished["view"]["blocks"]))
    assert "Fresh" in shown
    assert "Multimédiás profilok" in shown
