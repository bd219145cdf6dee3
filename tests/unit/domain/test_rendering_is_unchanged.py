"""The quick rendering writes byte for byte what `string.Formatter` and a per-cell table wrote.

The reference below is the rendering as it was before it was made faster (every field
through `string.Formatter.vformat`, every table cell through the translator, no caches);
each test renders the same input both ways, in every language, and compares.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import pytest

import bot.views.replies as slack_replies
from bot.views.replies import reply_message
from domain.audit import Actor
from domain.commands import replies
from domain.commands.handlers.profiles import profile_table
from domain.commands.pages import paging
from domain.commands.replies import Reply, Table
from domain.messages import LANGUAGES, Text, Translator, catalogue, msg
from domain.messages import formatting as fm
from domain.paging import Page
from domain.profiles import Profile, ProfileType
from slackkit.text import slack_translator

NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
READER = Actor(kind="slack", id="UREADER", name="reader")


class _ReferenceFormatter(string.Formatter):
    def __init__(self, edge: fm.Edge, params: Mapping[str, object]) -> None:
        super().__init__()
        self.edge, self.params = edge, params

    def format_field(self, value: object, format_spec: str) -> str:
        language = self.edge.language
        if format_spec.startswith("@"):
            return self.edge.entry(f"{format_spec[1:]}.{fm.term_of(value)}", self.params)
        if format_spec in {"and", "or"}:
            style: fm.ListStyle = "or" if format_spec == "or" else "standard"
            items = list(value) if isinstance(value, list | tuple | set | frozenset) else [value]
            return fm.join(language, (self.edge.value(item) for item in items), style=style)
        if format_spec == "weekday" and isinstance(value, dt.date):
            return fm.weekday(language, value)
        if format_spec == "date" and isinstance(value, dt.date):
            return fm.date(language, value)
        if format_spec:
            raise ValueError(f"unknown format spec {format_spec!r}")
        return self.edge.value(value)


def _reference_render(template: fm.Template, params: Mapping[str, object], edge: fm.Edge) -> str:
    while isinstance(template, fm.Plural):
        template = template.choose(edge.language, params)
    return _ReferenceFormatter(edge, params).vformat(template, (), dict(params))


def _reference_table(table: Table, tr: Translator) -> str:
    if not table.rows:
        return ""
    header = tuple(tr.text(column) for column in table.columns)
    rows = [tuple(tr.text(cell) for cell in row) for row in table.rows]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.ljust(width) for cell, width in zip(cells, widths, strict=True)
        ).rstrip()

    lines = [line(header), line(tuple("-" * w for w in widths)), *(line(row) for row in rows)]
    if table.hidden:
        lines.append(tr("reply.and_more", count=table.hidden))
    return "\n".join(lines)


@contextmanager
def _as_before(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as patch:
        patch.setattr(fm, "render", _reference_render)
        patch.setattr(replies, "format_table", _reference_table)
        patch.setattr(slack_replies, "format_table", _reference_table)
        yield


def _profiles(count: int) -> list[Profile]:
    # Only what the table shows matters here; model_construct skips the counts' rules.
    kinds = list(ProfileType)
    return [
        Profile.model_construct(
            id=n,
            name=f"Profile_{n:04d}"
            + ("_<&>" if n % 37 == 0 else "")
            + ("_ő" if n % 11 == 0 else ""),
            type=kinds[n % len(kinds)],
            voice=1,
            chat=n % 6,
            email=n % 4,
            social=n % 3,
            active=n % 9 != 0,
            system=n % 250 == 0,
            created_at=NOW,
            created_by=READER,
            updated_at=NOW,
            updated_by=READER,
            status_changed_at=NOW,
            status_changed_by=READER,
        )
        for n in range(count)
    ]


def _list_reply(count: int, page_size: int) -> Reply:
    found = _profiles(count)
    page = Page(items=tuple(found[:page_size]), number=1, size=page_size, total=count)
    return Reply(
        headline=msg("list.headline", count=count, state="active"),
        details=(msg("list.filter_name", name="Pro <&> file"),),
        table=profile_table(list(page.items)),
        paging=paging(page, lambda n: f"list active page={n}"),
    )


def _messages(reply: Reply, lang: str) -> str:
    slack = reply_message(reply, lang)
    return json.dumps([slack.text, slack.blocks, reply.as_text(Translator(lang))])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("count", "page_size"), [(900, 900), (900, 25), (3, 25)])
def test_a_profile_list_renders_as_it_did_before(
    monkeypatch: pytest.MonkeyPatch, lang: str, count: int, page_size: int
) -> None:
    reply = _list_reply(count, page_size)
    now = _messages(reply, lang)
    with _as_before(monkeypatch):
        before = _messages(reply, lang)
    assert now == before


def _sample(spec: str, lang: str, by: str | None, name: str, count: int) -> object:
    if name == by:
        return count
    if spec.startswith("@"):
        terms = sorted(k for k in catalogue(lang) if k.startswith(spec[1:] + "."))
        return terms[count % len(terms)].rsplit(".", 1)[-1]
    if spec in {"and", "or"}:
        return ["Ann <a>", "Béla & co", "Cecil"][: 1 + count % 3]
    if spec in {"weekday", "date"}:
        return NOW
    values: list[Any] = [f"{name} <&> “x”", count, NOW, None, ("a", msg("col.name"))]
    return values[count % len(values)]


def _cases(lang: str) -> Iterator[tuple[str, dict[str, object]]]:
    for key, template in sorted(catalogue(lang).items()):
        by = template.by if isinstance(template, fm.Plural) else None
        for count in (0, 1, 2, 5, 1234567):
            params = {
                name: _sample(spec, lang, by, name, count) for name, spec in fm.fields(template)
            }
            yield key, params


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_entry_renders_as_it_did_before(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    translators = [Translator(lang), slack_translator(lang)]
    cases = list(_cases(lang))
    now = [_rendered(tr, key, params) for tr in translators for key, params in cases]
    with _as_before(monkeypatch):
        before = [_rendered(tr, key, params) for tr in translators for key, params in cases]
    assert now == before
    assert len(now) > 1000


def _rendered(tr: Translator, key: str, params: dict[str, object]) -> str:
    try:
        return tr.text(Text(key, params))
    except (KeyError, ValueError, TypeError, IndexError) as error:
        return f"{type(error).__name__}: {error}"


def test_the_reference_is_the_one_in_use_when_patched(monkeypatch: pytest.MonkeyPatch) -> None:
    with _as_before(monkeypatch):
        assert fm.render is _reference_render
        assert slack_replies.format_table is _reference_table  # type: ignore[attr-defined]
