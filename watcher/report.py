"""Rendering what a command found: tables for people, JSON for scripts.

Nothing here decides anything; it only shows the pipeline's results.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from watcher.model import HEARD_BACK_KINDS, UNKNOWN_KIND, Decision, Interview, Step
from watcher.not_read import NotRead, accounts_words, in_scan
from watcher.store import FolderStatus, StoredMessage
from watcher.todo import (STEP_WORDS, due_words, print_records, render_todo, step_json,
                          not_looked_for_words, step_words, table_widths, todo_console, unread_since_heard)
from watcher.wording import KIND_WORDS, kind_words, status_words

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console
    from rich.table import Table

    from watcher.pipeline import InterviewState, NoticeOutcome, ScanResult


def _table(*args: Any, **kwargs: Any) -> Table:
    """rich's Table, imported when a table is drawn: JSON output never loads rich."""
    from rich.table import Table as RichTable

    return RichTable(*args, **kwargs)


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


# -- JSON --------------------------------------------------------------------------------


def message_json(m: StoredMessage) -> dict[str, Any]:
    data: dict[str, Any] = {
        "account": m.mail.account,
        "folder": m.mail.folder,
        "message_id": m.mail.message_id,
        "date": _iso(m.mail.date),
        "from": m.mail.from_addr,
        "subject": m.mail.subject,
        "direction": m.mail.direction,
        "interview": m.match.interview,
        "kind": m.kind,
        "confidence": round(m.match.confidence, 3),
        "reasons": list(m.match.reasons) + list(m.kind_reasons),
    }
    if m.match.review:
        data["review"] = True
        data["candidates"] = list(m.match.candidates)
    if m.named_date:
        data["named_date"] = m.named_date.isoformat()
    if m.decided_by == "user":
        data["decided_by"] = "user"
    return data


def interview_json(state: InterviewState) -> dict[str, Any]:
    i, d = state.interview, state.decision
    return {
        "id": i.id,
        "company": i.company,
        "role": i.role,
        "when": _iso(i.when),
        "status": d.status,
        "last_heard": _iso(state.last_heard.at) if state.last_heard else None,
        "last_heard_kind": state.last_heard.kind if state.last_heard else None,
        "last_heard_logged": state.last_heard.logged if state.last_heard else None,
        "outcome": d.outcome,
        "next_step": step_json(d.to_do),
        "due_now": [s.action for s in d.due_now],
        "overdue": [s.action for s in d.overdue],
        "snoozed_until": _iso(i.snoozed_until),
        "promised_by": d.promised_by.isoformat() if d.promised_by else None,
        "not_looked_for": list(state.not_looked_for),
    }


def scan_json(result: ScanResult) -> dict[str, Any]:
    return {
        "now": _iso(result.now),
        "accounts": [
            {"account": a.account, "ok": a.ok, "error": a.error, "notes": list(a.notes),
             "folders": [{"folder": f.folder, "role": f.role, "new": f.new, "error": f.error} for f in a.folders]}
            for a in result.accounts
        ],
        "messages": [message_json(m) for m in result.messages],
        "interviews": [interview_json(s) for s in result.interviews],
        "notices": [
            {"interview": n.interview, "action": n.action, "channel": n.channel, "sent": n.sent}
            for n in result.notices
        ],
        "suggestions": [
            {"message_id": m.mail.message_id, "from": m.mail.from_addr, "date": _iso(m.mail.date), **(m.invitation or {})}
            for m in result.suggestions
        ],
        "import_errors": list(result.import_errors),
        # What could not be read: its news is unknown (empty when every account and folder was read).
        "not_read": [item.json() for item in in_scan(result.accounts, result.configured)],
    }


def dump_json(data: Any, out: TextIO) -> None:
    # One write: json.dump writes each token on its own (14,000 writes for a scan's report).
    out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# -- tables ------------------------------------------------------------------------------


