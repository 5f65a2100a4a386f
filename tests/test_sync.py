"""sync.py over a real Dovecot: cursors, batches, UIDVALIDITY changes, skipped messages."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient

from tests.fixtures_dovecot import free_port, imap_account
from watcher.model import Mail
from watcher.sources import SourceError
from watcher.sources.imap import AuthenticationFailed, ServerUnreachable
from watcher.sources.imap.session import ImapSource
from watcher.sync import FolderState, SyncBatch, open_and_sync, sync_account

SINCE = datetime(2024, 1, 1, tzinfo=UTC)
ARRIVAL = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
ME = frozenset({"me@example.org"})


def inbox_of(report):
    """The INBOX's report: the sent folder is synced first, so position says nothing."""
    return next(f for f in report.folders if f.folder == "INBOX")


def message(number: int, *, sender: str = "jane@acme.example", extra: str = "") -> bytes:
    return (
        f"Message-ID: <m{number}@acme.example>\r\n"
        "Date: Tue, 05 Mar 2024 10:15:00 +0000\r\n"
        f"From: {sender}\r\n"
        "To: me@example.org\r\n"
        f"Subject: Interview {number}\r\n"
        f"{extra}"
        "\r\n"
        f"Body {number}\r\n"
    ).encode()


def uid_count(sequence_set: str) -> int:
    count = 0
    for piece in sequence_set.split(","):
        first, _, last = piece.partition(":")
        count += int(last or first) - int(first) + 1
    return count


