"""Calendar export: the upcoming follow-up steps as an iCalendar file any calendar can subscribe to.

Each step keeps the same UID across exports (derived from interview, action and key), so a
calendar that re-reads the file moves an event when its date changes instead of adding a copy.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import structlog
from icalendar import Calendar, Event

from watcher.model import Interview, Step

log = structlog.get_logger(__name__)

EVENT_LENGTH = timedelta(minutes=15)
UID_DOMAIN = "watcher.invalid"  # .invalid: a UID domain that can never belong to anyone
PRODUCT_ID = "-//watcher//interview follow-ups//EN"

_SUMMARY_PREFIX = {
    "thank_you": "Thank-you note",
    "follow_up_1": "Follow up",
    "follow_up_2": "Last follow-up",
    "move_on": "Move on",
    "ask_feedback": "Ask for feedback",
    "reply": "Reply",
    "offer_deadline": "Offer deadline",
}


def export_ics(steps: Sequence[tuple[Interview, Step]], path: Path, *, now: datetime) -> int:
    """Write one 15-minute event per step noticed at or after ``now`` (at its ``notice_at``:
    a step that fell due outside working hours is placed at the next working window);
    return how many were written.

    Times keep their zone (a VTIMEZONE for each, RFC 5545 3.2.19). The file is replaced
    atomically, so a calendar reading it never sees half a file.
    """
    calendar = _calendar()
    upcoming = [(interview, step) for interview, step in steps if step.notice_at >= now]
    for interview, step in upcoming:
        calendar.add_component(_event(interview, step, now))
    # RFC 5545 3.2.19: each TZID an event names (the user's zone) is defined in the file.
    calendar.add_missing_timezones()
    _write_atomically(path, calendar.to_ical())
    log.info("ics.exported", path=str(path), events=len(upcoming), skipped_past=len(steps) - len(upcoming))
    return len(upcoming)


def event_uid(interview: Interview, step: Step) -> str:
    digest = hashlib.sha256(f"{interview.id}\0{step.action}\0{step.key}".encode()).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def event_summary(interview: Interview, step: Step) -> str:
    """ "Follow up: Acme (Data Engineer)" """
    prefix = _SUMMARY_PREFIX.get(step.action, step.action.replace("_", " ").capitalize())
    role = f" ({interview.role})" if interview.role else ""
    return f"{prefix}: {interview.company}{role}"


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Interview follow-ups")
    return calendar


def _event(interview: Interview, step: Step, now: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(interview, step))
    event.add("dtstamp", now)
    event.add("dtstart", step.notice_at)  # a step due out of hours: at the next working window
    event.add("dtend", step.notice_at + EVENT_LENGTH)
    event.add("summary", event_summary(interview, step))
    if step.why:
        event.add("description", step.why)
    event.add("categories", ["watcher"])
    return event


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
