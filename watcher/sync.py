"""What is new in an account since last time, handed on in batches with its cursor.

Per folder: one cheap status call; nothing new and the same UIDVALIDITY means done.
Otherwise search (UID > last seen, or SINCE the lookback date for a folder never seen or
whose UIDVALIDITY changed), fetch header fields in batches, fetch whole messages only for
those ``wants_body`` picks, and give each batch to ``handle`` with the cursor after it.
``handle`` stores batch and cursor in one transaction; the store knows Message-IDs it has
seen, so a folder re-read after a UIDVALIDITY change yields nothing new twice.

A message found to matter only after its headers were read (a reply whose thread this
very batch opened) is read whole through the batch's ``read_whole``, or later through
``read_messages``. One message that cannot be read never stops its folder: it is logged
(account, folder, UID, the exception's type) and skipped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import structlog

from watcher.model import FolderState, Mail
from watcher.notify.marks import is_own_notice
from watcher.parse import UnparseableMessage, parse_headers, parse_message
from watcher.sources import (
    CandidateQuery,
    FetchedHeaders,
    FolderInfo,
    FolderMissing,
    FolderStatus,
    Source,
    SourceError,
    open_source,
)

if TYPE_CHECKING:
    from watcher.header_screen import HeaderScreen

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class SyncBatch:
    account: str
    folder: str
    role: str
    uidvalidity: int
    last_uid: int  # the cursor after this batch
    mails: list[Mail]
    looked_at: int  # messages whose headers were read
    skipped: int  # messages that could not be parsed
    # Reads whole the given UIDs of this folder (same connection, taken in turn with the
    # fetch-ahead thread): UID -> Mail with its body; a UID that could not be read is missing.
    read_whole: Callable[[Sequence[int]], dict[int, Mail]] = field(default=lambda uids: {}, repr=False)


@dataclass(frozen=True)
class FolderReport:
    folder: str
    role: str
    new: int
    fetched: int  # whole messages fetched
    skipped: int
    seconds: float
    error: str | None = None


@dataclass(frozen=True)
class AccountReport:
    account: str
    ok: bool
    error: str | None = None
    folders: list[FolderReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The typed failure behind ``error`` (e.g. the IMAP edge's AuthenticationFailed), for
    # callers that act on its kind; None when ok.
    failure: SourceError | None = None


@dataclass(frozen=True)
class _Context:
    source: Source
    me: frozenset[str]
    wants_body: Callable[[Mail], bool]
    handle: Callable[[SyncBatch], None]
    batch_size: int
    # The server-side search for this folder's candidates, asked when the folder is read
    # (the threads it names grow as mail is tied); None: read every header.
    candidates: Callable[[FolderInfo], CandidateQuery | None] | None = None
    # The connection is one: the thread fetching the next batch and this one take turns.
    connection: threading.Lock = field(default_factory=threading.Lock)
    # The folders whose candidates the server picked, to look again for replies to threads
    # tied after them (``_follow_threads``).
    followed: list[_Followed] = field(default_factory=list)
    # Whether the header test can pass a reply the header screen let through only as a
    # reply; with it, ``wants_body`` is asked of such replies only when this holds.
    reply_may_concern: Callable[[Mail], bool] | None = None


@dataclass
class _Followed:
    """A folder read from the server's pick: its range, and the threads and UIDs known."""

    folder: FolderInfo
    uidvalidity: int
    first_uid: int
    last_uid: int
    since: date | None
    searched: set[str]
    read: set[int]


