"""``watcher review``: decide, one by one, about messages held for review."""

from __future__ import annotations

import sys
from typing import TextIO
from zoneinfo import ZoneInfo

from watcher import actions
from watcher.report import dump_json, message_json
from watcher.store import Store, StoredMessage


def run_review(store: Store, out: TextIO, tz: ZoneInfo, *, as_json: bool, ask=input) -> int:
    """List the held messages; on a terminal ask about each and confirm every decision.

    End of input (Ctrl-D) stops asking and keeps what was decided so far; an answer
    that is not understood is asked again. Return the exit code (0). Raise
    ``watcher.actions.ActionError`` (exit 2), saying what to run instead, when messages
    are held and standard input is not a terminal to ask on.
    """
    pending = [m for m in store.stored_messages() if m.match.review]
    if as_json:
        dump_json([message_json(m) for m in pending], out)
        return 0
    if not pending:
        print("nothing held for review", file=out)
        return 0
    if not sys.stdin.isatty():
        raise actions.ActionError(
            f"{len(pending)} message(s) held for review, and standard input is not a terminal, so watcher "
            "cannot ask: run `watcher review` in a terminal, or decide each with `watcher message assign "
            "MESSAGE_ID INTERVIEW|none` (`watcher review --json` lists them with their candidates)")
    for done, message in enumerate(pending):
        try:
            answer = _ask(message, store, out, tz, ask)
        except (EOFError, KeyboardInterrupt):
            print(f"\nstopped: {len(pending) - done} message(s) still held for review", file=out)
            return 0
        _apply(store, message, answer, out)
    return 0


def _described(store: Store, interview_id: str, tz: ZoneInfo) -> str:
    """" (Globex, interview Mon 02 Nov)": what the user knows the interview by, beside its id."""
    interview = store.interview(interview_id)
    if interview is None:
        return ""
    return f" ({interview.company}, interview {interview.when.astimezone(tz):%a %d %b})"


def _ask(message: StoredMessage, store: Store, out: TextIO, tz: ZoneInfo, ask) -> str | None:
    """The candidate chosen, "" for dismiss, None for skip."""
    mail = message.mail
    print(f"\n{mail.date.astimezone(tz):%a %d %b %H:%M}  {mail.from_addr}\n  {mail.subject}", file=out)
    for n, candidate in enumerate(message.match.candidates, start=1):
        print(f"  [{n}] {candidate}{_described(store, candidate, tz)}", file=out)
    out.flush()
    count = len(message.match.candidates)
    while True:
        answer = ask("  number to assign, d to dismiss, Enter to skip: ").strip().lower()
        if answer == "":
            return None
        if answer == "d":
            return ""
        if answer.isdigit() and 1 <= int(answer) <= count:
            return message.match.candidates[int(answer) - 1]
        print(f"  not understood: {answer!r}; type 1 to {count}, d, or just Enter", file=out)
        out.flush()


def _apply(store: Store, message: StoredMessage, answer: str | None, out: TextIO) -> None:
    message_id = message.mail.message_id
    if answer is None:
        print("  skipped: still held for review", file=out)
    elif answer == "":
        actions.assign_message(store, message_id, None, None)
        print("  dismissed: it belongs to none of your interviews", file=out)
    else:
        actions.assign_message(store, message_id, answer, None)
        print(f"  tied to {answer}", file=out)
    out.flush()
