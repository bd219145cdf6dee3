"""Values longer than their column are refused by validation, on SQLite and PostgreSQL alike;
names that differ only in white space are one name."""

from __future__ import annotations

import pytest

from domain.errors import DomainError, DuplicateName, ValidationFailed
from domain.messages import Translator
from tests.integration.domain.conftest import Runner

_ENGLISH = Translator("en")


def refusal(mm: Runner, text: str) -> DomainError:
    with pytest.raises(DomainError) as raised:
        mm(text)
    return raised.value


def field_texts(error: DomainError) -> str:
    """What the user reads: each wrong field, or the one sentence of a syntax error."""
    if isinstance(error, ValidationFailed):
        return " ".join(_ENGLISH(e.key, **e.params) for e in error.errors)
    return _ENGLISH(error.key, **error.params)


@pytest.mark.parametrize(
    ("command", "words"),
    [
        ("agent add Eve team=Tier1 email=" + "a" * 64 + "@" + "b" * 190 + ".hu", "at most 254"),
        ("agent add Eve team=Tier1 slack=@" + "j" * 64, "at most 64 characters"),
        ("settings report_channel=#" + "c" * 64, "at most 64 are allowed"),
        ("settings audit_channel=#" + "c" * 64, "at most 64 are allowed"),
        ('settings report_schedule="0 ' + "1," * 50 + '1 * * *"', "at most 100 are allowed"),
        ("site add " + "s" * 81, "at most 80 are allowed"),
        ("create " + "p" * 81 + " type=blended voice=1", "at most 80 are allowed"),
    ],
)
def test_a_value_longer_than_its_column_is_refused_saying_the_limit(
    mm: Runner, command: str, words: str
) -> None:
    mm("settings multimedia=on")
    mm("site add Budapest")
    mm("team add Tier1 site=Budapest")

    assert words in field_texts(refusal(mm, command))


def test_names_whose_keys_outgrow_the_name_are_kept_on_every_store(mm: Runner) -> None:
    mm("site add Budapest")
    mm("team add Tier1 site=Budapest")
    # Casefolding doubles this name, and decomposing multiplies that one eighteenfold.
    mm('agent add "' + "ß" * 80 + '" team=Tier1')
    mm('site add "' + "\ufdfa" * 80 + '"')

    assert "ß" * 80 in mm("agent list").as_text()
    assert "\ufdfa" * 80 in mm("site list").as_text()


@pytest.mark.parametrize("second", ['"Sales  Day"', '" Sales Day "', '"Sales\u00a0Day"'])
def test_a_profile_name_that_differs_only_in_white_space_is_a_duplicate(
    mm: Runner, second: str
) -> None:
    mm('create "Sales Day" type=blended voice=1')

    assert isinstance(refusal(mm, f"create {second} type=blended voice=1"), DuplicateName)
    assert "Sales Day" in mm('show "Sales  Day"').as_text()


@pytest.mark.parametrize("second", ['"Sales  Day"', '" Sales Day "', '"Sales\u00a0\u00a0Day"'])
def test_a_site_name_that_differs_only_in_white_space_is_a_duplicate(
    mm: Runner, second: str
) -> None:
    mm('site add "Sales Day"')

    assert isinstance(refusal(mm, f"site add {second}"), DuplicateName)


def test_a_doubled_space_is_stored_as_one(mm: Runner) -> None:
    mm('create "Night   Shift" type=blended voice=1')

    listed = mm("list all").as_text()
    assert "Night Shift" in listed
    assert "Night   Shift" not in listed
