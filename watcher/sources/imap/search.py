"""SEARCH (RFC 3501 6.4.4) on the selected folder: UID ranges, arrival dates.

Answers are asked in UID windows of ``SEARCH_WINDOW``: one answer for a whole
100,000-message folder is a line of 600 KB that imapclient splits and converts in one go,
the largest allocation of a first sync.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from watcher.calendar_names import MONTH_NUMBERS
from watcher.header_screen import TermAutomaton, field_values
from watcher.parse import decode_header_text, header_fields, message_ids
from watcher.sources.imap.fetch import fetch_parts, sequence_set, sequence_sets

SEARCH_WINDOW = 10_000


def uids_in_range(client: Any, first_uid: int, last_uid: int, since: date | None = None,
                  extra: Sequence[Any] = ()) -> list[int]:
    """UIDs from first_uid to last_uid (both included) of the selected folder, ascending;
    with ``since``, only messages that arrived on or after that day; ``extra`` adds search
    keys (imapclient's criteria list)."""
    criteria: list[Any] = ["UID", f"{first_uid}:{last_uid}"]
    if since is not None:
        criteria += ["SINCE", since]
    criteria += list(extra)
    uids = client.search(criteria)
    # "UID N:M" beyond the newest UID still answers with the newest message (RFC 3501 "*").
    return sorted(uid for uid in uids if first_uid <= uid <= last_uid)


def windows(first_uid: int, last_uid: int, size: int | None = None) -> list[tuple[int, int]]:
    """(first, last) UID windows of at most ``size`` UIDs covering first_uid..last_uid."""
    step = size or SEARCH_WINDOW
    start = max(first_uid, 1)
    return [(low, min(low + step - 1, last_uid)) for low in range(start, last_uid + 1, step)]


# -- candidates: the server picks the mail that may concern an interview -----------------

# A query's search keys, in bytes, at most: Dovecot reads command lines of up to 64 KB,
# other servers less; more terms are asked in several SEARCHes and the answers joined.
MAX_QUERY_BYTES = 8_000

# Servers whose SEARCH is not a substring match of the header, or not trustworthy, by
# protocol facts: Gmail (X-GM-EXT-1) matches words; a server announcing SEARCH=FUZZY
# (RFC 6203: Dovecot with full-text search, Cyrus with Xapian) may answer from a word
# index. Exchange (Microsoft 365, Outlook.com) answers from its own index and only in
# US-ASCII (BADCHARSET), so it is recognised by its host names.
WORD_SEARCH_CAPABILITIES = ("X-GM-EXT-1", "SEARCH=FUZZY")
INDEXED_SEARCH_HOSTS = ("outlook.office365.com", "outlook.office.com", "imap-mail.outlook.com", "outlook.com")


def server_search_trusted(mode: str, host: str, capabilities: frozenset[str]) -> bool:
    """Whether to let the server pick candidates: ``mode`` is the account's ``search``
    ("client", "server" or "auto"); "auto" trusts every server but the ones above."""
    if mode != "auto":
        return mode == "server"
    if any(capability in capabilities for capability in WORD_SEARCH_CAPABILITIES):
        return False
    name = host.lower().rstrip(".")
    return not any(name == known or name.endswith("." + known) for known in INDEXED_SEARCH_HOSTS)


def candidate_keys(query: Any) -> list[list[Any]]:
    """One search key (imapclient criteria, ANDed within) per way a message can qualify by
    the fields the server searches well: From (senders), To and Cc (recipients), Subject.
    Reply-To, In-Reply-To and References are few messages' fields: ``traced_candidates``
    tests them here. A term that contains another term of the same field is left out (it
    finds nothing more), and a term with letters outside US-ASCII is searched by its
    longest ASCII part when that is long enough (``searchable``): each key costs the
    server a comparison per message, and US-ASCII keys need no CHARSET, which costs it
    twice as much per key. Worked out once
    per set of terms: a daemon asks again on every push wake-up."""
    keys = _keys_for(query.senders, query.sender_pairs, query.recipients, query.recipient_pairs, query.subjects)
    return [list(key) for key in keys]


@functools.lru_cache(maxsize=8)
def _keys_for(
    senders: tuple[str, ...],
    sender_pairs: tuple[tuple[str, str], ...],
    recipients: tuple[str, ...],
    recipient_pairs: tuple[tuple[str, str], ...],
    subjects: tuple[str, ...],
) -> tuple[tuple[Any, ...], ...]:
    """``candidate_keys`` of these terms."""
    kept_senders = pruned(merged(searchable(text) for text in senders))
    kept_recipients = pruned(merged(searchable(text) for text in recipients))
    keys: list[list[Any]] = [["FROM", text] for text in kept_senders]
    keys += [["FROM", first, "FROM", second] for first, second in sender_pairs
             if not _covered(first, kept_senders) and not _covered(second, kept_senders)]
    for text in kept_recipients:
        keys += [["TO", text], ["CC", text]]
    for first, second in recipient_pairs:
        if not _covered(first, kept_recipients) and not _covered(second, kept_recipients):
            keys += [["TO", first, "TO", second], ["CC", first, "CC", second]]
    keys += [["SUBJECT", text] for text in pruned(searchable(text) for text in subjects)]
    return tuple(tuple(key) for key in keys)


# The shortest ASCII part of a term searched in its place (shorter parts find too much).
MIN_ASCII_PART = 4
_ASCII_RUN = re.compile(r"[\x21-\x7e]+")


def searchable(text: str) -> str:
    """The term, or its longest run of US-ASCII characters when it has others and that run
    is at least MIN_ASCII_PART long: every header holding the term holds that run (a
    server compares characters one by one, accents decomposed or not), so the search finds
    a superset, and "lumière" becomes "lumi"."""
    if text.isascii():
        return text
    longest = max(_ASCII_RUN.findall(text), key=len, default="")
    return longest if len(longest) >= MIN_ASCII_PART else text


# The shortest label a domain is searched by in its place (see ``merged``).
MIN_CORE_LABEL = 6


def merged(terms: Iterable[str]) -> list[str]:
    """The terms, a domain searched by its longest label but the top-level one when that
    label is at least MIN_CORE_LABEL long and another term holds it too: "personio.de" and
    "personio.com" become one key, "personio", and "myworkdayjobs.com" falls under
    "workday" of "workday.com". Every header holding a domain holds its label, so the
    search finds a superset; domains whose label no other term shares are kept whole, as
    a lone label would find more and save no key."""
    terms = list(terms)
    # Each term lower-cased once, not once per pair, and the others holding the core found
    # first: with ``pruned``'s change, the 15 calls of the benchmark's first scan at 10,000
    # (330 sender terms at most), replayed, 15 to 11 ms of processor time (load 8).
    lowered = [term.lower() for term in terms]
    found = []
    for term, low in zip(terms, lowered, strict=True):
        core = _core_label(term)
        shared = core is not None and any(
            low not in other and other not in low for other in [other for other in lowered if core in other])
        found.append(core if shared else term)
    return found


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"})


def _core_label(term: str) -> str | None:
    """The label a domain term is registered by ("greenhouse-mail" of
    "us.greenhouse-mail.io", "northwind" of "northwind.co.uk"), when long enough."""
    if not term.isascii() or "@" in term or "." not in term.strip("."):
        return None
    labels = term.lower().strip(".").split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if len(labels[-1]) >= MIN_CORE_LABEL else None


def pruned(terms: Iterable[str]) -> tuple[str, ...]:
    """The terms without those that contain a shorter one (compared case-insensitively for
    US-ASCII, as written otherwise): a header holding the longer holds the shorter, so the
    search finds the same. Order kept."""
    unique = list(dict.fromkeys(term for term in terms if term))
    # ``_covered``, with the kept US-ASCII terms lower-cased once, not once per pair (see
    # ``merged`` for what it saves).
    kept: list[str] = []
    kept_lower: list[str] = []  # the US-ASCII ones, lower-cased
    kept_other: list[str] = []  # the others, as written
    for term in sorted(unique, key=len):
        if term.isascii():
            covered = any(map(term.lower().__contains__, kept_lower)) or any(map(term.__contains__, kept_other))
        else:
            covered = any(map(term.__contains__, kept))
        if not covered:
            kept.append(term)
            (kept_lower.append(term.lower()) if term.isascii() else kept_other.append(term))
    keep = set(kept)
    return tuple(term for term in unique if term in keep)


def _covered(term: str, others: Iterable[str]) -> bool:
    """Whether a header holding ``term`` surely holds one of ``others`` too."""
    for other in others:
        if term.isascii() and other.isascii():
            if other.lower() in term.lower():
                return True
        elif other in term:
            return True
    return False


def key_groups(keys: Sequence[list[Any]], max_bytes: int | None = None) -> list[list[list[Any]]]:
    """The keys in groups whose text stays under ``max_bytes`` (MAX_QUERY_BYTES unless
    given; each group one SEARCH). A key longer than that alone is a group of its own."""
    max_bytes = MAX_QUERY_BYTES if max_bytes is None else max_bytes
    groups: list[list[list[Any]]] = []
    size = 0
    for key in keys:
        length = sum(len(str(atom).encode()) + 3 for atom in key) + 6
        if not groups or size + length > max_bytes:
            groups.append([])
            size = 0
        groups[-1].append(key)
        size += length
    return groups


def or_tree(keys: Sequence[list[Any]]) -> list[Any]:
    """One search key true when any of ``keys`` is, in prefix form (``OR OR a b c``),
    nested as a balanced tree so that the server's parser never recurses deeper than
    log2 of the key count. Written flat, without parentheses but around a key of several
    parts: imapclient encodes the strings of a parenthesised group in US-ASCII only."""
    if len(keys) == 1:
        key = keys[0]
        return [key] if len(key) > 2 and key[0] != "HEADER" else list(key)
    middle = len(keys) // 2
    return ["OR", *or_tree(keys[:middle]), *or_tree(keys[middle:])]


def key_searches(first_uid: int, last_uid: int, query: Any) -> list[tuple[list[Any], str | None]]:
    """The SEARCHes (imapclient criteria, charset) that find the messages of first_uid..last_uid
    matching ``query``'s keys (``candidate_keys``): the US-ASCII keys in one (more when they
    pass MAX_QUERY_BYTES), the others in one with CHARSET UTF-8."""
    return [(["UID", f"{first_uid}:{last_uid}", *or_tree(group)], charset) for group, charset in _grouped_keys(query)]


def _grouped_keys(query: Any) -> list[tuple[list[list[Any]], str | None]]:
    """(keys, charset) per SEARCH of ``key_searches``, in its order."""
    keys = candidate_keys(query)
    plain = [key for key in keys if all(str(atom).isascii() for atom in key)]
    other = [key for key in keys if key not in plain]
    return [(group, charset) for charset, part in ((None, plain), ("UTF-8", other)) for group in key_groups(part)]


def candidates_in_range(
    account: str, client: Any, first_uid: int, last_uid: int, since: date | None, query: Any,
    traces: Callable[[], Mapping[int, Traces]],
    answered: Callable[[list[Any], str | None], list[int] | None] | None = None,
) -> list[int]:
    """UIDs first_uid..last_uid (arrived since ``since``) matching ``query``, ascending.

    The keys of ``candidate_keys`` are searched on the server, US-ASCII ones in one SEARCH
    (more when they pass MAX_QUERY_BYTES) and the others in one with CHARSET UTF-8;
    ``traces`` (asked only when needed) gives the few messages with Reply-To,
    In-Reply-To or References and those fields, tested by ``traced_candidates``. The
    arrival date is not a search key (see ``arrived_since``). ``answered``: a SEARCH's
    answer when it was asked before (``ImapSource.search_ahead``), else None."""
    if query.everything:
        return uids_in_range(client, first_uid, last_uid, since)
    found: set[int] = set()
    for criteria, charset in key_searches(first_uid, last_uid, query):
        uids = answered(criteria, charset) if answered is not None else None
        if uids is None:
            uids = client.search(criteria, charset)
        found.update(uid for uid in uids if first_uid <= uid <= last_uid)
    if query.senders or query.references or query.replies:
        found.update(traced_candidates(traces(), query))
    if since is not None:
        found = arrived_since(account, client, sorted(found), since)
    return sorted(found)


def arrived_since(account: str, client: Any, uids: Sequence[int], since: date) -> set[int]:
    """Those of ``uids`` whose INTERNALDATE falls on or after ``since``, its date as the
    server writes it (RFC 3501 SEARCH SINCE: "disregarding time and timezone").

    Asked of the few candidates rather than as a search key: SINCE makes Dovecot look up
    the arrival of every message of the range (half a second for 100,000 messages, in
    each SEARCH), and FETCH INTERNALDATE of a few thousand costs a few milliseconds."""
    found: set[int] = set()
    for start in range(0, len(uids), TRACED_BATCH):
        for uid, head, _ in fetch_parts(account, client, sequence_set(uids[start:start + TRACED_BATCH]), "INTERNALDATE"):
            day = _ARRIVAL_DAY_RE.search(head)
            if day is None:
                continue
            month = MONTH_NUMBERS.get(day.group(2).decode().title())
            if month is not None and date(int(day.group(3)), month, int(day.group(1))) >= since:
                found.add(uid)
    return found


_ARRIVAL_DAY_RE = re.compile(rb'INTERNALDATE "[ ]?(\d{1,2})-([A-Za-z]{3})-(\d{4}) ')


# -- a large range: the fields fetched, the keys tested here first, the server confirming --

# From these many UIDs and keys on, ``screened_answers`` answers the keys' SEARCHes: each
# key costs the server a comparison with every message of the range (Dovecot: about 0.13
# microseconds per key and message besides 2 to read the fields, 1.8 s of its processor
# time for 145 keys over 96,000 messages at a load of 6), where fetching the fields a key
# can name costs it 0.35 s and reading and testing them here about 1 s, and the server
# then compares the keys with the few messages let through only. With fewer keys, or a
# few thousand messages, the SEARCH alone costs less.
SCREEN_FROM_UIDS = 2_000
SCREEN_FROM_KEYS = 100
SCREEN_WINDOW = 5_000  # UIDs per FETCH of the screened fields, asked as one range
# The bytes of a confirming SEARCH's UID set, at most: its keys get the rest of MAX_QUERY_BYTES.
CONFIRM_SET_BYTES = 2_000

KEY_FIELDS = ("From", "To", "Cc", "Subject")


def worth_screening(first_uid: int, last_uid: int, query: Any) -> bool:
    """Whether ``screened_answers`` costs less than the keys' SEARCHes over the range."""
    return (not query.everything and last_uid - max(first_uid, 1) + 1 >= SCREEN_FROM_UIDS
            and len(candidate_keys(query)) >= SCREEN_FROM_KEYS)


def screened_answers(
    account: str, client: Any, first_uid: int, last_uid: int, query: Any
) -> tuple[dict[tuple[str, str | None], list[int]], dict[int, Traces]]:
    """The answers of ``key_searches(first_uid, last_uid, query)``, keyed by (repr of the
    criteria, charset), and the range's ``traced_messages``, from one FETCH of the fields
    the keys name and the traced fields per SCREEN_WINDOW UIDs.

    Each message's fields are tested here (``KeyScreen``), which lets through every
    message a key could match and few others; the SEARCHes are then asked of those UIDs
    only, so every answer is the server's own, as the SEARCH of the whole range would
    give it; each of those SEARCHes stays within MAX_QUERY_BYTES, its UID set within
    CONFIRM_SET_BYTES and its keys within the rest (a SEARCH's keys in several when the
    set leaves them too little room, the answers joined). The traced fields come in the same FETCH, so no
    SEARCH for them is needed either. Raises CommandRefused when the server refuses the
    FETCH; socket failures propagate for the caller's guard to type."""
    keys = candidate_keys(query)
    screen = KeyScreen(keys)
    named = {str(atom).lower() for key in keys for atom in key[0::2]}  # the inbox's keys name no To or Cc
    fields = [field for field in KEY_FIELDS if field.lower() in named]
    item = f"BODY.PEEK[HEADER.FIELDS ({' '.join((*fields, *TRACED_FIELDS))})]"
    passed: list[int] = []
    traces: dict[int, Traces] = {}
    for low, high in windows(first_uid, last_uid, SCREEN_WINDOW):
        numbers: list[int] = []
        blocks: list[bytes] = []
        for number, _, block in fetch_parts(account, client, f"{low}:{high}", item):
            if not low <= number <= high:
                continue
            if block is None:  # not a literal: not read here, so the server decides
                passed.append(number)
                continue
            lowered = block.lower()
            # Without the colon: a field name may have blanks before it ("References :"),
            # which _TRACED_LINES and the server's HEADER key both accept. ``find``, not
            # ``in``: Python 3.11's ``bytes in bytes`` first tries the needle as an integer
            # and makes and drops a TypeError each time (about 1,800 instructions, counted
            # with callgrind: 1.4% of a first scan's, over its 45,000 such tests).
            has_traces = lowered.find(b"references") >= 0 or lowered.find(b"reply-to") >= 0
            traced = traced_lines(block) if has_traces else b""
            if traced:
                traces[number] = read_traces(traced)
            numbers.append(number)
            blocks.append(block)
        passed += [number for number, kept in zip(numbers, screen.passing(blocks), strict=True) if kept]
    passed = sorted(set(passed))
    answers: dict[tuple[str, str | None], list[int]] = {}
    uid_sets = sequence_sets(passed, CONFIRM_SET_BYTES)
    for keys_of_search, charset in _grouped_keys(query):
        found: set[int] = set()
        for uid_set in uid_sets:
            for group in key_groups(keys_of_search, MAX_QUERY_BYTES - len(uid_set) - len("UID  ")):
                found.update(client.search(["UID", uid_set, *or_tree(group)], charset))
        criteria = ["UID", f"{first_uid}:{last_uid}", *or_tree(keys_of_search)]
        answers[(repr(criteria), charset)] = sorted(uid for uid in found if first_uid <= uid <= last_uid)
    return answers, traces


_TRACED_LINES = re.compile(rb"(?:^|(?<=\n))(?:reply-to|in-reply-to|references)[ \t]*:[^\n]*\n?(?:[ \t][^\n]*\n?)*",
                           re.IGNORECASE)


def traced_lines(block: bytes) -> bytes:
    """The Reply-To, In-Reply-To and References fields of a header block (with their
    folded lines), as a FETCH of those fields alone gives them; b"" when it has none."""
    found = _TRACED_LINES.findall(block)
    return b"".join(found) + b"\r\n" if found else b""


_ADDRESS_FIELDS = frozenset({b"from", b"to", b"cc"})
_DOUBTFUL_CHARACTER = re.compile(rb'["\\();:\t]')
_FOLD = re.compile(r"\r?\n[ \t]")


class KeyScreen:
    """``screen(header_block)`` -> False only when no key of ``keys`` (``candidate_keys``)
    can match the message on the server (RFC 3501 SEARCH: substrings of the decoded
    fields, case-insensitive): a key's first string is looked for in the fields, folded
    lines joined every way a server may join them, and counts in the key's own field
    only (the user's address is in nearly every message's To); a pair's second string
    anywhere. A block that is not plain US-ASCII (8-bit bytes, encoded words), or whose
    address fields (From, To, Cc, folded lines included) hold what the server reads
    otherwise than as written (it parses the addresses and writes them again: quoted
    strings, escapes, comments, groups, white space around "@" or "." or doubled),
    passes for the server to decide. Strings outside US-ASCII cannot match plain
    US-ASCII fields and are not looked for. About 2 microseconds a message.

    The server's answer is what this must cover, field by field, where
    ``watcher.header_screen.HeaderScreen`` covers what the pipeline's header test may
    pass, in any of the fields; both find their strings with its ``TermAutomaton``."""

    def __init__(self, keys: Sequence[Sequence[Any]]) -> None:
        wanted: dict[str, set[tuple[str, str]]] = {}
        for key in keys:
            fields, strings = key[0::2], [str(atom).lower() for atom in key[1::2]]
            if len(set(fields)) != 1 or not all(text.isascii() and text for text in strings):
                continue
            wanted.setdefault(strings[0], set()).add((str(fields[0]).lower(), strings[1] if len(strings) > 1 else ""))
        self._terms = TermAutomaton((term, tuple(sorted(wants))) for term, wants in wanted.items())

    def __call__(self, block: bytes) -> bool:
        if not block.isascii():
            return True
        lower = block.lower()
        if b"=?" in lower:
            return True
        addresses = b"\n".join(value for name, value in field_values(lower) if name in _ADDRESS_FIELDS)
        if (_DOUBTFUL_CHARACTER.search(addresses) or b" @" in addresses or b"@ " in addresses
                or b" ." in addresses or b". " in addresses or b"  " in addresses):
            return True
        if self._terms.empty:
            return False
        text = lower.decode("ascii")
        texts = [text]
        if "\n " in text or "\n\t" in text:
            texts += [text.replace("\r", ""), _FOLD.sub(lambda m: m.group()[-1], text),
                      re.sub(r"\r?\n[ \t]+", "", text), re.sub(r"\r?\n[ \t]+", " ", text)]
        for joined in texts:
            for end, wants in self._terms.hits(joined):
                field = _field_at(joined, end)
                if any(field == name and (not second or second in joined) for name, second in wants):
                    return True
        return False


    def passing(self, blocks: Sequence[bytes]) -> list[bool]:
        """``[self(block) for block in blocks]``, with ``self`` asked only of the blocks
        where it can find something: one pass over all of them together finds the blocks
        with bytes outside US-ASCII, an encoded word, a folded line, an address field
        holding one of the doubtful characters or sequences, or one of the keys' strings
        anywhere (each a case where ``self`` may let a block through), and every other
        block is turned down without a look of its own. Measured on the benchmark's
        10,000-message inbox (9,600 blocks, 186 keys, least of 7 runs): 37 ms of processor
        time asked block by block, 13 ms together, of which 10 ms is the one pass of the
        term automaton over the 1.2 MB of fields; the same answers (tests/test_server_search.py)."""
        if not blocks:
            return []
        # Each block behind a blank line, so that no match runs from one block into the
        # next, and a block's first field starts after "\n" as in ``field_values``.
        text = b"\n\n".join([b"", *blocks]).lower()
        starts = list(itertools.accumulate((len(block) + 2 for block in blocks[:-1]), initial=2))
        asked = {index for index, block in enumerate(blocks) if not block.isascii()} if not text.isascii() else set()
        # A match within a block ends within it (one running across blocks only makes
        # the block it ends in asked for nothing); latin-1 keeps a character per byte.
        ends = [found.end() - 1 for found in _DOUBTFUL_ADDRESS_LINE.finditer(text)]
        for needle in (b"=?", b"\n ", b"\n\t"):  # an encoded word, a folded line
            ends += _ends(text, needle)
        ends += [end for end, _ in self._terms.hits(text.decode("latin-1"))]
        asked.update(bisect.bisect_right(starts, end) - 1 for end in ends)
        return [index in asked and self(block) for index, block in enumerate(blocks)]


# A From, To or Cc line (lower-cased, unfolded) that may hold what ``KeyScreen`` finds
# doubtful: every line but those made of runs of other characters, each run after the
# first following a single "@", "." or blank. (Three times faster than looking for the
# doubtful characters and sequences themselves after the colon: 2.5 against 10 ms.)
_PLAIN_RUN = rb'[^\n"\\();:\t @.]'
_DOUBTFUL_ADDRESS_LINE = re.compile(rb"\n(?:from|to|cc)[ \t]*:" + _PLAIN_RUN + rb"*+(?:[@. ]" + _PLAIN_RUN + rb"++)*+[^\n]")


def _ends(text: bytes, needle: bytes) -> list[int]:
    """The index of the last byte of each occurrence of ``needle`` in ``text``."""
    found = []
    start = text.find(needle)
    while start != -1:
        found.append(start + len(needle) - 1)
        start = text.find(needle, start + 1)
    return found


def _field_at(text: str, position: int) -> str:
    """The name of the field whose value holds ``position`` of a lower-cased header block."""
    start = text.rfind("\n", 0, position) + 1
    while 0 < start < len(text) and text[start] in " \t":
        start = text.rfind("\n", 0, start - 1) + 1
    colon = text.find(":", start)
    return text[start:colon].strip() if colon != -1 else ""


# -- the few messages with Reply-To, In-Reply-To or References ---------------------------

TRACED_FIELDS = ("Reply-To", "In-Reply-To", "References")
TRACED_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(TRACED_FIELDS)})]"
TRACED_BATCH = 1_000  # UIDs per FETCH: its command line stays near 8 KB, as every server reads


