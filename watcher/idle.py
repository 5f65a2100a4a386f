"""Push for one IMAP account: a thread that keeps a connection in IDLE on the inbox.

The thread touches no database. It only reports what happened (``AccountNews``) through
a callback the daemon gives it, usually a queue that the main loop reads; the main loop
then syncs the account with its own connection.

What it reports:
  connected  IDLE is running (after a start or a reconnect): sync now to catch up on
             whatever arrived while the connection was down;
  news       the server announced new mail (EXISTS); with ``lend``, the news carries the
             connection itself (``LentSession``), out of IDLE, for the sync to read the new
             mail on: the connection that heard the news has the folder's new state at
             hand, where another one makes the server look at the folder again (Dovecot
             with Maildir lists the whole folder's directory to find a message another
             session delivered: 0.3 to 0.7 s at 100,000 messages, against 1 ms here).
             IDLE resumes once the sync gives it back, and new mail that came in the
             meantime is news again;
  no_idle    the server does not offer IDLE: the daemon polls this account instead;
  auth_failed the login was refused or no password could be had: retried slowly;
  lost       the connection was lost, or a new one could not be made (each failed
             attempt, with its cause, its moment and the count of failures in a row):
             news is unknown until ``connected``.

A connection that dies quietly is noticed: a read of IDLE news returns nothing both on a
quiet line and on a closed socket (known upstream: #565, #449, #349), so the socket is polled
here and "readable, yet nothing to read" counts as closed. IDLE is re-issued every
``refresh`` seconds, and the round trip that ends each IDLE proves the link alive (or
times out). Reconnects wait an exponential, fully jittered delay, capped at a minute, and
started afresh by every session that reached IDLE. All IMAP goes through the edge,
``watcher.sources.imap``; its typed errors decide between a slow retry (a refused login)
and the backoff (everything else).
"""

from __future__ import annotations

import random
import select
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

import structlog

from watcher.sources.imap.errors import AuthenticationFailed, ConnectionLost, ImapError

if TYPE_CHECKING:
    from watcher.sources.imap.idle import IdleSession
    from watcher.sources.imap.session import ImapSource

log = structlog.get_logger(__name__)

NewsReason = Literal["connected", "news", "no_idle", "auth_failed", "lost"]

BACKOFF_BASE = 1.0  # seconds: the first retry comes within a second
# A minute at most between attempts: after an outage, mail is caught up within a minute of
# the link's return, at the cost of one connection attempt a minute while it is down.
BACKOFF_CAP = 60.0
AUTH_RETRY = 1800.0  # a refused login is tried again every half hour, not in a tight loop
# "Readable but empty" this many times in a row means the server closed the socket.
EMPTY_READS_CLOSED = 3
# Leaving IDLE and logging out on the way to a stop must not hold the daemon up.
GOODBYE_TIMEOUT = 2.0
# Seconds between looks at the stop flag while a connection is lent (a give-back or a stop
# wakes the wait at once; this only bounds a wake-up lost to a full socket buffer).
MAX_LEND_POLL = 1.0


@dataclass(frozen=True)
class AccountNews:
    account: str
    folder: str
    reason: NewsReason
    detail: str = ""  # a secret-free cause for auth_failed and lost
    at: datetime | None = None  # lost: when the attempt failed (UTC)
    attempts: int = 0  # lost: failures in a row since the last session that reached IDLE
    # "news" of a watcher that lends: its connection, to be given back once read.
    lent: LentSession | None = field(default=None, compare=False, repr=False)


class LentSession:
    """An IDLE connection lent out of IDLE to the thread that syncs, with ``folder``
    examined; the watcher waits until ``give_back`` (see the module docstring)."""

    def __init__(self, source: ImapSource, folder: str, wake: Callable[[], None]) -> None:
        self.source = source
        self.folder = folder
        self._wake = wake
        self._returned = threading.Event()
        self.broken = False
        self.synced_through: int | None = None

    def give_back(self, *, broken: bool = False, synced_through: int | None = None) -> None:
        """Hand the connection back to its watcher; call exactly once, from the borrower.

        ``broken``: a command on it failed, so the watcher makes a new connection.
        ``synced_through``: the folder's last UID the sync read up to (its cursor); mail
        with a higher UID is announced again. None: unknown, announced again if any."""
        self.broken, self.synced_through = broken, synced_through
        self._returned.set()
        self._wake()

    @property
    def returned(self) -> bool:
        return self._returned.is_set()


class _ReconnectAsked(Exception):
    """A reconnect was asked (after the machine woke): leave this connection now."""