def sync_account(
    source: Source,
    *,
    state: Callable[[str], FolderState | None],
    since: datetime,
    me: frozenset[str],
    wants_body: Callable[[Mail], bool],
    handle: Callable[[SyncBatch], None],
    batch_size: int = 1000,
    candidates: Callable[[FolderInfo], CandidateQuery | None] | None = None,
    prepare: Callable[[], object] | None = None,
    reply_may_concern: Callable[[Mail], bool] | None = None,
) -> AccountReport:
    """Sync every folder of one account; failures are reported, never raised.

    ``candidates``: the header substrings of the mail that may concern an interview, for
    a source that can search on the server (only those messages' header fields are read);
    None, or a source that cannot be trusted to search, reads every header. ``prepare``:
    work the reading will need (loading the classifier), run while the server searches a
    large folder ahead (see ``_search_ahead``); otherwise left for the reading to do.
    ``reply_may_concern``: whether ``wants_body`` can hold for a message the header screen
    lets through only as a reply (``HeaderScreen.verdict``; ``match.reply_may_concern``:
    it refers to a tied thread, or a platform's traces show); given, such a reply is asked
    ``wants_body`` only then (about 20 microseconds each of 17,000 such replies in the
    benchmark's 100,000-message inbox)."""
    context = _Context(source, me, wants_body, handle, max(1, batch_size), candidates,
                       reply_may_concern=reply_may_concern)
    try:
        folders = source.folders()
    except SourceError as exc:
        return AccountReport(source.account, ok=False, error=exc.message, failure=exc)
    # Every folder's status first, the inbox first: a server keeps the folder it opened
    # first at hand (Dovecot answers a 100,000-message inbox's STATUS in 0.2 ms then,
    # in 50 ms once another folder was opened before it).
    statuses: dict[str, FolderStatus | FolderMissing] = {}
    for folder in sorted(folders, key=lambda f: f.role == "sent"):
        try:
            statuses[folder.name] = source.status(folder.name)
        except FolderMissing as exc:
            statuses[folder.name] = exc
        except SourceError as exc:
            return AccountReport(source.account, False, exc.message, [], source.notes, failure=exc)
    if prepare is not None:
        _search_ahead(context, folders, statuses, state, since, prepare)
    reports: list[FolderReport] = []
    for folder in reading_order(folders):
        status = statuses[folder.name]
        try:
            if isinstance(status, FolderMissing):
                raise status
            reports.append(_sync_folder(context, folder, status, state(folder.name), since))
        except FolderMissing as exc:
            reports.append(FolderReport(folder.name, folder.role, 0, 0, 0, 0.0, error=exc.message))
        except SourceError as exc:
            # The connection is gone: the remaining folders cannot be read either.
            return AccountReport(source.account, False, exc.message, reports, source.notes, failure=exc)
    try:
        _follow_threads(context)
    except SourceError as exc:
        return AccountReport(source.account, False, exc.message, reports, source.notes, failure=exc)
    return AccountReport(source.account, ok=True, folders=reports, notes=source.notes)


def _follow_threads(context: _Context) -> None:
    """Read, in the folders read before, the messages that answer threads tied only after
    them: the sent folder is read first, so the user's reply to someone new in a thread
    the inbox ties later (an introduction, then the user's mail to the person introduced)
    would otherwise never be read. Until nothing new is read; the cursors stay where they are."""
    if context.candidates is None:
        return
    progress = True
    while progress:
        progress = False
        for followed in context.followed:
            progress |= _read_replies(context, followed, followed.last_uid) > 0


# The fewest UIDs to read for which the server's search is asked ahead: searching 10,000
# messages takes Dovecot about 0.1 s, loading the classifier 0.06 s.
SEARCH_AHEAD_FROM = 2_000


def _search_ahead(
    context: _Context,
    folders: Sequence[FolderInfo],
    statuses: dict[str, FolderStatus | FolderMissing],
    state: Callable[[str], FolderState | None],
    since: datetime,
    prepare: Callable[[], object],
) -> None:
    """Ask the server for the candidates of the folder with the most UIDs to read (when
    they are at least SEARCH_AHEAD_FROM) before any folder is read, and run ``prepare``
    meanwhile: its time is spent while the server searches, not after. The answers wait
    in the source for that folder's turn (``search_ahead``), so the reading is the same."""
    ahead = getattr(context.source, "search_ahead", None)
    if ahead is None or context.candidates is None:
        return
    spans = []
    for folder in folders:
        status = statuses[folder.name]
        if isinstance(status, FolderStatus):
            first_uid, _ = _unread_range(status, state(folder.name), since)
            spans.append((status.uidnext - first_uid, first_uid, status.uidnext - 1, folder))
    if not spans:
        return
    count, first_uid, last_uid, folder = max(spans, key=lambda span: span[0])
    query = context.candidates(folder) if count >= SEARCH_AHEAD_FROM else None
    if query is None:
        return
    try:
        ahead(folder.name, first_uid, last_uid, query, lambda: _quietly(prepare))
    except SourceError as exc:  # the folder's own turn asks again and reports it
        log.debug("search_ahead_failed", account=context.source.account, folder=folder.name, error=exc.message)


def _quietly(work: Callable[[], object]) -> None:
    """``work()``; a failure is logged, never raised: what it prepares is done again when needed."""
    try:
        work()
    except Exception as exc:  # preparing is an optimisation only
        log.debug("prepare_failed", error=type(exc).__name__, exc_info=exc)


