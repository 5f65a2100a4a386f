"""Calendar export round trip: the file parses back with icalendar and holds the right events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from watcher.model import Interview, Step
from watcher.notify.ics import export_ics

NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)
ACME = Interview(id="i-acme", company="Acme", when=NOW - timedelta(days=2), role="Data Engineer")
GLOBEX = Interview(id="i-globex", company="Globex", when=NOW - timedelta(days=9))
ACME_FOLLOW_UP = Step(
    action="follow_up_1",
    due=datetime(2026, 11, 12, 9, 0, tzinfo=UTC),
    why="No news 7 business days after your interview on Tuesday 3 November.",
)
GLOBEX_REPLY = Step(
    action="reply", due=NOW + timedelta(hours=3), key="<q@globex.com>", why="They asked a question."
)
GLOBEX_PAST = Step(action="thank_you", due=NOW - timedelta(days=1), why="Yesterday's interview.")


def read_events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_upcoming_steps_become_events_that_parse_back(tmp_path: Path) -> None:
    path = tmp_path / "calendar" / "followups.ics"

    count = export_ics([(ACME, ACME_FOLLOW_UP), (GLOBEX, GLOBEX_REPLY), (GLOBEX, GLOBEX_PAST)], path, now=NOW)

    events = read_events(path)
    assert count == 2 == len(events)
    acme, globex = events
    assert str(acme["SUMMARY"]) == "Follow up: Acme (Data Engineer)"
    assert str(acme["DESCRIPTION"]) == ACME_FOLLOW_UP.why
    assert acme.decoded("DTSTART") == ACME_FOLLOW_UP.due
    assert acme.decoded("DTEND") - acme.decoded("DTSTART") == timedelta(minutes=15)
    assert acme.decoded("DTSTAMP") == NOW
    assert str(globex["SUMMARY"]) == "Reply: Globex"
    assert globex.decoded("DTSTART") == GLOBEX_REPLY.due


def test_uids_are_stable_across_exports_and_distinct_between_steps(tmp_path: Path) -> None:
    path = tmp_path / "followups.ics"
    export_ics([(ACME, ACME_FOLLOW_UP), (GLOBEX, GLOBEX_REPLY)], path, now=NOW)
    first = {str(event["SUMMARY"]): str(event["UID"]) for event in read_events(path)}

    moved = Step(action="follow_up_1", due=ACME_FOLLOW_UP.due + timedelta(days=1), why="Moved.")
    export_ics([(ACME, moved), (GLOBEX, GLOBEX_REPLY)], path, now=NOW + timedelta(hours=1))
    second = {str(event["SUMMARY"]): str(event["UID"]) for event in read_events(path)}

    assert first == second
    assert len(set(first.values())) == 2


def test_another_key_for_the_same_action_is_another_event(tmp_path: Path) -> None:
    path = tmp_path / "followups.ics"
    other_question = Step(
        action="reply", due=GLOBEX_REPLY.due, key="<q2@globex.com>", why="Another question."
    )

    export_ics([(GLOBEX, GLOBEX_REPLY), (GLOBEX, other_question)], path, now=NOW)

    uids = [str(event["UID"]) for event in read_events(path)]
    assert len(uids) == 2 and uids[0] != uids[1]


def test_nothing_upcoming_still_writes_a_valid_empty_calendar(tmp_path: Path) -> None:
    path = tmp_path / "followups.ics"
    path.write_text("stale", encoding="utf-8")

    assert export_ics([(GLOBEX, GLOBEX_PAST)], path, now=NOW) == 0
    assert read_events(path) == []
    assert list(tmp_path.iterdir()) == [path]


def test_every_time_zone_an_event_names_is_defined_in_the_file(tmp_path: Path) -> None:
    """Steps are due in the user's zone: DTSTART;TZID=Europe/Berlin came without the VTIMEZONE
    that RFC 5545 (3.2.19) requires for each TZID, which calendars that do not know the IANA
    names (Outlook among them) place at the wrong hour or refuse."""
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    step = Step(action="follow_up_1", due=datetime(2026, 12, 8, 9, 0, tzinfo=berlin), why="No news.")
    path = tmp_path / "followups.ics"
    export_ics([(ACME, step)], path, now=NOW)

    calendar = Calendar.from_ical(path.read_bytes())
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert event.decoded("DTSTART") == step.due
