"""The scheduled report inside `mmbot serve`: APScheduler jobs per workspace, claimed runs."""
