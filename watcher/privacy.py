"""The user's data: forget interviews for good, export everything, restore an export.

- ``forget``: an interview and everything drawn from its mail leave the database, and the
  file is rewritten so that nothing of theirs stays on the disk (``Store.compact``).
- ``closed_or_dropped_before``: the interviews whose story had ended before a moment, by
  the policy's own verdict (``closed``, or ``dropped`` after the move-on step), both at that
  moment and now (an interview reopened or answered since is kept).
- ``forget_expired``: ``[database] keep_days`` applied on every scan and daemon pass.
- ``export_document`` / ``restore_document``: one JSON document with every row watcher
  keeps, and its way back in.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import structlog

from watcher.store import MIGRATIONS, Store, StoreError

log = structlog.get_logger(__name__)

EXPORT_FORMAT = "watcher-export"
EXPORT_VERSION = 1
ENDED = ("closed", "dropped")
# The keys of an [[interview]] table in the interviews file, as exported (the same names).
_IMPORT_KEYS = ("id", "company", "role", "when", "contacts", "domains", "via", "feedback_by", "notes", "policy")


@dataclass(frozen=True)
class Forgotten:
    """What ``forget`` removed: the interview ids and the rows deleted per table."""

    interviews: tuple[str, ...]
    rows: Mapping[str, int] = field(default_factory=dict)


def forget(store: Store, interview_ids: Iterable[str]) -> Forgotten:
    """Delete ``interview_ids`` with their messages, decisions, events and notices, then
    rewrite the database file so the deleted bytes are gone. Unknown ids are ignored.
    Raise ``StoreError`` when the file cannot be written (a full disk: VACUUM needs room
    for a copy)."""
    known = {i.id for i in store.interviews()}
    ids = tuple(sorted(set(interview_ids) & known))
    if not ids:
        return Forgotten(())
    rows = store.forget_interviews(ids)
    store.compact()
    log.info("interviews_forgotten", count=len(ids), rows=sum(rows.values()))
    return Forgotten(ids, rows)


def to_forget(store: Store, interview_ids: Iterable[str]) -> Forgotten:
    """What ``forget`` would delete (the known ids among ``interview_ids`` and the rows per
    table), deleting nothing: to show before asking."""
    known = {i.id for i in store.interviews()}
    ids = tuple(sorted(set(interview_ids) & known))
    return Forgotten(ids, store.forget_interviews(ids, count_only=True) if ids else {})


def closed_or_dropped_before(decide: Any, interviews: Sequence[Any], cutoff: datetime, now: datetime) -> list[str]:
    """The ids of ``interviews`` closed or dropped at ``cutoff`` and still so at ``now``.

    ``decide`` is ``Pipeline.decide`` (UTC-aware moment -> states with ``.interview`` and
    ``.decision.status``). Only interviews held before ``cutoff`` can qualify, so the
    policy is not run at all when none is that old.
    """
    if not any(i.when < cutoff for i in interviews):
        return []
    then = {s.interview.id for s in decide(cutoff) if s.decision.status in ENDED}
    if not then:
        return []
    still = {s.interview.id for s in decide(now) if s.decision.status in ENDED}
    return sorted(then & still)


def forget_expired(store: Store, decide: Any, keep_days: int, now: datetime) -> Forgotten:
    """``[database] keep_days``: forget every interview closed or dropped more than
    ``keep_days`` days before ``now`` (UTC). ``keep_days`` 0 keeps everything."""
    if keep_days <= 0:
        return Forgotten(())
    cutoff = now - timedelta(days=keep_days)
    return forget(store, closed_or_dropped_before(decide, store.interviews(), cutoff, now))


def forget_expired_logged(store: Store, decide: Any, keep_days: int, now: datetime) -> None:
    """``forget_expired`` for a scan or daemon pass: a database that cannot be rewritten
    now (a full disk) is logged and tried again on the next pass, never fatal to it."""
    try:
        forget_expired(store, decide, keep_days, now)
    except StoreError as exc:
        log.warning("keep_days_not_applied", error=str(exc))


def export_document(store: Store, now: datetime) -> dict[str, Any]:
    """Everything watcher keeps, as one JSON-ready document::

        {"format": "watcher-export", "version": 1, "exported_at": ISO8601 UTC,
         "schema": N, "database": PATH,
         "interview": [{id, company, role, when, contacts, domains, via, feedback_by,
                        notes, policy}],         (the interviews file's [[interview]] keys)
         "tables": {TABLE: [{COLUMN: VALUE}]}}   (every row of every table, as stored)

    ``watcher interview import FILE`` reads ``interview`` back; ``watcher restore FILE``
    reads ``tables`` back.
    """
    interviews = []
    for i in store.interviews():
        row = {
            "id": i.id, "company": i.company, "role": i.role, "when": i.when.isoformat(),
            "contacts": list(i.contacts), "domains": list(i.domains), "via": i.via,
            "feedback_by": i.feedback_by.isoformat() if i.feedback_by else None,
            "notes": i.notes, "policy": dict(i.policy) or None,
        }
        interviews.append({k: v for k, v in row.items() if k in _IMPORT_KEYS and v is not None})
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": now.astimezone(UTC).isoformat(),
        "schema": store.schema_version,
        "database": str(store.path),
        "interview": interviews,
        "tables": store.dump_tables(),
    }


def write_export(store: Store, path: Path, now: datetime) -> int:
    """Write ``export_document`` to ``path`` (created 0600: it holds who you talk to).
    Return the number of interviews written. Raise ``OSError`` when it cannot be written."""
    document = export_document(store, now)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return len(document["interview"])


def read_export(path: Path) -> dict[str, Any]:
    """The export document at ``path``. Raise ``StoreError`` naming the file when it is
    not a watcher export, or one from a newer watcher."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"cannot read {path} as a watcher export: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise StoreError(f"{path} is not a watcher export (made by `watcher export FILE`)")
    if int(document.get("schema", 0)) > len(MIGRATIONS) or int(document.get("version", 0)) > EXPORT_VERSION:
        raise StoreError(f"{path} was exported by a newer watcher: upgrade watcher to restore it")
    return document


def restore_document(store: Store, document: Mapping[str, Any]) -> dict[str, int]:
    """Put every row of an export back; rows already in the database are kept as they
    are. Return the number of rows added per table.

    The export's ``backfills`` rows (this interview's mail was read in this account) are
    left out: the database's own cursors may have passed mail that was read while the
    interview was not in it (a scan between losing the database and restoring it), so the
    next scan reads the accounts' mail again for the restored interviews, once; messages
    already kept are not kept or announced twice."""
    tables = document.get("tables")
    if not isinstance(tables, Mapping):
        raise StoreError("the export has no tables to restore")
    return store.load_tables({name: rows for name, rows in tables.items() if name != "backfills"})
