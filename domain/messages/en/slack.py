"""Texts of the Slack app: forms, App Home, and its own answers."""

from __future__ import annotations

from domain.messages.formatting import Plural, Template

MESSAGES: dict[str, Template] = {
    # messages
    "slack.blocks_cut": Plural(
        by="count",
        one="… {count} more part not shown. Narrow the question or use the CLI.",
        other="… {count} more parts not shown. Narrow the question or use the CLI.",
    ),
    "slack.unknown_command": "{problem}\n\n{help}",
    "slack.unexpected": (
        "Something went wrong (reference {reference}); nothing was changed. "
        "Give this reference to whoever runs mmbot: it is in the log."
    ),
    "slack.opening_form": "Opening the form…",
    "slack.form_unavailable": "`{verb}` has no form in this version; use the inline form (see `help {verb}`).",
    "slack.already_done": "This form was already submitted; nothing was changed a second time.",
    "slack.delete_gone": 'Profile "{profile}" no longer exists; nothing was deleted.',
    # forms: common
    "form.close": "Cancel",
    "form.done_title": "Done",
    "form.done_close": "Close",
    "form.not_done_title": "Not done",
    # profile form
    "form.profile.create_title": "New profile",
    "form.profile.edit_title": "Edit profile",
    "form.profile.create_submit": "Create",
    "form.profile.edit_submit": "Save",
    "form.profile.name": "Name",
    "form.profile.name_hint": "1–80 characters: ASCII letters, digits, space, - and _. Unique in the workspace.",
    "form.profile.description": "Description",
    "form.profile.description_hint": "Optional, up to 255 characters, same characters as the name.",
    "form.profile.type": "Type",
    "form.profile.type_hint": "Changing the type changes the channel fields below.",
    "form.profile.type.blended": "Blended: several contacts of different channels at once",
    "form.profile.type.blended_realtime": "Blended realtime: voice and chat always on together",
    "form.profile.type.exclusive": "Exclusive: one contact at a time",
    "form.profile.count": "{channel} contacts at the same time",
    "form.profile.count_hint": "For a {type} profile: {allowed}.",
    "form.profile.channels": "Channel types the agent receives",
    "form.profile.channels_hint": "An exclusive profile handles one contact at a time; pick at least one type.",
    "form.profile.not_a_number": "{field} must be a whole number, for example 0, 1 or 3.",
    "form.profile.editing": 'Editing "{name}" (version {version}).',
    "channel.voice": "Voice",
    "channel.chat": "Chat",
    "channel.email": "Email",
    "channel.social": "Social",
    # assign form
    "form.assign.title": "Assign a profile",
    "form.assign.submit": "Assign",
    "form.assign.profile": "Profile",
    "form.assign.profile_hint": "Only active profiles can be assigned.",
    "form.assign.kind": "Assign to",
    "form.assign.target": "Which one",
    "form.assign.target_hint": "Type a few letters of the name to search.",
    "form.assign.kind.site": "Site",
    "form.assign.kind.team": "Team",
    "form.assign.kind.agent": "Agent",
    "form.assign.pick": "Pick a {what}.",
    "form.assign.pick.profile": "profile",
    "form.assign.pick.site": "site",
    "form.assign.pick.team": "team",
    "form.assign.pick.agent": "agent",
    "form.assign.target_option": "{name} ({kind})",
    "form.assign.multimedia_off": (
        "Multimedia is off, so profiles cannot be assigned yet. Turn it on in the settings first."
    ),
    # settings form
    "form.settings.title": "Settings",
    "form.settings.submit": "Save",
    "form.settings.multimedia": "Multimedia",
    "form.settings.multimedia_hint": "While it is off every agent gets Default_Telephony_Profile.",
    "form.settings.on": "On",
    "form.settings.off": "Off",
    "form.settings.report_channel": "Report channel",
    "form.settings.schedule": "Report schedule (cron)",
    "form.settings.schedule_hint": "Five fields: minute hour day month weekday. 0 9 * * * is every day at 09:00.",
    "form.settings.timezone": "Time zone",
    "form.settings.timezone_hint": "An IANA zone such as UTC or Europe/Budapest.",
    "form.settings.audit_channel": "Change notices channel",
    "form.settings.all_clear": "Report",
    "form.settings.all_clear_option": "Post an all-clear message when there is nothing to report",
    "form.settings.unchanged": "The settings already have these values; nothing changed.",
    # delete confirmation
    "form.delete.title": "Delete profile",
    "form.delete.submit": "Delete",
    "form.delete.question": 'Delete profile "{profile}" for good? This cannot be undone.',
    # App Home
    "home.title": "Multimedia profiles",
    "home.counts": "*{active}* active · *{inactive}* inactive · *{total}* in all",
    "home.multimedia": "Multimedia is *{value}* for this workspace.",
    "home.active_heading": "Active profiles",
    "home.inactive_heading": "Inactive profiles",
    "home.none": "None.",
    "home.more": "… and {count} more: use `/mmprofile list all`.",
    "home.report_heading": "Latest report",
    "home.report_findings": "Profiles to look at: {inactive} inactive, {unassigned} unassigned.",
    "home.report_posted": "Posted {when} in <#{channel}>.",
    "home.create": "Create a profile",
    "home.report": "Run the report",
    "home.report_sent": "The report was sent to you as a direct message.",
    "form.settings.language": "Language of channel posts",
    "form.settings.language_hint": (
        "The report and change notices; also what members read who chose no language of their own."
    ),
    # Issue 10: a form answered within Slack's time, whatever the speed of Slack or the store.
    "form.saving_title": "Saving…",
    "form.saving_text": (
        "mmbot is still saving your change. This window shows the outcome as soon as it is done."
    ),
    "form.busy": "mmbot is busy right now and nothing was changed. Please try again in a moment.",
}
