"""IDLE (RFC 2177) on one examined folder of a logged-in session.

The watcher thread (``watcher.idle``) owns the loop and the waiting; this holds the
protocol: begin, read what the server pushed, end with DONE. Failures come out typed
(``ConnectionLost`` mostly) like every other command of the edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from watcher.sources.imap.protocol import Guard

if TYPE_CHECKING:
    from watcher.sources.imap.session import ImapSource


@dataclass(frozen=True)
class IdleAnswer:
    """What one read of the IDLE connection brought: how many responses, and whether one
    announced a new message (``* n EXISTS``)."""

    responses: int
    news: bool


class IdleSession:
    """IDLE on ``folder`` (examined, so nothing is marked \\Seen) over ``source``'s connection."""

    def __init__(self, source: ImapSource, folder: str) -> None:
        self._source = source
        self._client = source.client
        self.folder = folder
        source.examine(folder)

    @property
    def source(self) -> ImapSource:
        """The session this IDLE runs on (lent out of IDLE for a sync between ``end`` and
        the next ``begin``)."""
        return self._source

    def fileno(self) -> int:
        """The connection's socket, for poll(2): readable when the server pushed something."""
        with self._guard():
            return int(self._client.socket().fileno())

    def begin(self) -> None:
        """Examine the folder again if the session examined another one since (a sync on
        the lent session), send IDLE and wait for the server's continuation."""
        self._source.examine(self.folder)
        with self._guard():
            self._client.idle()

    def read(self) -> IdleAnswer:
        """What the server pushed, without waiting. Zero responses from a readable socket,
        several times in a row, means the peer closed it (imapclient #565, #449, #349)."""
        with self._guard():
            responses = self._client.idle_check(timeout=0)
        return IdleAnswer(len(responses), any(_is_news(r) for r in responses))

    def end(self, timeout: float | None = None) -> bool:
        """Send DONE and read the server's answer: a round trip that proves the link alive.
        ``timeout`` (seconds) bounds the wait (on the way to a stop). True when news came."""
        with self._guard():
            if timeout is not None:
                self._client.socket().settimeout(timeout)
            _, responses = self._client.idle_done()
        return any(_is_news(r) for r in responses)

    def _guard(self) -> Guard:
        return Guard(self._source.account, self._client, self.folder)


def _is_news(response: object) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] == b"EXISTS"
