"""The results as a table on stdout and as JSON in bench/results/latest.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).with_name("results") / "latest.json"


def check(value: float | None, target: float | None, *, at_least: bool = False) -> str:
    """'ok', 'MISSED', or '—' when there is no value or no target."""
    if value is None or target is None:
        return "—"
    met = value >= target if at_least else value <= target
    return "ok" if met else "MISSED"


def row(
    metric: str,
    where: str,
    value: float | None,
    unit: str,
    target: float | None,
    *,
    at_least: bool = False,
) -> dict[str, Any]:
    """One line of the table, also stored in the JSON; a None target is a figure for context."""
    return {
        "metric": metric,
        "where": where,
        "value": None if value is None else round(value, 2),
        "unit": unit,
        "target": "—" if target is None else f"{'≥' if at_least else '≤'} {target:g} {unit}",
        "status": check(value, target, at_least=at_least),
    }


def print_table(machine: dict[str, Any], rows: list[dict[str, Any]], notes: list[str]) -> None:
    """A plain-text table of every figure against its target."""
    print("machine: " + ", ".join(f"{k}={v}" for k, v in machine.items()))
    headers = ("metric", "where", "value", "target", "status")
    cells = [
        (
            r["metric"],
            r["where"],
            "—" if r["value"] is None else f"{r['value']:g} {r['unit']}",
            r["target"],
            r["status"],
        )
        for r in rows
    ]
    widths = [max(len(str(c[i])) for c in (headers, *cells)) for i in range(len(headers))]
    for line in (headers, tuple("-" * w for w in widths), *cells):
        print("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    for note in notes:
        print(f"note: {note}")


def write_json(document: dict[str, Any], path: Path = RESULTS) -> Path:
    """Write the whole result document; returns where."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, default=str) + "\n")
    return path
