"""The `mmbot` program: the CLI's subcommands and the server's, put together in one place.

`cli` (the terminal front end) and `bot` (the Slack app) never import each other; this
package is the only one that knows both.
"""