class CountingClient(IMAPClient):
    """Counts commands only; every answer is the server's own."""

    calls: Counter[str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls = Counter()
        # Header fields are fetched through imaplib directly: count those FETCHes too.
        connection = self._imap
        command = connection._command

        def counted_command(name: str, *args: Any) -> Any:
            if name.upper() == "UID" and str(args[0]).upper() == "FETCH":
                self.calls["fetch"] += 1
                self.calls["fetched_messages"] += uid_count(args[1])
            return command(name, *args)

        connection._command = counted_command

    def select_folder(self, *args: Any, **kwargs: Any) -> Any:
        self.calls["select"] += 1
        return super().select_folder(*args, **kwargs)

    def folder_status(self, *args: Any, **kwargs: Any) -> Any:
        self.calls["status"] += 1
        return super().folder_status(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        self.calls["search"] += 1
        return super().search(*args, **kwargs)

    def fetch(self, messages: Any, data: Any, *args: Any, **kwargs: Any) -> Any:
        self.calls["fetch"] += 1
        self.calls["fetched_messages"] += len(messages)
        return super().fetch(messages, data, *args, **kwargs)


class Store:
    """What the real store keeps: cursors per folder and the Message-IDs seen."""

    def __init__(self) -> None:
        self.cursors: dict[str, FolderState] = {}
        self.seen: set[str] = set()
        self.new_ids: list[str] = []  # Message-IDs not seen before, in order of arrival
        self.batches: list[SyncBatch] = []

    def state(self, folder: str) -> FolderState | None:
        return self.cursors.get(folder)

    def handle(self, batch: SyncBatch) -> None:
        self.batches.append(batch)
        for mail in batch.mails:
            if mail.message_id not in self.seen:
                self.seen.add(mail.message_id)
                self.new_ids.append(mail.message_id)
        self.cursors[batch.folder] = FolderState(batch.uidvalidity, batch.last_uid)


def run_sync(mailbox, store: Store, *, wants_body=lambda mail: True, batch_size: int = 1000, **account):
    source = ImapSource.connect(
        imap_account(mailbox, **account), lambda: mailbox.password, client_class=CountingClient
    )
    try:
        report = sync_account(
            source,
            state=store.state,
            since=SINCE,
            me=ME,
            wants_body=wants_body,
            handle=store.handle,
            batch_size=batch_size,
        )
        return report, source.client.calls
    finally:
        source.close()


def test_first_sync_then_nothing_new_takes_the_cheap_path(dovecot) -> None:
    for number in range(1, 6):
        dovecot.append("INBOX", message(number), msg_time=ARRIVAL)
    store = Store()
    report, _ = run_sync(dovecot, store, batch_size=2)
    assert report.ok and report.error is None
    inbox = inbox_of(report)
    assert (inbox.folder, inbox.role, inbox.new, inbox.fetched, inbox.skipped) == ("INBOX", "inbox", 5, 5, 0)
    assert store.new_ids == [f"<m{n}@acme.example>" for n in range(1, 6)]
    assert [len(b.mails) for b in store.batches if b.folder == "INBOX"] == [2, 2, 1]
    assert all(mail.body and mail.body.startswith("Body") for b in store.batches for mail in b.mails)

    again, calls = run_sync(dovecot, store)
    assert again.ok and [f.new for f in again.folders] == [0, 0]
    assert calls["search"] == 0 and calls["fetch"] == 0
    assert calls["status"] == 2  # one STATUS per folder (INBOX and Sent)
    assert calls["select"] == 1  # the inbox examined once per connection, for cheap STATUS


def test_nothing_new_on_an_open_connection_is_one_status_per_folder(dovecot) -> None:
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    store = Store()
    source = ImapSource.connect(imap_account(dovecot), lambda: dovecot.password, client_class=CountingClient)
    try:
        for _ in range(3):
            report = sync_account(
                source,
                state=store.state,
                since=SINCE,
                me=ME,
                wants_body=lambda mail: True,
                handle=store.handle,
            )
            assert report.ok
        assert store.new_ids == ["<m1@acme.example>"]
        source.client.calls.clear()
        again = sync_account(
            source, state=store.state, since=SINCE, me=ME, wants_body=lambda mail: True, handle=store.handle
        )
    finally:
        source.close()
    assert [f.new for f in again.folders] == [0, 0]
    assert dict(source.client.calls) == {"status": 2}


def test_first_sync_searches_in_uid_windows_and_batches_across_them(dovecot, monkeypatch) -> None:
    monkeypatch.setattr("watcher.sources.imap.search.SEARCH_WINDOW", 3)
    for number in range(1, 8):
        dovecot.append("INBOX", message(number), msg_time=ARRIVAL)
    dovecot.append("INBOX", message(8), msg_time=datetime(2020, 5, 1, tzinfo=UTC))  # before the lookback
    store = Store()
    report, calls = run_sync(dovecot, store, batch_size=2)
    assert inbox_of(report).new == 7
    assert store.new_ids == [f"<m{n}@acme.example>" for n in range(1, 8)]
    assert calls["search"] == 3  # UIDs 1-3, 4-6, 7-8 of the inbox; the empty Sent is not searched
    assert [len(b.mails) for b in store.batches if b.folder == "INBOX" and b.mails] == [2, 2, 2, 1]
    assert store.cursors["INBOX"].last_uid == 8


def test_new_mail_between_syncs_fetches_only_the_new(dovecot) -> None:
    for number in range(1, 4):
        dovecot.append("INBOX", message(number), msg_time=ARRIVAL)
    store = Store()
    run_sync(dovecot, store)
    dovecot.append("INBOX", message(4), msg_time=ARRIVAL)
    report, calls = run_sync(dovecot, store)
    assert inbox_of(report).new == 1
    assert calls["fetched_messages"] == 2  # its headers, then the whole message
    assert store.new_ids[-1] == "<m4@acme.example>" and len(store.new_ids) == 4


def test_whole_message_fetched_only_when_wanted(dovecot) -> None:
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    dovecot.append("INBOX", message(2, sender="news@letters.example"), msg_time=ARRIVAL)
    store = Store()
    report, calls = run_sync(dovecot, store, wants_body=lambda mail: mail.from_addr.endswith("acme.example"))
    bodies = {mail.message_id: mail.body for b in store.batches for mail in b.mails}
    assert bodies == {"<m1@acme.example>": "Body 1", "<m2@acme.example>": None}
    assert inbox_of(report).fetched == 1
    assert calls["fetched_messages"] == 3


def test_lookback_leaves_old_mail_and_moves_the_cursor_past_it(dovecot) -> None:
    dovecot.append("INBOX", message(1), msg_time=datetime(2020, 5, 1, tzinfo=UTC))
    store = Store()
    report, _ = run_sync(dovecot, store)
    assert inbox_of(report).new == 0 and store.new_ids == []
    assert store.cursors["INBOX"].last_uid == 1
    _, calls = run_sync(dovecot, store)
    assert calls["search"] == 0 and calls["fetch"] == 0


def test_uidvalidity_change_yields_nothing_already_seen(dovecot) -> None:
    dovecot.create_folder("Jobs")
    for number in range(1, 4):
        dovecot.append("Jobs", message(number), msg_time=ARRIVAL)
    store = Store()
    run_sync(dovecot, store, folders=("Jobs",))
    old_validity = store.cursors["Jobs"].uidvalidity
    dovecot.delete_folder("Jobs")
    dovecot.create_folder("Jobs")
    for number in (3, 2, 1, 4):
        dovecot.append("Jobs", message(number), msg_time=ARRIVAL)
    assert dovecot.uidvalidity("Jobs") != old_validity
    report, _ = run_sync(dovecot, store, folders=("Jobs",))
    assert report.ok
    assert store.new_ids == [f"<m{n}@acme.example>" for n in (1, 2, 3, 4)]
    assert store.cursors["Jobs"] == FolderState(dovecot.uidvalidity("Jobs"), 4)


def test_sync_never_marks_seen(dovecot) -> None:
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    dovecot.append("Sent", message(2, sender="me@example.org"), msg_time=ARRIVAL)
    run_sync(dovecot, Store())
    for folder in ("INBOX", "Sent"):
        assert all(b"\\Seen" not in flags for flags in dovecot.flags(folder).values())


def test_sent_folder_mail_is_sent(dovecot) -> None:
    dovecot.append("Sent", message(1, sender="Me <me@example.org>"), msg_time=ARRIVAL)
    store = Store()
    report, _ = run_sync(dovecot, store)
    assert [(f.folder, f.role, f.new) for f in report.folders] == [("Sent", "sent", 1), ("INBOX", "inbox", 0)]
    (mail,) = [m for b in store.batches for m in b.mails]
    assert mail.direction == "sent"


def test_missing_sent_folder_reported_once(dovecot_server) -> None:
    mailbox = dovecot_server.new_mailbox(folders=())
    report, _ = run_sync(mailbox, Store())
    assert report.ok
    assert len(report.notes) == 1 and "sent folder" in report.notes[0]


def test_missing_folder_is_its_own_error_and_others_go_on(dovecot) -> None:
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    report, _ = run_sync(dovecot, Store(), folders=("Nope", "INBOX"))
    assert report.ok
    by_name = {f.folder: f for f in report.folders}
    assert by_name["Nope"].error and "no such folder" in by_name["Nope"].error
    assert by_name["INBOX"].new == 1 and by_name["INBOX"].error is None


def open_and_sync_with(account, password: str, store: Store):
    return open_and_sync(
        account,
        lambda: password,
        state=store.state,
        since=SINCE,
        me=ME,
        wants_body=lambda m: True,
        handle=store.handle,
    )


def test_wrong_password_is_reported_not_raised(dovecot) -> None:
    store = Store()
    report = open_and_sync_with(imap_account(dovecot), "not-it", store)
    assert not report.ok and isinstance(report.failure, AuthenticationFailed)
    assert "not-it" not in report.error
    assert store.cursors == {}


def test_refused_connection_is_reported_not_raised(dovecot) -> None:
    store = Store()
    report = open_and_sync_with(imap_account(dovecot, port=free_port()), dovecot.password, store)
    assert not report.ok and isinstance(report.failure, ServerUnreachable)


def test_open_and_sync_reads_mail(dovecot) -> None:
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    store = Store()
    report = open_and_sync_with(imap_account(dovecot), dovecot.password, store)
    assert report.ok and store.new_ids == ["<m1@acme.example>"]


def test_server_restart_between_syncs_loses_nothing(dovecot) -> None:
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    store = Store()
    run_sync(dovecot, store)
    dovecot.restart()
    dovecot.append("INBOX", message(2), msg_time=ARRIVAL)
    report, _ = run_sync(dovecot, store)
    assert report.ok and store.new_ids == ["<m1@acme.example>", "<m2@acme.example>"]


def test_no_date_uses_internaldate_and_no_id_is_stable(dovecot) -> None:
    arrival = datetime(2024, 2, 2, 12, 0, tzinfo=UTC)
    undated = b"Message-ID: <undated@acme.example>\r\nFrom: jane@acme.example\r\nSubject: x\r\n\r\nhi\r\n"
    no_id = b"Date: Tue, 05 Mar 2024 10:15:00 +0000\r\nFrom: jane@acme.example\r\nSubject: y\r\n\r\nhi\r\n"
    dovecot.append("INBOX", undated, msg_time=arrival)
    dovecot.append("INBOX", no_id, msg_time=arrival)
    dovecot.create_folder("Archive")
    dovecot.append("Archive", no_id, msg_time=ARRIVAL)
    store = Store()
    run_sync(dovecot, store, folders=("INBOX", "Archive"), wants_body=lambda mail: False)
    mails = [m for b in store.batches for m in b.mails]
    by_subject: dict[str, list[Mail]] = {}
    for mail in mails:
        by_subject.setdefault(mail.subject, []).append(mail)
    assert by_subject["x"][0].date == arrival
    first, second = by_subject["y"]
    assert first.folder != second.folder
    assert first.message_id == second.message_id and first.message_id.endswith("@watcher.invalid>")


def test_same_message_in_two_folders_has_one_id(dovecot) -> None:
    dovecot.create_folder("Label")
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    dovecot.append("Label", message(1), msg_time=ARRIVAL)
    store = Store()
    run_sync(dovecot, store, folders=("INBOX", "Label"))
    mails = [m for b in store.batches for m in b.mails]
    assert [m.folder for m in mails] == ["INBOX", "Label"]
    assert len({m.message_id for m in mails}) == 1


def test_bad_encodings_arrive_decoded(dovecot) -> None:
    raw = (
        "Message-ID: <enc@acme.example>\r\nDate: Tue, 05 Mar 2024 10:15:00 +0000\r\n"
        "From: =?x-unknown?q?Ren=E9?= <rene@acme.example>\r\nSubject: Entretien à Paris\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Merci, à bientôt\r\n"
    ).encode()
    dovecot.append("INBOX", raw, msg_time=ARRIVAL)
    store = Store()
    run_sync(dovecot, store)
    (mail,) = [m for b in store.batches for m in b.mails]
    assert mail.subject == "Entretien à Paris"
    assert mail.body == "Merci, à bientôt"


def test_unparseable_message_is_skipped_and_the_rest_arrive(dovecot) -> None:
    depth = 2000
    nested = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    broken = ("Message-ID: <deep@acme.example>\r\nFrom: jane@acme.example\r\n" + nested + "x\r\n").encode()
    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    dovecot.append("INBOX", broken, msg_time=ARRIVAL)
    dovecot.append("INBOX", message(2), msg_time=ARRIVAL)
    store = Store()
    report, _ = run_sync(dovecot, store)
    assert report.ok and inbox_of(report).skipped == 1
    bodies = {m.message_id: m.body for b in store.batches for m in b.mails}
    assert bodies["<m1@acme.example>"] == "Body 1" and bodies["<m2@acme.example>"] == "Body 2"
    assert bodies["<deep@acme.example>"] is None  # seen by its headers, its body unreadable


def test_a_failure_fetching_ahead_ends_the_sync_with_the_cursor_at_the_last_stored_batch(dovecot) -> None:
    for number in range(1, 7):
        dovecot.append("INBOX", message(number), msg_time=ARRIVAL)
    store = Store()
    source = ImapSource.connect(imap_account(dovecot), lambda: dovecot.password)
    fetch_headers = source.fetch_headers
    asked: list[list[int]] = []

    def lost_on_the_third_batch(folder: str, uids: list[int]) -> Any:
        asked.append(list(uids))
        if len(asked) == 3:
            raise SourceError("test", "connection lost (test)")
        return fetch_headers(folder, uids)

    source.fetch_headers = lost_on_the_third_batch  # type: ignore[method-assign]
    try:
        report = sync_account(
            source,
            state=store.state,
            since=SINCE,
            me=ME,
            wants_body=lambda mail: True,
            handle=store.handle,
            batch_size=2,
        )
    finally:
        source.close()
    assert not report.ok and report.error == "connection lost (test)"
    assert store.new_ids == [f"<m{n}@acme.example>" for n in range(1, 5)]
    assert store.cursors["INBOX"].last_uid == 4


def test_a_large_folder_is_searched_ahead_while_the_reading_prepares(dovecot, monkeypatch) -> None:
    """The server's search for the folder with the most to read is asked before any folder
    is read, ``prepare`` running meanwhile in another thread; the reading then uses those
    answers (no SEARCH twice) and reads what it reads without searching ahead."""
    import threading

    from watcher import sync
    from watcher.sources import CandidateQuery

    for number in range(1, 7):
        sender = "jane@acme.example" if number % 2 else "news@else.example"
        dovecot.append("INBOX", message(number, sender=sender), msg_time=ARRIVAL)
    query = CandidateQuery(senders=("acme.example",))

    def synced(prepare) -> tuple[list[str], Counter[str]]:
        store = Store()
        source = ImapSource.connect(imap_account(dovecot, search="server"), lambda: dovecot.password,
                                    client_class=CountingClient)
        try:
            report = sync_account(source, state=store.state, since=SINCE, me=ME, wants_body=lambda mail: True,
                                  handle=store.handle, candidates=lambda folder: query, prepare=prepare)
        finally:
            source.close()
        assert report.ok
        return store.new_ids, source.client.calls

    plain_ids, plain_calls = synced(None)
    monkeypatch.setattr(sync, "SEARCH_AHEAD_FROM", 5)
    prepared: list[str] = []
    ahead_ids, ahead_calls = synced(lambda: prepared.append(threading.current_thread().name))
    assert plain_ids == ahead_ids == ["<m1@acme.example>", "<m3@acme.example>", "<m5@acme.example>"]
    assert prepared and prepared != [threading.current_thread().name]
    assert ahead_calls["search"] == plain_calls["search"]
    # Below the threshold nothing is asked ahead and nothing prepared.
    monkeypatch.setattr(sync, "SEARCH_AHEAD_FROM", 7)
    prepared.clear()
    assert synced(lambda: prepared.append("ran"))[0] == plain_ids and prepared == []


def test_a_failing_preparation_never_stops_the_sync(dovecot, monkeypatch) -> None:
    from watcher import sync
    from watcher.sources import CandidateQuery

    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)
    monkeypatch.setattr(sync, "SEARCH_AHEAD_FROM", 1)

    def broken() -> None:
        raise RuntimeError("boom")

    store = Store()
    source = ImapSource.connect(imap_account(dovecot, search="server"), lambda: dovecot.password)
    try:
        report = sync_account(source, state=store.state, since=SINCE, me=ME, wants_body=lambda mail: True,
                              handle=store.handle, candidates=lambda folder: CandidateQuery(senders=("acme",)),
                              prepare=broken)
    finally:
        source.close()
    assert report.ok and store.new_ids == ["<m1@acme.example>"]


def test_the_servers_pick_in_one_batch_is_fetched_without_a_second_thread(dovecot) -> None:
    """A thread fetches the next batch ahead only when there is one: the server's pick of a
    push wake-up or a small mailbox is one batch, read in the calling thread."""
    import threading

    from watcher.sources import CandidateQuery

    for number in range(1, 7):
        dovecot.append("INBOX", message(number), msg_time=ARRIVAL)
    query = CandidateQuery(senders=("acme.example",))

    def threads_seen(batch_size: int) -> tuple[list[str], set[str]]:
        store = Store()
        seen: set[str] = set()

        def handle(batch: SyncBatch) -> None:
            seen.update(thread.name for thread in threading.enumerate())
            store.handle(batch)

        source = ImapSource.connect(imap_account(dovecot, search="server"), lambda: dovecot.password)
        try:
            report = sync_account(source, state=store.state, since=SINCE, me=ME, wants_body=lambda mail: True,
                                  handle=handle, batch_size=batch_size, candidates=lambda folder: query)
        finally:
            source.close()
        assert report.ok
        return store.new_ids, {name for name in seen if name.startswith("fetch-ahead")}

    one_ids, one_threads = threads_seen(batch_size=10)
    two_ids, two_threads = threads_seen(batch_size=4)
    assert one_ids == two_ids == [f"<m{n}@acme.example>" for n in range(1, 7)]
    assert one_threads == set(), "a single batch started a fetch-ahead thread"
    assert two_threads, "two batches no longer fetch the second ahead"


def test_a_reply_naming_nothing_asked_is_tested_only_once_its_thread_is_tied(dovecot) -> None:
    """Reading every header, a reply the header screen lets through only as a reply is
    asked the header test only when it may pass it (here: it refers to a tied thread):
    such replies cost most of a first scan's header tests."""
    from watcher.sources import CandidateQuery

    dovecot.append("INBOX", message(1), msg_time=ARRIVAL)  # from jane@acme.example, the term asked for
    for number, parent in ((2, "<m1@acme.example>"), (3, "<elsewhere@other.example>")):
        dovecot.append("INBOX", message(number, sender="pat@other.example",
                                        extra=f"In-Reply-To: {parent}\r\n").replace(b"Interview", b"Hello"),
                       msg_time=ARRIVAL)
    asked: list[str] = []

    def wants_body(mail: Mail) -> bool:
        asked.append(mail.message_id)
        return False

    store = Store()
    source = ImapSource.connect(imap_account(dovecot, search="client"), lambda: dovecot.password)
    try:
        report = sync_account(source, state=store.state, since=SINCE, me=ME, wants_body=wants_body,
                              handle=store.handle, candidates=lambda folder: CandidateQuery(senders=("jane@acme.example",)),
                              reply_may_concern=lambda mail: "<m1@acme.example>" in mail.in_reply_to)
    finally:
        source.close()
    assert report.ok
    assert store.new_ids == ["<m1@acme.example>", "<m2@acme.example>", "<m3@acme.example>"]
    assert asked == ["<m1@acme.example>", "<m2@acme.example>"]  # never the reply to a thread not tied
