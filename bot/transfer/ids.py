"""Slack ids of the import modal (to join bot/ids.py once the Slack app is in main)."""

from __future__ import annotations

from enum import StrEnum


class ImportId(StrEnum):
    PASTE_CALLBACK = "mm_import_paste"
    CONFIRM_CALLBACK = "mm_import_confirm"
    DONE_CALLBACK = "mm_import_done"
    CSV_BLOCK = "import_csv"
    CSV_ACTION = "import_csv_input"
    PREVIEW_BLOCK = "import_preview"
