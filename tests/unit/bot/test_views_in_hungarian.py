"""Every form, the App Home and the import modal in Hungarian: within Slack's limits, uncut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from bot.forms.profile import ProfileDraft
from bot.transfer.views import done_view, paste_form, preview_view
from bot.views.assign_form import assign_form
from bot.views.confirm import delete_confirmation, result_view
from bot.views.home import home_view
from bot.views.profile_form import profile_form
from bot.views.settings_form import settings_form
from domain.commands.replies import Reply
from domain.messages import msg
from domain.profiles import Profile, ProfileState, ProfileType
from domain.services.report import Report
from domain.workspace import Workspace

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
# Block Kit: a modal's title, submit and close 24 characters; a button's or an option's
# text 75; a header 150; an input's label 2000, its placeholder 150, its hint 2000.
_LIMITS = {"title": 24, "submit": 24, "close": 24, "placeholder": 150, "label": 2000}


def _profile(name: str, *, active: bool = True) -> Profile:
    return Profile(
        id=1, name=name, type=ProfileType.BLENDED_REALTIME, voice=1, chat=2, email=0, social=0,
        active=active, created_at=NOW, created_by="x", updated_at=NOW, updated_by="x",
        status_changed_at=NOW, status_changed_by="x",
    )  # fmt: skip


def _report() -> Report:
    return Report(
        workspace_id="T1",
        generated_at=NOW,
        inactive=(),
        unassigned=("Tartalek",),
        profiles_by_state={ProfileState.ACTIVE: 2, ProfileState.INACTIVE: 1, ProfileState.ALL: 3},
        agents_per_profile={"Chat Heavy": 3},
        multimedia_enabled=True,
    )


def _views() -> dict[str, dict[str, Any]]:
    draft = ProfileDraft(type=ProfileType.BLENDED)
    exclusive = ProfileDraft(type=ProfileType.EXCLUSIVE)
    hu = "hu"
    return {
        "create": profile_form(draft, editing=None, version=None, metadata="{}", lang=hu),
        "edit": profile_form(exclusive, editing="Chat Heavy", version=3, metadata="{}", lang=hu),
        "assign": assign_form(profile=None, kind=None, metadata="{}", lang=hu),
        "settings": settings_form(Workspace(id="T1", language=hu), metadata="{}", lang=hu),
        "delete": delete_confirmation("Chat Heavy", metadata="{}", lang=hu),
        "result": result_view(Reply(headline=msg("reply.done")), hu),
        "home": home_view(
            [_profile("Chat Heavy"), _profile("Regi", active=False)],
            _report(),
            multimedia=True,
            lang=hu,
        ),
        "paste": paste_form(hu),
        "preview": preview_view(["Létrehozva: 1 ügynök"], "name\nEva", "{}", hu),
        "done": done_view(["Importálva."], hu),
    }


def _plain_texts(node: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) of every plain_text object, named by the key that holds it."""
    if isinstance(node, dict):
        if node.get("type") == "plain_text":
            yield key, str(node["text"])
        for name, value in node.items():
            yield from _plain_texts(value, name if isinstance(value, dict | list) else key)
    elif isinstance(node, list):
        for item in node:
            yield from _plain_texts(item, key)


def test_every_hungarian_view_text_fits_slacks_limits_without_being_cut() -> None:
    views = _views()
    for view_name, view in views.items():
        for where, text in _plain_texts(view):
            limit = _LIMITS.get(where, 75 if where in {"text", "options", "elements"} else 3000)
            assert text.strip(), f"{view_name}: empty {where}"
            assert len(text) <= limit, f"{view_name}: {where} {text!r} over {limit}"
            assert not text.endswith("…"), f"{view_name}: {where} {text!r} was cut"


def test_the_hungarian_forms_use_the_vendors_words() -> None:
    views = _views()
    create = views["create"]
    assert create["title"]["text"] == "Új profil"
    assert create["submit"]["text"] == "Létrehozás"
    assert create["close"]["text"] == "Mégse"
    assert views["edit"]["submit"]["text"] == "Mentés"
    assert views["delete"]["submit"]["text"] == "Törlés"
    texts = str(views)
    for word in ("Kevert", "Kevert valós idejű", "Kizáró", "Hang", "Csevegés", "E-mail"):
        assert word in texts
    assert "Közösségi csatorna" in texts
