"""Slack's Web API and Block Kit without Bolt: what the bot and the CLI share.

Pure Block Kit builders for what is posted to channels (the report, change notices), the
Web API client with its one retry policy, and posting. `bot` (the Bolt app) and `cli`
both use it; it imports neither.
"""
