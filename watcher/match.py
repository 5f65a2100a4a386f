"""Which logged interview a message is about.

Two steps, so that a mailbox of 100,000 messages stays cheap:

- ``may_concern`` looks at headers only and runs on every message: a few set and
  dict look-ups, so that only mail that may matter has its body fetched.
- ``match`` makes the decision on one message (body optional) and says why, in
  reasons a person can read.

Signals, strongest first: the thread, a logged contact, the recruiter, the company's
domain, an applicant-tracking platform naming the employer, and (weak, so only ever
held for review) the company's name alone. Job boards, and senders whose domain embeds a
company's domain without being under it (``acme.com.evil.io``), are never tied.

The lists that grow (free-mail domains, platforms, job boards, legal forms) are data files
in watcher/data; ``load_lists(folder)`` adds a user's files of the same names to them.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta, tzinfo
from fnmatch import fnmatch
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import TypeVar

import structlog

from watcher.domains import registered_domain, registered_name
from watcher.calendar_names import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from watcher.model import Classification, Interview, Mail, Match
from watcher.notify.marks import is_own_notice, notice_kind
from watcher.parse import addresses
from watcher.senders import is_no_reply

log = structlog.get_logger(__name__)

THREAD_CONFIDENCE = 0.95
CONTACT_CONFIDENCE = 0.9
RECRUITER_CONFIDENCE = 0.85
DOMAIN_CONFIDENCE = 0.8
PLATFORM_CONFIDENCE = 0.7
KIN_CONFIDENCE = 0.75
PERSON_CONFIDENCE = 0.75
NAME_ONLY_CONFIDENCE = 0.3
# Taken off when several interviews fitted and one was chosen among them.
CHOICE_PENALTY = 0.1

_V = TypeVar("_V")
_K = TypeVar("_K")
_WORD = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------- data lists


@dataclass(frozen=True)
class MatchLists:
    """The lists that grow (watcher/data), loaded once."""

    freemail_domains: frozenset[str]
    freemail_prefixes: tuple[str, ...]  # "hotmail." for the entry "hotmail.*"
    platforms: Mapping[str, str]  # domain -> platform name
    platform_labels: Mapping[str, str]  # "gh-mail" (before an employer's domain) -> platform name
    platform_mailers: Mapping[str, str]  # a word of X-Mailer -> platform name
    scheduling_domains: Mapping[str, str]  # domain of a booking page ("scheduling = true") -> platform name
    job_boards: Mapping[str, str]  # domain -> board name
    job_board_senders: Mapping[str, str]  # address -> board name
    alert_local_parts: frozenset[str]
    legal_suffixes: frozenset[str]
    name_followers: frozenset[str]  # words after an employer's name that keep it the same name
    # Booking pages on a host that serves other pages too ("pages" in platforms.toml):
    # (fnmatch pattern on "host/path", lower-cased, platform name)
    scheduling_pages: tuple[tuple[str, str], ...] = ()
    # A video meeting's join page (``join_pages``: "*zoom.us/j/*") -> its service's name
    join_pages: tuple[tuple[str, str], ...] = ()
    # Word sequences by which someone says they left the employer (left_employer.txt)
    left_employer: NameTable = dataclasses.field(default_factory=lambda: NameTable({}))
    # Local parts of shared mailboxes ("hr", "karriere"): no first name (role_mailboxes.txt)
    role_mailboxes: frozenset[str] = frozenset()
    # Lower-cased words that name a job title ("engineer", "entwickler") (role_nouns.txt)
    role_nouns: frozenset[str] = frozenset()
    # Whole addresses a platform sends from on a domain that serves other mail too -> platform name
    platform_senders: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # Lower-cased labels before a calendar notice's organiser and guests ("organizer", "invités")
    calendar_labels: frozenset[str] = frozenset()
    # Names of the calendar and meeting services ("meetings = true" in platforms.toml)
    meeting_services: frozenset[str] = frozenset()
    # Names of the electronic signature services ("signing = true" in platforms.toml)
    signing_services: frozenset[str] = frozenset()
    # Addresses a job board relays a person's message from ("relays" in jobboards.toml) -> board name
    board_relays: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # Addresses a job board sends the status of applications from, though an alert
    # sender's local part ("status_senders" in jobboards.toml) -> board name
    board_status_senders: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # Words by which a board's notice speaks of the user's application ("application_words")
    application_words: NameTable = dataclasses.field(default_factory=lambda: NameTable({}))
    # Words by which a board's notice says someone sent the user a message ("message_words")
    message_words: NameTable = dataclasses.field(default_factory=lambda: NameTable({}))
    # Words by which a board introduces jobs it suggests ("recommendation_words")
    recommendation_words: NameTable = dataclasses.field(default_factory=lambda: NameTable({}))
    # Abbreviations whose full stop ends no sentence ("ds.", "Dr."; abbreviations.txt), lower case
    abbreviations: frozenset[str] = frozenset()


def load_lists(*extra_dirs: Path) -> MatchLists:
    """The bundled lists, extended by files of the same names found in ``extra_dirs``."""
    freemail = _read_lines("freemail.txt", extra_dirs)
    platforms: dict[str, str] = {}
    labels: dict[str, str] = {}
    mailers: dict[str, str] = {}
    scheduling: dict[str, str] = {}
    pages: list[tuple[str, str]] = []
    platform_senders: dict[str, str] = {}
    calendar_labels: set[str] = set()
    meeting_services: set[str] = set()
    signing_services: set[str] = set()
    joins: list[tuple[str, str]] = []
    for doc in _read_tomls("platforms.toml", extra_dirs):
        calendar_labels.update(_lower_all(doc.get("calendar_labels", [])))
        for entry in doc.get("platform", []):
            name = str(entry["name"])
            pages.extend((page, name) for page in _lower_all(entry.get("pages", [])))
            joins.extend((page, name) for page in _lower_all(entry.get("join_pages", [])))
            platforms.update(dict.fromkeys(_lower_all(entry.get("domains", [])), name))
            platform_senders.update(dict.fromkeys(_lower_all(entry.get("senders", [])), name))
            if entry.get("meetings"):
                meeting_services.add(name)
            if entry.get("signing"):
                signing_services.add(name)
            if entry.get("scheduling"):
                scheduling.update(dict.fromkeys(_lower_all(entry.get("domains", [])), name))
            labels.update(dict.fromkeys(_lower_all(entry.get("labels", [])), name))
            mailers.update(dict.fromkeys(_lower_all(entry.get("mailers", [])), name))
    boards: dict[str, str] = {}
    board_senders: dict[str, str] = {}
    status_senders: dict[str, str] = {}
    relays: dict[str, str] = {}
    alert_parts: set[str] = set()
    application_words: set[tuple[str, ...]] = set()
    message_words: set[tuple[str, ...]] = set()
    recommendation_words: set[tuple[str, ...]] = set()
    for doc in _read_tomls("jobboards.toml", extra_dirs):
        alert_parts.update(_lower_all(doc.get("alert_local_parts", [])))
        application_words.update(tuple(words(str(phrase))) for phrase in doc.get("application_words", []))
        message_words.update(tuple(words(str(phrase))) for phrase in doc.get("message_words", []))
        recommendation_words.update(tuple(words(str(phrase))) for phrase in doc.get("recommendation_words", []))
        for entry in doc.get("board", []):
            boards.update(dict.fromkeys(_lower_all(entry.get("domains", [])), str(entry["name"])))
            board_senders.update(dict.fromkeys(_lower_all(entry.get("senders", [])), str(entry["name"])))
            status_senders.update(dict.fromkeys(_lower_all(entry.get("status_senders", [])), str(entry["name"])))
            relays.update(dict.fromkeys(_lower_all(entry.get("relays", [])), str(entry["name"])))
    return MatchLists(
        freemail_domains=frozenset(line for line in freemail if not line.endswith(".*")),
        freemail_prefixes=tuple(line[:-1] for line in freemail if line.endswith(".*")),
        platforms=platforms,
        platform_labels=labels,
        platform_mailers=mailers,
        scheduling_domains=scheduling,
        scheduling_pages=tuple(pages),
        join_pages=tuple(joins),
        job_boards=boards,
        job_board_senders=board_senders,
        alert_local_parts=frozenset(alert_parts),
        platform_senders=platform_senders,
        calendar_labels=frozenset(calendar_labels),
        meeting_services=frozenset(meeting_services),
        signing_services=frozenset(signing_services),
        board_status_senders=status_senders,
        board_relays=relays,
        application_words=NameTable.of(application_words),
        message_words=NameTable.of(message_words),
        recommendation_words=NameTable.of(recommendation_words),
        left_employer=NameTable.of(tuple(words(line)) for line in _read_lines("left_employer.txt", extra_dirs)),
        role_mailboxes=frozenset(_read_lines("role_mailboxes.txt", extra_dirs)),
        role_nouns=frozenset(_read_lines("role_nouns.txt", extra_dirs)),
        abbreviations=frozenset(_read_lines("abbreviations.txt", extra_dirs)),
        legal_suffixes=frozenset(
            " ".join(words(line)) for line in _read_lines("legal_suffixes.txt", extra_dirs)
        ),
        name_followers=frozenset(
            word for line in _read_lines("employer_name_words.txt", extra_dirs) for word in words(line)
        )
        # Days and months follow a name in subjects ("Fabrikam Tuesday 10:00") without changing it.
        | {word for name in (*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS) for word in words(name)},
    )


@lru_cache(maxsize=1)
def default_lists() -> MatchLists:
    return load_lists()


def _bundled_text(name: str) -> str:
    return (resources.files("watcher") / "data" / name).read_text(encoding="utf-8")


def _texts(name: str, extra_dirs: Iterable[Path]) -> list[str]:
    texts = [_bundled_text(name)]
    texts.extend(
        (folder / name).read_text(encoding="utf-8") for folder in extra_dirs if (folder / name).is_file()
    )
    return texts


def _read_lines(name: str, extra_dirs: Iterable[Path]) -> list[str]:
    lines = []
    for text in _texts(name, extra_dirs):
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip().lower()
            if line:
                lines.append(line)
    return lines


def _read_tomls(name: str, extra_dirs: Iterable[Path]) -> list[dict]:
    return [tomllib.loads(text) for text in _texts(name, extra_dirs)]


def _lower_all(values: Iterable[object]) -> list[str]:
    return [str(value).strip().lower() for value in values]


# --------------------------------------------------------------------------- text helpers


def normalise_address(address: str) -> str:
    """``Anna+Jobs@ACME.com`` -> ``anna@acme.com``: plus-tags reach the same mailbox."""
    address = address.strip().strip("<>").strip().lower()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    local = local.split("+", 1)[0] or local
    return f"{local}@{domain}"


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2]


_DKIM_DOMAIN = re.compile(r"(?:^|;)\s*d\s*=\s*([A-Za-z0-9.-]+)")
_ANGLED = re.compile(r"<([^<>]*)>")


def _trace_domains(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    """(field, domain) of the fields that show which system sent a message, not who wrote it."""
    found: list[tuple[str, str]] = []
    for field, name in (("Return-Path", "return-path"), ("Sender", "sender")):
        value = headers.get(name, "")
        address = next(iter(addresses(value)), "")
        if address:
            found.append((field, _domain_of(address.lower())))
    for match in _DKIM_DOMAIN.finditer(headers.get("dkim-signature", "")):
        found.append(("DKIM d=", match.group(1).lower().rstrip(".")))
    list_id = _ANGLED.search(headers.get("list-id", ""))
    if list_id:
        found.append(("List-Id", list_id.group(1).strip().lower()))
    return found


def _lookup_domain(domain: str, table: Mapping[str, _V]) -> _V | None:
    """The entry for ``domain`` or for a parent of it (``hr.acme.com`` -> ``acme.com``).

    Walking up by labels means ``acme.com.evil.io`` and ``notacme.com`` never reach ``acme.com``.
    """
    while domain:
        hit = table.get(domain)
        if hit is not None:
            return hit
        domain = domain.partition(".")[2]
    return None


def platform_traced(mail: Mail, lists: MatchLists | None = None) -> tuple[str, str] | None:
    """(platform, where it shows) from a received message's traces, whatever its From says.

    Looked at: Return-Path, Sender, every DKIM-Signature's d=, List-Id and X-Mailer
    (``platforms.toml``: domains, labels such as "gh-mail.fabrikam.com", mailers).
    ``lists``: the loaded lists, by default the bundled ones.
    """
    lists = lists or default_lists()
    if mail.direction != "received":
        return None
    for field, domain in _trace_domains(mail.headers):
        name = _lookup_domain(domain, lists.platforms) or lists.platform_labels.get(domain.partition(".")[0])
        if name:
            return name, f"{field} {domain}"
    for word in words(mail.headers.get("x-mailer", "")):
        if word in lists.platform_mailers:
            return lists.platform_mailers[word], "X-Mailer"
    return None


def platform_of(address: str, lists: MatchLists | None = None) -> str | None:
    """The platform that sends from ``address`` (lower-cased, bare): by its whole address
    (``senders`` in ``platforms.toml``), else by its domain or a parent of it; else None."""
    lists = lists or default_lists()
    return lists.platform_senders.get(address) or _lookup_domain(_domain_of(address), lists.platforms)


def sending_platform(mail: Mail, lists: MatchLists | None = None) -> str | None:
    """The applicant-tracking platform a received message came from, by its From address or
    its traces (``platform_traced``); None for mail a person or an employer sent itself."""
    lists = lists or default_lists()
    by_from = platform_of(normalise_address(mail.from_addr), lists)
    traced = platform_traced(mail, lists)
    return by_from or (traced[0] if traced else None)


_LINK_HOST = re.compile(r"\bhttps?://([A-Za-z0-9.-]+)", re.IGNORECASE)


def scheduling_link(text: str, lists: MatchLists | None = None) -> str | None:
    """The scheduling platform whose booking page a link of ``text`` opens ("Calendly" for
    https://calendly.com/acme/interview), else None. Platforms marked ``scheduling = true``
    in ``platforms.toml``; a link's host or a parent of it must be one of their domains."""
    lists = lists or default_lists()
    for found in _LINK_HOST.finditer(text):
        name = _lookup_domain(found.group(1).lower().rstrip("."), lists.scheduling_domains)
        if name:
            return name
    return _page_linked(text, lists.scheduling_pages)


def _page_linked(text: str, pages: Sequence[tuple[str, str]]) -> str | None:
    """The name of the first of ``pages`` (fnmatch pattern on "host/path", lower-cased; name)
    that a link of ``text`` opens, else None."""
    for found in _LINK_PAGE.finditer(text) if pages else ():
        page = found.group(1).lower()
        for pattern, name in pages:
            if fnmatch(page, pattern):
                return name
    return None


def opens_meeting_or_booking(url: str, lists: MatchLists | None = None) -> bool:
    """Whether ``url`` opens a video meeting's join page (``meeting_link``) or a scheduling
    platform's booking page (``scheduling_link``)."""
    lists = lists or default_lists()
    return bool(_page_linked(url, lists.join_pages) or _page_linked(url, lists.scheduling_pages))


_LINK_PAGE = re.compile(r"\bhttps?://([^\s<>\"')\]]+)", re.IGNORECASE)


def meeting_link(text: str, lists: MatchLists | None = None) -> str | None:
    """The video meeting service whose join page a link of ``text`` opens ("Zoom" for
    https://acme.zoom.us/j/8331057, "Microsoft Teams" for a teams.microsoft.com/l/meetup-join/
    link), else None: ``join_pages`` in ``platforms.toml``."""
    return _page_linked(text, (lists or default_lists()).join_pages)


def words(text: str) -> list[str]:
    """Lower-cased words without accents or punctuation: the unit names are compared in.
    Polish "ł", a letter of its own to Unicode, is taken as "l" ("Łukasz" is "lukasz"), as
    ``watcher.phrases.fold`` takes it."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text).replace("\u0142", "l").replace("\u0141", "L")
        text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _WORD.findall(text.casefold())


def company_words(name: str, legal_suffixes: frozenset[str]) -> tuple[str, ...]:
    """A company's name as words, without trailing legal forms (``Acme GmbH & Co. KG`` -> acme).

    ``legal_suffixes`` holds single words ("gmbh") and phrases ("societe anonyme").
    """
    tokens = tuple(words(name))
    while len(tokens) > 1:
        shorter = _without_legal_suffix(tokens, legal_suffixes)
        if shorter == tokens:
            break
        tokens = shorter
    return tokens


def _without_legal_suffix(tokens: tuple[str, ...], legal_suffixes: frozenset[str]) -> tuple[str, ...]:
    # Longest first; never strip a name down to nothing. "S.A." splits into "s a", so the
    # last words are also tried run together.
    for length in range(min(4, len(tokens) - 1), 0, -1):
        tail = tokens[-length:]
        if " ".join(tail) in legal_suffixes or (length > 1 and "".join(tail) in legal_suffixes):
            return tokens[:-length]
    return tokens


@dataclass(frozen=True)
class NameTable:
    """Word sequences to find in text as whole words, the longest one at each place."""

    by_first_word: Mapping[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, sequences: Iterable[tuple[str, ...]]) -> NameTable:
        grouped: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for sequence in sequences:
            if sequence:
                grouped[sequence[0]].add(sequence)
        return cls({first: tuple(sorted(seqs, key=len, reverse=True)) for first, seqs in grouped.items()})

    def find(self, text_words: Sequence[str]) -> set[tuple[str, ...]]:
        return {sequence for sequence, _ in self.find_at(text_words)}

    def find_at(self, text_words: Sequence[str]) -> list[tuple[tuple[str, ...], int]]:
        """Each sequence found, with the position of its first word."""
        # Longest first, and words used by a match are not reused: "Acme Widgets" in a
        # subject is Acme Widgets, not also Acme when both are logged.
        found: list[tuple[tuple[str, ...], int]] = []
        position = 0
        while position < len(text_words):
            hit = self._longest_at(text_words, position)
            if hit:
                found.append((hit, position))
                position += len(hit)
            else:
                position += 1
        return found

    def mentions_any(self, text_words: Sequence[str]) -> bool:
        return any(word in self.by_first_word for word in text_words) and bool(self.find(text_words))

    def _longest_at(self, text_words: Sequence[str], position: int) -> tuple[str, ...] | None:
        for sequence in self.by_first_word.get(text_words[position], ()):
            if tuple(text_words[position : position + len(sequence)]) == sequence:
                return sequence
        return None


@dataclass(frozen=True)
class NameToken:
    """One word of a text, as names are compared, and how it was written."""

    word: str
    capitalised: bool
    joined: bool  # only spaces between it and the word before: "Fabrikam Health", not "Fabrikam - Health"
    acronym: bool = False  # two to four capitals: "ML", "EMEA" (a team, a region, or a name)


# A field's label at the start of a line: "Invitee:", "Date/Time:", "Event type:".
# One or two words, as booking services write their fields.
_FIELD_LABEL = re.compile(r"[^\W\d_][\w/-]*(?: [\w/-]+)?:(?:\s|$)")


def name_tokens(text: str) -> list[NameToken]:
    """The words of ``text`` as names are compared. A word is ``joined`` to the one before
    when only spaces part them; a line break does too (a name wrapped across lines), except
    before a field's label ("Event type: Interview - Fabrikam\nInvitee: ...", as booking
    services write their confirmations), which starts a new field, not a longer name, and a
    blank line (a signature's name, then a footer's paragraph: "Talvenor Logística\n\nEste
    es un mensaje automático")."""
    tokens = []
    previous_end = 0
    for found in _WORD.finditer(text):
        folded = "".join(words(found.group()))
        if folded:
            gap = text[previous_end : found.start()]
            joined = bool(tokens) and not gap.strip() and gap.count("\n") < 2 and not (
                "\n" in gap and _FIELD_LABEL.match(text, found.start()))
            written = found.group()
            acronym = 2 <= len(written) <= 4 and written.isupper()
            tokens.append(NameToken(folded, written[0].isupper(), joined, acronym))
        previous_end = found.end()
    return tokens


@dataclass(frozen=True)
class NameMentions:
    """Which logged employers a text names, compared as whole names.

    ``exact``: the whole name, ended by punctuation, a lower-case word, a legal form or a
    word that does not change a name ("Fabrikam Analytics Hiring Team"). ``partial``: only the
    first words of a longer logged name ("Fabrikam Talent" for Fabrikam Analytics), or the
    whole name followed by an acronym ("Fabrikam Analytics ML": a team, a region, or a sister
    company): cannot tell. ``others``: a logged name that goes on with a distinguishing word ("Fabrikam Health"
    for Fabrikam): another employer, named in the reason.
    """

    exact: frozenset[str] = frozenset()
    partial: frozenset[str] = frozenset()
    others: tuple[str, ...] = ()


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    """A logged contact or recruiter whose address names a person, and how its name is
    written elsewhere.

    ``terms``, lower-case, any of which in a sender's ``Name <address>`` is that person
    writing from another address: the local part as logged (``jane.doe`` finds
    ``jane.doe.hr@gmail.com``) and, for a first name written whole, the name as a display
    name writes it (``jane doe`` finds "Jane Doe <jd1984@gmail.com>").
    ``initial`` and ``surname``: an address that gives the first name as an initial
    (``j.devries@``): a sender whose display name is a first name with that initial and
    that surname ("Joost de Vries", "J. de Vries", "de Vries, Joost"), or whose address
    spells them (``joost.devries@``, ``jdevries@``), is that person too.
    ``first_name``: an address that is a first name alone (``sanne@``; not a shared
    mailbox such as ``hr@``, ``role_mailboxes.txt``): a sender whose display name begins
    with it is only perhaps that person (``InterviewIndex.first_named_by``)."""

    terms: tuple[str, ...]
    ids: frozenset[str]
    initial: str = ""
    surname: str = ""
    first_name: str = ""

    def search_terms(self) -> tuple[str, ...]:
        """What a server's search of From looks for to find this person's mail from another
        address: the terms, the surname (and without a leading particle: ``vries`` of
        ``devries``, as "Joost de Vries" writes it) and the first name alone."""
        found = list(self.terms)
        if self.surname:
            found.append(self.surname)
            found.extend(_without_particles(self.surname))
        if self.first_name:
            found.append(self.first_name)
        return tuple(dict.fromkeys(found))

    def named(self, name_words: Sequence[str]) -> bool:
        """Whether a name written without an address (``words``: "nuria bellido") is this
        person's: first name and surname as their address spells them, or initial and surname."""
        if len(name_words) < 2:
            return False
        spelled = " ".join(name_words)
        if any(" ".join(words(term)) == spelled for term in self.terms if " " in term):
            return True
        return bool(self.initial) and _initial_and_surname(name_words, self.initial, self.surname)

    def writes_as(self, name_words: Sequence[str], local: str) -> bool:
        """Whether a sender whose display name is ``name_words`` (``words``) and whose
        address's local part is ``local`` is this person by initial and surname."""
        if not self.initial:
            return False
        return _initial_and_surname(name_words, self.initial, self.surname) or _initial_and_surname(
            _LETTER_RUNS.findall(local), self.initial, self.surname, joined=True)


# A surname shorter than this ("li", "ng") is too common a run of letters to find a person by.
MIN_SURNAME = 3
_LETTER_RUNS = re.compile(r"[a-z]+")
# Words that begin a surname and are written apart from it ("de Vries", "van den Berg",
# "von Arnim", "da Silva", "Della Rosa", "ter Horst"): searched for without them too.
_PARTICLES = ("vanden", "vander", "vande", "van", "von", "den", "der", "della", "delle", "del", "dos", "das",
              "de", "da", "di", "do", "du", "le", "la", "ter", "ten", "zu")


def _without_particles(surname: str) -> list[str]:
    """``devries`` -> [``vries``]; ``vandenberg`` -> [``denberg``, ``berg``]: the rest of a
    surname after each leading particle, while MIN_SURNAME letters are left."""
    found = []
    rest = surname
    while True:
        particle = next((p for p in _PARTICLES if rest.startswith(p) and len(rest) - len(p) >= MIN_SURNAME), None)
        if particle is None:
            return found
        rest = rest[len(particle):]
        found.append(rest)


def _initial_and_surname(pieces: Sequence[str], initial: str, surname: str, *, joined: bool = False) -> bool:
    """Whether ``pieces`` (a display name's words, or with ``joined`` an address's letter
    runs) are a first name beginning with ``initial`` then the surname's words, or the
    surname first then such a first name. With ``joined``, a single run that is the
    initial and the surname run together (``jdevries``) counts too."""
    if not pieces:
        return False
    if joined and len(pieces) == 1:
        return pieces[0] == initial + surname
    for cut in range(1, len(pieces)):
        head, tail = pieces[:cut], pieces[cut:]
        if len(head) == 1 and head[0].startswith(initial) and "".join(tail) == surname:
            return True
        if len(tail) == 1 and tail[0].startswith(initial) and "".join(head) == surname:
            return True
    return False


def person_of(address: str, ids: frozenset[str], role_mailboxes: frozenset[str] = frozenset()) -> Person | None:
    """The person a logged address names (see ``Person``), or None."""
    local = normalise_address(address).rpartition("@")[0]
    pieces = _LETTER_RUNS.findall(local)
    if not local.isascii() or not pieces:
        return None
    while len(pieces) > 2 and pieces[-1] in role_mailboxes:
        # A person's own mailbox for recruiting ("marcus.reyes.talent@gmail.com",
        # "claire.morel.rh@"): the name is what stands before its word of recruiting.
        pieces.pop()
        local = local[: local.rindex(pieces[-1]) + len(pieces[-1])]
    if len(pieces) == 1:
        first = pieces[0]
        if first != local or len(first) < MIN_SURNAME or first in role_mailboxes:
            return None
        return Person((), ids, first_name=first)
    if len(pieces[-1]) < MIN_SURNAME:
        return None
    if len(pieces[0]) > 1:
        return Person((local, " ".join(pieces)), ids)
    return Person((local,), ids, initial=pieces[0], surname="".join(pieces[1:]))


# --------------------------------------------------------------------------- the index


# Country-code suffixes that are sold as generic ones ("acme.co" for "acme.com" is how
# look-alikes are named): a company's name under them is not its country domain.
_GENERIC_COUNTRY_CODES = frozenset({"co", "io", "ai", "me", "tv", "ly", "cc", "ws", "to", "gg", "sh", "ac", "app"})


# A registered name shorter than this ("hr", "abc") is no evidence under another suffix.
MIN_REGISTERED_NAME = 4


def _country_suffix(registered: str) -> bool:
    """Whether a registered domain is under a country's suffix (``contoso.es``,
    ``contoso.com.br``, ``northwind.co.uk``) and not one sold as generic."""
    last = registered.rpartition(".")[2]
    return len(last) == 2 and last not in _GENERIC_COUNTRY_CODES


# Words that make a registered name the group's an employer belongs to ("gruppo-aurora",
# "holzmann-gruppe", "brennholt-holding"); legal forms count too ("acme-gmbh").
_GROUP_WORDS = frozenset({"group", "groep", "gruppe", "gruppo", "groupe", "grupo", "holding", "holdings",
                          "konzern"})


@dataclass(frozen=True)
class Kin:
    """A sender domain that is no logged company's, yet one of theirs by its registration:
    ``how`` is "registered" (the same registered domain: ``mareverde.pt`` for
    ``recrutamento.mareverde.pt``), "renamed" (the same registered name, its hyphens left
    out or not, under a country's suffix or ".com": ``contoso.es`` for ``contoso.com``,
    ``kestrelmobility.com`` for ``kestrel-mobility.de``), or the registered name carries the
    company's name (see ``InterviewIndex._carried_by``) with a group's word or a legal
    form ("group": ``brennholt-group.com``), with a word of recruiting ("recruiting":
    ``fabrikam-jobs.com``, ``holzmann-karriere.de``: ``role_mailboxes.txt``, the way
    look-alikes are named too), or alone ("carries": ``acme-widgets.com``), its words
    written with hyphens or as one word (``vossberggroup.com``, ``grupoalmendral.com``)."""

    ids: frozenset[str]
    how: str
    registered: str


@dataclass(frozen=True)
class InterviewIndex:
    """Everything ``may_concern`` and ``match`` look up, computed once per scan."""

    interviews: Mapping[str, Interview]
    me: frozenset[str]
    contacts: Mapping[str, frozenset[str]]  # address -> interview ids
    recruiters: Mapping[str, frozenset[str]]
    domains: Mapping[str, frozenset[str]]  # company domain -> interview ids
    names: NameTable  # company names
    ids_by_name: Mapping[tuple[str, ...], frozenset[str]]
    name_of: Mapping[str, tuple[str, ...]]  # interview id -> its company's words
    ids_by_joined_name: Mapping[str, frozenset[str]]  # "acmewidgets", "acmecorp" -> interview ids
    lists: MatchLists
    name_prefixes: NameTable = NameTable({})  # first words of logged names of several words
    ids_by_prefix: Mapping[tuple[str, ...], frozenset[str]] = dataclasses.field(default_factory=dict)
    role_words: frozenset[str] = frozenset()
    roles: NameTable = NameTable({})  # the logged roles, as words
    # Registered domains (``domains.registered_domain``) and registered names of the
    # companies' domains and of the agencies' (the recruiters' non-free-mail domains) -> ids.
    registered: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    registered_names: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    agencies: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    agency_names: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    people: tuple[Person, ...] = ()  # the logged contacts and recruiters with a person's name
    earliest: datetime | None = None  # the start of the first logged interview's day
    zone: tzinfo | None = None  # the user's time zone, where mail names the interviews' hours

    def is_freemail(self, domain: str) -> bool:
        return domain in self.lists.freemail_domains or domain.startswith(self.lists.freemail_prefixes)

    def platform(self, address: str) -> str | None:
        return platform_of(address, self.lists)

    def platform_traced(self, mail: Mail) -> tuple[str, str] | None:
        """(platform, where it shows) from a received message's traces: see ``platform_traced``."""
        return platform_traced(mail, self.lists)

    def job_board(self, address: str) -> str | None:
        return job_board_of(address, self.lists)

    def company_domain(self, address: str) -> frozenset[str] | None:
        domain = _domain_of(address)
        if not domain or self.is_freemail(domain):
            return None
        return _lookup_domain(domain, self.domains)

    def kin_domain(self, address: str) -> Kin | None:
        """How the domain of ``address``, which is no logged company's, is still a logged
        company's: see ``Kin``. None for free-mail, platforms, job boards and strangers."""
        domain = _domain_of(address)
        if not domain or "." not in domain or self.is_freemail(domain) or self.company_domain(address):
            return None
        if _lookup_domain(domain, self.lists.platforms) or _lookup_domain(domain, self.lists.job_boards):
            return None
        registered = registered_domain(domain)
        if registered in self.registered:
            return Kin(self.registered[registered], "registered", registered)
        name = registered_name(domain)
        # Under a country's suffix, or the international ".com": "contoso.es", "norvaledigital.com"
        # for "norvaledigital.pl" (the company must be named too, ``_kin_signal``).
        renamed = _country_suffix(registered) or registered.endswith(".com")
        for written in dict.fromkeys((name, name.replace("-", ""))):
            if len(written) >= MIN_REGISTERED_NAME and written in self.registered_names and renamed:
                return Kin(self.registered_names[written], "renamed", registered)
        carried = self._carried_by(name)
        return Kin(carried, self._carrying_how(name, carried), registered) if carried else None

    def _carrying_how(self, label: str, ids: frozenset[str]) -> str:
        """How a registered name that carries the company's name of ``ids`` is made: see ``Kin``."""
        parts = label.split("-")
        if len(parts) == 1:
            parts = next((cut for iid in sorted(ids) if (cut := self._segments(label, self.name_of[iid]))), parts)
        if any(self._group_word(part) for part in parts):
            return "group"
        if any(part in self.lists.role_mailboxes for part in parts):
            return "recruiting"
        return "carries"

    def agency_kin(self, address: str) -> Kin | None:
        """The interviews an agency placed the user in, when ``address`` is at that agency
        (the domain of a logged recruiter, or its registered name under another suffix or
        with a group word: ``talentis-group.com`` for ``talentis.fr``) but is not the
        recruiter; None otherwise."""
        domain = _domain_of(address)
        if not domain or "." not in domain or self.is_freemail(domain) or address in self.recruiters:
            return None
        registered = registered_domain(domain)
        if registered in self.agencies:
            return Kin(self.agencies[registered], "registered", registered)
        parts = registered_name(domain).split("-")
        for name, ids in self.agency_names.items():
            if len(name) < MIN_REGISTERED_NAME:
                continue
            if parts == [name] and _country_suffix(registered):
                return Kin(ids, "renamed", registered)
            if name in parts and all(part == name or self._group_word(part) for part in parts):
                return Kin(ids, "carries", registered)
        return None

    def _sender_not_logged(self, mail: Mail) -> str | None:
        """The received ``mail``'s sender address (normalised) when some person is logged and
        the sender is none of the logged contacts and recruiters, else None: the mail a name
        may tie to a logged person writing from another address."""
        if mail.direction != "received" or not self.people:
            return None
        sender = normalise_address(mail.from_addr)
        if sender in self.contacts or sender in self.recruiters:
            return None
        return sender

    def people_named_by(self, mail: Mail) -> frozenset[str]:
        """Interviews whose logged contact or recruiter the received ``mail``'s sender is by
        name (``Person.terms``) though not by address: the same person writing from elsewhere."""
        sender = self._sender_not_logged(mail)
        if sender is None:
            return frozenset()
        # As written (lower-case, accents kept): the server's search finds no more than this.
        written = f"{mail.from_name} <{mail.from_addr}>".lower()
        name_words = words(mail.from_name)
        local = sender.rpartition("@")[0]
        return _union(person.ids for person in self.people
                      if any(term in written for term in person.terms) or person.writes_as(name_words, local))

    def people_named_in(self, text: str) -> frozenset[str]:
        """Interviews whose logged contact or recruiter ``text`` names by a first name and
        surname as their address spells them, or an initial's first name and the surname
        (``Person.named``): "Sabine Hartmann" for ``s.hartmann@``, written anywhere in it."""
        if not self.people or not text:
            return frozenset()
        found = words(text)
        return _union(person.ids for person in self.people
                      if any(person.named(found[start:start + size])
                             for size in (2, 3, 4) for start in range(len(found) - size + 1)))

    def first_named_by(self, mail: Mail) -> frozenset[str]:
        """Interviews with a contact or recruiter logged by a first name alone (``sanne@``)
        whose first name begins the received ``mail``'s display name of two words or more
        ("Sanne Bakker"), from another address: perhaps that person, never more than that."""
        if self._sender_not_logged(mail) is None:
            return frozenset()
        name_words = words(mail.from_name)
        if len(name_words) < 2:
            return frozenset()
        return _union(person.ids for person in self.people if person.first_name == name_words[0])

    def _carried_by(self, label: str) -> frozenset[str]:
        """Interviews whose company's name a registered name carries: its first word (of at
        least MIN_REGISTERED_NAME letters), with only more words of that name, a group's word and legal
        forms beside it (``gruppo-aurora`` for Aurora Sistemi, ``northwind`` for
        Northwind Traders; never ``nordlicht-solar`` for Nordlicht Energie)."""
        found: set[str] = set()
        for iid, name in self.name_of.items():
            if not name or name[0] not in label:  # a substring test first: most senders are strangers
                continue
            parts = label.split("-")
            if "-" not in label and label != name[0]:
                # Written as one word: "vossberggroup", "grupoalmendral" (``_segments``)
                parts = self._segments(label, name) or parts
            if not name or len(name[0]) < MIN_REGISTERED_NAME or name[0] not in parts:
                continue
            if all(part in name or self._group_word(part) or part in self.lists.role_mailboxes for part in parts):
                found.add(iid)
        return frozenset(found)

    def _segments(self, label: str, name: tuple[str, ...]) -> list[str] | None:
        """``label`` cut into words of the company's ``name``, group words, legal forms and
        words of recruiting, the name's first word among them ("vossberggroup" -> ["vossberg",
        "group"] for Vossberg Logistik); None when it cannot be cut so. Tried shortest
        words first, at most one way per position: names are a few words long."""
        known = {word for word in name if len(word) >= 2}
        ends: dict[int, list[str]] = {0: []}
        for start in range(len(label)):
            if start not in ends:
                continue
            for end in range(start + 2, len(label) + 1):
                word = label[start:end]
                if end not in ends and (word in known or self._group_word(word) or word in self.lists.role_mailboxes):
                    ends[end] = [*ends[start], word]
        parts = ends.get(len(label))
        return parts if parts and name[0] in parts and len(parts) > 1 else None

    def _group_word(self, part: str) -> bool:
        """Whether a word is a group's ("gruppe", "holding") or a legal form ("gmbh")."""
        return part in _GROUP_WORDS or part in self.lists.legal_suffixes

    def companies_named(self, text: str | None, *, written_as_names: bool = False) -> frozenset[str]:
        """Ids of the interviews whose company ``text`` names as a whole name (see ``NameMentions``).

        ``written_as_names``: only names whose first word is capitalised count ("Orion Health",
        not "orion" in running text), for text where a name is incidental."""
        return self.name_mentions(text, written_as_names=written_as_names).exact

    def name_mentions(self, text: str | None, *, written_as_names: bool = False) -> NameMentions:
        """The logged employers ``text`` names whole, only in part, or as part of another name.

        ``written_as_names``: see ``companies_named``."""
        if not text or not self._may_name(text):
            return NameMentions()
        tokens = name_tokens(text)
        folded = [token.word for token in tokens]
        exact: set[str] = set()
        others: list[str] = []
        acronym_after: set[str] = set()
        used: set[int] = set()
        for name, start in self.names.find_at(folded):
            end = start + len(name)
            used.update(range(start, end))
            if written_as_names and not tokens[start].capitalised:
                continue
            going_on = self._name_goes_on(tokens, end)
            if going_on is None:
                exact.update(self.ids_by_name[name])
            elif self._acronym_after(tokens, start, end):
                # "the Fabrikam Analytics ML team", "Fabrikam Analytics EMEA": a team or a
                # region of the employer, or a sister company. Cannot tell.
                acronym_after.update(self.ids_by_name[name])
            else:
                others.append(f"{' '.join(name)} {going_on}")
        partial: set[str] = set(acronym_after)
        for prefix, start in self.name_prefixes.find_at(folded):
            end = start + len(prefix)
            if used.intersection(range(start, end)) or not tokens[start].capitalised:
                continue
            if self._name_goes_on(tokens, end) is None:
                partial.update(self.ids_by_prefix[prefix])
            else:
                others.append(" ".join(token.word for token in tokens[start : end + 1]))
        return NameMentions(frozenset(exact), frozenset(partial - exact), tuple(others))

    def _may_name(self, text: str) -> bool:
        """Whether a word of ``text``, folded as ``name_tokens`` folds it, is the first word
        of a logged name or of its first words: without one, ``name_mentions`` finds nothing.
        Tested before the tokens are made (a platform's or a calendar's body of a few hundred
        words, most of them naming no logged employer)."""
        firsts_of_names, firsts_of_prefixes = self.names.by_first_word, self.name_prefixes.by_first_word
        if text.isascii():  # an ASCII word folds to its lower case, as ``words`` would fold it
            folded: Iterable[str] = _WORD.findall(text.lower())
        else:
            folded = ("".join(words(found.group())) for found in _WORD.finditer(text))
        return any(word in firsts_of_names or word in firsts_of_prefixes for word in folded)

    def _name_goes_on(self, tokens: Sequence[NameToken], end: int) -> str | None:
        """The word that makes the name ending before ``end`` a longer, different name, if any."""
        position = end
        while position < len(tokens) and tokens[position].joined:
            token = tokens[position]
            legal_form = self._legal_form_at(tokens, position)
            if legal_form:
                position += legal_form
                continue
            if token.capitalised and token.word not in self.lists.name_followers and token.word not in self.role_words:
                return token.word
            return None
        return None

    @staticmethod
    def _acronym_after(tokens: Sequence[NameToken], start: int, end: int) -> bool:
        """Whether the word after a whole name (``tokens[start:end]``) is an acronym the name
        itself is not written in ("Fabrikam Analytics ML", not "FABRIKAM ANALYTICS LTD")."""
        return end < len(tokens) and tokens[end].acronym and not any(t.acronym for t in tokens[start:end])

    def _legal_form_at(self, tokens: Sequence[NameToken], position: int) -> int:
        """How many tokens from ``position`` spell a legal form: "GmbH", or an abbreviation
        written with dots ("S.p.A.", "B.V.", "S.L.") run together, or one of words ("Private
        Limited", "Limited Liability Company"); 0 when none does."""
        for length in range(min(4, len(tokens) - position), 0, -1):
            run = [token.word for token in tokens[position : position + length]]
            if length > 1 and all(token.joined for token in tokens[position + 1 : position + length]) and (
                    " ".join(run) in self.lists.legal_suffixes):
                return length
            if length > 1 and any(len(word) > 2 for word in run):
                continue  # only letters split by dots run together, not whole words
            if "".join(run) in self.lists.legal_suffixes:
                return length
        return 0

    def companies_in_address(self, address: str) -> frozenset[str]:
        """Ids of the interviews whose company a platform's sender address names.

        Platforms often put the employer in the address: ``acme@myworkday.com``,
        ``no-reply@acme-widgets.teamtailor.com``, ``acmecorp@workablemail.com``, or the
        registered name of its domain with a key of digits ("vindelkraft-82b40b844be2@"
        for Vindelkraft Energi AB at vindelkraft.se: Teamtailor's reply addresses); a
        local part with more words ("vindelkraft-solar-...") is another's.
        """
        local, _, domain = address.partition("@")
        subdomains = domain.split(".")[:-2]
        tokens = words(" ".join((local, *subdomains)))
        found = {iid for name in self.names.find(tokens) for iid in self.ids_by_name[name]}
        for token in tokens:
            found.update(self.ids_by_joined_name.get(token, ()))
        named = [piece for piece in re.split(r"[^a-z0-9]+", local.lower()) if piece.isalpha()]
        if named and len("".join(named)) >= MIN_REGISTERED_NAME:
            for written in ("-".join(named), "".join(named)):
                found.update(self.registered_names.get(written, ()))
        return frozenset(found)


def build_index(
    interviews: Sequence[Interview], me: Iterable[str], lists: MatchLists | None = None,
    zone: tzinfo | None = None,
) -> InterviewIndex:
    """Precompute the look-ups for one scan over ``interviews``; ``zone``: the user's time
    zone (the config's), where a notice names an interview's hour."""
    lists = lists or default_lists()
    contacts: dict[str, set[str]] = defaultdict(set)
    recruiters: dict[str, set[str]] = defaultdict(set)
    domains: dict[str, set[str]] = defaultdict(set)
    ids_by_name: dict[tuple[str, ...], set[str]] = defaultdict(set)
    name_of: dict[str, tuple[str, ...]] = {}
    ids_by_joined_name: dict[str, set[str]] = defaultdict(set)
    probe = _probe(lists)
    ids_by_prefix: dict[tuple[str, ...], set[str]] = defaultdict(set)
    role_words: set[str] = set()
    registered: dict[str, set[str]] = defaultdict(set)
    registered_names: dict[str, set[str]] = defaultdict(set)
    agencies: dict[str, set[str]] = defaultdict(set)
    agency_names: dict[str, set[str]] = defaultdict(set)
    for interview in interviews:
        for contact in interview.contacts:
            contacts[normalise_address(contact)].add(interview.id)
        if interview.via:
            recruiters[normalise_address(interview.via)].add(interview.id)
            agency = _domain_of(normalise_address(interview.via))
            if "." in agency and not probe.is_freemail(agency) and _lookup_domain(agency, lists.platforms) is None:
                agencies[registered_domain(agency)].add(interview.id)
                agency_names[registered_name(agency)].add(interview.id)
        for domain in _company_domains(interview, probe):
            domains[domain].add(interview.id)
            registered[registered_domain(domain)].add(interview.id)
            registered_names[registered_name(domain)].add(interview.id)
            # "kestrel-mobility.de" and "kestrelmobility.com" are one name written two ways
            registered_names[registered_name(domain).replace("-", "")].add(interview.id)
        name = company_words(interview.company, lists.legal_suffixes)
        name_of[interview.id] = name
        role_words.update(words(interview.role or ""))
        for length in range(1, len(name)):
            ids_by_prefix[name[:length]].add(interview.id)
        if name:
            ids_by_name[name].add(interview.id)
            # One-word names are found as words already; joining is for "acmewidgets".
            for spelled in (name, tuple(words(interview.company))):
                if len(spelled) > 1:
                    ids_by_joined_name["".join(spelled)].add(interview.id)
    people: dict[Person, set[str]] = defaultdict(set)
    for address, ids in (*contacts.items(), *recruiters.items()):
        person = person_of(address, frozenset(), lists.role_mailboxes)
        if person:
            people[person].update(ids)
    index = InterviewIndex(
        interviews={interview.id: interview for interview in interviews},
        me=frozenset(normalise_address(address) for address in me),
        contacts=_freeze(contacts),
        recruiters=_freeze(recruiters),
        domains=_freeze(domains),
        names=NameTable.of(ids_by_name),
        ids_by_name=_freeze(ids_by_name),
        name_of=name_of,
        ids_by_joined_name=_freeze(ids_by_joined_name),
        lists=lists,
        # A prefix that is itself a logged name ("Fabrikam" and "Fabrikam Analytics") is
        # that name's, whole.
        name_prefixes=NameTable.of(prefix for prefix in ids_by_prefix if prefix not in ids_by_name),
        ids_by_prefix=_freeze(ids_by_prefix),
        role_words=frozenset(role_words),
        roles=NameTable.of(tuple(words(interview.role or "")) for interview in interviews),
        registered=_freeze(registered),
        registered_names=_freeze(registered_names),
        agencies=_freeze(agencies),
        agency_names=_freeze(agency_names),
        people=tuple(dataclasses.replace(person, ids=frozenset(ids))
                     for person, ids in sorted(people.items(), key=lambda item: item[0].search_terms())),
        earliest=min((_start_of_interview_day(interview) for interview in interviews), default=None),
        zone=zone,
    )
    log.debug("match.index_built", interviews=len(interviews), contacts=len(contacts), domains=len(domains))
    return index


def _company_domains(interview: Interview, probe: InterviewIndex) -> set[str]:
    """The logged domains plus those of the contacts, minus free-mail, platforms and job boards."""
    return set(_own_domains(interview.domains, probe)) | set(_own_domains(_contacts_domains(interview), probe))


def _contacts_domains(interview: Interview) -> Iterator[str]:
    return (_domain_of(normalise_address(contact)) for contact in interview.contacts)


def _own_domains(domains: Iterable[str], probe: InterviewIndex) -> list[str]:
    """``domains`` written plain (lower-cased, no "@" or "www."), minus free-mail, platforms and
    job boards, in their order."""
    plain = (domain.strip().lower().lstrip("@").removeprefix("www.") for domain in domains)
    return [
        domain for domain in dict.fromkeys(plain)
        if domain
        and "." in domain
        and not probe.is_freemail(domain)
        and _lookup_domain(domain, probe.lists.platforms) is None
        and _lookup_domain(domain, probe.lists.job_boards) is None
    ]


def contact_domains(interview: Interview, lists: MatchLists | None = None) -> list[str]:
    """The domains of ``interview``'s contacts that are read as the company's own, besides
    its logged ``domains``: not free-mail, a platform's or a job board's ("acme.com" for
    anna@acme.com; none for bob@gmail.com), in the contacts' order."""
    probe = _probe(lists or default_lists())
    logged = set(_own_domains(interview.domains, probe))
    return [domain for domain in _own_domains(_contacts_domains(interview), probe) if domain not in logged]


def _probe(lists: MatchLists) -> InterviewIndex:
    """An index of no interviews, for its tests of domains against ``lists``."""
    return InterviewIndex({}, frozenset(), {}, {}, {}, NameTable({}), {}, {}, {}, lists)


def _freeze(table: Mapping[_K, set[str]]) -> dict[_K, frozenset[str]]:
    return {key: frozenset(ids) for key, ids in table.items()}


# --------------------------------------------------------------------------- the user's subjects


def subject_key(subject: str) -> str:
    """A subject as a reply's is compared with the message it answers: without the reply
    and forward prefixes mail programs add ("Re:", "AW:", "RE :", "Fwd:", "R:"...), in words
    as names are compared ("Re: Thank you - ML interview" -> "thank you ml interview")."""
    from watcher.classify import EARLIER_SUBJECT  # the classifier reads this module: import on use

    rest = subject
    while found := EARLIER_SUBJECT.match(rest):
        rest = rest[found.end():]
    return " ".join(words(rest))


class SentSubjects:
    """The subjects and recipients of the user's own mail tied to an interview: subject key
    -> interview ids, address -> interview ids.

    A reply whose thread references were lost (a mailer that drops In-Reply-To, a recruiter
    answering from her phone or from another address) still carries "Re: " and the subject
    of the user's mail: with a weak tie of its sender to the same interview (a logged
    contact's name, another domain of the company), that tells which interview it answers.
    Someone the user wrote to about an interview (an agency's recruiter copied in, nobody
    logged) is the user's known contact for it (``written_to``).
    """

    def __init__(self, tied: Iterable[tuple[str, str, Iterable[str]]] = ()) -> None:
        self._ids: dict[str, set[str]] = defaultdict(set)
        self._recipients: dict[str, set[str]] = defaultdict(set)
        for subject, interview, recipients in tied:
            self.add(subject, interview, recipients)

    def add(self, subject: str, interview: str, recipients: Iterable[str] = ()) -> None:
        """Remember that the user's mail with ``subject`` to ``recipients`` is tied to ``interview``."""
        key = subject_key(subject)
        if key:
            self._ids[key].add(interview)
        for address in recipients:
            self._recipients[normalise_address(address)].add(interview)

    def written_to(self, address: str) -> frozenset[str]:
        """The interviews the user's mail tied to them went to ``address`` about."""
        return frozenset(self._recipients.get(normalise_address(address), ()))

    def answered_by(self, mail: Mail) -> frozenset[str]:
        """The interviews whose user's mail a received ``mail`` answers by its subject ("Re: "
        or another reply prefix, then the same subject); empty for anything else."""
        if mail.direction != "received":
            return frozenset()
        return self.answers(mail.subject)

    def answers(self, subject: str) -> frozenset[str]:
        """The interviews whose user's mail a received message with ``subject`` answers: a
        reply prefix, then the subject of the user's mail tied to them; empty otherwise."""
        from watcher.classify import EARLIER_SUBJECT

        if not self._ids or not EARLIER_SUBJECT.match(subject):
            return frozenset()
        return frozenset(self._ids.get(subject_key(subject), ()))


# --------------------------------------------------------------------------- the cheap test


def may_concern(mail: Mail, index: InterviewIndex, threads: Mapping[str, str] | None = None) -> bool:
    """Whether the message may concern an interview, from its headers alone.

    Errs towards True for platforms and company names: a wrong True costs one body
    fetch, a wrong False loses feedback.
    """
    if _ignored(mail, index):
        return False
    counterparts = _counterparts(mail, index)
    if any(address in index.contacts or address in index.recruiters for address in counterparts):
        return True
    relayed = relayed_person(mail, index.lists)
    if relayed:
        said = words(f"{relayed[1]} {mail.subject}")
        return bool(index.people_named_by(replace(mail, from_name=relayed[1]))) or index.names.mentions_any(
            said) or index.name_prefixes.mentions_any(said)
    if _job_board_reason(mail, index):
        return _may_be_board_status(mail, index)
    if threads and _thread_ids(mail, threads):
        return True
    for address in counterparts:
        if index.company_domain(address):
            return True
        if platform := index.platform(address):
            return platform not in index.lists.meeting_services or _in_run_up(mail, index)
        if index.kin_domain(address) or index.agency_kin(address):
            return True
    if index.platform_traced(mail):
        return True
    if index.people_named_by(mail) or index.first_named_by(mail):
        return True
    said = words(f"{mail.from_name} {mail.subject}")
    # The first words of a name ("Contoso" for Contoso Robotics) too: the text may name it whole.
    return index.names.mentions_any(said) or index.name_prefixes.mentions_any(said) or _may_forward(mail, index)


_PREFIX = re.compile(r"\s*[^\W\d_]{1,12}\s*:")
# How long before the first logged interview a meeting service's notice may still be about
# it (the invitation to that first interview, sent when it was booked).
MEETING_RUN_UP = timedelta(days=60)


def _in_run_up(mail: Mail, index: InterviewIndex) -> bool:
    """Whether ``mail`` is dated no earlier than ``MEETING_RUN_UP`` before the first logged
    interview: a calendar or meeting service's notice (Google Calendar, Zoom, Teams) older
    than that is about some other meeting, and is not read whole. Measured to matter: the
    benchmark's mailbox holds 3% of such notices, spread over its year, and reading each
    whole cost its first scan at 10,000 messages 0.23 s of processor time."""
    return index.earliest is not None and _aware(mail.date) >= index.earliest - MEETING_RUN_UP


def _may_forward(mail: Mail, index: InterviewIndex) -> bool:
    """Whether a received message is a forward ("Fwd:", "RV:", "WG:" ...) dated after the
    first logged interview began, not bulk mail: its forwarded part may be an employer's
    answer that its header fields do not name (an agency passing on its client's word)."""
    if mail.direction != "received" or index.earliest is None or not _PREFIX.match(mail.subject):
        return False
    if _aware(mail.date) < index.earliest or _listed(mail):
        return False
    from watcher.classify import forward_subject  # the classifier reads this module: import on use

    return forward_subject(mail.subject)


# --------------------------------------------------------------------------- the decision


@dataclass(frozen=True)
class _Signal:
    """Interviews one kind of evidence points at, before the time rule and tie-breaking."""

    ids: frozenset[str]
    confidence: float
    reasons: tuple[str, ...]
    review: bool = False  # the evidence cannot tell: a person decides among ``ids``


def match(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], sent: SentSubjects | None = None
) -> Match:
    """Which interview ``mail`` is about, how sure, and why. ``threads``: Message-ID ->
    interview id of the messages tied so far; ``sent``: the subjects of the user's mail tied
    so far (a reply whose thread references were lost answers one)."""
    known = sent.written_to(mail.from_addr) if sent and mail.direction == "received" else frozenset()
    result = _decide(mail, index, threads, sent.answered_by(mail) if sent else frozenset(), known)
    if result.interview is None and not result.review:
        return result  # most mail: not worth a log line each
    log.debug(
        "match.decided",
        message_id=mail.message_id,
        interview=result.interview,
        confidence=result.confidence,
        review=result.review,
    )
    return result