def _unread_range(status: FolderStatus, known: FolderState | None, since: datetime) -> tuple[int, date | None]:
    """(the first UID to read, the arrival day from which to read): from the cursor when
    the folder was read before under the same UIDVALIDITY, else from UID 1 since ``since``."""
    if known is not None and known.uidvalidity == status.uidvalidity:
        return known.last_uid + 1, None
    return 1, since.date()


def reading_order(folders: Sequence[FolderInfo]) -> list[FolderInfo]:
    """The user's sent mail first: a reply from someone new is tied to an interview by its
    thread, and the thread often starts with the user's own thank-you."""
    return sorted(folders, key=lambda f: f.role != "sent")


def open_and_sync(
    account: Any,
    get_password: Callable[[], str],
    *,
    state: Callable[[str], FolderState | None],
    since: datetime,
    me: frozenset[str],
    wants_body: Callable[[Mail], bool],
    handle: Callable[[SyncBatch], None],
    batch_size: int = 1000,
) -> AccountReport:
    """Connect, sync and close; a connection or login failure becomes ok=False."""
    try:
        with open_source(account, get_password) as source:
            return sync_account(
                source,
                state=state,
                since=since,
                me=me,
                wants_body=wants_body,
                handle=handle,
                batch_size=batch_size,
            )
    except SourceError as exc:
        log.warning("account_unreachable", account=str(account.name), error=exc.message)
        return AccountReport(str(account.name), ok=False, error=exc.message, failure=exc)


def _sync_folder(
    context: _Context, folder: FolderInfo, status: FolderStatus, known: FolderState | None, since: datetime
) -> FolderReport:
    started = time.monotonic()
    source = context.source
    fresh_start = known is None or known.uidvalidity != status.uidvalidity
    first_uid, arrived_since = _unread_range(status, known, since)
    if not fresh_start and status.uidnext <= first_uid:
        return _report(source.account, folder, started, new=0, fetched=0, skipped=0)
    if fresh_start and known is not None:
        log.warning(
            "uidvalidity_changed",
            account=source.account,
            folder=folder.name,
            old=known.uidvalidity,
            new=status.uidvalidity,
        )
    new = fetched = skipped = 0
    cursor = known.last_uid if known is not None and not fresh_start else 0
    picked = _server_candidates(context, folder, first_uid, status.uidnext - 1, arrived_since)
    if picked is not None:
        # The server picked the candidates: the cursor moves past the rest only at the end.
        new, fetched, skipped = _read_candidates(
            context, folder, status.uidvalidity, cursor, picked, first_uid, status.uidnext - 1, arrived_since
        )
        context.handle(_empty_batch(source.account, folder, status.uidvalidity, max(cursor, status.uidnext - 1)))
        return _report(source.account, folder, started, new=new, fetched=fetched, skipped=skipped)
    uid_batches = _batches(
        source.search_windows(folder.name, first_uid, status.uidnext - 1, arrived_since), context.batch_size
    )
    screen = _header_screen(context, folder)
    for batch_uids, headers in _fetched_ahead(context, folder, uid_batches):
        batch = _read_batch(context, folder, status.uidvalidity, batch_uids, headers, screen)
        context.handle(batch)
        cursor = batch.last_uid
        new += len(batch.mails)
        fetched += sum(1 for mail in batch.mails if mail.body is not None)
        skipped += batch.skipped
    if cursor < status.uidnext - 1 or (fresh_start and cursor == 0):
        # Older mail left out by the lookback, or expunged UIDs: move the cursor past them
        # so the next sync takes the cheap path.
        context.handle(
            _empty_batch(source.account, folder, status.uidvalidity, max(cursor, status.uidnext - 1))
        )
    return _report(source.account, folder, started, new=new, fetched=fetched, skipped=skipped)


def _header_screen(context: _Context, folder: FolderInfo) -> HeaderScreen | None:
    """The cheap test that spares parsing the header fields of mail the candidates' query
    could not pick (see ``watcher.header_screen``), or None to parse every message."""
    query = context.candidates(folder) if context.candidates is not None else None
    if query is None or query.everything:
        return None
    from watcher.header_screen import HeaderScreen

    return HeaderScreen(query, context.me)


