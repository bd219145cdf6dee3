"""Who the bot is in its one workspace, learnt from auth.test after start-up.

Bolt's single-token authorization calls auth.test on a worker's first requests, before
their listeners run: with a slow Slack every one of them waits for it past Slack's 3 s.
Here the first request asks it once, on a thread of its own, and no request waits for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logger = logging.getLogger("mmbot.bot.identity")


class BotIdentity:
    """The one token's authorization; the bot's user and bot ids once auth.test has answered."""

    def __init__(self, client: WebClient, token: str) -> None:
        self._client = client
        self._token = token
        self._bot_user_id: str | None = None
        self._bot_id: str | None = None
        self._asked = threading.Event()

    def bolt_authorize(self) -> Callable[[str | None, str | None], AuthorizeResult]:
        """`authorize` as Bolt calls it: by argument names, which a bound method's `self` confuses."""

        def authorize(enterprise_id: str | None, team_id: str | None) -> AuthorizeResult:
            return self.authorize(enterprise_id, team_id)

        return authorize

    def authorize(self, enterprise_id: str | None, team_id: str | None) -> AuthorizeResult:
        """Bolt's `authorize`: the one token, for the workspace the request came from."""
        if not self._asked.is_set():
            self._asked.set()
            # A daemon: its answer only names the bot, and start-up never waits for Slack.
            threading.Thread(target=self._learn, name="mmbot-identity", daemon=True).start()
        return AuthorizeResult(
            enterprise_id=enterprise_id,
            team_id=team_id,
            bot_token=self._token,
            bot_user_id=self._bot_user_id,
            bot_id=self._bot_id,
        )

    def _learn(self) -> None:
        try:
            answer = self._client.auth_test(token=self._token)
        except (SlackApiError, OSError) as error:
            # Only self-event filtering needs the ids; a bad token shows on the first call.
            logger.warning("auth.test failed at start-up: %s", error)
            return
        self._bot_user_id = answer.get("user_id")
        self._bot_id = answer.get("bot_id")
