"""Opening the forms (views.open): the application checks rights and rules, then the view opens."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.deps import Deps
from bot.forms.metadata import FormMetadata
from bot.forms.profile import ProfileDraft
from bot.transfer.views import paste_form
from bot.views.assign_form import assign_form
from bot.views.confirm import delete_confirmation
from bot.views.profile_form import profile_form
from bot.views.settings_form import settings_form
from domain.application import Caller
from domain.commands import model as m
from domain.profiles import Profile
from domain.workspace import Workspace

FORM_COMMANDS = (
    m.OpenCreateForm,
    m.OpenEditForm,
    m.OpenDeleteConfirmation,
    m.OpenAssignForm,
    m.OpenSettingsForm,
    m.OpenImportForm,
)


def open_form(
    deps: Deps, client: WebClient, caller: Caller, trigger_id: str, command: m.Command
) -> None:
    """Run the form command through the application, then open what it asked for."""
    result = deps.app.handle(command, caller, forms=True)
    lang = caller.lang
    if isinstance(command, m.OpenCreateForm):
        draft = ProfileDraft()
        meta = FormMetadata(shown_type=draft.type)
        view = profile_form(draft, editing=None, version=None, metadata=meta.dump(), lang=lang)
    elif isinstance(command, m.OpenEditForm):
        profile = result.data
        assert isinstance(profile, Profile)
        draft = ProfileDraft.from_profile(profile)
        meta = FormMetadata(shown_type=draft.type, profile=profile.name, version=profile.version)
        view = profile_form(
            draft, editing=profile.name, version=profile.version, metadata=meta.dump(), lang=lang
        )
    elif isinstance(command, m.OpenDeleteConfirmation):
        profile = result.data
        assert isinstance(profile, Profile)
        meta = FormMetadata(profile=profile.name)
        view = delete_confirmation(profile.name, metadata=meta.dump(), lang=lang)
    elif isinstance(command, m.OpenAssignForm):
        view = assign_form(profile=None, kind=None, metadata=FormMetadata().dump(), lang=lang)
    elif isinstance(command, m.OpenSettingsForm):
        workspace = result.data
        assert isinstance(workspace, Workspace)
        view = settings_form(workspace, metadata=FormMetadata().dump(), lang=lang)
    else:
        view = paste_form(lang)
    client.views_open(trigger_id=trigger_id, view=view)
