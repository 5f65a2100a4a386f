"""The phrase engine: phrase files read into patterns, and the texts they are searched in.

A phrase file (``watcher/data/phrases/*.toml``, and optionally a user folder of more) lists
phrases per group ("rejection.strong", "offer.veto", ...): plain phrases, where "*" stands
for up to four words, and crossed phrases (one word of each of several lists, in order, a
few words apart). ``load_phrases`` reads them once into a ``PhraseBook``; ``fold`` and
``fold_body`` bring a text to the form the phrases are written in, and ``PhraseBook.find``
says which phrases of a group a folded text holds, and where. The book also carries the
files' other tables: quote cuts, bulk senders and each language's words for dates.
"""

from __future__ import annotations

import functools
import gc
import re
import threading
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import structlog

from watcher.compiled_patterns import CompiledForms, compile_pattern, compiled_forms, use_forms

log = structlog.get_logger(__name__)

# Phrase groups every language file may fill; "<kind>.<strength>".
PHRASE_GROUPS = (
    "rejection.strong",
    "rejection.weak",
    "rejection.veto",
    "rejection.conditional",
    "rejection.silence",
    "rejection.negation",
    "rejection.outcome",
    "offer.strong",
    "offer.veto",
    "offer.conditional",
    "offer.negation",
    "offer.decide_by",
    "offer.step_object",
    "offer.cheer",
    "offer.terms",
    "offer.papers",
    "offer.signing",
    "offer.agreed",
    "next_step.strong",
    "next_step.past",
    "next_step.done",
    "next_step.done_last",
    "next_step.conditional",
    "next_step.others",
    "next_step.named",
    "next_step.proposing",
    "next_step.proposes",
    "next_step.contrast",
    "next_step.roles",
    "next_step.advance",
    "next_step.booked",
    "next_step.moved",
    "next_step.times",
    "next_step.wish",
    "asks_reply.phrases",
    "acknowledgement.phrases",
    "acknowledgement.news",
    "acknowledgement.received",
    "acknowledgement.courtesy",
    "acknowledgement.notice",
    "acknowledgement.portal",
    "acknowledgement.completed",
    "acknowledgement.reminder",
    "acknowledgement.reminds",
    "acknowledgement.automated",
    "other.answers",
    "other.requests",
    "other.sends",
    "other.feedback",
    "other.outreach",
    "auto_reply.subjects",
    "auto_reply.phrases",
    "auto_reply.calendar",
    "auto_reply.note",
    "bulk.phrases",
    "bulk.survey",
    "bulk.subjects",
    "bulk.account",
    "thank_you.phrases",
    "thank_you.subjects",
    "thank_you.veto",
    "follow_up.phrases",
    "follow_up.weak",
    "invitation.words",
    "invitation.confirms",
)

WILDCARD_GAP = r" (?:\S+ ){0,4}"  # "*" in a phrase: up to four words
# Between the parts of a crossed phrase: up to three words of the same sentence, none of
# them opening a question ("not yet decided whether to proceed with your application") or
# a clause of purpose ("Ihren Lebenslauf aktuell, damit Sie passende Stellen erhalten").
CROSS_GAP_WORDS = 3


def cross_gap(words: int = CROSS_GAP_WORDS, without: Sequence[str] = (), only: Sequence[str] | None = None) -> str:
    """Between two parts of a crossed phrase: up to ``words`` words of the same sentence; a
    date such as "13.11." or "13.11.2026," is one word ("bis Freitag, 13.11.2026, nicht im Büro").

    ``without``: folded words that may not stand there (a negation: "la vacante aún no ha
    sido cubierta"); ``only``: when given, the only words that may ("ist inzwischen leider
    besetzt", never "is expected to be filled")."""
    barred = "|".join(["whether", "if", "ob", "damit", *(re.escape(word) for word in without)])
    if only is not None:
        word = f"(?:{alternation(list(only))}),?" if only else "(?!)"
    else:
        word = r"(?:\d{1,2}\.(?:\d{1,2}\.(?:\d{2,4})?)?,?|[^\s.!?;:]+)"
    return rf",? (?:(?!(?:{barred})(?!\w)){word} ){{0,{words}}}"