def _console(out: TextIO) -> Console:
    """The console of the wide tables: as wide as the terminal (its lines must not wrap a
    second time), else ``COLUMNS``, else 100 columns."""
    return todo_console(out, default_width=100)


def _local(moment: datetime | None, tz: ZoneInfo, fmt: str = "%a %d %b %H:%M") -> str:
    return moment.astimezone(tz).strftime(fmt) if moment else "-"


ACTION_WORDS = STEP_WORDS


UNREAD_WORDS = KIND_WORDS[UNKNOWN_KIND]


def render_scan(result: ScanResult, out: TextIO, tz: ZoneInfo, *, new: set[str] | None = None,
                not_read_said: bool = False) -> None:
    """Print a scan for a person: what is wrong, what is new, the to-do list, then what
    waits for a decision (review items, unread messages, suggestions), then the notices sent.

    ``new``: the Message-IDs first stored by this scan (None: say nothing about news).
    ``not_read_said``: what could not be read was printed already (``render_scan_summary``).
    """
    console = todo_console(out)
    not_read = in_scan(result.accounts, result.configured)
    for item in () if not_read_said else not_read:
        console.print(item.line(tz), style="bold", markup=False)
    for account in result.accounts:
        for note in account.notes:
            console.print(f"account {account.account}: {note}")
    for error in result.import_errors:
        if error != result.interviews_unread:  # that one goes to standard error (watcher/cli.py)
            console.print(error, markup=False)
    review = [m for m in result.messages if m.match.review]
    if new is not None:
        console.print(news_line(result, new, not_read))
    render_todo(result.interviews, out, tz, result.now, not_read=not_read)
    if review:
        table = _table(title="Held for review (`watcher review` to decide)", title_justify="left",
                      show_edge=False, pad_edge=False)
        table.add_column("date", overflow="fold")
        table.add_column("from", overflow="fold")
        table.add_column("subject", overflow="fold")
        table.add_column("could be", overflow="fold")
        for m in review:
            table.add_row(_local(m.mail.date, tz), m.mail.from_addr, m.mail.subject, ", ".join(m.match.candidates))
        console.print(table)
    for m in result.messages:
        if m.kind == UNKNOWN_KIND:
            console.print(f"{UNREAD_WORDS} ({_local(m.mail.date, tz)}, from {m.mail.from_addr},"
                          f" subject {m.mail.subject!r}, {m.match.interview or 'held for review'})")
    for m in result.suggestions:
        inv = m.invitation or {}
        when = (_local(datetime.fromisoformat(inv["when"]), tz) if inv.get("when")
                else "several times offered: add --when" if inv.get("times_offered") else "no date found")
        console.print(
            f"Looks like an interview invitation from {inv.get('company') or m.mail.from_addr}"
            f" ({when}): log it with `watcher interview add --from-message '{m.mail.message_id}'`"
            f" or `watcher suggestion dismiss '{m.mail.message_id}'`"
        )
    sent = [n for n in result.notices if n.sent]
    failed = [n for n in result.notices if not n.sent and n.error]
    if sent:
        console.print(notices_sent_line(sent))
    for n in failed:
        console.print(f"Notice not sent on {n.channel}: {n.error} (will retry)")


