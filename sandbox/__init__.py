"""Try mmbot without Slack: a local page that behaves like a Slack channel for the real app."""