def _server_candidates(
    context: _Context, folder: FolderInfo, first_uid: int, last_uid: int, since: date | None
) -> tuple[CandidateQuery, list[int]] | None:
    """(the query, the UIDs the server picked), or None to read every header."""
    search = getattr(context.source, "search_candidates", None)
    query = context.candidates(folder) if context.candidates is not None else None
    if search is None or query is None:
        return None
    uids = search(folder.name, first_uid, last_uid, since, query)
    return None if uids is None else (query, uids)


def _read_candidates(
    context: _Context,
    folder: FolderInfo,
    uidvalidity: int,
    cursor: int,
    picked: tuple[CandidateQuery, list[int]],
    first_uid: int,
    last_uid: int,
    since: date | None,
) -> tuple[int, int, int]:
    """Read the picked UIDs, then the replies to threads tied meanwhile (``_read_replies``);
    the folder is kept for ``_follow_threads``. Every batch keeps the folder's cursor where
    it was. Returns (new, fetched, skipped)."""
    assert context.candidates is not None
    query, uids = picked
    # A crash part-way leaves the cursor below the first candidate: read again from there.
    cursor = max(cursor, min(uids) - 1) if uids else cursor
    followed = _Followed(folder, uidvalidity, first_uid, last_uid, since, set(query.references), set())
    counts = _read_uids(context, followed, uids, cursor)
    _read_replies(context, followed, cursor, counts)
    context.followed.append(followed)
    return counts[0], counts[1], counts[2]


def _read_uids(context: _Context, followed: _Followed, uids: list[int], cursor: int,
               counts: list[int] | None = None) -> list[int]:
    """Read ``uids`` of a followed folder in batches that keep its cursor at ``cursor``;
    adds (new, fetched, skipped) to ``counts``, which it returns."""
    counts = counts if counts is not None else [0, 0, 0]
    folder = followed.folder
    for batch_uids, headers in _fetched_ahead(context, folder, list(_batches([uids], context.batch_size))):
        batch = _read_batch(context, folder, followed.uidvalidity, batch_uids, headers)
        context.handle(dataclasses.replace(batch, last_uid=cursor))
        followed.read.update(batch_uids)
        counts[0] += len(batch.mails)
        counts[1] += sum(1 for mail in batch.mails if mail.body is not None)
        counts[2] += batch.skipped
    return counts


def _read_replies(context: _Context, followed: _Followed, cursor: int, counts: list[int] | None = None) -> int:
    """As long as reading ties threads the folder's search did not know yet, read the
    messages of the folder that refer to them (a reply from a new address belongs to an
    interview by its References only once its parent is tied): the source answers those
    from the reference fields it keeps for the folder, without searching again. Returns
    how many UIDs it read."""
    assert context.candidates is not None
    search = context.source.search_candidates  # type: ignore[attr-defined]
    before = len(followed.read)
    # Once every message of the range is read (a push wake-up), no other can share a thread.
    while (
        not _every_uid_read(followed.read, followed.first_uid, followed.last_uid)
        and (latest := context.candidates(followed.folder)) is not None
        and (tied := set(latest.references) - followed.searched)
    ):
        followed.searched |= tied
        replies = search(followed.folder.name, followed.first_uid, followed.last_uid, followed.since,
                         CandidateQuery(references=tuple(sorted(tied))))
        _read_uids(context, followed, [uid for uid in replies or () if uid not in followed.read], cursor, counts)
    return len(followed.read) - before


def _every_uid_read(read: set[int], first_uid: int, last_uid: int) -> bool:
    """Whether ``read`` holds every UID from first_uid to last_uid: nothing else is there."""
    return len(read) >= last_uid - max(first_uid, 1) + 1


def _batches(windows: Iterable[list[int]], size: int) -> Iterator[list[int]]:
    """Batches of ``size`` UIDs out of the search's windows, whatever the windows' sizes."""
    pending: list[int] = []
    for window in windows:
        pending.extend(window)
        while len(pending) >= size:
            yield pending[:size]
            del pending[:size]
    if pending:
        yield pending