def _decide(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], answers: frozenset[str],
    known: frozenset[str] = frozenset(),
) -> Match:
    ignored = _ignored(mail, index)
    if ignored:
        return Match(interview=None, confidence=0.0, reasons=(ignored,))
    counterparts = _counterparts(mail, index)
    known_person = any(address in index.contacts or address in index.recruiters for address in counterparts)
    relayed = None if known_person else relayed_person(mail, index.lists)
    if relayed:
        return _relayed_match(mail, index, relayed)
    board_reason = None if known_person else _job_board_reason(mail, index)
    if board_reason:
        # A board's notice is read by two rules in turn: each of its texts is read once.
        mentions_of = lru_cache(maxsize=None)(index.name_mentions)
        status = _board_status_signal(mail, index, mentions_of)
        notes = [board_reason]
        timely = _drop_before_interview(status.ids, mail, index, notes) if status else frozenset()
        if status and timely:
            return _settle(_Signal(timely, status.confidence, status.reasons), mail, index)
        led_up = _run_up(status, mail, index) if status else None  # "your application was sent to ..."
        if led_up is not None:
            return led_up
        relayed_notice = None if status else _board_message_match(mail, index, mentions_of)
        if relayed_notice is not None:
            return relayed_notice
        return Match(interview=None, confidence=0.0, reasons=tuple(notes))
    notes: list[str] = []
    run_up: Match | None = None
    unsure: _Signal | None = None  # evidence of the run-up that cannot tell: held for review
    for find_signal in (
        _thread_signal, _contact_signal, _recruiter_signal, _domain_signal,
        _calendar_signal, _platform_signal,
        partial(_kin_signal, answers=answers), _agency_signal, partial(_person_signal, answers=answers, known=known),
        partial(_forward_signal, known=known), _group_mailbox_signal,
    ):
        signal = find_signal(mail, index, threads, counterparts)
        if signal is None:
            continue
        if not signal.ids:  # evidence against: a note for the reasons
            notes.extend(signal.reasons)
            continue
        timely = _drop_before_interview(signal.ids, mail, index, notes)
        if timely and signal.review:
            return _review(timely, signal.confidence, signal.reasons)
        if timely and _told_apart_from_ahead(timely, signal.ids, mail, index):
            return _between_past_and_ahead(signal, timely, mail, index, find_signal in RUN_UP_SIGNALS)
        if timely:
            return _settle(_Signal(timely, signal.confidence, signal.reasons), mail, index)
        lead = _run_up_evidence(find_signal, signal, mail, index)
        if run_up is None and lead is not None and not lead.review:
            run_up = _run_up(lead, mail, index)
        elif unsure is None and lead is not None and lead.review:
            unsure = lead
    if run_up is not None:
        return run_up
    if unsure is not None and (ahead := _ahead_within_run_up(unsure.ids, mail, index)):
        return _review(ahead, unsure.confidence, (*unsure.reasons, *notes))
    imitation = _imitated_domain(counterparts, index)
    if imitation:
        return Match(interview=None, confidence=0.0, reasons=(*notes, imitation))
    # A name alone is too weak to tie a message: it is only ever held for review.
    signal = _name_only_signal(mail, index, counterparts)
    if signal:
        timely = _drop_before_interview(signal.ids, mail, index, notes)
        if timely:
            return _review(timely, signal.confidence, signal.reasons)
        # Before the interview too (a recruiter writing from webmail in the run-up); a
        # platform's mail has its own rules (``_run_up_evidence``).
        personal = mail.direction == "received" and not any(map(index.platform, counterparts))
        ahead = _ahead_within_run_up(signal.ids, mail, index) if personal else None
        if ahead:
            return _review(ahead, signal.confidence, (*signal.reasons, *notes))
    booked = _booking_of_interview_ahead(mail, index)
    if booked is not None:
        return booked
    platform = next((name for name in map(index.platform, counterparts) if name), None)
    if platform and not notes:
        notes.append(f"sent through {platform}, but it names no logged company")
    return Match(interview=None, confidence=0.0, reasons=tuple(notes) or ("no sign of a logged interview",))


