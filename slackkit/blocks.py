"""Small Block Kit element builders and Slack's size limits."""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

MESSAGE_BLOCKS_MAX = 50
SURFACE_BLOCKS_MAX = 100  # modals and App Home
SECTION_TEXT_MAX = 3000
HEADER_TEXT_MAX = 150
PLAIN_LABEL_MAX = 75  # option text, input labels, modal titles are shorter still
MODAL_TITLE_MAX = 24
OPTIONS_MAX = 100
FALLBACK_TEXT_MAX = 3000
PRIVATE_METADATA_MAX = 3000


def cut(text: str, limit: int) -> str:
    """`text` shortened to `limit` characters, marked with an ellipsis when shortened."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain(text: str, limit: int = PLAIN_LABEL_MAX) -> dict[str, Any]:
    return {"type": "plain_text", "text": cut(text, limit), "emoji": True}


def mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": cut(text, SECTION_TEXT_MAX)}


def header(text: str) -> Json:
    return {"type": "header", "text": plain(text, HEADER_TEXT_MAX)}


def section(text: str, *, block_id: str | None = None) -> Json:
    block: Json = {"type": "section", "text": mrkdwn(text)}
    if block_id:
        block["block_id"] = block_id
    return block


def context(text: str) -> Json:
    return {"type": "context", "elements": [mrkdwn(text)]}


def divider() -> Json:
    return {"type": "divider"}


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text), "value": value[:150]}


def button(text: str, action_id: str, *, value: str = "", style: str | None = None) -> Json:
    element: Json = {"type": "button", "text": plain(text), "action_id": action_id}
    if value:
        element["value"] = value
    if style:
        element["style"] = style
    return element


def input_block(
    block_id: str,
    label: str,
    element: Json,
    *,
    hint: str | None = None,
    optional: bool = False,
    dispatch_action: bool = False,
) -> Json:
    block: Json = {
        "type": "input",
        "block_id": block_id,
        "label": plain(label, 2000),
        "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint, 2000)
    if dispatch_action:
        block["dispatch_action"] = True
    return block


def modal(
    callback_id: str,
    title: str,
    blocks: list[Json],
    *,
    submit: str | None = None,
    close: str | None = None,
    private_metadata: str = "",
) -> Json:
    view: Json = {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title, MODAL_TITLE_MAX),
        "blocks": blocks[:SURFACE_BLOCKS_MAX],
    }
    if submit:
        view["submit"] = plain(submit, MODAL_TITLE_MAX)
    if close:
        view["close"] = plain(close, MODAL_TITLE_MAX)
    if private_metadata:
        if len(private_metadata) > PRIVATE_METADATA_MAX:
            raise ValueError("private_metadata is longer than Slack allows")
        view["private_metadata"] = private_metadata
    return view
