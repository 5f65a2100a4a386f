"""Sync with nothing new, timed in-process on an open connection, as the daemon runs it.

The process start, the imports and the login are what a one-off scan pays every time;
the daemon pays them once. What it pays on every IDLE wake-up or poll is a sync on an
open connection, and that is what is timed here, with the IMAP commands it sends
counted (each tagged command is one round trip).
"""

from __future__ import annotations

import imaplib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from watcher import log as watcher_log
from watcher.config import load_config
from watcher.pipeline import Pipeline
from watcher.sources import open_source
from watcher.store import Store


@dataclass(frozen=True)
class SyncTiming:
    sync_seconds: float  # a sync on an already open connection
    login_seconds: float  # connecting, logging in and the first sync
    round_trips: int  # IMAP commands the timed sync sent
    commands: tuple[str, ...]


@contextmanager
def counted_commands() -> Iterator[list[str]]:
    """Record the name of every IMAP command sent while inside."""
    sent: list[str] = []
    # imaplib's private _command is the one door every command goes through (typeshed omits it).
    imap_class: Any = imaplib.IMAP4
    original = imap_class._command

    def counting(self: imaplib.IMAP4, name: str, *args: object) -> str:
        sent.append(name)
        return original(self, name, *args)

    imap_class._command = counting
    try:
        yield sent
    finally:
        imap_class._command = original


def sync_seconds(config_path: Path, password: str, now: datetime, repeats: int = 5) -> SyncTiming:
    """The median of ``repeats`` syncs with nothing new, after one that logs in."""
    watcher_log.setup(-1)
    config = load_config(config_path)
    account = config.accounts[0]
    with Store.open(config.database) as store:
        pipeline = Pipeline(config, store, password_for=lambda _account: password)
        started = time.perf_counter()
        with open_source(account, lambda: password) as source:
            pipeline.sync(now, source=source)
            login_seconds = time.perf_counter() - started
            timings = []
            for _ in range(repeats):
                with counted_commands() as sent:
                    began = time.perf_counter()
                    pipeline.sync(now, source=source)
                    timings.append(time.perf_counter() - began)
    timings.sort()
    return SyncTiming(timings[len(timings) // 2], login_seconds, len(sent), tuple(sent))
