"""Who and what the sandbox's pretend workspace holds: its users, the bot and the channels."""

from __future__ import annotations

from dataclasses import dataclass

WORKSPACE_ID = "T0SANDBOX"
WORKSPACE_NAME = "Sandbox Contact Center"
APP_ID = "A0MMBOT"
BOT_USER_ID = "U0MMBOT"
BOT_ID = "B0MMBOT"
BOT_NAME = "mmbot"
# The group the app is told to treat as administrators (MMBOT_ADMIN_GROUP), empty but asked.
ADMIN_GROUP_ID = "S0MMADMINS"


@dataclass(frozen=True)
class User:
    """A person in the sandbox; `is_admin` is what users.info says about them."""

    id: str
    handle: str
    real_name: str
    is_admin: bool

    def as_slack(self) -> dict[str, object]:
        """The `user` object of users.info."""
        return {
            "id": self.id,
            "team_id": WORKSPACE_ID,
            "name": self.handle,
            "real_name": self.real_name,
            "is_admin": self.is_admin,
            "is_owner": False,
            "is_primary_owner": False,
            "is_bot": False,
            "tz": "Europe/Budapest",
            # Slack sends it with include_locale; English keeps the page's texts predictable.
            "locale": "en-US",
            "profile": {"real_name": self.real_name, "display_name": self.real_name},
        }


@dataclass(frozen=True)
class Channel:
    """A conversation the page shows in its sidebar."""

    id: str
    name: str
    topic: str


ADMIN = User("U0ANNA", "anna.kovacs", "Kovács Anna", is_admin=True)
MEMBER = User("U0BEN", "ben.carter", "Ben Carter", is_admin=False)
USERS = (ADMIN, MEMBER)

CONTACT_CENTER = Channel(
    "C0CONTACT", "contact-center", "Type /mmprofile here. mmbot's change notices land here too."
)
REPORTS = Channel("C0REPORTS", "mm-reports", "The scheduled profile report is posted here.")
CHANNELS = (CONTACT_CENTER, REPORTS)


def user(user_id: str) -> User | None:
    """The sandbox user with this id, if there is one."""
    return next((u for u in USERS if u.id == user_id), None)


def channel(channel_id: str) -> Channel | None:
    """The sandbox channel with this id, if there is one."""
    return next((c for c in CHANNELS if c.id == channel_id), None)


def dm_id(user_id: str) -> str:
    """The id of a user's direct conversation with the app (the App Home's Messages tab)."""
    return "D" + user_id[1:]


def dm_owner(conversation_id: str) -> User | None:
    """The user whose direct conversation with the app this is."""
    return next((u for u in USERS if dm_id(u.id) == conversation_id), None)
