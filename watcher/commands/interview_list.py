"""``watcher interview list``: the interviews stored, and those the config's interviews file
holds that no scan has stored yet.

The interviews file is read with the scan's own reader (``import_interviews_file``: from
the kept read while the file is unchanged), so the list shows an interview added to the file at
once, marked as not stored yet, and each bad row's error once, as a scan would tell it.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from watcher import report
from watcher.interviews_import import import_interviews_file
from watcher.model import Interview
from watcher.store import Store


def file_interviews(path: Path | None, tz: ZoneInfo) -> tuple[list[Interview], list[str]]:
    """The good interviews of the config's interviews file ``path`` (None: none) and one
    line per problem, read as a scan reads it (``import_interviews_file``, in the configured
    zone ``tz``) but stored nowhere."""
    if path is None:
        return [], []
    read: list[Interview] = []
    found = import_interviews_file(path, read.append, zone=tz,
                                   fix_hint="fix it; the next `watcher scan` reads it again")
    return read, [f"interviews file {line}" if found.unread else line for line in found.lines]


def run_list(store: Store, interviews_file: Path | None, out: TextIO, tz: ZoneInfo, *, as_json: bool) -> int:
    """Print the stored interviews, then the interviews file's rows not stored yet (``--json``:
    one record per interview, ``"stored"`` false for those); each problem of the file goes
    to standard error, once."""
    stored = store.interviews()
    from_file, problems = file_interviews(interviews_file, tz)
    known = {i.id for i in stored}
    pending = [i for i in from_file if i.id not in known]
    if as_json:
        report.dump_json([{**report.interview_record_json(i), "stored": True} for i in stored]
                         + [{**report.interview_record_json(i), "stored": False} for i in pending], out)
    else:
        report.render_interviews(stored, out, tz, datetime.now(UTC), interviews_file, pending=pending)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 0
