"""One pass of the pipeline, shared by ``watcher scan`` and ``watcher run``.

    sources -> sync -> match -> classify -> policy -> notify
                  \\________ store ________/

``Pipeline`` wires the stages to the store; it holds no state of its own between
calls beyond the config, so the daemon can call its steps one at a time (sync one
folder when IDLE says so, decide and notify on a timer).
"""

from __future__ import annotations

import hashlib
import json
import time as _time
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet  # typing's name for it, not the builtin set
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

import structlog

from watcher import match, policy, privacy
from watcher.settings import Account, Config, ImapAccount
from watcher.auth import secret_for
from watcher.interviews_import import FileImport, import_interviews_file
from watcher.model import (
    HEARD_BACK_ACTION,
    HEARD_BACK_KINDS,
    UNKNOWN_KIND,
    Classification,
    Decision,
    Draft,
    Event,
    FolderState,
    Interview,
    Mail,
    Match,
    MessageRecord,
    Notice,
    PolicySettings,
    Step,
)
from watcher.notify import Channel, NotifyError, carries, digest, usable_channels
from watcher.notify.drafts import answering, render_draft, their_subject
from watcher.sources import CandidateQuery, SourceError, open_source
from watcher.store import Store, StoredMessage
from watcher.sources import FolderInfo
from watcher.sync import AccountReport, SyncBatch, read_messages, sync_account
from watcher.sync import backfill_account as sync_backfill
from watcher.wording import kind_words

log = structlog.get_logger(__name__)

# News of a reply is announced only while it is news: a rejection found in a first
# scan's 90-day look-back is reported, not announced.
NEWS_WINDOW = timedelta(days=7)
# An invitation this far from every logged interview with the company is for another round.
ROUND_GAP = timedelta(hours=12)
# A reply that no tied message explains yet is remembered until the end of the account's sync
# (when a message read later may tie its thread) if it is dated no earlier than this before
# the first logged interview: older mail is not worth the memory at a 100,000-message first sync.
WAITING_HORIZON = timedelta(days=60)
# Rounds of reading remembered replies at the end of a sync (each may tie the next one's thread).
WAITING_ROUNDS = 5
DRAFTED_ACTIONS = frozenset({"thank_you", "follow_up_1", "follow_up_2", "ask_feedback", "reply"})


@dataclass(frozen=True)
class _Waiting:
    """A message read on its headers that refers to others and was not kept: read again at
    the end of the sync if a message read after it ties its thread."""

    folder: str
    role: str  # of its folder
    uid: int
    message_id: str
    refs: tuple[str, ...]  # In-Reply-To and References: kept slim, there may be thousands
    # A message held for review by an earlier sync: its stored header fields (matched first,
    # so that one whose thread ties it on no interview is not read again at every sync).
    held_before: Mail | None = None
    # The subject of a held message that answers by its subject ("Re: ..."): the user's mail
    # it answers may be tied after it (``match.SentSubjects``).
    subject: str = ""
    # The sender of a received message: the user's mail to them may be tied after it (a
    # forward from someone nobody logged, ``SentSubjects.written_to``).
    sender: str = ""

    def ties(self, threads: dict[str, str], sent: match.SentSubjects) -> bool:
        """Whether a message tied so far is in its thread, the user's mail tied so far has
        the subject it answers, or went to its sender."""
        return (any(ref in threads for ref in self.refs) or bool(self.subject and sent.answers(self.subject))
                or bool(self.sender and sent.written_to(self.sender)))


@dataclass(frozen=True)
class Heard:
    """The real feedback from them that tells where the application stands
    (``policy.standing``): a message of HEARD_BACK_KINDS dated after the interview, or news
    the user logged by hand (`watcher interview log ID --heard KIND`)."""

    at: datetime  # UTC-aware: the message's Date, or the logged moment
    kind: str  # one of HEARD_BACK_KINDS
    logged: bool  # True: logged by hand; False: a message
    message: StoredMessage | None = None  # the message, when it came by mail


@dataclass(frozen=True)
class InterviewState:
    interview: Interview
    decision: Decision
    last_heard: Heard | None  # the real feedback from them, by mail or logged, that tells where it stands
    messages: tuple[MessageRecord, ...] = ()  # tied to it, up to the moment decided for
    # The synced accounts whose mail no scan has read for it since it was logged (or since
    # its contacts, domains, company or date changed): the next scan does (Store.not_looked_for).
    not_looked_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoticeOutcome:
    interview: str
    action: str
    key: str
    channel: str
    sent: bool
    error: str | None = None


@dataclass
class ScanResult:
    now: datetime
    accounts: list[AccountReport] = field(default_factory=list)
    import_errors: list[str] = field(default_factory=list)
    interviews_unread: str | None = None  # the interviews file could not be read at all: why
    messages: list[StoredMessage] = field(default_factory=list)
    suggestions: list[StoredMessage] = field(default_factory=list)
    interviews: list[InterviewState] = field(default_factory=list)
    notices: list[NoticeOutcome] = field(default_factory=list)
    first: bool = False  # no configured account had been synced before this scan
    configured: tuple[Account, ...] = ()  # the accounts of the config, as scanned

    @property
    def ok(self) -> bool:
        return all(a.ok for a in self.accounts)


