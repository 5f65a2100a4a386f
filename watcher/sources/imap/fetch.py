"""FETCH: header fields (the fast path over imaplib's answer) and whole messages.

imapclient tokenises every byte of a FETCH answer in Python, which costs more than all
else a first sync does with the header fields. The answer to the one FETCH watcher sends
for them is regular (a UID, an INTERNALDATE and one literal per message), so
``_read_literals`` reads it straight from imaplib with two regular expressions, and
imapclient reads anything else; whole messages are read the same way (``fetch_messages``). ``fast_path_used`` counts the messages it read, so a
test fails if an upgrade of imapclient (its ``_imap`` attribute) makes it silently stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

from watcher.calendar_names import MONTH_NUMBERS
from watcher.parse import HEADER_FIELDS
from watcher.sources import FetchedHeaders, FetchedMessage
from watcher.sources.imap.errors import CommandRefused

T = TypeVar("T")

HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
WHOLE_ITEM = "BODY.PEEK[]"

_UID_RE = re.compile(rb"[( ]UID (\d+)")
_INTERNALDATE_RE = re.compile(
    rb'INTERNALDATE "[ ]?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)"'
)


class FastPathCounter:
    """How many messages the fast path read (``read``) and left to imapclient (``left``)."""

    read = 0
    left = 0


fast_path_used = FastPathCounter()


def fetch_headers(account: str, client: Any, uids: Sequence[int]) -> list[FetchedHeaders]:
    """Header fields of ``watcher.parse.HEADER_FIELDS`` and arrival for ``uids`` of the
    selected folder, ascending by UID; UIDs the server no longer has are left out.

    Raises CommandRefused when the server refuses the FETCH; socket failures propagate
    for the caller's guard to type.
    """
    return _fetch_literals(account, client, uids, HEADER_ITEM, b"BODY[HEADER.FIELDS", FetchedHeaders)


def fetch_messages(account: str, client: Any, uids: Sequence[int]) -> list[FetchedMessage]:
    """Whole messages (BODY.PEEK[], never setting \\Seen) with arrival, ascending by UID,
    read like the header fields (imapclient's parser would copy every message's bytes once
    more)."""
    return _fetch_literals(account, client, uids, WHOLE_ITEM, b"BODY[]", FetchedMessage)


def _fetch_literals(
    account: str, client: Any, uids: Sequence[int], item: str, marker: bytes,
    make: Callable[[int, bytes, datetime | None], T],
) -> list[T]:
    """``make(uid, literal, arrival)`` per message: the fast path first, imapclient reading
    what it left (and asking once more for what a server left out)."""
    if not uids:
        return []
    found = {uid: make(uid, literal, when)
             for uid, (literal, when) in _read_literals(account, client, uids, item, marker).items()}
    fast_path_used.read += len(found)
    missing = [uid for uid in uids if uid not in found]
    if missing:
        fast_path_used.left += len(missing)
        answer = fetch_items(client, missing, [item, "INTERNALDATE"])
        for uid, data in answer.items():
            found[uid] = make(uid, item_bytes(data, marker), arrival(data))
    return [found[uid] for uid in sorted(found)]


def _read_literals(
    account: str, client: Any, uids: Sequence[int], item: str, marker: bytes
) -> dict[int, tuple[bytes, datetime | None]]:
    """UID -> (literal, arrival) from one UID FETCH of ``item`` and INTERNALDATE, sent through
    imaplib; a message whose answer is not (UID, INTERNALDATE, the ``marker`` literal) in
    that shape is left out, for imapclient to read."""
    connection = getattr(client, "_imap", None)  # imapclient's imaplib.IMAP4
    if connection is None:
        return {}
    kind, data = connection.uid("FETCH", sequence_set(uids), f"({item} INTERNALDATE)")
    if kind != "OK":
        raise CommandRefused(account, f"FETCH refused ({kind})")
    asked = set(uids)
    found: dict[int, tuple[bytes, datetime | None]] = {}
    for part in data:
        read = _direct_item(part, marker)
        if read is not None and read[0] in asked:
            found[read[0]] = (read[1], read[2])
    return found


def fetch_items(client: Any, uids: Sequence[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
    """imapclient's FETCH of ``items``; asked UIDs only, asked a second time when missing."""
    if not uids:
        return {}
    answer = client.fetch(list(uids), items)
    missing = [uid for uid in uids if uid not in answer]
    if missing:
        # Some servers (Exchange) answer OK with no data once; asking again helps.
        answer.update(client.fetch(missing, items))
    asked = set(uids)
    return {uid: data for uid, data in answer.items() if uid in asked}


def sequence_set(uids: Sequence[int]) -> str:
    """ "1:3,7,9:10" for [1, 2, 3, 7, 9, 10]: a batch's UIDs in as few bytes as the server reads."""
    ordered = sorted(set(uids))
    ranges: list[str] = []
    start = previous = ordered[0]
    for uid in ordered[1:]:
        if uid != previous + 1:
            ranges.append(f"{start}:{previous}" if previous != start else str(start))
            start = uid
        previous = uid
    ranges.append(f"{start}:{previous}" if previous != start else str(start))
    return ",".join(ranges)


def _direct_item(part: object, marker: bytes) -> tuple[int, bytes, datetime | None] | None:
    """(UID, literal, arrival) of one message of a FETCH answer as imaplib hands it on:
    (head with {n}, literal), the head naming the ``marker`` item and INTERNALDATE."""
    if not isinstance(part, tuple) or len(part) != 2:
        return None  # a closing ")", or an unsolicited FETCH of flags
    head, literal = part
    if not isinstance(head, bytes) or not isinstance(literal, bytes) or not head.endswith(b"}"):
        return None
    uid = _UID_RE.search(head)
    if uid is None or marker not in head.upper() or b"INTERNALDATE" not in head.upper():
        return None
    return int(uid.group(1)), literal, _internaldate(head)


def _internaldate(head: bytes) -> datetime | None:
    found = _INTERNALDATE_RE.search(head)
    if found is None:
        return None
    day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = found.groups()
    number = MONTH_NUMBERS.get(month.decode().title())
    if number is None:
        return None
    offset = (int(zone_hours) * 60 + int(zone_minutes)) * (-1 if sign == b"-" else 1)
    try:
        return datetime(
            int(year), number, int(day), int(hour), int(minute), int(second),
            tzinfo=timezone(timedelta(minutes=offset)),
        )
    except ValueError:
        return None


def item_bytes(data: dict[bytes, Any], prefix: bytes) -> bytes:
    """The fetched literal whose key starts with prefix (PEEK dropped, names maybe quoted)."""
    for key, value in data.items():
        if isinstance(key, bytes) and key.upper().startswith(prefix):
            return bytes(value or b"")
    return b""


def arrival(data: dict[bytes, Any]) -> datetime | None:
    """INTERNALDATE of an imapclient FETCH answer, timezone-aware."""
    value = data.get(b"INTERNALDATE")
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
