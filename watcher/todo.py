"""The to-do list: one row per interview, what to do next, most urgent first.

Shown by ``watcher todo``, at the end of ``watcher scan`` and in ``watcher status``.
Nothing here decides anything: the rows come from the policy's decisions
(``InterviewState``). Times are shown in the user's zone; identifiers (ids, kinds,
actions) stay as they are in JSON and the words below are for people only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from watcher.model import Step
from watcher.wording import kind_words

if TYPE_CHECKING:  # rich and the pipeline load only when a list is drawn
    from rich.console import Console
    from rich.table import Table

    from watcher.model import MessageRecord
    from watcher.not_read import NotRead
    from watcher.pipeline import InterviewState

STEP_WORDS = {
    "thank_you": "send a thank-you note",
    "follow_up_1": "follow up",
    "follow_up_2": "follow up once more",
    "move_on": "move on",
    "ask_feedback": "ask for feedback",
    "reply": "answer them",
    "offer_deadline": "decide on the offer",
}
DAY = "%a %d %b"
MOMENT = "%a %d %b %H:%M"


@dataclass(frozen=True)
class TodoRow:
    """One interview on the list, with the facts the table and the JSON show."""

    state: InterviewState
    step: Step | None  # what to do next (announced or not), None when nothing is
    due_now: bool  # its time has come
    snoozed_until: datetime | None  # set while a snooze is on
    shown: bool  # open: on the list without --all


def todo_rows(states: Sequence[InterviewState], now: datetime, *, include_all: bool = False) -> list[TodoRow]:
    """The list in order: due-now rows first, then by due time; rows without a step last.

    Closed, moved-on and snoozed interviews are left out unless ``include_all``.
    """
    rows = []
    for state in states:
        interview, decision = state.interview, state.decision
        snoozed = interview.snoozed_until if interview.snoozed_until and interview.snoozed_until > now else None
        step = decision.to_do
        open_ = decision.status in ("awaiting", "heard_back") and snoozed is None and interview.closed_at is None
        if not open_ and not include_all:
            continue
        due_now = open_ and step is not None and step.due <= now
        rows.append(TodoRow(state, step, due_now, snoozed, open_))
    far = datetime.max.replace(tzinfo=now.tzinfo)
    return sorted(rows, key=lambda r: (not r.shown, not r.due_now, r.step.due if r.step else far, r.state.interview.id))


def step_words(step: Step, tz: ZoneInfo) -> str:
    """"follow up — reminded Mon 30 Nov" for an announced step, else just the step."""
    words = STEP_WORDS.get(step.action, step.action)
    if step.announced_at is not None:
        words += f" — {reminded_words(step, tz)}"
    return words


def due_words(step: Step, now: datetime, tz: ZoneInfo) -> str:
    """When ``step`` is to do, in the user's zone ``tz``: "due Wed 25 Nov 09:00" ahead of
    ``now``, "due since Tue 24 Nov 09:00" once it fell due (whatever the hour: only its
    notice waits for working hours). The board and `interview show` say it so."""
    moment = f"{step.due.astimezone(tz):{MOMENT}}"
    return f"due since {moment}" if step.due <= now else f"due {moment}"


def reminded_words(step: Step, tz: ZoneInfo) -> str:
    """"reminded Mon 30 Nov" for a step a notice announced, else ""."""
    return f"reminded {step.announced_at.astimezone(tz):{DAY}}" if step.announced_at is not None else ""


def _what(row: TodoRow, tz: ZoneInfo) -> str:
    decision = row.state.decision
    if row.state.interview.closed_at is not None or decision.status == "closed":
        return "closed"
    if row.snoozed_until is not None:
        return f"snoozed until {row.snoozed_until.astimezone(tz):{MOMENT}}"
    if decision.status == "dropped":
        return "moved on"
    if row.step is None:
        return "nothing to do"
    return step_words(row.step, tz)


def _when(row: TodoRow, tz: ZoneInfo) -> str:
    if row.due_now:
        return "DUE NOW"
    if row.step is None or not row.shown:
        return "-"
    return f"{row.step.due.astimezone(tz):{MOMENT}}"


def _heard(row: TodoRow, tz: ZoneInfo) -> str:
    state = row.state
    parts = []
    heard = state.last_heard
    if heard is not None:  # by mail, or by phone or elsewhere and logged by hand
        parts.append(f"{heard.at.astimezone(tz):{DAY}}: {'logged: ' if heard.logged else ''}{kind_words(heard.kind)}")
    unread = unread_since_heard(state)
    if unread is not None:
        parts.append(f"{unread.date.astimezone(tz):{DAY}}: {kind_words('unknown')}")
    not_looked = not_looked_for_words(state)
    if not_looked:
        parts.append(not_looked)
    return "\n".join(parts) or "nothing yet"


def not_looked_for_words(state: InterviewState) -> str:
    """"mail not looked for yet: no scan since it was logged" for an interview whose mail no
    scan has read (``InterviewState.not_looked_for``), "...since it changed" for one whose
    contacts, domains, company or date changed since a scan tied mail to it; else "". Its
    news is unknown, not none: every place that says what was heard says this instead of
    "nothing yet"."""
    if not state.not_looked_for:
        return ""
    since = "it changed" if state.messages else "it was logged"
    return f"mail not looked for yet: no scan since {since}"


def unread_since_heard(state: InterviewState) -> MessageRecord | None:
    """The latest message received after the last real news (or with none) that could not be
    read: it may be that news, so every place that says what was heard names it too."""
    heard = state.last_heard
    unread = [m for m in state.messages if m.direction == "received" and m.kind == "unknown"
              and (heard is None or m.date > heard.at)]
    return unread[-1] if unread else None


class _Trimmed:
    """A text stream that drops the spaces a table pads its lines with."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(_TRAILING.sub("\n", text))

    def flush(self) -> None:
        self.out.flush()

    def isatty(self) -> bool:
        return self.out.isatty()


