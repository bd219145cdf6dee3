#!/usr/bin/env bash
# Sets up .venv from the project's own files, then runs every check: lint, format, types, tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'

echo "== ruff check";        .venv/bin/ruff check .
echo "== ruff format";       .venv/bin/ruff format --check .
echo "== mypy";              .venv/bin/mypy
echo "== pytest";            .venv/bin/python -m pytest "$@"