def render_scan_summary(result: ScanResult, out: TextIO, tz: ZoneInfo, *, new: set[str]) -> bool:
    """Print a scan for a log read later (the systemd timer's journal): one line saying
    what is new, what is due and what was sent; then the whole report (``render_scan``)
    only when this scan stored new mail (``new``: the Message-IDs it first stored), sent
    a notice or was the first, so that a quiet quarter of an hour is one line. An account
    or folder that could not be read is said first in every scan, one line each with what
    failed and what to do, as the summary line's "(see above)" says. Returns whether the
    whole report was printed."""
    from watcher.todo import todo_rows

    not_read = in_scan(result.accounts, result.configured)
    rows = todo_rows(result.interviews, result.now)
    due = sum(r.due_now for r in rows)
    parts = [news_line(result, new, not_read),
             f"To do: {due} due now of {_count(len(rows), 'open interview', 'open interviews')}." if rows
             else "Nothing to do."]
    sent = [n for n in result.notices if n.sent]
    failed = [n for n in result.notices if not n.sent and n.error]
    if sent:
        parts.append(notices_sent_line(sent))
    if failed:
        parts.append(f"{_count(len(failed), 'notice', 'notices')} not sent (will retry): "
                     + "; ".join(dict.fromkeys(f"{n.channel}: {n.error}" for n in failed)) + ".")
    problems = [e for e in result.import_errors if e != result.interviews_unread]
    if problems:
        parts.append(f"{_count(len(problems), 'problem', 'problems')} in the interviews file "
                     "(`watcher interview list` names them).")
    for item in not_read:
        out.write(item.line(tz) + "\n")
    out.write(" ".join(parts) + "\n")
    changed = bool(sent or new) or result.first  # a first scan tells its notes (a setting to add) once
    if changed:
        render_scan(result, out, tz, new=None, not_read_said=True)
    return changed


def notices_sent_line(sent: Sequence[NoticeOutcome]) -> str:
    """"Notices sent: 2 updates in one email digest": a run sends one digest per channel
    (README "Notices"), so the updates are counted, and the digests by channel. Drafts filed
    in the IMAP drafts folder tell nobody anything: they are counted apart ("2 drafts filed
    in your drafts folder")."""
    told = [n for n in sent if n.channel != "drafts"]
    filed = len({(n.interview, n.action, n.key) for n in sent if n.channel == "drafts"})
    parts = []
    if told:
        updates = len({(n.interview, n.action, n.key) for n in told})
        channels = sorted({n.channel for n in told})
        digests = (f"one {channels[0]} digest" if len(channels) == 1
                   else "one digest on each of " + ", ".join(channels[:-1]) + " and " + channels[-1])
        parts.append(f"Notices sent: {_count(updates, 'update', 'updates')} in {digests}")
    if filed:
        parts.append(f"{_count(filed, 'draft', 'drafts')} filed in your drafts folder")
    return "; ".join(parts) + "."


def news_line(result: ScanResult, new: set[str], not_read: Sequence[NotRead] = ()) -> str:
    """One line: what this scan found that the last one had not (replies, review items,
    suggestions). Never an all-clear while ``not_read`` names mail that could not be read:
    its news is said to be unknown."""
    received = [m for m in result.messages if m.mail.message_id in new and m.match.interview
                and m.mail.direction == "received"]
    # Mail from the run-up to an interview (its invitation) is tied as context, never a reply.
    held = {s.interview.id: s.interview.when for s in result.interviews}
    after = [m.kind in HEARD_BACK_KINDS and not m.mail.date < held.get(m.match.interview or "", m.mail.date)
             for m in received]
    replies = [m for m, reply in zip(received, after, strict=True) if reply]
    others = [m for m, reply in zip(received, after, strict=True) if not reply]
    # Your own mail tied to an interview: said, so that a thank-you sent is seen to be noticed.
    sent = [m for m in result.messages if m.mail.message_id in new and m.match.interview
            and m.mail.direction == "sent"]
    review = [m for m in result.messages if m.mail.message_id in new and m.match.review]
    suggestions = [m for m in result.suggestions if m.mail.message_id in new]
    unknown = f"news from {accounts_words(not_read)} is unknown: it could not be read (see above)" if not_read else ""
    if not (received or sent or review or suggestions):
        if not not_read:
            if result.first:
                return "First scan: nothing in the mail read concerns a logged interview yet."
            return "Nothing new since the last scan."
        if all(item.folder is None for item in not_read) and {i.account for i in not_read} >= {
                a.account for a in result.accounts}:
            return f"No mail could be read: {unknown}."
        return f"Nothing new in the mail that could be read; {unknown}."
    companies = {s.interview.id: s.interview.company for s in result.interviews}
    parts = []
    if replies:
        said = ", ".join(f"{companies.get(m.match.interview or '', m.match.interview)}: {kind_words(m.kind)}"
                         for m in replies)
        parts.append(f"{_count(len(replies), 'new reply', 'new replies')} ({said})")
    if others:  # each company and what it sent once ("Contoso: holding reply"), in the order found
        kinds = ", ".join(dict.fromkeys(f"{companies.get(m.match.interview or '', m.match.interview)}: "
                                        f"{kind_words(m.kind)}" for m in others))
        parts.append(f"{_count(len(others), 'other message', 'other messages')} ({kinds})")
    if sent:
        yours = ", ".join(f"{companies.get(m.match.interview or '', m.match.interview)}: "
                          f"{kind_words(m.kind) if m.kind in ('thank_you', 'follow_up') else 'a message'}"
                          for m in sent)
        parts.append(f"{_count(len(sent), 'message you sent', 'messages you sent')} ({yours})")
    if review:
        parts.append(_count(len(review), "message to review", "messages to review"))
    if suggestions:
        parts.append(_count(len(suggestions), "invitation to log", "invitations to log"))
    if not_read:
        parts.append(unknown)
    return ("Found in this first scan: " if result.first else "New since the last scan: ") + "; ".join(parts) + "."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _steps_due(decision: Decision, now: datetime) -> list[Step]:
    """The steps whose time has come at ``now``, announced or not, whatever the hour."""
    steps = (*decision.reminded, *decision.overdue)
    seen: set[tuple[str, str]] = set()
    due = []
    for step in steps:
        if step.due <= now and (step.action, step.key) not in seen:
            seen.add((step.action, step.key))
            due.append(step)
    return due


