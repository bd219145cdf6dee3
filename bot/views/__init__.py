"""Pure Block Kit builders: plain values in, JSON-ready dicts out; no Slack calls."""