CROSS_GAP = cross_gap()
# Marks that end a clause, as a character class's contents: what a crossed phrase with
# ``closes`` must reach (``compile_cross``).
CLAUSE_MARKS = r".,;:!?)\-"
# Where a crossed group goes when its table does not say: the kind's main group.
CROSS_DEFAULT_GROUP = {"rejection": "strong", "offer": "strong", "next_step": "strong"}


_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[\u2010-\u2015]")
_WORD = re.compile(r"\w+")


# German gender-inclusive forms: a plural "Kandidat:innen", "Bewerber*innen", "Kolleg_innen",
# "KandidatInnen"; a singular "Kandidat:in"; an article or adjective "eine:n", "andere:n".
_GENDER_FORM = re.compile(r"(?<=\w)(?:[:*_]-?(?:innen|in)|/-?innen|/-in|Innen)\b")
_GENDER_ARTICLE = re.compile(r"(?<=\w)[:*_]n\b")


def _gender_form(found: re.Match[str]) -> str:
    # "Bewerber:innen" -> "Bewerber", "Kandidat:innen" -> "Kandidaten"; the singular as it stands
    # after "einen anderen", "mit einem": "Kandidat:in" -> "Kandidaten", "Bewerber:in" -> "Bewerber"
    return "" if found.string[: found.start()].lower().endswith("er") else "en"


def plain_gender_forms(text: str) -> str:
    """``text`` with German gender-inclusive forms written plain (see ``fold``); any other text
    as it is."""
    if _may_hold_gender_forms(text):
        return _GENDER_ARTICLE.sub("n", _GENDER_FORM.sub(_gender_form, text))
    return text


def _may_hold_gender_forms(text: str) -> bool:
    # Substring tests of the marks themselves, not a search: fold() runs on every paragraph
    # of every message read, and German words hold "nnen" ("können"), links "/in/".
    return (":in" in text or "*in" in text or "_in" in text or "Innen" in text or "/innen" in text
            or "/-in" in text or ":n" in text)


def fold(text: str) -> str:
    """Case-fold, unify apostrophes and dashes, drop accents, collapse whitespace.

    Polish "ł" is a letter of its own to Unicode (no accent to drop): it is read as "l", as
    people write it on a keyboard without Polish letters ("zakwalifikowal"). German
    gender-inclusive forms are read as the plain forms the phrase lists hold: "Kandidat:innen"
    and "KandidatInnen" as "Kandidaten", "Bewerber*innen" as "Bewerber", "Kandidat:in" (after
    "einen anderen", "mit einem") as "Kandidaten", "eine:n" as "einen"."""
    text = plain_gender_forms(text)
    if text.isascii():  # the same result: ASCII has nothing to normalise, and casefold() is lower()
        return _SPACES.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\u0142", "l")
    text = _DASHES.sub("-", text)
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


