"""``watcher todo`` (the to-do list) and ``watcher done`` (mark its step done)."""

from __future__ import annotations

from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from watcher import actions
from watcher.actions import ActionError
from watcher.model import ACTIONS
from watcher.not_read import in_store
from watcher.pipeline import Pipeline
from watcher.report import dump_json, interview_json
from watcher.todo import STEP_WORDS, render_todo, todo_console, todo_rows


def run_todo(pipeline: Pipeline, out: TextIO, tz: ZoneInfo, now: datetime, *, as_json: bool,
             include_all: bool) -> int:
    """Print the to-do list (``--json``: ``{"now", "interviews": [...], "not_read": [...]}``,
    interviews in list order; ``not_read``: the accounts and folders whose last sync failed,
    whose news is unknown)."""
    states = pipeline.decide(now)
    not_read = in_store(pipeline.store.folder_statuses(), pipeline.config.accounts,
                        pipeline.store.connection_losses())
    if as_json:
        rows = todo_rows(states, now, include_all=include_all)
        dump_json({"now": now.isoformat(),
                   "interviews": [{**interview_json(r.state), "due": r.due_now} for r in rows],
                   "not_read": [item.json() for item in not_read]}, out)
    else:
        console = todo_console(out)
        for item in not_read:
            console.print(item.line(tz), style="bold", markup=False)
        render_todo(states, out, tz, now, include_all=include_all, not_read=not_read)
    return 0


def run_done(pipeline: Pipeline, interview_id: str, step: str | None, at: datetime, out: TextIO,
             tz: ZoneInfo) -> int:
    """Mark the interview's current step (or ``step``) done at ``at``; say what is next."""
    interview = actions.require_interview(pipeline.store, interview_id)
    [state] = [s for s in pipeline.decide(at) if s.interview.id == interview.id]
    current = state.decision.to_do
    step = _resolve(step, current.action if current else None, interview.id)
    actions.mark_done(pipeline.store, interview.id, step, at)
    print(f"done: {STEP_WORDS.get(step, step)} for {interview.id} "
          f"({at.astimezone(tz):%a %d %b %H:%M})", file=out)
    [after] = [s for s in pipeline.decide(max(at, datetime.now(at.tzinfo))) if s.interview.id == interview.id]
    nxt = after.decision.to_do
    if nxt is not None:
        print(f"next: {STEP_WORDS.get(nxt.action, nxt.action)} on {nxt.due.astimezone(tz):%a %d %b %H:%M}", file=out)
    return 0


def _resolve(step: str | None, current: str | None, interview_id: str) -> str:
    """The policy step meant: as given, "follow_up" for the pending follow-up, or the current one."""
    if step is None:
        if current is None:
            raise ActionError(f"nothing is to do for {interview_id}: name the step you did "
                              f"(e.g. `watcher done {interview_id} thank_you`)")
        return current
    if step == "follow_up":
        return current if current in ("follow_up_1", "follow_up_2") else "follow_up_1"
    if step not in ACTIONS:
        raise ActionError(f"no step {step!r} (steps: {', '.join(ACTIONS)}, or follow_up)")
    return step
