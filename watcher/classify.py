"""What a message says: a rejection, an offer, a next step, a holding reply, an auto-reply, bulk mail.

Pure: the only I/O is reading the phrase files once (``watcher/data/phrases/*.toml`` and,
optionally, a user folder of more phrase files; see ``watcher.phrases``). Evidence is weighed in a fixed order:
headers first (auto-replies, mailing lists), then an automatic notice that states no news
(``notice_without_news``: a machine's reminder, an account's mail, a calendar's notice; a
step booked, confirmed, invited to or moved, ``step_booked``, is none), then phrases of the
*new* part of the body (quoted history, forwarded blocks and signatures are cut off first),
then nothing.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import structlog

from watcher import workdays
from watcher.company_guess import company_named, role_named
from watcher.match import (
    as_written,
    board_notice_of_application,
    default_lists,
    meeting_link,
    scheduling_link,
    sending_platform,
)
from watcher.model import UNKNOWN_KIND, Classification, Invitation, Mail, PolicySettings
from watcher.notify.marks import is_own_notice, notice_kind
from watcher.parse import html_to_text
from watcher.phrases import (
    DateWords,
    Hit,
    LazyPattern,
    Needs,
    PhraseBook,
    fold,
    fold_body,
    load_phrases,
    remembering_finds,
    words_of,
)
from watcher.phrases import alternation as _alternation
from watcher.senders import is_no_reply

log = structlog.get_logger(__name__)

DEFAULT_SETTINGS = PolicySettings()  # Monday to Friday, no public holidays, UTC


# ---------------------------------------------------------------- the new part of a body


def looks_like_html(body: str) -> bool:
    return bool(re.search(r"<(html|body|div|p|br|table)\b", body[:2000], re.IGNORECASE))


def new_part(body: str, book: PhraseBook) -> str:
    """The part of a body its sender wrote now: no quoted history, forwards, signature or
    legal notice."""
    plain, cut, _forward = _plain_cut(body, book)
    return _own_words(plain, book, cut)


def _plain(body: str) -> str:
    if looks_like_html(body):
        body = html_to_text(body)
    return body.replace("\r\n", "\n")


# The last bodies read (``_plain_cut``), each with the book it was read with.
_CUTS_KEPT = 16
_cuts: dict[str, tuple[PhraseBook, str, int, bool]] = {}


def _plain_cut(body: str, book: PhraseBook) -> tuple[str, int, bool]:
    """(``body`` as plain text, where its sender's own words end, whether a forwarded
    message starts there: ``_first_cut``). The tying reads a reply's own words
    (``watcher.match``) up to five times, and the classifier once more: the last few
    bodies' answers are remembered, the same answers (0.01 s of a first scan of 10,000
    messages, 305 readings of 238 bodies)."""
    kept = _cuts.get(body)
    if kept is not None and kept[0] is book:
        return kept[1], kept[2], kept[3]
    plain = _plain(body)
    cut, forward = _first_cut(plain, book)
    if len(_cuts) >= _CUTS_KEPT:
        _cuts.clear()
    _cuts[body] = (book, plain, cut, forward)
    return plain, cut, forward


def _first_cut(body: str, book: PhraseBook) -> tuple[int, bool]:
    """Where the sender's own words of a plain body end, and whether a forwarded message
    starts there. A legal notice (``book.notices``) ends them only once words stand before it,
    more than a greeting: a data-protection notice that opens "Gentile Alex Doe, ai sensi
    del GDPR ..." is the message itself."""
    quotes, forwards, notices = book.cut_finders
    cut, forward = len(body), False
    quoted = _earliest(body, book.quote_cuts, quotes)
    if quoted is not None and quoted < cut:
        cut = quoted
    forwarded = _earliest(body, book.forwards, forwards)
    if forwarded is not None and forwarded <= cut:  # a forward line wins a tie with quoted history
        cut, forward = forwarded, True
    if notices is not None and not notices.search(body, 0, cut):
        return cut, forward  # no notice before the cut, the usual case
    return _notice_cut(body, book, cut, forward)


def _notice_cut(body: str, book: PhraseBook, cut: int, forward: bool) -> tuple[int, bool]:
    """(``cut``, ``forward``), or the start of the first legal notice before ``cut`` that
    more than a greeting stands before, and False."""
    for pattern in book.notices:
        for found in pattern.finditer(body, 0, cut):
            if not _greeting_only(body[: found.start()]):
                if found.start() < cut:
                    cut, forward = found.start(), False
                break
    return cut, forward


def _earliest(body: str, patterns: Sequence[re.Pattern[str]], joined: re.Pattern[str] | None) -> int | None:
    """Where the earliest match of any of ``patterns`` in ``body`` starts (``joined``: them
    as one pattern, ``PhraseBook.cut_finders``); None when none matches."""
    if joined is not None:
        found = joined.search(body)
        return found.start() if found else None
    return min((found.start() for pattern in patterns if (found := pattern.search(body))), default=None)


_GREETING = re.compile(r"[^\n.!?]{0,60}[,:]")


def _greeting_only(text: str) -> bool:
    """Whether ``text`` is empty or a greeting line alone ("Dear Alex Doe,", "Guten Tag,")."""
    return _GREETING.fullmatch(text.strip()) is not None or not text.strip()


# The line a phone's mailer adds below the words, in the languages read, folded: "Sent from my
# iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi móvil",
# "Verstuurd vanaf mijn iPhone", "Inviato da iPhone", "Enviado do meu celular", "Wysłane z mojego
# iPhone'a", "Skickat från min iPhone", "Get Outlook for iOS".
_PHONE_MAILER_LINE = re.compile(
    r"^[ \t]*(?:sent from|von meinem|envoye de|enviado desde|verstuurd (?:vanaf|van|met)|inviato da|enviado do"
    r"|enviado de|wyslane z|wyslano z|skickat fran|get outlook for)\b[^\n]{0,40}?\b(?:iphone'a|iphone|ipad'a|ipad"
    r"|android|phone|mobile|smartphone|galaxy|samsung|blackberry|ios|handy|mobilgerat|portable|movil|celular"
    r"|cellulare|telefoon|mobiel|telemovel|smartfona|telefonu|mobilen|mobiltelefon)(?: gesendet)?\W*$",
    re.MULTILINE,
)


def _said_anything(text: str) -> bool:
    """Whether a folded body's own words hold a letter or a digit besides a phone mailer's
    line ("Sent from my iPhone"): not only blank lines and punctuation."""
    return any(char.isalnum() for char in _PHONE_MAILER_LINE.sub("", text))


def _own_words(body: str, book: PhraseBook, cut: int | None = None) -> str:
    """The lines of a plain body its sender wrote now: those above ``cut`` (``_first_cut``)
    not quoted with ">"; when they say nothing (only blank lines, or a phone mailer's line),
    the words written below the quoted message (``_words_below``) are the reply's own."""
    if cut is None:
        cut, _ = _first_cut(body, book)
    kept = [line for line in body[:cut].split("\n") if not line.lstrip().startswith(">")]
    above = "\n".join(kept)
    if cut < len(body) and not _said_anything(fold_body(above)):
        below = _words_below(body[cut:], book)
        if below:
            return f"{above}\n{below}" if above.strip() else below
    return above


# Lines an attribution takes above the quoted lines it introduces ("On Tue, 3 Jun 2025 at
# 18:02, Sam Taylor <sam@example.org> wrote:" may wrap onto a second line).
_ATTRIBUTION_LINES = 2


def _words_below(rest: str, book: PhraseBook) -> str:
    """A bottom-posted or interleaved reply's own words: the lines not quoted with ">" that
    follow the quoted blocks in ``rest`` (a plain body from its first cut on), up to a
    signature, a forwarded message or a legal notice (``_first_cut``); attribution lines
    ("On ... wrote:") are skipped. "" when ``rest`` is no attribution followed by quoted
    lines (an Outlook header block over the unquoted history, a signature)."""
    kept: list[str] = []
    while rest:
        lines = rest.split("\n")
        start = _quoted_start(lines)
        if start is None:
            break
        rest = "\n".join(lines[start:])
        cut, forward = _first_cut(rest, book)
        kept += [line for line in rest[:cut].split("\n") if line.strip() and not line.lstrip().startswith(">")]
        if forward or cut >= len(rest):
            break
        rest = rest[cut:]
    return "\n\n".join(kept)


# The separator Outlook writes over the header block of the message replied to
# ("-----Original Message-----", "-----Messaggio originale-----").
_SEPARATOR_LINE = re.compile(r"^[ \t]*-{3,}[^\n]{0,40}-{3,}[ \t]*$")
# At most so many lines of such a header block ("From:", "Sent:", "To:", "Cc:", "Subject:").
_HEADER_BLOCK_LINES = 8


def _quoted_start(lines: list[str]) -> int | None:
    """Index of the first ">"-quoted line of ``lines`` when no more than an attribution stands
    above it ("On ... wrote:", or an Outlook header block: "-----Messaggio originale-----",
    "Da: ...", "Inviato: ...", "Oggetto: ..."); None otherwise."""
    written = header = 0
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            return index
        if _SEPARATOR_LINE.match(line) or _HEADER_FIELD.match(line):
            header += 1
            if header > _HEADER_BLOCK_LINES:
                return None
        elif line.strip():
            written += 1
            if written > _ATTRIBUTION_LINES:
                return None
    return None


# A forwarded message's header block: "From: ...", "Von: ...", "Envoyé : ...", "*Date:* ...".
_HEADER_FIELD = re.compile(r"^[ \t]*\**[^\W\d_][\w .'-]{0,30}?\**[ \t]?:\**[ \t]", re.UNICODE)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def forwarded_part(mail: Mail, book: PhraseBook) -> str | None:
    """The words of the message ``mail`` forwards, without its header block, its own quoted
    history, signature or legal notice; None when ``mail`` forwards nothing, or forwards the
    reader's own mail (its From is one of ``mail.to``).

    A message forwards when a forward line starts a block ("---------- Forwarded message
    ---------", "Begin forwarded message:", "-------- Message transféré --------",
    ``[quote] forwards``), or when its subject begins with a forward prefix ("Fwd:", "WG:",
    "TR:", "RV:", ``[quote] forward_prefixes``) and a quoted header block ("From: ... Sent:",
    "Von: ... Gesendet:") ends the sender's own words."""
    found = forwarded_message(mail, book)
    return found[1] if found else None


def forwarded_message(mail: Mail, book: PhraseBook) -> tuple[str, str] | None:
    """(the address its header block gives as the sender, lower-case, or ""; its words) of
    the message ``mail`` forwards: see ``forwarded_part``."""
    body, cut, forward = _plain_cut(mail.body or "", book)
    return _forwarded(body, cut, forward, mail, book)


def _forwarded_words(body: str, cut: int, forward: bool, mail: Mail, book: PhraseBook) -> str | None:
    """``forwarded_part`` of a plain body whose own words end at ``cut``."""
    found = _forwarded(body, cut, forward, mail, book)
    return found[1] if found else None


def _forwarded(body: str, cut: int, forward: bool, mail: Mail, book: PhraseBook) -> tuple[str, str] | None:
    if cut >= len(body) or not (forward or _forward_subject(mail.subject, book)):
        return None
    lines = body[cut:].split("\n")
    position = 1 if not _HEADER_FIELD.match(lines[0]) else 0
    while position < len(lines) and not lines[position].strip():
        position += 1
    header: list[str] = []
    while position < len(lines) and lines[position].strip() and _HEADER_FIELD.match(lines[position]):
        header.append(lines[position])
        position += 1
    if not header:
        return None
    sender = _ADDRESS.search("\n".join(header))
    if sender and sender.group().lower() in {address.lower() for address in mail.to}:
        return None
    words = _own_words("\n".join(lines[position:]), book)
    return (sender.group().lower() if sender else "", words) if words.strip() else None


def forward_subject(subject: str) -> bool:
    """Whether ``subject`` begins with a forward prefix ("Fwd:", "WG:", "RV:", "TR:" ...) of
    any language's phrase book."""
    return _forward_subject(subject, load_phrases())


def _forward_subject(subject: str, book: PhraseBook) -> bool:
    found = re.match(r"\s*([^\W\d_]{1,12})\s*:", subject)
    return bool(found) and fold(found.group(1)) in book.forward_prefixes


# ---------------------------------------------------------------- dates


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: date
    explicit: bool  # names a calendar day, not only a weekday



def _month_number(words: DateWords, name: str) -> int:
    for number, aliases in enumerate(words.months, start=1):
        if name in aliases:
            return number
    raise ValueError(name)