@lru_cache(maxsize=1)
def _invitation_words() -> tuple[str, ...]:
    text = resources.files("watcher.data").joinpath("invitation_subjects.txt").read_text("utf-8")
    return tuple(w.strip().casefold() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _prepare_reading() -> None:
    """What reading a large batch of new mail needs first and costs the same whatever it
    holds: the classifier with its phrase book (0.06 s), mail-parser, and icalendar (0.02 s,
    for the calendar parts a batch of thousands of messages holds a few of, read by their
    organiser and guests when tied). The sync runs it while the server searches (see
    watcher/sync.py)."""
    import icalendar  # noqa: F401
    import mailparser  # noqa: F401  # imported here: only whole-message parsing needs it

    from watcher import classify

    classify.load_phrases()


def looks_like_invitation(mail: Mail) -> bool:
    """Cheap subject test for invitations from companies not logged yet."""
    if mail.direction != "received":
        return False
    subject = mail.subject.casefold()
    return any(word in subject for word in _invitation_words())


class Pipeline:
    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        channels: Sequence[Channel] = (),
        password_for: Callable[[ImapAccount], str] | None = None,
        progress: Callable[[], object] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.channels = list(channels)
        self.password_for = password_for or _account_password
        self.zone = ZoneInfo(config.policy.timezone)
        # True while a scan replays a past moment (``scan(now, synced_at=now)``): see store._seen_at.
        self.replay = False
        # Called after each stored batch: the daemon feeds its watchdog during a long first sync.
        self.progress = progress or (lambda: None)
        # The subjects of the user's mail tied so far (a reply that lost its thread answers one).
        self._sent_subjects = match.SentSubjects()

    # -- the interview log ---------------------------------------------------------------

    def import_interviews(self, fix_hint: str = "fix it and run `watcher scan` again") -> FileImport | None:
        """Import the config's interviews file, if one is named (see ``import_interviews_file``);
        ``fix_hint`` says what to run once a file that cannot be read is fixed."""
        path = self.config.interviews_file
        if path is None:
            return None
        return import_interviews_file(path, lambda i: self.store.upsert_interview(i, origin="file"),
                                      zone=self.zone, fix_hint=fix_hint)

    def settings_for(self, interview: Interview) -> PolicySettings:
        if not interview.policy:
            return self.config.policy
        from watcher.config import policy_with_overrides  # its validation (pydantic): only for overrides

        return policy_with_overrides(self.config.policy, interview.policy, where=f"{interview.id}.policy")

    # -- sync, match, classify ---------------------------------------------------------

    def sync(self, now: datetime, accounts: Sequence[str] | None = None, source=None) -> list[AccountReport]:
        interviews = self.store.interviews()
        index = match.build_index(interviews, self.config.me, zone=self.zone)
        threads = self.store.threads()
        self._sent_subjects = match.SentSubjects(self.store.sent_subjects())
        company = {i.id: i.company for i in interviews}
        reports = []
        for account in self.config.accounts:
            if accounts is not None and account.name not in accounts:
                continue
            reports.append(self._sync_account(account, now, index, threads, company, source))
        return reports

    def _sync_account(self, account, now, index, threads, company, source=None) -> AccountReport:
        since = now - timedelta(days=account.lookback_days)
        started = _time.monotonic()
        me = frozenset(self.config.me)

        # Message-IDs the header test let through, so that the rest (nearly all mail) is
        # not matched and classified only to be dropped.
        wanted: set[str] = set()

        def wants_body(mail: Mail) -> bool:
            if match.may_concern(mail, index, threads) or looks_like_invitation(mail):
                wanted.add(mail.message_id)
                return True
            return False

        waiting: list[_Waiting] = []
        horizon = min((i.when for i in index.interviews.values()), default=None)  # none logged: nothing ties

        def handle(batch: SyncBatch) -> None:
            def remember(mail: Mail) -> None:
                if horizon is not None and mail.uid is not None and mail.date >= horizon - WAITING_HORIZON:
                    waiting.append(_Waiting(batch.folder, batch.role, mail.uid, mail.message_id,
                                            (*mail.in_reply_to, *mail.references), subject=mail.subject,
                                            sender=_sender(mail)))

            bases: dict[str, str] = {}
            records = self._process_mails(batch.mails, index, threads, company, wanted,
                                          read_whole=batch.read_whole, waiting=remember, bases=bases)
            wanted.difference_update(mail.message_id for mail in batch.mails)
            state = FolderState(batch.uidvalidity, batch.last_uid)
            self.store.commit_batch(batch.account, batch.folder, state, records, synced_at=now, bases=bases,
                                    replay=self.replay)
            self.progress()

        def run(src) -> AccountReport:
            self._backfill(account, src, now, since, index, threads, company)
            self._read_again(src, account.name, company, now)  # before the sync: what it stores is read now
            report = sync_account(
                src, state=lambda folder: self.store.folder_state(account.name, folder),
                since=since, me=me, wants_body=wants_body, handle=handle,
                candidates=self._candidates(index, threads), prepare=_prepare_reading,
                reply_may_concern=lambda mail: match.reply_may_concern(mail, index, threads),
            )
            if report.ok:  # with the messages held before: this sync may have tied their thread
                self._read_waiting(src, [*waiting, *self._held_before(account.name, waiting)], index, threads,
                                   company, now)
            return report

        try:
            if source is not None:
                report = run(source)
            else:
                with open_source(account, lambda: self.password_for(account)) as src:
                    report = run(src)
        except SourceError as exc:
            report = AccountReport(account.name, ok=False, error=exc.message, failure=exc)
        except Exception as exc:  # noqa: BLE001 - one account's failure never stops another's
            # A fault in watcher, not in the account: said as such, the traceback at debug.
            log.error("account sync failed by a fault in watcher", account=account.name,
                      error_type=type(exc).__name__)
            log.debug("account sync fault", account=account.name, exc_info=True)
            report = AccountReport(account.name, ok=False,
                                   error=f"watcher failed while reading it ({type(exc).__name__}); "
                                         "run with -v for the traceback")
        for folder in report.folders:
            if folder.error:
                self.store.record_folder_error(account.name, folder.folder, folder.error, now)
            else:
                self.store.mark_folder_synced(account.name, folder.folder, now)
        if report.ok:
            self.store.clear_account_error(account.name, [f.folder for f in report.folders])
        else:
            self.store.record_folder_error(account.name, "*", report.error or "sync failed", now)
        seconds = round(_time.monotonic() - started, 3)
        if report.ok:
            log.info("account synced", account=account.name, seconds=seconds)
        else:  # its own event name: a failed sync never reads as "synced"
            log.error("account sync failed", account=account.name, error=report.error, seconds=seconds)
        return report

    def _backfill(self, account, source, now: datetime, since: datetime, index, threads, company) -> None:
        """Read the already-synced mail again for interviews logged (or re-targeted) since."""
        pending = self.store.backfills_pending(account.name)
        if not pending:
            return
        if self.store.has_synced(account.name):
            start = max(since, min(i.when for i in pending) - match.READ_BACK)  # its run-up too
            only_new = match.build_index(pending, self.config.me, zone=self.zone)
            sync_backfill(
                source, state=lambda folder: self.store.folder_state(account.name, folder), since=start,
                me=frozenset(self.config.me),
                wants_body=lambda mail: match.may_concern(mail, only_new, threads),
                handle=lambda batch: self._store_found(batch.mails, index, threads, company, now,
                                                       read_whole=batch.read_whole, again=True),
                candidates=self._candidates(only_new, threads, invitations=False),
            )
        self.store.mark_backfilled(account.name, [i.id for i in pending], now)

    def _candidates(self, index, threads, *, invitations: bool = True):
        """The server-side search for a folder's candidates (see watcher/candidates.py),
        asked when the folder is read; the sent folder's by recipient (its mail is judged
        by whom it went to)."""
        from watcher.candidates import candidate_query

        words = _invitation_words() if invitations else ()

        def query(folder: FolderInfo) -> CandidateQuery | None:
            return candidate_query(index, threads, self.config.me, words, sent=folder.role == "sent")

        return query

    def _process_mails(
        self,
        mails: Sequence[Mail],
        index,
        threads: dict[str, str],
        company: dict[str, str],
        wanted: set[str] | None = None,
        *,
        read_whole: Callable[[Sequence[int]], dict[int, Mail]] | None = None,
        waiting: Callable[[Mail], None] | None = None,
        bases: dict[str, str] | None = None,
        again: AbstractSet[str] = frozenset(),
    ) -> list[tuple[Mail, Match, Classification | None]]:
        """Match, read whole what got tied on its headers alone, classify, and keep what
        concerns an interview: (mail, match, classification) per message to store.

        ``wanted``: the Message-IDs the header test passed; other mail is unrelated and
        skipped before matching, but for a reply whose thread this very batch opened
        (matching goes round until no new thread is tied: a reply may come before the
        message that ties its thread). ``read_whole``: reads whole the batch folder's UIDs;
        every message kept tied or held for review is classified on its whole text, and
        one that cannot be read gets the kind ``unknown``. ``waiting``: is given each
        message that refers to others and was not kept (a later batch or
        folder may tie its thread). ``bases``: filled with Message-ID -> ``match_basis`` for
        each message held for review on its whole text. ``again``: stored Message-IDs to
        match again all the same (see ``_store_found``).
        """
        if wanted is not None:
            mails = [m for m in mails if m.message_id in wanted or m.in_reply_to or m.references]
        known = self.store.known_message_ids(m.message_id for m in mails) - again
        matched: dict[str, tuple[Mail, Match]] = {}
        left: dict[str, Mail] = {}
        threads_before = len(threads)
        todo = [m for m in mails if m.message_id not in known]
        while todo:
            size = len(threads)
            for mail in todo:
                if mail.message_id in matched:
                    continue  # the same message twice in one batch
                left.pop(mail.message_id, None)
                if wanted is not None and mail.message_id not in wanted:
                    if len(threads) == threads_before or not match.may_concern(mail, index, threads):
                        left[mail.message_id] = mail
                        continue
                found = self._match_one(mail, index, threads)
                if found is None:
                    continue  # logged as skipped
                if found.interview is None and not found.review and not looks_like_invitation(mail):
                    left[mail.message_id] = mail
                    continue
                matched[mail.message_id] = (mail, found)
                if bases is not None and found.review and mail.body is not None:
                    bases[mail.message_id] = self._basis(_refs(mail), mail.subject, index, threads, _sender(mail))
                if found.interview:
                    self._tied(mail, found.interview, threads)
                elif waiting is not None and (mail.in_reply_to or mail.references or found.review):
                    waiting(mail)  # held for review: a folder read later may tie its thread or subject
            if len(threads) == size:
                break
            todo = [m for m in left.values() if m.in_reply_to or m.references]
        if waiting is not None:
            for mail in left.values():
                if mail.in_reply_to or mail.references:
                    waiting(mail)
        whole = self._read_missing_bodies(matched.values(), read_whole)
        records: list[tuple[Mail, Match, Classification | None]] = []
        for mail, found in matched.values():
            mail = whole.get(mail.message_id, mail)
            result = self._classify_one(mail, found, company)
            untied = match.untie_bulk(found, mail, result, threads)
            if untied is not found:  # a newsletter or job alert of a logged employer: about no application
                threads.pop(mail.message_id, None)
                found = untied
            if found.interview is None and not found.review and (result is None or result.invitation is None):
                continue  # unrelated mail: nothing of it is kept
            records.append((mail, found, result))
        return records

    def _tied(self, mail: Mail, interview: str, threads: dict[str, str]) -> None:
        """Remember that ``mail`` is tied to ``interview``: its Message-ID for the replies in
        its thread, and the user's subject for the replies that lost their thread."""
        threads[mail.message_id] = interview
        if mail.direction == "sent":
            self._sent_subjects.add(mail.subject, interview, (*mail.to, *mail.cc))

    def _match_one(self, mail: Mail, index, threads: dict[str, str]) -> Match | None:
        """match.match for one message; a failure skips that message only (logged)."""
        try:
            return match.match(mail, index, threads, self._sent_subjects)
        except Exception as exc:  # one message's failure never stops its batch
            log.warning("message_skipped", account=mail.account, folder=mail.folder, uid=mail.uid,
                        reason="not matched", error=type(exc).__name__)
            log.debug("message_skipped_traceback", account=mail.account, folder=mail.folder, uid=mail.uid,
                      exc_info=exc)
            return None

    @staticmethod
    def _read_missing_bodies(
        matched, read_whole: Callable[[Sequence[int]], dict[int, Mail]] | None
    ) -> dict[str, Mail]:
        """Message-ID -> whole Mail for the kept messages read on their headers alone."""
        missing = [mail for mail, found in matched
                   if mail.body is None and mail.uid is not None and (found.interview or found.review)]
        if not missing or read_whole is None:
            return {}
        try:
            read = read_whole([mail.uid for mail in missing])
        except SourceError as exc:
            log.warning("messages_not_read", account=missing[0].account, folder=missing[0].folder,
                        count=len(missing), error=exc.message)
            return {}
        return {mail.message_id: read[mail.uid] for mail in missing
                if mail.uid in read and read[mail.uid].message_id == mail.message_id}

    def _classify_one(self, mail: Mail, found: Match, company: dict[str, str]) -> Classification | None:
        """What the message says; ``unknown`` for a tied message that could not be read or
        classified (never a real kind), None for other mail that could not be."""
        concerns = bool(found.interview or found.review)
        if mail.body is None:
            return _unreadable("its text could not be read") if concerns else None
        from watcher import classify  # its patterns compile on import: only when a message is new

        tied = self.store.interview(found.interview) if found.interview else None
        try:
            return classify.classify(mail, interview_company=company.get(found.interview or ""), zone=self.zone,
                                     settings=self.config.policy,
                                     interview_held=tied is not None and mail.date >= tied.when)
        except Exception as exc:  # a classifier bug must not lose the message
            log.error("message not classified", account=mail.account, folder=mail.folder,
                      uid=mail.uid, error=type(exc).__name__)
            log.debug("message_not_classified_traceback", account=mail.account, folder=mail.folder,
                      uid=mail.uid, exc_info=exc)
            return _unreadable(f"it could not be classified ({type(exc).__name__})") if concerns else None

    def _store_found(self, mails: Sequence[Mail], index, threads: dict[str, str], company: dict[str, str],
                     now: datetime, *, read_whole: Callable[[Sequence[int]], dict[int, Mail]] | None = None,
                     again: bool = False) -> None:
        """Match, classify and store messages found outside the cursor's walk. ``again``
        (a backfill for interviews logged since): a message kept before only as an invitation
        to suggest is matched again, and replaced if it now ties or is held."""
        bases: dict[str, str] = {}
        retry = self.store.untied_message_ids(m.message_id for m in mails) if again else set()
        records = self._process_mails(mails, index, threads, company, read_whole=read_whole, bases=bases,
                                      again=retry)
        if retry:  # still only an invitation: its row stays as it was
            records = [r for r in records if r[0].message_id not in retry or r[1].interview or r[1].review]
        self.store.add_messages(records, seen_at=now, bases=bases, replay=self.replay, again=retry)

    def _read_waiting(self, source, waiting: list[_Waiting], index, threads, company, now: datetime) -> None:
        """Read whole the replies whose thread a message read after them tied, and store them.

        A message held for review that was matched on its whole text with the same ties
        (``match_basis``) would be held again: it is not read again until they change. One
        held by an earlier sync is read again only if its stored header fields now tie it
        (its thread or the user's mail it answers tied since, or an interview logged or
        edited that names its sender), or the user's mail tied since went to its sender (a
        forward is told by its forwarded text)."""
        for _ in range(WAITING_ROUNDS):
            # A message held before is looked at whatever changed (an interview logged or
            # edited may tie it too); the others only once their thread or subject is tied.
            tied = [w for w in waiting if w.held_before is not None or w.ties(threads, self._sent_subjects)]
            judged = self.store.match_bases(w.message_id for w in tied)
            basis = {w.message_id: self._basis(w.refs, w.subject, index, threads, w.sender) for w in tied}
            due = [w for w in tied if judged.get(w.message_id) != basis[w.message_id]
                   and (w.held_before is None or self._ties_again(w.held_before, index, threads)
                        or w.sender and self._sent_subjects.written_to(w.sender))]
            done = {w.message_id for w in tied if w.held_before is None} | {w.message_id for w in due}
            waiting[:] = [w for w in waiting if w.message_id not in done]
            if not due:
                return
            mails: list[Mail] = []
            gone: dict[str, str] = {}  # asked for, not there (expunged, or another message now)
            for (folder, role), items in _by_folder(due).items():
                where, me = FolderInfo(folder, role), frozenset(self.config.me)
                try:
                    read = read_messages(source, where, [w.uid for w in items], me)
                    failed = [w.uid for w in items if w.uid not in read or read[w.uid].message_id != w.message_id]
                    # Unread, its header fields still tie it: it is kept as "unknown".
                    read |= read_messages(source, where, failed, me, headers_only=True)
                except SourceError as exc:
                    log.warning("messages_not_read", account=source.account, folder=folder, count=len(items),
                                error=exc.message)
                    continue
                mails.extend(read[w.uid] for w in items if w.uid in read and read[w.uid].message_id == w.message_id)
                gone |= {w.message_id: basis[w.message_id] for w in items
                         if w.uid not in read or read[w.uid].message_id != w.message_id}
            held = self.store.held_by_rules(mail.message_id for mail in mails)
            fresh = [mail for mail in mails if mail.message_id not in held]
            self._store_found(fresh, index, threads, company, now)
            still_held = self._tie_held([mail for mail in mails if mail.message_id in held], index, threads,
                                        company, now)
            self.store.remember_match_bases(gone | still_held)

    def _held_before(self, account: str, waiting: Sequence[_Waiting]) -> list[_Waiting]:
        """The messages of ``account`` held for review by earlier syncs, as replies waiting for
        their thread: when this sync (or one of another account, or the user's own assignment)
        tied a message they refer to, they are read again and matched again like this sync's."""
        seen = {w.message_id for w in waiting}
        return [_Waiting(m.mail.folder, "sent" if m.mail.direction == "sent" else "inbox", m.mail.uid,
                         m.mail.message_id, (*m.mail.in_reply_to, *m.mail.references), held_before=m.mail,
                         subject=m.mail.subject, sender=_sender(m.mail))
                for m in self.store.held_messages(account) if m.mail.message_id not in seen and m.mail.uid is not None]

    def _basis(self, refs: Sequence[str], subject: str, index, threads: Mapping[str, str], sender: str = "") -> str:
        """``match_basis`` of a message, with the interviews whose user's mail its subject
        answers and those whose user's mail went to its ``sender`` (of received mail)."""
        written = self._sent_subjects.written_to(sender) if sender else frozenset()
        return match_basis(refs, index, threads, self._sent_subjects.answers(subject), written)

    def _ties_again(self, mail: Mail, index, threads: dict[str, str]) -> bool:
        found = self._match_one(mail, index, threads)
        return found is not None and found.interview is not None

    def _tie_held(self, mails: Sequence[Mail], index, threads: dict[str, str], company: dict[str, str],
                  now: datetime) -> dict[str, str]:
        """Match again the stored messages held for review whose thread got tied after them
        (the sent folder is read first: a chaser to a recruiter's new address is held until
        her reply, read later, ties the thread); tie those that now match, read them again.
        Return Message-ID -> ``match_basis`` for those still held."""
        still_held: dict[str, str] = {}
        for mail in mails:
            found = self._match_one(mail, index, threads)
            if found is None or found.interview is None:
                still_held[mail.message_id] = self._basis(_refs(mail), mail.subject, index, threads, _sender(mail))
                continue
            self._tied(mail, found.interview, threads)
            self.store.tie_held(mail.message_id, found)
            self.store.record_reading(mail.message_id, self._classify_one(mail, found, company), now)
        return still_held

    def _read_again(self, source, account: str, company: dict[str, str], now: datetime) -> None:
        """Read again the stored messages that could not be read before (kind ``unknown``),
        up to store.MAX_READ_ATTEMPTS readings in all, store.READ_AGAIN_AFTER apart."""
        unread = self.store.unread_messages(account, now)
        groups: dict[tuple[str, str], list] = {}
        for item in unread:
            if item.uid is not None:
                groups.setdefault((item.folder, "sent" if item.direction == "sent" else "inbox"), []).append(item)
        for (folder, role), items in groups.items():
            try:
                read = read_messages(source, FolderInfo(folder, role), [i.uid for i in items], frozenset(self.config.me))
            except SourceError as exc:
                log.warning("messages_not_read", account=account, folder=folder, count=len(items), error=exc.message)
                continue
            for item in items:
                mail = read.get(item.uid)
                if mail is None or mail.message_id != item.message_id:
                    self.store.record_reading(item.message_id, _unreadable("its text could not be read"), now)
                    continue
                found = Match(interview=item.interview, confidence=1.0, review=item.interview is None)
                self.store.record_reading(item.message_id, self._classify_one(mail, found, company), now)

    # -- policy ------------------------------------------------------------------------

    def decide(self, now: datetime) -> list[InterviewState]:
        channel_names = [c.name for c in self.channels]
        not_looked_for = self.store.not_looked_for([account.name for account in self.config.accounts])
        states = []
        for interview in self.store.interviews():
            messages = self.store.message_records(interview.id, until=now)
            events = [e for e in self.store.events(interview.id) if e.at <= now]
            decision = policy.evaluate(
                interview,
                messages,
                events,
                self.store.announced(interview.id, channel_names),
                self.settings_for(interview),
                now,
            )
            states.append(InterviewState(interview, decision, self._last_heard(interview, messages, events),
                                         tuple(messages), not_looked_for.get(interview.id, ())))
        return states

    def _last_heard(self, interview: Interview, messages: Sequence[MessageRecord],
                    events: Sequence[Event]) -> Heard | None:
        """Only real feedback is "heard", as the policy counts it (``policy.heard_feedback``):
        never a newsletter, an auto-reply or an unread message. Of it, what tells where the
        application stands (``policy.standing``): an offer followed by the contract's papers
        is still heard as the offer."""
        telling = policy.standing(policy.heard_feedback(interview, messages, events))
        if telling is None:
            return None
        if telling.message is None:
            return Heard(telling.at, telling.kind, logged=True)
        return Heard(telling.at, telling.kind, logged=False,
                     message=self.store.stored_message(telling.message.message_id))

    # -- notify ------------------------------------------------------------------------

    def notices_due(self, states: Sequence[InterviewState], now: datetime) -> list[Notice]:
        notices: list[Notice] = []
        for state in states:
            interview = state.interview
            if interview.closed_at is not None and interview.closed_at <= now:
                continue
            notices.extend(self._news(interview, state.messages, now))
            for step in state.decision.due_now:
                notices.append(self._reminder(interview, state.decision, step))
        return notices

    def _news(self, interview: Interview, messages: Sequence[MessageRecord], now: datetime) -> list[Notice]:
        news = []
        for m in messages:
            if m.direction != "received" or m.kind not in HEARD_BACK_KINDS or m.date < now - NEWS_WINDOW:
                continue
            if m.date < interview.when:
                continue
            what = kind_words(m.kind)
            local = m.date.astimezone(self.zone)
            news.append(Notice(
                interview=interview.id, action=HEARD_BACK_ACTION, key=m.message_id, company=interview.company,
                title=f"{interview.company} replied: {what}",
                why=f"{interview.company} wrote on {local:%a %d %b} about your {_role(interview)}interview.",
            ))
        return news

    def draft_for(self, interview: Interview, decision: Decision, step: Step) -> Draft | None:
        """The ready-to-send draft for ``step``, or None for a step that has no draft (move on)."""
        if step.action not in DRAFTED_ACTIONS:
            return None
        answered = self._answered(step)
        subject = their_subject(answered.subject) if answered is not None else ""
        recipients = step.recipients or decision.recipients
        writer = answered is not None and bool(recipients) and recipients[0].lower() == answered.from_addr.lower()
        draft = render_draft(
            step.action, interview=interview, recipients=recipients,
            me_name=self.config.me_name,
            templates_dir=self.config.drafts.templates_dir,
            timezone=self.settings_for(interview).timezone,
            context={"their_subject": subject} if subject else None,
            display_name=answered.from_name if writer and answered is not None else "",
        )
        return answering(draft, answered) if draft is not None and answered is not None else draft

    def _answered(self, step: Step) -> Mail | None:
        """The message the step's draft answers (``step.answers``), when stored."""
        if not step.answers:
            return None
        stored = self.store.stored_message(step.answers)
        return stored.mail if stored is not None else None

    def _reminder(self, interview: Interview, decision: Decision, step: Step) -> Notice:
        notice = Notice(interview=interview.id, action=step.action, key=step.key, company=interview.company,
                        title="", why=step.why, draft=self.draft_for(interview, decision, step))
        return replace(notice, title=digest.headline(notice))

    def notify(self, notices: Sequence[Notice], now: datetime, *, dry_run: bool = False) -> list[NoticeOutcome]:
        outcomes: list[NoticeOutcome] = []
        by_key = {(n.interview, n.action, n.key): n for n in notices}
        for channel in self.channels:
            if dry_run:
                done = self.store.notices_done(channel.name)
                outcomes.extend(NoticeOutcome(i, a, k, channel.name, False) for (i, a, k) in by_key
                                if (i, a, k) not in done and carries(channel, by_key[(i, a, k)]))
                continue
            # One process at a time between intent and outcome (the daemon and a scan by
            # hand may meet here): the second sees what the first sent.
            with self.store.notice_lock():
                allowed = self.store.begin_notices(channel.name, list(by_key), now)
                if not allowed:
                    continue
                # A drafts folder files the drafts and tells no news: the rest needs nothing more
                # there (recorded so), and is neither sent, logged nor reported as sent on it.
                carried = [item for item in allowed if carries(channel, by_key[item])]
                error = None
                try:
                    if carried:
                        channel.send([by_key[item] for item in carried])
                except NotifyError as exc:
                    error = str(exc)
                except Exception as exc:  # a broken channel is logged and retried next run
                    error = _describe(exc)
                uncarried = [item for item in allowed if item not in carried]
                if uncarried:
                    self.store.finish_notices(channel.name, uncarried, now, None, carried=False)
                if carried:
                    self.store.finish_notices(channel.name, carried, now, error)
            if not carried:
                continue
            if error:
                log.error("notice not sent", channel=channel.name, count=len(carried), error=error)
            else:
                log.info("notice sent", channel=channel.name, count=len(carried),
                         actions=sorted({a for _, a, _ in carried}))
            outcomes.extend(NoticeOutcome(i, a, k, channel.name, error is None, error) for (i, a, k) in carried)
        return outcomes

    # -- the whole pass ----------------------------------------------------------------

    def scan(self, now: datetime, *, notify: bool = True, synced_at: datetime | None = None) -> ScanResult:
        """Import, sync, decide and notify as of ``now``.

        ``synced_at`` is the moment sync records (sync times, when a message was seen or
        last tried, the look-back window's end); default ``now``. A what-if in the future
        passes the clock's time, so it records nothing a real scan has not reached yet; one
        in the past passes ``now`` itself, and a message found then is seen no earlier than
        its own date (today's mailbox holds mail that had not come yet).
        """
        result = ScanResult(now=now)
        read = self.import_interviews()
        if read is not None:
            result.import_errors, result.interviews_unread = read.lines, read.unread
        result.first = not any(self.store.has_synced(a.name) for a in self.config.accounts)
        result.configured = tuple(self.config.accounts)
        # A what-if at a past moment passes it as synced_at: a replay over today's mailbox.
        self.replay = synced_at is not None and synced_at >= now
        try:
            result.accounts = self.sync(synced_at or now)
        finally:
            self.replay = False
        self._report(result, now, notify=notify)
        return result

    def evaluate(self, now: datetime, *, notify: bool = True) -> ScanResult:
        """Decide and notify without syncing (the daemon's timer)."""
        result = ScanResult(now=now)
        self._report(result, now, notify=notify)
        return result

    def _report(self, result: ScanResult, now: datetime, *, notify: bool) -> None:
        if notify:  # a real pass, not a look at another moment: apply [database] keep_days
            privacy.forget_expired_logged(self.store, self.decide, self.config.keep_days, now)
        # due_now is what this run announces (or, with --no-notify, would): decided once,
        # before sending, so the report says what the notices said.
        states = self.decide(now)
        result.notices = self.notify(self.notices_due(states, now), now, dry_run=not notify)
        result.interviews = states
        stored = self.store.stored_messages(until=now)
        result.messages = [m for m in stored if m.match.interview or m.match.review]
        result.suggestions = suggestions(self.store, stored, [s.interview for s in states])


def suggestions(store: Store, stored: Sequence[StoredMessage], interviews: Sequence[Interview]) -> list[StoredMessage]:
    """The invitations worth logging among ``stored``, less those the user logged or dismissed."""
    done = store.suggestions_done()
    return [m for m in stored if m.mail.message_id not in done and _worth_logging(m, interviews)]


def _unreadable(why: str) -> Classification:
    return Classification(kind=UNKNOWN_KIND, confidence=0.0, reasons=(f"could not read this message: {why}",))


def match_basis(refs: Sequence[str], index: match.InterviewIndex, threads: Mapping[str, str],
                answered: Iterable[str] = (), written: Iterable[str] = ()) -> str:
    """What matching a message reads besides the message itself, as a short opaque value:
    the interviews its references (In-Reply-To, then References) are tied to, in order, those
    whose user's mail its subject answers (``answered``, see ``match.SentSubjects``), those
    whose user's mail went to its sender (``written``), the interviews and addresses of the index, and the lists watcher matches with
    (``data_version``). The same value, the same answer: a message held for review on its
    whole text is not read again while this stays the same (after an upgrade that changed
    a phrase or platform list, it is)."""
    interviews = [(i.id, i.company, i.role, i.when, i.contacts, i.domains, i.via, i.closed_at)
                  for i in sorted(index.interviews.values(), key=lambda i: i.id)]
    basis: list[object] = [[threads.get(ref) for ref in refs], interviews, sorted(index.me), data_version()]
    if answered := sorted(answered):  # left out when none: the values stored before stay valid
        basis.append(answered)
    if written := sorted(written):  # the same
        basis.append(["written to", *written])
    return hashlib.sha256(json.dumps(basis, default=str).encode()).hexdigest()[:16]


# Data files that decide nothing about a message: reply templates, IMAP provider presets.
_NOT_JUDGING = ("templates", "providers.toml", "__init__.py", "__pycache__")


@lru_cache(maxsize=1)
def data_version() -> str:
    """watcher's version and the bytes of every list in ``watcher/data`` that matching and
    classifying read (phrases, platforms, job boards, free-mail domains, legal forms...),
    as a short opaque value, computed once per process (the files are read afresh only by a
    new process, as an upgrade makes)."""
    from watcher import __version__

    digest = hashlib.sha256(__version__.encode())
    pending = [("", resources.files("watcher") / "data")]
    files = {}
    while pending:
        prefix, folder = pending.pop()
        for item in folder.iterdir():
            if item.name in _NOT_JUDGING:
                continue
            if item.is_dir():
                pending.append((f"{prefix}{item.name}/", item))
            else:
                files[f"{prefix}{item.name}"] = item
    for name in sorted(files):
        digest.update(f"{name}\0".encode() + files[name].read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _refs(mail: Mail) -> tuple[str, ...]:
    """In-Reply-To, then References: the Message-IDs a message refers to."""
    return (*mail.in_reply_to, *mail.references)


def _by_folder(items: Sequence[_Waiting]) -> dict[tuple[str, str], list[_Waiting]]:
    groups: dict[tuple[str, str], list[_Waiting]] = {}
    for item in items:
        groups.setdefault((item.folder, item.role), []).append(item)
    return groups


def _worth_logging(message: StoredMessage, interviews: Sequence[Interview]) -> bool:
    """An invitation to an interview not logged yet: a new company's, or a later round's."""
    invitation = message.invitation
    if not invitation or message.mail.direction != "received":
        return False
    company = (invitation.get("company") or "").casefold()
    when = datetime.fromisoformat(invitation["when"]) if invitation.get("when") else None
    if message.match.interview is None:
        return company not in {i.company.casefold() for i in interviews}
    # Tied to an interview, about a later one: a new round is a new interview to log.
    tied = next((i for i in interviews if i.id == message.match.interview), None)
    same_company = [i for i in interviews if tied is not None and i.company == tied.company]
    if tied is not None and when is None and invitation.get("times_offered"):
        # Times still to choose: a round of that company logged after the invitation is it.
        sent = message.mail.date
        return sent > tied.when + ROUND_GAP and not any(i.when > sent for i in same_company)
    if when is None:
        return False
    return tied is not None and when > tied.when + ROUND_GAP and all(
        abs(i.when - when) > ROUND_GAP for i in same_company
    )


def _role(interview: Interview) -> str:
    return f"{interview.role} " if interview.role else ""


def channels_from_config(config: Config, *, sending: bool = True) -> list[Channel]:
    """The notice channels the config enables and that can work here, in a fixed order;
    ``sending=False`` for a caller that only decides (an unusable one is then logged at info).
    Each channel's module is imported only when the config enables it (smtplib and the
    e-mail writer for the e-mail channel)."""
    channels: list[Channel] = []
    if config.notify.desktop.enabled:
        from watcher.notify.desktop import DesktopChannel

        channels.append(DesktopChannel())
    email = config.notify.email
    if email is not None:
        from watcher.notify.smtp import SmtpChannel

        channels.append(SmtpChannel(email, lambda: _smtp_password(email)))
    if config.drafts.imap_folder:
        from watcher.notify.imap_drafts import ImapDraftsChannel

        account = drafts_account(config)
        channels.append(ImapDraftsChannel(account, config.drafts.imap_folder, config.me[0],
                                          lambda: _account_password(account), sender_name=config.me_name))
    return usable_channels(channels, sending=sending)


def drafts_account(config: Config) -> ImapAccount:
    """The IMAP account whose ``[drafts] imap_folder`` drafts are filed in: ``[drafts] account``,
    else the first IMAP account. Raise StopIteration when there is none (the config check refuses
    an ``imap_folder`` without one)."""
    imap = [a for a in config.accounts if a.type == "imap"]
    wanted = config.drafts.account
    return next(a for a in imap if a.name == wanted) if wanted else imap[0]


def _smtp_password(email) -> str | None:
    if not email.username:
        return None
    return secret_for(email)


def _account_password(account) -> str:
    return secret_for(account)


def _describe(exc: BaseException) -> str:
    """A one-line, secret-free cause for a log line or a report."""
    message = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _sender(mail: Mail) -> str:
    """The sender of a received message, "" for the user's own."""
    return mail.from_addr if mail.direction == "received" else ""
