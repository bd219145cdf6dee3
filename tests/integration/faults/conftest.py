"""Running the real `mmbot` CLI in-process and reading what it printed; a PostgreSQL store\nbehind a proxy that loses COMMIT answers or cuts every connection."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine

from cli.main import main
from storage.engine import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.conftest import postgres_schema
from tests.support.commit_dropping_proxy import CommitDroppingProxy, commit_dropping_proxy


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


CliRunner = Callable[..., CliResult]


@pytest.fixture
def mmbot(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """`mmbot(url, 'cmd', 'list')` runs the CLI against `url` and returns code, stdout, stderr."""

    def runner(url: str, *argv: str) -> CliResult:
        monkeypatch.setenv("DATABASE_URL", url)
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return runner


def closed_loopback_port() -> int:
    """A loopback TCP port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@dataclass(frozen=True)
class Proxied:
    """mmbot's store reached through the proxy, and the same schema reached directly."""

    proxy: CommitDroppingProxy
    url: str  # the schema's URL through the proxy
    factory: SqlUnitOfWorkFactory
    direct: SqlUnitOfWorkFactory
    direct_engine: Engine


@pytest.fixture
def proxied_store(postgres_server_url: str) -> Iterator[Proxied]:
    """A migrated schema of its own, reached through a CommitDroppingProxy."""
    with (
        postgres_schema(postgres_server_url) as schema_url,
        commit_dropping_proxy(postgres_server_url) as proxy,
    ):
        upgrade(schema_url)
        url = proxy.url_for(schema_url).render_as_string(hide_password=False)
        engine, direct_engine = make_engine(url), make_engine(schema_url)
        yield Proxied(
            proxy,
            url,
            SqlUnitOfWorkFactory(engine),
            SqlUnitOfWorkFactory(direct_engine),
            direct_engine,
        )
        engine.dispose()
        direct_engine.dispose()