def _year_for(month: int, day: int, sent: date) -> date | None:
    for year in (sent.year, sent.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= sent - timedelta(days=7):
            return candidate
    return None


def _next_weekday(sent: date, weekday: int) -> date:
    ahead = (weekday - sent.weekday()) % 7 or 7
    return sent + timedelta(days=ahead)


def _next_day_of_month(sent: date, day: int) -> date | None:
    year, month = sent.year, sent.month
    for _ in range(3):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if candidate >= sent:
                return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


ORDINAL = r"(?:st|nd|rd|th|er|ste|de|e|\.|o|º)?"  # 1st, 1er, 1., 1o, 1º; Dutch 1e, 1ste, 2de


def mentions_in(
    text: str, sent: date, words: DateWords, settings: PolicySettings = DEFAULT_SETTINGS
) -> list[DateMention]:
    """Every day a folded text names in one language, resolved against the day it was sent."""
    found: list[DateMention] = []
    patterns = _date_patterns(words)
    if not patterns.may_match(text):
        return found

    def add(match: re.Match[str], day: date | None, explicit: bool = True) -> None:
        if day is not None:
            found.append(DateMention(match.start(), match.end(), day, explicit))

    found.extend(_calendar_mentions(text, sent, words))
    for index, weekday in enumerate(patterns.weekdays):
        for m in weekday.finditer(text):
            add(m, _next_weekday(sent, index), explicit=False)
    for pattern, resolve in (
        (patterns.tomorrow, lambda: sent + timedelta(days=1)),
        (patterns.next_week, lambda: _next_weekday(sent, 0) + timedelta(days=4)),
        (patterns.end_of_week, lambda: sent + timedelta(days=(4 - sent.weekday()) % 7)),
        (
            patterns.end_of_month,
            lambda: date(sent.year, sent.month, calendar.monthrange(sent.year, sent.month)[1]),
        ),
    ):
        for m in pattern.finditer(text):
            add(m, resolve())
    found.extend(_spans_in(text, sent, words, settings))
    if words.day_of_month:
        for m in patterns.day_of_month.finditer(text):
            add(m, _next_day_of_month(sent, int(m[1])))
    return found


def _calendar_mentions(text: str, sent: date, words: DateWords) -> list[DateMention]:
    """The calendar dates a folded text names in one language: "20 June", "June 20th, 2026"."""
    patterns = _date_patterns(words)
    found: list[DateMention] = []
    if not patterns.may_match(text, calendar_only=True):
        return found
    for m in patterns.day_month.finditer(text):
        day = _explicit(int(m[1]), _month_number(words, m[2]), m[3], sent)
        found += [DateMention(m.start(), m.end(), day, True)] if day else []
    for m in patterns.month_day.finditer(text):
        day = _explicit(int(m[2]), _month_number(words, m[1]), m[3], sent)
        found += [DateMention(m.start(), m.end(), day, True)] if day else []
    return found


@dataclass(frozen=True)
class _DatePatterns:
    """One language's patterns for ``mentions_in`` and ``_spans_in``."""

    day_month: LazyPattern  # "20 June", "20th of June 2026"
    month_day: LazyPattern  # "June 20", "June 20th, 2026"
    weekdays: tuple[LazyPattern, ...]  # Monday first
    tomorrow: LazyPattern
    next_week: LazyPattern
    end_of_week: LazyPattern
    end_of_month: LazyPattern
    span: LazyPattern  # "within 5 business days"
    day_of_month: LazyPattern  # "by the 20th"

    @property
    def every(self) -> tuple[LazyPattern, ...]:
        return (self.day_month, self.month_day, *self.weekdays, self.tomorrow, self.next_week,
                self.end_of_week, self.end_of_month, self.span, self.day_of_month)

    @functools.cached_property
    def _keys(self) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        return _keys_of(self.every), _keys_of((self.day_month, self.month_day))

    def may_match(self, text: str, *, calendar_only: bool = False) -> bool:
        """False when no pattern of this language (of ``day_month`` and ``month_day`` with
        ``calendar_only``) can match ``text``: it holds none of the words one of them needs.

        Each pattern is searched only in a text meeting its ``Needs``; a text with none of the
        language's keys meets none, so the language is skipped with one set test. Measured on
        the 236 messages a first scan of the benchmark's 10,000 messages classifies: 24,808
        pattern tests in 1,652 readings of a language, most of them of a language the text is
        not in, went down to 4,722; classifying them went from 1.81 to 1.60 billion
        instructions (callgrind), the same verdicts.
        """
        keys = self._keys[1 if calendar_only else 0]
        return keys is None or not keys.isdisjoint(words_of(text))


def _keys_of(patterns: Iterable[LazyPattern]) -> frozenset[str] | None:
    """Words of which a text holds at least one when any of ``patterns`` may match it
    (``Needs.keys``); None when one of them needs no word."""
    keys: set[str] = set()
    for pattern in patterns:
        needed = pattern.needs.keys()
        if needed is None:
            return None
        keys.update(needed)
    return frozenset(keys)


def date_pattern_sources(book: PhraseBook) -> list[tuple[str, int]]:
    """(source, flags) of the date patterns of every language of ``book``: kept compiled
    with the bundled book (``watcher.phrases``), like its phrases' patterns."""
    return [(pattern.source, pattern.flags) for words in book.date_words for pattern in _date_patterns(words).every]


# Built once per language: building them for every text was a third of classifying.
@functools.lru_cache(maxsize=64)
def _date_patterns(words: DateWords) -> _DatePatterns:
    aliases = [alias for month in words.months for alias in month]
    month_names = _alternation(aliases)

    def one_of(phrases: tuple[str, ...]) -> LazyPattern:
        return LazyPattern(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", Needs.of(phrases))

    numbers = _alternation(words.numbers)
    units = words.day_units + words.business_day_units + words.week_units
    # "by the 20th", but not "ab dem 7. Januar" (the ordinal's dot before a month's name).
    not_a_full_date = rf"(?!\w|:|\.\d|{ORDINAL},? (?:of |de )?(?:{month_names})(?!\w))"
    return _DatePatterns(
        day_month=LazyPattern(
            rf"(?<!\w)(\d{{1,2}}){ORDINAL},? (?:of |de |)({month_names})(?:,? (\d{{4}}))?(?!\w)", Needs.of(aliases)
        ),
        month_day=LazyPattern(
            rf"(?<!\w)({month_names}) (\d{{1,2}}){ORDINAL}(?:,? (\d{{4}}))?(?!\w)", Needs.of(aliases)
        ),
        weekdays=tuple(
            LazyPattern(rf"(?<!\w)(?:{_alternation(names)})(?!\w)", Needs.of(names))
            for names in words.weekdays
        ),
        tomorrow=one_of(words.tomorrow),
        next_week=one_of(words.next_week),
        end_of_week=one_of(words.end_of_week),
        end_of_month=one_of(words.end_of_month),
        span=LazyPattern(
            rf"(?<!\w)(?:{_alternation(words.within)}) (\d{{1,2}}|{numbers}) ({_alternation(units)})(?!\w)",
            Needs.of(words.within, units),
        ),
        day_of_month=LazyPattern(
            rf"(?<!\w)(?:{_alternation(words.day_of_month)}) (\d{{1,2}}){ORDINAL}{not_a_full_date}",
            Needs.of(words.day_of_month),
        ),
    )


def _explicit(day: int, month: int, year: str | None, sent: date) -> date | None:
    if year is None:
        return _year_for(month, day, sent)
    try:
        return date(int(year), month, day)
    except ValueError:
        return None


def _spans_in(text: str, sent: date, words: DateWords, settings: PolicySettings) -> list[DateMention]:
    """Spans of time such as "in two weeks" or "within 5 business days" (business days as
    ``watcher.workdays`` counts them: the reader's work days, without public holidays)."""
    if not words.within:
        return []
    result = []
    for m in _date_patterns(words).span.finditer(text):
        count = int(m[1]) if m[1].isdigit() else words.numbers[m[1]]
        if m[2] in words.business_day_units:
            day = workdays.add_business_days(sent, count, settings)
        elif m[2] in words.week_units:
            day = sent + timedelta(weeks=count)
        else:
            day = sent + timedelta(days=count)
        result.append(DateMention(m.start(), m.end(), day, True))
    return result


def numeric_mentions(text: str, sent: date) -> list[DateMention]:
    """2025-06-20, 20.06.2025, 20.06., 20/06/2025, 20/06, 20-06-2025 (day first unless that
    cannot be). Without a year, only "20.06." and two-digit "20/06" name a day."""
    found = []
    for m in re.finditer(r"(?<![\w.])(\d{4})-(\d{2})-(\d{2})(?!\w)", text):
        day = _explicit(int(m[3]), int(m[2]), m[1], sent)
        if day:
            found.append(DateMention(m.start(), m.end(), day, True))
    for m in re.finditer(r"(?<![\w.:/-])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}))?(\.?)(?![\w:/-]|\.\d)", text):
        if m[4] is None and not (m[2] == "." and m[5]) and not (m[2] == "/" and len(m[1]) == len(m[3]) == 2):
            continue  # "24/7", "5-10 days" or a time such as "10.30": not a day
        first, second = int(m[1]), int(m[3])
        day_first = first > 12 or second <= 12
        day_num, month = (first, second) if day_first else (second, first)
        day = _explicit(day_num, month, m[4], sent)
        if day:
            found.append(DateMention(m.start(), m.end(), day, True))
    return found


def first_named_date(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> date | None:
    """The first day (on or after the day sent) a folded text names, in any language."""
    named = named_dates(text, sent, book, settings)
    return named[0] if named else None


RETURN_HORIZON = timedelta(days=120)  # an absence named further ahead is not a return date


def return_date(text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS) -> date | None:
    """The day an out-of-office's writer is back: the latest day it names within RETURN_HORIZON
    ("away from 10 June until 20 June" is back on the 20th), calendar days before weekdays."""
    named = [day for day in named_dates(text, sent, book, settings) if day <= sent + RETURN_HORIZON]
    return max(named) if named else None


def named_dates(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> list[date]:
    """The days (on or after the day sent) a folded text names, in any language: the calendar
    dates in the order of the text, or when there is none, the weekdays and spans."""
    mentions = numeric_mentions(text, sent)
    for words in book.date_words:
        mentions.extend(mentions_in(text, sent, words, settings))
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[DateMention] = []
    for mention in mentions:
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    candidates: list[DateMention] = []
    for index, mention in enumerate(chosen):
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        if not mention.explicit and following and following.explicit and following.start - mention.end <= 3:
            continue  # "Friday, June 20": the calendar day says it better
        if mention.day >= sent:
            candidates.append(mention)
    # A calendar date is a promise; a bare weekday is often small talk about the past
    # ("it was a pleasure talking to you on Tuesday ... news by 6 November").
    explicit = [m for m in candidates if m.explicit]
    return [m.day for m in explicit or candidates]


TIME_PATTERN = re.compile(
    r"(?<![\w:.])(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|uhr|h(?!\w))(?!\w)"
    r"|(?<![\w:.])(\d{1,2})[:h](\d{2})(?![\w:])"  # "11:30", and French "11h30"
)


def first_named_time(text: str) -> time | None:
    """The first time of day ``text`` names ("10:00 Uhr", "3pm", "11h30"), or None."""
    return next(named_times(text), None)


def named_times(text: str) -> Iterator[time]:
    """The times of day ``text`` names, in its order ("10:00 Uhr", "3pm", "11h30", "14.00 h")."""
    for m in TIME_PATTERN.finditer(text):
        hour_text, minute_text, marker = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], "")
        hour, minute = int(hour_text), int(minute_text or 0)
        if marker.startswith("p") and hour < 12:
            hour += 12
        if marker.startswith("a") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            yield time(hour, minute)


# ---------------------------------------------------------------- headers


def header_evidence(mail: Mail, book: PhraseBook, *, own_application: bool = False) -> tuple[str, str] | None:
    """(kind, reason) when the headers say auto-reply or bulk mail.

    "auto_generated" (Auto-Submitted other than "auto-replied") is machine mail that an
    applicant-tracking system may also use for real news: its body is read first.
    ``own_application``: a job board's notice about the user's own application
    (``watcher.match.board_notice_of_application``), which a List-Unsubscribe field or a
    sender that also sends the board's alerts (``senders.bulk``) does not make a mailing;
    List-Id and Precedence still do.
    """
    headers = {k.lower(): v.strip() for k, v in mail.headers.items()}
    auto_submitted = headers.get("auto-submitted", "").lower()
    precedence = headers.get("precedence", "").lower()
    if auto_submitted.startswith("auto-replied"):
        return "auto_reply", f"header Auto-Submitted: {auto_submitted}"
    for name in ("x-autoreply", "x-autorespond"):
        if name in headers and headers[name].lower() not in ("no", "false", "0"):
            return "auto_reply", f"header {name}: {headers[name][:20]}"
    if precedence == "auto_reply":
        return "auto_reply", "header Precedence: auto_reply"
    if headers.get("content-type", "").lower().startswith("multipart/report"):
        # A read receipt or a delivery report (RFC 6522): a mail system wrote it, not a person.
        return "auto_reply", "a read or delivery report (multipart/report)"
    for name in ("list-id",) if own_application else ("list-unsubscribe", "list-id"):
        if headers.get(name):
            return "bulk", f"header {name} present"
    if precedence in ("bulk", "list", "junk"):
        return "bulk", f"header Precedence: {precedence}"
    sender = mail.from_addr.lower()
    for pattern in () if own_application else book.bulk_senders:
        if fnmatch(sender, pattern):
            return "bulk", f"sender {sender} sends job alerts"
    if auto_submitted and auto_submitted != "no":
        if _from_recipients_domain(mail):
            # Machine mail from the reader's own domain (their own notices, their provider's
            # reports): never an employer's news.
            return "bulk", f"header Auto-Submitted: {auto_submitted} from the recipient's own domain"
        return "auto_generated", f"header Auto-Submitted: {auto_submitted}"
    return None


def _domain(address: str) -> str:
    return address.strip().strip("<>").rpartition("@")[2].lower()


def _from_recipients_domain(mail: Mail) -> bool:
    sender = _domain(mail.from_addr)
    return bool(sender) and any(_domain(address) == sender for address in mail.to)


# ---------------------------------------------------------------- deciding


def _phrase_reasons(hits: Iterable[Hit], limit: int = 3) -> tuple[str, ...]:
    unique = list(dict.fromkeys(hit.text for hit in hits))
    return tuple(f"phrase '{text}'" for text in unique[:limit])


def _strength(count: int, base: float) -> float:
    return min(0.97, base + 0.04 * (count - 1))


def classify(
    mail: Mail,
    *,
    interview_company: str | None = None,
    extra_dir: Path | None = None,
    zone: tzinfo | None = None,
    settings: PolicySettings | None = None,
    interview_held: bool = False,
) -> Classification:
    """What ``mail`` says. See the module docstring for the order evidence is weighed in.

    ``interview_held``: the interview the message is tied to took place before it was sent;
    then a person's reminder of a meeting set is of a further round, news (a reply), not
    the holding reply it is in the run-up (``reminder_of_step_set``).

    ``zone``: the reader's time zone. "Tomorrow" and "Thursday at 15:00" in a message
    mean the reader's days and hours; without it they are read in the zone of
    ``settings``, else in UTC. ``settings``: the reader's work days and public holidays,
    for "within 5 business days" (``watcher.workdays``).
    """
    own = own_notice(mail)
    if own:
        return own
    book = load_phrases(extra_dir)
    settings = settings or DEFAULT_SETTINGS
    if zone is None and settings.timezone != "UTC":
        zone = workdays.zone(settings)
    if zone is not None:
        mail = dataclasses.replace(mail, date=mail.date.astimezone(zone))
    with remembering_finds():
        if mail.direction == "sent":
            return classify_sent(mail, book)
        return classify_received(mail, book, interview_company, settings, interview_held=interview_held)


def own_notice(mail: Mail) -> Classification | None:
    """``bulk`` when ``mail`` is a notice watcher wrote (either mark, ``watcher.notify.marks``),
    whoever it seems to come from: a digest, or a draft that was not sent. Else None.

    A draft found in a sent folder reads as the user's own mail (it was sent from the draft).
    """
    if is_own_notice(mail, sent_folder=mail.direction == "sent"):
        return Classification(kind="bulk", confidence=1.0, reasons=(f"watcher's own {notice_kind(mail)}",))
    return None


# The prefixes mail programs put before the subject of a reply or a forward, in the languages
# read and as Outlook, Gmail, Apple Mail and Thunderbird write them ("Re:", "AW:", "SV:", "R:",
# "RIF:", "Antw:", "Res:", "RV:", "Fwd:", "WG:", "TR:", "I:", Polish "Odp:" and "PD:", Swedish
# "VB:"), also numbered ("Re[2]:").
EARLIER_SUBJECT = re.compile(
    r"\s*(re|aw|sv|r|rif|antw|antwoord|res|resp|rv|fw|fwd|wg|tr|i|doorst|odp|pd|vb)\s*(\[\d+\])?\s*:", re.IGNORECASE
)


def classify_sent(mail: Mail, book: PhraseBook) -> Classification:
    """The user's own mail: a chaser (``follow_up``), a ``thank_you``, or ``other``.

    A chaser's words (status, an update, "haven't heard back") win over thanks; thanks for
    a meeting (to the recruiter, the panel, or in the subject) win over light words such as
    "following up on our conversation". An answer to an offer or a withdrawal
    (``thank_you.veto``: "I'm delighted to accept your offer", "I have decided to decline
    the offer") is ``other`` however warmly it thanks: no thanks for a meeting, no chaser.
    """
    # A reply's or a forward's subject was written for an earlier message of the thread ("Re:
    # Thank you for today" answers the user's own thank-you): only the body says what it is.
    subject = "" if EARLIER_SUBJECT.match(mail.subject) else fold(mail.subject)
    text = fold_body(new_part(mail.body or "", book))
    chaser = book.find("follow_up.phrases", text) + book.find("follow_up.phrases", subject)
    thanks = (
        book.find("thank_you.phrases", text)
        + book.find("thank_you.phrases", subject)
        + book.find("thank_you.subjects", subject)
    )
    light = book.find("follow_up.weak", text) + book.find("follow_up.weak", subject)
    answered = book.find("thank_you.veto", text) + book.find("thank_you.veto", subject)
    if answered and not chaser:
        reason = f"answers an offer or withdraws: {_phrase_reasons(answered, 1)[0]}"
        return Classification(kind="other", confidence=0.7, reasons=(reason,))
    for kind, hits in (("follow_up", chaser), ("thank_you", thanks), ("follow_up", light)):
        if hits:
            return Classification(kind=kind, confidence=_strength(len(hits), 0.8), reasons=_phrase_reasons(hits))
    return Classification(kind="other", confidence=0.5, reasons=("no thank-you or follow-up phrase",))


def classify_received(
    mail: Mail, book: PhraseBook, interview_company: str | None, settings: PolicySettings = DEFAULT_SETTINGS,
    *, interview_held: bool = False,
) -> Classification:
    mail = as_written(mail)  # a person's message a job board relays is theirs, not the board's mailing
    body, cut, forward = _plain_cut(mail.body or "", book)
    raw_new = _own_words(body, book, cut)
    text = fold_body(raw_new)
    subject = fold(mail.subject)
    passed_on = _forwarded_words(body, cut, forward, mail, book)
    if passed_on and decide_from_phrases(text, subject, book).kind == "other":
        # The newest words first: a line on top that decides nothing ("see below", "sorry
        # it isn't better news") passes on what the forwarded message says.
        raw_new = f"{raw_new}\n\n{passed_on}"
        text = fold_body(raw_new)
    note = calendar_note(mail, text, book)
    if note is not None:
        # The organizer's own words in a calendar's notice ("Message de l'organisateur : imprévu
        # de notre côté, je t'écris pour une autre date") are what a person wrote; the day and
        # hour of the event cancelled or declined set no meeting.
        text = note
    sent_day = mail.date.date()
    # An electronic signature service's envelope carries the papers the candidate accepts the
    # offer by signing, by the day it names (the offer's deadline): the offer, never its paperwork.
    papers = offer_papers(text, book)
    if papers is not None and signing_service(mail):
        papers = None
    own_application = board_notice_of_application(mail, interview_company)
    from_headers = header_evidence(mail, book, own_application=bool(own_application))
    # What list headers make of the message, unless it states more (below).
    list_verdict = None
    if from_headers:
        list_verdict = Classification(kind="bulk", confidence=0.95, reasons=(from_headers[1],))
    unsubscribe_only = None
    if from_headers and from_headers[0] == "bulk":
        # Platforms' mailers add list headers to personal notices too, and job boards carry
        # the employer's notices: a rejection still is one, and so is an application received.
        rejection = decided_rejection(text, book)
        if rejection and mail.body is not None:
            return Classification("rejection", 0.85, (from_headers[1], *_phrase_reasons(rejection, 2)))
        if _precedence_only(mail) and _auto_reply_wording(text, subject, book):
            # vacation(1) and many responders mark their replies "Precedence: bulk" or
            # "junk" so that nothing answers them: an out-of-office all the same.
            return auto_reply(text, sent_day, book, (from_headers[1], "out-of-office wording"), 0.9, settings)
        received = book.find("acknowledgement.received", text) or status_update(mail, text, subject, book)
        if received and mail.body is not None:
            reasons = (from_headers[1], *_phrase_reasons(received, 2))
            list_verdict = Classification("acknowledgement", 0.8, reasons)
        unsubscribe_only = platform_notice_with_unsubscribe(mail, text, subject, book)
        if unsubscribe_only is None:
            return list_verdict  # type: ignore[return-value]
    if from_headers and from_headers[0] == "auto_reply":
        return auto_reply(text, sent_day, book, (from_headers[1],), 0.95, settings)
    generated_by = from_headers[1] if from_headers and from_headers[0] == "auto_generated" else None
    automated = None if from_headers else book.find("acknowledgement.automated", text)
    if automated:
        # "This is an automated message, please do not reply": a system's notice sent from the
        # employer's careers address, read as the Auto-Submitted: auto-generated header.
        generated_by = f"says it is automatic: '{automated[0].text}'"
    generated = generated_by is not None
    notice = notice_without_news(mail, text, subject, book, generated, settings)
    if notice is not None:
        return list_verdict if unsubscribe_only is not None and list_verdict else notice
    if generated and papers is None and not _decision_phrases(text, book):
        # A job board's notice of the user's own application is a platform's notice too.
        platform = sending_platform(mail) or own_application
        readable = mail.body is not None and not _auto_reply_wording(text, subject, book)
        booked = step_booked(text, subject, sent_day, book, settings) if readable else None
        if booked:
            reasons = (generated_by, f"a step booked: '{booked.text}'")  # type: ignore[index]
            return Classification("next_step", 0.7, reasons)
        if platform and readable and not book.find("bulk.survey", text):
            # An applicant-tracking platform's notice is never an out-of-office: one that
            # states nothing is a holding reply (its survey about the process is a mailing).
            return Classification(
                "acknowledgement", 0.6, (generated_by, f"sent by {platform} and no decision phrase")  # type: ignore[index]
            )
        bulk = bulk_wording(text, subject, book) if readable else []
        if bulk:
            # Machine mail with a mailing's words and none of an absence: a survey, a newsletter.
            return Classification("bulk", 0.7, (generated_by, *_phrase_reasons(bulk, 2)))  # type: ignore[index]
        return auto_reply(text, sent_day, book, (generated_by,), 0.9, settings)  # type: ignore[index]
    if mail.body is None:
        return Classification(kind=UNKNOWN_KIND, confidence=0.0, reasons=("could not read this message: body not fetched",))
    if mail.unreadable:
        return Classification(kind=UNKNOWN_KIND, confidence=0.0, reasons=(f"could not read this message: {mail.unreadable}",))
    if not _said_anything(text) and not mail.calendar:
        # Nothing written above the quoted message (sent by mistake, or its words lost on the
        # way): nothing says what it is, and an empty reply is no news.
        said_nothing = "could not read this message: it says nothing of its own (only a quote or a mailer's line)"
        return Classification(kind=UNKNOWN_KIND, confidence=0.0, reasons=(said_nothing,))
    subject_hits = book.find("auto_reply.subjects", subject)
    if subject_hits:
        return auto_reply(text, sent_day, book, _phrase_reasons(subject_hits), 0.85, settings)
    proposed = time_proposed(text, sent_day, book, settings) or times_offered(raw_new, text, sent_day, book, settings)
    decision = decide_from_phrases(
        text, subject, book, proposes_time=proposed is not None,
        offer_answered=offer_answered_below(text, body, cut, forward, book), papers=papers,
    )
    if decision.kind == "rejection":
        turn = another_role_offered(text, sent_day, book, settings)
        if turn:
            decision = Classification("next_step", 0.75, (*decision.reasons[:1], turn))
    if decision.kind == "auto_reply":
        decision = _replace(decision, date=return_date(text, sent_day, book, settings))
    asks_for_something = decision.kind == "other" and decision.asks_reply
    reminded = None
    if decision.kind in ("next_step", "other") and not asks_for_something and not interview_held:
        reminded = reminder_of_step_set(text, subject, sent_day, book, settings, proposed)
    if reminded:
        # "A gentle reminder that your interview is tomorrow at 15:30", "gerne erinnere ich Sie
        # an unser Gespräch morgen um 13.30 Uhr": a person's reminder of a step already set is a
        # holding reply, as a machine's is (the booking was the news).
        decision = Classification("acknowledgement", 0.6, (f"reminds of a step already set: '{reminded.text}'",))
    if decision.kind == "next_step" and not decision.asks_reply:
        # "we're still waiting on one reference check; you'll hear from us by Friday": a step
        # named, none offered, and a promise of news on a day is a holding reply.
        # "Got it, thanks! I'll pass it on to the panel with your case study": a receipt that
        # names a step the candidate already knows of is a holding reply too.
        promised = news_promised(text, sent_day, book, settings)
        receipt = None if promised or proposed else receipt_beside_named_steps(text, book)
        if (
            (promised or receipt)
            and steps_only_named(text, book, promised)
            and not meeting_set(text, sent_day, book, settings)
            and not booking_offered(mail, raw_new)
        ):
            reason = (
                f"phrase '{promised.text}' with a day named, a step only named"
                if promised
                else f"a receipt, '{receipt.text}', a step only named"  # type: ignore[union-attr]
            )
            decision = Classification("acknowledgement", 0.6, (reason,))
    if decision.kind == "next_step" and request_while_deciding(mail, raw_new, text, sent_day, book, settings):
        # "We're still deciding; could you send me your certificates?": no step, no decision,
        # but a person asks the candidate for something (and counts as hearing back).
        return Classification("other", 0.6, ("a holding reply that asks for something",))
    if decision.kind == "bulk" and from_headers is None and booking_offered(mail, "") == "a calendar invitation":
        # A calendar's own footer ("you are receiving this email because you are an attendee")
        # makes no newsletter of an invitation a person sent.
        decision = Classification("next_step", 0.7, ("a calendar invitation",))
    if decision.kind == "other" and papers is None:
        # "other" means a person wrote back and counts as hearing back: a "not yet" must not read
        # so, unless the person also answered the candidate's question.
        # A request for documents is answered by the candidate, whatever news it promises after.
        # So is a day and an hour asked of the candidate ("te escribo por la entrevista de
        # mañana: ¿te iría bien el viernes a las 12:00?"): a question waits for an answer.
        asking = decision.asks_reply or proposed is not None or answered(text, book)
        # A video meeting's link with its day and hour sets the meeting, whatever news it promises.
        block = meeting_block(body, cut)
        linked = meeting_linked(f"{raw_new}\n{block}", fold_body(f"{raw_new}\n{block}") if block else text,
                                sent_day, book, settings)
        promised = None if asking or linked else news_promised(text, sent_day, book, settings)
        meeting = None if promised else meeting_set(text, sent_day, book, settings)
        # A question a person asks through a platform's reply address ("can you send us the link to
        # your GitHub? do you have a work permit?") is a person's reply, not a platform's notice.
        # A job board's own notice of the user's application is a machine's too.
        board_notice = f"{own_application}'s notice of your application" if own_application else None
        machine = None if _person_asks(mail, text, book) else machine_sender(mail) or board_notice
        booking = None if promised else booking_offered(mail, raw_new)
        booked = None if promised else step_booked(text, subject, sent_day, book, settings)
        if promised:
            decision = Classification("acknowledgement", 0.6, (f"phrase '{promised.text}' with a day named",))
        elif booking:
            decision = Classification("next_step", 0.7, (booking,))
        elif booked:
            decision = Classification("next_step", 0.7, (f"a step booked: '{booked.text}'",))
        elif meeting:
            decision = Classification("next_step", 0.7, (f"'{meeting.text}' with a day and an hour named",))
        elif proposed:
            decision = Classification("next_step", 0.7, (f"'{proposed.text}' asked with a day and an hour or a length",))
        elif linked:
            decision = Classification("next_step", 0.7, (linked,))
        elif machine:
            # A machine's notice that states no decision is no news.
            decision = Classification("acknowledgement", 0.4, (f"{machine} and no decision phrase",))
        elif calendar_answer(mail):
            # "Accepted: Call with Alex": the calendar answered an invitation; nobody wrote.
            reason = "a calendar answer (METHOD:REPLY) and no decision phrase"
            decision = Classification("auto_reply", 0.8, (reason,))
    if decision.kind == "next_step":
        no_step = conversation_not_a_step(text, book)
        if no_step:
            # "Happy to walk you through the panel's feedback - would Thursday at 4pm work?", "I
            # came across your profile: would you be free for a call?": a conversation about a
            # decision made, or a first approach, is no step of the hiring process.
            decision = Classification("other", 0.6, (no_step,), asks_reply=True)
    if proposed is not None and decision.kind == "next_step" and not decision.asks_reply:
        # "Would Thursday 19 November at 14:00 work for you?": a day and an hour asked as a
        # question wait for the candidate's answer (the policy's "reply" step).
        decision = _replace(decision, asks_reply=True)
    # A reminder promises no news on the day it names: that day is the step's.
    dated = ("next_step", "offer") if reminded else ("next_step", "offer", "acknowledgement")
    if decision.kind in dated:
        # "Would Wednesday at 11:00 or Thursday at 10:00 work?", a list of slots: the candidate chooses.
        choose = proposed is not None and (
            proposed.text == TIMES_OFFERED or len(set(named_dates(_sentence_of(text, proposed), sent_day, book, settings))) > 1)
        decision = with_date_and_invitation(decision, mail, text, book, interview_company, settings,
                                            times_to_choose=choose)
    if mail.calendar and decision.invitation is None and not calendar_answer(mail):
        decision = _replace(decision, invitation=invitation_from_calendar(mail.calendar, interview_company))
    if unsubscribe_only is not None:
        if decision.kind not in ("offer", "next_step"):
            return list_verdict  # type: ignore[return-value]
        decision = _replace(decision, reasons=(unsubscribe_only, *decision.reasons))
    return decision


def offer_answered_below(text: str, body: str, cut: int, forward: bool, book: PhraseBook) -> bool:
    """Whether the quoted message below a reply's own words (``body[cut:]``, a plain body cut
    by ``_first_cut``; not a forwarded one) answers an offer (``thank_you.veto``: "I'm
    delighted to accept your offer", "j'accepte votre proposition") while the reply's folded
    own words ``text`` hold an offer's words (``offer.strong``): those words are then about an
    offer already made ("great news, thanks! the offer letter will reach you today via
    DocuSign"), no second one."""
    if forward or cut >= len(body) or not book.find("offer.strong", text):
        return False
    return bool(book.find("thank_you.veto", fold_body(body[cut:])))


def signing_service(mail: Mail) -> str | None:
    """The electronic signature service that sent ``mail`` (a platform marked ``signing = true``
    in platforms.toml: DocuSign, Adobe Acrobat Sign), by its From address or its traces, else
    None: its envelope is the offer's papers to sign, the offer the candidate accepts."""
    platform = sending_platform(mail)
    return platform if platform in default_lists().signing_services else None


def offer_papers(text: str, book: PhraseBook) -> Hit | None:
    """The first of an offer's papers (``offer.papers``: "the contract", "Arbeitsvertrag",
    "carta-proposta") that a folded body sends to be signed after the offer was told, else None.

    The papers named outside a quote, signing asked (``offer.signing``: "sign and return",
    "zur Unterschrift", "para sua assinatura"), and words that the offer was told, agreed or
    accepted before, or that the papers are the hiring's administration (``offer.agreed``: "as
    discussed", "wie besprochen", "comme convenu", "exame admissional"). Every offer's word of
    the body (``offer.strong``) must be one of those: a message that makes the offer ("we're
    delighted to offer you the role; please sign the attached contract") is the offer, its
    contract attached or not, and so is an offer letter sent to sign with nothing that says the
    offer came before."""
    papers = _unquoted(book.find("offer.papers", text), text)
    if not papers or not book.find("offer.signing", text):
        return None
    agreed = book.find("offer.agreed", text)
    if not agreed:
        return None
    told = papers + agreed  # "following our offer": the offer's word is what was told before
    for hit in book.find("offer.strong", text):
        if not any(word.start < hit.end and hit.start < word.end for word in told):
            return None
    return papers[0]


def conversation_not_a_step(text: str, book: PhraseBook) -> str | None:
    """Why a conversation a folded body asks for is no step of the hiring process, or None.

    The words offering a conversation to give feedback (``other.feedback``: "give you
    feedback", "vous faire un retour", "feedbackgesprek") or of a recruiter's first approach
    (``other.outreach``: "I came across your profile on LinkedIn"), in a body whose every
    step named by its noun (``next_step.named``: "a second interview", "the case study")
    follows such words closely (feedback on a step taken: "feedback on your case study"). A
    body that names a step of the process apart from them ("happy to share the panel's
    feedback: they'd like to invite you to the final round") is a next step: None."""
    feedback = book.find("other.feedback", text)
    outreach = book.find("other.outreach", text)
    if not feedback and not outreach:
        return None
    if _not_preceded(book.find("next_step.named", text), feedback + outreach, text, PAST_MENTION_WORDS):
        return None
    if feedback:
        return f"a conversation offered to give feedback: '{feedback[0].text}'"
    return f"a first approach about another post: '{outreach[0].text}'"


def another_role_offered(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> str | None:
    """Why a folded rejection turns to a step for another role, else None.

    After the last decided rejection hit, a turn (``next_step.contrast``: "but", "en
    revanche", "no entanto") is followed by a role (``next_step.roles``: "opening", "poste",
    "vaga"; "future roles" is no role offered), and after that role a step is offered: a
    next-step phrase still to come, a request, or a question naming a day ("would you have
    30 minutes on Monday?"). A courtesy after a "no" ("if you'd like feedback, let me know")
    turns to no role and stays a rejection."""
    rejection = decided_rejection(text, book)
    if not rejection:
        return None
    after = rejection[-1].end
    turns = [hit for hit in book.find("next_step.contrast", text) if hit.start >= after]
    if not turns:
        return None
    roles = [hit for hit in book.find("next_step.roles", text) if hit.start > turns[0].end]
    roles = [hit for hit in roles if not _FUTURE.search(text[max(0, hit.start - 24) : hit.start])]
    if not roles:
        return None
    role = roles[0]
    steps = steps_ahead(text, book) + book.find("asks_reply.phrases", text)
    if any(hit.start > turns[0].end for hit in steps):
        return f"a step offered for another {role.text} after '{turns[0].text}'"
    for end in _SENTENCE_END.finditer(text, role.end):
        if end.group().startswith("?"):
            question = text[_sentence_start(text, end.start()) : end.start()]
            if named_dates(question, sent, book, settings):
                return f"a day asked for another {role.text} after '{turns[0].text}'"
    return None


# Another role than the one applied for, in the languages read: "a second role", "eine
# weitere Stelle", "un nouveau poste", "otra vacante", "una posizione simile", "een nieuwe functie",
# "inne stanowisko", "en annan tjänst".
_ANOTHER = re.compile(
    r"(?<!\w)(?:second|new|another|other|similar|future|further|additional|zweite[nrs]?|neue[nrs]?|weitere[nrs]?"
    r"|andere[nrs]?|ahnliche[nrs]?|kunftige[nrs]?|seconde?|nouveau|nouvel(?:le)?|autre|similaire|futur[e]?"
    r"|segund[oa]|nuev[oa]|otr[oa]|futur[oa]|seconda|nuov[oa]|altr[oa]|simile|tweede|nieuwe|vergelijkbare"
    r"|toekomstige|nov[oa]|outr[oa]|semelhante|inn[aey]|innego|innej|inn[aą]|now[aey]|nowego|nowej|kolejn[aey]"
    r"|kolejnego|kolejnej|podobn[aey]|podobnego|podobnej|przyszl[aey]|przyszlego|przyszlej|annan|annat|andra|ny|nytt"
    r"|nya|liknande|framtida|kommande)(?!\w)"
)
_FUTURE = re.compile(
    r"(?<!\w)(?:future|futur[oa]?s?|kunftige?n?|zukunftige?n?|toekomstige?|przyszl[aey]|przyszlego|przyszlej"
    r"|framtida|kommande)(?!\w)"
)


def request_while_deciding(
    mail: Mail,
    raw_new: str,
    text: str,
    sent: date,
    book: PhraseBook,
    settings: PolicySettings = DEFAULT_SETTINGS,
) -> bool:
    """Whether a folded next step is a holding reply that only asks for something: a holding
    line ("still finalising our decision", news promised on a day), a request
    (``asks_reply``), no step still to come (asking for references is one), and nothing
    about meeting: no request naming a day or a meeting word, no time proposed
    or set, no booking link or calendar invitation."""
    asks = book.find("asks_reply.phrases", text)
    if not asks or steps_ahead(text, book):
        return False
    if not (book.find("acknowledgement.phrases", text) or news_promised(text, sent, book, settings)):
        return False
    meeting_words = book.find("invitation.words", text)
    for hit in asks:
        sentence = _sentence_of(text, hit)
        start = _sentence_start(text, hit.start)
        if named_dates(sentence, sent, book, settings) or any(
            start <= word.start < start + len(sentence) for word in meeting_words
        ):
            return False
    return not (
        time_proposed(text, sent, book, settings)
        or meeting_set(text, sent, book, settings)
        or booking_offered(mail, raw_new)
    )


def notice_without_news(
    mail: Mail,
    text: str,
    subject: str,
    book: PhraseBook,
    generated: bool,
    settings: PolicySettings = DEFAULT_SETTINGS,
) -> Classification | None:
    """What an automatic notice that states no answer from a person is, else None.

    ``text`` and ``subject`` are folded (the new part of the body). Read only when the
    message states no decision: no rejection (strong or weak), no offer, and no news of
    progress (``next_step.advance``: "we'd like to move you forward to the final round",
    "wir möchten Sie einladen"), which a reminder may carry too.

    - A calendar's notice about a meeting already set (``calendar_notice``: an attendee's
      answer, a cancellation, a revised invitation) from anyone, when it asks nothing and
      proposes no time: ``auto_reply`` (a system answered, nobody wrote), with no date.
    - From a machine (``generated``: an ``Auto-Submitted: auto-generated`` header, or a
      no-reply sender or an applicant-tracking platform, ``machine_sender``):
      the candidate account's mail (``bulk.account``: a password reset, an address to
      confirm) is ``bulk``; a reminder of a step already set or a notice with nothing in it
      (``acknowledgement.notice``: "your interview is tomorrow at 10:00", "your assessment
      link expires", "your application status has changed, log in to see it") is an
      ``acknowledgement`` that promises no date: the step it repeats was the news.
    - From anyone, a notice that sends the candidate to a portal to read it
      (``portal_notice``): the same ``acknowledgement``.

    A recruiting team's shared mailbox (``shared_mailbox``: "careers@", "talent@",
    "recrutement@") sends the employer's automatic reminders too, without saying so: its
    reminder of an interview or a test already set reads as a machine's.
    """
    if mail.body is None or mail.unreadable:
        return None
    # Who sent it first: a person's mail with no calendar notice is none of these. Reading
    # every message for a decision before asking this cost about 0.09 s of a first scan of
    # 10,000 messages (0.98 s against 0.89 s, medians of 4 interleaved runs, load 1.7).
    calendar = calendar_notice(mail, text, book)
    portal = portal_notice(text, book)
    if not calendar and not (generated or machine_sender(mail) or portal or shared_mailbox(mail)):
        return None
    if decided_rejection(text, book) or _decided(book.find("rejection.weak", text), book, text):
        return None
    if decide_from_phrases(text, subject, book).kind == "offer":
        return None
    if book.find("next_step.advance", text) or book.find("next_step.advance", subject):
        return None
    if calendar:
        if book.find("asks_reply.phrases", text) or time_proposed(text, mail.date.date(), book, settings):
            return None
        return Classification("auto_reply", 0.8, (calendar, "no decision phrase"))
    account = book.find("bulk.account", text) + book.find("bulk.account", subject)
    if account and not steps_ahead(text, book):
        return Classification("bulk", 0.8, ("the candidate account's mail", *_phrase_reasons(account, 2)))
    # A survey's "your answers are anonymous" tells of no step done: it is a mailing (below).
    completed = [] if book.find("bulk.survey", text) else step_completed(mail, text, subject, book)
    if completed:
        reasons = ("an automatic notice that a step was completed", *_phrase_reasons(completed, 2))
        return Classification("acknowledgement", 0.6, reasons)
    notice = book.find("acknowledgement.notice", text) + book.find("acknowledgement.notice", subject) + portal
    if notice and not step_booked(text, subject, mail.date.date(), book, settings):
        reasons = ("an automatic notice with no news", *_phrase_reasons(notice, 2))
        return Classification("acknowledgement", 0.6, reasons)
    return None


def portal_notice(text: str, book: PhraseBook) -> list[Hit]:
    """The words of a folded text that send the candidate to a portal to read a notice
    (``acknowledgement.portal``: "log in to your candidate account", "in Ihrem Bewerberkonto",
    "espace candidat"), when it names no step still to come (``steps_ahead``) and asks for no
    document (``other.requests``) and has no mailing's words (``bulk_wording``: a job alert's
    "manage your alerts in your candidate profile"); else []. Only a system's notice writes so, from a no-reply
    address or from the employer's careers address alike: "the status of your application has
    been updated, log in to your candidate account to see it" states no news."""
    portal = book.find("acknowledgement.portal", text)
    if not portal or steps_ahead(text, book) or book.find("other.requests", text):
        return []
    if bulk_wording(text, "", book):
        return []  # "manage your job alerts in your candidate profile": a mailing's footer
    return portal


def step_booked(
    text: str, subject: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> Hit | None:
    """The words that book, confirm, invite to or move a step (``next_step.booked``: "your
    final interview is confirmed", "has invited you to the following event", "wurde
    verschoben", "vous a invité") in the folded ``text`` or ``subject``, when a meeting word
    (``invitation.words``) stands in either and ``text`` names a day on or after ``sent``;
    else None. A reminder of a step already booked (``acknowledgement.reminder``: "friendly
    reminder", "Erinnerung an Ihren Termin", "your test expires in 24 hours") books nothing:
    the labelling conventions have it a holding reply, the booking was the news. A reminder
    that moves the step (``next_step.moved``: "it has been moved to Thursday", "wurde
    verschoben") is news again."""
    moved = book.find("next_step.moved", text) or book.find("next_step.moved", subject)
    booked = book.find("next_step.booked", text) or book.find("next_step.booked", subject) or moved
    reminder = book.find("acknowledgement.reminder", text) or book.find("acknowledgement.reminder", subject)
    if not booked or (reminder and not moved):
        return None
    if not (book.find("invitation.words", text) or book.find("invitation.words", subject)):
        return None
    return booked[0] if named_dates(text, sent, book, settings) else None


def reminder_of_step_set(
    text: str,
    subject: str,
    sent: date,
    book: PhraseBook,
    settings: PolicySettings = DEFAULT_SETTINGS,
    proposed: Hit | None = None,
) -> Hit | None:
    """The words that remind of a step already set (``acknowledgement.reminds``: "this is a
    gentle reminder", "gerne erinnere ich Sie an", "te recuerdo que") in the folded ``text``
    or ``subject``, when a meeting word (``invitation.words``) stands in either and ``text``
    names a day on or after ``sent``; else None. Never when the reminder carries news: the
    step moved (``next_step.moved``), news of progress (``next_step.advance``), a time
    asked for (``proposed``, ``time_proposed``) or a step still to come offered by more than
    its noun ("please prepare a short presentation")."""
    reminder = book.find("acknowledgement.reminds", text) or book.find("acknowledgement.reminds", subject)
    if not reminder or proposed is not None:
        return None
    for group in ("next_step.moved", "next_step.advance"):
        if book.find(group, text) or book.find(group, subject):
            return None
    steps = steps_ahead(text, book)
    if steps and not _only_named(steps, text, book):
        return None
    if not (book.find("invitation.words", text) or book.find("invitation.words", subject)):
        return None
    return reminder[0] if named_dates(text, sent, book, settings) else None


def step_completed(mail: Mail, text: str, subject: str, book: PhraseBook) -> list[Hit]:
    """The words of a machine's notice that the candidate's part of a step is done
    (``acknowledgement.completed``: "thank you for completing the coding test", "your answers
    were submitted", "je hebt het assessment afgerond") in the folded ``text`` or
    ``subject``, when the notice offers nothing new; else [].

    It offers nothing new when it asks nothing (``asks_reply.phrases``), links to no booking
    page or invitation (``booking_offered``), and every step it names (``steps_ahead``) is
    the one done (in a sentence with the words of completion), only named by its noun
    (``next_step.named``: "the online assessment"), or what the employer will write about
    (a sentence with news to come, ``acknowledgement.news``: "Acme will contact you
    directly regarding the next stage"). An assessment platform's receipt is no step.
    """
    completed = book.find("acknowledgement.completed", text) + book.find("acknowledgement.completed", subject)
    if not completed or book.find("asks_reply.phrases", text) or booking_offered(mail, text):
        return []
    covered = [
        (_sentence_start(text, hit.start), _sentence_end(text, hit.end))
        for hit in book.find("acknowledgement.completed", text) + book.find("acknowledgement.news", text)
    ]
    named = book.find("next_step.named", text)
    for step in steps_ahead(text, book):
        in_covered = any(start <= step.start < end for start, end in covered)
        only_named = any(n.start <= step.start and step.end <= n.end for n in named)
        if not (in_covered or only_named):
            return []
    return completed


def platform_notice_with_unsubscribe(mail: Mail, text: str, subject: str, book: PhraseBook) -> str | None:
    """Why a message with list headers may still be a candidate's own notice, else None.

    Bulk-sender rules (Gmail and Yahoo, 2024) make applicant-tracking platforms add
    ``List-Unsubscribe`` to every message, offers and invitations included. Such a
    message is read for an offer or a next step when an applicant-tracking platform sent
    it (``watcher.match.sending_platform``), it has no other mark of a mailing list
    (``List-Id``, ``Precedence: bulk``, a job-alert sender) and no bulk wording before its
    last paragraph (where an "unsubscribe" footer stands). ``text`` is the folded new part.
    """
    headers = {k.lower(): v.strip() for k, v in mail.headers.items()}
    if mail.body is None or not headers.get("list-unsubscribe"):
        return None
    sender = mail.from_addr.lower()
    if any(fnmatch(sender, pattern) for pattern in book.bulk_senders):
        return None
    platform = sending_platform(mail)
    if platform is None or not _no_list_but_unsubscribe(mail, text, subject, book):
        return None
    return f"sent by {platform} with only a List-Unsubscribe header"


def status_update(mail: Mail, text: str, subject: str, book: PhraseBook) -> list[Hit]:
    """The holding words (``acknowledgement.phrases``: "your application is still being
    reviewed", "ainda estamos a analisar") of a platform's or a job board's notice about one
    application that came with a mailer's list headers, else [].

    Such a notice is no newsletter when a machine sent it (a no-reply address or an
    applicant-tracking platform, ``machine_sender``), no ``List-Id`` or ``Precedence: bulk``
    marks a mailing list, and no bulk wording stands in its subject or before its last
    paragraph (where an "unsubscribe" footer stands). ``text`` is the folded new part.
    """
    if machine_sender(mail) is None or not _no_list_but_unsubscribe(mail, text, subject, book):
        return []
    return book.find("acknowledgement.phrases", _before_footer(text))


def _before_footer(text: str) -> str:
    """A folded text without its last paragraph, where an "unsubscribe" footer stands."""
    return text.rsplit("\n", 1)[0] if "\n" in text else text


def _no_list_but_unsubscribe(mail: Mail, text: str, subject: str, book: PhraseBook) -> bool:
    """Whether nothing but a ``List-Unsubscribe`` header makes ``mail`` bulk: no ``List-Id``, no
    ``Precedence: bulk``, no bulk wording in its subject or before its last paragraph."""
    headers = {k.lower(): v.strip() for k, v in mail.headers.items()}
    if headers.get("list-id") or headers.get("precedence", "").lower() in ("bulk", "list", "junk"):
        return False
    return not bulk_wording(_before_footer(text), subject, book)


def bulk_wording(text: str, subject: str, book: PhraseBook) -> list[Hit]:
    """The hits of a mailing's words in a folded body and subject: ``bulk.phrases`` (a
    newsletter, a job alert), ``bulk.survey`` (a survey about the process) and ``bulk.subjects``."""
    return book.find("bulk.phrases", text) + book.find("bulk.survey", text) + book.find("bulk.subjects", subject)


def news_promised(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> Hit | None:
    """The word of news to come ("decision", "get back to you", "Rückmeldung") that shares its
    sentence with a day on or after ``sent`` ("by Friday", "early next week", "bis zum 30."),
    else None: a holding reply however it is worded, once no decision, step or offer was found.

    A word with the day after it ("you'll hear from me by 13 June") is preferred to one with
    the day only before it, which is often about something else ("we see two more people
    this week before anyone makes a decision"); the day first ("Bis Freitag melde ich mich")
    still counts when no sentence names it after. A word whose sentence names no step after it
    is preferred to one that does ("a short update: Joris was ill this week, so the assignment
    has not gone out yet. You'll hear from us next week" promises its news in the second).
    """
    day_before = with_step = None
    steps = book.find("next_step.strong", text)
    for hit in book.find("acknowledgement.news", text):
        sentence = _sentence_of(text, hit)
        if not named_dates(sentence, sent, book, settings):
            continue
        if named_dates(sentence[hit.end - _sentence_start(text, hit.start) :], sent, book, settings):
            if not any(hit.end <= step.start < _sentence_end(text, hit.end) for step in steps):
                return hit
            with_step = with_step or hit
        day_before = day_before or hit
    return with_step or day_before


def promised_day(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> date | None:
    """The day news is promised by in a folded holding reply: the first day named after the
    word of news in its sentence ("wrapping up interviews this week, a decision by Friday,
    13 June" is the 13th), else the first day of that sentence; None when no sentence
    promises news on a day (``news_promised``)."""
    promised = news_promised(text, sent, book, settings)
    if promised is None:
        return None
    sentence = _sentence_of(text, promised)
    start = _sentence_start(text, promised.start)
    after = named_dates(sentence[promised.end - start :], sent, book, settings)
    before = named_dates(sentence, sent, book, settings)
    return (after or before)[0]


def decision_day(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> date | None:
    """The day a folded offer asks for the decision by: the first day (on or after ``sent``)
    named after a word of the decision asked (``offer.decide_by``: "let us know your
    decision", "Ihre Entscheidung", "votre réponse") in its sentence, else the first day
    before that word there when it is a calendar date ("By Friday, 11 December, please let
    us know"; a "tomorrow" or a weekday before it is too often about something else); None when no
    sentence ties a day to the decision, so the policy's default stands: the written offer
    sent "tomorrow" or a start date is no deadline."""
    before = None
    for hit in sorted(book.find("offer.decide_by", text), key=lambda h: h.start):
        sentence = _sentence_of(text, hit)
        start = _sentence_start(text, hit.start)
        after = named_dates(sentence[hit.end - start :], sent, book, settings)
        if after:
            return after[0]
        if before is None:
            named = _calendar_days(sentence[: hit.start - start], sent, book)
            before = named[0] if named else None
    return before


def names_calendar_day(text: str, day: date, book: PhraseBook) -> bool:
    """Whether ``text`` names the calendar day ``day`` ("am 3. November", "November 3rd",
    "03.11.", "2026-11-03") in a language of ``book``; a weekday or "yesterday" does not."""
    folded = fold(text)
    mentions = numeric_mentions(folded, day)
    for words in book.date_words:
        mentions.extend(_calendar_mentions(folded, day, words))
    return any(mention.day == day for mention in mentions)


def _calendar_days(text: str, sent: date, book: PhraseBook) -> list[date]:
    """The calendar dates (on or after ``sent``) a folded text names, in its order: "11
    December", "December 11", "11.12.": never a relative day ("tomorrow") or a weekday."""
    mentions = numeric_mentions(text, sent)
    for words in book.date_words:
        mentions.extend(_calendar_mentions(text, sent, words))
    return [m.day for m in sorted(mentions, key=lambda m: m.start) if m.day >= sent]


def meeting_linked(
    raw: str, text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> str | None:
    """Why a person's message sets a video meeting, else None: the sender's own words ``raw``
    hold a meeting service's join link (``watcher.match.meeting_link``: Zoom, Teams, Google
    Meet) and their folded ``text`` names a day on or after ``sent`` and an hour ("as
    discussed, the invitation for our interview: Thursday, 19 November 2026, 10:00 - 11:00,
    Join Zoom Meeting https://acme.zoom.us/j/8331..."). Read only where no decision, request,
    holding reply or booking was found."""
    service = meeting_link(raw)
    if service is None or not _hour_named(text) or not named_dates(text, sent, book, settings):
        return None
    return f"a {service} meeting's link with a day and an hour named"


# The line of underscores a meeting program sets above and below its meeting's block
# (Microsoft Teams: "____...____ / Microsoft Teams meeting / Join: <link> / ____...____"),
# as Outlook sets one above a reply's quoted header block.
_RULE_LINE = re.compile(r"^_{10,}[ \t]*$", re.MULTILINE)
_HEADER_LINE = re.compile(r"^\s*[^\W\d_]{2,12}\s?:", re.UNICODE)


def meeting_block(body: str, cut: int) -> str:
    """The meeting program's block that the quote cut at ``cut`` of a plain ``body`` took
    for quoted history: the lines between the line of underscores there and the next (or
    the end), when they hold a video meeting's join link (``watcher.match.meeting_link``),
    no ">" quote and no header block ("From: ..." opening it, as Outlook's quote has); ""
    otherwise."""
    rule = _RULE_LINE.match(body, cut)
    if rule is None:
        return ""
    end = _RULE_LINE.search(body, rule.end())
    block = body[rule.end(): end.start() if end else len(body)]
    lines = [line for line in block.split("\n") if line.strip()]
    if not lines or _HEADER_LINE.match(lines[0]) or any(line.lstrip().startswith(">") for line in lines):
        return ""
    return block.strip() if meeting_link(block) else ""


def meeting_set(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> Hit | None:
    """The word of a meeting ("interview", "onsite", "Gespräch") that shares its sentence with
    a day on or after ``sent`` and an hour ("confirming your onsite on Tuesday 17 November at
    10:00"), and is no mention of a meeting already held; else None. A personal reply that
    sets a meeting states a next step however it is worded.
    """
    past = book.find("next_step.past", text)
    done = book.find("next_step.done", text)
    for hit in _ahead(book.find("invitation.words", text), past, done, text, book.find("next_step.wish", text)):
        sentence = _sentence_of(text, hit)
        if _hour_named(sentence) and named_dates(sentence, sent, book, settings):
            return hit
    # "Sounds good, see you Tuesday 3pm", "Passt, dann bis Dienstag um 15 Uhr", "Top, tot
    # dinsdag 15.00 uur": agreeing on a day and an hour names no meeting, and sets one.
    for hit in book.find("invitation.confirms", text):
        sentence = _sentence_of(text, hit)
        if _hour_named(sentence) and named_dates(sentence, sent, book, settings):
            return hit
    return None


# An hour said the short way: "at 10", "alle 15", "om 10", "15.00 uur", "15 ore", "o godz. 10",
# "kl. 10".
_SHORT_HOUR = re.compile(
    r"(?<!\w)(?:at|um|a las|a la|om|alle|alle ore|as|a|o godz\.?|godz\.|o godzinie|kl\.?|klockan)\s+\d{1,2}"
    r"(?:[:.]\d{2})?(?![\w:]|[.,]\d)"
    r"|(?<![\w:.])\d{1,2}(?:[:.]\d{2})?\s*(?:uur|ore|horas)(?!\w)"
)


def _hour_named(text: str) -> bool:
    return first_named_time(text) is not None or _SHORT_HOUR.search(text) is not None


# A call's length said instead of its hour: "20 minutes", "eine halbe Stunde", "mezz'ora".
_DURATION = re.compile(
    r"(?<!\w)\d{1,3}\s*(?:min|mins|minutes|minuten|minuti|minutos|minuutjes|minut|minuter)(?!\w)"
    r"|(?<!\w)(?:half an hour|an hour|eine halbe stunde|une demi-heure|media hora|mezz'ora|mezzora"
    r"|een half uur|een halfuurtje|meia hora|pol godziny|godzine|en halvtimme|en timme)(?!\w)"
)


def time_proposed(
    text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS
) -> Hit | None:
    """The words asking whether a time suits ("could we", "geht", "le viene bien",
    ``next_step.proposing``) in a question, a sentence ending in "?", or proposing one in a
    statement ("I propose", "ich schlage ... vor", "je vous propose", ``next_step.proposes``),
    that also names a day on or after ``sent`` and an hour or a call's length ("Could we move
    it to Friday at 10:00?", "Geht Donnerstag um 14 Uhr?", "Would you have 20 minutes
    tomorrow?", "I propose Friday 6 November at 9:30"; a length in a sentence that asks for
    information, ``other.requests``, asks for no call), and is no mention of a step already
    taken; else None.

    A day and an hour said without asking ("I'm out Thursday at 14:00", "back Monday
    9:00") propose nothing.
    """
    asking = book.find("next_step.proposing", text)
    stating = book.find("next_step.proposes", text)
    if not asking and not stating:
        return None
    past = book.find("next_step.past", text)
    done = book.find("next_step.done", text)
    for hit in _ahead(asking + stating, past, done, text, book.find("next_step.wish", text)):
        if hit in asking and not _in_question(text, hit):
            continue
        sentence = _sentence_of(text, hit)
        # A few minutes asked to tell something ("do you have 5 minutes tomorrow to tell me
        # your notice period?") ask for information, not for a call.
        timed = first_named_time(sentence) is not None or (
            _DURATION.search(sentence) is not None and not book.find("other.requests", sentence)
        )
        if timed and named_dates(sentence, sent, book, settings):
            return hit
    return None


# A line of a list: a bullet, a dash or a number before it ("- Dienstag, 03.11., 14:00 Uhr",
# "• Thursday 5 Nov, 10:00", "2) mercredi 4 novembre à 9h30").
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022\u00b7\u2013\u25aa>]|\(?\d{1,2}[.)]|\(?[a-e]\))[ \t]+(\S.*)$", re.MULTILINE)
TIMES_OFFERED = "times to choose from, listed"


def times_offered(raw: str, text: str, sent: date, book: PhraseBook, settings: PolicySettings = DEFAULT_SETTINGS) -> Hit | None:
    """Times to meet offered as a list: two or more list lines of the sender's own words
    ``raw`` that each name a day on or after ``sent`` and an hour, at least two moments apart
    ("Folgende Termine könnten wir Ihnen anbieten: - Dienstag, 03.11., 14:00 Uhr - Donnerstag,
    05.11., 10:00 Uhr"): a step proposed, whatever the words around it. A Hit (its text
    ``TIMES_OFFERED``, no words of the message) over the first such line in the folded
    ``text``, else None. A schedule of one day ("- 10:00 intro") names no day per line."""
    moments: list[tuple[str, date, time]] = []
    for item in _LIST_ITEM.finditer(raw):
        line = fold(item.group(1))
        at = first_named_time(line)
        days = named_dates(line, sent, book, settings) if at is not None else []
        if days:
            moments.append((line, days[0], at))  # type: ignore[arg-type]
    if len({(day, at) for _, day, at in moments}) < 2:
        return None
    start = text.find(moments[0][0])
    return Hit(TIMES_OFFERED, start, start + len(moments[0][0])) if start >= 0 else None


def _sentence_of(text: str, hit: Hit) -> str:
    return text[_sentence_start(text, hit.start) : _sentence_end(text, hit.end - 1)]


_CALENDAR_METHOD = re.compile(r"^METHOD:[ \t]*([A-Za-z-]+)", re.IGNORECASE | re.MULTILINE)


def booking_offered(mail: Mail, new_text: str) -> str | None:
    """Why a message with no phrase of its own sets up a meeting, else None.

    A text/calendar part that invites (METHOD:REQUEST, or an event with no method; a
    CANCEL or REPLY invites to nothing), or a link to a scheduling platform's booking page
    (``watcher.match.scheduling_link``) in the sender's own words (``new_text``, the quote
    cut off). Read only once no decision, request or holding phrase was found.
    """
    if mail.calendar and "BEGIN:VEVENT" in mail.calendar.upper():
        method = _CALENDAR_METHOD.search(mail.calendar)
        if method is None or method.group(1).upper() in ("REQUEST", "PUBLISH"):
            return "a calendar invitation"
    platform = scheduling_link(new_text)
    return f"a {platform} booking link" if platform else None


_PARTSTAT = re.compile(r"PARTSTAT=([A-Za-z-]+)", re.IGNORECASE)
_SEQUENCE = re.compile(r"^SEQUENCE:[ \t]*(\d+)", re.IGNORECASE | re.MULTILINE)


def calendar_notice(mail: Mail, text: str, book: PhraseBook) -> str | None:
    """Why ``mail``'s text/calendar part is a calendar system's notice about a meeting already
    set, else None: an attendee's yes (METHOD:REPLY, RFC 5546, accepted or tentative), or,
    written in the calendar's own words (``auto_reply.calendar`` in the folded ``text``:
    "has declined this invitation", "this event has been cancelled", "this event has been
    updated"), a decline, a cancellation (METHOD:CANCEL) or a revised invitation (REQUEST or
    PUBLISH of an event whose SEQUENCE is above 0, RFC 5545 3.8.7.4) that does not mark its
    time changed (``next_step.moved``: "When: CHANGED: Friday 3pm" moves the step). The same with a
    person's words ("Sorry, I can't make it then") is read as they wrote it, and a first
    invitation (SEQUENCE 0 or none) is no notice."""
    if not mail.calendar or "BEGIN:VEVENT" not in mail.calendar.upper():
        return None
    found = _CALENDAR_METHOD.search(mail.calendar)
    method = found.group(1).upper() if found else "PUBLISH"
    answers = {part.group(1).upper() for part in _PARTSTAT.finditer(mail.calendar)}
    if method == "REPLY" and answers and answers <= {"ACCEPTED", "TENTATIVE"}:
        return "a calendar answer (METHOD:REPLY)"
    if not book.find("auto_reply.calendar", text):
        return None
    if method == "REPLY":
        return "a calendar answer (METHOD:REPLY)"
    if method == "CANCEL":
        return "a calendar cancellation (METHOD:CANCEL)"
    sequence = _SEQUENCE.search(mail.calendar)
    if method in ("REQUEST", "PUBLISH") and sequence and int(sequence.group(1)) > 0:
        if book.find("next_step.moved", text):
            return None  # the revision marks the time changed ("When: CHANGED: ..."): the step moved
        return "a revised calendar invitation (SEQUENCE above 0)"
    return None


def calendar_note(mail: Mail, text: str, book: PhraseBook) -> str | None:
    """The organizer's own words in a calendar system's notice, else None: what follows the
    label a calendar puts before them (``auto_reply.note``: "Message from organizer:",
    "Message de l'organisateur :") in the folded ``text`` of a mail with a text/calendar part
    (RFC 5545) that says it is such a notice (``auto_reply.calendar``: "this event has been
    cancelled")."""
    if not mail.calendar or "BEGIN:VEVENT" not in mail.calendar.upper():
        return None
    labels = book.find("auto_reply.note", text)
    if not labels or not book.find("auto_reply.calendar", text):
        return None
    words = text[labels[0].end :].lstrip(" :\n")
    return words or None


def calendar_answer(mail: Mail) -> bool:
    """Whether ``mail`` carries an attendee's yes to an invitation: a text/calendar part with
    METHOD:REPLY (RFC 5546) whose answer is ACCEPTED or TENTATIVE ("Accepted: ...",
    "Angenommen: ..."). A decline is left to be read: someone cannot come."""
    if not mail.calendar:
        return False
    method = _CALENDAR_METHOD.search(mail.calendar)
    answers = {found.group(1).upper() for found in _PARTSTAT.finditer(mail.calendar)}
    return (
        method is not None and method.group(1).upper() == "REPLY"
        and bool(answers) and answers <= {"ACCEPTED", "TENTATIVE"}
    )


def machine_sender(mail: Mail) -> str | None:
    """Why nobody wrote ``mail`` in person ("no-reply sender", "sent by Workday"), else None.

    A no-reply address (``watcher.senders``) or an applicant-tracking platform, known by its
    From domain or its traces (``watcher.match.sending_platform``).
    """
    if is_no_reply(mail.from_addr):
        return "no-reply sender"
    platform = sending_platform(mail)
    return f"sent by {platform}" if platform else None


_LOCAL_PART_WORDS = re.compile(r"[^a-z]+")


def shared_mailbox(mail: Mail) -> bool:
    """Whether ``mail`` comes from a recruiting team's shared mailbox: every word of its
    address's local part names a role or a team, none a person ("careers@", "talent@",
    "people-team@", "recrutement@"; ``role_mailboxes.txt``). True or False."""
    local = mail.from_addr.strip().strip("<>").rpartition("@")[0].lower()
    parts = [part for part in _LOCAL_PART_WORDS.split(local) if part]
    roles = default_lists().role_mailboxes
    return bool(parts) and all(part in roles for part in parts)


def _person_asks(mail: Mail, text: str, book: PhraseBook) -> bool:
    """Whether a folded body asks the candidate for a document or a fact (``other.requests``
    in a sentence that ends with "?", or listed after a colon: ``_asked``) and its sender is
    no no-reply address: a person wrote it, whatever platform relays it."""
    if is_no_reply(mail.from_addr):
        return False
    return any(_asked(text, hit) for hit in book.find("other.requests", text))


def _precedence_only(mail: Mail) -> bool:
    """Whether only a Precedence header (no List-Id, no List-Unsubscribe) marks ``mail`` as bulk."""
    headers = {k.lower(): v.strip() for k, v in mail.headers.items()}
    listed = headers.get("list-id") or headers.get("list-unsubscribe")
    return not listed and headers.get("precedence", "").lower() in ("bulk", "list", "junk")


def _auto_reply_wording(text: str, subject: str, book: PhraseBook) -> bool:
    return bool(book.find("auto_reply.phrases", text) or book.find("auto_reply.subjects", subject))


def _decision_phrases(text: str, book: PhraseBook) -> bool:
    groups = ("rejection.strong", "rejection.outcome", "offer.strong", "next_step.strong", "acknowledgement.phrases", "acknowledgement.received")
    return any(book.find(group, text) for group in groups)


def auto_reply(
    text: str,
    sent: date,
    book: PhraseBook,
    reasons: tuple[str, ...],
    confidence: float,
    settings: PolicySettings = DEFAULT_SETTINGS,
) -> Classification:
    back = return_date(text, sent, book, settings)
    return Classification(kind="auto_reply", confidence=confidence, reasons=reasons, date=back)


def _paragraph_of(text: str, hit: Hit) -> tuple[int, int]:
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    return start, len(text) if end < 0 else end


# A full stop after a digit ends no sentence: "am 12. Juni", "le 3. 6." name a day.
_SENTENCE_END = re.compile(r"(?:(?<!\d)\.|[!?;])(?:\s|$)|\n")


@functools.lru_cache(maxsize=16)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """The end offsets of every ``_SENTENCE_END`` match in ``text``, in order."""
    return tuple(end.end() for end in _SENTENCE_END.finditer(text))


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: the end of the last ``_SENTENCE_END``
    match in ``text[:position]``, else 0."""
    # The text's sentence ends found once and bisected, instead of a scan from the text's start
    # for every hit: measured 5.3 ms to 1.0 ms of processor time for the 1,748 calls of a first
    # scan at 10,000 messages (bench/). A mark right before ``position`` ends a sentence there
    # (``$`` matches at the cut) even where the whole text goes on with no space.
    if position and _SENTENCE_END.match(text, position - 1, position):
        return position
    ends = _sentence_ends(text)
    before = bisect.bisect_right(ends, position)
    return ends[before - 1] if before else 0


def _not_vetoed(hits: list[Hit], vetoes: list[Hit], text: str) -> list[Hit]:
    """The hits whose paragraph holds no veto ("reschedule" makes a "no" about a date)."""
    kept = []
    for hit in hits:
        start, end = _paragraph_of(text, hit)
        if not any(start <= veto.start < end for veto in vetoes):
            kept.append(hit)
    return kept


# "could you send me the link to your GitHub?", "quel est votre préavis ?": the thing asked for
# follows the verb that asks it, within this many words
REQUEST_WORDS = 4
PAST_MENTION_WORDS = 4  # "thanks for sending back the case study": a past mention, close before
CONDITION_WORDS = 6  # "if we do not move forward with your application, we will tell you"
# "let you know whether you have been selected for the role": a condition right before an offer
OFFER_CONDITION_WORDS = 0
NEGATION_WORDS = 2  # "we have not yet chosen another candidate": a choice not made
# "Falls wir uns innerhalb von vier Wochen nicht bei Ihnen melden, konnten wir Ihre Bewerbung
# leider nicht berücksichtigen": silence made the answer covers the rest of its sentence
SILENCE_WORDS = 30
# "if we decide to move forward, we will invite you to a second interview": the condition
# covers the clause that follows it too
STEP_CONDITION_WORDS = 16  # "if your profile matches what the team is looking for, a recruiter will contact you to arrange"


def _not_preceded(hits: list[Hit], markers: list[Hit], text: str, within: int) -> list[Hit]:
    """The hits with no marker before them in the same sentence, at most ``within`` words away."""
    kept = []
    for hit in hits:
        sentence = _sentence_start(text, hit.start)
        behind = [
            marker
            for marker in markers
            if sentence <= marker.start
            and marker.end <= hit.start
            and len(text[marker.end : hit.start].split()) <= within
        ]
        if not behind:
            kept.append(hit)
    return kept


OFFER_NEGATION_WORDS = 2  # "we are not able to offer you the position"
# "we are pleased to offer you a second interview": a step right after an offer's verb is its object
OFFER_STEP_WORDS = 2


def _negated(hits: list[Hit], negations: list[Hit], text: str) -> list[Hit]:
    """The hits with a negation inside them ("Ihnen die Stelle leider nicht anbieten") or
    right before them, at most OFFER_NEGATION_WORDS words away with no punctuation between
    ("nous ne pouvons pas vous proposer le poste"; not "non vediamo l'ora: ti offriamo").
    A negation negates only the phrases of its own language: Spanish "no" is Portuguese "in
    the" ("decidimos no comitê te oferecer a vaga")."""
    # A negation word that is one of an offer phrase's own words is no negation ("você foi
    # aprovado no processo seletivo").
    negations = [n for n in negations if not any(_own_word(hit, n, text) for hit in hits)]
    found = []
    for hit in hits:
        for negation in negations:
            if hit.language and negation.language and hit.language != negation.language:
                continue
            inside = hit.start <= negation.start and negation.end <= hit.end
            between = text[negation.end : hit.start]
            before = (
                negation.end <= hit.start
                and len(between.split()) <= OFFER_NEGATION_WORDS
                and not re.search(r"[.,;:!?\-\n]", between)
            )
            if inside or before:
                found.append(hit)
                break
    return found


def _own_word(hit: Hit, word: Hit, text: str) -> bool:
    """Whether ``word`` stands inside ``hit`` and is one of the words its phrase is written with."""
    inside = hit.start <= word.start and word.end <= hit.end
    written = re.escape(text[word.start : word.end])
    return inside and re.search(rf"(?<!\w){written}(?!\w)", fold(hit.text)) is not None


def _not_followed(hits: list[Hit], markers: list[Hit], text: str, within: int) -> list[Hit]:
    """The hits with no marker after them in the same sentence, at most ``within`` words away."""
    kept = []
    for hit in hits:
        sentence_end = _sentence_end(text, hit.end)
        ahead = [
            marker
            for marker in markers
            if hit.end <= marker.start
            and marker.end <= sentence_end
            and len(text[hit.end : marker.start].split()) <= within
        ]
        if not ahead:
            kept.append(hit)
    return kept


def _ahead(hits: list[Hit], past: list[Hit], done: list[Hit], text: str, wishes: Sequence[Hit] = ()) -> list[Hit]:
    """The next-step hits that are not a mention of a step already taken.

    A step is past when a past-mention phrase ("thanks for", "you completed") stands before
    it in the same sentence, or a done phrase ("you sent", "die Sie eingereicht haben")
    follows it there ("the take-home you sent"), at most PAST_MENTION_WORDS words away.
    A wish of the sender's between the two (``wishes``, ``next_step.wish``: "we'd like to",
    "gostaríamos de") opens a clause of its own, and the past mention stays in the one
    before: "thanks for applying, we'd like to invite you to an interview".
    """
    kept = []
    for hit in hits:
        before = [
            mark for mark in past if not any(mark.end <= wish.start <= hit.start for wish in wishes)
        ]
        kept += _not_preceded([hit], before, text, PAST_MENTION_WORDS)
    return _not_followed(kept, done, text, PAST_MENTION_WORDS)


# Words in quotation marks on one line are someone else's, quoted: a newsletter's
# "'Unfortunately, we have decided not to move forward' - how to read a rejection".
_QUOTED = re.compile(
    r'"[^"\n]{1,200}"|\u201c[^\u201d\n]{1,200}\u201d'
    r"|\u201e[^\u201c\u201d\n]{1,200}[\u201c\u201d]|\u00ab[^\u00bb\n]{1,200}\u00bb"
)


def _unquoted(hits: list[Hit], text: str) -> list[Hit]:
    """The hits not inside quotation marks ("...", \u201c...\u201d, \u201e...\u201c, \u00ab...\u00bb) on one line:
    quoted words state no decision of the sender's."""
    spans = [m.span() for m in _QUOTED.finditer(text)] if hits else []
    return [hit for hit in hits if not any(start <= hit.start and hit.end <= end for start, end in spans)]


def _decided(hits: list[Hit], book: PhraseBook, text: str) -> list[Hit]:
    """The rejection hits that state a decision: not quoted (``_unquoted``), no veto in their
    paragraph ("reschedule"), no condition just before them in their sentence ("if we do not
    proceed with ..."), no silence made the answer before them in their sentence
    (``rejection.silence``: "if you have not heard from us within three weeks, please consider
    your application unsuccessful"), no negation right before them ("we have not yet chosen
    another candidate")."""
    kept = _unconditional(_stated(hits, book, text), book, text)
    return _not_preceded(kept, book.find("rejection.negation", text), text, NEGATION_WORDS)


def decided_rejection(text: str, book: PhraseBook) -> list[Hit]:
    """The hits of a folded body that state a decision against the candidate, in the order of
    the text: ``rejection.strong`` hits that are decided (``_decided``), and the words of how
    it turned out (``rejection.outcome``: "so it won't work out this time", "esta vez no va a
    poder ser", each closing its clause: never "this time it won't be possible to meet in
    person") decided too, where neither their sentence nor the next one in their paragraph
    names a day or an hour: "Thursday at 10 won't work out this time: could we do Friday?",
    "it won't be possible this time; can we do a video call on Tuesday at 10:00?" are about a
    meeting. [] when there is none."""
    outcome = [
        hit for hit in _decided(book.find("rejection.outcome", text), book, text)
        if not _day_or_hour_named(text, _sentence_start(text, hit.start), _next_sentence_end(text, hit.end), book)
    ]
    strong = _decided(book.find("rejection.strong", text), book, text)
    return sorted(strong + outcome, key=lambda hit: (hit.start, -hit.end)) if outcome else strong


def _next_sentence_end(text: str, position: int) -> int:
    """Where the sentence after the one going on at ``position`` ends, within its paragraph."""
    end = _sentence_end(text, position)
    if end >= len(text) or text[end] == "\n":
        return end
    paragraph_end = text.find("\n", end)
    return min(_sentence_end(text, end + 1), len(text) if paragraph_end < 0 else paragraph_end)


def _day_or_hour_named(text: str, start: int, end: int, book: PhraseBook) -> bool:
    """Whether ``text[start:end]`` (folded) names a day (a weekday, "tomorrow", "next week", a
    calendar date, in any language of ``book``) or an hour ("10:00", "3pm", "15 Uhr")."""
    part = text[start:end]
    if TIME_PATTERN.search(part):
        return True
    return any(
        next(pattern.finditer(part), None) is not None
        for words in book.date_words
        if _date_patterns(words).may_match(part)
        for pattern in _date_patterns(words).every
    )


def offer_cheered(text: str, book: PhraseBook, requested: list[Hit]) -> list[Hit]:
    """The hits of a folded body that make it an offer told by its cheer and its terms:
    congratulations said for themselves (``offer.cheer``: "Congratulations!", "¡Enhorabuena!",
    never "congratulations on finishing the case study") and, anywhere in the body, the terms
    of a job (``offer.terms``: the salary, the contract, a start date) not asked for in a
    request (``requested``, ``other.requests``: "what are your salary expectations?") nor in a
    question. [] unless both stand, and in a mailing's words (``bulk.phrases``: "Congratulations,
    your profile is complete: see the jobs matching your salary") never."""
    cheer = _unquoted(book.find("offer.cheer", text), text)
    if not cheer or book.find("bulk.phrases", text):
        return []
    terms = [
        hit for hit in _unquoted(book.find("offer.terms", text), text)
        if not _in_question(text, hit) and not any(r.start < hit.end and hit.start < r.end for r in requested)
    ]
    return cheer[:1] + terms[:1] if terms else []


def _stated(hits: list[Hit], book: PhraseBook, text: str) -> list[Hit]:
    """The rejection hits not quoted and with no veto in their paragraph."""
    return _not_vetoed(_unquoted(hits, text), book.find("rejection.veto", text), text)


def _unconditional(hits: list[Hit], book: PhraseBook, text: str) -> list[Hit]:
    """The rejection hits with no condition and no silence made the answer before them."""
    kept = _not_preceded(hits, book.find("rejection.conditional", text), text, CONDITION_WORDS)
    return _not_preceded(kept, book.find("rejection.silence", text), text, SILENCE_WORDS)


def rejection_on_condition(text: str, book: PhraseBook) -> list[Hit]:
    """The rejection hits of a folded text that a condition or a silence made the answer
    holds back (``rejection.conditional``, ``rejection.silence``: "if you have not heard from
    us within two weeks, please consider your application unsuccessful", "si en el plazo de 15
    días no has recibido noticias nuestras, entiende que tu candidatura no ha sido
    seleccionada"): no decision yet, the words of a holding reply. [] when there is none."""
    hits = _stated(book.find("rejection.strong", text) + book.find("rejection.weak", text), book, text)
    kept = _unconditional(hits, book, text)
    return [hit for hit in hits if hit not in kept]


def _same_sentence(text: str, one: Hit, other: Hit) -> bool:
    return _sentence_start(text, one.start) == _sentence_start(text, other.start)


# A full stop that ends an abbreviation of single letters ("B.V.", "z.B.", "e.g."), not a sentence.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:\w\.)+$")


def _clause_end(text: str, position: int) -> int:
    """Where the sentence going on at ``position`` ends, read past abbreviations of single
    letters ("bij Duvenblad B.V. afgerond")."""
    for end in _SENTENCE_END.finditer(text, position):
        if not (end.group().startswith(".") and _ABBREVIATION_END.search(text, 0, end.end() - (len(end.group()) - 1))):
            return end.start()
    return len(text)


def _not_closed_by(hits: list[Hit], markers: list[Hit], text: str) -> list[Hit]:
    """The hits whose sentence a marker after them does not close. Where the verb comes last
    (German, Dutch), a participle ending the sentence makes the step done however far from
    it: "Je hebt het assessment voor Data Analist bij Duvenblad B.V. afgerond."."""
    kept = []
    for hit in hits:
        end = _clause_end(text, hit.end)
        if not any(
            hit.end <= marker.start and marker.end <= end and text[marker.end : end].strip() == "" for marker in markers
        ):
            kept.append(hit)
    return kept


# "una última entrevista con otra candidatura": the other candidate's words right after the step
OTHERS_WORDS = 3


def steps_ahead(text: str, book: PhraseBook) -> list[Hit]:
    """The next-step hits of a folded body that state a step still to come: no mention of
    a step already taken (``_ahead``, or a participle that closes its sentence:
    ``_not_closed_by``), no condition before them ("if we decide to ...") nor after them in
    their sentence ("next step: our team reviews it and, if your profile fits, we will
    contact you", "prochaine étape : si votre profil correspond, nous vous contacterons"),
    and no other candidate's right after them ("falta una última entrevista con otra
    candidatura": ``next_step.others``, within ``OTHERS_WORDS`` words)."""
    past, done = book.find("next_step.past", text), book.find("next_step.done", text)
    wishes = book.find("next_step.wish", text)
    ahead = _not_closed_by(_ahead(book.find("next_step.strong", text), past, done, text, wishes),
                           book.find("next_step.done_last", text), text)
    conditions = book.find("next_step.conditional", text)
    unconditional = _not_preceded(ahead, conditions, text, STEP_CONDITION_WORDS)
    others = book.find("next_step.others", text)
    return [
        hit for hit in unconditional
        if not any(hit.end <= mark.start and mark.end <= _sentence_end(text, hit.end) for mark in conditions)
        and not any(hit.end <= mark.start and len(text[hit.end:mark.start].split()) <= OTHERS_WORDS for mark in others)
    ]


def _no_beside_steps_named(no: list[Hit], steps: list[Hit], text: str, book: PhraseBook) -> bool:
    """Whether a softer "no" of a folded body outweighs its step hits: every step is only
    named by its noun (``_only_named``: "your case study was one of the strongest we saw, but
    it's not the right fit at this time"), no sentence of a step names a day or an hour ("the
    final round will be on Friday") or holds the "no" before the step ("we regret to inform
    you that the office is closed, so the final round will be held online" is about the step)."""
    if not _only_named(steps, text, book):
        return False
    for step in steps:
        start, end = _sentence_start(text, step.start), _sentence_end(text, step.end)
        if any(start <= hit.start < step.start for hit in no) or _day_or_hour_named(text, start, end, book):
            return False
    return True


def _only_named(steps: list[Hit], text: str, book: PhraseBook) -> bool:
    """Whether every step hit of a folded body stands inside a step named only by its noun
    (``next_step.named``: "the case study", "your references"), with no verb offering it."""
    named = book.find("next_step.named", text)
    return all(any(n.start <= hit.start and hit.end <= n.end for n in named) for hit in steps)


def steps_only_named(text: str, book: PhraseBook, promised: Hit | None) -> bool:
    """Whether every step still to come in a folded body is only named by its noun ("the
    final round", "one reference check", ``next_step.named``) and is not what the news
    ``promised`` is about: nothing offers a step to the candidate ("we'd like to invite you
    to", "schedule a call"), nothing asks, and no step follows the word of news in its
    sentence ("you'll hear about a final round with the founders on Friday"). ``promised``:
    None for a receipt (``receipt_beside_named_steps``), whose step is what was received or
    passed on."""
    steps = steps_ahead(text, book)
    if not steps or book.find("asks_reply.phrases", text):
        return False
    if not _only_named(steps, text, book):
        return False
    if promised is None:
        return True
    sentence_end = _sentence_end(text, promised.end)
    return not any(promised.end <= hit.start < sentence_end for hit in steps)


# A second person's possessive right before a step's noun, in the seven languages: "your case
# study", "Ihrer Fallstudie", "votre étude de cas", "tu caso práctico", "je opdracht", "il tuo
# caso di studio", "o seu estudo de caso".
_YOURS = re.compile(
    r"(?<!\w)(?:your|ihre[nmrs]?|deine[nmrs]?|dein|votre|vos|ton|ta|tes|tu|tus|su|sus|vuestr[oa]s?|je|jouw|uw"
    r"|tuo|tua|tuoi|tue|suo|sua|suoi|sue|seu|seus|suas|teu|teus|tuas)\s+$"
)


def receipt_beside_named_steps(text: str, book: PhraseBook) -> Hit | None:
    """The first words of receipt of a folded body ("got it, thanks", "I'll pass it on to the
    panel", "bien reçu", "se lo paso": ``acknowledgement.phrases`` and ``.received`` that hold
    no word of news to come, ``acknowledgement.news``) when every step it names is the
    candidate's own (a second person's possessive right before it: "I'll pass it on to the
    panel together with your case study", "je le transmets au jury avec votre étude de cas"),
    else None. Beside steps only named (``steps_only_named``) they make a holding reply: the
    step is what the candidate sent. An apology beside a step ("sorry for the slow reply: we'd
    love to have you for the final round") or news promised about one ("we'll contact you
    about a second interview") tells of a step to come."""
    steps = steps_ahead(text, book)
    if not steps or not all(_YOURS.search(text, max(0, hit.start - 16), hit.start) for hit in steps):
        return None
    news = book.find("acknowledgement.news", text)
    hits = [
        hit
        for hit in book.find("acknowledgement.phrases", text) + book.find("acknowledgement.received", text)
        if not any(hit.start < word.end and word.start < hit.end for word in news)
    ]
    return min(hits, key=lambda hit: hit.start, default=None)


def answered(text: str, book: PhraseBook) -> list[Hit]:
    """The hits of a folded body that answer the candidate's question ("to answer your
    question", ``other.answers``) with something else than a holding or away line in their
    sentence: "good question: the band is 60-70k" answers, "to answer your question, we'll get
    back to you on Friday" is a holding reply still."""
    holding = [
        hit
        for group in ("acknowledgement.phrases", "acknowledgement.news", "auto_reply.phrases")
        for hit in book.find(group, text)
    ]
    kept = []
    for hit in book.find("other.answers", text):
        sentence_end = _sentence_end(text, hit.end)
        if not any(hit.end <= other.start < sentence_end for other in holding):
            kept.append(hit)
    return kept


def _not_requests(
    steps: list[Hit], asks: list[Hit], requested: list[Hit], text: str
) -> tuple[list[Hit], list[Hit]]:
    """The step and question hits that ask for no document or information (``other.requests``).

    A step word that is part of such a request ("tu disponibilidad para incorporarte", "two
    references from previous employers") and a question in the sentence of one or the next ("Könnten
    Sie mir Ihre Zeugnisse schicken?") are dropped; a step elsewhere stays ("we'd like to invite you
    to a final interview. Please bring your certificates.").
    """
    if not requested:
        return steps, asks
    # The question may follow in the next sentence: "... fehlen uns Ihre Zeugnisse. Könnten Sie
    # mir diese schicken?"
    # A list's items are asked in the sentence that opens it: "pourriez-vous m'envoyer : - une
    # copie de votre diplôme ; ...".
    sentences = [
        (_list_start(text, r), _sentence_end(text, _sentence_end(text, r.end) + 1)) for r in requested
    ]
    steps = [hit for hit in steps if not any(r.start < hit.end and hit.start < r.end for r in requested)]
    asks = [hit for hit in asks if not any(start <= hit.start < end for start, end in sentences)]
    return steps, asks


def things_asked(text: str, book: PhraseBook, steps: list[Hit]) -> list[Hit]:
    """The hits of a folded body that ask the candidate to send or share a thing (``other.sends``:
    "could you send over the dashboard you built?", "Könnten Sie mir die Präsentation
    schicken?", "¿podrías compartir la presentación?"): asked (``_asked``: in a question or as
    an item of a list) in a sentence that holds no step (``steps``: "could you send me your
    availability?", "can you share three or four slots?" ask for a step)."""
    kept = []
    for hit in book.find("other.sends", text):
        if not _asked(text, hit):
            continue
        start, end = _sentence_start(text, hit.start), _sentence_end(text, hit.end)
        if not any(start <= step.start < end for step in steps):
            kept.append(hit)
    return kept


def steps_beside_a_request(
    steps: list[Hit], asks: list[Hit], requested: list[Hit], text: str, book: PhraseBook
) -> list[Hit]:
    """The step hits of a folded body that asks for documents or information
    (``requested``) which still offer a step. A step only named by its noun
    (``next_step.named``) is the request's context ("before the final round, what is your
    notice period?", "the panel would like to read it next to your case study"), unless its
    sentence or the next asks something of its own (an ``asks`` hit that is not the request's
    verb, one that a request follows within REQUEST_WORDS words: "the challenge is in the
    GitHub repository below; please complete it by Friday", "could you do a case study
    first?") or the body tells of progress (``next_step.advance``:
    "congratulations, you're through to the final round! what is your notice period?").
    Steps offered in words of their own ("we'd like to invite you to", "as a last step we'd
    like to speak with two people you worked with", times to meet asked) stay."""
    if book.find("next_step.advance", text):
        return steps
    named = book.find("next_step.named", text)
    own_asks = [
        ask
        for ask in _not_followed(asks, requested, text, REQUEST_WORDS)
        if not any(r.start < ask.end and ask.start < r.end for r in requested)
    ]
    kept = []
    for hit in steps:
        only_named = any(n.start <= hit.start and hit.end <= n.end for n in named)
        # The ask may follow in the next sentence: "Here is the case study. Please complete it by Friday."
        start, end = _sentence_start(text, hit.start), _sentence_end(text, _sentence_end(text, hit.end) + 1)
        if only_named and not any(start <= ask.start < end for ask in own_asks):
            continue
        kept.append(hit)
    return kept


def _list_start(text: str, hit: Hit) -> int:
    """Where the sentence of ``hit`` starts, or that of the colon opening its list (``_list_lead``)."""
    lead = _list_lead(text, hit)
    return _sentence_start(text, hit.start) if lead is None else lead


def _in_question(text: str, hit: Hit) -> bool:
    """Whether ``hit`` stands in a question: its sentence ends with "?" (the hit's own last
    character, for a phrase that closes the question: "work?")."""
    return text.startswith("?", _sentence_end(text, hit.end - 1))


# How far back from an item the colon that opens its list may stand, in characters.
_LIST_REACH = 400
_SENTENCE_CLOSED = re.compile(r"(?<!\d)[.!?](?:\s|$)")
# A colon that opens a list: its first item's mark follows ("-", "•", "*", "1.", "a)").
_LIST_OPENS = re.compile(r":\s*(?:[-\u2013\u2022*\u00b7]|\d{1,2}[.)]|[a-z]\))\s")


def _list_lead(text: str, hit: Hit) -> int | None:
    """Where the sentence that opens the list holding ``hit`` starts, when ``hit`` is an item
    of a list after a colon ("could you let me know two things: - your salary expectations ...;
    - your notice period", "pourriez-vous m'envoyer : - une copie de votre diplôme ; ..."):
    the colon ends its words (a space or a line break after it: never "10:00"), and no
    sentence closes between it and ``hit`` (items are set apart by ";", "-" or line breaks),
    and the first item's mark follows the colon ("-", "•", "1."): "kurzes Update: wir
    möchten die Unterlagen noch einmal ansehen" opens no list. None when ``hit`` stands in
    no such list."""
    colon = text.rfind(":", max(0, hit.start - _LIST_REACH), hit.start)
    if colon < 0 or not _LIST_OPENS.match(text, colon):
        return None
    if _SENTENCE_CLOSED.search(text, colon + 1, hit.start):
        return None
    return _sentence_start(text, colon)


def _asked(text: str, hit: Hit) -> bool:
    """Whether a request ``hit`` is asked of the reader: in a question, or as an item of a
    list a colon opens (``_list_lead``)."""
    return _in_question(text, hit) or _list_lead(text, hit) is not None


def _not_about_another_role(hits: list[Hit], text: str, book: PhraseBook) -> list[Hit]:
    """The holding hits that promise no news on the condition of another role: "if we open a
    second role on the team in spring, I'll get back to you" (a condition, ``rejection.conditional``
    or ``offer.conditional``, then another role, ``next_step.roles`` after a word such as
    "second", "new", "similar", "future" (``_ANOTHER``), before the hit in its sentence, at
    most STEP_CONDITION_WORDS words away) speaks of no news about this application; "if we
    decide to move forward with your application for the role, you'll hear from us" still
    promises some."""
    if not hits:
        return hits
    conditions = book.find("rejection.conditional", text) + book.find("offer.conditional", text)
    roles = book.find("next_step.roles", text)
    kept = []
    for hit in hits:
        sentence = _sentence_start(text, hit.start)
        conditional_role = any(
            sentence <= condition.start
            and condition.end <= hit.start
            and len(text[condition.end : hit.start].split()) <= STEP_CONDITION_WORDS
            and any(
                condition.end <= role.start
                and role.end <= hit.start
                and _ANOTHER.search(text[max(condition.end, role.start - 32) : role.start])
                for role in roles
            )
            for condition in conditions
        )
        if not conditional_role:
            kept.append(hit)
    return kept


def _sentence_end(text: str, position: int) -> int:
    end = _SENTENCE_END.search(text, position)
    return end.start() if end else len(text)


def decide_from_phrases(
    text: str,
    subject: str,
    book: PhraseBook,
    proposes_time: bool = False,
    offer_answered: bool = False,
    papers: Hit | None = None,
) -> Classification:
    """The kind a folded body (``fold_body``) states, the decision first wherever it stands.

    Order: a rejection, an offer, a next step or a request (an out-of-office's "please contact
    hr@ while I am away" is no request), a softer "no", a request for documents or
    information (``other.requests``: "could you send me your certificates?", or a fact asked
    in a question: "what is your notice period?"), which is ``other`` that asks for a reply
    and no step; an answer to the candidate's question
    ("to answer your question") over an out-of-office wording, a holding reply and thanks for
    the message, which decide only a message with none of those; bulk wording; else "other"
    (a personal reply). ``proposes_time``: the text asks whether a day and an hour suit
    (``time_proposed``), an answer however courteously it opens, whatever words of receipt
    or of news to come stand beside it, and a question no out-of-office asks ("I have
    limited access to email this week: does Thursday at 14:00 suit you?"). ``offer_answered``:
    the candidate's answer to the offer is quoted below (``offer_answered_below``), so an
    offer's words are its paperwork, a holding reply's words ("the offer letter will reach you
    today"). ``papers``: the papers of an offer made before, sent to be signed
    (``offer_papers``): ``other`` after a rejection, over an offer's, a step's or a request's
    words (the decision was heard before; this is the hiring's administration), asking for a
    reply when the body asks something of the candidate.
    """
    rejection = decided_rejection(text, book)
    weak_rejection = _decided(book.find("rejection.weak", text), book, text)
    offer_veto = book.find("offer.veto", text)
    offer = _not_preceded(
        _not_vetoed(_unquoted(book.find("offer.strong", text), text), offer_veto, text),
        book.find("rejection.conditional", text) + book.find("offer.conditional", text),
        text,
        OFFER_CONDITION_WORDS,
    )
    # "We are pleased to offer you a second interview", "le plaisir de vous proposer l'étape
    # suivante : une étude de cas": an offer's verb whose object is a step offers the step.
    step_objects = book.find("offer.step_object", text) + book.find("next_step.strong", text)
    offered = offer
    offer = _not_followed(offer, step_objects, text, OFFER_STEP_WORDS)
    step_offered = [hit for hit in offered if hit not in offer]
    paperwork = offer if offer_answered else []
    offer = [] if offer_answered else offer
    # "leider können wir Ihnen die Stelle nicht anbieten", "nous ne pouvons pas vous proposer
    # le poste": an offer's words negated are a softer "no", never an offer.
    refused = _negated(offer, book.find("offer.negation", text), text)
    if refused:
        # The words refused in one language are refused in all whose files hold them too.
        offer = [hit for hit in offer if not any(r.start < hit.end and hit.start < r.end for r in refused)]
        weak_rejection = weak_rejection + refused
    # "You're invited to our open day on 19 June: meet the team, save your seat": a step's words
    # in the paragraph of a mailing's (an event, a job alert) offer no step to the candidate.
    next_step = _not_vetoed(_unquoted(steps_ahead(text, book), text), book.find("bulk.phrases", text), text)
    next_step += step_offered
    # "Can you share three or four slots that suit you?": times to meet asked of the candidate.
    next_step += [hit for hit in book.find("next_step.times", text) if _asked(text, hit)]
    asks = all_asks = book.find("asks_reply.phrases", text)
    # "Could you send me your certificates?", "give Julien access to the repository", "could you
    # share the notebook you mentioned?": asking for documents or information asks the
    # candidate something, and is no step of the process.
    requested = _unquoted(book.find("other.requests", text) + things_asked(text, book, next_step), text)
    asked_before = len(next_step) + len(asks)
    next_step, asks = _not_requests(next_step, asks, requested, text)
    auto_reply_hits = book.find("auto_reply.phrases", text)
    # "Quick question: what's your notice period?", "Wie lange ist Ihre Kündigungsfrist?": a
    # fact asked for in a question is a request however plainly it is asked (an
    # out-of-office's "questions about salary? write to hr@" asks the candidate nothing).
    request = len(next_step) + len(asks) < asked_before or (
        not auto_reply_hits and any(_asked(text, hit) for hit in requested)
    )
    if request:
        next_step = steps_beside_a_request(next_step, all_asks, requested, text, book)
    survey = book.find("bulk.survey", text) if asks and not next_step else []
    if survey:
        # A survey's "could you take a minute to tell us about your interview experience?"
        # asks about the process, not for anything the application needs: no step, no request.
        asks = [hit for hit in asks if not any(_same_sentence(text, hit, about) for about in survey)]
    if rejection:
        return Classification("rejection", _strength(len(rejection), 0.9), _phrase_reasons(rejection))
    if papers is not None:
        reason = f"the papers of an offer made before, sent to sign: '{papers.text}'"
        return Classification("other", 0.75, (reason,), asks_reply=bool(asks) or request)
    # "Congratulations! ... the written details (salary, equity) follow next week": cheer and
    # terms make an offer, over a question asked beside them, not over a step still to come.
    if not offer and not next_step:
        offer = offer_cheered(text, book, requested)
    if offer:
        return Classification(
            "offer", _strength(len(offer), 0.88), _phrase_reasons(offer), asks_reply=bool(asks) or request
        )
    if weak_rejection and next_step and not asks and not proposes_time and _no_beside_steps_named(
        weak_rejection, next_step, text, book
    ):
        # "Your case study was one of the strongest we saw. Sadly it's not the right fit at this
        # time": a step only named by its noun offers nothing, and the softer "no" is the news.
        return Classification("rejection", 0.6, _phrase_reasons(weak_rejection))
    if next_step or (asks and (proposes_time or not auto_reply_hits)):
        hits = next_step + asks
        confidence = _strength(len(hits), 0.85 if next_step else 0.7)
        return Classification("next_step", confidence, _phrase_reasons(hits), asks_reply=bool(asks))
    if weak_rejection:  # "we have decided not to ... I'll be away until Monday": the decision
        return Classification("rejection", 0.6, _phrase_reasons(weak_rejection))
    if request:
        reasons = ("asks for documents or information", *_phrase_reasons(requested, 2))
        return Classification("other", _strength(len(requested), 0.7), reasons, asks_reply=True)
    # A holding or away line beside an answer to the candidate's question ("good question: the
    # band is 60-70k; I'm out until Monday") is a person's reply.
    # An out-of-office's "please contact hr@" asks nothing of the candidate (above).
    answers = answered(text, book)
    received = book.find("acknowledgement.received", text)
    # "I'm away Monday until Tuesday - could we do the final interview on Wednesday at 10:00?":
    # a day and an hour asked for is a question no out-of-office asks.
    if auto_reply_hits and not answers and not received and not proposes_time:
        return Classification("auto_reply", 0.75, _phrase_reasons(auto_reply_hits))
    # "This is an automatic reply to confirm your application was received": a holding reply.
    acknowledgement = _not_about_another_role(book.find("acknowledgement.phrases", text), text, book) + received
    acknowledgement += paperwork
    # "If you have not heard from us within two weeks, consider your application unsuccessful":
    # a decision only on a condition is none yet (what a holding reply says).
    acknowledgement += rejection_on_condition(text, book) if not (rejection or weak_rejection) else []
    # "Recibido. ¿Te viene bien el jueves a las 10:00?", "no decision yet, could we talk on
    # Friday at 10:00?": a day and an hour asked for win over the words of receipt or of news
    # to come, as over thanks (below).
    if acknowledgement and not answers and not proposes_time:
        return Classification(
            "acknowledgement", _strength(len(acknowledgement), 0.8), _phrase_reasons(acknowledgement)
        )
    # "Thanks for your message" alone is a holding reply.
    courtesy = book.find("acknowledgement.courtesy", text)
    if courtesy and not proposes_time and not answers:
        return Classification("acknowledgement", 0.7, _phrase_reasons(courtesy))
    bulk = bulk_wording(text, subject, book)
    if bulk:
        return Classification("bulk", _strength(len(bulk), 0.6), _phrase_reasons(bulk))
    if answers:
        return Classification("other", 0.6, ("a personal reply answering a question", *_phrase_reasons(answers, 2)))
    return Classification("other", 0.5, ("a personal reply with no decision phrase",))


def with_date_and_invitation(
    decision: Classification,
    mail: Mail,
    text: str,
    book: PhraseBook,
    company: str | None,
    settings: PolicySettings = DEFAULT_SETTINGS,
    *,
    times_to_choose: bool = False,
) -> Classification:
    """``decision`` with the day it names by kind (``Classification.date``) and, for a next
    step that invites to a meeting on a day and an hour, the ``Invitation`` to log. When
    ``times_to_choose``, the message offers several times: the invitation names none
    (``when`` None), so that logging it asks which one was taken instead of taking the first."""
    sent = mail.date.date()
    if decision.kind == "offer":
        named = decision_day(text, sent, book, settings)
    else:
        named = promised_day(text, sent, book, settings) if decision.kind == "acknowledgement" else None
        named = named or first_named_date(text, sent, book, settings)
    invitation = None
    if decision.kind == "next_step" and named and book.find("invitation.words", text):
        at = first_named_time(text)
        if at is not None:
            when = None if times_to_choose else datetime.combine(named, at, tzinfo=mail.date.tzinfo)
            named = company or company_named(mail.subject, mail.body, mail.from_addr)
            invitation = Invitation(company=named, when=when, summary=mail.subject[:120],
                                    role=role_named(mail.subject, mail.body), times_offered=times_to_choose)
    return _replace(decision, date=named if decision.kind != "next_step" else None, invitation=invitation)


def _replace(decision: Classification, **changes: object) -> Classification:
    return dataclasses.replace(decision, **changes)  # type: ignore[arg-type]


def calendar_events(ics: str) -> list[Any]:
    """The VEVENT components of a text/calendar part (RFC 5545, read by icalendar), in order;
    none when it cannot be read (logged, without its text)."""
    from icalendar import Calendar  # only for mail that has a calendar part

    try:
        return Calendar.from_ical(ics).walk("VEVENT")
    except (ValueError, IndexError, KeyError) as error:
        log.info("calendar_unreadable", error=type(error).__name__)
        return []


def invitation_from_calendar(ics: str, company: str | None) -> Invitation | None:
    """DTSTART, SUMMARY and ORGANIZER of the first event in a text/calendar part."""
    events = calendar_events(ics)
    if not events:
        return None
    event = events[0]
    start = event.get("DTSTART")
    when = start.dt if start is not None else None
    if isinstance(when, date) and not isinstance(when, datetime):
        when = datetime.combine(when, time(0, 0))
    if isinstance(when, datetime) and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # a floating time: the model wants aware datetimes
    summary = str(event.get("SUMMARY", ""))[:120]
    organizer = str(event.get("ORGANIZER", "")).lower().removeprefix("mailto:")
    return Invitation(company=company or _company_from_address(organizer), when=when, summary=summary,
                      role=role_named(summary, None))


def _company_from_address(address: str) -> str | None:
    if "@" not in address:
        return None
    label = address.rsplit("@", 1)[1].split(".")[0]
    return label.replace("-", " ").title() or None
