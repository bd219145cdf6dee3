"""The small contact center a new sandbox starts with, as /mmprofile commands run in order.

This list is the one place to grow it. Names and descriptions keep to the characters
the domain accepts today (letters A–Z, digits, space, '_' and '-'), so the Hungarian ones
are written without accents until Unicode names are accepted.
"""

from __future__ import annotations

from domain.audit import Actor
from domain.commands.execute import run
from domain.commands.grammar import parse
from domain.ports import UnitOfWorkFactory
from sandbox import people

SEED_ACTOR = Actor(kind="cli", id="sandbox", name="sandbox seed")

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
    "team add Ugyfelszolgalat site=Debrecen",
    "team add Escalations site=London",
    'agent add "Kovacs Anna" team="Tier 1" email=anna.kovacs@example.com',
    'agent add "Nagy Peter" team="Tier 1"',
    'agent add "Horvath Zsofia" team="Social Media"',
    'agent add "Szabo Eszter" team=Ugyfelszolgalat email=eszter.szabo@example.com',
    'agent add "Toth Gabor" team=Ugyfelszolgalat',
    'agent add "Emma Wilson" team=Escalations',
    'agent add "James Taylor" team=Escalations,"Tier 1"',
    'assign "Chat Heavy" team "Tier 1"',
    'assign "Social Care" team "Social Media"',
    'assign "Email Desk" agent "Szabo Eszter"',
)


def seed(factory: UnitOfWorkFactory) -> None:
    """Run every seed command as the sandbox's own administrator; a refusal is a bug here."""
    for text in SEED_COMMANDS:
        run(
            parse(text),
            factory=factory,
            workspace_id=people.WORKSPACE_ID,
            actor=SEED_ACTOR,
            is_admin=True,
        )


def is_seeded(factory: UnitOfWorkFactory) -> bool:
    """True once the sandbox workspace exists (seeding happens on the first start only)."""
    return people.WORKSPACE_ID in factory.workspace_ids()