def untie_bulk(found: Match, mail: Mail, kind: Classification | None, threads: Mapping[str, str]) -> Match:
    """``found``, or no interview when ``mail`` read as ``bulk`` (a newsletter, marketing, a
    job alert) though it was tied or held on its sender alone: such mail from a logged
    employer or its platform is about no application. Kept tied only when it answers a
    message tied to an interview (its thread says what it is about). Called once the
    message is classified; the caller forgets its thread entry when it is untied.
    """
    if kind is None or kind.kind != "bulk" or not (found.interview or found.review):
        return found
    if found.interview and found.interview in _thread_ids(mail, threads):
        return found
    return Match(interview=None, confidence=0.0, reasons=(*found.reasons, "bulk mail: about no application"))


def _ignored(mail: Mail, index: InterviewIndex) -> str | None:
    if is_own_notice(mail, sent_folder=mail.direction == "sent"):
        return f"watcher's own {notice_kind(mail)}"
    sender = normalise_address(mail.from_addr)
    if mail.direction == "received" and sender in index.me:
        return "sent by you"
    recipients = [normalise_address(address) for address in (*mail.to, *mail.cc)]
    if sender in index.me and recipients and all(address in index.me for address in recipients):
        return "from you to yourself"
    return None


def _counterparts(mail: Mail, index: InterviewIndex) -> tuple[str, ...]:
    """Whom the message is with: the sender of received mail, the recipients of sent mail."""
    if mail.direction == "sent":
        addresses = (*mail.to, *mail.cc)
    else:
        addresses = (mail.from_addr, *_reply_to(mail))
    normalised = dict.fromkeys(normalise_address(address) for address in addresses if address)
    return tuple(address for address in normalised if address not in index.me)


