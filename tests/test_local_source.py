"""sources/local.py: Maildir and mbox, read only, synced like IMAP folders."""

from __future__ import annotations

import mailbox
import os
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from watcher.sources import SourceError, open_source
from watcher.sync import FolderState, SyncBatch, sync_account

SINCE = datetime(2024, 1, 1, tzinfo=UTC)
ME = frozenset({"me@example.org"})


def inbox_of(report):
    """The INBOX's report: the sent folder is synced first, so position says nothing."""
    return next(f for f in report.folders if f.folder == "INBOX")


def message(number: int, sender: str = "jane@acme.example") -> bytes:
    return (
        f"Message-ID: <l{number}@acme.example>\n"
        "Date: Tue, 05 Mar 2024 10:15:00 +0000\n"
        f"From: {sender}\n"
        "To: me@example.org\n"
        f"Subject: Local {number}\n"
        "\n"
        f"Body {number}\n"
    ).encode()


def add_to_maildir(path: Path, raw: bytes, when: datetime) -> None:
    box = mailbox.Maildir(path, create=True)
    key = box.add(raw)
    file = path / box._lookup(key)  # type: ignore[attr-defined]
    os.utime(file, (when.timestamp(), when.timestamp()))


def account(kind: str, path: Path, sent_path: Path | None = None) -> SimpleNamespace:
    return SimpleNamespace(name="local", type=kind, path=path, sent_path=sent_path, lookback_days=90)


class Store:
    def __init__(self) -> None:
        self.cursors: dict[str, FolderState] = {}
        self.mails: list = []

    def handle(self, batch: SyncBatch) -> None:
        self.mails.extend(batch.mails)
        self.cursors[batch.folder] = FolderState(batch.uidvalidity, batch.last_uid)


def sync(acct: SimpleNamespace, store: Store):
    with open_source(acct, lambda: "") as source:
        return sync_account(
            source,
            state=store.cursors.get,
            since=SINCE,
            me=ME,
            wants_body=lambda m: True,
            handle=store.handle,
        )


