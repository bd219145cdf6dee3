"""The small contact center a new sandbox starts with, as /mmprofile commands run in order.

This list is the one place to grow it. Sites, teams and agents carry their own names,
accents included (SPEC §1); profile names and descriptions keep to the platform's ASCII
characters.
"""

from __future__ import annotations

from domain.application import Application, Caller
from domain.application.ports import NoNotifier
from domain.application.store import Store
from domain.audit import Actor, ActorKind
from domain.commands.grammar import parse
from domain.messages import DEFAULT_LANGUAGE
from sandbox import people

SEED_ACTOR = Actor(kind=ActorKind.CLI, id="sandbox", name="sandbox seed")
# A local caller: an administrator by position, as the CLI's user is.
SEED_CALLER = Caller(people.WORKSPACE_ID, SEED_ACTOR, DEFAULT_LANGUAGE)


class NobodyFromSlack:
    """The seed acts for no Slack user, so no one is an administrator through Slack."""

    def is_admin(self, workspace_id: str, user_id: str) -> bool:  # noqa: ARG002
        return False


SEED_COMMANDS = (
    "settings multimedia=on"
    f" report_channel=<#{people.REPORTS.id}|{people.REPORTS.name}>"
    f" audit_channel=<#{people.CONTACT_CENTER.id}|{people.CONTACT_CENTER.name}>"
    ' report_schedule="0 9 * * 1-5" timezone=Europe/Budapest all_clear=on',
    'create "Voice First" type=blended_realtime voice=1 chat=1 description="Phones first with one chat on the side"',
    'create "Chat Heavy" type=blended voice=1 chat=5 email=2 description="Busy chat desk"',
    'create "Email Desk" type=exclusive channels=email description="Back office email only"',
    'create "Social Care" type=blended chat=2 social=3',
    'create "Night Shift" type=blended voice=1 chat=2 description="Quiet hours"',
    'create "Weekend Pilot" type=blended chat=3 email=3',
    'deactivate "Night Shift"',
    'site add Budapest profile="Voice First"',
    "site add Debrecen",
    "site add London",
    'team add "Tier 1" site=Budapest',
    'team add "Social Media" site=Budapest',
    'team add "Ügyfélszolgálat" site=Debrecen',
    "team add Escalations site=London",
    'agent add "Kovács Anna" team="Tier 1" email=anna.kovacs@example.com',
    'agent add "Nagy Péter" team="Tier 1"',
    'agent add "Horváth Zsófia" team="Social Media"',
    'agent add "Szabó Eszter" team="Ügyfélszolgálat" email=eszter.szabo@example.com',
    'agent add "Tóth Gábor" team="Ügyfélszolgálat"',
    'agent add "Emma Wilson" team=Escalations',
    'agent add "James Taylor" team=Escalations,"Tier 1"',
    'assign "Chat Heavy" team "Tier 1"',
    'assign "Social Care" team "Social Media"',
    'assign "Email Desk" agent "Szabó Eszter"',
)


def seed(factory: Store) -> None:
    """Run every seed command through the application entry; a refusal is a bug here."""
    application = Application(factory, NobodyFromSlack(), NoNotifier())
    for text in SEED_COMMANDS:
        application.handle(parse(text), SEED_CALLER)


def is_seeded(factory: Store) -> bool:
    """True once the sandbox workspace exists (seeding happens on the first start only)."""
    return people.WORKSPACE_ID in factory.workspace_ids()