def _reply_to(mail: Mail) -> list[str]:
    # Platforms often send from a no-reply address with the recruiter in Reply-To.
    header = mail.headers.get("reply-to")
    if not header:
        return []
    return list(addresses(header))


def _job_board_reason(mail: Mail, index: InterviewIndex) -> str | None:
    addresses = (
        _counterparts(mail, index) if mail.direction == "sent" else (normalise_address(mail.from_addr),)
    )
    for address in addresses:
        board = index.job_board(address)
        if board:
            return f"from {board} ({address}): job boards are never tied to an interview"
    return None


def job_board_of(address: str, lists: MatchLists | None = None) -> str | None:
    """The job board (its name in ``jobboards.toml``) that sends from ``address``
    (normalised): one of its senders, status senders or relays, or an address on one of its
    domains; "a job-alert sender" for an alert local part on any other domain but an
    applicant-tracking platform's (SmartRecruiters sends an application's receipt from
    jobs-noreply@smartrecruiters.com); else None."""
    lists = lists or default_lists()
    board = (lists.job_board_senders.get(address) or lists.board_status_senders.get(address)
             or _relay_board(address, lists))
    if board:
        return board
    if address.partition("@")[0] in lists.alert_local_parts and not _lookup_domain(_domain_of(address), lists.platforms):
        return "a job-alert sender"
    return _lookup_domain(_domain_of(address), lists.job_boards)


def alert_address(address: str, lists: MatchLists | None = None) -> bool:
    """Whether a job board's ``address`` (normalised) sends its alerts: one of its
    ``senders`` or an alert local part (``jobboards.toml``), unless a status sender."""
    lists = lists or default_lists()
    if address in lists.board_status_senders:
        return False
    return address in lists.job_board_senders or address.partition("@")[0] in lists.alert_local_parts


def _relay_board(address: str, lists: MatchLists) -> str | None:
    """The board whose ``relays`` hold ``address`` (normalised), as itself or as "*@" and its domain."""
    return lists.board_relays.get(address) or lists.board_relays.get(f"*@{_domain_of(address)}")


# "Jane Doe via LinkedIn", "Jane Doe über LinkedIn", "Jane Doe por meio do LinkedIn" ...
_RELAY_WORDS = r"(?:via|über|par|por|por medio de|por meio d[oa]|a través de|através d[oa]|tramite|door)"


def relayed_person(mail: Mail, lists: MatchLists | None = None) -> tuple[str, str] | None:
    """(board, the writer's name) when received ``mail`` is a person's message a job board
    relays from one of its ``relays`` addresses (``jobboards.toml``: "Joana Reis
    <messages-noreply@linkedin.com>", "Jane Doe via LinkedIn <inmail-hit-reply@linkedin.com>";
    "*@indeedemail.com" holds every address of that domain), else None: also for the
    board's own notices from there, signed with its name (``_message_statements`` reads
    those)."""
    lists = lists or default_lists()
    if mail.direction != "received":
        return None
    board = _relay_board(normalise_address(mail.from_addr), lists)
    if board is None:
        return None
    name = re.sub(rf"\s+{_RELAY_WORDS}\s+{re.escape(board)}\s*$", "", mail.from_name.strip(), flags=re.IGNORECASE)
    if len(words(name)) < 2 or words(board)[0] in words(name):
        return None
    return board, name.strip()


_LIST_FIELDS = frozenset({"list-id", "list-unsubscribe", "list-unsubscribe-post", "precedence"})


def as_written(mail: Mail, lists: MatchLists | None = None) -> Mail:
    """``mail`` as its writer wrote it when it is a person's message a job board relays
    (``relayed_person``): their name as the sender's, without the relay's address (nobody
    reads it: replies go through the board) or the board's mailing-list fields; the same
    without the board's address for its own notice that carries someone's message
    (``_message_statements``: "Jane Doe from Acme sent you a message: ..."). Other mail as
    it is."""
    lists = lists or default_lists()
    relayed = relayed_person(mail, lists)
    if relayed is None and not _message_statements(mail, lists):
        return mail
    headers = {field: value for field, value in mail.headers.items() if field.lower() not in _LIST_FIELDS}
    body = mail.body and _PARAGRAPH_BREAK.join(map(_unquoted, mail.body.split(_PARAGRAPH_BREAK)))
    return replace(mail, from_name=relayed[1] if relayed else mail.from_name, from_addr="", headers=headers, body=body)


_PARAGRAPH_BREAK = "\n\n"
# A paragraph a board shows in quotation marks: the words of whoever wrote the message it relays.
_QUOTED_PARAGRAPH = re.compile(r"\s*[\"“„«‘‚'](?P<words>[^\"“”„«»]+)[\"”“»’‘']\s*", re.DOTALL)


def _unquoted(paragraph: str) -> str:
    """A relayed message's paragraph without the quotation marks a board puts around the
    writer's words (which the classifier would read as someone else's, quoted); any other
    paragraph as it is."""
    found = _QUOTED_PARAGRAPH.fullmatch(paragraph)
    return found["words"] if found else paragraph


def _relayed_match(mail: Mail, index: InterviewIndex, relayed: tuple[str, str]) -> Match:
    """A person's message a job board relays (``relayed_person``). Tied when the writer is
    a logged contact or recruiter by name and the text names that person's company whole and
    no other logged employer (the position a board shows under their name: "Talent Partner
    at Saltmarsh Robotics"), unless they say they left it; held for review when either is
    missing but the writer or the text names an interview; never tied otherwise: who writes
    through a board is known only by name."""
    board, name = relayed
    as_person = replace(mail, from_name=name)
    who = f"{name}'s message relayed by {board}"
    ids = index.people_named_by(as_person)
    signal: _Signal | None = None
    if ids:
        named = _named_whole(ids, as_person, index, lenient=False)
        left = index.lists.left_employer.find(words(_own_text(mail)))
        if named is not None and not left:
            signal = _Signal(named[0], PERSON_CONFIDENCE, (f"{who}, a logged contact by name", named[1]))
        else:
            signal = _Signal(ids, PERSON_CONFIDENCE, (f"{who}, a logged contact by name",
                                                     "nothing else says it is about that company: a person decides"),
                             review=True)
    else:
        named_text = index.companies_named(_own_text(mail), written_as_names=True)
        if named_text and len({index.name_of[iid] for iid in named_text}) == 1:
            signal = _Signal(named_text, NAME_ONLY_CONFIDENCE,
                             (f"{who}, whom nobody logged, names {_company_list(named_text, index)}: a person decides",),
                             review=True)
    return _relayed_outcome(signal, mail, index, who)


