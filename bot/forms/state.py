"""Reading a modal's `view.state.values` (block_id -> action_id -> element state)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

State = Mapping[str, Mapping[str, Mapping[str, Any]]]


@dataclass(frozen=True)
class FormState:
    """The values of one view, looked up by block id and action id."""

    values: State

    @classmethod
    def of(cls, view: Mapping[str, Any]) -> FormState:
        return cls(view.get("state", {}).get("values", {}) or {})

    def _element(self, block_id: str, action_id: str) -> Mapping[str, Any]:
        return self.values.get(block_id, {}).get(action_id, {}) or {}

    def text(self, block_id: str, action_id: str) -> str | None:
        """A plain_text_input or number_input value; None when empty."""
        value = self._element(block_id, action_id).get("value")
        return None if value is None else str(value)

    def selected(self, block_id: str, action_id: str) -> str | None:
        """The value of a static/external select or radio buttons; None when nothing is chosen."""
        chosen = self._element(block_id, action_id).get("selected_option")
        return None if not chosen else str(chosen.get("value"))

    def checked(self, block_id: str, action_id: str) -> list[str]:
        """The values of the checked checkboxes."""
        chosen = self._element(block_id, action_id).get("selected_options") or []
        return [str(item.get("value")) for item in chosen]

    def conversation(self, block_id: str, action_id: str) -> str | None:
        """The channel id chosen in a conversations_select; None when nothing is chosen."""
        value = self._element(block_id, action_id).get("selected_conversation")
        return None if not value else str(value)
