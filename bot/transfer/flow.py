"""The import modal: paste → preview (a dry run) → confirm (applied only if unchanged).

`preview` and `confirm` are plain functions, values in and Slack's `response_action` out;
`handler` wires them to Bolt. Other refusals (rights, a busy store) reach the error handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack

from bot.deps import Deps
from bot.forms.metadata import FormMetadata
from bot.ids import ImportId
from bot.language import caller_for
from bot.transfer.views import CSV_MAX, done_view, preview_view
from domain.application import Application, Caller
from domain.commands import model as m
from domain.commands.handlers.imports import ImportOutcome
from domain.messages import Translator, t
from domain.transfer.problems import ImportRefused
from slackkit.blocks import cut
from slackkit.text import slack_translator

SOURCE = "Slack"
# Slack shows a field error of up to about this many characters below the input.
ERROR_MAX = 2000


def pasted_csv(view: dict[str, Any]) -> str:
    """The CSV text of the paste block (empty when nothing was typed)."""
    values = view.get("state", {}).get("values", {})
    return str(values.get(ImportId.CSV_BLOCK, {}).get(ImportId.CSV_ACTION, {}).get("value") or "")


def _errors(text: str) -> dict[str, Any]:
    return {"response_action": "errors", "errors": {ImportId.CSV_BLOCK: cut(text, ERROR_MAX)}}


def _refusal(refused: ImportRefused, lang: str) -> dict[str, Any]:
    """Every problem by line, next to the paste box (as many as fit)."""
    tr = Translator(lang)
    return _errors("\n".join(tr.text(line) for line in refused.all_lines()))


def _step(
    app: Application, caller: Caller, view: dict[str, Any], *, confirming: bool
) -> dict[str, Any]:
    csv_text = pasted_csv(view)
    if len(csv_text) > CSV_MAX:
        return _errors(t(caller.lang, "slack.import.too_long"))
    # A confirmation applies only the plan it previewed; without one it previews again.
    previewed = (FormMetadata.of(view).plan or "") if confirming else None
    command = m.ImportAgentCsv(
        csv_text=csv_text, source=SOURCE, dry_run=not confirming, expected_plan=previewed
    )
    try:
        result = app.handle(command, caller, forms=True)
    except ImportRefused as refused:
        return _refusal(refused, caller.lang)
    outcome = result.data
    assert isinstance(outcome, ImportOutcome)
    md = slack_translator(caller.lang)
    summary = [md.text(result.reply.headline), *(md.text(d) for d in result.reply.details)]
    if outcome.applied:
        return {"response_action": "update", "view": done_view(summary, caller.lang)}
    metadata = FormMetadata(plan=outcome.key).dump()
    return {
        "response_action": "update",
        "view": preview_view(summary, csv_text, metadata, caller.lang),
    }


def preview(app: Application, caller: Caller, view: dict[str, Any]) -> dict[str, Any]:
    """The paste form was submitted: a dry run, shown as a preview, or the errors by line."""
    return _step(app, caller, view, confirming=False)


def confirm(app: Application, caller: Caller, view: dict[str, Any]) -> dict[str, Any]:
    """The preview was confirmed: apply it, unless the CSV or the workspace changed meanwhile."""
    return _step(app, caller, view, confirming=True)


Step = Callable[[Application, Caller, dict[str, Any]], dict[str, Any]]


def handler(deps: Deps, step: Step) -> Callable[..., None]:
    def handle_import(ack: Ack, body: dict[str, Any]) -> None:
        ack(**step(deps.app, caller_for(deps, body), body["view"]))

    return handle_import