def _relayed_outcome(signal: _Signal | None, mail: Mail, index: InterviewIndex, who: str) -> Match:
    """What a relayed message's ``signal`` makes of it, once the interviews it names that
    were not held yet are dropped: held for review, tied, or (none left, or no signal) tied
    to nothing, ``who`` relayed it saying of no logged interview."""
    notes: list[str] = []
    if signal is not None:
        timely = _drop_before_interview(signal.ids, mail, index, notes)
        if timely and signal.review:
            return _review(timely, signal.confidence, signal.reasons)
        if timely:
            return _settle(_Signal(timely, signal.confidence, signal.reasons), mail, index)
        led_up = None if signal.review else _run_up(signal, mail, index)
        if led_up is not None:
            return led_up
    return Match(interview=None, confidence=0.0, reasons=(*notes, f"{who}: it says of no logged interview"))


def _board_own_notice(mail: Mail, lists: MatchLists) -> str | None:
    """The job board (its name in ``jobboards.toml``, as ``job_board_of``) whose own notice
    received ``mail`` may be, else None: from one of the board's addresses that sends no
    alerts (``alert_address``), and its subject no reply's or forward's (a board's own
    notice is neither). The one test of ``_may_be_board_status``, ``_message_statements``
    and ``board_notice_of_application``."""
    if mail.direction != "received":
        return None
    address = normalise_address(mail.from_addr)
    board = job_board_of(address, lists)
    if board is None or alert_address(address, lists):
        return None
    from watcher.classify import EARLIER_SUBJECT  # the classifier reads this module: import on use

    return None if EARLIER_SUBJECT.match(mail.subject) else board


def _may_be_board_status(mail: Mail, index: InterviewIndex) -> bool:
    """Whether a job board's received message may be the status of one application
    (``_board_status_signal``), from its header fields: not from an alert sender, its
    subject no reply's or forward's, and its sender's name or subject names a logged
    employer whole, or its subject a logged role or a logged contact ("Sabine Hartmann hat
    Ihnen eine Nachricht geschickt": ``_board_message_match``)."""
    if _board_own_notice(mail, index.lists) is None:
        return False
    return index.names.mentions_any(words(f"{mail.from_name} {mail.subject}")) or index.roles.mentions_any(
        words(mail.subject)) or bool(index.people_named_in(mail.subject))


def _board_status_signal(
    mail: Mail, index: InterviewIndex, mentions_of: Callable[[str], NameMentions]
) -> _Signal | None:
    """The status of one application that a job board sends for the employer ("Brightmoor
    Insurance viewed your application for Data Engineer", "La empresa Talvera ha actualizado
    el estado de tu candidatura a la oferta "Analista de datos""): the interviews of the
    logged employer that one statement (the subject, or a sentence of the body) names whole
    together with that interview's role, written whole, and the user's application or a
    message sent to the user (``application_words``, ``message_words`` in
    ``jobboards.toml``: "Acme sent you a message about your application for Data
    Engineer"). None when the message comes from an
    alert sender, names a logged employer in no such statement, or anywhere names another
    logged employer, a logged employer's name only in part or going on as another's
    ("Talvera Seguros"): a board's alert or "similar jobs" names employers and roles too,
    never with the user's application in the same sentence. ``mentions_of``: what
    ``index.name_mentions`` finds in a text, remembered (the subject, and a paragraph of one
    sentence, are statements too, and ``_board_message_match`` reads the same texts)."""
    if not mail.body or not _may_be_board_status(mail, index):
        return None
    companies: set[tuple[str, ...]] = set()
    for text in (mail.from_name, mail.subject, *_PARAGRAPH.split(mail.body)):
        mentions = mentions_of(text)
        if mentions.partial or mentions.others:
            return None
        companies.update(index.name_of[iid] for iid in mentions.exact)
    if len(companies) != 1:
        return None
    found: set[str] = set()
    for statement, card in _statements_with_cards(mail.subject, mail.body, index.lists):
        if not _about_the_user(words(statement), index.lists):
            continue
        for iid in mentions_of(statement).exact | (mentions_of(card).exact if card else frozenset()):
            role = index.interviews[iid].role or ""
            if _role_written_whole(role, statement) or any(
                    _role_written_whole(role, line) for line in card.splitlines()):
                found.add(iid)
    if not found:
        return None
    board = index.job_board(normalise_address(mail.from_addr))
    why = f"{board}'s status of your application: one sentence names it, {_company_list(found, index)} and its role"
    return _Signal(frozenset(found), PLATFORM_CONFIDENCE, (why,))


def _about_the_user(statement: Sequence[str], lists: MatchLists) -> bool:
    """Whether a statement (``words``) speaks of the user's application or of a message sent
    to the user (``application_words``, ``message_words``)."""
    return bool(lists.application_words.find(statement) or lists.message_words.find(statement))


def _message_statements(mail: Mail, lists: MatchLists) -> list[str]:
    """The statements (the subject, then the body's sentences) by which a job board's own
    received notice says that someone sent the user a message through it ("Pablo Ferrer
    (Acme) te ha escrito", "Neue Nachricht von Acme": ``message_words``); empty for other
    mail: an alert sender's, a reply's or a forward's, a person's message from a relay
    address (``relayed_person``)."""
    if not mail.body or _board_own_notice(mail, lists) is None or relayed_person(mail, lists):
        return []
    return [statement for statement in (mail.subject, *_sentences(mail.body, lists))
            if lists.message_words.find(words(statement))]


def _board_message_match(
    mail: Mail, index: InterviewIndex, mentions_of: Callable[[str], NameMentions]
) -> Match | None:
    """A job board's own notice that someone sent the user a message (``_message_statements``),
    whose sentences naming the employer with its role whole were not found
    (``_board_status_signal``). Tied when the notice names a logged contact or recruiter by
    name where it says who wrote, and the text names that person's company whole, no other
    logged employer nor any in part, and nobody says they left it; held for review when it
    names a logged contact, or one logged employer whole, and no more; None when it is no
    such notice. ``mentions_of``: as ``_board_status_signal`` reads the same texts."""
    said = _message_statements(mail, index.lists)
    if not said:
        return None
    board = index.job_board(normalise_address(mail.from_addr))
    who = f"a message {board} relays"
    people = index.people_named_in("\n".join(said))
    named: set[str] = set()
    unsure = False
    for text in (mail.from_name, mail.subject, *_PARAGRAPH.split(mail.body or "")):
        mentions = mentions_of(text)
        unsure = unsure or bool(mentions.partial or mentions.others)
        named.update(mentions.exact)
    companies = {index.name_of[iid] for iid in named}
    left = index.lists.left_employer.find(words(mail.body or ""))
    signal: _Signal | None = None
    if people and len(companies) == 1 and not unsure and not left and people & named:
        signal = _Signal(frozenset(people & named), PERSON_CONFIDENCE,
                         (f"{who}, from a logged contact by name", f"it names {_company_list(named, index)}"))
    elif people:
        reason = f"{who}, from a logged contact by name: nothing else says it is about that company, a person decides"
        signal = _Signal(frozenset(people | named), PERSON_CONFIDENCE, (reason,), review=True)
    elif len(companies) == 1 and not unsure:
        reason = f"{who} names {_company_list(named, index)}, and no role or logged person: a person decides"
        signal = _Signal(frozenset(named), NAME_ONLY_CONFIDENCE, (reason,), review=True)
    return _relayed_outcome(signal, mail, index, who)


def board_notice_of_application(mail: Mail, company: str | None, lists: MatchLists | None = None) -> str | None:
    """The job board whose notice about the user's own application at ``company`` (the
    logged employer's name) received ``mail`` is, else None: the board's own notice
    (``_board_own_notice``: from one of its addresses, no alert sender's, no reply or
    forward), and one statement (the subject or a sentence) names the
    company whole and the user's application or a message sent to the user
    (``application_words``, ``message_words`` in ``jobboards.toml``). A job alert names
    employers, never the user's application: such a notice is no mailing, though the board
    sends alerts from the same address."""
    if not company or not mail.body:
        return None
    lists = lists or default_lists()
    board = _board_own_notice(mail, lists)
    name = company_words(company, lists.legal_suffixes)
    if board is None or not name:
        return None
    company_name = NameTable.of([name])
    for statement, card in _statements_with_cards(mail.subject, mail.body, lists):
        if _about_the_user(words(statement), lists) and (
                company_name.find(words(statement)) or company_name.find(words(card))):
            return board
    return None


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?]+\s+")
_LAST_WORD = re.compile(r"(?<![\w.])[^\W\d_]+$")  # the word a full stop ends: "ds" in "Specjalista ds."


def _statements_with_cards(subject: str, body: str, lists: MatchLists) -> list[tuple[str, str]]:
    """A board's notice as it is read for the user's application: (statement, card) for
    the subject, then each sentence of ``body`` (``_sentences``). A sentence that ends its
    paragraph introduces the card a board shows under it, the paragraph that follows: the
    role and the employer on lines of their own or after a field's label ("Your application
    was sent to Acme" / "Data Engineer", "Acme · Berlin"; "Es gibt ein Update zu Ihrer
    Bewerbung:" / "Stelle: Data Engineer (m/w/d)"). Its card is "" otherwise, for the
    subject, and where the sentence or the card's first line introduces jobs the board
    suggests ("Based on your CV, these jobs may interest you:", "More jobs for you: ...":
    ``recommendation_words``)."""
    found = [(subject, "")]
    paragraphs = _PARAGRAPH.split(body)
    for number, paragraph in enumerate(paragraphs):
        sentences = _sentences(paragraph, lists)
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else ""
        found.extend((sentence, "") for sentence in sentences[:-1])
        for sentence in sentences[-1:]:
            first_line = following.strip().split("\n", 1)[0]
            suggests = lists.recommendation_words.find([*words(sentence), *words(first_line)])
            found.append((sentence, "" if suggests else following))
    return found


def _sentences(body: str, lists: MatchLists) -> list[str]:
    """The sentences of a text: its paragraphs (parted by blank lines), each cut after a
    full stop, "!" or "?" followed by a word written with a capital ("Ltd. viewed" goes on),
    unless the full stop ends an abbreviation (``abbreviations.txt``: "Specjalista ds.
    Analiz Danych", "Dr. Weber")."""
    found = []
    for paragraph in _PARAGRAPH.split(body):
        start = 0
        for end in _SENTENCE_END.finditer(paragraph):
            following = paragraph[end.end():end.end() + 2].lstrip("\"'«„¿¡(")
            before = _LAST_WORD.search(paragraph, 0, end.start())
            abbreviation = end.group().startswith(".") and before and before.group().lower() in lists.abbreviations
            if following[:1].isupper() and not abbreviation:
                found.append(paragraph[start:end.end()])
                start = end.end()
        found.append(paragraph[start:])
    return [sentence for sentence in found if sentence.strip()]


# Both forms written out, one after the other: "Développeuse / Développeur", "Ingeniera/Ingeniero"
# (the two words share their first four letters).
_GENDER_PAIR = re.compile(r"(?<!\w)([^\W\d_]{4,}) ?/ ?([^\W\d_]{4,})(?!\w)")


# A title written for both genders: "Ingénieur·e", "Ingénieur(e)", "Entwickler:in",
# "Entwickler*in", "Desarrollador/a" (the ending after a word, then no letter).
_GENDER_WORD = re.compile(
    r"([^\W\d_]+)(?:[·•*:/.]|\()(e|es|se|in|innen|a|as|ne|rice|euse|trice)\)?(?![^\W\d_])", re.IGNORECASE)


def _feminine(found: re.Match[str]) -> str:
    """The feminine a gender ending makes of the word before it: the ending replaces the word's
    own where it does ("Ingeniero/a" -> "Ingeniera", "Développeur·euse" -> "Développeuse",
    "Directeur·rice" -> "Directrice", "Directeur·trice" -> "Directrice"), else it is added
    ("Ingénieur·e" -> "Ingénieure", "Entwickler:in" -> "Entwicklerin")."""
    stem, ending = found.group(1), found.group(2)
    if ending.lower() in ("a", "as") and stem.lower().endswith("o"):
        return stem[:-1] + ending
    if ending.lower() in ("euse", "se") and stem.lower().endswith("eur"):
        return stem[:-1] + "se"
    if ending.lower() in ("rice", "trice") and stem.lower().endswith("teur"):
        return stem[:-4] + "trice"
    return stem + ending


# The note that a title is meant for every gender: "(m/w/d)", "(w/m/d)", "(m/f/d)", "(H/F)",
# "(all genders)".
_GENDER_NOTE = re.compile(r"\s*\((?:[mwfdhx]\s?/\s?){1,3}[mwfdhx]\)|\s*\((?:all genders|gn)\)", re.IGNORECASE)


def _gender_forms(text: str) -> tuple[str, ...]:
    """``text`` as written, and with each title written for both genders read as one of them:
    the ending dropped ("Ingénieur"), the feminine written in full ("Ingénieure", "Ingeniera",
    "Développeuse"), or one of two words written out ("Développeuse / Développeur"); and
    without the notes that a title is meant for every gender ("Entwickler (m/w/d) Python")."""
    forms = [text]
    if _GENDER_NOTE.search(text):
        text = _GENDER_NOTE.sub("", text)
        forms.append(text)
    if _GENDER_WORD.search(text):
        forms += [_GENDER_WORD.sub(r"\1", text), _GENDER_WORD.sub(_feminine, text)]
    pairs = [m.span() for m in _GENDER_PAIR.finditer(text) if m.group(1)[:4].lower() == m.group(2)[:4].lower()]
    if pairs:
        for side in (1, 2):
            forms.append(_GENDER_PAIR.sub(lambda m: m.group(side) if m.span() in pairs else m.group(0), text))
    return tuple(forms)


def _role_written_whole(role: str, text: str) -> bool:
    """Whether ``text`` names ``role`` as a whole title: its words, with no capitalised word
    joined before or after them that may make it another title ("Senior Data Engineer",
    "Data Engineer Intern"). A title written for both genders ("Ingénieur·e Data",
    "Ingeniero/a de Datos", "Développeuse / Développeur backend") names either form
    ("Ingénieure data", "Ingénieur data", "Ingeniera de Datos", "Développeur backend"); a
    feminine title is named by the generic masculine too ("Backend-Entwickler (m/w/d)" names
    "Backend-Entwicklerin", ``_masculine_forms``)."""
    titles = [role, *_masculine_forms(role)]
    return any(_role_in(title, form) for form in _gender_forms(text) for title in titles)


def _role_in(role: str, text: str) -> bool:
    """``_role_written_whole`` for one way of writing ``text``."""
    wanted = tuple(words(role))
    if not wanted:
        return False
    tokens = name_tokens(text)
    folded = [token.word for token in tokens]
    for start in range(len(folded) - len(wanted) + 1):
        if tuple(folded[start:start + len(wanted)]) != wanted:
            continue
        end = start + len(wanted)
        before = (start > 0 and tokens[start].joined and tokens[start - 1].capitalised
                  and not _meeting_word(folded[start - 1]))
        after = end < len(tokens) and tokens[end].joined and tokens[end].capitalised
        if not before and not after:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _meeting_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The phrase books' meeting words of one word (``invitation.words``: "interview",
    "intervju", "gesprach"), and those long enough to end a compound ("gesprach" of
    "kennenlerngesprach", "gesprek" of "sollicitatiegesprek")."""
    from watcher.phrases import load_phrases  # the phrase books read this module's lists: import on use

    found = frozenset(
        phrase.literal for phrase in load_phrases().groups.get("invitation.words", ())
        if phrase.literal and phrase.literal.isalpha()
    )
    return found, tuple(sorted(word for word in found if len(word) >= 6))


def _meeting_word(word: str) -> bool:
    """Whether a word (as ``name_tokens`` folds it) names a meeting, not a title: a capitalised
    "Intervju" or "Kennenlerngespräch" before "Data Engineer" makes no longer title of it."""
    whole, endings = _meeting_words()
    return word in whole or word.endswith(endings)


# An address on a calendar notice's organiser or guests line ("Organizer: jane@acme.com").
_ADDRESS = re.compile(r"[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def calendar_people(mail: Mail, lists: MatchLists | None = None) -> list[str]:
    """The addresses a calendar notice names as the meeting's organiser and guests: those on
    a line that begins with one of ``calendar_labels`` ("Organizer:", "Invités :",
    ``platforms.toml``) and the calendar part's ORGANIZER and ATTENDEE; normalised, in order."""
    found = [address for rest in _labelled_people(mail, lists) for address in _ADDRESS.findall(rest)]
    if mail.calendar:
        found.extend(_ics_people(mail.calendar))
    return list(dict.fromkeys(normalise_address(address) for address in found))