def _fetched_ahead(
    context: _Context, folder: FolderInfo, uid_batches: Iterator[list[int]] | Sequence[list[int]]
) -> Iterator[tuple[list[int], list[FetchedHeaders]]]:
    """Each batch's UIDs with their header fields, the next batch fetched in a second
    thread while the caller reads and stores this one: the server's time to answer is
    spent while the program works, not waited for.

    Batches known to be one (a list: the server's pick for a push wake-up or a mailbox of
    a few thousand messages) are fetched in this thread: there is no next batch to fetch
    ahead, and starting and joining a thread for each (4 in a 10,000-message first scan)
    took 50 ms in all at a load of 7 (py-spy: each start waits for the new thread to be
    scheduled). tests/test_sync.py fails if a single batch starts the thread again."""
    if isinstance(uid_batches, Sequence) and len(uid_batches) <= 1:
        for uids in uid_batches:
            with context.connection:
                headers = context.source.fetch_headers(folder.name, uids)
            yield uids, headers
        return
    uid_batches = iter(uid_batches)

    def fetch_next() -> tuple[list[int], list[FetchedHeaders]] | None:
        with context.connection:
            uids = next(uid_batches, None)  # may send the next window's SEARCH
            if uids is None:
                return None
            return uids, context.source.fetch_headers(folder.name, uids)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetch-ahead") as pool:
        pending = pool.submit(fetch_next)
        while (fetched := pending.result()) is not None:
            pending = pool.submit(fetch_next)
            yield fetched


def _read_batch(
    context: _Context,
    folder: FolderInfo,
    uidvalidity: int,
    uids: Sequence[int],
    headers: Sequence[FetchedHeaders] | None = None,
    screen: HeaderScreen | None = None,
) -> SyncBatch:
    """One batch read: header fields parsed (with ``screen``, only of the messages it lets
    through: the others cannot concern an interview and are counted as looked at), those
    ``wants_body`` picks read whole."""
    source = context.source
    headers_only: dict[int, Mail] = {}
    replies: set[int] = set()  # let through by the screen only as replies
    skipped = own_notices = 0
    if headers is None:
        with context.connection:
            headers = source.fetch_headers(folder.name, uids)
    missing = set(uids).difference(item.uid for item in headers)
    for uid in sorted(missing):  # expunged since the search (a source logs its own skips)
        log.debug("message_not_returned", account=source.account, folder=folder.name, uid=uid)
    for item in headers:
        verdict = screen.verdict(item.header_bytes) if screen is not None else "candidate"
        if verdict == "unrelated":
            continue
        if verdict == "reply":
            replies.add(item.uid)
        mail = _read_one(parse_headers, source.account, folder, item.uid, item.header_bytes, item.arrival,
                         context.me)
        if mail is None:
            skipped += 1
        elif is_own_notice(mail, sent_folder=folder.role == "sent"):
            own_notices += 1  # watcher's own digest or draft, come back: never a message to judge
        else:
            headers_only[item.uid] = mail
    wanted = []
    reply_may_concern = context.reply_may_concern
    for uid, mail in list(headers_only.items()):
        if reply_may_concern is not None and uid in replies and not reply_may_concern(mail):
            continue  # the header test cannot pass it
        try:
            if context.wants_body(mail):
                wanted.append(uid)
        except Exception as exc:  # a bug on one message's headers must not stop the folder
            _log_skipped(source.account, folder.name, uid, exc, traceback=True)
            del headers_only[uid]
            skipped += 1
    whole = read_messages(source, folder, wanted, context.me, lock=context.connection)
    # A message whose whole could not be read keeps its header-only Mail: it still counts as
    # seen and matched, and the pipeline marks what it cannot read "unknown".
    skipped += len(wanted) - len(whole)
    headers_only.update(whole)

    tried = set(wanted)

    def read_whole(more: Sequence[int]) -> dict[int, Mail]:
        # What was read whole already is not fetched twice; what failed is not tried again.
        done = {uid: headers_only[uid] for uid in more if uid in tried and uid in whole}
        return done | read_messages(source, folder, [u for u in more if u not in tried], context.me,
                                    lock=context.connection)

    return SyncBatch(
        account=source.account,
        folder=folder.name,
        role=folder.role,
        uidvalidity=uidvalidity,
        last_uid=max(uids),
        mails=[headers_only[uid] for uid in sorted(headers_only)],
        looked_at=len(uids),
        skipped=skipped,
        read_whole=read_whole,
    )