def _interview_table(state: InterviewState, messages: Sequence[StoredMessage], tz: ZoneInfo, now: datetime) -> Table:
    i, d = state.interview, state.decision
    title = f"{i.company}" + (f" — {i.role}" if i.role else "") + f" · interviewed {_local(i.when, tz, '%a %d %b %Y')}"
    table = _table(title=title, title_justify="left", show_header=True)
    table.add_column("status")
    table.add_column("last heard")
    table.add_column("what it was")
    table.add_column("next step")
    table.add_column("due now")
    last = state.last_heard
    step = d.to_do
    next_step = f"{step_words(step, tz)}, {due_words(step, now, tz)}" if step else "-"
    heard_at = [_local(last.at, tz)] if last else []
    heard_what = [kind_words(last.kind) + (" (logged by you)" if last.logged else "")] if last else []
    unread = unread_since_heard(state)  # it may be news: never "-" past it
    if unread is not None:
        heard_at.append(_local(unread.date, tz))
        heard_what.append(kind_words(UNKNOWN_KIND))
    not_looked = not_looked_for_words(state)  # unknown, not "-"
    if not_looked:
        heard_what.append(not_looked)
    table.add_row(
        status_words(d.status, d.outcome),
        "\n".join(heard_at) or "-",
        "\n".join(heard_what) or "-",
        next_step,
        ", ".join(ACTION_WORDS.get(s.action, s.action) for s in _steps_due(d, now)) or "-",
    )
    if step and step.why:
        table.caption = step.why
        table.caption_justify = "left"
    return table


