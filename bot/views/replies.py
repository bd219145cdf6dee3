"""A domain Reply as a Slack message: Block Kit blocks plus a plain-text fallback."""

from __future__ import annotations

from bot.ids import Action, Block
from domain.commands.offers import Offer, OfferKind
from domain.commands.pages import Paging
from domain.commands.replies import Reply, format_table, paging_lines
from domain.messages import Text, Translator
from slackkit.blocks import (
    BLOCK_TEXT_MAX,
    FALLBACK_TEXT_MAX,
    MESSAGE_BLOCKS_MAX,
    SECTION_TEXT_MAX,
    Json,
    block_text_length,
    button,
    context,
    cut,
    section,
)
from slackkit.message import Message
from slackkit.text import chunk_lines, escape, slack_translator

_FENCE = "```"
# Room for the fences and the newlines around a table chunk.
_CODE_CHUNK_MAX = SECTION_TEXT_MAX - 2 * len(_FENCE) - 2
# Room for the note that says how many blocks were left out.
_CUT_NOTE_ROOM = 200


def reply_message(reply: Reply, lang: str, *, max_blocks: int = MESSAGE_BLOCKS_MAX) -> Message:
    """Headline and details as sections, the table as code blocks, then the page's place and
    buttons, within Slack's limits (blocks and block text)."""
    md = slack_translator(lang)
    lines = [md.text(reply.headline), *(md.text(line) for line in reply.details)]
    blocks: list[Json] = [
        section(chunk) for chunk in chunk_lines("\n".join(lines).splitlines(), SECTION_TEXT_MAX)
    ]
    # The table is aligned as plain text and escaped as a whole, so padding counts letters.
    plain = Translator(lang)
    # Formatted once, for the code blocks and the fallback text: a 900-row list is most of
    # a command's rendering cost.
    table = format_table(reply.table, plain) if reply.table is not None else ""
    if table:
        blocks += [
            section(f"{_FENCE}\n{chunk}\n{_FENCE}")
            for chunk in chunk_lines(escape(table).splitlines(), _CODE_CHUNK_MAX)
        ]
    tail = [*_paging_blocks(reply.paging, md), *_offer_blocks(reply.offers, md)]
    budget = BLOCK_TEXT_MAX - block_text_length(tail)
    # Slack reads the fallback as mrkdwn too (it is the notification text): escaped whole,
    # once, as the blocks are, so no name in it becomes a mention or a link.
    fallback = escape(reply.as_text(plain, formatted_table=table))
    body = fit(blocks, max_blocks - len(tail), lang, budget=budget)
    return Message(text=cut(fallback, FALLBACK_TEXT_MAX), blocks=[*body, *tail])


def fit(
    blocks: list[Json], max_blocks: int, lang: str, *, budget: int = BLOCK_TEXT_MAX
) -> list[Json]:
    """At most `max_blocks` blocks holding at most `budget` characters of text; when some are
    left out, the last block says how many."""
    if len(blocks) <= max_blocks and block_text_length(blocks) <= budget:
        return blocks
    kept: list[Json] = []
    used = 0
    for index, block in enumerate(blocks):
        size = block_text_length([block])
        if len(kept) >= max_blocks - 1 or used + size > budget - _CUT_NOTE_ROOM:
            note = slack_translator(lang)("slack.blocks_cut", count=len(blocks) - index)
            return [*kept, context(note)]
        kept.append(block)
        used += size
    return kept


_OFFER_ACTION = {
    OfferKind.EDIT: Action.OFFER_EDIT,
    OfferKind.ACTIVATE: Action.OFFER_TOGGLE,
    OfferKind.DEACTIVATE: Action.OFFER_TOGGLE,
    OfferKind.USAGE: Action.OFFER_USAGE,
    OfferKind.DELETE: Action.OFFER_DELETE,
}


def _paging_blocks(paging: Paging | None, md: Translator) -> list[Json]:
    """Where this page is, and Previous/Next buttons that run the neighbouring pages."""
    if paging is None:
        return []
    blocks: list[Json] = [context(md.text(paging_lines(paging)[0]))]
    elements: list[Json] = []
    if paging.previous_command:
        elements.append(
            button(md("slack.page_previous"), Action.PAGE_PREVIOUS, value=paging.previous_command)
        )
    if paging.next_command:
        elements.append(
            button(
                md("slack.page_next"), Action.PAGE_NEXT, value=paging.next_command, style="primary"
            )
        )
    if elements:
        blocks.append({"type": "actions", "block_id": Block.PAGES, "elements": elements})
    return blocks


def _offer_blocks(offers: tuple[Offer, ...], md: Translator) -> list[Json]:
    """One button per next step; Delete leads to the confirmation, never straight to deleting."""
    if not offers:
        return []
    elements = [
        button(
            md(f"slack.offer.{offer.kind.value}"),
            _OFFER_ACTION[offer.kind],
            value=offer.command,
            style="danger" if offer.kind is OfferKind.DELETE else None,
        )
        for offer in offers
    ]
    return [{"type": "actions", "block_id": Block.OFFERS, "elements": elements}]


def text_message(text: Text, lang: str) -> Message:
    """A plain answer (an error, a confirmation) as one or more sections."""
    return reply_message(Reply(headline=text), lang)
