"""SEARCH (RFC 3501 6.4.4) on the selected folder: UID ranges, arrival dates.

Answers are asked in UID windows of ``SEARCH_WINDOW``: one answer for a whole
100,000-message folder is a line of 600 KB that imapclient splits and converts in one go,
the largest allocation of a first sync.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from watcher.calendar_names import MONTH_ABBREVIATIONS
from watcher.sources.imap.errors import CommandRefused

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
    """One search key (imapclient criteria, ANDed within) per way a message can qualify."""
    keys: list[list[Any]] = []
    for text in query.senders:
        keys += [["FROM", text], ["HEADER", "Reply-To", text]]
    for first, second in query.sender_pairs:
        keys.append(["FROM", first, "FROM", second])
    for text in query.subjects:
        keys.append(["SUBJECT", text])
    for reference in query.references:
        keys += [["HEADER", "In-Reply-To", reference], ["HEADER", "References", reference]]
    if query.replies:
        # An empty string matches every message that has the field (RFC 3501 6.4.4).
        keys += [["HEADER", "In-Reply-To", ""], ["HEADER", "References", ""]]
    return keys


def key_groups(keys: Sequence[list[Any]], max_bytes: int = MAX_QUERY_BYTES) -> list[list[list[Any]]]:
    """The keys in groups whose text stays under ``max_bytes`` (each group one SEARCH)."""
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


def candidates_in_range(
    client: Any, first_uid: int, last_uid: int, since: date | None, query: Any
) -> list[int]:
    """UIDs first_uid..last_uid (arrived since ``since``) matching ``query``, ascending."""
    if query.everything:
        return uids_in_range(client, first_uid, last_uid, since)
    found: set[int] = set()
    for group in key_groups(candidate_keys(query)):
        charset = None if all(str(atom).isascii() for key in group for atom in key) else "UTF-8"
        criteria: list[Any] = ["UID", f"{first_uid}:{last_uid}"]
        if since is not None:
            criteria += ["SINCE", since]
        criteria += or_tree(group)
        found.update(uid for uid in client.search(criteria, charset) if first_uid <= uid <= last_uid)
    return sorted(found)


_THREAD_TOKEN = re.compile(rb"[()]|\d+")


def thread_mates(
    account: str, client: Any, first_uid: int, last_uid: int, since: date | None, uids: Iterable[int]
) -> list[int]:
    """UIDs first_uid..last_uid that share a thread with any of ``uids`` (RFC 5256 THREAD
    REFERENCES: threads linked by Message-ID, In-Reply-To and References), ``uids`` left
    out, ascending. Every reply to one of ``uids``, and every reply to those, is among them.

    Sent through imaplib and read here: the answer names every message of the range, a
    line that imapclient's parser would take seconds to tokenise at 100,000 messages.
    """
    connection = client._imap  # imapclient's imaplib.IMAP4, as the FETCH fast path uses it
    args = ["REFERENCES", "UTF-8", "UID", f"{first_uid}:{last_uid}"]
    if since is not None:
        args += ["SINCE", f"{since.day:02d}-{MONTH_ABBREVIATIONS[since.month - 1]}-{since.year}"]
    kind, data = connection.uid("THREAD", *args)
    if kind != "OK":
        raise CommandRefused(account, f"THREAD refused ({kind})")
    wanted = set(uids)
    mates: set[int] = set()
    depth, group = 0, []
    for token in _THREAD_TOKEN.findall(b" ".join(part for part in data if isinstance(part, bytes))):
        if token == b"(":
            depth += 1
        elif token == b")":
            depth -= 1
            if depth == 0:
                if not wanted.isdisjoint(group):
                    mates.update(group)
                group = []
        else:
            group.append(int(token))
    return sorted(uid for uid in mates - wanted if first_uid <= uid <= last_uid)
