"""The IDLE watcher against a real Dovecot: news, reconnects, dead links, refused logins, stops.

Also the reconnect backoff schedule, as a pure function.
"""

from __future__ import annotations

import itertools
import queue
import select
import socket
import threading
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from tests.fixtures_dovecot import DovecotServer, imap_account
from watcher.idle import (
    BACKOFF_CAP,
    AccountNews,
    Backoff,
    IdleWatcher,
    backoff_delay,
    connect_source,
    watchers_for,
)
from watcher.sources.imap import AuthenticationFailed, ServerUnreachable, TlsError

MESSAGE = (
    b"From: Jane Doe <jane@acme.example>\r\nTo: me@example.org\r\nSubject: Next steps\r\n"
    b"Message-ID: <idle-test-%d@acme.example>\r\nDate: Mon, 3 Nov 2025 10:00:00 +0000\r\n\r\nHello.\r\n"
)
WAIT = 20.0  # generous: a wait, never an assertion about speed


# -- a TCP proxy a test can cut, to make a connection die without the server knowing ----------


class TcpProxy:
    """Forwards 127.0.0.1:port to a target; ``cut()`` drops every live connection at once."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._down = False
        self.accepted = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._down:
                client.close()  # the server is "unreachable"
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._pairs.append((client, upstream))
                self.accepted += 1
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    @staticmethod
    def _pump(a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        try:
            while True:
                readable, _, _ = select.select(list(peers), [], [], 1.0)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except OSError:
            return
        finally:
            for sock in (a, b):
                sock.close()

    def cut(self) -> None:
        """Close the client side of every live connection, as a dropped NAT entry would."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for client, upstream in pairs:
            for sock in (client, upstream):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def down(self) -> None:
        """An outage: live connections die and new ones are dropped until ``up()``."""
        self._down = True
        self.cut()

    def up(self) -> None:
        self._down = False

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.cut()


# -- helpers ------------------------------------------------------------------------------


def _expect(events: queue.Queue[AccountNews], reason: str, timeout: float = WAIT) -> AccountNews:
    """The next event with this reason; fails if it does not come within the (generous) wait."""
    while True:
        try:
            event = events.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no {reason!r} event within {timeout} s")
        if event.reason == reason:
            return event


def _drain(events: queue.Queue[AccountNews]) -> list[AccountNews]:
    found = []
    while True:
        try:
            found.append(events.get_nowait())
        except queue.Empty:
            return found


@pytest.fixture
def started() -> Iterator[list[IdleWatcher]]:
    """Watchers a test started; all stopped and joined at teardown."""
    watchers: list[IdleWatcher] = []
    yield watchers
    for watcher in watchers:
        watcher.stop()
    for watcher in watchers:
        assert watcher.join(10), f"{watcher.name} did not stop"


def _watch(started, account, password, events, **options) -> IdleWatcher:
    options.setdefault("refresh", 600)
    watcher = IdleWatcher(account, lambda: password, events.put, **options)
    watcher.start()
    started.append(watcher)
    return watcher


@pytest.fixture
def private_server() -> Iterator[DovecotServer]:
    """A Dovecot of this test's own, so restarting it disturbs no other test."""
    server = DovecotServer()
    try:
        server.start()
        yield server
    finally:
        server.close()


# -- backoff ------------------------------------------------------------------------------


def test_backoff_grows_exponentially_to_the_cap():
    ceilings = [backoff_delay(n, draw=lambda: 1.0) for n in range(12)]
    assert ceilings[:5] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert ceilings[-1] == BACKOFF_CAP == 60.0
    assert all(a <= b for a, b in itertools.pairwise(ceilings))
    assert backoff_delay(10_000, draw=lambda: 1.0) == BACKOFF_CAP  # no overflow for long outages


def test_backoff_is_fully_jittered():
    assert backoff_delay(3, draw=lambda: 0.0) == 0.0
    assert backoff_delay(3, draw=lambda: 0.5) == 4.0
    delays = [backoff_delay(4) for _ in range(200)]
    assert all(0 <= d <= 16.0 for d in delays)
    assert len(set(delays)) > 100  # spread out, not in step


def test_backoff_resets_after_success():
    backoff = Backoff(draw=lambda: 1.0)
    assert [backoff.next_delay() for _ in range(4)] == [1.0, 2.0, 4.0, 8.0]
    backoff.reset()
    assert backoff.next_delay() == 1.0