def fold_body(text: str) -> str:
    """``fold`` per paragraph, paragraphs kept apart by one newline.

    A phrase never spans two paragraphs, and a veto or a past mention is weighed in the
    paragraph or sentence of the phrase it bears on.
    """
    paragraphs = (fold(part) for part in re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n")))
    return "\n".join(part for part in paragraphs if part)


@functools.lru_cache(maxsize=64)
def words_of(text: str) -> frozenset[str]:
    r"""The words of a folded text: its runs of word characters (``\w``, as ``re`` has them)."""
    return frozenset(_WORD.findall(text))


@dataclass(frozen=True)
class Needs:
    """What a text must hold for a pattern to match it: for each part of the pattern, one of
    the part's alternatives, as text and as whole words.

    A pattern's literal parts (folded text) stand in the text as they are, and a part
    between non-word characters (or the pattern's edges, where it asks for a word
    boundary) stands there in whole words: a text without them is not searched at all.
    """

    parts: tuple[tuple[tuple[str, frozenset[str]], ...], ...] = ()
    # The same, checked faster: the parts of one alternative merged, and the others.
    words: frozenset[str] = frozenset()
    texts: tuple[str, ...] = ()
    choices: tuple[tuple[tuple[str, frozenset[str]], ...], ...] = ()

    @classmethod
    def of(cls, *parts: Iterable[str]) -> Needs:
        """From each part's alternatives (folded literal text, as the pattern matches it)."""
        read = tuple(tuple((alt, frozenset(_WORD.findall(alt))) for alt in part if alt) for part in parts)
        single = [part[0] for part in read if len(part) == 1]
        return cls(
            parts=read,
            words=frozenset().union(*(words for _alt, words in single)),
            texts=tuple(alt for alt, _words in single),
            choices=tuple(part for part in read if len(part) != 1),
        )

    def met_by(self, text: str, words: frozenset[str]) -> bool:
        """Whether ``text`` (whose ``words_of`` are ``words``) holds every part."""
        # Loops rather than all() and any() over generators: asked 15,000 times in a first
        # scan of 10,000 messages, most often of needs with no texts or choices.
        if not self.words <= words:
            return False
        for alt in self.texts:
            if alt not in text:
                return False
        for part in self.choices:
            for alt, alt_words in part:
                if alt_words <= words and alt in text:
                    break
            else:
                return False
        return True

    def keys(self) -> tuple[str, ...] | None:
        """Words of which a text meeting these needs holds at least one (the longest word of
        each alternative of the part with the fewest), or None when no word is needed."""
        keyed = [
            tuple(max(sorted(words), key=len) for _alt, words in part)
            for part in self.parts
            if all(words for _alt, words in part)
        ]
        if not keyed:
            return None
        return min(keyed, key=lambda keys: (len(keys), -min((len(key) for key in keys), default=0)))


@dataclass(frozen=True)
class LazyPattern:
    """A regular expression compiled on first use, searched only in texts that meet its ``needs``."""

    source: str
    needs: Needs
    flags: int = 0

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return compile_pattern(self.source, self.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``re.finditer`` of the pattern in ``text``: the same matches, none sought in a
        text that lacks what the pattern needs."""
        if not self.needs.met_by(text, words_of(text)):
            return iter(())
        return self.pattern.finditer(text)


@dataclass(frozen=True)
class Hit:
    """One phrase found in a text: the phrase file's words (the only text a reason quotes) and where.

    ``language``: the phrase file's name without ".toml" ("pt"), so that a word is read in
    its own language's sense (Spanish "no" is Portuguese "in the")."""

    text: str
    start: int
    end: int
    language: str = ""


@dataclass(frozen=True)
class Phrase:
    """A phrase of a phrase file, or a crossed phrase (several lists, one word of each in order).

    Its pattern is compiled the first time a text holding its words is searched: most
    phrases of most books never are, and compiling them all cost more than searching. A
    phrase without "*" (``literal``) is found without its pattern: where its text stands
    between non-word characters, as the pattern finds it.
    """

    text: str  # as written in the phrase file
    source: str  # the regular expression
    needs: Needs  # what a text must hold for the pattern to match it
    flags: int = 0
    crossed: bool = False  # the reason names the words of each part that were found
    literal: str | None = None  # the folded phrase, when the pattern finds only it
    language: str = ""  # the phrase file's name without ".toml"

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return compile_pattern(self.source, self.flags)

    def hits(self, folded_text: str) -> list[Hit]:
        """Where the phrase stands in ``folded_text``, as its ``pattern`` finds it."""
        if self.literal is not None:
            return [Hit(self.text, start, end, self.language) for start, end in _word_spans(self.literal, folded_text)]
        found = []
        for m in self.pattern.finditer(folded_text):
            text = " * ".join(g for g in m.groups() if g) if self.crossed else self.text
            found.append(Hit(text, m.start(), m.end(), self.language))
        return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # re's \w on str: Py_UNICODE_ISALNUM or "_"


def _word_spans(literal: str, text: str) -> Iterator[tuple[int, int]]:
    r"""``(?<!\w)LITERAL(?!\w)``'s matches in ``text``, as ``re.finditer`` gives them
    (left to right, not overlapping), found with ``str.find``."""
    start = 0
    while (at := text.find(literal, start)) >= 0:
        end = at + len(literal)
        if (at == 0 or not _is_word(text[at - 1])) and (end == len(text) or not _is_word(text[end])):
            yield at, end
            start = end
        else:
            start = at + 1


def compile_phrase(text: str, language: str = "") -> Phrase:
    """A phrase file's phrase as a pattern: its folded words, "*" standing for up to four
    words (``WILDCARD_GAP``), not inside a longer word at either end."""
    folded = fold(text).split(" * ")
    parts = [re.escape(part) for part in folded]
    # The phrase's first words must not follow a word character: ``(?<!\w)FIRST``, written
    # as ``FIRST(?<!\wFIRST)`` (the same test, FIRST being of fixed length) so that the
    # pattern opens with a literal and re scans for it with its fast string search instead
    # of trying every position. Measured on the corpus's 1,624 phrase searches: 0.34 s
    # down to 0.07 s, the same hits; a fifth of a 10,000-message first scan before.
    first, rest = parts[0], parts[1:]
    body = rf"{first}(?<!\w{first})" + "".join(WILDCARD_GAP + part for part in rest)
    return Phrase(
        text=text,
        source=rf"{body}(?!\w)",
        needs=Needs.of(*([part] for part in folded)),
        literal=folded[0] if len(folded) == 1 and folded[0] else None,
        language=language,
    )


def compile_cross(
    parts: Sequence[Sequence[str]],
    sentence_start: bool = False,
    gap: int = CROSS_GAP_WORDS,
    without: Sequence[str] = (),
    adverbs: Sequence[str] | None = None,
    language: str = "",
    closes: int | None = None,
) -> Phrase:
    """One phrase for every combination of the ``parts`` lists, in order, a few words apart.

    ``[["not"], ["proceeding with", "move forward with"], ["your application", "your candidacy"]]``
    finds "we will not be proceeding with your candidacy" and "not move forward with your
    application": up to three words of one sentence between the parts (``CROSS_GAP``).
    ``sentence_start``: the first part must open a sentence (an out-of-office's "Away until...").
    ``gap``: at most this many words between two parts instead (a table's ``gap``: "your
    application for the Data Analyst role has been received" names the role in between).
    ``without``: words never between two parts (a table's ``without``: its negations).
    ``adverbs``: when given, the only words between the second part and the next ones (a
    table's ``adverbs``: "die Stelle als Data Engineer ist inzwischen leider besetzt").
    ``closes``: when given, the phrase ends its clause: at most this many words, then a mark
    that ends a clause (``CLAUSE_MARKS``) or the text's end follow it (a table's ``closes``:
    "the whole panel wants to work with you." and never "the team would like to work with you
    on a pairing exercise"; "it didn't work out this time, I'm afraid.").
    """
    folded = [[fold(str(word)) for word in part] for part in parts]
    alternatives = [alternation(part) for part in folded]
    barred = [fold(str(word)) for word in without]
    first_gap = cross_gap(gap, barred)
    later_gap = first_gap if adverbs is None else cross_gap(gap, barred, [fold(str(word)) for word in adverbs])
    groups = [f"({alternative})" for alternative in alternatives]
    body = groups[0] + "".join((first_gap if i == 1 else later_gap) + group for i, group in enumerate(groups[1:], 1))
    text = " * ".join("|".join(str(w) for w in part[:2]) + ("|..." if len(part) > 2 else "") for part in parts)
    start = r"(?:^|(?<=[.!?;:] ))" if sentence_start else r"(?<!\w)"
    # A phrase whose own words end with a mark ("said no.") closes its clause itself.
    end = "" if closes is None else rf"(?:(?<=[{CLAUSE_MARKS}])|(?=(?: [^\s{CLAUSE_MARKS}]+){{0,{closes}}} ?(?:[{CLAUSE_MARKS}]|$)))"
    return Phrase(
        text=text, source=rf"{start}{body}(?!\w){end}", needs=Needs.of(*folded), flags=re.MULTILINE, crossed=True,
        language=language,
    )


@dataclass(frozen=True)
class _GroupIndex:
    """A group's phrases by a word each needs (positions in the group), and those needing none."""

    by_word: Mapping[str, tuple[int, ...]]
    always: tuple[int, ...]

    @classmethod
    def of(cls, phrases: Sequence[Phrase]) -> _GroupIndex:
        by_word: dict[str, list[int]] = {}
        always = []
        for position, phrase in enumerate(phrases):
            keys = phrase.needs.keys()
            if keys is None:
                always.append(position)
            for key in keys or ():
                by_word.setdefault(key, []).append(position)
        return cls({word: tuple(positions) for word, positions in by_word.items()}, tuple(always))

    def candidates(self, words: frozenset[str]) -> list[int]:
        """Positions of the phrases that may match a text of ``words``, in the group's order."""
        positions = set(self.always)
        for word in self.by_word.keys() & words:
            positions.update(self.by_word[word])
        return sorted(positions)


@dataclass(frozen=True, eq=False)  # hashable as itself: the date reader keeps its patterns per language
class DateWords:
    """One language's words for naming a day."""

    weekdays: tuple[tuple[str, ...], ...] = ()  # Monday first, each with its aliases
    months: tuple[tuple[str, ...], ...] = ()  # January first, each with its aliases
    numbers: Mapping[str, int] = field(default_factory=dict)
    tomorrow: tuple[str, ...] = ()
    next_week: tuple[str, ...] = ()
    end_of_week: tuple[str, ...] = ()
    end_of_month: tuple[str, ...] = ()
    within: tuple[str, ...] = ()  # "in", "within": before "<n> <unit>"
    day_units: tuple[str, ...] = ()
    business_day_units: tuple[str, ...] = ()
    week_units: tuple[str, ...] = ()
    day_of_month: tuple[str, ...] = ()  # "by the": before a bare day of the month


@dataclass(frozen=True)
class PhraseBook:
    """The phrase files merged: phrases per group (``PHRASE_GROUPS``), the patterns where
    quoted history starts (``quote_cuts``), bulk senders and each language's date words.

    ``[quote]`` tables also give ``forwards``: where a forwarded message starts (a mailer's
    forward line, "---------- Forwarded message ---------", "Begin forwarded message:");
    ``notices``: where a legal notice or a calendar program's footer starts ("This email
    and any attachments are confidential", "Diese E-Mail enthält vertrauliche
    Informationen", "Invitation from Google Calendar"), cut like quoted history once the
    sender's words stand before it; ``forward_prefixes``: the subject prefixes mailers put
    before a forwarded message's subject ("Fwd", "WG", "TR", "RV", "I", "ENC")."""

    groups: Mapping[str, tuple[Phrase, ...]]
    quote_cuts: tuple[re.Pattern[str], ...]
    bulk_senders: tuple[str, ...]  # fnmatch patterns on the sender address
    date_words: tuple[DateWords, ...]
    forwards: tuple[re.Pattern[str], ...] = ()
    notices: tuple[re.Pattern[str], ...] = ()
    forward_prefixes: tuple[str, ...] = ()

    @functools.cached_property
    def _indexes(self) -> dict[str, _GroupIndex]:
        return {group: _GroupIndex.of(phrases) for group, phrases in self.groups.items()}

    @functools.cached_property
    def cut_finders(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
        """``quote_cuts``, ``forwards`` and ``notices``, each as one pattern that matches where
        any of them does (``cut_finder_sources``; None where they cannot be joined): searched
        once instead of one search per pattern, the same earliest match (a body's own words
        are cut for every message read, 70 searches each, five to eight times slower).
        Made on first use from the compiled forms kept with the bundled book."""
        found = []
        for source, flags in cut_finder_sources(self):
            try:
                found.append(compile_pattern(source, flags) if source is not None else None)
            except re.error:  # a pattern that stands only alone (a global inline flag)
                found.append(None)
        return found[0], found[1], found[2]

    def find(self, group: str, folded_text: str) -> list[Hit]:
        """Every phrase of ``group`` found in ``folded_text``, in the order of the text.

        Only the phrases whose words the text holds are searched (``Needs``); the hits are
        those of searching every phrase of the group, in the same order.
        """
        memo = getattr(_remembered, "hits", None)
        if memo is not None:
            key = (id(self), group, folded_text)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._find(group, folded_text)
            return list(found)
        return self._find(group, folded_text)

    def _find(self, group: str, folded_text: str) -> list[Hit]:
        index = self._indexes.get(group)
        if index is None:
            return []
        words = words_of(folded_text)
        phrases = self.groups[group]
        hits = []
        for position in index.candidates(words):
            phrase = phrases[position]
            if phrase.needs.met_by(folded_text, words):
                hits.extend(phrase.hits(folded_text))
        return sorted(hits, key=lambda hit: (hit.start, -hit.end))


_remembered = threading.local()


@contextmanager
def remembering_finds() -> Iterator[None]:
    """Within this block (in this thread), ``PhraseBook.find`` answers a group and text it
    was asked before from memory: the same hits, in a new list.

    Classifying one message asks the same group of the same text again and again (the
    checks of a kind's phrases, vetoes and negations each read the text's hits): measured
    on the 236 messages a first scan of the benchmark's 10,000 messages classifies, 7,332
    finds of 4,451 distinct (group, text) pairs, counted message by message; classifying
    them went from 1.60 to 1.46 billion instructions (callgrind), the same verdicts.
    ``watcher.classify.classify`` remembers for one message at a time, so nothing is kept
    between messages."""
    outer = getattr(_remembered, "hits", None)
    if outer is None:
        _remembered.hits = {}
    try:
        yield
    finally:
        if outer is None:
            _remembered.hits = None


def bundled_phrase_files() -> list[tuple[str, str]]:
    folder = resources.files("watcher") / "data" / "phrases"
    return [(name, (folder / name).read_text(encoding="utf-8")) for name in _bundled_names()]


def user_phrase_files(extra_dir: Path) -> list[tuple[str, str]]:
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(extra_dir.glob("*.toml"))]


def load_phrases(extra_dir: Path | None = None) -> PhraseBook:
    """All phrase files merged: the bundled ones, then the user's (which add to them).

    Built once per ``extra_dir``: ``load_phrases()`` and ``load_phrases(None)`` are the
    same book (the daemon builds it at start for the classifier's later calls).
    """
    return _load_phrases(extra_dir)


@functools.lru_cache(maxsize=4)
def _load_phrases(extra_dir: Path | None) -> PhraseBook:
    if extra_dir:
        return build_phrase_book(bundled_phrase_files() + user_phrase_files(extra_dir))
    # The bundled book is kept between runs (watcher/kept.py, keyed by this module and the
    # phrase files): reading the kept copy costs a fifth of building it with its word
    # index (0.05 to 0.07 s against 0.31 to 0.38 s, measured on a machine at a load of 7),
    # the largest single piece of a first scan's start. tests/test_phrase_patterns.py
    # fails if the kept copy differs from a fresh build or stops being used.
    from watcher.kept import kept_result

    book, forms = kept_result("phrases", Path(__file__), lambda: (_book_with_forms(), None),
                              checked_by=_bundled_book_made_by())
    use_forms(forms)
    # The book lives as long as the process, as do the modules loaded by now: moved to the
    # collector's permanent generation, the next full collection does not traverse their
    # 100,000 objects (0.03 to 0.06 s of a first scan's processor time at a load of 8,
    # measured with gc.callbacks). Built once per process (lru_cache), so the daemon
    # freezes once, at start; objects outside cycles are freed as before. Not while the
    # collector is off (a scan, watcher/shutdown.py): it collects nothing then, and the
    # garbage in cycles a scan run in a caller's own process leaves would be frozen with
    # the book for good; watcher's own command line freezes everything when it returns.
    if gc.isenabled():
        gc.freeze()
    return book


def _book_with_forms() -> tuple[PhraseBook, CompiledForms]:
    """The bundled book, and the compiled forms of its phrases' patterns and of the date
    reader's patterns made from its date words (``watcher.compiled_patterns``), kept with
    it: the patterns a scan needs are then made without compiling (0.04 s of a first scan
    of 10,000 messages; compiling all 800 of them when the book is built takes 0.3 s, once)."""
    from watcher.classify import date_pattern_sources  # the classifier reads this module: import on use

    book = build_phrase_book(bundled_phrase_files())
    patterns = (phrase for phrases in book.groups.values() for phrase in phrases if phrase.literal is None)
    cut_finders = [(source, flags) for source, flags in cut_finder_sources(book) if source is not None]
    return book, compiled_forms([*((phrase.source, phrase.flags) for phrase in patterns),
                                 *date_pattern_sources(book), *cut_finders])


@functools.lru_cache(maxsize=1)
def bundled_forward_prefixes() -> tuple[str, ...]:
    """The bundled book's ``forward_prefixes``, kept apart from it (``watcher.kept``): the
    IMAP search asks for them before the server searches, and loading the whole book for
    them there took 0.03 s of a first scan's main thread (py-spy, the benchmark's
    10,000-message mailbox), where the reading's preparation loads it while the server
    searches (``watcher.pipeline._prepare_reading``)."""
    from watcher.kept import kept_result

    return kept_result("forward_prefixes", Path(__file__), lambda: (load_phrases().forward_prefixes, None),
                       checked_by=_bundled_book_made_by())


def _bundled_book_made_by() -> tuple[str, ...]:
    """The code and the files the bundled book is made from (a kept result's ``checked_by``)."""
    return ("phrases.py", "compiled_patterns.py", "classify.py", *(f"data/phrases/{name}" for name in _bundled_names()))


def _bundled_names() -> list[str]:
    folder = resources.files("watcher") / "data" / "phrases"
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".toml"))