def calendar_names(mail: Mail, lists: MatchLists | None = None) -> list[str]:
    """The people a calendar notice names without an address on its organiser and guests
    lines ("Organizador: Nuria Bellido", "Guests: Tom Berger, Ana Ruiz"), in order."""
    found = [piece.strip() for rest in _labelled_people(mail, lists) for piece in rest.split(",")
             if piece.strip() and not _ADDRESS.search(piece)]
    return list(dict.fromkeys(found))


def _labelled_people(mail: Mail, lists: MatchLists | None) -> list[str]:
    """What follows the label of each organiser or guests line of a calendar notice's text
    ("Organizer: jane@acme.com" -> " jane@acme.com"; ``calendar_labels``)."""
    lists = lists or default_lists()
    found = []
    for line in (mail.body or "").splitlines():
        label, colon, rest = line.partition(":")
        if colon and label.strip().lower() in lists.calendar_labels:
            found.append(rest)
    return found


def _ics_people(ics: str) -> list[str]:
    """The ORGANIZER and ATTENDEE addresses of every event in a text/calendar part (RFC 5545,
    read by ``classify.calendar_events``, as the invitation is read); none when it cannot be
    read."""
    from watcher.classify import calendar_events  # the classifier reads this module: import on use

    people: list[str] = []
    for event in calendar_events(ics):
        for name in ("ORGANIZER", "ATTENDEE"):
            value = event.get(name)
            for person in value if isinstance(value, list) else [value] if value is not None else []:
                address = str(person).strip()
                if address.lower().startswith("mailto:"):
                    people.append(address[len("mailto:"):])
    return people


def _calendar_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    """A calendar's or a machine's notice of a meeting (an invitation, a reminder) whose
    organiser or guests (``calendar_people``) are a logged contact or recruiter, or at a
    logged company's domain: that interview's meeting, whoever sent the notice. Only from a
    platform (a calendar service among them) or a no-reply address: a person's own mail is
    judged by who that person is."""
    if mail.direction != "received" or not mail.body and not mail.calendar:
        return None
    sender = normalise_address(mail.from_addr)
    if not (index.platform(sender) or is_no_reply(sender) or index.platform_traced(mail)):
        return None
    hits: list[tuple[str, frozenset[str]]] = []
    for address in calendar_people(mail, index.lists):
        if address in index.me:
            continue
        ids = index.contacts.get(address) or index.recruiters.get(address) or index.company_domain(address)
        if ids:
            hits.append((address, ids))
    if not hits:
        return _calendar_name_signal(mail, index)
    ids = _union(found for _, found in hits)
    reasons = tuple(f"a meeting's notice naming {address} among its organiser and guests" for address, _ in hits)
    return _Signal(ids, CONTACT_CONFIDENCE, reasons)


def reply_may_concern(mail: Mail, index: InterviewIndex, threads: Mapping[str, str]) -> bool:
    """Whether ``may_concern`` can pass ``mail``, a reply that holds none of the terms of
    ``watcher.candidates.candidate_query`` in From, To, Cc and Subject and has no Reply-To
    (``watcher.header_screen.HeaderScreen.verdict``): only if it refers (In-Reply-To,
    References) to a message of ``threads`` (Message-ID -> interview id), or if its traces,
    which the query does not look at, name a platform (``platform_traced``)."""
    return (bool(threads) and bool(_thread_ids(mail, threads))) or index.platform_traced(mail) is not None


def _calendar_name_signal(mail: Mail, index: InterviewIndex) -> _Signal | None:
    """A meeting's notice that gives its organiser or guests by name alone ("Organizador:
    Nuria Bellido", as Google Calendar's reminders do): the interviews of the logged contact
    or recruiter so named (first name and surname, or initial and surname, ``Person``).
    A name is no address: tied when the notice's subject or text also names that interview's
    role or its company whole, and no other logged employer; held for review otherwise."""
    named: set[str] = set()
    who = []
    for name in calendar_names(mail, index.lists):
        name_words = words(name)
        ids = _union(person.ids for person in index.people if person.named(name_words))
        if ids:
            named |= ids
            who.append(name)
    if not named:
        return None
    reasons = (f"a meeting's notice naming {', '.join(who)}, a logged contact by name, among its organiser and guests",)
    text = f"{mail.subject}\n\n{mail.body or ''}"
    others = index.companies_named(text) - named
    told = frozenset(
        iid for iid in named
        if _role_written_whole(index.interviews[iid].role or "", text) or iid in index.companies_named(text))
    if told and not others:
        return _Signal(told, PERSON_CONFIDENCE, (*reasons, "and it names that interview's role or company"))
    return _Signal(frozenset(named), PERSON_CONFIDENCE, (*reasons, "a name is no address: a person decides"), review=True)


def _thread_ids(mail: Mail, threads: Mapping[str, str]) -> list[str]:
    """Interview ids of known messages this one replies to, the direct parent first."""
    found: list[str] = []
    for reference in (*mail.in_reply_to, *mail.references):
        interview = _thread_lookup(reference, threads)
        if interview and interview not in found:
            found.append(interview)
    return found


def _thread_lookup(reference: str, threads: Mapping[str, str]) -> str | None:
    reference = reference.strip()
    bare = reference.strip("<>")
    for key in (reference, f"<{bare}>", bare):
        if key in threads:
            return threads[key]
    return None


def _thread_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    parents = (_thread_lookup(reference, threads) for reference in mail.in_reply_to)
    direct = {interview for interview in parents if interview and interview in index.interviews}
    related = direct or {
        interview for interview in _thread_ids(mail, threads) if interview in index.interviews
    }
    if not related:
        return None
    reasons = tuple(f"in thread with a message tied to {interview}" for interview in sorted(related))
    elsewhere = _named_besides(frozenset(related), _own_text(mail), index)
    if elsewhere:
        # The thread says one interview, the new text another: a recruiter's reply about her
        # other client, a note about the other role. A person decides. (Who writes does not
        # outweigh the thread: someone of another company may sit in this process too.)
        other, why = elsewhere
        return _Signal(frozenset(related) | other, THREAD_CONFIDENCE, (*reasons, f"but {why}"), review=True)
    return _Signal(frozenset(related), THREAD_CONFIDENCE, reasons)


def _own_text(mail: Mail) -> str:
    """What the sender of ``mail`` wrote now: its body without quoted history, forwarded
    messages or signature (``watcher.classify.new_part``); "" when the body was not read."""
    if not mail.body:
        return ""
    from watcher.classify import new_part  # the classifier reads this module: import on use
    from watcher.phrases import load_phrases

    return new_part(mail.body, load_phrases())


def _named_besides(
    ids: frozenset[str], text: str, index: InterviewIndex
) -> tuple[frozenset[str], str] | None:
    """Interviews other than ``ids`` that ``text`` names, and how: another logged company
    by its whole name, or another role logged with the same company (and not the role of
    ``ids``). None when it names no other."""
    if not text:
        return None
    companies = {index.name_of[iid] for iid in ids}
    other = frozenset(
        iid for iid in index.companies_named(text, written_as_names=True) if index.name_of[iid] not in companies
    )
    if other:
        return other, f"its text names {_company_list(other, index)}"
    siblings = frozenset(iid for iid in index.interviews if iid not in ids and index.name_of[iid] in companies)
    if not siblings:
        return None
    roles = {iid: tuple(words(index.interviews[iid].role or "")) for iid in ids | siblings}
    found = NameTable.of(role for role in roles.values() if role).find(words(text))
    named = {iid for iid, role in roles.items() if role and role in found}
    if named & siblings and not named & ids:
        other_roles = sorted({index.interviews[iid].role or "" for iid in named & siblings})
        return frozenset(named & siblings), f"its text names the role {' and '.join(other_roles)}"
    return None


def _contact_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    return _address_signal(mail, index.contacts, counterparts, "a contact", CONTACT_CONFIDENCE)


# The evidence that a message before the interview, received or sent, is about it: its thread
# or its own contact. (A recruiter also writes about other clients: never the run-up.)
RUN_UP_SIGNALS = (_thread_signal, _contact_signal)


def _recruiter_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    return _address_signal(mail, index.recruiters, counterparts, "the recruiter", RECRUITER_CONFIDENCE)


def _address_signal(
    mail: Mail, table: Mapping[str, frozenset[str]], counterparts: Sequence[str], what: str, confidence: float
) -> _Signal | None:
    """The interviews whose address ``table`` holds one of the counterparts."""
    hits = [(address, table[address]) for address in counterparts if address in table]
    if not hits:
        return None
    role = "recipient" if mail.direction == "sent" else "sender"
    reasons = tuple(f"{role} is {what} ({address})" for address, _ in hits)
    return _Signal(frozenset().union(*(ids for _, ids in hits)), confidence, reasons)


def _domain_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    ids: set[str] = set()
    reasons = []
    sender = normalise_address(mail.from_addr)
    for address in counterparts:
        hit = index.company_domain(address)
        if hit:
            ids.update(hit)
            # A platform sends from its own address with the company's in Reply-To: said so.
            role = "recipient" if mail.direction == "sent" else "sender" if address == sender else "Reply-To"
            reasons.append(f"{role}'s domain is the company's ({_domain_of(address)})")
    if not ids:
        return None
    return _domain_like(frozenset(ids), mail, index, tuple(reasons))


def _about_another(
    ids: frozenset[str], mail: Mail, index: InterviewIndex
) -> tuple[frozenset[str], str] | None:
    """Other logged employers the subject or the whole body (forwarded text included)
    names, when neither names the company of ``ids`` even in part; else None."""
    companies = {index.name_of[iid] for iid in ids}
    other: set[str] = set()
    for text in (mail.subject, mail.body):
        mentions = index.name_mentions(text, written_as_names=True)
        if any(index.name_of[iid] in companies for iid in mentions.exact | mentions.partial):
            return None
        other.update(iid for iid in mentions.exact if index.name_of[iid] not in companies)
    if not other:
        return None
    return frozenset(other), f"names only {_company_list(other, index)}"


def _kin_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str],
    answers: frozenset[str] = frozenset(),
) -> _Signal | None:
    """Another domain of a logged employer (``Kin``): its parent or sibling (the same
    registered domain) counts as the company's own; a country or brand domain ("renamed",
    "carries") only when the sender's name, the subject or the text names that company too,
    and no other logged employer, or when its text names the company's logged contact by
    first name (``_contact_named``: a colleague writing for her). A registered name that
    merely carries the name also needs the whole name, never one that goes on ("Nordlicht
    Solar")."""
    role = "recipient" if mail.direction == "sent" else "sender"
    found = [(address, kin) for address in counterparts if (kin := index.kin_domain(address))]
    if not found:
        return None
    how_said = {
        "registered": "is under the company's registered domain",
        "renamed": "is the company's domain name under another suffix",
        "carries": "carries the company's name",
        "group": "carries the company's name and a group's word",
        "recruiting": "carries the company's name and a word of recruiting",
    }
    ids = _union(kin.ids for _, kin in found)
    reasons = tuple(f"{role}'s domain {_domain_of(address)} {how_said[kin.how]}" for address, kin in found)
    if all(kin.how == "registered" for _, kin in found):
        return _domain_like(frozenset(ids), mail, index, reasons)
    hows = {kin.how for _, kin in found}
    if hows <= {"group", "recruiting"}:
        return _group_signal(frozenset(ids), "recruiting" in hows, mail, index, reasons, answers)
    carries = any(kin.how != "renamed" for _, kin in found)
    named = _named_whole(ids, mail, index, lenient=not carries)
    colleague = _contact_named(frozenset(ids), mail, index)
    if colleague is not None:
        return _Signal(colleague[0], KIN_CONFIDENCE, (*reasons, colleague[1]))
    if named is None:
        return _answering(frozenset(ids), answers, mail, index, reasons, KIN_CONFIDENCE)
    if carries:
        # "acme-widgets.com" for Acme Widgets at acme.com is how look-alikes are named: a
        # person decides.
        return _Signal(named[0], NAME_ONLY_CONFIDENCE, (*reasons, named[1], "a look-alike may be named so"), review=True)
    return _Signal(named[0], KIN_CONFIDENCE, (*reasons, named[1]))


def _group_signal(
    ids: frozenset[str], recruiting: bool, mail: Mail, index: InterviewIndex, reasons: tuple[str, ...],
    answers: frozenset[str],
) -> _Signal | None:
    """A domain made of a logged employer's name and a group's word (``brennholt-group.com``)
    or a word of recruiting (``fabrikam-jobs.com``). Tied when a recipient of the message
    is that employer's (a logged contact, an address at its domain: a colleague copied in),
    or, for a group's domain, when the sender's name, subject or text name that employer
    whole and no other employer (the group's own name aside: "Brennholt Group Services");
    for a domain of recruiting, a look-alike's way to be named, the text must name the
    interview's role too; or when its text names the employer's logged contact by first
    name (``_contact_named``). Held for review when it names the employer otherwise; None when
    it names it nowhere (unless its subject answers the user's mail, ``_answering``)."""
    copied = _copied_company(ids, mail, index)
    if copied is not None:
        return _Signal(copied[0], KIN_CONFIDENCE, (*reasons, copied[1]))
    named = _named_whole(ids, mail, index, lenient=False, group_goes_on=True)
    if named is not None and (not recruiting or _names_role(named[0], mail, index)):
        return _Signal(named[0], KIN_CONFIDENCE, (*reasons, named[1]))
    colleague = _contact_named(ids, mail, index)
    if colleague is not None:
        return _Signal(colleague[0], KIN_CONFIDENCE, (*reasons, colleague[1]))
    if named is not None:
        why = "but only the name says so, as a look-alike's would"
        return _Signal(named[0], NAME_ONLY_CONFIDENCE, (*reasons, named[1], why), review=True)
    answering = _answering(ids, answers, mail, index, reasons, KIN_CONFIDENCE)
    if answering is not None:
        return answering
    partly = _named_whole(ids, mail, index, lenient=True)
    if partly is not None:
        return _Signal(partly[0], NAME_ONLY_CONFIDENCE, (*reasons, partly[1], "not whole: cannot tell"), review=True)
    return None


def _copied_company(ids: frozenset[str], mail: Mail, index: InterviewIndex) -> tuple[frozenset[str], str] | None:
    """The interviews among ``ids`` of the one company a recipient of a received message
    besides the user is at (its contact, or an address under its domain), and who; None
    when none is, or several companies' are."""
    if mail.direction != "received":
        return None
    found: set[str] = set()
    who = []
    for address in dict.fromkeys(normalise_address(a) for a in (*mail.to, *mail.cc)):
        if address in index.me:
            continue
        hit = (index.contacts.get(address, frozenset()) | (index.company_domain(address) or frozenset())) & ids
        if hit:
            found |= hit
            who.append(address)
    if not found or len({index.name_of[iid] for iid in found}) != 1:
        return None
    return frozenset(found), f"it is copied to {', '.join(who)} of {_company_list(found, index)}"


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _contact_named(ids: frozenset[str], mail: Mail, index: InterviewIndex) -> tuple[frozenset[str], str] | None:
    """The interviews among ``ids`` of the one company whose logged contact or recruiter the
    body of ``mail`` names by first name, written as a name ("Katrin ist diese Woche noch
    unterwegs", "Karin är ledig", a booking's "Mitarbeiter: Katrin Sommer"), and whom; None
    when it names none, or people of several companies. A colleague at another domain of
    that company (``Kin``) writes so; the first name comes from the logged address
    (``katrin.sommer@`` -> "Katrin", ``sanne@`` -> "Sanne"; none from ``k.sommer@``)."""
    if not mail.body or mail.direction != "received":
        return None
    written = set(_CAPITALISED_WORD.findall(mail.body))
    if not written:
        return None
    found: set[str] = set()
    who: list[str] = []
    for person in index.people:
        first = person.first_name or next((term.split()[0] for term in person.terms if " " in term), "")
        hit = person.ids & ids
        if hit and len(first) >= MIN_SURNAME and first.capitalize() in written:
            found |= hit
            who.append(first.capitalize())
    if not found or len({index.name_of[iid] for iid in found}) != 1:
        return None
    return frozenset(found), f"its text names {', '.join(sorted(set(who)))}, a logged contact of {_company_list(found, index)}"


