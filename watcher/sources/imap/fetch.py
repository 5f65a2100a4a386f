"""FETCH: header fields (the fast path over imaplib's answer) and whole messages.

imapclient tokenises every byte of a FETCH answer in Python, which costs more than all
else a first sync does with the header fields. The answer to the one FETCH watcher sends
for them is regular (a UID, an INTERNALDATE and one literal per message), so
``fetch_parts`` reads it straight from imaplib with two regular expressions, and
imapclient reads anything else; whole messages are read the same way (``fetch_messages``),
and so are the search's own FETCHes (``watcher.sources.imap.search``). ``fast_path_used``
counts the messages the header fields' fast path read, so a test fails if an upgrade of
imapclient (its ``_imap`` attribute) makes it silently stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from watcher.calendar_names import MONTH_NUMBERS
from watcher.parse import HEADER_FIELDS
from watcher.sources import FetchedHeaders, FetchedMessage
from watcher.sources.imap.errors import CommandRefused

T = TypeVar("T")

HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
WHOLE_ITEM = "BODY.PEEK[]"

_UID_RE = re.compile(rb"[( ]UID (\d+)")
_INTERNALDATE_RE = re.compile(rb'INTERNALDATE "[ ]?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d:\d\d:\d\d) ([+-]\d\d)(\d\d)"')
# "JUL" -> "07": the month names as INTERNALDATE writes them (RFC 3501 date-month), any case.
_MONTHS = {name.upper().encode(): f"{number:02d}" for name, number in MONTH_NUMBERS.items()}


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
    if getattr(client, "_imap", None) is None:
        return {}
    asked = set(uids)
    found: dict[int, tuple[bytes, datetime | None]] = {}
    for uid, head, literal in fetch_parts(account, client, sequence_set(uids), f"{item} INTERNALDATE"):
        if literal is None or uid not in asked or not head.endswith(b"}"):
            continue
        upper = head.upper()
        # ``find``, not ``in``: see watcher.sources.imap.search.screened_answers.
        if upper.find(marker) >= 0 and upper.find(b"INTERNALDATE") >= 0:
            found[uid] = (literal, _internaldate(head))
    return found


def fetch_parts(account: str, client: Any, uid_set: str, items: str) -> Iterator[tuple[int, bytes, bytes | None]]:
    """One UID FETCH of ``items`` (the inside of the parenthesised list: "INTERNALDATE",
    "BODY.PEEK[...] INTERNALDATE") for ``uid_set`` (``sequence_set``), sent through imaplib,
    whose answer is read here: per message, (UID, head, literal), the head being the
    answer's text up to its first literal ({n} at its end), or the whole answer when it has
    none, the literal then None. Parts without a UID (a closing ")", an unsolicited FETCH
    of flags) are left out; the caller checks which UIDs and items it asked.

    The one reader of raw FETCH answers: imapclient would tokenise every byte in Python.
    Raises CommandRefused when the server refuses the FETCH; socket failures propagate for
    the caller's guard to type."""
    connection = client._imap  # imapclient's imaplib.IMAP4
    kind, data = _uid_fetch(connection, uid_set, f"({items})")
    if kind != "OK":
        raise CommandRefused(account, f"FETCH refused ({kind})")
    for part in data:
        if isinstance(part, tuple):
            if len(part) != 2:
                continue
            head, literal = part
            if not isinstance(literal, bytes):
                literal = None
        else:
            head, literal = part, None
        if not isinstance(head, bytes):
            continue
        uid = _UID_RE.search(head)
        if uid is not None:
            yield int(uid.group(1)), head, literal


