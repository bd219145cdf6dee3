"""`user_change`: a user's role may have changed, so their cached admin status is dropped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from bot.admin_check import SlackAdminCheck
from bot.deps import Deps

logger = logging.getLogger("mmbot.bot.user_change")


def handler(deps: Deps) -> Callable[..., None]:
    def handle_user_change(event: dict[str, Any]) -> None:
        user = event.get("user")
        user_id = user.get("id") if isinstance(user, dict) else None
        admins = deps.app.admins
        # The bot's application always checks through Slack; any other check keeps no cache.
        if isinstance(user_id, str) and user_id and isinstance(admins, SlackAdminCheck):
            admins.forget_user(user_id)
            logger.info("user %s changed: their administrator status is asked again", user_id)

    return handle_user_change