def render_interviews(
    interviews: Sequence[Interview], out: TextIO, tz: ZoneInfo, now: datetime, interviews_file: Path | None = None,
    *, pending: Sequence[Interview] = (),
) -> None:
    """The interviews as a table, then ``pending``: the rows of the config's interviews file
    (``interviews_file``) that no scan has stored yet, marked so; with none at all, what to do."""
    if not interviews and not pending and interviews_file is not None:
        print(f"No interviews logged yet, and none to read in the interviews file {interviews_file}: add one "
              "there (`watcher scan` stores it), or log one with `watcher interview add`.", file=out)
        return
    if not interviews and not pending:
        print("No interviews logged yet. Log one with `watcher interview add`, or name an interviews_file "
              "in the config.", file=out)
        return
    table = _table(show_header=True)
    # Ids are never cut, so they can be copied into the next command; the others wrap.
    id_width = max((len(i.id) for i in (*interviews, *pending)), default=2)
    table.add_column("id", no_wrap=True, min_width=id_width, overflow="ignore")
    for col in ("company", "role", "when", "contacts", "status"):
        table.add_column(col, overflow="fold")  # an address is never cut
    for i in interviews:
        table.add_row(*_interview_cells(i, tz), _open_words(i, now))
    for i in pending:
        table.add_row(*_interview_cells(i, tz), PENDING_WORDS)
    console = _console(out)
    if table_widths(console, table)[1] <= console.width:
        console.print(table)
    else:  # too narrow for every cell on one line: one block per interview, nothing cut
        print_records(console, [*(_interview_record(i, tz, _open_words(i, now)) for i in interviews),
                                *(_interview_record(i, tz, PENDING_WORDS) for i in pending)])
    if pending:
        console.print(f"{PENDING_WORDS}: in the interviews file {interviews_file}, not read by a scan yet; the next "
                      "`watcher scan` stores it (the running service: as soon as it sees the file changed).", markup=False)


PENDING_WORDS = "not stored yet"


def _open_words(i: Interview, now: datetime) -> str:
    snoozed = i.snoozed_until is not None and i.snoozed_until > now
    return "closed" if i.closed_at else ("snoozed" if snoozed else "open")


def _interview_record(i: Interview, tz: ZoneInfo, status: str) -> list[str]:
    """The lines of an interview on a narrow terminal: its id and status, then the rest."""
    ident, company, role, when, contacts = _interview_cells(i, tz)
    return [f"{ident} · {status}", company + (f" — {role}" if i.role else ""), f"{when} · {contacts}"]


def _interview_cells(i: Interview, tz: ZoneInfo) -> tuple[str, ...]:
    return (i.id, i.company, i.role or "-", _local(i.when, tz, "%Y-%m-%d %H:%M"),
            ", ".join(i.contacts + ((i.via,) if i.via else ())) or "-")


def interview_record_json(i: Interview) -> dict[str, Any]:
    return {
        "id": i.id, "company": i.company, "role": i.role, "when": _iso(i.when),
        "contacts": list(i.contacts), "domains": list(i.domains), "via": i.via,
        "feedback_by": _iso(i.feedback_by), "notes": i.notes, "closed_at": _iso(i.closed_at),
        "close_reason": i.close_reason, "snoozed_until": _iso(i.snoozed_until), "policy": dict(i.policy),
    }


def promised_words(interview: Interview, decision: Decision) -> str:
    """The day news was promised by as the schedule reads it (``Decision.promised_by``),
    saying so when a holding reply named it or moved it past the day logged: "2026-11-20
    (a holding reply moved it from 2026-11-13, the date you logged)"; "-" when none was."""
    promised, logged = decision.promised_by, interview.feedback_by
    if promised is None:
        return "-"
    if promised == logged:
        return promised.isoformat()
    if logged is None:
        return f"{promised.isoformat()} (named by a holding reply)"
    return f"{promised.isoformat()} (a holding reply moved it from {logged.isoformat()}, the date you logged)"


def render_interview_detail(state: InterviewState, messages: Sequence[StoredMessage], out: TextIO, tz: ZoneInfo,
                            now: datetime) -> None:
    """The interview's table (its "due now" column: every step whose time has come at ``now``),
    its facts and its messages."""
    console = _console(out)
    i = state.interview
    table = _interview_table(state, messages, tz, now)
    if table_widths(console, table)[0] <= console.width:
        console.print(table)
    else:  # too narrow for whole words: the same, a line each
        console.print(table.title, markup=False)
        print_records(console, [[f"{column.header}: {'; '.join(column.cells)}" for column in table.columns]])
        if table.caption:
            console.print(str(table.caption), markup=False)
    render_facts(i, state.decision, out)
    render_messages(messages, out, tz)