def _uid_fetch(connection: Any, uid_set: str, items: str) -> tuple[str, list[Any]]:
    """imaplib's ``connection.uid("FETCH", uid_set, items)``: the same command sent by imaplib,
    the same (kind, data) back, each FETCH response taken in here.

    imaplib reads every line of an answer through its general response parser, which
    logs each line's repr and tries three patterns on it: 0.5 s of processor time for the
    header fields of 100,000 messages, against 0.14 s for the loop below, which reads a
    "* N FETCH" response (its line, its literals, their trailers) into the entries imaplib
    would have made of it. Any other response (the tagged completion, EXISTS, EXPUNGE, an
    untagged OK with a response code) and a response whose start is not yet in the read
    buffer go to imaplib's own parser, in turn; its errors stand as they are."""
    peek = getattr(getattr(connection, "file", None), "peek", None)
    if peek is None or connection.state != "SELECTED":
        return connection.uid("FETCH", uid_set, items)  # imaplib raises what it raises
    tag = connection._command("UID", "FETCH", uid_set, items)
    untagged = connection.untagged_responses
    data: list[Any] = untagged.pop("FETCH", [])  # imaplib answers with any it kept before too
    readline, read = connection.readline, connection.read
    while connection.tagged_commands.get(tag) is None:
        connection._check_bye()
        start = _FETCH_START.match(peek(64))
        if start is None:
            connection._get_response()
            data.extend(untagged.pop("FETCH", ()))
            continue
        line = _answer_line(connection, readline())
        number, rest = start.group(1), line[start.end():]
        head = number + b" " + rest if rest else number
        while head.endswith(b"}"):
            brace = head.rfind(b"{")
            size = head[brace + 1:-1]
            if brace < 0 or not size.isdigit():
                break
            data.append((head, read(int(size))))
            head = _answer_line(connection, readline())
        data.append(head)
    kind, _ = connection._command_complete("UID", tag)
    return kind, data


# A FETCH response's start as imaplib's Untagged_status pattern reads it: "* 12 FETCH ".
_FETCH_START = re.compile(rb"\* (\d+) FETCH ")


def _answer_line(connection: Any, line: bytes) -> bytes:
    """A line read from the server without its CRLF; imaplib's errors for a closed
    connection or a line without CRLF."""
    if not line:
        raise connection.abort("socket error: EOF")
    if not line.endswith(b"\r\n"):
        raise connection.abort(f"socket error: unterminated line: {line[:80]!r}")
    return line[:-2]


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
    return ",".join(_ranges(uids))


def sequence_sets(uids: Sequence[int], max_bytes: int) -> list[str]:
    """The ``sequence_set`` of ``uids`` cut into sets of at most ``max_bytes`` bytes each
    (a run of UIDs is never cut, and one too long stands alone): the UIDs of a command
    whose line must stay bounded, in as few commands as that allows. [] for no UIDs."""
    sets: list[list[str]] = []
    size = 0
    for piece in _ranges(uids) if uids else ():
        if not sets or size + 1 + len(piece) > max_bytes:
            sets.append([])
            size = -1
        sets[-1].append(piece)
        size += 1 + len(piece)
    return [",".join(pieces) for pieces in sets]


def _ranges(uids: Sequence[int]) -> list[str]:
    """ "N" or "N:M" per run of consecutive UIDs, ascending; each UID once."""
    ordered = sorted(set(uids))
    ranges: list[str] = []
    start = previous = ordered[0]
    for uid in ordered[1:]:
        if uid != previous + 1:
            ranges.append(f"{start}:{previous}" if previous != start else str(start))
            start = uid
        previous = uid
    ranges.append(f"{start}:{previous}" if previous != start else str(start))
    return ranges


def _internaldate(head: bytes) -> datetime | None:
    """The INTERNALDATE of a FETCH answer's head, timezone-aware; None when it has none or
    it names no real moment."""
    found = _INTERNALDATE_RE.search(head)
    if found is None:
        return None
    day, month, year, clock, zone_hours, zone_minutes = found.groups()
    number = _MONTHS.get(month.upper())
    if number is None:
        return None
    try:  # ISO 8601 read in C: a third of the time of building it from its parts
        return datetime.fromisoformat(
            f"{year.decode()}-{number}-{int(day):02d}T{clock.decode()}{zone_hours.decode()}:{zone_minutes.decode()}")
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
