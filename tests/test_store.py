"""The store: schema, atomic batches, the user's decisions, and the notice ledger."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest

from watcher.model import Classification, Event, Interview, Mail, Match
from watcher.model import FolderState
from watcher.store import MAX_READ_ATTEMPTS, MIGRATIONS, READ_AGAIN_AFTER, Store, StoreError

T0 = datetime(2026, 11, 2, 14, 0, tzinfo=timezone.utc)


def interview(**kw) -> Interview:
    base = dict(id="acme", company="Acme", when=T0, contacts=("anna@acme.com",), domains=("acme.com",))
    base.update(kw)
    return Interview(**base)


def mail(n: int, **kw) -> Mail:
    base = dict(account="a", folder="INBOX", uid=n, message_id=f"<m{n}@acme.com>",
                date=T0 + timedelta(days=n), from_addr="anna@acme.com", subject=f"re {n}")
    base.update(kw)
    return Mail(**base)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "state" / "w.db") as s:
        yield s


def test_new_database_is_private_and_at_the_latest_schema(tmp_path):
    path = tmp_path / "state" / "w.db"
    with Store.open(path) as s:
        assert s.schema_version == len(MIGRATIONS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_migrate_twice(tmp_path):
    path = tmp_path / "w.db"
    Store.open(path).close()
    with Store.open(path) as s:
        s.upsert_interview(interview())
    with Store.open(path) as s:
        assert [i.id for i in s.interviews()] == ["acme"]


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "w.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer watcher"):
        Store.open(path)


def test_upsert_updates_by_id_and_keeps_a_close(store):
    assert store.upsert_interview(interview()) is True
    store.close_interview("acme", T0 + timedelta(days=3), "took another offer")
    assert store.upsert_interview(interview(role="Data Engineer")) is False
    [again] = store.interviews()
    assert again.role == "Data Engineer"
    assert again.closed_at == T0 + timedelta(days=3)
    assert [e.kind for e in store.events("acme")] == ["close"]


def test_commit_batch_stores_messages_and_cursor_together(store):
    store.upsert_interview(interview())
    rows = [(mail(1), Match("acme", 0.9, ("sender is a contact",)), Classification("next_step", 0.8))]
    store.commit_batch("a", "INBOX", FolderState(7, 41), rows, synced_at=T0)
    assert store.folder_state("a", "INBOX") == FolderState(7, 41)
    assert store.threads() == {"<m1@acme.com>": "acme"}
    [record] = store.message_records("acme")
    assert (record.kind, record.direction) == ("next_step", "received")


def test_a_failing_batch_leaves_neither_messages_nor_cursor(store):
    bad = mail(2, date=datetime(2026, 11, 4))  # naive: refused inside the transaction
    rows = [(mail(1), Match("acme", 0.9), None), (bad, Match("acme", 0.9), None)]
    with pytest.raises(ValueError):
        store.commit_batch("a", "INBOX", FolderState(7, 50), rows, synced_at=T0)
    assert store.folder_state("a", "INBOX") is None
    assert store.known_message_ids(["<m1@acme.com>"]) == set()


def test_the_same_message_twice_is_stored_once(store):
    first = (mail(1), Match("acme", 0.9), None)
    copy = (mail(1, folder="Archive", uid=99), Match("acme", 0.9), None)
    store.commit_batch("a", "INBOX", FolderState(1, 1), [first], synced_at=T0)
    store.commit_batch("a", "Archive", FolderState(1, 99), [copy], synced_at=T0)
    assert len(store.stored_messages()) == 1


def test_until_hides_messages_that_had_not_come_yet(store):
    store.upsert_interview(interview())
    rows = [(mail(n), Match("acme", 0.9), Classification("other", 0.5)) for n in (1, 5)]
    # A replay of a past moment over today's mailbox: message 5 had not come yet at T0 + 2 days.
    store.commit_batch("a", "INBOX", FolderState(1, 5), rows, synced_at=T0 + timedelta(days=2), replay=True)
    assert len(store.message_records("acme", until=T0 + timedelta(days=2))) == 1
    assert len(store.stored_messages(until=T0 + timedelta(days=2))) == 1


def test_a_message_found_before_its_own_date_counts_from_then(store):
    store.upsert_interview(interview())
    found_at = T0 + timedelta(days=2)
    rows = [(mail(n), Match("acme", 0.9), Classification("other", 0.5)) for n in (1, 5)]
    store.commit_batch("a", "INBOX", FolderState(1, 5), rows, synced_at=found_at)
    records = store.message_records("acme", until=found_at)
    assert [r.date for r in records] == [mail(1).date, found_at]  # dated when it came, for the policy
    assert [m.mail.date for m in store.stored_messages(until=found_at)] == [mail(1).date, mail(5).date]
    assert store.message_records("acme", until=T0 + timedelta(days=1, hours=12)) == records[:1]


def test_a_user_decision_wins_over_the_rules_on_later_scans(store, tmp_path):
    store.upsert_interview(interview())
    store.upsert_interview(interview(id="globex", company="Globex"))
    held = (mail(1), Match(None, 0.4, review=True, candidates=("acme", "globex")), Classification("other", 0.5))
    store.commit_batch("a", "INBOX", FolderState(1, 1), [held], synced_at=T0)
    store.decide("<m1@acme.com>", "globex", "rejection", T0)
    after = store.stored_message("<m1@acme.com>")
    assert (after.match.interview, after.kind, after.decided_by, after.match.review) == ("globex", "rejection", "user", False)
    # The same message met again (a UIDVALIDITY change, a rebuilt database row) keeps the decision.
    store.conn.execute("DELETE FROM messages")
    store.commit_batch("a", "INBOX", FolderState(2, 1), [held], synced_at=T0)
    again = store.stored_message("<m1@acme.com>")
    assert (again.match.interview, again.kind) == ("globex", "rejection")


def test_what_a_held_message_was_matched_on_is_kept_while_it_is_held(store):
    held = Match(None, 0.4, review=True, candidates=("acme",))
    tied = Match("acme", 0.9)
    rows = [(mail(1), held, None), (mail(2), held, None), (mail(3), tied, None)]
    store.commit_batch("a", "INBOX", FolderState(1, 3), rows, synced_at=T0,
                       bases={"<m1@acme.com>": "b1", "<m3@acme.com>": "b3"})
    ids = ["<m1@acme.com>", "<m2@acme.com>", "<m3@acme.com>"]
    assert store.match_bases(ids) == {"<m1@acme.com>": "b1"}  # m2 not matched whole, m3 not held
    store.remember_match_bases({"<m1@acme.com>": "b1x", "<m2@acme.com>": "b2", "<m3@acme.com>": "b3"})
    assert store.match_bases(ids) == {"<m1@acme.com>": "b1x", "<m2@acme.com>": "b2"}
    store.decide("<m2@acme.com>", "acme", None, T0)
    assert store.match_bases(ids) == {"<m1@acme.com>": "b1x"}


def test_deciding_about_an_unknown_message_is_an_error(store):
    with pytest.raises(StoreError, match="no stored message"):
        store.decide("<nope>", None, None, T0)


ITEM = ("acme", "follow_up_1", "")


def test_a_notice_is_sent_once_per_channel(store):
    assert store.begin_notices("desktop", [ITEM], T0) == [ITEM]
    store.finish_notices("desktop", [ITEM], T0)
    assert store.begin_notices("desktop", [ITEM], T0) == []
    assert store.begin_notices("email", [ITEM], T0) == [ITEM]


def test_a_failed_notice_is_retried_until_it_goes_out(store):
    for _ in range(3):
        assert store.begin_notices("email", [ITEM], T0) == [ITEM]
        store.finish_notices("email", [ITEM], T0, error="connection refused")
    assert store.begin_notices("email", [ITEM], T0) == [ITEM]
    store.finish_notices("email", [ITEM], T0)
    assert store.begin_notices("email", [ITEM], T0) == []


def test_an_interrupted_notice_is_tried_once_more_at_most(store):
    assert store.begin_notices("desktop", [ITEM], T0) == [ITEM]  # then the process dies
    assert store.begin_notices("desktop", [ITEM], T0) == [ITEM]  # the one allowed repeat; dies again
    assert store.begin_notices("desktop", [ITEM], T0) == []
    assert store.begin_notices("desktop", [ITEM], T0) == []


def test_announced_means_done_on_every_channel(store):
    store.begin_notices("desktop", [ITEM], T0)
    store.finish_notices("desktop", [ITEM], T0)
    assert store.announced("acme", ["desktop", "email"]) == []
    store.begin_notices("email", [ITEM], T0)
    store.finish_notices("email", [ITEM], T0 + timedelta(minutes=1))
    [record] = store.announced("acme", ["desktop", "email"])
    assert (record.action, record.key, record.sent_at) == ("follow_up_1", "", T0 + timedelta(minutes=1))
    assert store.announced("acme", []) == []


def test_events_come_back_in_order(store):
    store.upsert_interview(interview())
    store.add_event(Event("acme", "sent", T0 + timedelta(days=2), "follow_up"))
    store.add_event(Event("acme", "heard", T0 + timedelta(days=1), "rejection"))
    assert [e.detail for e in store.events("acme")] == ["rejection", "follow_up"]


def test_an_account_error_is_forgotten_once_it_syncs_again(store):
    store.record_folder_error("work", "*", "authentication failed", T0)
    assert [(f.folder, f.error) for f in store.folder_statuses()] == [("*", "authentication failed")]
    assert not store.has_synced("work")
    store.clear_account_error("work", ["INBOX"])
    assert store.folder_statuses() == []


def test_a_sync_forgets_the_errors_of_folders_it_no_longer_reads(store):
    store.commit_batch("work", "INBOX", FolderState(7, 3), [], synced_at=T0)
    store.commit_batch("work", "Old", FolderState(8, 4), [], synced_at=T0)
    for folder in ("Jbos", "Old", "Sent"):
        store.record_folder_error("work", folder, "no such folder", T0)
    store.record_folder_error("home", "Sent", "mailbox not found", T0)
    store.clear_account_error("work", ["INBOX", "Sent"])
    assert [(f.account, f.folder, f.last_uid, f.error) for f in store.folder_statuses()] == [
        ("home", "Sent", None, "mailbox not found"),  # another account's: kept
        ("work", "INBOX", 3, None),
        ("work", "Old", 4, None),  # read before: its cursor stays, its error goes
        ("work", "Sent", None, "no such folder"),  # still read, still failing
    ]


def test_a_folder_known_only_by_its_error_has_no_cursor(store):
    store.record_folder_error("work", "Jobs", "no such folder", T0)
    assert store.folder_state("work", "Jobs") is None and not store.has_synced("work")
    [status] = store.folder_statuses()
    assert (status.uidvalidity, status.last_uid, status.error) == (None, None, "no such folder")
    store.commit_batch("work", "Jobs", FolderState(77, 5), [], synced_at=T0)
    store.record_folder_error("work", "Jobs", "connection lost", T0 + timedelta(hours=1))
    assert store.folder_state("work", "Jobs") == FolderState(77, 5)  # an error keeps the cursor
    assert store.has_synced("work")


def test_an_older_database_forgets_the_cursor_of_a_folder_never_read(tmp_path):
    path = tmp_path / "w.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:7], start=1):
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO folders (account, folder, uidvalidity, last_uid, error, error_at)"
                 " VALUES ('work', 'Jobs', 0, 0, 'no such folder', '2026-11-02T14:00:00+00:00')")
    conn.execute("INSERT INTO folders (account, folder, uidvalidity, last_uid, synced_at)"
                 " VALUES ('work', 'INBOX', 1234, 56, '2026-11-02T14:00:00+00:00')")
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.folder_state("work", "Jobs") is None
        assert s.folder_state("work", "INBOX") == FolderState(1234, 56)
        assert {f.folder: (f.uidvalidity, f.last_uid, f.error) for f in s.folder_statuses()} == {
            "Jobs": (None, None, "no such folder"), "INBOX": (1234, 56, None)}


def test_a_second_process_waits_for_the_notice_lock(tmp_path):
    import subprocess
    import sys
    import time as clock

    path = tmp_path / "w.db"
    Store.open(path).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom pathlib import Path\nfrom watcher.store import Store\n"
        f"s = Store.open(Path({str(path)!r}))\n"
        "with s.notice_lock():\n    print('held', flush=True)\n    time.sleep(2)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with Store.open(path) as store:
            started = clock.monotonic()
            with store.notice_lock():
                waited = clock.monotonic() - started
        assert waited > 0.5  # it could not enter while the other process held it
    finally:
        holder.wait(30)
        holder.stdout.close()


def test_dry_runs_leave_out_what_was_done(store):
    store.begin_notices("email", [ITEM], T0)
    store.finish_notices("email", [ITEM], T0)
    assert store.notices_done("email") == {ITEM}
    assert store.notices_done("desktop") == set()


def test_a_message_stored_without_a_kind_reads_back_as_unknown_never_as_a_reply(store):
    store.upsert_interview(interview())
    tied = Match(interview="acme", confidence=0.9, reasons=("contact",))
    store.add_messages([(mail(1), tied, None)], seen_at=T0)
    store.conn.execute("UPDATE messages SET kind = NULL")  # as an older version could leave it
    assert [r.kind for r in store.message_records("acme")] == ["unknown"]
    assert [m.kind for m in store.stored_messages()] == ["unknown"]


def test_an_unknown_message_is_read_again_a_bounded_number_of_times(store):
    store.upsert_interview(interview())
    tied = Match(interview="acme", confidence=0.9, reasons=("contact",))
    unknown = Classification(kind="unknown", confidence=0.0, reasons=("could not read this message",))
    store.add_messages([(mail(1), tied, unknown), (mail(2), tied, Classification("offer", 0.9))], seen_at=T0)
    assert store.unread_messages("a", T0 + timedelta(minutes=59)) == []  # not again at once
    later = T0 + READ_AGAIN_AFTER
    assert [(u.message_id, u.attempts, u.interview) for u in store.unread_messages("a", later)] == [
        ("<m1@acme.com>", 1, "acme")]
    for _ in range(MAX_READ_ATTEMPTS - 1):
        store.record_reading("<m1@acme.com>", unknown, later)
        assert store.unread_messages("a", later) == []
        later += READ_AGAIN_AFTER
    assert store.unread_messages("a", later + timedelta(days=30)) == []  # given up
    assert store.stored_message("<m1@acme.com>").kind == "unknown"


def test_a_message_read_again_gets_its_kind(store):
    store.upsert_interview(interview())
    tied = Match(interview="acme", confidence=0.9, reasons=("contact",))
    store.add_messages([(mail(1), tied, Classification("unknown", 0.0))], seen_at=T0)
    store.record_reading("<m1@acme.com>", Classification("rejection", 0.9, ("phrase",)), T0)
    assert store.unread_messages("a", T0 + timedelta(days=1)) == []
    assert [r.kind for r in store.message_records("acme")] == ["rejection"]