def _names_role(ids: frozenset[str], mail: Mail, index: InterviewIndex) -> bool:
    """Whether the subject or the text names the logged role of one of ``ids``."""
    roles = NameTable.of(role for iid in ids if (role := tuple(words(index.interviews[iid].role or ""))))
    return any(roles.find(words(text or "")) for text in (mail.subject, mail.body))


def _agency_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    """Someone else at a logged recruiter's agency (or at its other domains): the client the
    message names, when it names exactly one of that agency's and no other employer."""
    found = [kin for address in counterparts if (kin := index.agency_kin(address))]
    ids = _union(kin.ids for kin in found)
    if not ids:
        return None
    named = _named_whole(ids, mail, index, lenient=False)
    if named is None:
        return None
    role = "recipient" if mail.direction == "sent" else "sender"
    reasons = (f"{role} is at the recruiter's agency ({found[0].registered})", named[1])
    if any(kin.how == "carries" for kin in found):
        return _Signal(named[0], NAME_ONLY_CONFIDENCE, (*reasons, "a look-alike may be named so"), review=True)
    return _Signal(named[0], KIN_CONFIDENCE, reasons)


def _named_whole(
    ids: frozenset[str], mail: Mail, index: InterviewIndex, *, lenient: bool, group_goes_on: bool = False
) -> tuple[frozenset[str], str] | None:
    """The interviews among ``ids`` of the one company the sender's name, the subject and
    the text name whole, and where; None when they name none of them, several, or another
    logged employer. Unless ``lenient``, a longer name beginning with that company's
    ("Lumière Assurances") in the sender's name, the subject or the new text is another
    employer's, and also gives None (with ``group_goes_on``, not when the word that goes on
    is a group's or a legal form: "Brennholt Group Services" is the group's); if ``lenient``,
    the company's name only in part or going on counts ("Fabrikam" for Fabrikam Analytics,
    "Contoso Robotics France")."""
    named: set[str] = set()
    places = []
    for place, text in (("sender's name", mail.from_name), ("subject", mail.subject), ("text", mail.body)):
        mentions = index.name_mentions(text, written_as_names=place == "text")
        if mentions.exact - ids:
            return None
        if mentions.exact:
            named |= mentions.exact
            places.append(place)
        elif lenient and (extended := mentions.partial & ids | _extended(ids, mentions, index)):
            # Under the company's registered name: "Contoso Robotics France" is Contoso Robotics.
            named |= extended
            places.append(place)
    if not lenient:
        own = _own_text(mail)
        for text, as_names in ((mail.from_name, False), (mail.subject, False), (own, True)):
            others = index.name_mentions(text, written_as_names=as_names).others
            if group_goes_on:
                others = tuple(other for other in others if not index._group_word(other.rpartition(" ")[2]))
            if others:
                return None
    if not named or len({index.name_of[iid] for iid in named}) != 1:
        return None
    return frozenset(named), f"the {' and '.join(places)} name {_company_list(named, index)}"


def _extended(ids: frozenset[str], mentions: NameMentions, index: InterviewIndex) -> frozenset[str]:
    """The interviews among ``ids`` whose company's whole name begins a longer name found."""
    return frozenset(
        iid for iid in ids for other in mentions.others if other.startswith(" ".join(index.name_of[iid]) + " ")
    )


def _person_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str],
    answers: frozenset[str] = frozenset(), known: frozenset[str] = frozenset(),
) -> _Signal | None:
    """A logged contact writing from another address (a personal one, a new employer's
    domain nobody logged): the sender is that person by name (``InterviewIndex.people_named_by``).
    A name is no address: tied only when the sender's name, the subject or the text also
    names that person's company whole and no other logged employer (or in part, with the
    role logged for it: "Quillmark - Staff Data Engineer"), or when the user's
    mail tied to that person's interview went to this very address before (``known``,
    ``SentSubjects.written_to``: the user answered them there) and the text names no other
    logged employer alone; held for review otherwise, unless its subject answers the user's
    mail tied to that person's interview (``SentSubjects``). Someone who says they left the company (``left_employer.txt``) speaks
    no longer for it: held for review whatever the text names. Bulk mail (a list, a newsletter) is never a contact writing."""
    ids = index.people_named_by(mail)
    if not ids and not _listed(mail):
        return _first_name_signal(mail, index, answers)
    if not ids or _listed(mail):
        return None
    who = f"sender {mail.from_name or mail.from_addr} <{normalise_address(mail.from_addr)}> is a logged contact by name"
    named = _named_whole(ids, mail, index, lenient=False)
    left = index.lists.left_employer.find(words(_own_text(mail)))
    if left:
        why = f"but says they left the company ('{' '.join(sorted(left)[0])}'): a person decides"
        return _Signal(ids, PERSON_CONFIDENCE, (who, why), review=True)
    if named is not None:
        named_ids, why = named
        return _Signal(named_ids, PERSON_CONFIDENCE, (who, why))
    # The company named only in part ("Quillmark" for Quillmark Software Inc.), but with the
    # role logged for it: that application.
    loose = _named_whole(ids, mail, index, lenient=True)
    roled = _roles_named(loose[0], mail, index) if loose else None
    if loose is not None and roled:
        return _Signal(roled, PERSON_CONFIDENCE, (who, loose[1], _and_the_role(roled, index)))
    written = ids & known
    if written and not _about_another(written, mail, index):
        why = f"your mail tied to {_company_list(written, index)} went to this address"
        return _Signal(written, PERSON_CONFIDENCE, (who, why))
    answering = _answering(ids, answers, mail, index, (who,), PERSON_CONFIDENCE)
    if answering is not None:
        return answering
    return _Signal(ids, PERSON_CONFIDENCE, (who, "nothing else says which company: a person decides"), review=True)


def _first_name_signal(mail: Mail, index: InterviewIndex, answers: frozenset[str]) -> _Signal | None:
    """A sender who may be a contact logged by a first name alone (``first_named_by``):
    held for review between those interviews when the message also answers the user's mail
    tied to one of them by its subject, or names its company (whole or in part) anywhere;
    never tied on a first name. Nothing otherwise: a friend of the same first name writes too."""
    ids = index.first_named_by(mail)
    if not ids:
        return None
    linked = ids & answers
    for text in (mail.from_name, mail.subject, mail.body):
        mentions = index.name_mentions(text, written_as_names=True)
        linked |= (mentions.exact | mentions.partial) & ids
    if not linked:
        return None
    who = f"sender {mail.from_name} <{normalise_address(mail.from_addr)}> has the first name of a logged contact"
    return _Signal(linked, PERSON_CONFIDENCE, (who, "a first name is no person: a person decides"), review=True)


def _forward_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str],
    known: frozenset[str] = frozenset(),
) -> _Signal | None:
    """A forward from someone nobody logged (an agency passing on its client's answer) whose
    forwarded message is a logged employer's: its sender is that employer's (a contact, an
    address at its domain) or its words name it whole, and nothing names another logged
    employer. Tied when its sender is the user's known contact for that interview (``known``:
    the user's mail tied to it went to them, ``SentSubjects.written_to``) and the message
    names its role; held for review between that employer's interviews otherwise: who
    forwards is unknown (a logged recruiter or someone at her agency is matched before this)."""
    if mail.direction != "received" or not mail.body or _listed(mail):
        return None
    from watcher.classify import forwarded_message  # the classifier reads this module: import on use
    from watcher.phrases import load_phrases

    found = forwarded_message(mail, load_phrases())
    if found is None:
        return None
    sender, text = found
    by_sender = (index.contacts.get(sender, frozenset()) | (index.company_domain(sender) or frozenset())
                 if sender else frozenset())
    named: set[str] = set(by_sender)
    for said in (mail.subject, text, _own_text(mail)):
        mentions = index.name_mentions(said, written_as_names=True)
        named |= mentions.exact
    if not named or len({index.name_of[iid] for iid in named}) != 1:
        return None
    reasons = [f"it forwards a message {'from ' + sender if by_sender else 'naming ' + _company_list(named, index)}"]
    role = _names_role(frozenset(named), mail, index)
    if role:
        reasons.append("and names the role")
    if role and known & named:
        reasons.append(f"forwarded by {normalise_address(mail.from_addr)}, whom your mail about it went to")
        return _Signal(frozenset(known & named), KIN_CONFIDENCE, tuple(reasons))
    reasons.append("forwarded by someone nobody logged: a person decides")
    return _Signal(frozenset(named), NAME_ONLY_CONFIDENCE, tuple(reasons), review=True)


def _group_mailbox_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    """A group's mailbox under another name than the employer's (``stadtwerke-gruppe.de``
    writing for its daughter company; its registered name has a group's word): tied when
    what its sender wrote names one logged employer whole and no other, that interview's
    role and its day ("Nach Ihrem Gespräch als Projektingenieur am 3. November": only who
    held it knows), held for review when it names the employer without both; None when it
    names no logged employer. An agency of a group's name offering a role at a named
    employer names no interview's day."""
    if mail.direction != "received" or not mail.body or _listed(mail):
        return None
    address = normalise_address(mail.from_addr)
    domain = _domain_of(address)
    if not domain or "." not in domain or index.is_freemail(domain) or index.job_board(address):
        return None
    if not any(part in _GROUP_WORDS for part in registered_name(domain).split("-")):
        return None
    own = _own_text(mail)
    named = index.name_mentions(own, written_as_names=True)
    said = index.name_mentions(f"{mail.from_name} {mail.subject}")
    ids = named.exact
    if named.others or said.exact - ids or len({index.name_of[iid] for iid in ids}) != 1:
        return None
    reasons = (f"sender's domain {domain} is a group's", f"its text names {_company_list(ids, index)}")
    from watcher.classify import names_calendar_day  # the classifier reads this module: import on use
    from watcher.phrases import load_phrases

    book = load_phrases()
    held = frozenset(
        iid for iid in ids
        if _names_role(frozenset({iid}), replace(mail, subject="", body=own), index)
        and names_calendar_day(own, _aware(index.interviews[iid].when).date(), book)
    )
    if held:
        return _Signal(held, KIN_CONFIDENCE, (*reasons, "the interview's role and day"))
    return _Signal(ids, NAME_ONLY_CONFIDENCE, (*reasons, "but not the interview's role and day: a person decides"),
                   review=True)


def _answering(
    ids: frozenset[str], answers: frozenset[str], mail: Mail, index: InterviewIndex, reasons: tuple[str, ...],
    confidence: float,
) -> _Signal | None:
    """The interviews among ``ids`` whose user's mail ``mail`` answers by its subject
    (``answers``, see ``SentSubjects``), unless its text names another logged employer
    and not theirs; None when it answers none of them."""
    answered = ids & answers
    if not answered or _about_another(answered, mail, index):
        return None
    why = f"its subject answers your mail tied to {_company_list(answered, index)} (its thread references are lost)"
    return _Signal(answered, confidence, (*reasons, why))


def _listed(mail: Mail) -> bool:
    """Whether ``mail`` came through a mailing list or as bulk mail (List-Id, List-Unsubscribe,
    Precedence: bulk/list/junk; RFC 2369, RFC 2919, RFC 3834)."""
    headers = mail.headers
    precedence = headers.get("precedence", "").strip().lower()
    return bool(headers.get("list-id") or headers.get("list-unsubscribe")) or precedence in ("bulk", "list", "junk")


def _domain_like(ids: frozenset[str], mail: Mail, index: InterviewIndex, reasons: tuple[str, ...]) -> _Signal:
    """The company's own domain: its interviews, or a review when the message names only
    another logged employer (a colleague's forward, a friend's news: it may not be the
    company's word at all)."""
    about = _about_another(ids, mail, index) if mail.direction == "received" else None
    if about:
        other, why = about
        return _Signal(ids | other, DOMAIN_CONFIDENCE, (*reasons, f"but it {why}"), review=True)
    return _Signal(ids, DOMAIN_CONFIDENCE, reasons)


def _platform_signal(
    mail: Mail, index: InterviewIndex, threads: Mapping[str, str], counterparts: Sequence[str]
) -> _Signal | None:
    """The employer a platform's mail names, compared as whole names (``NameMentions``).

    The first place that names an employer at all decides, in order of trust (the body of a
    platform's mail may also name other companies): the whole logged name ties; only its
    first words ("Fabrikam" for Fabrikam Analytics) hold the message for review; a longer
    name ("Fabrikam Health" for Fabrikam) is another employer and ties nothing.
    """
    on_platform = [(address, name) for address in counterparts if (name := index.platform(address))]
    if on_platform:
        platform = on_platform[0][1]
    else:
        traced = index.platform_traced(mail)
        if traced is None:
            return None
        platform = f"{traced[0]} ({traced[1]})"
    finders: tuple[tuple[str, Callable[[], NameMentions]], ...] = (
        ("display name", lambda: index.name_mentions(mail.from_name)),
        ("sender address", lambda: _address_mentions(index, [address for address, _ in on_platform])),
        ("subject", lambda: index.name_mentions(mail.subject)),
        ("body", lambda: index.name_mentions(mail.body)),
    )
    for position, (field, find) in enumerate(finders):
        named = find()
        if named.exact:
            reason = f"sent through {platform}; the {field} names {_company_list(named.exact, index)}"
            return _Signal(named.exact, PLATFORM_CONFIDENCE, (reason,))
        if named.partial:
            whole = _named_whole_later(named, [later() for _, later in finders[position + 1:]], index)
            if whole:
                reason = (f"sent through {platform}; the {field} names {_company_list(whole, index)} in part, "
                          "a later field whole and no other employer")
                return _Signal(whole, PLATFORM_CONFIDENCE, (reason,))
            reason = (
                f"sent through {platform}; the {field} names {_company_list(named.partial, index)} "
                "only in part, or with more words: cannot tell"
            )
            return _Signal(named.partial, PLATFORM_CONFIDENCE, (reason,), review=True)
        if named.others:
            reason = f"sent through {platform} for another employer ({named.others[0][:40]})"
            return _Signal(frozenset(), 0.0, (reason,))
    return None


def _named_whole_later(first: NameMentions, later: Sequence[NameMentions], index: InterviewIndex) -> frozenset[str]:
    """The interviews of the one logged employer that fields read after ``first`` name whole,
    when ``first`` named that employer only by its first words ("Talvenor Talento" for
    Talvenor Logística, then the text "Talvenor Logística"); empty when those fields name
    none, several employers, a name going on as another's, or none of ``first``'s."""
    if first.others or any(named.others for named in later):
        return frozenset()
    whole = _union(named.exact for named in later)
    if not whole or not whole <= first.partial or len({index.name_of[iid] for iid in whole}) != 1:
        return frozenset()
    return whole


def _address_mentions(index: InterviewIndex, addresses: Sequence[str]) -> NameMentions:
    exact = _union(index.companies_in_address(address) for address in addresses)
    return NameMentions(exact=exact)


def _union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*sets)


def _imitated_domain(counterparts: Sequence[str], index: InterviewIndex) -> str | None:
    """A sender domain that carries a company's domain but is not under it: a spoof."""
    for address in counterparts:
        labels = _domain_of(address).split(".")
        for start in range(len(labels) - 1):
            # Stopping short of the end: a company domain at the end is a real (sub)domain.
            for end in range(start + 2, len(labels)):
                embedded = ".".join(labels[start:end])
                if embedded in index.domains:
                    return f"sender's domain {_domain_of(address)} imitates {embedded}: never tied"
    return None


def _name_only_signal(mail: Mail, index: InterviewIndex, counterparts: Sequence[str]) -> _Signal | None:
    """The companies the sender's name or the subject names whole, or names only by their
    first words ("Contoso") while the text names them whole ("I've left Contoso Robotics")."""
    said = index.name_mentions(f"{mail.from_name} {mail.subject}")
    # The body is read for the whole name only when the fields named part of it.
    named = said.exact or said.partial and said.partial & index.companies_named(_own_text(mail), written_as_names=True)
    if not named:
        return None
    reason = f"only the name {_company_list(named, index)} links it, from an unknown address"
    return _Signal(named, NAME_ONLY_CONFIDENCE, (reason,))