def build_phrase_book(files: Sequence[tuple[str, str]]) -> PhraseBook:
    """The phrase files (name, text) merged into one book, its word index built."""
    groups: dict[str, list[Phrase]] = {name: [] for name in PHRASE_GROUPS}
    quote_cuts: list[re.Pattern[str]] = []
    forwards: list[re.Pattern[str]] = []
    notices: list[re.Pattern[str]] = []
    forward_prefixes: list[str] = []
    bulk_senders: list[str] = []
    date_words: list[DateWords] = []
    for name, text in files:
        data = tomllib.loads(text)
        language = name.removesuffix(".toml")
        for group in PHRASE_GROUPS:
            kind, strength = group.split(".")
            groups[group].extend(compile_phrase(p, language) for p in data.get(kind, {}).get(strength, []))
        for kind, table in data.items():
            if not isinstance(table, dict):
                continue
            for cross in table.get("cross", []):
                # "into": the group, or several ("a platform invites you to a test" is a step
                # and news of progress that no reminder's words make a bare notice)
                into = cross.get("into", CROSS_DEFAULT_GROUP.get(kind, "phrases"))
                targets = [f"{kind}.{part}" for part in ([into] if isinstance(into, str) else into)]
                for group in targets:
                    if group not in groups:
                        raise ValueError(f"phrase file {name}: [[{kind}.cross]] goes into unknown group {group}")
                gap = int(cross.get("gap", CROSS_GAP_WORDS))
                crossed = compile_cross(
                    cross["parts"], bool(cross.get("sentence_start")), gap, cross.get("without", ()), cross.get("adverbs"),
                    language, cross.get("closes"),
                )
                for group in targets:
                    groups[group].append(crossed)
        quote = data.get("quote", {})
        for key, patterns in (("patterns", quote_cuts), ("forwards", forwards), ("notices", notices)):
            patterns.extend(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in quote.get(key, []))
        forward_prefixes.extend(fold(str(prefix)) for prefix in quote.get("forward_prefixes", []))
        bulk_senders.extend(s.lower() for s in data.get("senders", {}).get("bulk", []))
        if "dates" in data:
            date_words.append(read_date_words(data["dates"]))
        log.debug("phrases_loaded", file=name)
    book = PhraseBook(
        groups={k: tuple(v) for k, v in groups.items()},
        quote_cuts=tuple(quote_cuts),
        bulk_senders=tuple(bulk_senders),
        date_words=tuple(date_words),
        forwards=tuple(forwards),
        notices=tuple(notices),
        forward_prefixes=tuple(dict.fromkeys(forward_prefixes)),
    )
    book._indexes  # noqa: B018  # built now (and kept with the book), not on the first message
    return book


