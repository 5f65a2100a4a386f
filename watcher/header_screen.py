"""A cheap test of a message's raw header fields against a ``CandidateQuery``.

Reading every header (``search = "client"``, or a server whose SEARCH is not trusted, or
a local mailbox) parses each message's fields and asks ``match.may_concern`` of it,
about 85 microseconds a message. ``HeaderScreen`` lets through, in about 12, every
message the query could pick (so every message ``may_concern`` and the invitation test
could pass, as ``watcher/candidates.py`` argues), and only those are parsed:

- a message with In-Reply-To, References or Reply-To (replies are parsed as before:
  their thread may be tied by a message read after them); ``verdict`` tells apart the
  replies let through only as replies (``"reply"``: none of the rules below let them
  through, and no Reply-To), which ``match.may_concern`` passes only when their thread
  is tied or a platform's traces show (``match.reply_may_concern``), so the header test
  is asked of them only then;
- a message whose fields are not plain US-ASCII (encoded words, 8-bit bytes): what they
  say is known only once decoded;
- a message holding one of the query's terms in From, To, Cc or Subject
  (case-insensitively; the query asks for each in one of them, so this finds more),
  but the user's own addresses among its senders, looked for in From only (nearly all
  mail is to them);
  a pair of ``sender_pairs`` or ``recipient_pairs`` when both of its strings are there.

The terms are found in one pass over the fields (Aho-Corasick, pyahocorasick:
``TermAutomaton``, which the IMAP search's screen of its keys shares, with
``field_values``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Literal

from watcher.sources import CandidateQuery

# What the screen makes of a header block: "unrelated" (surely not picked by the query),
# "reply" (let through only for its In-Reply-To or References), "candidate" (the rest).
Verdict = Literal["unrelated", "reply", "candidate"]

# The fields the query looks in (From, To, Cc, Subject), and those that make a message
# parsed anyway, each with its folded lines; the block is lower-cased and starts with "\n".
_FIELD = re.compile(rb"\n(from|to|cc|subject|in-reply-to|references|reply-to)[ \t]*:([^\n]*(?:\n[ \t][^\n]*)*)")


def field_values(lower_block: bytes) -> list[tuple[bytes, bytes]]:
    """(name, value) of each From, To, Cc, Subject, In-Reply-To, References and Reply-To
    field of a lower-cased header block, in its order, the value as written after the
    colon with its folded lines (a blank before the colon accepted, as servers read it)."""
    return _FIELD.findall(b"\n" + lower_block)


class TermAutomaton:
    """Lower-cased US-ASCII terms found in one pass over a text (Aho-Corasick): built from
    (term, payload) pairs (a term given again keeps its last payload), ``hits(text)``
    gives (index of the term's last character, payload) per occurrence, none when no
    term was given (``empty``)."""

    def __init__(self, terms: Iterable[tuple[str, Any]]) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for term, payload in terms:
            self._automaton.add_word(term, payload)
        self.empty = len(self._automaton) == 0
        if not self.empty:
            self._automaton.make_automaton()
        self.hits: Callable[[str], Iterable[tuple[int, Any]]] = _nothing if self.empty else self._automaton.iter


def _nothing(text: str) -> tuple[()]:
    return ()


class HeaderScreen:
    """``screen(header_bytes)`` -> False only when the message surely does not match the
    query (see the module docstring). ``me``: the user's addresses; those among the
    query's senders are looked for in From only."""

    def __init__(self, query: CandidateQuery, me: Iterable[str]) -> None:
        senders = {term.lower() for term in query.senders}
        mine = {address.lower() for address in me if address and address.isascii()} & senders
        self._me = tuple(address.encode() for address in sorted(mine))
        single = [term.lower() for term in (*query.senders, *query.recipients, *query.subjects)]
        self._terms = TermAutomaton([
            *((folded, "") for folded in single if folded and folded.isascii() and folded not in mine),
            *((first.lower(), second.lower()) for first, second in (*query.sender_pairs, *query.recipient_pairs)
              if first.isascii() and second.isascii() and first and second),
        ])

    def __call__(self, block: bytes) -> bool:
        return self.verdict(block) != "unrelated"

    def verdict(self, block: bytes) -> Verdict:
        """``"unrelated"`` only when the message surely does not match the query;
        ``"reply"`` when it is let through only for its In-Reply-To or References (plain
        US-ASCII, no Reply-To, none of the rules for the user's addresses and the terms
        let it through); ``"candidate"`` otherwise."""
        if not block.isascii():
            return "candidate"  # decoded first, by the parser
        fields = field_values(block.lower())
        names = {name for name, _ in fields}
        if b"reply-to" in names:
            return "candidate"
        if self._me and any(address in value for name, value in fields if name == b"from" for address in self._me):
            return "candidate"
        text = "\n".join(value.decode("ascii") for _, value in fields)
        if "=?" in text:
            return "candidate"  # encoded words: decoded first, by the parser
        # A term not written in US-ASCII cannot be in these fields undecoded: left out above.
        if any(not second or second in text for _, second in self._terms.hits(text)):
            return "candidate"
        return "reply" if names & _REFERRING else "unrelated"


_REFERRING = frozenset({b"in-reply-to", b"references"})
