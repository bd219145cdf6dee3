"""Block Kit built by pure functions, testable without Slack."""
