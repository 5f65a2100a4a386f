"""``watcher run``: the pipeline kept running, woken by push, polls and timers.

Threads, and why each is safe:
  - the main thread owns the database: every sync, decision and notice happens here;
  - one IdleWatcher thread per IMAP account with IDLE only reports "news" into a queue;
    news lends its connection (out of IDLE, the thread waiting) to the main thread, which
    reads the new mail on it and gives it back: the IMAP socket is used by one thread at
    a time;
  - APScheduler's threads only put ticks ("poll", "evaluate") into the same queue;
  - signal handlers only put a request ("stop", "reload") into it too.
So SQLite is never touched from two threads, and a handler never interrupts a transaction.

Timers (APScheduler 3, in memory): a full poll every ``daemon.poll_interval``; a poll of
each account without push every ``poll_interval`` of that account; the policy every
``daemon.policy_interval`` and at the next moment a step falls due. Missed runs (a laptop
that slept) are coalesced into one, however late.

The interviews file: read at the start and at each reload, and again whenever the main
loop (which wakes at least every MAX_WAIT seconds) finds it changed on the disk, so an
interview added by editing the file is watched without a restart.

systemd: READY=1 after the first sync, STATUS= lines for ``systemctl --user status``,
WATCHDOG=1 from the main loop (a hung loop stops the pings), RELOADING=1 on SIGHUP,
STOPPING=1 on the way out.
"""

from __future__ import annotations

import functools
import logging
import os
import queue
import signal
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any, Literal
from zoneinfo import ZoneInfo

import structlog
from apscheduler.schedulers.background import BackgroundScheduler

from watcher.auth.refusals import login_refusal_notice, sign_in_notices
from watcher.config import Config, ConfigError, ImapAccount, load_config
from watcher.idle import AUTH_RETRY, AccountNews, IdleWatcher, LentSession, connect_source, watchers_for
from watcher.notify import reaching
from watcher.notify.actions_listener import NoticeButtons, start_for
from watcher.pipeline import InterviewState, Pipeline, ScanResult, channels_from_config
from watcher.sdnotify import Notifier
from watcher.sources import Source, SourceError
from watcher.sources.imap.errors import AuthenticationFailed
from watcher.store import Store, StoreError
from watcher.todo import STEP_WORDS
from watcher.sync import AccountReport

log = structlog.get_logger(__name__)

EXIT_OK, EXIT_CONFIG = 0, 2
# The main loop wakes at least this often: to notice a wall clock that jumped (the machine
# slept) and to send watchdog pings.
MAX_WAIT = 30.0
# The boot-time or wall clock ahead of the monotonic clock by more than this since the last
# look, or the main loop away this much longer than it ever waits: the machine slept.
SLEEP_JUMP = 60.0
STOP_JOIN_SECONDS = 3.0
# Announce a step a moment after its due time, so "due <= now" holds when the timer fires.
DUE_MARGIN = timedelta(seconds=1)
# Syncs that wait while an account's login is refused (see Daemon.auth_blocked); a reload
# or a push connection's news tries it at once.
ROUTINE_SYNCS = ("poll", "interviews file changed")
INTERVIEWS_FIX_HINT = "fix it and save it: the service reads it again as soon as it changes"


@dataclass(frozen=True)
class FileSignature:
    """What tells that a file changed on the disk: its inode, size and modification time
    (nanoseconds); ``None`` fields for a file that is missing."""

    inode: int | None
    size: int | None
    mtime_ns: int | None

    @classmethod
    def of(cls, path: Path) -> FileSignature:
        """The signature of ``path`` now; a missing or unreadable file has one too (all None)."""
        try:
            found = path.expanduser().stat()
        except OSError:
            return cls(None, None, None)
        return cls(found.st_ino, found.st_size, found.st_mtime_ns)


@dataclass(frozen=True)
class Tick:
    """A timer fired: poll one account (or all, when account is None), or run the policy."""

    kind: Literal["poll", "evaluate"]
    account: str | None = None


@dataclass(frozen=True)
class Request:
    """A signal arrived: stop (SIGTERM, SIGINT) or reload the config (SIGHUP)."""

    kind: Literal["stop", "reload"]


