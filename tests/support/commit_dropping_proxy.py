"""A loopback TCP proxy in front of PostgreSQL that can lose a COMMIT's answer, or everything.

It reads the client's side of the wire protocol just enough to see a COMMIT go by: a
simple query ('Q') or an extended-protocol Parse ('P') whose text is COMMIT, then the
Execute ('E') that runs it. When told to (`drop_next_commit`), it forwards that COMMIT to
the server, waits for the server's answer to arrive, and closes both sides before a byte
of the answer reaches the client: the transaction is stored, the client never hears so.
`cut()` makes the database unreachable: live connections are closed and new ones are
closed as soon as they are accepted. Nothing but loopback is ever listened on.
"""

from __future__ import annotations

import re
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from sqlalchemy.engine import URL, make_url

# Startup-phase requests the proxy answers itself with "N" (no TLS, no GSSAPI), so the rest
# of the conversation stays in plain text it can read.
_SSL_REQUEST = 80877103
_GSSENC_REQUEST = 80877104
_CANCEL_REQUEST = 80877102
_COMMIT = re.compile(rb"^\s*(COMMIT|END)(\s+(WORK|TRANSACTION))?\s*;?\s*$", re.IGNORECASE)
_ROLLBACK = re.compile(rb"^\s*(ROLLBACK|ABORT)\b", re.IGNORECASE)
# How long the proxy waits for the server's answer to a COMMIT before it cuts anyway.
ANSWER_WAIT_SECONDS = 5.0


def _executed(
    kind: bytes, body: bytes, statements: dict[bytes, bytes], portals: dict[bytes, bytes]
) -> bytes | None:
    """The SQL a client message runs: a simple query's, or an Execute's prepared statement's.
    Parse and Bind messages are remembered in `statements` and `portals` on the way."""
    if kind == b"Q":
        return body.rstrip(b"\0")
    if kind == b"P":
        name, _, rest = body.partition(b"\0")
        statements[name] = rest.partition(b"\0")[0]
    elif kind == b"B":
        portal, _, rest = body.partition(b"\0")
        portals[portal] = statements.get(rest.partition(b"\0")[0], b"")
    elif kind == b"E":
        return portals.get(body.partition(b"\0")[0], b"")
    return None


def _read_exactly(sock: socket.socket, count: int) -> bytes | None:
    chunks, missing = [], count
    while missing:
        try:
            chunk = sock.recv(missing)
        except OSError:
            return None
        if not chunk:
            return None
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


