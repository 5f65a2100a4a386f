"""`watcher forget`, `watcher export` and `watcher restore`: the user's data, theirs to
take away or to have erased (watcher/privacy.py does the work)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo


def add_parsers(sub: Any) -> None:
    """Add the forget, export and restore subcommands to ``sub`` (argparse subparsers)."""
    forget_p = sub.add_parser(
        "forget", help="delete interviews and everything drawn from their mail, for good",
        description="Delete the interviews and every message, decision, event and notice drawn from "
                    "their mail, then rewrite the database so nothing of them stays on the disk. Says what "
                    "it will delete and asks first on a terminal; --yes does it without asking.")
    forget_p.add_argument("ids", nargs="*", metavar="INTERVIEW", help="interview ids (`watcher interview list`), or their beginnings")
    forget_p.add_argument("--before", metavar="DATE",
                          help="every interview closed or dropped before DATE (YYYY-MM-DD or a date-time)")
    forget_p.add_argument("--yes", action="store_true",
                          help="do not ask (needed when standard input is not a terminal)")
    export_p = sub.add_parser("export", help="write everything watcher keeps as one JSON document",
                              description="Write every interview, message record, decision, event and "
                                          "notice watcher keeps to FILE (created 0600).")
    export_p.add_argument("file", type=Path, metavar="FILE")
    restore_p = sub.add_parser("restore", help="put back what `watcher export` wrote (rows already kept stay)",
                               description="Read a `watcher export` file back into the database; rows "
                                           "already in it are kept as they are.")
    restore_p.add_argument("file", type=Path, metavar="FILE")


def cmd_forget(args: Any, config: Any, out: TextIO) -> int:
    """Forget the named interviews, or those closed or dropped before ``--before``."""
    from watcher.cli import UsageError, parse_until
    from watcher.pipeline import Pipeline, channels_from_config
    from watcher.commands.asking import confirmed, read_back_warning
    from watcher.privacy import closed_or_dropped_before, forget, to_forget  # loaded by this command only

    if bool(args.ids) == (args.before is not None):
        raise UsageError("name the interviews to forget, or give --before DATE (not both)")
    now = datetime.now(UTC)
    from watcher.store import Store

    with Store.open(config.database) as store:
        if args.before is not None:
            before = parse_until(args.before, now, ZoneInfo(config.policy.timezone), "--before")
            decide = Pipeline(config, store, channels=channels_from_config(config, sending=False)).decide
            ids = closed_or_dropped_before(decide, store.interviews(), before, now)
        else:
            from watcher.actions import require_interview

            ids = list(dict.fromkeys(require_interview(store, typed).id for typed in args.ids))
        plan = to_forget(store, ids)
        if not plan.interviews:
            print("nothing to forget", file=out)
            return 0
        what = _what(plan)
        # Said before anything is deleted, so that the user can take it out of the file first.
        comes_back = read_back_warning(plan.interviews, store, config.interviews_file)
        if comes_back:
            print(f"watcher: {comes_back}", file=sys.stderr)
        if not args.yes and not confirmed(
                f"Forget {what} for good? It cannot be undone (`watcher export FILE` first keeps a copy).",
                not_asked=f"forget would delete {what} for good: add --yes to confirm "
                          "(standard input is not a terminal, so watcher cannot ask)"):
            print("nothing forgotten", file=out)
            return 0
        done = forget(store, plan.interviews)
    print(f"forgot {_what(done)}", file=out)
    return 0


def _what(found: Any) -> str:
    """A ``privacy.Forgotten`` in words: "2 interview(s): a, b (5 message(s), 1 event(s), 2 notice(s))"."""
    rows = found.rows
    return (f"{len(found.interviews)} interview(s): {', '.join(found.interviews)} "
            f"({rows.get('messages', 0)} message(s), {rows.get('events', 0)} event(s), "
            f"{rows.get('notices', 0)} notice(s))")


def cmd_export(args: Any, config: Any, out: TextIO) -> int:
    """Write the export document to ``args.file`` (its folder must exist)."""
    from watcher.commands.destination import destination
    from watcher.privacy import write_export  # loaded by this command only
    from watcher.store import Store

    with Store.open(config.database) as store, destination(args.file, "the export"):
        count = write_export(store, args.file, datetime.now(UTC))
    print(f"wrote {count} interview(s) and everything watcher keeps about them to {args.file}", file=out)
    return 0


def cmd_export_ics(args: Any, config: Any, out: TextIO) -> int:
    """Write the upcoming follow-up dates to ``args.path`` as iCalendar (its folder must exist)."""
    from watcher.cli import _now, _pipeline
    from watcher.commands.destination import destination
    from watcher.notify.ics import export_ics
    from watcher.store import Store

    now = _now(args, config)
    with Store.open(config.database) as store:
        states = _pipeline(config, store).decide(now)
    # The step to do next, announced or not: a follow-up reminded once and moved later
    # (news promised for a later day) is still upcoming.
    steps = [(s.interview, s.decision.to_do) for s in states if s.decision.to_do]
    with destination(args.path, "the calendar"):
        count = export_ics(steps, args.path, now=now)
    print(f"wrote {count} follow-up date(s) to {args.path}", file=out)
    return 0


def cmd_restore(args: Any, config: Any, out: TextIO) -> int:
    """Read an export back into the database."""
    from watcher.privacy import read_export, restore_document  # loaded by this command only

    document = read_export(args.file)
    from watcher.store import Store

    with Store.open(config.database) as store:
        added = restore_document(store, document)
    print(f"restored {added.get('interviews', 0)} interview(s), {added.get('messages', 0)} message(s), "
          f"{sum(added.values())} row(s) in all, from {args.file}", file=out)
    return 0