@dataclass(frozen=True, slots=True)
class Traces:
    """What ``traced_candidates`` tests of one message: its Reply-To, decoded and
    case-folded ("" when it has none), and the Message-IDs its In-Reply-To and References
    name, without angle brackets and case-folded, each once (``has_references``: either
    field is there at all).

    Kept for every such message of a folder for the whole session (17,097 of the
    benchmark's 100,000-message inbox, naming 18,428 distinct Message-IDs 32,480 times):
    slotted, the Message-IDs a tuple of strings shared between the messages of a thread
    (``sys.intern``), they take 4.5 MB there instead of the 10.5 MB that a frozenset of
    each message's own strings took (tracemalloc), which were most of a first scan's
    memory growth from 10,000 to 100,000 messages."""

    reply_to: str
    references: tuple[str, ...]
    has_references: bool


def traced_messages(account: str, client: Any, first_uid: int, last_uid: int) -> dict[int, Traces]:
    """UID -> Traces for the messages first_uid..last_uid, whenever they arrived, that
    have a Reply-To, In-Reply-To or References field: one SEARCH of three keys whose
    value is empty (RFC 3501 6.4.4: the field is there), then those fields FETCHed.

    Few messages have them (replies, some newsletters), and the server tells each field's
    presence from its cache at the cost of one comparison per message: far less than a
    key per Message-ID and per address, which it must compare with every message.
    Sent through imaplib and read by ``fetch_parts``, like the header fields' fast path."""
    criteria: list[Any] = ["UID", f"{first_uid}:{last_uid}", *or_tree([["HEADER", field, ""] for field in TRACED_FIELDS])]
    uids = sorted(uid for uid in client.search(criteria) if first_uid <= uid <= last_uid)
    found: dict[int, Traces] = {}
    for start in range(0, len(uids), TRACED_BATCH):
        for uid, _, block in fetch_parts(account, client, sequence_set(uids[start:start + TRACED_BATCH]), TRACED_ITEM):
            if block is not None:
                found[uid] = read_traces(block)
    return found