@dataclass(eq=False)  # compared and hashed by identity: kept in a set
class _Pair:
    """One client connection and its server connection."""

    client: socket.socket
    server: socket.socket
    # Set when the client has sent the COMMIT whose answer is to be lost: from then on no
    # byte from the server is passed on.
    muted: threading.Event = field(default_factory=threading.Event)
    answered: threading.Event = field(default_factory=threading.Event)
    # The current transaction ran a statement containing the proxy's marker.
    marked: bool = False
    closed: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def close(self) -> None:
        with self.lock:
            if self.closed:
                return
            self.closed = True
        for sock in (self.client, self.server):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class CommitDroppingProxy:
    """Listens on 127.0.0.1 (an ephemeral port) and forwards to `upstream` (host, port)."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self._listener = socket.create_server(("127.0.0.1", 0))
        # accept() wakes up this often to see whether the proxy is closing.
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._pairs: set[_Pair] = set()
        self._drops_left = 0
        self._marker: bytes | None = None
        self._cut = False
        self._stopping = False
        # COMMITs whose answer was lost, and COMMITs passed on normally.
        self.dropped_commits = 0
        self.commits = 0
        self._accepting = threading.Thread(target=self._accept, daemon=True, name="pg-proxy")
        self._accepting.start()

    # --- what a test tells it -------------------------------------------------------------

    def drop_next_commit(self, count: int = 1, *, after: str | None = None) -> None:
        """Lose the answer to the next `count` COMMITs (of any connection); with `after`, only
        of transactions that ran a statement containing that text (case-insensitive), so
        the COMMITs of other work (creating the workspace, say) pass."""
        with self._lock:
            self._drops_left = count
            self._marker = None if after is None else after.lower().encode()

    def cut(self) -> None:
        """Make the database unreachable: close every connection and refuse new ones."""
        with self._lock:
            self._cut = True
            pairs = list(self._pairs)
        for pair in pairs:
            pair.close()

    def restore(self) -> None:
        """Forward again, and stop losing answers."""
        with self._lock:
            self._cut = False
            self._drops_left = 0
            self._marker = None

    def url_for(self, url: str | URL) -> URL:
        """`url` pointed at the proxy instead of the server."""
        return make_url(url).set(host="127.0.0.1", port=self.port)

    def close(self) -> None:
        """Stop listening and close every connection."""
        with self._lock:
            self._stopping = True
            pairs = list(self._pairs)
        self._accepting.join(timeout=5)
        self._listener.close()
        for pair in pairs:
            pair.close()

    # --- the forwarding -------------------------------------------------------------------

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                if self._stopping:
                    return
                continue
            except OSError:
                return  # the listener was closed
            client.settimeout(None)
            with self._lock:
                refused = self._cut or self._stopping
            if refused:
                client.close()
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            pair = _Pair(client, server)
            with self._lock:
                self._pairs.add(pair)
            threading.Thread(target=self._from_client, args=(pair,), daemon=True).start()
            threading.Thread(target=self._from_server, args=(pair,), daemon=True).start()

    def _forget(self, pair: _Pair) -> None:
        pair.close()
        with self._lock:
            self._pairs.discard(pair)

    def _from_server(self, pair: _Pair) -> None:
        try:
            while True:
                try:
                    data = pair.server.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                if pair.muted.is_set():
                    pair.answered.set()  # the server has answered the COMMIT: it is stored
                    continue
                pair.client.sendall(data)
        except OSError:
            return
        finally:
            self._forget(pair)

    def _from_client(self, pair: _Pair) -> None:
        try:
            if not self._startup(pair):
                return
            statements: dict[bytes, bytes] = {}  # prepared statement name -> its text
            portals: dict[bytes, bytes] = {}  # portal name -> the text of its statement
            while True:
                header = _read_exactly(pair.client, 5)
                if header is None:
                    return
                kind, length = header[:1], struct.unpack("!I", header[1:])[0]
                body = _read_exactly(pair.client, length - 4)
                if body is None:
                    return
                message = header + body
                sql = _executed(kind, body, statements, portals)
                if sql is not None and self._ends_with_lost_answer(pair, sql):
                    self._lose_answer(pair, message, extended=kind == b"E")
                    return
                pair.server.sendall(message)
        except OSError:
            return
        finally:
            self._forget(pair)

    def _startup(self, pair: _Pair) -> bool:
        """Pass on the startup message, answering TLS and GSSAPI requests with "N" itself."""
        while True:
            head = _read_exactly(pair.client, 8)
            if head is None:
                return False
            length, code = (int(value) for value in struct.unpack("!II", head))
            rest = _read_exactly(pair.client, length - 8)
            if rest is None:
                return False
            if code in (_SSL_REQUEST, _GSSENC_REQUEST):
                pair.client.sendall(b"N")
                continue
            pair.server.sendall(head + rest)
            return code != _CANCEL_REQUEST

    def _ends_with_lost_answer(self, pair: _Pair, sql: bytes) -> bool:
        """True when `sql` is the COMMIT whose answer is to be lost (and counts COMMITs)."""
        if self._marker is not None and self._marker in sql.lower():
            pair.marked = True
        if _ROLLBACK.match(sql):
            pair.marked = False
        if not _COMMIT.match(sql):
            return False
        marked, pair.marked = pair.marked, False
        with self._lock:
            self.commits += 1
            if self._drops_left <= 0 or (self._marker is not None and not marked):
                return False
            self._drops_left -= 1
            self.dropped_commits += 1
            return True

    def _lose_answer(self, pair: _Pair, commit: bytes, *, extended: bool) -> None:
        """Send the COMMIT on, wait until the server answered it, and hang up on both sides."""
        pair.muted.set()
        pair.server.sendall(commit)
        if extended:
            # The server answers an Execute only after the Sync (or Flush) that follows it.
            self._forward_until_sync(pair)
        pair.answered.wait(ANSWER_WAIT_SECONDS)
        pair.close()

    def _forward_until_sync(self, pair: _Pair) -> None:
        pair.client.settimeout(0.2)
        try:
            while not pair.answered.is_set():
                header = _read_exactly(pair.client, 5)
                if header is None:
                    return
                body = _read_exactly(pair.client, struct.unpack("!I", header[1:])[0] - 4)
                if body is None:
                    return
                pair.server.sendall(header + body)
                if header[:1] in (b"S", b"H"):  # Sync or Flush: the server answers now
                    return
        except OSError:
            return


@contextmanager
def commit_dropping_proxy(server_url: str | URL) -> Iterator[CommitDroppingProxy]:
    """A proxy in front of the PostgreSQL server of `server_url`, closed when the block ends."""
    url = make_url(server_url)
    proxy = CommitDroppingProxy((url.host or "127.0.0.1", url.port or 5432))
    try:
        yield proxy
    finally:
        proxy.close()