def read_messages(
    source: Source,
    folder: FolderInfo,
    uids: Sequence[int],
    me: frozenset[str],
    *,
    lock: threading.Lock | None = None,
    headers_only: bool = False,
) -> dict[int, Mail]:
    """Fetch and parse whole messages of one folder: UID -> Mail with its body (with
    ``headers_only``, their header fields only: Mail.body None).

    A UID missing from the answer (expunged meanwhile) or whose message cannot be parsed
    is left out, the latter logged as skipped. ``lock``: the connection's turn, when a
    fetch-ahead thread shares it. Raises SourceError when the connection fails.
    """
    if not uids:
        return {}
    with lock if lock is not None else contextlib.nullcontext():
        if headers_only:
            items = [(h.uid, h.header_bytes, h.arrival) for h in source.fetch_headers(folder.name, list(uids))]
        else:
            items = [(m.uid, m.raw, m.arrival) for m in source.fetch_messages(folder.name, list(uids))]
    parse = parse_headers if headers_only else parse_message
    read: dict[int, Mail] = {}
    for uid, raw, arrival in items:
        mail = _read_one(parse, source.account, folder, uid, raw, arrival, me)
        if mail is not None:
            read[uid] = mail
    return read


def _read_one(
    parse: Callable[..., Mail],
    account: str,
    folder: FolderInfo,
    uid: int,
    raw: bytes,
    arrival: datetime | None,
    me: frozenset[str],
) -> Mail | None:
    """One message read by ``parse``, or None (logged) when it cannot be: one bad message
    never stops its folder."""
    try:
        return parse(raw, account=account, folder=folder.name, uid=uid, arrival=arrival, me=me,
                     sent_folder=folder.role == "sent")
    except UnparseableMessage as exc:
        _log_skipped(account, folder.name, uid, exc)
    except Exception as exc:  # a parser bug on one message must not stop the folder
        _log_skipped(account, folder.name, uid, exc, traceback=True)
    return None


def _empty_batch(account: str, folder: FolderInfo, uidvalidity: int, last_uid: int) -> SyncBatch:
    return SyncBatch(
        account, folder.name, folder.role, uidvalidity, last_uid, mails=[], looked_at=0, skipped=0
    )


def _log_skipped(account: str, folder: str, uid: int, exc: BaseException, *, traceback: bool = False) -> None:
    """One message left out: account, folder, UID and the exception's type (never its text,
    which may quote the mail); the traceback at debug level for an unexpected failure."""
    log.warning("message_skipped", account=account, folder=folder, uid=uid, reason="unreadable",
                error=type(exc).__name__)
    if traceback:
        log.debug("message_skipped_traceback", account=account, folder=folder, uid=uid, exc_info=exc)


def _report(
    account: str, folder: FolderInfo, started: float, *, new: int, fetched: int, skipped: int
) -> FolderReport:
    seconds = time.monotonic() - started
    log.info(
        "folder_synced",
        account=account,
        folder=folder.name,
        role=folder.role,
        new=new,
        fetched=fetched,
        skipped=skipped,
        duration=round(seconds, 3),
    )
    return FolderReport(folder.name, folder.role, new=new, fetched=fetched, skipped=skipped, seconds=seconds)


def backfill_account(
    source: Source,
    *,
    state: Callable[[str], FolderState | None],
    since: datetime,
    me: frozenset[str],
    wants_body: Callable[[Mail], bool],
    handle: Callable[[SyncBatch], None],
    batch_size: int = 1000,
    candidates: Callable[[FolderInfo], CandidateQuery | None] | None = None,
) -> int:
    """Read again the mail already synced since ``since``, for interviews logged after it was read.

    Only folders with a cursor, and only UIDs at or below it (newer mail is the normal
    sync's). The cursor is not moved. Returns how many messages were looked at.
    """
    context = _Context(source, me, wants_body, lambda batch: None, max(1, batch_size), candidates)
    looked_at = 0
    for folder in reading_order(source.folders()):
        known = state(folder.name)
        if known is None:
            continue  # never read: the normal sync's lookback covers it
        try:
            status = source.status(folder.name)
        except FolderMissing:
            continue
        if status.uidvalidity != known.uidvalidity:
            continue  # the normal sync reads this folder again from the lookback
        last = min(known.last_uid, status.uidnext - 1)
        picked = _server_candidates(context, folder, 1, last, since.date())
        windows = [picked[1]] if picked is not None else source.search_windows(folder.name, 1, last, since.date())
        for batch_uids in _batches(windows, context.batch_size):
            batch = _read_batch(context, folder, status.uidvalidity, batch_uids)
            handle(batch)
            looked_at += batch.looked_at
    log.info("backfilled", account=source.account, since=since.date().isoformat(), looked_at=looked_at)
    return looked_at