DaemonEvent = AccountNews | Tick | Request


@dataclass
class Work:
    """What a batch of events asks for, once duplicates are merged."""

    stop: bool = False
    reload: bool = False
    sync: list[str] = field(default_factory=list)  # account names, in arrival order
    why: dict[str, str] = field(default_factory=dict)  # account -> the first trigger
    evaluate: bool = False
    interviews_changed: bool = False  # the interviews file changed on the disk: read it again
    polled_instead: list[str] = field(default_factory=list)  # push unavailable: poll these
    auth_failed: dict[str, str] = field(default_factory=dict)  # account -> cause
    connected: set[str] = field(default_factory=set)
    lost: dict[str, AccountNews] = field(default_factory=dict)  # account -> its latest "lost" news
    lent: dict[str, LentSession] = field(default_factory=dict)  # account -> its IDLE connection

    def want_sync(self, account: str, why: str) -> None:
        if account not in self.why:
            self.sync.append(account)
            self.why[account] = why

    def give_back_unused(self) -> None:
        """Give back the lent connections no sync used (a stop, an account removed)."""
        while self.lent:
            _, lent = self.lent.popitem()
            lent.give_back()


def plan(events: Iterable[DaemonEvent], accounts: Sequence[str]) -> Work:
    """Merge a burst of events into one piece of work: each account synced once at most."""
    work = Work()
    for event in events:
        if isinstance(event, Request):
            work.stop = work.stop or event.kind == "stop"
            work.reload = work.reload or event.kind == "reload"
        elif isinstance(event, Tick):
            _plan_tick(work, event, accounts)
        else:
            _plan_news(work, event)
    return work


def _plan_tick(work: Work, tick: Tick, accounts: Sequence[str]) -> None:
    if tick.kind == "evaluate":
        work.evaluate = True
        return
    for name in accounts if tick.account is None else [tick.account]:
        work.want_sync(name, "poll")


def _plan_news(work: Work, news: AccountNews) -> None:
    if news.reason in ("news", "connected"):
        work.want_sync(news.account, "idle news" if news.reason == "news" else "idle connected")
    if news.lent is not None:
        work.lent[news.account] = news.lent
    if news.reason == "connected":
        work.connected.add(news.account)
        work.lost.pop(news.account, None)
    elif news.reason == "lost":
        work.lost[news.account] = news
    elif news.reason == "no_idle":
        work.polled_instead.append(news.account)
        work.want_sync(news.account, "poll")
    elif news.reason == "auth_failed":
        work.auth_failed[news.account] = news.detail


def next_due(states: Iterable[InterviewState], now: datetime) -> datetime | None:
    """The earliest future moment a step's notice is raised (its ``notice_at``), or None.

    A step that fell due outside working hours is noticed at the next working window.
    """
    moments = [
        s.decision.next_step.notice_at
        for s in states
        if s.decision.next_step and s.decision.next_step.notice_at > now
    ]
    return min(moments, default=None)


def is_auth_error(report: AccountReport) -> bool:
    """True when the account's sync failed because its login was refused or no password
    could be had (the IMAP edge's AuthenticationFailed): not worth a retry soon."""
    return isinstance(report.failure, AuthenticationFailed)