def test_maildir_sync_is_incremental_and_reads_bodies(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    add_to_maildir(inbox, message(2), datetime(2024, 3, 6, tzinfo=UTC))
    add_to_maildir(inbox, message(1), datetime(2024, 3, 5, tzinfo=UTC))
    add_to_maildir(inbox, message(0), datetime(2020, 3, 5, tzinfo=UTC))  # before the lookback
    store = Store()
    report = sync(account("maildir", inbox), store)
    assert report.ok and len(report.notes) == 1  # no sent mailbox
    assert [m.message_id for m in store.mails] == ["<l1@acme.example>", "<l2@acme.example>"]
    assert store.mails[0].body == "Body 1" and store.mails[0].uid == uid_at(datetime(2024, 3, 5, tzinfo=UTC))

    assert inbox_of(sync(account("maildir", inbox), store)).new == 0
    add_to_maildir(inbox, message(3), datetime(2024, 3, 7, tzinfo=UTC))
    again = sync(account("maildir", inbox), store)
    assert inbox_of(again).new == 1 and store.mails[-1].message_id == "<l3@acme.example>"


def test_maildir_arrival_is_the_file_time(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    when = datetime(2024, 2, 2, 8, 0, tzinfo=UTC)
    add_to_maildir(inbox, b"From: a@b.example\nSubject: undated\n\nx\n", when)
    store = Store()
    sync(account("maildir", inbox), store)
    assert store.mails[0].date == when


def test_removing_old_mail_keeps_uidvalidity_and_every_uid(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    for number in range(1, 4):
        add_to_maildir(inbox, message(number), datetime(2024, 3, number, tzinfo=UTC))
    with open_source(account("maildir", inbox), lambda: "") as source:
        before, uids = source.status("INBOX"), source.search_after("INBOX", 0)
    box = mailbox.Maildir(inbox, create=False)
    oldest = min(box.iterkeys(), key=lambda k: (inbox / box._lookup(k)).stat().st_mtime)  # type: ignore[attr-defined]
    box.remove(oldest)
    with open_source(account("maildir", inbox), lambda: "") as source:
        after = source.status("INBOX")
        assert source.search_after("INBOX", 0) == uids[1:]
    assert after == before


def test_sent_maildir_is_the_sent_role(tmp_path: Path) -> None:
    inbox, sent = tmp_path / "inbox", tmp_path / "sent"
    add_to_maildir(inbox, message(1), datetime(2024, 3, 5, tzinfo=UTC))
    add_to_maildir(sent, message(2, sender="me@example.org"), datetime(2024, 3, 6, tzinfo=UTC))
    store = Store()
    report = sync(account("maildir", inbox, sent), store)
    assert report.notes == []
    assert [(f.folder, f.role, f.new) for f in report.folders] == [("Sent", "sent", 1), ("INBOX", "inbox", 1)]
    assert [m.direction for m in store.mails] == ["sent", "received"]


def test_mbox_sync_reads_in_file_order(tmp_path: Path) -> None:
    path = tmp_path / "mail.mbox"
    box = mailbox.mbox(path, create=True)
    for number in (1, 2):
        entry = mailbox.mboxMessage(message(number))
        entry.set_from("jane@acme.example", (2024, 3, 4 + number, 10, 0, 0, 0, 0, 0))
        box.add(entry)
    box.flush()
    box.close()
    store = Store()
    report = sync(account("mbox", path), store)
    assert report.ok and [m.message_id for m in store.mails] == ["<l1@acme.example>", "<l2@acme.example>"]
    assert store.mails[1].body == "Body 2"
    assert inbox_of(sync(account("mbox", path), store)).new == 0


def test_local_mailboxes_are_never_written(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    add_to_maildir(inbox, message(1), datetime(2024, 3, 5, tzinfo=UTC))
    before = sorted(str(p.relative_to(inbox)) for p in inbox.rglob("*"))
    sync(account("maildir", inbox), Store())
    with open_source(account("maildir", inbox), lambda: "") as source:
        with pytest.raises(SourceError, match="read only"):
            source.append("INBOX", message(2))
    assert sorted(str(p.relative_to(inbox)) for p in inbox.rglob("*")) == before


def test_missing_mailbox_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not found"):
        with open_source(account("maildir", tmp_path / "nowhere"), lambda: ""):
            pass


def test_missing_sent_mailbox_is_that_folders_error(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    add_to_maildir(inbox, message(1), datetime(2024, 3, 5, tzinfo=UTC))
    report = sync(account("maildir", inbox, tmp_path / "no-sent"), Store())
    assert report.ok
    errors = {f.folder: f.error for f in report.folders}
    assert errors["INBOX"] is None and errors["Sent"] and "not found" in errors["Sent"]


def uid_at(when: datetime, rank: int = 0) -> int:
    """A Maildir message's UID: its delivery time in milliseconds, times 1000, plus its rank."""
    return int(when.timestamp() * 1000) * 1000 + rank


def test_search_since_uses_arrival(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    first, second = datetime(2023, 1, 1, tzinfo=UTC), datetime(2024, 6, 1, tzinfo=UTC)
    add_to_maildir(inbox, message(1), first)
    add_to_maildir(inbox, message(2), second)
    with open_source(account("maildir", inbox), lambda: "") as source:
        assert source.search_since("INBOX", date(2024, 1, 1)) == [uid_at(second)]
        assert source.search_after("INBOX", uid_at(first)) == [uid_at(second)]


def test_search_windows_keeps_to_the_uid_range_and_the_date(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    when = {number: datetime(year, 6, number, tzinfo=UTC) for number, year in ((1, 2023), (2, 2024), (3, 2024), (4, 2024))}
    for number, moment in when.items():
        add_to_maildir(inbox, message(number), moment)
    uid = {number: uid_at(moment) for number, moment in when.items()}
    with open_source(account("maildir", inbox), lambda: "") as source:
        assert list(source.search_windows("INBOX", uid[1], uid[4], date(2024, 1, 1))) == [[uid[2], uid[3], uid[4]]]
        assert list(source.search_windows("INBOX", uid[2], uid[3])) == [[uid[2], uid[3]]]
        assert list(source.search_windows("INBOX", uid[4] + 1, uid[4] + 9)) == []


def test_mail_removed_between_syncs_renumbers_nothing_and_new_mail_is_read(tmp_path: Path) -> None:
    """Deleting or moving a message away (any mail client does) must not hide the next
    one: with numbers by position, one removal and one arrival left "UID > last seen" empty."""
    inbox = tmp_path / "inbox"
    for number in (1, 2, 3):
        add_to_maildir(inbox, message(number), datetime(2024, 3, number, tzinfo=UTC))
    store = Store()
    sync(account("maildir", inbox), store)
    box = mailbox.Maildir(inbox, create=False)
    middle = next(k for k in box.iterkeys() if b"<l2@" in box.get_bytes(k))
    box.remove(middle)
    add_to_maildir(inbox, message(4), datetime(2024, 3, 4, tzinfo=UTC))
    again = sync(account("maildir", inbox), store)
    assert inbox_of(again).new == 1
    assert store.mails[-1].message_id == "<l4@acme.example>"


def test_same_millisecond_deliveries_get_distinct_uids(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    moment = datetime(2024, 3, 5, 10, 0, tzinfo=UTC)
    for number in (1, 2, 3):
        add_to_maildir(inbox, message(number), moment)
    with open_source(account("maildir", inbox), lambda: "") as source:
        assert source.search_after("INBOX", 0) == [uid_at(moment, 0), uid_at(moment, 1), uid_at(moment, 2)]


def test_a_sync_lists_each_folder_once_however_many_batches_it_reads(tmp_path: Path, monkeypatch) -> None:
    """Listing stats every file of the folder: the searches and reads of one sync use the
    listing its status() made, and the next sync on the same kept source lists afresh."""
    import watcher.sources.local as local

    inbox = tmp_path / "inbox"
    for number in range(1, 6):
        add_to_maildir(inbox, message(number), datetime(2024, 3, number, tzinfo=UTC))
    listings = []
    real = local.LocalSource._list
    monkeypatch.setattr(local.LocalSource, "_list", lambda self, folder: listings.append(folder) or real(self, folder))
    store = Store()
    with open_source(account("maildir", inbox), lambda: "") as source:
        def run():
            return sync_account(source, state=store.cursors.get, since=SINCE, me=ME,
                                wants_body=lambda m: True, handle=store.handle, batch_size=2)

        assert inbox_of(run()).new == 5
        assert listings == ["INBOX"]  # three batches of bodies read, one listing
        add_to_maildir(inbox, message(6), datetime(2024, 3, 6, tzinfo=UTC))
        source.refresh()  # what the daemon does to a kept source before its next sync
        again = run()
    assert inbox_of(again).new == 1 and store.mails[-1].message_id == "<l6@acme.example>"
    assert listings == ["INBOX", "INBOX"]