def test_only_imap_accounts_with_idle_get_a_watcher():
    imap = SimpleNamespace(name="a", type="imap", idle=True)
    polled = SimpleNamespace(name="b", type="imap", idle=False)
    local = SimpleNamespace(name="c", type="maildir")
    assert watchers_for([imap, polled, local]) == [imap]


# -- against Dovecot ------------------------------------------------------------------------


def test_new_mail_is_reported_while_idling(dovecot, started):
    events: queue.Queue[AccountNews] = queue.Queue()
    _watch(started, imap_account(dovecot, name="work"), dovecot.password, events)
    assert _expect(events, "connected") == AccountNews("work", "INBOX", "connected")
    dovecot.append("INBOX", MESSAGE % 1)
    assert _expect(events, "news") == AccountNews("work", "INBOX", "news")


def test_mail_in_another_folder_is_not_news(dovecot, started):
    events: queue.Queue[AccountNews] = queue.Queue()
    _watch(started, imap_account(dovecot), dovecot.password, events)
    _expect(events, "connected")
    dovecot.append("Sent", MESSAGE % 2)
    dovecot.append("INBOX", MESSAGE % 3)
    _expect(events, "news")
    assert [e.reason for e in _drain(events)] == []  # one message in the inbox: one news event


def test_idle_is_reissued_at_the_refresh_interval(dovecot, started):
    events: queue.Queue[AccountNews] = queue.Queue()
    _watch(started, imap_account(dovecot), dovecot.password, events, refresh=0.5)
    _expect(events, "connected")
    threading.Event().wait(2)  # several refresh rounds pass
    dovecot.append("INBOX", MESSAGE % 4)
    _expect(events, "news")
    assert "connected" not in [e.reason for e in _drain(events)]  # refreshed, not reconnected


# -- lending the connection that heard the news --------------------------------------------


def _newest_uid(lent) -> int:
    return lent.source.status("INBOX").uidnext - 1


def _lent_news(started, dovecot, number: int) -> tuple[queue.Queue[AccountNews], AccountNews]:
    """A lending watcher's events, and its news of message ``number`` appended once it idles."""
    events: queue.Queue[AccountNews] = queue.Queue()
    _watch(started, imap_account(dovecot), dovecot.password, events, lend=True)
    _expect(events, "connected")
    dovecot.append("INBOX", MESSAGE % number)
    news = _expect(events, "news")
    assert news.lent is not None and news.lent.folder == "INBOX"
    return events, news


def test_news_lends_the_connection_to_read_the_new_mail_on(dovecot, started):
    events, news = _lent_news(started, dovecot, 11)
    newest = _newest_uid(news.lent)
    (fetched,) = news.lent.source.fetch_headers("INBOX", [newest])  # out of IDLE: commands work
    assert b"idle-test-11@acme.example" in fetched.header_bytes
    news.lent.source.examine("Sent")  # the sync may look at other folders; IDLE goes back to INBOX
    news.lent.give_back(synced_through=newest)
    dovecot.append("INBOX", MESSAGE % 12)
    again = _expect(events, "news")  # IDLE resumed on the given-back connection
    assert again.lent is not None and again.lent.source is news.lent.source
    again.lent.give_back(synced_through=_newest_uid(again.lent))
    threading.Event().wait(1)
    assert _drain(events) == []


def test_mail_that_came_while_lent_is_news_again(dovecot, started):
    events, news = _lent_news(started, dovecot, 13)
    read_up_to = _newest_uid(news.lent)  # the sync's cursor ...
    dovecot.append("INBOX", MESSAGE % 14)  # ... and mail that came after it looked
    news.lent.give_back(synced_through=read_up_to)
    again = _expect(events, "news")
    assert again.lent is not None and _newest_uid(again.lent) == read_up_to + 1
    again.lent.give_back(synced_through=read_up_to + 1)
    threading.Event().wait(1)
    assert _drain(events) == []  # all read: nothing announced twice


def test_a_lent_connection_given_back_broken_is_remade(dovecot, started):
    events, news = _lent_news(started, dovecot, 15)
    news.lent.give_back(broken=True)
    _expect(events, "connected")


def test_a_reconnect_asked_while_lent_waits_for_the_give_back(dovecot, started):
    events, news = _lent_news(started, dovecot, 18)
    started[-1].reconnect()  # e.g. the machine woke while the sync was reading on it
    threading.Event().wait(0.5)
    assert news.lent.source.status("INBOX").uidnext > 1  # still open for the borrower
    news.lent.give_back(synced_through=_newest_uid(news.lent))
    _expect(events, "connected")


