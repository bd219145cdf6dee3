"""Every command that changes something is refused to a member who is not an administrator:
the member is told why, the refusal is audited, and nothing else changes."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from domain.commands import model as m
from domain.commands.grammar import parse
from domain.errors import NotAdministrator
from domain.transfer.document import ExportDocument
from tests.security.conftest import Runner, rows, without_audit
from tests.support.texts import english

# One valid example per changing command, runnable on the `org` fixture: its text, or the
# command itself for those only a form or an import builds.
EXAMPLES: dict[type[m.Command], str | m.Command] = {
    m.CreateProfile: "create Fresh type=exclusive channels=chat",
    m.EditProfile: "edit Spare chat=3",
    m.ActivateProfile: "activate Retired",
    m.DeactivateProfile: "deactivate Spare",
    m.DeleteProfile: "delete Retired",
    m.Assign: 'assign "Chat Heavy" agent Ann',
    m.Unassign: "unassign team Desk",
    m.AddSite: "site add Buda",
    m.RemoveSite: "site remove Empty",
    m.AddTeam: "team add Night site=Pest",
    m.RemoveTeam: "team remove Idle",
    m.AddAgent: "agent add Bob team=Desk",
    m.RemoveAgent: "agent remove Ann",
    m.SetAgentTeams: "agent teams Ann team=Desk,Idle",
    m.ChangeSettings: "settings report_channel=#ops",
    m.RenameSite: "site rename Pest to Győr",
    m.RenameTeam: 'team rename Desk to "Ügyfélszolgálat"',
    m.MoveTeam: "team move Idle site=Empty",
    m.EditAgent: 'agent edit Ann name="Kovács Anna" email=anna@example.com',
    m.ReplaceProfile: 'replace "Chat Heavy" with Spare',
    m.SubmitSettingsForm: m.SubmitSettingsForm(
        multimedia=True,
        report_channel="C0OPS",
        report_schedule="0 9 * * *",
        timezone="UTC",
        audit_channel=None,
        report_all_clear=False,
    ),
    m.ImportAgentCsv: m.ImportAgentCsv(
        csv_text="name,email,slack,teams,profile\nCid,,,Desk,\n", source="t.csv", dry_run=False
    ),
    m.ImportDocument: m.ImportDocument(
        document=ExportDocument.model_validate(
            {"sites": [{"name": "Obuda", "profile": "Default_Telephony_Profile"}]}
        ),
        source="t.json",
        dry_run=False,
    ),
}


def changing_commands() -> set[type[m.Command]]:
    """Every Command subclass, however deep, whose `changes` is set and that needs an
    administrator (`language` changes only the caller's own choice: anyone may), and that
    a Slack administrator may make (the local-only ones are refused to every Slack user)."""
    found: set[type[m.Command]] = set()
    pending = list(m.Command.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.changes and cls.needs_admin() and not cls.local_only and not cls.__subclasses__():
            found.add(cls)
    return found


def test_every_changing_command_has_an_example_in_this_matrix() -> None:
    assert changing_commands() == set(EXAMPLES), "add an example for each new changing command"


@pytest.mark.parametrize(("kind", "text"), [(k.__name__, t) for k, t in EXAMPLES.items()])
def test_a_member_is_refused_every_change_it_is_audited_and_nothing_else_changes(
    org: Runner, engine: Engine, kind: str, text: str | m.Command
) -> None:
    assert type(parse(text) if isinstance(text, str) else text).__name__ == kind
    before = rows(engine)
    with pytest.raises(NotAdministrator) as refused:
        org(text, admin=False)
    assert "administrator" in english(refused.value)
    after = rows(engine)
    assert without_audit(after) == without_audit(before)
    added = after["audit"][len(before["audit"]) :]
    assert len(added) == 1
    assert "refused" in added[0]
    # The same text changes the store when an administrator sends it: the example is real.
    org(text)
    assert without_audit(rows(engine)) != without_audit(before)


def test_only_the_callers_own_language_is_a_change_a_member_may_make() -> None:
    open_to_all = {
        cls
        for cls in _all_commands()
        if cls.changes and not cls.needs_admin() and not cls.__subclasses__()
    }
    assert open_to_all == {m.ChooseLanguage}


def test_only_naming_administrators_is_kept_for_the_machine_that_holds_the_database() -> None:
    # Refused to Slack administrators too: tests/integration/bot/test_admins_per_workspace.py.
    assert {cls for cls in _all_commands() if cls.local_only} == {m.SetWorkspaceAdmins}


def _all_commands() -> set[type[m.Command]]:
    found: set[type[m.Command]] = set()
    pending = list(m.Command.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        found.add(cls)
    return found
