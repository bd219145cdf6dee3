"""A modal's own requests: submitting it, searching its pickers, closing it."""

from __future__ import annotations

from dataclasses import dataclass

from domain.messages import DEFAULT_LANGUAGE, t
from sandbox import people
from sandbox.payloads import common, with_values
from sandbox.signed import SignedSender
from sandbox.state import Json, SandboxState


@dataclass(frozen=True)
class ModalActions:
    """view_submission, block_suggestion and view_closed, and what their answers change."""

    state: SandboxState
    app: SignedSender

    def submit(self, user: people.User, view_id: str, values: Json) -> Json:
        """The modal's submit button (view_submission); what the page should show next."""
        view = self.state.surfaces.view(view_id)
        if view is None or view.user != user.id:
            return {"error": t(DEFAULT_LANGUAGE, "sandbox.form_gone")}
        answer = self.app.interaction(
            {
                **common(user),
                "type": "view_submission",
                "trigger_id": self.state.issue(user.id, ""),
                "view": with_values(view, values),
                "response_urls": [],
            }
        )
        if not answer.ok:
            return {"error": t(DEFAULT_LANGUAGE, "sandbox.app_unreachable", status=answer.status)}
        body = answer.body if isinstance(answer.body, dict) else {}
        action = body.get("response_action")
        if action == "errors":
            self.state.surfaces.show_errors(view.id, body.get("errors") or {})
        elif action == "update" and isinstance(body.get("view"), dict):
            self.state.surfaces.update_view(view.id, body["view"], None)
        elif action == "push" and isinstance(body.get("view"), dict):
            self.state.surfaces.open_modal(user.id, body["view"], push=True)
        else:
            self.state.surfaces.close_modal(user.id, view.id, all_of_them=action == "clear")
        return {"ok": True}

    def suggest(
        self, user: people.User, view_id: str, element: Json, value: str, values: Json
    ) -> Json:
        """Typing in an external_select (block_suggestion); the options the app offers."""
        view = self.state.surfaces.view(view_id)
        if view is None or view.user != user.id:
            return {"options": []}
        answer = self.app.interaction(
            {
                **common(user),
                "type": "block_suggestion",
                "action_id": element.get("action_id"),
                "block_id": element.get("block_id"),
                "value": value,
                "view": with_values(view, values),
                "container": {"type": "view", "view_id": view.id},
            }
        )
        body: Json = answer.body if answer.ok and isinstance(answer.body, dict) else {}
        return {"options": body.get("options") or [], "option_groups": body.get("option_groups")}

    def close(self, user: people.User, view_id: str, values: Json) -> None:
        """The modal's close button; view_closed goes to the app only when it asked for it."""
        view = self.state.surfaces.view(view_id)
        if view is None or view.user != user.id:
            return
        self.state.surfaces.close_modal(user.id, view_id)
        if view.body.get("notify_on_close"):
            self.app.interaction(
                {
                    **common(user),
                    "type": "view_closed",
                    "view": with_values(view, values),
                    "is_cleared": False,
                }
            )
