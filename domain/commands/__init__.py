"""The command language shared by the `/mmprofile` slash command and the `mmbot cmd` CLI."""
