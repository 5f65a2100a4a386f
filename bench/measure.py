"""What a client must spend, what a naive script spends: both against the same mailbox.

* ``measure_limit``: UID SEARCH, then ``BODY.PEEK[HEADER.FIELDS (...)]`` of the header
  fields watcher reads (with INTERNALDATE, as watcher asks), in batches of 1,000,
  through imapclient. Nothing less can tell new mail apart by reading headers.
* ``measure_limit_imaplib``: the same FETCHes through imaplib alone, the answer left as
  imaplib returns it: the floor of a client that reads every header.
* ``measure_naive``: every whole message fetched and parsed with mail-parser, as a
  short script would; optionally on an evenly spread sample, then scaled up.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import mailparser
from imapclient import IMAPClient

from watcher.parse import HEADER_FIELDS

# mail-parser warns on every part type it does not handle ("calendar", "mixed"): noise here.
logging.getLogger("mailparser").setLevel(logging.ERROR)

HEADER_BATCH = 1_000
BODY_BATCH = 200


@dataclass(frozen=True)
class Measurement:
    seconds: float
    messages: int
    bytes: int
    sampled: int | None = None  # messages actually read, when scaled up from a sample
    note: str = ""


def header_item(fields: Sequence[str] = HEADER_FIELDS) -> str:
    return f"BODY.PEEK[HEADER.FIELDS ({' '.join(fields).upper()})]"


def batches(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def measure_limit(connect: Callable[[], IMAPClient], folders: Sequence[str]) -> Measurement:
    """Log in, and fetch the header fields of every message in every folder."""
    started = time.perf_counter()
    total = fetched = 0
    with connect() as client:
        for folder in folders:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            for batch in batches(uids, HEADER_BATCH):
                # INTERNALDATE too: watcher asks for it in the same FETCH, for the arrival date.
                response = client.fetch(batch, [header_item(), "INTERNALDATE"])
                fetched += sum(len(_first_bytes(data)) for data in response.values())
            total += len(uids)
    return Measurement(time.perf_counter() - started, total, fetched)


def measure_limit_imaplib(
    host: str, port: int, user: str, password: str, folders: Sequence[str]
) -> Measurement:
    """The same header fetch through imaplib alone: its answer is taken as imaplib hands
    it on (a list of (head, literal) pairs), nothing tokenised in Python. This is what
    watcher's fast path corresponds to, so its honest floor."""
    import imaplib

    started = time.perf_counter()
    total = fetched = 0
    connection = imaplib.IMAP4(host, port, timeout=300)
    try:
        connection.login(user, password)
        for folder in folders:
            connection.select(folder, readonly=True)
            _, data = connection.uid("SEARCH", "ALL")
            uids = [int(u) for u in data[0].split()] if data and data[0] else []
            for batch in batches(uids, HEADER_BATCH):
                sequence = f"{batch[0]}:{batch[-1]}"
                _, answer = connection.uid("FETCH", sequence, f"({header_item()} INTERNALDATE)")
                fetched += sum(len(part[1]) for part in answer if isinstance(part, tuple))
            total += len(uids)
        connection.logout()
    finally:
        connection.shutdown() if connection.state != "LOGOUT" else None
    return Measurement(time.perf_counter() - started, total, fetched)


def measure_naive(
    connect: Callable[[], IMAPClient], folders: Sequence[str], sample: int | None = None
) -> Measurement:
    """Fetch whole messages and parse each with mail-parser; scaled up when sampled."""
    with connect() as client:
        per_folder = {}
        for folder in folders:
            client.select_folder(folder, readonly=True)
            per_folder[folder] = client.search("ALL")
    total = sum(len(uids) for uids in per_folder.values())
    chosen = _spread_sample(per_folder, sample) if sample and sample < total else per_folder
    read = sum(len(uids) for uids in chosen.values())
    started = time.perf_counter()
    fetched = parsed = 0
    with connect() as client:
        for folder, uids in chosen.items():
            client.select_folder(folder, readonly=True)
            for batch in batches(uids, BODY_BATCH):
                for data in client.fetch(batch, ["BODY.PEEK[]"]).values():
                    raw = _first_bytes(data)
                    fetched += len(raw)
                    parsed += _parse_whole(raw)
    seconds = time.perf_counter() - started
    if read == total:
        return Measurement(seconds, total, fetched, note=f"{parsed} parsed")
    scale = total / read
    return Measurement(
        seconds * scale,
        total,
        int(fetched * scale),
        sampled=read,
        note=f"extrapolated from {read} of {total} messages",
    )


def _spread_sample(per_folder: dict[str, list[int]], sample: int) -> dict[str, list[int]]:
    """About ``sample`` UIDs, evenly spread over each folder in proportion to its size."""
    total = sum(len(uids) for uids in per_folder.values())
    chosen = {}
    for folder, uids in per_folder.items():
        want = max(1, round(sample * len(uids) / total)) if uids else 0
        step = len(uids) / want if want else 1
        chosen[folder] = [uids[int(i * step)] for i in range(want)]
    return chosen


def _parse_whole(raw: bytes) -> int:
    try:
        parsed = mailparser.parse_from_bytes(raw)
        # What a script reads next: the addresses, the subject and the text.
        _ = (parsed.from_, parsed.to, parsed.subject, parsed.text_plain, parsed.text_html)
        return 1
    except Exception:  # noqa: BLE001 - mail-parser has known crashes on odd mail; a script would skip it
        return 0


def _first_bytes(data: dict[bytes, object]) -> bytes:
    for key, value in data.items():
        if key.startswith(b"BODY[") and isinstance(value, bytes):
            return value
    return b""


def measure_status(
    connect: Callable[[], IMAPClient], folders: Sequence[str], repeats: int = 5
) -> Measurement:
    """The cheapest "anything new?": one STATUS (UIDNEXT UIDVALIDITY) per folder on an open
    connection, as watcher asks it; the median of ``repeats`` rounds."""
    rounds = []
    with connect() as client:
        for _ in range(repeats):
            started = time.perf_counter()
            for folder in folders:
                client.folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY"])
            rounds.append(time.perf_counter() - started)
    rounds.sort()
    return Measurement(rounds[len(rounds) // 2], 0, 0, note=f"{len(folders)} STATUS commands")