def test_mail_that_came_out_of_idle_is_news_when_idle_begins(dovecot):
    source = connect_source(imap_account(dovecot), lambda: dovecot.password)
    try:
        idle = source.idle("INBOX")
        idle.begin()
        idle.end()
        dovecot.append("INBOX", MESSAGE % 17)  # while the session is out of IDLE
        news = idle.begin().news  # often in the continuation's packet, where a poll never looks
        poller = select.poll()
        poller.register(idle.fileno(), select.POLLIN)
        while not news and poller.poll(WAIT * 1000):
            news = idle.read().news
        assert news
        idle.end()
    finally:
        source.close()


def test_stop_while_lent_ends_the_thread(dovecot):
    events: queue.Queue[AccountNews] = queue.Queue()
    watcher = IdleWatcher(imap_account(dovecot), lambda: dovecot.password, events.put, lend=True)
    watcher.start()
    try:
        _expect(events, "connected")
        dovecot.append("INBOX", MESSAGE % 16)
        assert _expect(events, "news").lent is not None  # never given back
    finally:
        watcher.stop()
        assert watcher.join(10)


def test_server_without_idle_is_handed_back_for_polling(dovecot_no_idle, started):
    events: queue.Queue[AccountNews] = queue.Queue()
    watcher = _watch(started, imap_account(dovecot_no_idle), dovecot_no_idle.password, events)
    _expect(events, "no_idle")
    assert watcher.join(10)  # its work is done


def test_refused_login_is_reported_once_and_retried_slowly(dovecot, started):
    events: queue.Queue[AccountNews] = queue.Queue()
    _watch(started, imap_account(dovecot), "wrong password", events, auth_retry=3600)
    event = _expect(events, "auth_failed")
    assert "wrong password" not in event.detail
    threading.Event().wait(2)
    assert _drain(events) == []  # no tight loop of new attempts


def test_a_cut_connection_is_noticed_and_remade(dovecot, started):
    proxy = TcpProxy(dovecot.port)
    try:
        events: queue.Queue[AccountNews] = queue.Queue()
        _watch(started, imap_account(dovecot, port=proxy.port), dovecot.password, events)
        _expect(events, "connected")
        proxy.cut()  # the server never learns of it: only the client side sees EOF
        _expect(events, "connected")  # noticed and reconnected, well before the 600 s refresh
        assert proxy.accepted == 2
        dovecot.append("INBOX", MESSAGE % 5)
        _expect(events, "news")
    finally:
        proxy.close()


def test_backoff_grows_while_dropped_before_login_and_restarts_after_a_session(dovecot, started):
    class Recorded(Backoff):
        def __init__(self) -> None:
            super().__init__(base=0.02, cap=0.2, draw=lambda: 1.0)
            self.drawn: list[int] = []

        def next_delay(self) -> float:
            self.drawn.append(self.attempt)
            return super().next_delay()

    proxy = TcpProxy(dovecot.port)
    try:
        proxy.down()  # accepts TCP, closes before the greeting
        backoff = Recorded()
        events: queue.Queue[AccountNews] = queue.Queue()
        _watch(started, imap_account(dovecot, port=proxy.port), dovecot.password, events, backoff=backoff)
        _wait_for(lambda: len(backoff.drawn) >= 4)
        assert backoff.drawn[:4] == [0, 1, 2, 3]  # each drop before login waits longer
        proxy.up()
        _expect(events, "connected")
        assert backoff.attempt == 0  # logged in, folder examined, IDLE running: a success
        before = len(backoff.drawn)
        proxy.cut()
        _expect(events, "connected")
        assert backoff.drawn[before] == 0  # the next loss starts again at about a second
    finally:
        proxy.close()


def test_a_server_restart_costs_seconds(private_server, started):
    mailbox = private_server.new_mailbox()
    events: queue.Queue[AccountNews] = queue.Queue()
    _watch(started, imap_account(mailbox), mailbox.password, events)
    _expect(events, "connected")
    private_server.restart()
    _expect(events, "connected")
    mailbox.append("INBOX", MESSAGE % 6)
    _expect(events, "news")


def test_reconnect_on_request(dovecot, started):
    events: queue.Queue[AccountNews] = queue.Queue()
    watcher = _watch(started, imap_account(dovecot), dovecot.password, events)
    _expect(events, "connected")
    watcher.reconnect()
    _expect(events, "connected")