def read_traces(block: bytes) -> Traces:
    """The Traces of a header block holding (some of) TRACED_FIELDS. The Message-IDs are a
    superset of those the pipeline's reader (``watcher.parse.message_ids``) finds: for the
    US-ASCII blocks nearly all mail has, every token it could take, read from the bytes at
    once (20 times faster); for others, its own reading."""
    lower = block.lower()
    has_references = _REFERENCE_FIELD.search(lower) is not None
    reply_to = ""
    if lower.startswith(b"reply-to:") or b"\nreply-to:" in lower:
        fields = header_fields(block)
        text = decode_header_text(fields.get("reply-to", ""))
        reply_to = f"{text.casefold()} {_without_accents(text).casefold()}"
    if not has_references:
        return Traces(reply_to, (), False)
    if block.isascii():
        bracketed = _BRACKETED.findall(lower)
        found = set(bracketed)
        if lower.count(b"@") > sum(token.count(b"@") for token in bracketed):  # an id outside brackets
            found.update(token.rstrip(b".:") for token in _BARE.findall(lower))
        return Traces(reply_to, _shared(token.decode("ascii") for token in found), True)
    fields = header_fields(block)
    ids = (*message_ids(fields.get("in-reply-to", "")), *message_ids(fields.get("references", "")))
    return Traces(reply_to, _shared(i.strip("<>").casefold() for i in ids), True)