_TRAILING = re.compile(r"[ \t]+\n")


def todo_console(out: TextIO, default_width: int | None = None) -> Console:
    """A console as wide as the terminal (or ``COLUMNS``, else ``default_width``, else 80
    columns), lines unpadded."""
    width = None
    if not out.isatty():
        width = int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else default_width
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:  # rich's own exits 1; every command ends alike instead
            self.quiet = True
            raise BrokenPipeError  # watcher.cli.main ends quietly (`watcher status | head`)

    return PipeConsole(file=_Trimmed(out), width=width, highlight=False, soft_wrap=False, emoji=False)


def table_widths(console: Console, table: Table) -> tuple[int, int]:
    """The table's (narrowest, widest) width in columns on ``console``: narrower than the
    first, rich cuts words (an id, an address) in the middle; from the second on, no cell wraps."""
    from rich.measure import Measurement

    unbounded = console.options.update_width(1 << 16)  # measured against the console's width, a table fits it
    measured = Measurement.get(console, unbounded, table)
    return measured.minimum, measured.maximum


def print_records(console: Console, records: Sequence[Sequence[str]]) -> None:
    """Print each record as a block, for a terminal too narrow for a table: its first line
    (the id, to copy into the next command) flush left, the rest indented, a blank line
    between. Long lines are left to the terminal to wrap: no word is cut by watcher."""
    for n, (first, *rest) in enumerate(records):
        if n:
            console.print("")
        console.print(first, soft_wrap=True, markup=False)
        for line in rest:
            console.print(f"  {line}", soft_wrap=True, markup=False)


def todo_table(rows: Sequence[TodoRow], tz: ZoneInfo, width: int = 80) -> Table:
    """The compact table for ``width`` columns: ids whole; the company is shortened and
    the other columns wrap before an id is ever cut."""
    from rich import box
    from rich.table import Table

    table = Table(title="To do", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  collapse_padding=True)
    id_width = max((len(r.state.interview.id) for r in rows), default=2)
    rest = max(width - id_width - 4 * 3, 24)  # four gaps of three characters between five columns
    table.add_column("id", no_wrap=True, min_width=id_width, overflow="ignore")
    table.add_column("company", no_wrap=True, overflow="ellipsis", max_width=max(8, rest // 3))
    table.add_column("to do", overflow="fold", min_width=6)
    table.add_column("when", overflow="fold", min_width=6, max_width=max(7, rest // 5))
    table.add_column("last heard", overflow="fold", min_width=6)
    for row in rows:
        interview = row.state.interview
        style = "bold" if row.due_now else None
        table.add_row(interview.id, interview.company, _what(row, tz), _when(row, tz), _heard(row, tz), style=style)
    return table


def _todo_record(row: TodoRow, tz: ZoneInfo) -> list[str]:
    interview = row.state.interview
    when = _when(row, tz)
    return [interview.id + (f" · {when}" if when != "-" else ""), f"{interview.company}: {_what(row, tz)}",
            "last heard: " + _heard(row, tz).replace("\n", "; ")]


def render_todo(states: Sequence[InterviewState], out: TextIO, tz: ZoneInfo, now: datetime,
                *, include_all: bool = False, not_read: Sequence[NotRead] = ()) -> None:
    """Print the to-do list (or a line saying there is nothing on it).

    ``not_read``: mail that could not be read (``watcher.not_read``); the list then says
    it may miss what came there, and "nothing to do" is said of the mail read only."""
    from watcher.not_read import accounts_words

    console = todo_console(out)
    rows = todo_rows(states, now, include_all=include_all)
    unknown = f"news from {accounts_words(not_read)} is unknown (not read)" if not_read else ""
    if not rows:
        hidden = len(states)
        nothing = f"Nothing to do in the mail that could be read; {unknown}." if unknown else "Nothing to do."
        console.print(nothing + (f" ({hidden} closed, moved on or snoozed: `watcher todo --all`)"
                                 if hidden else " Log an interview with `watcher interview add`."), markup=False)
        return
    table = todo_table(rows, tz, console.width)
    if table_widths(console, table)[0] <= console.width:
        console.print(table)
    else:  # so narrow that words would be cut: one block per interview
        console.print("To do", markup=False)
        print_records(console, [_todo_record(row, tz) for row in rows])
    due = sum(r.due_now for r in rows)
    hidden = len(states) - len(rows)
    notes = []
    if due:
        notes.append(f"{due} due now")
    if hidden:
        notes.append(f"{hidden} closed, moved on or snoozed not shown (--all)")
    if unknown:
        notes.append(f"this list may miss replies: {unknown}")
    if notes:
        console.print("; ".join(notes), markup=False)


def step_json(step: Step | None) -> dict | None:
    """``{"action", "due", "notice_at", "announced_at"}`` (ISO 8601): ``due`` when the step
    is to do from, ``notice_at`` when its notice is raised (later than ``due`` for a step
    that fell due outside working hours: the next working window), ``announced_at`` null
    until announced."""
    if step is None:
        return None
    return {
        "action": step.action,
        "due": step.due.isoformat(),
        "notice_at": step.notice_at.isoformat(),
        "announced_at": step.announced_at.isoformat() if step.announced_at else None,
    }
