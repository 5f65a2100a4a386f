"""Moments as a person writes them: on the command line (``--when``, ``--at``, ``--now``) and in
the interviews file.

ISO 8601 (``2026-12-03T14:00``, ``2026-12-03 14:00``, with a UTC offset or not), optionally
followed by an IANA zone name (``2026-12-03 14:00 Europe/Berlin``). A time without an offset
or a zone is a wall-clock time in the zone the caller gives (the config's ``[policy]
timezone``); one that the clocks skip or pass twice there (a daylight-saving change) is
refused, with the offsets to choose from, rather than guessed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

OFFSET_EXAMPLE = "2026-11-03T10:00:00+01:00"


class MomentError(ValueError):
    """A moment that cannot be read: the message says what is wrong and how to write it."""


def read_moment(text: str) -> date | datetime:
    """Given ``text``, return the date it names (no time given), or the moment: aware when it
    carries a UTC offset or a zone name (placed in that zone by ``in_zone``), else naive.

    Raise MomentError for text that is no date, a zone name zoneinfo does not know, an
    offset and a zone name together, or a time the zone skips or passes twice."""
    text = text.strip()
    written, zone = _zone_named(text)
    try:
        value: date | datetime = date.fromisoformat(written)
    except ValueError:
        try:
            value = datetime.fromisoformat(written)
        except ValueError:
            raise MomentError(f"not a date and time: {text!r}; write it like 2026-11-03T10:00 "
                              f"(your time zone), {OFFSET_EXAMPLE} or 2026-11-03 10:00 Europe/Berlin") from None
    if zone is None or not isinstance(value, datetime):
        return value
    if value.tzinfo is not None:
        raise MomentError(f"{text!r} gives both a UTC offset and a time zone: give one of them")
    return in_zone(value, zone)


def _zone_named(text: str) -> tuple[str, ZoneInfo | None]:
    """``text`` without a trailing zone name, and that zone (None when none is written): a
    word after a date and time is taken for a zone name ("next tuesday" names none)."""
    head, _, last = text.rpartition(" ")
    if not head or not last[:1].isalpha():
        return text, None
    try:
        datetime.fromisoformat(head.strip())
    except ValueError:
        return text, None
    try:
        return head.strip(), ZoneInfo(last)
    except (ZoneInfoNotFoundError, ValueError):  # ValueError: not a zone key at all ("../x")
        raise MomentError(f"unknown time zone {last!r}: use an IANA name such as 'Europe/Berlin'") from None


def in_zone(value: datetime, zone: tzinfo) -> datetime:
    """Given a wall-clock time ``value`` (naive) and a zone, return it aware in that zone.

    Raise MomentError when the zone's clocks skip that time (it does not exist there) or show
    it twice (it is ambiguous): the message names the offsets to write instead."""
    first, second = value.replace(tzinfo=zone, fold=0), value.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    name = getattr(zone, "key", None) or str(zone)
    shown = value.isoformat(timespec="minutes")
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != value:
        after = first.astimezone(UTC).astimezone(zone)
        raise MomentError(f"{shown} does not exist in {name} (the clocks go forward then): write the time "
                          f"with its offset, e.g. {after.isoformat(timespec='minutes')}")
    offsets = " or ".join(moment.isoformat(timespec="minutes") for moment in (first, second))
    raise MomentError(f"{shown} happens twice in {name}, as the clocks go back: write its offset, {offsets}")