def _shared(ids: Iterable[str]) -> tuple[str, ...]:
    """Each Message-ID once, in a stable order, as the one string every holder shares."""
    return tuple(sorted({sys.intern(i) for i in ids}))


_REFERENCE_FIELD = re.compile(rb"(?:^|\n)(?:in-reply-to|references):")
# watcher.parse's tokens (bracketed, or bare local@domain), split at comments and quotes.
_BRACKETED = re.compile(rb"<([^<>\s]+)>")
_BARE = re.compile(rb"[^<>\s,;()\"]+@[^<>\s,;()\"]+")


def traced_candidates(traces: Mapping[int, Traces], query: Any) -> list[int]:
    """UIDs whose traces qualify them for ``query``: a sender term in Reply-To, a Message-ID
    of ``references`` in In-Reply-To or References, or with ``replies`` either field."""
    wanted = {reference.strip().strip("<>").casefold() for reference in query.references}
    senders = [text.casefold() for text in query.senders if text]
    found = []
    for uid, trace in traces.items():
        # Each term looked for in turn: few messages have a Reply-To (15 of the benchmark's
        # 10,000), and compiling one pattern of the 330 terms per call took 9 ms of a first
        # scan's processor time, against 2 ms this way (load 8).
        if ((query.replies and trace.has_references) or not wanted.isdisjoint(trace.references)
                or (trace.reply_to and any(text in trace.reply_to for text in senders))):
            found.append(uid)
    return sorted(found)


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))