def test_stop_leaves_idle_and_ends_the_thread(dovecot):
    events: queue.Queue[AccountNews] = queue.Queue()
    watcher = IdleWatcher(imap_account(dovecot), lambda: dovecot.password, events.put, refresh=600)
    watcher.start()
    try:
        _expect(events, "connected")
    finally:
        watcher.stop()
        assert watcher.join(10)
    assert not watcher.is_alive()


def test_stop_during_backoff(started):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    account = SimpleNamespace(
        name="gone",
        type="imap",
        host="127.0.0.1",
        port=port,
        tls="none",
        ca_file=None,
        username="u",
        auth="password",
        timeout=5.0,
        idle=True,
    )
    events: queue.Queue[AccountNews] = queue.Queue()
    watcher = IdleWatcher(account, lambda: "pw", events.put, backoff=Backoff(base=3600, cap=3600))
    watcher.start()
    threading.Event().wait(0.5)
    watcher.stop()
    assert watcher.join(10)


def test_tls_is_verified(dovecot_tls):
    good = imap_account(dovecot_tls, tls="implicit", port=dovecot_tls.tls_port, ca_file=dovecot_tls.ca_file)
    source = connect_source(good, lambda: dovecot_tls.password)
    assert source.has_idle
    source.close()
    untrusted = imap_account(dovecot_tls, tls="implicit", port=dovecot_tls.tls_port, ca_file=None)
    with pytest.raises(TlsError):
        connect_source(untrusted, lambda: dovecot_tls.password)


def test_a_refused_login_is_not_retried_like_a_lost_link(dovecot, started):
    attempts: list[int] = []

    def connect(account, secret):
        attempts.append(1)
        raise AuthenticationFailed("x", "login refused")

    events: queue.Queue[AccountNews] = queue.Queue()
    watcher = IdleWatcher(SimpleNamespace(name="x", type="imap", idle=True), lambda: "pw", events.put,
                          auth_retry=3600, connect=connect)
    watcher.start()
    started.append(watcher)
    _expect(events, "auth_failed")
    threading.Event().wait(1)
    assert len(attempts) == 1


class DownServer:
    """``connect`` for a server that is down: each attempt is put on ``attempts`` (waited on,
    never polled); an attempt may be held until the test lets it fail (``hold``)."""

    def __init__(self, hold: set[int] = frozenset()) -> None:
        self.attempts: queue.Queue[int] = queue.Queue()
        self.count = 0
        self.hold = hold
        self.release = threading.Event()

    def __call__(self, account, get_password):
        self.count += 1
        self.attempts.put(self.count)
        if self.count in self.hold:
            assert self.release.wait(WAIT), "attempt never released"
        raise ServerUnreachable("x", "connection refused")

    def next_attempt(self) -> int:
        try:
            return self.attempts.get(timeout=WAIT)
        except queue.Empty:
            pytest.fail("no connection attempt in time")


def _down_watcher(started, server: DownServer) -> IdleWatcher:
    """A watcher whose every backoff wait is an hour: any attempt after the first is asked for."""
    watcher = IdleWatcher(
        SimpleNamespace(name="x", type="imap", idle=True),
        lambda: "pw",
        lambda news: None,
        backoff=Backoff(base=3600, cap=3600, draw=lambda: 1.0),
        connect=server,
    )
    watcher.start()
    started.append(watcher)
    return watcher


def test_reconnect_request_cuts_a_backoff_wait_short(started):
    server = DownServer()
    watcher = _down_watcher(started, server)
    assert server.next_attempt() == 1
    watcher.reconnect()  # e.g. after the machine woke: try now, not in an hour
    assert server.next_attempt() == 2
    watcher.stop()
    assert watcher.join(WAIT)
    assert server.count == 2  # and then the hour's wait again, cut short only by the stop


def test_a_reconnect_asked_before_the_wait_leaves_no_wake_up_that_cuts_the_next_one_short(started):
    # Asked while the attempt is still failing: the pause after it is skipped, and the
    # wake-up the request wrote must not end the next hour's wait at once.
    server = DownServer(hold={1})
    watcher = _down_watcher(started, server)
    assert server.next_attempt() == 1
    watcher.reconnect()
    server.release.set()
    assert server.next_attempt() == 2
    with pytest.raises(queue.Empty):  # a third would come at once, or not for an hour
        server.attempts.get(timeout=2.0)
    watcher.stop()
    assert watcher.join(WAIT)
    assert server.count == 2


def _wait_for(condition, timeout: float = WAIT) -> None:
    deadline = threading.Event()
    for _ in range(int(timeout * 20)):
        if condition():
            return
        deadline.wait(0.05)
    pytest.fail("condition not met in time")