def _boot_offset() -> float:
    """Seconds the machine spent suspended since boot, as far as Linux's clocks tell
    (CLOCK_BOOTTIME counts suspend, CLOCK_MONOTONIC does not); 0 elsewhere."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:
        return 0.0
    return time.clock_gettime(boottime) - time.monotonic()


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Daemon:
    """The long-running service; ``run()`` returns the exit code."""

    def __init__(
        self, config_path: Path, *, notify: bool, notifier: Notifier, watchdog_every: float | None
    ) -> None:
        self.config_path = config_path
        self.notify = notify
        self.notifier = notifier
        self.watchdog_every = watchdog_every
        self.events: queue.SimpleQueue[DaemonEvent] = queue.SimpleQueue()  # put() is safe in signal handlers
        self.config: Config | None = None
        self.store: Store | None = None
        self.pipeline: Pipeline | None = None
        self.scheduler: BackgroundScheduler | None = None
        self.watchers: dict[str, IdleWatcher] = {}
        # One IMAP session per account kept open for syncs by poll, on start and after a
        # reconnect: a NOOP, not a login and a fresh look at a large inbox. Push news is
        # read on the IDLE connection itself (see watcher/idle.py, LentSession).
        self.sessions: dict[str, Source] = {}
        self.polled: set[str] = set()  # IMAP accounts without push
        self.auth_blocked: dict[str, datetime] = {}  # account -> no poll before this moment
        self.auth_noticed: set[str] = set()  # accounts whose failure was announced (once per episode)
        self.failing: set[str] = set()  # accounts whose last sync failed
        self.lost_since: dict[str, datetime] = {}  # account -> its push connection lost since
        self.last_sync: datetime | None = None
        self.next_step: tuple[datetime, str] | None = None  # (notice_at, "Company: step in words")
        self.interviews_seen: FileSignature | None = None  # the interviews file as last read
        self.interviews_told: frozenset[str] = frozenset()  # its problems as last read, each logged once
        self.to_do_now = 0  # interviews whose step to do (announced or not) is due, as `watcher todo` counts
        self.buttons: NoticeButtons | None = None  # clicks on desktop notices
        self._stopping = False
        self._next_ping = 0.0
        self._clock_offset = time.time() - time.monotonic()
        self._suspended = _boot_offset()
        self._last_look = time.monotonic()

    # -- lifecycle ---------------------------------------------------------------------

    def run(self) -> int:
        try:
            config = load_config(self.config_path)
        except ConfigError as exc:
            _log_config_errors(exc, self.config_path)
            return EXIT_CONFIG
        self._install_signal_handlers()
        try:
            self._start(config)
            self._loop()
        finally:
            self._shutdown()
        log.info("daemon stopped")
        return EXIT_OK

    def _start(self, config: Config) -> None:
        self._use_config(config, Store.open(config.database))
        assert self.pipeline is not None
        log.info(
            "daemon starting",
            accounts=len(config.accounts),
            notify=self.notify,
            push=sorted(self.watchers),
            database=str(config.database),
        )
        self.notifier.status("first sync")
        self._import_interviews()
        self._sync([(a.name, "start") for a in config.accounts])
        # The scheduler exists before the first evaluation, so that it sets the timer of the
        # next due step (jobs added before start() wait for it); else that step waited for
        # the first periodic evaluation, up to policy_interval late.
        self.scheduler = self._new_scheduler()
        self._evaluate()
        self._schedule(config)
        self.scheduler.start()
        self.notifier.ready(self._status_line())
        log.info("daemon ready", status=self._status_line())
        _warm_up_classifier()


    def _use_config(self, config: Config, store: Store) -> None:
        """Make ``config`` the running one: pipeline, channels, push watchers."""
        self.config, self.store = config, store
        channels = channels_from_config(config) if self.notify else []
        if self.notify and not reaching(channels):  # a service that would tell nobody says so
            log.warning("no notice channel", what_to_do=(
                "replies found are told to nobody: set [notify.desktop] enabled = true (with the session "
                "bus passed to the service) or add [notify.email], then reload"))
        self.pipeline = Pipeline(config, store, channels=channels, progress=self._feed_watchdog)
        self._listen_for_clicks(channels, config)
        self._start_watchers(config)

    def _listen_for_clicks(self, channels: Sequence[Any], config: Config) -> None:
        """Buttons on desktop notices, answered on a bus connection of our own (notify/actions_listener.py)."""
        if self.buttons is not None:
            self.buttons.stop()
        self.buttons = start_for(channels, config.database)

    def _shutdown(self) -> None:
        self.notifier.stopping("stopping")
        if self.buttons is not None:
            self.buttons.stop()
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self._stop_watchers(list(self.watchers))
        for name in list(self.sessions):
            self._drop_session(name)
        if self.store is not None:
            self._losses_at_stop(self.store)
            self.store.close()
            self.store = None
        self.notifier.close()

    def _install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self._on_stop_signal)
        signal.signal(signal.SIGINT, self._on_stop_signal)
        signal.signal(signal.SIGHUP, self._on_reload_signal)

    def _on_stop_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self._stopping:
            # Asked twice: leave now. Open transactions roll back; SQLite stays consistent.
            raise SystemExit(1)
        self._stopping = True
        self.events.put(Request("stop"))

    def _on_reload_signal(self, _signum: int, _frame: FrameType | None) -> None:
        self.events.put(Request("reload"))

    # -- the main loop -----------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            self._keep_alive()
            try:
                events = [self.events.get(timeout=self._wait_seconds())]
            except queue.Empty:
                events = []
            work = plan([*events, *self._drain()], self._account_names())
            work.interviews_changed = not work.reload and self._interviews_file_changed()
            if not events and not work.interviews_changed:
                continue
            try:
                if work.stop:
                    log.info("stop requested")
                    return
                self._do(work)
            finally:
                work.give_back_unused()

    def _drain(self) -> list[DaemonEvent]:
        events = []
        while True:
            try:
                events.append(self.events.get_nowait())
            except queue.Empty:
                return events

    def _wait_seconds(self) -> float:
        if self.watchdog_every is None:
            return MAX_WAIT
        return max(0.0, min(MAX_WAIT, self._next_ping - time.monotonic()))

    def _feed_watchdog(self) -> float:
        """Ping the watchdog when due (also between the batches of a long sync); monotonic now."""
        now = time.monotonic()
        if self.watchdog_every is not None and now >= self._next_ping:
            self.notifier.watchdog()
            self._next_ping = now + self.watchdog_every
        return now

    def _keep_alive(self) -> None:
        """Watchdog ping when due, and a check for a machine that slept: the wall clock or
        the boot-time clock jumped against the monotonic clock, or the loop was away far
        longer than it ever waits (a frozen VM, a stopped process)."""
        now = self._feed_watchdog()
        offset, suspended = time.time() - now, _boot_offset()
        slept = max(offset - self._clock_offset, suspended - self._suspended, now - self._last_look - MAX_WAIT)
        self._clock_offset, self._suspended, self._last_look = offset, suspended, now
        if slept > SLEEP_JUMP:
            self._woke_up(slept)

    def _woke_up(self, slept: float) -> None:
        # Timers wait on the monotonic clock, which stood still: tell the scheduler to look now,
        # and make new connections, as the old ones most likely died while we slept.
        # Every account syncs at once on a new session, not after a NOOP on a dead socket.
        log.info("woke from sleep", slept_seconds=int(slept))
        if self.scheduler is not None:
            self.scheduler.wakeup()
        for name in list(self.sessions):
            self._drop_session(name)
        for watcher in self.watchers.values():
            watcher.reconnect()
        self.events.put(Tick("poll"))

    def _do(self, work: Work) -> None:
        try:
            if work.reload:
                self._reload()
            self._handle(work)
        except (StoreError, OSError) as exc:  # e.g. a full disk: say so, keep serving
            log.error("work failed", error=f"{type(exc).__name__}: {str(exc)[:200]}")
        except Exception as exc:  # noqa: BLE001 - one bad pass must not end the service; the next may work
            # The type only: a message raised deep in the pipeline could quote mail.
            log.error("work failed by a fault in watcher", error_type=type(exc).__name__)
            log.debug("work fault", exc_info=True)

    def _handle(self, work: Work) -> None:
        if work.interviews_changed:
            self._interviews_file_edited(work)
        for name in work.polled_instead:
            self._poll_instead(name)
        for name in work.connected:
            self._account_ok(name)
            self._connection_back(name)
        for name, news in work.lost.items():
            self._connection_lost(name, news)
        for name, cause in work.auth_failed.items():
            self._account_refused(name, cause)
        triggers = [(n, work.why[n]) for n in work.sync if self._may_sync(n, work.why[n])]
        synced = self._sync(triggers, work.lent)
        # Time alone moves the policy on the timers; here only new mail can change its mind.
        if work.evaluate or any(folder.new for report in synced for folder in report.folders):
            self._evaluate()
        self.notifier.status(self._status_line())

    # -- sync and policy -------------------------------------------------------------

    def _may_sync(self, name: str, why: str) -> bool:
        if name not in self._account_names():
            return False  # removed by a reload while its news was on the way
        blocked_until = self.auth_blocked.get(name)
        return blocked_until is None or why not in ROUTINE_SYNCS or _utcnow() >= blocked_until

    def _sync(
        self, triggers: Sequence[tuple[str, str]], lent: dict[str, LentSession] | None = None
    ) -> list[AccountReport]:
        """Sync (account, trigger) one by one, so the watchdog is fed and a stop is heard between
        them; an account in ``lent`` is read on its IDLE connection, which is then given back."""
        assert self.pipeline is not None
        reports = []
        for name, why in triggers:
            if self._stopping:
                break
            log.info("poll" if why == "poll" else "sync", account=name, trigger=why)
            borrowed = lent.pop(name, None) if lent is not None else None
            reports.extend(self._sync_account(name, _utcnow(), borrowed))
            self._keep_alive()
        for report in reports:
            self._after_sync(report)
        if reports:
            self.last_sync = _utcnow()
        return reports

    def _sync_account(self, name: str, now: datetime, lent: LentSession | None = None) -> list[AccountReport]:
        """Sync one account on the IDLE connection that heard the news (``lent``), else on
        its kept session, or on a new one when there is none or it died."""
        assert self.pipeline is not None
        if lent is not None:
            reports = self._sync_on_lent(name, now, lent)
            if reports is not None:
                return reports
        source = self._kept_session(name)
        if source is not None:
            reports = self.pipeline.sync(now, accounts=[name], source=source)
            if all(r.ok for r in reports):
                return reports
            self._drop_session(name)  # it may only have gone stale: once more on a new one
        reports = self.pipeline.sync(now, accounts=[name])
        if all(r.ok for r in reports):
            self._open_session(name)  # for the next wake-up, off the path of this one
        return reports

    def _sync_on_lent(self, name: str, now: datetime, lent: LentSession) -> list[AccountReport] | None:
        """Sync on the lent IDLE connection and give it back with the folder's cursor (mail
        beyond it is news again); None when the sync failed there (given back as broken)."""
        assert self.pipeline is not None and self.store is not None
        ok, synced_through = False, None
        try:
            reports = self.pipeline.sync(now, accounts=[name], source=lent.source)
            ok = bool(reports) and all(r.ok for r in reports)
            state = self.store.folder_state(name, lent.folder) if ok else None
            synced_through = state.last_uid if state is not None else None
        finally:
            lent.give_back(broken=not ok, synced_through=synced_through)
        return reports if ok else None

    def _kept_session(self, name: str) -> Source | None:
        source = self.sessions.get(name)
        if source is None:
            return None
        try:
            source.refresh()
        except SourceError as exc:
            log.info("kept session gone", account=name, error_type=type(exc).__name__, error=exc.message)
            self._drop_session(name)
            return None
        return source

    def _open_session(self, name: str) -> None:
        assert self.config is not None and self.pipeline is not None
        account = self.config.account(name)
        if account.type != "imap":
            return  # a local mailbox is read afresh each time anyway
        try:
            self.sessions[name] = connect_source(account, functools.partial(self.pipeline.password_for, account))
        except SourceError as exc:
            log.info("no kept session", account=name, error_type=type(exc).__name__, error=exc.message)

    def _drop_session(self, name: str) -> None:
        source = self.sessions.pop(name, None)
        if source is not None:
            source.close()

    def _after_sync(self, report: AccountReport) -> None:
        if report.ok:
            self._account_ok(report.account)
            self.failing.discard(report.account)
            self.lost_since.pop(report.account, None)  # the sync forgot the store's record too
            return
        self.failing.add(report.account)
        if is_auth_error(report):
            self._account_refused(report.account, report.error or "")

    def _evaluate(self) -> None:
        assert self.pipeline is not None
        now = _utcnow()
        result = self.pipeline.evaluate(now, notify=self.notify)
        _log_notices(result)
        self._plan_next_due(result, now)

    def _plan_next_due(self, result: ScanResult, now: datetime) -> None:
        due = next_due(result.interviews, now)
        self.next_step = None
        self.to_do_now = sum(1 for s in result.interviews if s.decision.to_do and s.decision.to_do.due <= now)
        if due is not None:
            state = next(
                s for s in result.interviews if s.decision.next_step and s.decision.next_step.notice_at == due
            )
            assert state.decision.next_step is not None
            action = state.decision.next_step.action
            self.next_step = (due, f"{state.interview.company}: {STEP_WORDS.get(action, action)}")
        if self.scheduler is None:
            return
        if due is None:
            if self.scheduler.get_job("policy-due"):
                self.scheduler.remove_job("policy-due")
            return
        self.scheduler.add_job(
            self._tick,
            "date",
            run_date=due + DUE_MARGIN,
            args=[Tick("evaluate")],
            id="policy-due",
            replace_existing=True,
        )
        log.debug("policy timer set", due=due.isoformat())

    # -- accounts: push, polling, failures ----------------------------------------------

    def _account_names(self) -> list[str]:
        return [a.name for a in self.config.accounts] if self.config else []

    def _start_watchers(self, config: Config) -> None:
        assert self.pipeline is not None
        self.polled = {a.name for a in config.accounts if a.type == "imap" and not a.idle}
        for account in watchers_for(config.accounts):
            if account.name in self.watchers:
                continue
            watcher = IdleWatcher(
                account,
                functools.partial(self.pipeline.password_for, account),
                self.events.put,
                refresh=config.daemon.idle_refresh,
                lend=True,
            )
            watcher.start()
            self.watchers[account.name] = watcher

    def _stop_watchers(self, names: Sequence[str]) -> None:
        stopping = [self.watchers.pop(name) for name in names if name in self.watchers]
        for watcher in stopping:
            watcher.stop()
        deadline = time.monotonic() + STOP_JOIN_SECONDS
        for watcher in stopping:
            if not watcher.join(max(0.1, deadline - time.monotonic())):
                log.warning("idle thread still busy at stop", account=watcher.name)

    def _poll_instead(self, name: str) -> None:
        """The server has no IDLE: poll the account at its own interval."""
        self.polled.add(name)
        watcher = self.watchers.pop(name, None)
        if watcher is not None:
            watcher.join(1.0)  # it has ended on its own; this frees its wake-up socket
        if self.scheduler is not None and self.config is not None:
            self._schedule_account_poll(self.config.account(name))

    def _account_ok(self, name: str) -> None:
        self.auth_blocked.pop(name, None)
        if name in self.auth_noticed:
            log.info("account works again", account=name)
            self.auth_noticed.discard(name)

    def _connection_lost(self, name: str, news: AccountNews) -> None:
        """Push lost its connection (or a reconnect failed): kept in the store, so that
        `watcher status`, the to-do list and the board say the account's news is unknown
        since then, between syncs."""
        if self.store is None or name not in self._account_names():
            return
        self.lost_since.setdefault(name, news.at or _utcnow())
        self.store.record_connection_loss(name, news.at or _utcnow(), news.detail or "connection lost", news.attempts,
                                          pid=os.getpid())

    @staticmethod
    def _losses_at_stop(store: Store) -> None:
        """Once the service stops nobody retries: a push connection still lost becomes the
        account's sync error, its news unknown since the loss ("NOT SYNCED since ...")."""
        try:
            for loss in store.connection_losses():
                store.record_folder_error(loss.account, "*", f"{loss.error} (then the service stopped)", loss.since)
                store.clear_connection_loss(loss.account)
        except StoreError as exc:  # on the way out: say so, stop all the same
            log.error("connection losses not kept as sync errors", error=str(exc)[:200])

    def _connection_back(self, name: str) -> None:
        self.lost_since.pop(name, None)
        if self.store is not None:
            self.store.clear_connection_loss(name)

    def _account_refused(self, name: str, cause: str) -> None:
        """A refused login: no polls for a while, one log line and one notice per episode."""
        now = _utcnow()
        self._connection_back(name)  # the server answered: the refusal says what is wrong
        self.auth_blocked[name] = now + timedelta(seconds=AUTH_RETRY)
        self.failing.add(name)
        if self.store is not None:
            self.store.record_folder_error(name, "*", cause or "login refused", now)
        if name in self.auth_noticed:
            return
        self.auth_noticed.add(name)
        log.error("account login refused: retrying every 30 minutes", account=name, error=cause)
        refused = sign_in_notices([self.config.account(name)]) if self.config is not None else []
        if not refused:
            self._announce_account_error(name, cause)
        elif self.pipeline is not None:  # once per refusal, in the notice record `watcher scan` shares
            self.pipeline.notify(refused, now)

    def _announce_account_error(self, name: str, cause: str) -> None:
        """Once per refusal, in the store's record that `watcher scan` shares: a restart
        or a scan does not announce the same refusal again."""
        if self.pipeline is None or self.store is None:
            return
        now = _utcnow()
        account = self.config.account(name) if self.config is not None else None
        self.pipeline.notify([login_refusal_notice(self.store, name, cause, now, account)], now)

    # -- timers ------------------------------------------------------------------------

    @staticmethod
    def _new_scheduler() -> BackgroundScheduler:
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        return BackgroundScheduler(
            timezone=UTC,
            # One run for any number missed, however late: a laptop that slept catches up
            # once on waking, neither a burst nor never.
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
        )

    def _tick(self, tick: Tick) -> None:
        self.events.put(tick)

    def _schedule(self, config: Config) -> None:
        assert self.scheduler is not None
        for job in self.scheduler.get_jobs():
            if job.id != "policy-due":
                job.remove()
        self.scheduler.add_job(
            self._tick, "interval", seconds=config.daemon.poll_interval, args=[Tick("poll")], id="poll-all"
        )
        self.scheduler.add_job(
            self._tick,
            "interval",
            seconds=config.daemon.policy_interval,
            args=[Tick("evaluate")],
            id="policy",
        )
        for name in sorted(self.polled):
            self._schedule_account_poll(config.account(name))

    def _schedule_account_poll(self, account: Any) -> None:
        assert self.scheduler is not None
        if not isinstance(account, ImapAccount):
            return  # local mailboxes are read by the full poll
        self.scheduler.add_job(
            self._tick,
            "interval",
            seconds=account.poll_interval,
            args=[Tick("poll", account.name)],
            id=f"poll-{account.name}",
            replace_existing=True,
        )

    # -- reload ------------------------------------------------------------------------

    def _reload(self) -> None:
        self.notifier.reloading()
        log.info("reloading config", file=str(self.config_path))
        try:
            config = load_config(self.config_path)
        except ConfigError as exc:
            _log_config_errors(exc, self.config_path)
            log.error("config not reloaded: still running on the previous one")
            self.notifier.ready(self._status_line("config reload failed, running on the previous one"))
            return
        changed = self._apply(config)
        self._import_interviews()
        self._sync([(name, "config reloaded") for name in changed])
        self._evaluate()
        self.notifier.ready(self._status_line())
        log.info("config reloaded", accounts=len(config.accounts), changed=changed)

    def _apply(self, config: Config) -> list[str]:
        """Switch to the new config; return the accounts that are new or changed."""
        old = self.config
        assert old is not None and self.store is not None
        previous = {a.name: a for a in old.accounts}
        changed = [a.name for a in config.accounts if previous.get(a.name) != a]
        gone = [name for name in previous if name not in {a.name for a in config.accounts}]
        store = self.store
        if config.database != old.database:
            store = Store.open(config.database)  # before anything changes: a failure keeps the old setup
            self.store.close()
        restart = list(self.watchers) if config.daemon != old.daemon else [*gone, *changed]
        self._stop_watchers([n for n in restart if n in self.watchers])
        for name in [*gone, *changed]:
            self._drop_session(name)
        for name in gone:
            self.auth_blocked.pop(name, None)
            self.auth_noticed.discard(name)
            self._connection_back(name)
        self._use_config(config, store)
        if self.scheduler is not None:
            self._schedule(config)
        return changed

    def _import_interviews(self) -> None:
        """Read the interviews file and store its good rows. Each problem is logged once per
        version of the file (it is read again only when it changes); the interviews read
        before stay in the store until the file is fixed (a bad row leaves its earlier
        version standing, a file that cannot be read leaves them all)."""
        assert self.pipeline is not None and self.config is not None
        path = self.config.interviews_file
        # Taken before reading: a save during the read is seen as a change at the next look.
        self.interviews_seen = FileSignature.of(Path(path)) if path is not None else None
        read = self.pipeline.import_interviews(INTERVIEWS_FIX_HINT)
        if read is None:
            return
        told, self.interviews_told = self.interviews_told, frozenset(read.lines)
        if read.unread and read.unread not in told:
            log.error("interviews file not read", file=str(read.path), error=read.unread)
        for error in read.errors:
            if error not in told:
                log.warning("interview row skipped", file=str(read.path), error=error)
        if told and not read.lines:
            log.info("interviews file read without problems", file=str(read.path), interviews=read.imported)

    def _interviews_file_changed(self) -> bool:
        """Whether the config's interviews file changed on the disk since it was last read."""
        path = self.config.interviews_file if self.config is not None else None
        if path is None or self.pipeline is None:
            return False
        return FileSignature.of(Path(path)) != self.interviews_seen

    def _interviews_file_edited(self, work: Work) -> None:
        """Take in the edited interviews file: store its rows, then sync every account (an
        interview new to the store has its earlier mail read again, see Pipeline._backfill)
        and run the policy (its steps may have changed)."""
        assert self.config is not None
        log.info("interviews file changed", file=str(self.config.interviews_file))
        self._import_interviews()
        for name in self._account_names():
            work.want_sync(name, "interviews file changed")
        work.evaluate = True

    # -- status ------------------------------------------------------------------------

    def _status_line(self, prefix: str | None = None) -> str:
        config = self.config
        if config is None:
            return prefix or ""
        zone = ZoneInfo(config.policy.timezone)
        parts = [prefix] if prefix else []
        push = len(self.watchers)
        count = len(config.accounts)
        parts.append(f"{count} account{'' if count == 1 else 's'} ({push} push, {count - push} polled)")
        if self.auth_blocked:
            parts.append("login refused: " + ", ".join(sorted(self.auth_blocked)))
        if self.interviews_told:
            trouble = len(self.interviews_told)
            parts.append(f"interviews file: {trouble} problem{'' if trouble == 1 else 's'}, see the log")
        if self.lost_since:
            parts.append("server unreachable, retrying: " + ", ".join(
                f"{name} since {since.astimezone(zone):%H:%M}" for name, since in sorted(self.lost_since.items())))
        if self.last_sync:
            parts.append(f"last sync {self.last_sync.astimezone(zone):%H:%M:%S}")
        if self.to_do_now:  # announced already, waiting for the user: not "nothing due"
            parts.append(f"{self.to_do_now} step{'' if self.to_do_now == 1 else 's'} to do now (watcher todo)")
        if self.next_step:
            due, what = self.next_step
            parts.append(f"next notice {due.astimezone(zone):%a %d %b %H:%M} ({what})")
        elif not self.to_do_now:
            parts.append("nothing due")
        return "; ".join(parts)


def _warm_up_classifier() -> None:
    """Compile the classifier's phrases now (half a second), not when the first new
    message is waiting for its notice; a scan compiles them only when mail is new."""
    from watcher import classify

    started = time.monotonic()
    classify.load_phrases()
    log.debug("classifier ready", seconds=round(time.monotonic() - started, 3))


def _log_config_errors(exc: ConfigError, path: Path) -> None:
    for line in exc.errors:
        log.error("config error", file=str(path), error=line)


def _log_notices(result: ScanResult) -> None:
    for outcome in result.notices:
        log.info(
            "notice",
            interview=outcome.interview,
            action=outcome.action,
            channel=outcome.channel,
            sent=outcome.sent,
            error=outcome.error,
        )


def run_daemon(config_path: Path, notify: bool = True) -> int:
    """Run until SIGTERM or SIGINT; SIGHUP reloads the config. Returns the exit code."""
    notifier, watchdog_every = Notifier.from_environment()
    daemon = Daemon(Path(config_path), notify=notify, notifier=notifier, watchdog_every=watchdog_every)
    return daemon.run()
