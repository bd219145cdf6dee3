"""The Slack side of CSV agent onboarding: paste form, dry-run preview, confirm."""
