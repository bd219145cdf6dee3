"""Signed slash commands from a fixed number of keep-alive connections, for a bounded time."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from bot.ids import COMMAND, EVENTS_PATH

# Builds the command text of the n-th request.
TextFor = Callable[[int], str]
# The response_url for the request tagged with a key.
ResponseUrl = Callable[[str], str]
# Waits for the answer to the request tagged with a key; False on timeout.
AwaitAnswer = Callable[[str, float], bool]
ANSWER_TIMEOUT_SECONDS = 10.0


@dataclass
class LoadResult:
    """What the load generator saw: ack latencies, failures, and when each request was sent."""

    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    unanswered: int = 0
    sent_at: dict[str, float] = field(default_factory=dict)
    # Requests whose ack carried the answer itself (Slack shows it to the caller), and when.
    answered_in_ack: dict[str, float] = field(default_factory=dict)


def signed_command(
    secret: str, workspace: str, user: str, text: str, response_url: str
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of a slash command request, signed the way Slack signs it."""
    body = urlencode(
        {
            "team_id": workspace,
            "team_domain": "bench",
            "channel_id": "CBENCH",
            "channel_name": "bench",
            "user_id": user,
            "user_name": user.lower(),
            "command": COMMAND,
            "text": text,
            "api_app_id": "ABENCH",
            "response_url": response_url,
            "trigger_id": "1.2.bench",
        }
    )
    stamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Signature": f"v0={digest}",
        "X-Slack-Request-Timestamp": stamp,
    }
    return body.encode(), headers


@dataclass(frozen=True)
class Load:
    """`connections` clients sending to 127.0.0.1:`port` for `seconds` or `limit` requests."""

    port: int
    secret: str
    workspace: str
    connections: int
    seconds: float
    limit: int

    def run(
        self,
        text_for: TextFor,
        response_url: ResponseUrl,
        tag: str,
        await_answer: AwaitAnswer | None = None,
    ) -> LoadResult:
        """Send until the time or the count runs out. Each connection waits for the ack and,
        with `await_answer`, for the answer too, as a user waits before the next command."""
        result = LoadResult()
        counter = itertools.count()
        lock = threading.Lock()
        started = time.perf_counter()
        deadline = started + self.seconds

        def client() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            while (n := next(counter)) < self.limit and time.perf_counter() < deadline:
                key = f"{tag}-{n}"
                body, headers = signed_command(
                    self.secret, self.workspace, "UBENCH", text_for(n), response_url(key)
                )
                begun = time.perf_counter()
                try:
                    status, inline = _send(connection, body, headers)
                except (OSError, http.client.HTTPException):
                    # gunicorn closes a keep-alive connection left idle while we waited for
                    # an answer; that is no failure of the request, so send it again once.
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                    try:
                        status, inline = _send(connection, body, headers)
                    except (OSError, http.client.HTTPException):
                        connection.close()
                        with lock:
                            result.errors += 1
                        continue
                took = time.perf_counter() - begun
                with lock:
                    result.latencies.append(took)
                    result.statuses[status] = result.statuses.get(status, 0) + 1
                    result.sent_at[key] = begun
                    if inline:
                        result.answered_in_ack[key] = begun + took
                if inline:
                    continue
                if await_answer is not None and not await_answer(key, ANSWER_TIMEOUT_SECONDS):
                    with lock:
                        result.unanswered += 1
            connection.close()

        threads = [threading.Thread(target=client) for _ in range(self.connections)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        result.seconds = time.perf_counter() - started
        return result


def _send(
    connection: http.client.HTTPConnection, body: bytes, headers: dict[str, str]
) -> tuple[int, bool]:
    """The status, and whether the ack body carried an answer (a message with text)."""
    connection.request("POST", EVENTS_PATH, body=body, headers=headers)
    response = connection.getresponse()
    payload = response.read()
    return response.status, response.status == 200 and payload.startswith(
        b"{"
    ) and b'"text"' in payload