# A backreference or a condition on a group: its group's number changes once joined.
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def cut_finder_sources(book: PhraseBook) -> list[tuple[str | None, int]]:
    """(source, flags) of the one pattern that finds the earliest match of any of the book's
    ``quote_cuts``, ``forwards`` and ``notices`` in turn: their alternation, each in a group
    of its own. An alternation matches at a place exactly where one of its alternatives
    does, so its earliest match starts where the earliest of theirs does. None for a list
    whose patterns differ in flags or refer to their own groups."""
    sources: list[tuple[str | None, int]] = []
    for patterns in (book.quote_cuts, book.forwards, book.notices):
        flags = {pattern.flags for pattern in patterns}
        if len(flags) != 1 or any(_GROUP_REFERENCE.search(pattern.pattern) for pattern in patterns):
            sources.append((None, 0))
            continue
        sources.append(("|".join(f"(?:{pattern.pattern})" for pattern in patterns), flags.pop()))
    return sources


def read_date_words(table: Mapping[str, object]) -> DateWords:
    def words(key: str) -> tuple[str, ...]:
        return tuple(fold(str(w)) for w in table.get(key, []))  # type: ignore[attr-defined]

    months = tuple(tuple(fold(a) for a in aliases) for aliases in table.get("months", []))  # type: ignore[attr-defined]
    numbers = {fold(k): int(v) for k, v in dict(table.get("numbers", {})).items()}  # type: ignore[call-overload]
    return DateWords(
        weekdays=tuple(
            tuple(fold(str(alias)) for alias in (day if isinstance(day, list) else [day]))
            for day in table.get("weekdays", [])  # type: ignore[attr-defined]
        ),
        months=months,
        numbers=numbers,
        tomorrow=words("tomorrow"),
        next_week=words("next_week"),
        end_of_week=words("end_of_week"),
        end_of_month=words("end_of_month"),
        within=words("within"),
        day_units=words("day_units"),
        business_day_units=words("business_day_units"),
        week_units=words("week_units"),
        day_of_month=words("day_of_month"),
    )


def alternation(words: Iterable[str]) -> str:
    return _alternation_of(tuple(words))


# Kept: the date reader builds the same alternations for every message (1,071 calls and
# 65,000 re.escape calls in a 10,000-message first scan, a tenth of its classifying).
@functools.lru_cache(maxsize=256)
def _alternation_of(words: tuple[str, ...]) -> str:
    # Longest first, so that a word is not cut short by a shorter one it starts with; words
    # of one length in their own order (two can never match at one place), so that the
    # same phrase files always give the same pattern (the kept book is compared with a
    # fresh one).
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ordered) or r"(?!x)x"

