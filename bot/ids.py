"""Every Slack id the app uses: the command, callback ids, block ids and action ids."""

from __future__ import annotations

from enum import StrEnum

COMMAND = "/mmprofile"
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


class Callback(StrEnum):
    """callback_id of each modal."""

    PROFILE_CREATE = "mm_profile_create"
    PROFILE_EDIT = "mm_profile_edit"
    ASSIGN = "mm_assign"
    SETTINGS = "mm_settings"
    DELETE = "mm_delete"
    RESULT = "mm_result"


class Block(StrEnum):
    """block_id of each input and section; the profile ones match the domain's field names."""

    NAME = "name"
    DESCRIPTION = "description"
    TYPE = "type"
    VOICE = "voice"
    CHAT = "chat"
    EMAIL = "email"
    SOCIAL = "social"
    CHANNELS = "channels"
    ASSIGN_PROFILE = "assign_profile"
    ASSIGN_KIND = "assign_kind"
    ASSIGN_TARGET = "assign_target"
    MULTIMEDIA = "multimedia"
    REPORT_CHANNEL = "report_channel"
    REPORT_SCHEDULE = "report_schedule"
    TIMEZONE = "timezone"
    AUDIT_CHANNEL = "audit_channel"
    ALL_CLEAR = "report_all_clear"
    LANGUAGE = "workspace_language"
    DELETE_TEXT = "delete_text"
    HOME_ACTIONS = "home_actions"
    PAGES = "mm_pages"
    OFFERS = "mm_offers"
    ACTIVE = "active"


class Action(StrEnum):
    """action_id of each interactive element."""

    NAME = "name_input"
    DESCRIPTION = "description_input"
    TYPE = "type_select"
    COUNT = "count_input"
    CHANNELS = "channels_checkboxes"
    ASSIGN_PROFILE = "assign_profile_select"
    ASSIGN_KIND = "assign_kind_select"
    ASSIGN_TARGET = "assign_target_select"
    MULTIMEDIA = "multimedia_radio"
    REPORT_CHANNEL = "report_channel_select"
    REPORT_SCHEDULE = "report_schedule_input"
    TIMEZONE = "timezone_input"
    AUDIT_CHANNEL = "audit_channel_select"
    ALL_CLEAR = "all_clear_checkbox"
    LANGUAGE = "language_select"
    HOME_CREATE = "home_create_profile"
    HOME_REPORT = "home_run_report"
    ACTIVE = "active_radio"
    # Buttons whose value is a command of the grammar, run as if typed (paging, show, App Home).
    PAGE_NEXT = "mm_run_page_next"
    PAGE_PREVIOUS = "mm_run_page_previous"
    OFFER_EDIT = "mm_run_edit"
    OFFER_TOGGLE = "mm_run_toggle"
    OFFER_USAGE = "mm_run_usage"
    OFFER_DELETE = "mm_run_delete"
    HOME_ROW = "mm_run_home_row"


# The buttons that run the command in their value.
RUN_COMMAND_ACTIONS = (
    Action.PAGE_NEXT,
    Action.PAGE_PREVIOUS,
    Action.OFFER_EDIT,
    Action.OFFER_TOGGLE,
    Action.OFFER_USAGE,
    Action.OFFER_DELETE,
    Action.HOME_ROW,
)
# Paging replaces the message it is in; the other buttons answer with a new one.
REPLACING_ACTIONS = (Action.PAGE_NEXT, Action.PAGE_PREVIOUS)


class ImportId(StrEnum):
    """Ids of the CSV import modal."""

    PASTE_CALLBACK = "mm_import_paste"
    CONFIRM_CALLBACK = "mm_import_confirm"
    DONE_CALLBACK = "mm_import_done"
    CSV_BLOCK = "import_csv"
    CSV_ACTION = "import_csv_input"
    PREVIEW_BLOCK = "import_preview"


ON = "on"
OFF = "off"
