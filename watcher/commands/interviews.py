"""``watcher interview show | delete | log | edit``: look at one interview, and undo mistakes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from watcher import report
from watcher.actions import ActionError
from watcher.commands.asking import confirmed, read_back_warning
from watcher.commands.draft import StepDraft, draft_json, print_draft, step_draft
from watcher.model import Event, Interview
from watcher.pipeline import Pipeline
from watcher.store import Store
from watcher.todo import STEP_WORDS
from watcher.wording import KIND_WORDS

EVENT_WORDS = {"sent": "you sent", "heard": "you heard", "snooze": "snoozed", "close": "closed",
               "reopen": "reopened"}


def numbered_events(store: Store, interview_id: str) -> list[tuple[int, int, Event]]:
    """(number shown to the user, row id, event), numbered from 1, oldest first."""
    return [(n, row, event) for n, (row, event) in enumerate(store.numbered_events(interview_id), start=1)]


def event_words(event: Event, tz: ZoneInfo) -> str:
    detail = event.detail
    if event.kind == "snooze":
        detail = f"until {datetime.fromisoformat(detail).astimezone(tz):%a %d %b %H:%M}" if detail else "ended"
    elif event.kind in ("sent", "heard"):
        detail = KIND_WORDS.get(detail, detail)
    text = f"{event.at.astimezone(tz):%a %d %b %Y %H:%M}  {EVENT_WORDS.get(event.kind, event.kind)}"
    return f"{text}: {detail}" if detail else text


def run_show(pipeline: Pipeline, interview: Interview, now: datetime, out: TextIO, tz: ZoneInfo,
             *, as_json: bool) -> int:
    """The interview, its messages, its next step with the draft, and its logged events numbered."""
    store = pipeline.store
    state = next(s for s in pipeline.decide(now) if s.interview.id == interview.id) if interview.when <= now else None
    messages = [m for m in store.stored_messages() if m.match.interview == interview.id]
    events = numbered_events(store, interview.id)
    draft = _draft_or_none(pipeline, interview.id, now) if state else None
    if as_json:
        data: dict[str, Any] = report.interview_record_json(interview)
        data["decision"] = report.interview_json(state) if state else None
        data["messages"] = [report.message_json(m) for m in messages]
        data["events"] = [{"n": n, "kind": e.kind, "at": e.at.isoformat(), "detail": e.detail} for n, _, e in events]
        data["draft"] = draft_json(draft) if draft else None
        report.dump_json(data, out)
        return 0
    if state:
        report.render_interview_detail(state, messages, out, tz, now)
    else:
        print(f"{interview.company}: the interview is on {interview.when.astimezone(tz):%a %d %b %H:%M}; "
              "nothing to do before then.", file=out)
        report.render_facts(interview, None, out)  # what was logged, to check before the day
        if messages:  # the invitation it was logged from, the mail arranging it
            report.render_messages(messages, out, tz)
    if events:
        print("\nLogged by you (`watcher interview log ID --undo N` removes one):", file=out)
        for n, _, event in events:
            print(f"  {n}. {event_words(event, tz)}", file=out)
    if draft:
        what = STEP_WORDS.get(draft.action, draft.action)
        # --save needs a drafts folder: without one, the hint would lead to an error.
        how = (f"`watcher draft {interview.id} --save` files it" if pipeline.config.drafts.imap_folder
               else f"`watcher draft {interview.id}` prints it; with [drafts] imap_folder set, --save files it")
        print(f"\nDraft to {what} ({how}):", file=out)
        print_draft(draft, out)
    return 0


def _draft_or_none(pipeline: Pipeline, interview_id: str, now: datetime) -> StepDraft | None:
    try:
        return step_draft(pipeline, interview_id, None, now)
    except ActionError:  # the step has no draft (move on, an offer's deadline)
        return None


def log_event(store: Store, event: Event, out: TextIO, tz: ZoneInfo) -> int:
    """Store a logged event and say it in the words `interview show` numbers it with."""
    store.add_event(event)
    print(f"logged for {event.interview}: {event_words(event, tz)}", file=out)
    return 0


def undo_event(store: Store, interview: Interview, number: int, out: TextIO, tz: ZoneInfo) -> int:
    """Remove the logged event numbered ``number`` in ``interview show``."""
    events = numbered_events(store, interview.id)
    found = next(((row, e) for n, row, e in events if n == number), None)
    if found is None:
        raise ActionError(f"{interview.id} has no logged event {number} "
                          f"({'1 to ' + str(len(events)) if events else 'none logged'}; see `watcher interview show`)")
    row, event = found
    store.delete_event(row)
    if event.kind == "snooze" and interview.snoozed_until is not None:
        # The interview keeps its own copy of the latest snooze: it follows the events left.
        left = [e for _, _, e in numbered_events(store, interview.id) if e.kind == "snooze"]
        until = datetime.fromisoformat(left[-1].detail) if left and left[-1].detail else None
        store.set_snoozed_until(interview.id, until)
    if event.kind in ("close", "reopen"):
        store.set_closed(interview.id, _closed_by(store, interview.id))
    print(f"removed from {interview.id}: {event_words(event, tz)}", file=out)
    return 0


def _closed_by(store: Store, interview_id: str) -> tuple[datetime, str | None] | None:
    """The close that is still in force after the events left, if any."""
    state: tuple[datetime, str | None] | None = None
    for _, event in store.numbered_events(interview_id):
        if event.kind == "close":
            state = (event.at, event.detail or None)
        elif event.kind == "reopen":
            state = None
    return state


def run_delete(store: Store, interview: Interview, out: TextIO, *, yes: bool,
               ask: Callable[[str], str] = input, interviews_file: Path | None = None) -> int:
    """Delete the interview after asking (or at once with ``yes``); its mail is kept, untied.
    One that came from the config's ``interviews_file`` is said to come back from it, first."""
    comes_back = read_back_warning([interview.id], store, interviews_file)
    if comes_back:
        print(f"watcher: {comes_back}", file=sys.stderr)
    if not yes and not confirmed(f"Delete {interview.id} ({interview.company}) and everything logged for it?",
                                 not_asked=f"deleting {interview.id} cannot be undone: add --yes to confirm",
                                 ask=ask):
        print("not deleted", file=out)
        return 0
    store.delete_interview(interview.id)
    print(f"deleted {interview.id}", file=out)
    return 0


def edited_list(current: Sequence[str], replace_with: Sequence[str] | None, add: Sequence[str],
                remove: Sequence[str], what: str, normalize: Callable[[str], str]) -> tuple[tuple[str, ...], list[str]]:
    """The new list of contacts or domains, and lines saying what changed.

    ``replace_with`` replaces the list (saying what was dropped); ``add`` and ``remove``
    change it. Raise ActionError when an address to remove is not there.
    """
    notes: list[str] = []
    values = list(current)
    if replace_with is not None:
        new = [normalize(v) for v in replace_with]
        dropped = [v for v in values if v not in new]
        if dropped:
            notes.append(f"{what}: replaced; dropped {', '.join(dropped)} "
                         f"(use --add-{what[:-1]} to keep the others)")
        values = new
    for value in map(normalize, add):
        if value not in values:
            values.append(value)
    for value in map(normalize, remove):
        if value not in values:
            raise ActionError(f"{value} is not among the {what} ({', '.join(values) or 'none'})")
        values.remove(value)
    return tuple(dict.fromkeys(values)), notes