def render_facts(interview: Interview, decision: Decision | None, out: TextIO) -> None:
    """What was logged of ``interview``, a line each ("  contacts: anna@acme.example"), the
    promised day as the schedule reads it when ``decision`` is given (else the one logged),
    and beside the logged domains those of the contacts that matching reads as the company's
    ("domains: - (and the contacts' acme.example, read as the company's)")."""
    console = _console(out)
    i = interview
    from watcher.match import contact_domains  # only when an interview is shown

    promised = promised_words(i, decision) if decision else _iso(i.feedback_by) or "-"
    read_too = contact_domains(i)
    domains = ", ".join(i.domains) or "-"
    if read_too:  # the matcher reads the contacts' company domains as the company's too
        domains += f" (and the contacts' {', '.join(read_too)}, read as the company's)"
    facts = [
        ("id", i.id), ("role", i.role or "-"), ("contacts", ", ".join(i.contacts) or "-"),
        ("domains", domains), ("recruiter", i.via or "-"), ("feedback promised by", promised),
        ("notes", i.notes or "-"),
    ]
    for key, value in facts:
        console.print(f"  {key}: {value}", markup=False)


def render_messages(messages: Sequence[StoredMessage], out: TextIO, tz: ZoneInfo) -> None:
    """The messages tied to one interview, oldest first, with what each says and why it is tied."""
    console = _console(out)
    if not messages:
        console.print("Messages: none tied to it yet")
        return
    table = _table(title="Messages", title_justify="left")
    for col in ("date", "dir", "from", "subject", "kind", "why tied"):
        table.add_column(col, overflow="fold")
    for m in messages:
        table.add_row(_local(m.mail.date, tz), "→" if m.mail.direction == "sent" else "←", m.mail.from_addr,
                      m.mail.subject, kind_words(m.kind), "; ".join(m.match.reasons))
    if table_widths(console, table)[0] <= console.width:
        console.print(table)
        return
    # Too narrow for whole words (an address, an id in a reason): one block per message.
    console.print("Messages", markup=False)
    print_records(console, [
        [f"{_local(m.mail.date, tz)} {_correspondent(m)}", kind_words(m.kind), m.mail.subject,
         "why tied: " + "; ".join(m.match.reasons)]
        for m in messages])


def _correspondent(m: StoredMessage) -> str:
    """"← from ADDRESS" for a message received, "→ to ADDRESSES" for one sent (as the user
    sent it: "→ sent by you" when its recipients are not kept)."""
    if m.mail.direction != "sent":
        return f"← from {m.mail.from_addr}"
    return f"→ to {', '.join(m.mail.to)}" if m.mail.to else "→ sent by you"


def render_status(folders: Sequence[FolderStatus], states: Sequence[InterviewState], out: TextIO, tz: ZoneInfo,
                  now: datetime, not_read: Sequence[NotRead] = ()) -> None:
    """The last sync per folder, what could not be read (``not_read``, see
    ``watcher.not_read.in_store``), then the whole to-do list."""
    console = todo_console(out)
    table = _table(title="Mail", title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("account", overflow="fold")
    table.add_column("folder", overflow="fold")
    table.add_column("last sync", overflow="fold")
    table.add_column("error", overflow="fold")
    for f in folders:
        table.add_row(f.account, f.folder, _local(f.synced_at, tz), f.error or "-")
    console.print(table)
    for item in not_read:
        console.print(item.line(tz), style="bold", markup=False)
    render_todo(states, out, tz, now, include_all=True, not_read=not_read)


def status_json(folders: Sequence[FolderStatus], states: Sequence[InterviewState],
                not_read: Sequence[NotRead] = ()) -> dict[str, Any]:
    return {
        "folders": [
            {"account": f.account, "folder": f.folder, "last_sync": _iso(f.synced_at),
             "error": f.error, "error_at": _iso(f.error_at)}
            for f in folders
        ],
        "interviews": [interview_json(s) for s in states],
        "not_read": [item.json() for item in not_read],
    }
