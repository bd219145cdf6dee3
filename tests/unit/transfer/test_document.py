"""The export document: stable text, strict reading, problems located in the document."""

from __future__ import annotations

import json

import pytest

from domain.transfer.document import (
    ExportDocument,
    NotAnExport,
    UnsupportedVersion,
    dump_document,
    parse_document,
)
from domain.transfer.problems import ImportRefused
from domain.transfer.state import export_document
from tests.support.texts import english
from tests.unit.transfer.states import state


def test_the_document_text_is_stable_and_parses_back_to_the_same_document() -> None:
    document = export_document(state())
    text = dump_document(document)
    assert text.endswith("}\n")
    assert parse_document(text) == document
    assert dump_document(parse_document(text)) == text


def test_the_system_profile_ids_and_timestamps_are_not_exported() -> None:
    data = json.loads(dump_document(export_document(state())))
    assert [p["name"] for p in data["profiles"]] == ["Chat Heavy", "Old"]
    assert "id" not in data["profiles"][0]
    assert "created_at" not in data["profiles"][0]


def test_another_format_or_version_is_refused_with_what_was_found() -> None:
    with pytest.raises(NotAnExport):
        parse_document('{"format": "other", "version": 1}')
    with pytest.raises(NotAnExport, match="line 1"):
        parse_document("{not json")
    with pytest.raises(UnsupportedVersion, match="version 2; this mmbot reads version 1"):
        parse_document('{"format": "mmbot-export", "version": 2}')


def test_wrong_values_are_reported_with_their_place_in_the_document() -> None:
    text = json.dumps(
        {
            "format": "mmbot-export",
            "version": 1,
            "profiles": [{"name": "A", "type": "blended", "voice": "x", "chat": 0, "email": 0}],
            "sites": [{"name": "S", "profile": "A", "colour": "red"}],
        }
    )
    with pytest.raises(ImportRefused) as refused:
        parse_document(text)
    wheres = [english(p.where) for p in refused.value.problems]
    assert wheres == ["profiles[0].voice", "profiles[0].social", "sites[0].colour"]


def test_an_empty_document_is_valid_and_changes_nothing() -> None:
    assert parse_document('{"format": "mmbot-export", "version": 1}') == ExportDocument()
