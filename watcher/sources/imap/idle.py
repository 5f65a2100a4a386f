"""IDLE (RFC 2177) on one examined folder of a logged-in session.

The watcher thread (``watcher.idle``) owns the loop and the waiting; this holds the
protocol: begin, read what the server pushed, end with DONE. Failures come out typed
(``ConnectionLost`` mostly) like every other command of the edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from watcher.sources.imap.protocol import Guard

if TYPE_CHECKING:
    from watcher.sources.imap.session import ImapSource

# RFC 3501 7.3.1: "* 23 EXISTS", a response line as imaplib reads it (CRLF stripped).
_EXISTS_LINE = re.compile(rb"\* \d+ EXISTS$", re.IGNORECASE)


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

    def begin(self) -> IdleAnswer:
        """Examine the folder again if the session examined another one since (a sync on
        the lent session), send IDLE and wait for the server's continuation; returns what
        the server sent right behind it.

        A server announces at once the mail that came while the session was out of IDLE
        (Dovecot does), often in the same packet as the continuation: imaplib then holds
        it in its read buffer, where polling the socket never sees it (imapclient's
        ``idle_check`` polls first: imapclient #321, #150). It is taken from there here."""
        self._source.examine(self.folder)
        with self._guard():
            self._client.idle()
            lines = _buffered_lines(self._client)
        return IdleAnswer(len(lines), any(_EXISTS_LINE.match(line) for line in lines))

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

    def mail_after(self, uid: int | None) -> bool:
        """Whether the folder holds mail above ``uid`` (None: any mail counts) that this
        session was told of, asked out of IDLE once a sync on it is done. Mail announced
        (``* n EXISTS``) at the end of this very SEARCH is not in its answer, so such an
        announcement counts too (imaplib keeps untagged responses until taken); mail the
        session was not told of yet is announced when IDLE begins again (see ``begin``)."""
        if uid is None:
            return True
        self._source.examine(self.folder)
        with self._guard():
            untagged = self._client._imap.untagged_responses
            untagged.pop("EXISTS", None)  # announced during the sync: the SEARCH covers them
            found = self._client.search(["UID", f"{uid + 1}:*"])
            announced = untagged.pop("EXISTS", None)
        # "UID n:*" always answers with the newest message, even one at or below n.
        return bool(announced) or any(int(found_uid) > uid for found_uid in found)

    def _guard(self) -> Guard:
        return Guard(self._source.account, self._client, self.folder)


def _buffered_lines(client: Any) -> list[bytes]:
    """The whole response lines imaplib already holds in its read buffer, taken from it
    (the socket read at most once, without waiting)."""
    connection = client._imap
    sock = client.socket()
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        buffered = connection.file.peek()
    except OSError:  # nothing buffered and nothing on the socket (ssl's want-read too)
        buffered = b""
    finally:
        sock.settimeout(timeout)
    return [connection._get_line() for _ in range(buffered.count(b"\r\n"))]


def _is_news(response: object) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] == b"EXISTS"
