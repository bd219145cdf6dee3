"""Reads the small YAML subset manifest.yml uses (no YAML library is a dependency).

Supported: nested mappings, lists of scalars or of mappings, quoted or plain scalars,
true/false, integers, whole-line comments. Anything else raises ValueError.
"""

from __future__ import annotations

from typing import Any

Line = tuple[int, str]


def load(text: str) -> Any:
    """The document in `text` as dicts, lists and scalars."""
    lines: list[Line] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise ValueError("tabs are not allowed for indentation")
        lines.append((len(raw) - len(raw.lstrip(" ")), stripped))
    value, end = _block(lines, 0)
    if end != len(lines):
        raise ValueError(f"unexpected indentation at: {lines[end][1]}")
    return value


def _block(lines: list[Line], start: int) -> tuple[Any, int]:
    indent, content = lines[start]
    if content.startswith("- ") or content == "-":
        return _list(lines, start, indent)
    return _mapping(lines, start, indent)


def _list(lines: list[Line], i: int, indent: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("-"):
        item = lines[i][1][1:].strip()
        if (": " in item or item.endswith(":")) and not item.startswith(('"', "'")):
            # "- key: value" starts a mapping indented past the dash.
            lines[i] = (indent + 2, item)
            value, i = _mapping(lines, i, indent + 2)
            items.append(value)
        else:
            items.append(_scalar(item))
            i += 1
    return items, i


def _mapping(lines: list[Line], i: int, indent: int) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
        content = lines[i][1]
        key, colon, rest = content.partition(": ") if ": " in content else content.partition(":")
        if not colon or (rest and not content.endswith(":") and ": " not in content):
            raise ValueError(f"expected 'key: value', got: {lines[i][1]}")
        rest = rest.strip()
        i += 1
        if rest:
            result[key.strip()] = _scalar(rest)
        elif i < len(lines) and lines[i][0] > indent:
            result[key.strip()], i = _block(lines, i)
        else:
            result[key.strip()] = None
    return result, i


def _scalar(text: str) -> Any:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    if text in ("true", "false"):
        return text == "true"
    try:
        return int(text)
    except ValueError:
        return text
