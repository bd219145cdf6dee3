"""Business rules of mmbot: multimedia profiles and what they are assigned to. No Slack, no SQL."""
