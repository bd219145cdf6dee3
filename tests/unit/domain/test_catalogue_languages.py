"""Both catalogues: same keys, same placeholders, every entry renders, Slack limits hold."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Mapping

import pytest

from domain.commands.grammar import parse
from domain.commands.model import Command
from domain.directory import ListState
from domain.messages import catalogue, t
from domain.messages.formatting import LANGUAGES, Plural, Template, fields

# Keys under a language's own prefix are inflections only that language's texts use.
_OWN_PREFIXES = tuple(f"{language}." for language in LANGUAGES)

# Slack's limits (Block Kit reference): a modal's title, submit and close take 24
# characters; a button's and an option's text 75; a header 150; an input label 2000.
MODAL_TEXTS = {
    "form.close",
    "form.done_title",
    "form.done_close",
    "form.not_done_title",
    "form.saving_title",
    "form.profile.create_title",
    "form.profile.edit_title",
    "form.profile.create_submit",
    "form.profile.edit_submit",
    "form.assign.title",
    "form.assign.submit",
    "form.settings.title",
    "form.settings.submit",
    "form.delete.title",
    "form.delete.submit",
    "slack.import.title",
    "slack.import.close",
    "slack.import.preview_button",
    "slack.import.apply_button",
}
SHORT_TEXTS = {
    "home.create",
    "home.report",
    "slack.page_previous",
    "slack.page_next",
    "slack.offer.edit",
    "slack.offer.activate",
    "slack.offer.deactivate",
    "slack.offer.delete",
    "slack.offer.usage",
    "form.profile.active_option",
    "form.profile.inactive_option",
    "form.assign.target_option",
    "language.name.en",
    "language.name.hu",
    "form.profile.type.blended",
    "form.profile.type.blended_realtime",
    "form.profile.type.exclusive",
    "form.assign.kind.site",
    "form.assign.kind.team",
    "form.assign.kind.agent",
    "form.settings.on",
    "form.settings.off",
    "form.settings.all_clear_option",
    "channel.voice",
    "channel.chat",
    "channel.email",
    "channel.social",
    "form.profile.name",
    "form.profile.description",
    "form.profile.type",
    "form.profile.channels",
    "form.profile.count",
    "form.profile.active",
    "form.assign.profile",
    "form.assign.kind",
    "form.assign.target",
    "form.settings.multimedia",
    "form.settings.report_channel",
    "form.settings.schedule",
    "form.settings.timezone",
    "form.settings.audit_channel",
    "form.settings.all_clear",
    "form.settings.language",
    "slack.import.paste_label",
}
HEADERS = {"home.title", "report.title"}
LIMITS = [(MODAL_TEXTS, 24), (SHORT_TEXTS, 75), (HEADERS, 150)]


def _shared_keys(language: str) -> set[str]:
    return {key for key in catalogue(language) if not key.startswith(_OWN_PREFIXES)}


def _counts(template: Template) -> set[str]:
    if isinstance(template, Plural):
        found = {template.by}
        for form in template.forms().values():
            found |= _counts(form)
        return found
    return set()


def _terms(prefix: str, language: str) -> set[str]:
    return {
        key.removeprefix(f"{prefix}.")
        for key in catalogue(language)
        if key.startswith(f"{prefix}.")
    }


def _samples(key: str) -> Iterator[dict[str, object]]:
    """Parameter sets that exercise every plural form and every term of `key`, in both languages."""
    specs: dict[str, set[str]] = {}
    counts: set[str] = set()
    for language in LANGUAGES:
        template = catalogue(language)[key]
        counts |= _counts(template)
        for name, spec in fields(template):
            specs.setdefault(name, set()).add(spec)
    choices: dict[str, list[object]] = {}
    for name, used in specs.items():
        terms = [
            _terms(spec[1:], language)
            for spec in used
            if spec.startswith("@")
            for language in LANGUAGES
            if _terms(spec[1:], language)
        ]
        if name in counts:
            choices[name] = [0, 1, 2, 5, 1234]
        elif terms:
            shared: list[object] = [*sorted(set.intersection(*terms))]
            choices[name] = shared
            assert choices[name], f"{key}: no value of {name} is a term in every language"
        elif "or" in used:
            choices[name] = [("Győr", "Pécs", "Szeged")]
        elif used & {"weekday", "date"}:
            choices[name] = [dt.date(2026, 12, 1)]
        else:
            choices[name] = ["Győr"]
    names = sorted(choices)
    for values in itertools.product(*(choices[n] for n in names)):
        yield dict(zip(names, values, strict=True))


def test_both_languages_have_the_same_keys() -> None:
    assert _shared_keys("hu") == _shared_keys("en")


def test_a_language_of_its_own_prefix_is_used_only_by_that_language() -> None:
    for language in LANGUAGES:
        foreign = [p for p in _OWN_PREFIXES if p != f"{language}."]
        assert not [k for k in catalogue(language) if k.startswith(tuple(foreign))]


@pytest.mark.parametrize("key", sorted(_shared_keys("en")))
def test_every_key_has_the_same_placeholders_and_renders_in_both_languages(key: str) -> None:
    names = {lang: {n for n, _ in fields(catalogue(lang)[key])} for lang in LANGUAGES}
    assert names["hu"] == names["en"], key
    for params, language in itertools.product(_samples(key), LANGUAGES):
        text = t(language, key, **params)
        assert text.strip(), f"{key} renders empty in {language} with {params}"
        for limited, limit in LIMITS:
            if key in limited:
                assert len(text) <= limit, f"{key} in {language}: {text!r} over {limit}"


def test_every_limited_key_exists() -> None:
    for limited, _ in LIMITS:
        assert limited <= _shared_keys("en")


def _hungarian_templates() -> Iterator[tuple[str, str]]:
    for key, template in catalogue("hu").items():
        forms = template.forms().values() if isinstance(template, Plural) else [template]
        for form in forms:
            yield key, str(form)


def test_no_hungarian_suffix_or_article_is_glued_to_a_placeholder() -> None:
    # A suffix or an article depends on the inserted word (a/az, -hoz/-hez/-höz), so a
    # Hungarian text never writes one next to a placeholder: 'a(z) „{name}” profil' instead.
    glued = re.compile(r"\}”?-?[^\W\d_]|\b[Aa]z? „?\{")
    for key, text in _hungarian_templates():
        assert not glued.search(text), f"{key}: {text!r}"


def test_hungarian_uses_the_vendors_terms_and_kapcsolat_for_a_contact() -> None:
    texts = " ".join(text for _, text in _hungarian_templates())
    for term in ("Kevert", "Kevert valós idejű", "Kizáró", "Hang", "Csevegés", "E-mail"):
        assert term in texts
    for term in ("Közösségi csatorna", "webhely", "csapat", "ügynök", "aktív", "inaktív"):
        assert term in texts
    for term in ("Létrehozás", "Mentés", "Mégse", "Törlés", "kapcsolat"):
        assert term in texts
    assert "névjegy" not in texts


def test_english_has_no_pseudo_plurals() -> None:
    for key, template in catalogue("en").items():
        forms = template.forms().values() if isinstance(template, Plural) else [template]
        # "http(s)" is a URL scheme, not a plural.
        assert not any("(s)" in str(form).replace("http(s)", "") for form in forms), key


def _hungarian_examples() -> Iterator[str]:
    for key, template in catalogue("hu").items():
        if key.startswith("help.detail."):
            _, _, examples = str(template).partition("Péld")  # Példa, Példák
            yield from re.findall(r"`([^`]+)`", examples)


def test_every_hungarian_help_example_parses() -> None:
    examples = list(_hungarian_examples())
    assert "site add Győr" in examples
    for example in examples:
        assert isinstance(parse(example), Command), example


def _render_all(language: str) -> Mapping[str, str]:
    return {key: t(language, key, **next(_samples(key))) for key in _shared_keys(language)}


def test_hungarian_texts_differ_from_english_apart_from_code_and_names() -> None:
    english, hungarian = _render_all("en"), _render_all("hu")
    same = {key for key in english if english[key] == hungarian[key]}
    # Texts that are only syntax, punctuation or names read the same in both languages.
    allowed = {k for k in same if k.startswith(("help.usage.", "format.", "range."))}
    allowed |= {k for k in same if not re.search(r"[^\W\d_]{4,}", english[k].replace("Győr", ""))}
    allowed |= {"col.slack", "help.overview_row", "help.topic", "slack.unknown_command"}
    allowed |= {"transfer.problem", "transfer.bad_value", "help.usage.report", "help.usage.import"}
    assert same <= allowed, sorted(same - allowed)


@pytest.mark.parametrize("state", list(ListState))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_list_state_reads_in_every_language(state: ListState, language: str) -> None:
    headline = t(language, "list.headline", count=2, state=state.value)
    empty = t(language, "list.empty", state=state.value)
    assert headline.strip()
    assert empty.strip()
