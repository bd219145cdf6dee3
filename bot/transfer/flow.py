"""The import modal: paste → preview (a dry run) → confirm (applied only if unchanged).

Each step is a form command (`preview_command`, `confirm_command`) shown as `outcome_view`;
the listeners run them like every other form, answered in Slack's time (bot/transfer/
listeners.py). `preview` and `confirm` do the same in one call, values in and Slack's
`response_action` out, with refusals shown as the error handler shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.forms.errors import submission_response
from bot.forms.metadata import FormMetadata
from bot.ids import ImportId
from bot.transfer.views import CSV_MAX, done_view, preview_view
from domain.application import Application, Caller, Result
from domain.commands import model as m
from domain.commands.handlers.imports import ImportOutcome
from domain.errors import DomainError
from slackkit.blocks import Json
from slackkit.text import slack_translator

SOURCE = "Slack"
ReadCommand = Callable[[dict[str, Any], FormMetadata], m.ImportAgentCsv]


def pasted_csv(view: dict[str, Any]) -> str:
    """The CSV text of the paste block (empty when nothing was typed)."""
    values = view.get("state", {}).get("values", {})
    return str(values.get(ImportId.CSV_BLOCK, {}).get(ImportId.CSV_ACTION, {}).get("value") or "")


def _step(
    app: Application, caller: Caller, view: dict[str, Any], read: ReadCommand
) -> dict[str, Any]:
    try:
        result = app.handle(read(view, FormMetadata.of(view)), caller, forms=True)
    except DomainError as refused:
        return submission_response(view, refused, caller.lang)
    return {"response_action": "update", "view": outcome_view(result, caller.lang, view)}


def preview(app: Application, caller: Caller, view: dict[str, Any]) -> dict[str, Any]:
    """The paste form was submitted: a dry run, shown as a preview, or the errors by line."""
    return _step(app, caller, view, preview_command)


def confirm(app: Application, caller: Caller, view: dict[str, Any]) -> dict[str, Any]:
    """The preview was confirmed: apply it, unless the CSV or the workspace changed meanwhile."""
    return _step(app, caller, view, confirm_command)


class PasteTooLong(DomainError):
    """More text than Slack's paste box takes: the import is refused before it is read."""

    key = "slack.import.too_long"


def _command(view: dict[str, Any], meta: FormMetadata, *, confirming: bool) -> m.ImportAgentCsv:
    csv_text = pasted_csv(view)
    if len(csv_text) > CSV_MAX:
        raise PasteTooLong()
    # A confirmation applies only the plan it previewed; without one it previews again.
    return m.ImportAgentCsv(
        csv_text=csv_text,
        source=SOURCE,
        dry_run=not confirming,
        expected_plan=(meta.plan or "") if confirming else None,
    )


def preview_command(view: dict[str, Any], meta: FormMetadata) -> m.ImportAgentCsv:
    """The paste form as a dry run."""
    return _command(view, meta, confirming=False)


def confirm_command(view: dict[str, Any], meta: FormMetadata) -> m.ImportAgentCsv:
    """The confirmed preview: applied only if it is still the plan that was shown."""
    return _command(view, meta, confirming=True)


def outcome_view(result: Result, lang: str, view: dict[str, Any]) -> Json:
    """The preview of a dry run (to confirm), or what an applied import did."""
    outcome = result.data
    assert isinstance(outcome, ImportOutcome)
    md = slack_translator(lang)
    summary = [md.text(result.reply.headline), *(md.text(d) for d in result.reply.details)]
    if outcome.applied:
        return done_view(summary, lang)
    metadata = FormMetadata(plan=outcome.key).dump()
    return preview_view(summary, pasted_csv(view), metadata, lang)