def _drop_before_interview(
    ids: frozenset[str], mail: Mail, index: InterviewIndex, notes: list[str]
) -> frozenset[str]:
    """The interviews the message can be feedback or a thank-you for, by its date."""
    kept = set()
    for interview_id in sorted(ids):
        if _aware(mail.date) >= _start_of_interview_day(index.interviews[interview_id]):
            kept.add(interview_id)
            continue
        note = (
            f"sent before the interview {interview_id}: not a thank-you or follow-up"
            if mail.direction == "sent"
            else f"dated before the interview {interview_id}: context, not feedback"
        )
        if note not in notes:
            notes.append(note)
    return frozenset(kept)


# The run-up to an interview: received mail from its own contact or thread in the weeks before
# it (the invitation, the confirmation) is tied to it as context. It is never feedback: the
# policy, the news and "last heard" read only what came after the interview.
RUN_UP = timedelta(days=42)
# Received, the evidence of the employer's people that ties the run-up: a meeting's notice
# naming them, a logged contact by name who names the company whole.
RUN_UP_RECEIVED = (_calendar_signal, _person_signal)
# How far before an interview its mail may be tied at all (the run-up and a meeting's
# notice): an interview logged after its mail was read has its mail read again from here.
READ_BACK = max(RUN_UP, MEETING_RUN_UP)


def _run_up_evidence(
    find_signal: Callable[..., _Signal | None], signal: _Signal, mail: Mail, index: InterviewIndex
) -> _Signal | None:
    """``signal`` (found by ``find_signal``) as evidence that ``mail``, dated before its
    interviews, leads up to one of them; None when that kind of evidence never ties the
    run-up. Its thread or its contact, received or sent (``RUN_UP_SIGNALS``); received, a
    meeting's notice naming its people and a logged contact by name naming the employer whole
    (``RUN_UP_RECEIVED``); the logged recruiter's (``via``) only when it names that employer
    whole and no other (she writes about her other clients too). A platform's mail naming the employer whole (received, or sent to
    its reply address) and mail received from the company's domain or another of its
    domains (``_kin_signal``; a booking service there) only for the interviews whose role they name too (``_role_named``), held for review when
    they name none: before the interview a platform and a company send about every
    application, the roles the user did not log among them. Never a mailing from either
    (List-Id, List-Unsubscribe, Precedence: a newsletter, new jobs, a talent community)."""
    kind = getattr(find_signal, "func", find_signal)
    if kind in RUN_UP_SIGNALS or kind in RUN_UP_RECEIVED and mail.direction == "received":
        return signal
    if kind is _recruiter_signal:  # she writes about other clients too: only when she names this one
        named = _named_whole(signal.ids, mail, index, lenient=False)
        return None if named is None else _Signal(named[0], signal.confidence, (*signal.reasons, named[1]))
    if kind is not _platform_signal and (kind not in (_domain_signal, _kin_signal) or mail.direction != "received"):
        return None
    if _listed(mail):
        return None
    named = _roles_named(signal.ids, mail, index)
    if not named and (moment := _moment_named(signal.ids, mail, index)):
        return replace(signal, ids=moment, reasons=(*signal.reasons, "and the interview's day and hour"))
    if not named:
        return replace(signal, review=True, reasons=(*signal.reasons, "but not the role: a person decides"))
    return replace(signal, ids=named, reasons=(*signal.reasons, _and_the_role(named, index)))


def _roles_named(ids: Iterable[str], mail: Mail, index: InterviewIndex) -> frozenset[str]:
    """The interviews among ``ids`` whose logged role ``mail`` names whole (``_role_named``)."""
    return frozenset(iid for iid in ids if _role_named(index.interviews[iid].role or "", mail))


def _and_the_role(ids: Iterable[str], index: InterviewIndex) -> str:
    """The reason that names the logged roles of ``ids``: "and the role Data Engineer"."""
    return "and the role " + " and ".join(sorted({index.interviews[iid].role or "" for iid in ids}))


BOOKING_CONFIDENCE = 0.7  # a scheduling platform's booking naming the role and the interview's moment


def _booking_of_interview_ahead(mail: Mail, index: InterviewIndex) -> Match | None:
    """The interview a scheduling platform's notice (sent from a booking service's own domain,
    ``scheduling = true`` in platforms.toml: "Confirmed: Senior Data Engineer - First Interview
    with Priya Nair on Thursday, November 5, 2026") books, when it names no employer: the one
    interview within RUN_UP after it whose calendar day and hour it names and whose role it
    names whole. None otherwise: a day and an hour alone may be any meeting's."""
    if mail.direction != "received" or _listed(mail):
        return None
    service = _lookup_domain(_domain_of(normalise_address(mail.from_addr)), index.lists.scheduling_domains)
    if service is None:
        return None
    ahead = _ahead_within_run_up(frozenset(index.interviews), mail, index)
    booked = _roles_named(_moment_named(ahead, mail, index), mail, index)
    if len(booked) != 1:
        return None
    reasons = (f"sent through {service}", f"naming the interview's day and hour {_and_the_role(booked, index)}")
    return _run_up(_Signal(booked, BOOKING_CONFIDENCE, reasons), mail, index)


def _moment_named(ids: frozenset[str], mail: Mail, index: InterviewIndex) -> frozenset[str]:
    """The interviews among ``ids`` whose calendar day and hour (in the user's zone, or in
    UTC) the subject or the text of ``mail`` names: a booking's confirmation or reminder
    names the meeting it is about so ("Donnerstag, 05.11.2026, 10:00 Uhr", "jeudi 19
    novembre 2026, 11:00"), where no role is said. One company's two interviews are never
    at one moment."""
    from watcher.classify import named_times, names_calendar_day  # the classifier reads this module
    from watcher.phrases import load_phrases

    book = load_phrases()
    text = f"{mail.subject}\n{_own_text(mail)}"
    hours = set(named_times(text))
    found = set()
    for iid in ids:
        logged = _aware(index.interviews[iid].when)
        for when in (logged, logged.astimezone(index.zone or UTC)):  # equal instants: a set would keep one
            if when.time().replace(second=0, microsecond=0) in hours and names_calendar_day(text, when.date(), book):
                found.add(iid)
    return frozenset(found)


def _role_named(role: str, mail: Mail) -> bool:
    """Whether the subject or the body of ``mail`` names ``role`` whole
    (``_role_written_whole``), or without what the logged title adds in brackets ("Backend
    Developer" for "Backend Developer (m/w/d)", "Data Analyst" for "Data Analyst (CDI)")."""
    bare = re.sub(r"\s*\([^)]*\)", " ", role).strip()
    forms = [role] + ([bare] if bare and bare != role.strip() else [])
    return any(_role_written_whole(form, text) for form in forms for text in (mail.subject, mail.body or ""))


# A feminine job title's endings and the masculine an employer's generic title uses instead
# ("Backend-Entwickler (m/w/d)" for a logged "Backend-Entwicklerin", "Développeur" for
# "Développeuse", "Ingeniero" for "Ingeniera", "Sviluppatore" for "Sviluppatrice").
_MASCULINE_ENDINGS = (
    (re.compile(r"(?<=\w\w\w)erin\b", re.IGNORECASE), "er"),
    (re.compile(r"(?<=\w\w)euse\b", re.IGNORECASE), "eur"),
    (re.compile(r"(?<=\w\w)trice\b", re.IGNORECASE), "teur"),
    (re.compile(r"(?<=\w\w)trice\b", re.IGNORECASE), "tore"),
    (re.compile(r"(?<=\w\w)i[eè]re\b", re.IGNORECASE), "ier"),
    (re.compile(r"(?<=\w\w\w)dora\b", re.IGNORECASE), "dor"),
    (re.compile(r"(?<=\w\w\w)iera\b", re.IGNORECASE), "iero"),
)


def _masculine_forms(role: str) -> list[str]:
    """The masculine forms of a feminine job title, one per kind of ending it has (none for
    a title with no feminine ending)."""
    forms = []
    for pattern, ending in _MASCULINE_ENDINGS:
        male = pattern.sub(ending, role)
        if male != role and male not in forms:
            forms.append(male)
    return forms


def _ahead_within_run_up(ids: frozenset[str], mail: Mail, index: InterviewIndex) -> frozenset[str]:
    """The interviews of ``ids`` that ``mail`` is dated before, by no more than ``RUN_UP``."""
    moment = _aware(mail.date)
    return frozenset(
        iid for iid in ids if moment < _start_of_interview_day(index.interviews[iid]) <= moment + RUN_UP)


def _run_up(signal: _Signal, mail: Mail, index: InterviewIndex) -> Match | None:
    """The interview a message (received or sent) leads up to: the first of the signal's
    interviews after it, within RUN_UP; None when there is none or two fit that day."""
    ahead = [index.interviews[iid] for iid in _ahead_within_run_up(signal.ids, mail, index)]
    if not ahead:
        return None
    first = min(_aware(iv.when) for iv in ahead)
    nearest = [iv for iv in ahead if _aware(iv.when) == first]
    if len(nearest) > 1:
        return None
    (chosen,) = nearest
    dated = "sent" if mail.direction == "sent" else "dated"
    reason = f"{dated} before the interview {chosen.id}: context, not feedback"
    return Match(interview=chosen.id, confidence=round(signal.confidence, 2), reasons=(*signal.reasons, reason))


def _told_apart_from_ahead(timely: frozenset[str], ids: frozenset[str], mail: Mail, index: InterviewIndex) -> bool:
    """Whether a received message fits both interviews it may be news of (``timely``) and
    interviews still ahead of it (the rest of ``ids``) that are another company's or another
    role's: then it may as well lead up to one of those (the same contact, the same recruiter).
    A later round of the same role is not told apart: the message is the earlier one's."""
    ahead = ids - timely
    if mail.direction != "received" or not ahead:
        return False
    label = {iid: (index.name_of[iid], tuple(words(index.interviews[iid].role or ""))) for iid in ids}
    return any(label[later] != label[past] for later in ahead for past in timely)


def _between_past_and_ahead(
    signal: _Signal, timely: frozenset[str], mail: Mail, index: InterviewIndex, may_lead_up: bool
) -> Match:
    """A received message that fits interviews already held (``timely``) and others still
    ahead of it: the one its subject or text names (company, then role), when that is one of
    those held (news of it) or, for a contact or a thread, one still ahead (its run-up);
    about one still ahead otherwise, it is tied to nothing; held for review when nothing
    tells them apart."""
    ids, reasons = signal.ids, signal.reasons
    if len({index.name_of[iid] for iid in ids}) > 1:
        named, named_reasons, decided = _narrow_by_company(ids, mail, index, reasons)
        if decided:
            ids, reasons = named, named_reasons
    if len(ids) > 1:
        ids, reasons = _narrow_by_role(ids, mail, index, reasons)
    if ids <= timely:
        return _settle(_Signal(ids, signal.confidence, reasons), mail, index)
    if ids.isdisjoint(timely):
        led_up = _run_up(_Signal(ids, signal.confidence, reasons), mail, index) if may_lead_up else None
        if led_up is not None:
            return led_up
        ahead = _company_list(ids, index)
        return Match(interview=None, confidence=0.0, reasons=(*reasons, f"about the coming interview with {ahead}"))
    return _review(ids, signal.confidence, reasons + ("news of an interview held, or about one still ahead",))


def _start_of_interview_day(interview: Interview) -> datetime:
    # Same-day grace: a thank-you or a note sent on the day counts even if the logged
    # time is a little late.
    when = _aware(interview.when)
    return datetime.combine(when.date(), time.min, tzinfo=when.tzinfo)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# --------------------------------------------------------------------------- tie-breaking


def _settle(signal: _Signal, mail: Mail, index: InterviewIndex) -> Match:
    """One interview from the signal's candidates, or a review when they cannot be told apart."""
    ids, reasons = signal.ids, signal.reasons
    confidence = signal.confidence
    if len(ids) > 1:
        ids, reasons, decided = _narrow_by_company(ids, mail, index, reasons)
        if not decided:
            return _review(ids, confidence, reasons + ("several companies fit",))
        confidence -= CHOICE_PENALTY
    if len(ids) > 1:
        ids, reasons = _narrow_by_role(ids, mail, index, reasons)
    if len(ids) > 1:
        chosen, why = _pick_by_recency(ids, mail, index)
        if chosen is None:
            return _review(ids, confidence, reasons + (why,))
        return Match(
            interview=chosen, confidence=round(confidence - CHOICE_PENALTY, 2), reasons=reasons + (why,)
        )
    (only,) = ids
    return Match(interview=only, confidence=round(confidence, 2), reasons=reasons)


def _narrow_by_company(
    ids: frozenset[str], mail: Mail, index: InterviewIndex, reasons: tuple[str, ...]
) -> tuple[frozenset[str], tuple[str, ...], bool]:
    """Keep one company's interviews when the subject and the body name exactly one of them
    between them; the body is what its sender wrote now (``_own_text``), else the whole body
    when that names none (a recruiter forwarding her client's mail), else the addresses at a
    company's domain the body holds (the forwarded mail's header). Decided is False when
    they name none, or several ("Re: Tailspin feedback" whose text is news from Wingtip)."""
    companies = {index.name_of[iid] for iid in ids}
    if len(companies) == 1:
        return ids, reasons, True
    body_named = index.companies_named(_own_text(mail)) & ids or index.companies_named(mail.body) & ids
    named: frozenset[str] = frozenset()
    for field, found in (("subject", index.companies_named(mail.subject) & ids), ("body", body_named)):
        if found:
            named |= found
            reasons += (f"the {field} names {_company_list(found, index)}",)
    if not named:
        # No name, but the address of a company's own in the body: the header of the client's
        # mail a recruiter forwards ("Van: Sanne de Wit <sanne.dewit@dijkstraveen.nl>").
        found = frozenset().union(*(index.company_domain(address) or frozenset()
                                    for address in _ADDRESS.findall(mail.body or ""))) & ids
        if found:
            named = found
            reasons += (f"the body holds an address of {_company_list(found, index)}",)
    decided = len({index.name_of[iid] for iid in named}) == 1
    return (named or ids), reasons, decided


def _narrow_by_role(
    ids: frozenset[str], mail: Mail, index: InterviewIndex, reasons: tuple[str, ...]
) -> tuple[frozenset[str], tuple[str, ...]]:
    """Two interviews with one company for different roles: keep the one the message names."""
    roles = {iid: tuple(words(index.interviews[iid].role or "")) for iid in ids}
    table = NameTable.of(role for role in roles.values() if role)
    for field, text in (("subject", mail.subject), ("body", mail.body)):
        found = table.find(words(text or ""))
        named = frozenset(iid for iid, role in roles.items() if role in found)
        if len(named) == 1:
            role = index.interviews[next(iter(named))].role
            return named, reasons + (f"the {field} names the role {role}",)
    return ids, reasons


def _pick_by_recency(ids: frozenset[str], mail: Mail, index: InterviewIndex) -> tuple[str | None, str]:
    """The only interview still open when the message came; else, when the open ones are
    rounds of one process (one company, one role logged with each), the latest round held
    by the message's day (``ids`` holds none later): the thank-you, the decision or the
    offer after a second round is about that round, the one before it had its answer in
    the invitation to it; else the most recent closed one. None (review) for open
    interviews for different roles."""
    interviews = sorted((index.interviews[iid] for iid in ids), key=lambda iv: _aware(iv.when), reverse=True)
    moment = _aware(mail.date)
    still_open = [iv for iv in interviews if iv.closed_at is None or _aware(iv.closed_at) > moment]
    if len(still_open) > 1 and _rounds_of_one_process(still_open, index):
        return still_open[0].id, f"the latest of {len(still_open)} rounds by then ({still_open[0].id})"
    if len(still_open) > 1:
        return None, f"{len(still_open)} open interviews fit equally well"
    if len(still_open) == 1:
        return still_open[0].id, f"the only one of {len(ids)} interviews still open ({still_open[0].id})"
    return interviews[0].id, f"the most recent of {len(ids)} closed interviews ({interviews[0].id})"


def _rounds_of_one_process(interviews: Sequence[Interview], index: InterviewIndex) -> bool:
    """Whether ``interviews`` are rounds of one application: one company's (its name as
    the index compares names, ``InterviewIndex.name_of``) for one role logged with each.
    Without a role they may be two applications: never rounds."""
    roles = {tuple(words(iv.role or "")) for iv in interviews}
    return len({index.name_of[iv.id] for iv in interviews}) == 1 and len(roles) == 1 and () not in roles


def _review(ids: Iterable[str], confidence: float, reasons: tuple[str, ...]) -> Match:
    return Match(
        interview=None,
        confidence=round(min(confidence, 0.5), 2),
        reasons=reasons,
        review=True,
        candidates=tuple(sorted(ids)),
    )


def _company_list(ids: Iterable[str], index: InterviewIndex) -> str:
    names = sorted({index.interviews[iid].company for iid in ids})
    return " and ".join(names)
