"""How long each stored text may be: the validators and the storage columns both read these.

One number per kind of value, so a value validation lets through always fits its column on
PostgreSQL (SQLite ignores lengths, which is how a mismatch once went unnoticed).
"""

from __future__ import annotations

# A workspace: the Slack team id, or a name given with `mmbot workspace add`.
WORKSPACE_ID = 64
# Profile, site, team and agent names as shown.
NAME = 80
# Casefolding lengthens a name at most threefold (ß → ss, ΐ → ΐ), so 80 characters fit.
NAME_KEY = 255
# Accents dropped as well: NFKD can lengthen a character much more (ﷺ → 18), so the
# search key is cut to its column; it only ranks suggestions.
SEARCH_KEY = 255
DESCRIPTION = 255
# RFC 5321: a path holds at most 256 octets including the angle brackets.
EMAIL = 254
EMAIL_LOCAL_PART = 64
# A Slack user id (U…, W…) or a typed @name.
SLACK_USER = 64
# A channel id (C…, G…, D…) or a typed #name.
CHANNEL = 64
# User and user-group ids given as administrators.
SLACK_ID = 64
TIMEZONE = 64
REPORT_SCHEDULE = 100
# Who made a change is stored as {"k":…,"i":…,"n":…} in 255 characters; a CLI actor's id
# and name are the same text, so each may take 100 characters.
ACTOR_COLUMN = 255
ACTOR_NAME = 100
AUDIT_OBJECT_NAME = 255
