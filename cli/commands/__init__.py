"""One module per `mmbot` subcommand, each with `register(subparsers)`."""