def backoff_delay(
    attempt: int,
    *,
    base: float = BACKOFF_BASE,
    cap: float = BACKOFF_CAP,
    draw: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before reconnect attempt ``attempt`` (0 for the first).

    Full jitter: uniform between 0 and min(cap, base * 2**attempt), so many clients that
    lost the same server do not come back in step.
    """
    ceiling: float = min(cap, base * 2.0 ** min(attempt, 32))
    return ceiling * draw()


class Backoff:
    """The attempt counter behind ``backoff_delay``: grows on each failure, reset on success."""

    def __init__(
        self,
        *,
        base: float = BACKOFF_BASE,
        cap: float = BACKOFF_CAP,
        draw: Callable[[], float] = random.random,
    ) -> None:
        self.base, self.cap, self._draw = base, cap, draw
        self.attempt = 0

    def next_delay(self) -> float:
        delay = backoff_delay(self.attempt, base=self.base, cap=self.cap, draw=self._draw)
        self.attempt += 1
        return delay

    def reset(self) -> None:
        self.attempt = 0


def connect_source(account: Any, secret: Callable[[], str]) -> ImapSource:
    """A logged-in session through the IMAP edge (imported on first use)."""
    from watcher.sources.imap.session import ImapSource

    return ImapSource.connect(account, secret)


# -- the thread ---------------------------------------------------------------------------


class IdleWatcher:
    """Keeps one account's inbox in IDLE on a thread of its own; see the module docstring."""

    def __init__(
        self,
        account: Any,
        get_password: Callable[[], str],
        report: Callable[[AccountNews], None],
        *,
        refresh: float = 600.0,
        folder: str = "INBOX",
        auth_retry: float = AUTH_RETRY,
        backoff: Backoff | None = None,
        connect: Callable[[Any, Callable[[], str]], ImapSource] = connect_source,
        lend: bool = False,
    ) -> None:
        self.account = account
        self.folder = folder
        self.refresh = refresh
        self.auth_retry = auth_retry
        self.lend = lend
        self._get_password = get_password
        self._report = report
        self._connect = connect
        self._backoff = backoff or Backoff()
        self._stopping = threading.Event()
        self._reconnect = threading.Event()
        # Written to from other threads to wake the poll at once (stop, reconnect).
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._thread = threading.Thread(target=self._run, name=f"idle-{account.name}", daemon=True)

    @property
    def name(self) -> str:
        return str(self.account.name)

    def start(self) -> None:
        self._thread.start()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Ask the thread to leave IDLE and log out; returns at once (see ``join``)."""
        self._stopping.set()
        self._wake()

    def join(self, timeout: float) -> bool:
        """Wait for the thread to end; True when it did."""
        if self._thread.is_alive():
            self._thread.join(timeout)
        stopped = not self._thread.is_alive()
        if stopped:
            self._wake_reader.close()
            self._wake_writer.close()
        return stopped

    def reconnect(self) -> None:
        """Drop the connection and make a new one now, the backoff started afresh (after
        the machine woke from sleep, the old connection is most likely dead)."""
        self._reconnect.set()
        self._wake()

    def _wake(self) -> None:
        try:
            self._wake_writer.send(b"!")
        except OSError:  # already closed, or a wake-up is pending anyway
            pass

    # -- the loop --------------------------------------------------------------------------

    def _run(self) -> None:
        log.info("idle starting", account=self.name, folder=self.folder, refresh=self.refresh)
        while not self._stopping.is_set():
            if self._reconnect.is_set():
                self._reconnect.clear()
                self._backoff.reset()
            try:
                delay = self._session()
            except Exception as exc:  # noqa: BLE001 - a fault here must not end push for good: log it, start over
                log.error("idle failed by a fault in watcher", account=self.name, error_type=type(exc).__name__)
                log.debug("idle fault", account=self.name, exc_info=True)
                delay = self._backoff.next_delay()
            if delay is None:
                break
            self._pause(delay)
        log.info("idle stopped", account=self.name)

    def _pause(self, seconds: float) -> None:
        """Wait before the next attempt; only a stop or a reconnect request cuts the wait short.

        A wake-up left over from before (a reconnect asked just before the pause, a lent
        connection given back) ends one poll, not the wait: the requests themselves are
        the events looked at, the wake-up socket only interrupts the poll."""
        deadline = time.monotonic() + seconds
        poller = select.poll()
        poller.register(self._wake_reader.fileno(), select.POLLIN)
        while not (self._stopping.is_set() or self._reconnect.is_set()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            poller.poll(remaining * 1000)
            self._drain_wake()

    def _session(self) -> float | None:
        """One connection from login to loss; the seconds to wait before the next, or None to end.

        The backoff starts afresh once a session logged in, examined the folder and
        entered IDLE: after a flapping link each return is noticed within about a
        second. A server that drops the connection before that keeps the waits growing.
        """
        try:
            source = self._connect(self.account, self._get_password)
        except AuthenticationFailed as exc:
            return self._auth_failed(exc.message)
        except ImapError as exc:
            return self._retry_later("connection failed", exc)
        try:
            return self._use(source)
        except (_ReconnectAsked, ImapError) as exc:
            if self._stopping.is_set():
                return None
            if self._reconnect.is_set():
                log.info("reconnecting on request", account=self.name)
                return 0.0
            return self._retry_later("connection lost", exc)
        finally:
            _close(source)

    def _use(self, source: ImapSource) -> float | None:
        if not source.has_idle:
            log.info("server offers no IDLE: polling instead", account=self.name)
            self._report(AccountNews(self.name, self.folder, "no_idle"))
            return None
        idle = source.idle(self.folder)
        started = idle.begin()
        self._backoff.reset()
        self._report(AccountNews(self.name, self.folder, "connected"))
        while not self._stopping.is_set():
            self._one_idle(idle, news_at_start=started.news)
            if not self._stopping.is_set():
                started = idle.begin()
        return None

    def _one_idle(self, idle: IdleSession, *, news_at_start: bool = False) -> None:
        """In IDLE until news, the refresh time, a stop or a lost connection; then DONE.
        With ``lend``, news ends the IDLE at once and the connection is lent for the sync.
        ``news_at_start``: the server announced mail as the IDLE began."""
        news = news_at_start
        if news:
            self._log_news()
            if not self.lend:
                self._report(AccountNews(self.name, self.folder, "news"))
        if not (news and self.lend):
            news = self._wait(idle, time.monotonic() + self.refresh) or news
        came = idle.end(GOODBYE_TIMEOUT if self._stopping.is_set() else None)
        if self._stopping.is_set():
            return
        if came and not news:
            self._log_news()
        if self.lend and (news or came):
            self._lend_until_read(idle)
        elif came and not news:
            self._report(AccountNews(self.name, self.folder, "news"))

    def _lend_until_read(self, idle: IdleSession) -> None:
        """Lend the connection for the sync, again while mail came in during the last one."""
        while not self._stopping.is_set():
            lent = LentSession(idle.source, self.folder, self._wake)
            self._report(AccountNews(self.name, self.folder, "news", lent=lent))
            self._await_return(lent)
            if self._stopping.is_set():
                return
            if lent.broken:
                raise ConnectionLost(self.name, "the sync on the lent connection failed")
            if self._reconnect.is_set():
                raise _ReconnectAsked  # asked while lent (the machine woke): the sync after it catches up
            if not idle.mail_after(lent.synced_through):
                return
            self._log_news()

    def _await_return(self, lent: LentSession) -> None:
        """Wait for ``give_back``; only a stop cuts the wait short (the borrower may be
        using the connection, so a reconnect request waits for it)."""
        poller = select.poll()
        poller.register(self._wake_reader.fileno(), select.POLLIN)
        while not lent.returned and not self._stopping.is_set():
            poller.poll(MAX_LEND_POLL * 1000)
            self._drain_wake()

    def _wait(self, idle: IdleSession, deadline: float) -> bool:
        """Poll the IMAP socket and the wake-up socket until the deadline, or with ``lend``
        until news; True when news came."""
        poller = select.poll()
        imap_fd = idle.fileno()
        poller.register(imap_fd, select.POLLIN)
        poller.register(self._wake_reader.fileno(), select.POLLIN)
        news, empty_reads = False, 0
        while not self._stopping.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            ready = {fd for fd, _ in poller.poll(remaining * 1000)}
            if self._wake_reader.fileno() in ready:
                self._drain_wake()
                if self._reconnect.is_set():
                    raise _ReconnectAsked
            if imap_fd not in ready:
                empty_reads = 0
                continue
            answer = idle.read()
            empty_reads = 0 if answer.responses else empty_reads + 1
            if empty_reads >= EMPTY_READS_CLOSED:
                raise ConnectionLost(self.name, "connection closed by the server")
            if answer.news:
                news = True
                self._log_news()
                if self.lend:
                    break
                self._report(AccountNews(self.name, self.folder, "news"))
        return news

    def _drain_wake(self) -> None:
        try:
            while self._wake_reader.recv(64):
                pass
        except OSError:  # BlockingIOError once empty
            pass

    def _log_news(self) -> None:
        log.info("idle news", account=self.name, folder=self.folder)

    def _auth_failed(self, cause: str) -> float:
        log.error("login failed", account=self.name, error=cause, retry_in=int(self.auth_retry))
        self._report(AccountNews(self.name, self.folder, "auth_failed", cause))
        return self.auth_retry

    def _retry_later(self, what: str, exc: ImapError) -> float:
        delay = self._backoff.next_delay()
        self._report(AccountNews(self.name, self.folder, "lost", f"{what}: {exc.message}",
                                 at=datetime.now(UTC), attempts=self._backoff.attempt))
        log.warning(
            f"reconnect in {delay:.1f} s",
            account=self.name,
            cause=what,
            seconds=round(delay, 1),
            error_type=type(exc).__name__,
            error=exc.message,
            attempt=self._backoff.attempt,
        )
        return delay


def _close(source: ImapSource) -> None:
    """Log out within GOODBYE_TIMEOUT, or just close a connection that is already broken."""
    source.close(timeout=GOODBYE_TIMEOUT)


def watchers_for(accounts: Iterable[Any]) -> list[Any]:
    """The IMAP accounts that want push (IDLE) rather than polling."""
    return [a for a in accounts if getattr(a, "type", None) == "imap" and a.idle]
