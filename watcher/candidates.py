"""The server-side search for the mail that may concern an interview.

``candidate_query`` turns what ``match.may_concern`` and the invitation test look at into
header substrings a server can search for (RFC 3501 SEARCH, case-insensitive substrings):
a superset of what they let through, so that reading the header fields of the candidates
only gives the same matches as reading every header. Each term, and why it is enough:

- senders (From and Reply-To): each contact's and recruiter's address, and its
  ``local+`` with ``@domain`` for plus-tag variants; each company domain and each
  applicant-tracking or scheduling platform's domain (a substring also finds subdomains)
  and whole address (Google Calendar's);
  the user's own addresses (mail from the user is judged by its recipients); the
  companies' and agencies' registered domains and names, which find their other domains
  (``kin_terms``);
- senders (received mail): the terms that find each contact and recruiter whose address
  names a person at another address (``match.Person.terms``: ``claire.morel`` finds
  ``claire.morel.rh@gmail.com``, ``stefanie koch`` finds "Stefanie Koch <s.k@gmx.de>");
  ``match.may_concern`` passes such mail only when one of them is in From;
- senders and subjects: the longest word of each company's name, as logged and as
  compared (accents removed), since a name may be named in the sender's name or subject,
  and the first word of a name of several words (``first_words``);
- subjects (received mail): each logged role, as written and as compared (accents
  removed): a job board's status of one application may name only the role in its
  subject (``match._may_be_board_status``); and each contact's and recruiter's name as a
  display name writes it, and their surname: a job board's notice of a message may name
  only its writer ("Sabine Hartmann hat Ihnen eine Nachricht geschickt");
- subjects: the invitation words (``data/invitation_subjects.txt``), and the forward
  prefixes of every language ("fwd:", "wg:", "rv:", "tr :" ...): a forward's header fields
  may name nothing its forwarded message does (``match._may_forward``);
- references (In-Reply-To and References): the Message-IDs of every message already
  tied to an interview (``threads``).

The sent folder's mail is the user's, judged by whom it went to (``sent=True``): the
contacts', recruiters', company and platform terms are looked for in To and Cc
(recipients) instead, the user's own addresses are left out (never a counterpart), and
the name terms stay in From (the user's display name) and Subject; no invitation words
(an invitation is received mail).

Job boards and ignored senders are not left out here: ``may_concern`` still decides on
each candidate's header fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from watcher.match import MIN_REGISTERED_NAME, InterviewIndex
from watcher.sources import CandidateQuery

_WORD = re.compile(r"[^\W_]+")


def candidate_query(
    index: InterviewIndex,
    threads: Mapping[str, str],
    me: Iterable[str],
    invitation_words: Iterable[str],
    *,
    sent: bool = False,
) -> CandidateQuery:
    """The query for the interviews in ``index`` (see the module docstring); ``sent``: for
    the sent folder."""
    people = [*index.contacts, *index.recruiters]
    if not sent:
        people += [address.lower() for address in me]
    addresses: list[str] = []
    pairs: list[tuple[str, str]] = []
    for address in people:
        addresses.append(address)
        local, _, domain = address.rpartition("@")
        if local and domain:
            pairs.append((f"{local}+", f"@{domain}"))
    addresses += [*index.domains, *index.lists.platforms, *index.lists.platform_senders, *kin_terms(index)]
    names = sorted({
        term
        for interview_id, interview in index.interviews.items()
        for term in _name_terms(interview.company, index.name_of.get(interview_id, ()))
    })
    names += first_words(index)
    subjects = names if sent else [*names, *role_terms(index), *name_terms(index), *invitation_words,
                                   *forward_terms()]
    references = sorted({reference.strip().strip("<>") for reference in threads if reference.strip("<> ")})
    if sent:
        return CandidateQuery(
            senders=_unique(names),
            recipients=_unique(addresses),
            recipient_pairs=tuple(dict.fromkeys(pairs)),
            subjects=_unique(subjects),
            references=tuple(references),
        )
    people = sorted({term for person in index.people for term in person.search_terms()})
    return CandidateQuery(
        senders=_unique([*addresses, *names, *people]),
        sender_pairs=tuple(dict.fromkeys(pairs)),
        subjects=_unique(subjects),
        references=tuple(references),
    )


def forward_terms() -> list[str]:
    """The forward prefixes of the phrase books as a subject holds them: "fwd:" and "fwd :"."""
    from watcher.phrases import bundled_forward_prefixes

    return [f"{prefix}{gap}:" for prefix in bundled_forward_prefixes() for gap in ("", " ")]


_ROLE_PUNCTUATION = re.compile(r"[^\w\s-]|_")


def role_terms(index: InterviewIndex) -> list[str]:
    """Each logged role as a subject may hold it, lower-cased, as written and without
    accents: its longest stretch of words, spaces and hyphens ("softwareentwickler
    lagerverwaltung" of "Softwareentwickler Lagerverwaltung (m/w/d)"), which every subject
    naming the role holds, and which a server's search takes as one string."""
    terms = set()
    for interview in index.interviews.values():
        pieces = [" ".join(piece.split()) for piece in _ROLE_PUNCTUATION.split(interview.role or "")]
        longest = max(pieces, key=len, default="").casefold()
        if longest:
            terms.update((longest, _fold(longest)))
    return sorted(terms)


def name_terms(index: InterviewIndex) -> list[str]:
    """What finds each logged person's name in a subject (``match.InterviewIndex.people_named_in``,
    which ``match._may_be_board_status`` asks of a job board's subject): the name as a display
    name writes it ("stefanie koch") and the surname of one logged by an initial (``hartmann``
    of ``s.hartmann@``)."""
    return sorted({term for person in index.people
                   for term in (*(term for term in person.terms if " " in term), person.surname) if term})


def kin_terms(index: InterviewIndex) -> list[str]:
    """What finds the other domains of the companies and agencies (``InterviewIndex.kin_domain``,
    ``agency_kin``): their registered domains, and their registered names long enough to be
    evidence under another suffix (``contoso`` finds ``contoso.es``, ``talentis`` finds
    ``talentis-group.com``)."""
    names = [name for name in (*index.registered_names, *index.agency_names) if len(name) >= MIN_REGISTERED_NAME]
    return [*index.registered, *index.agencies, *names]


def first_words(index: InterviewIndex) -> list[str]:
    """The first word of each company's name of several words, long enough to be searched
    (``contoso`` of Contoso Robotics): a domain may carry it (``gruppo-aurora.it``), and a
    sender's name or subject may name the company by it alone while the text names it whole."""
    return sorted({
        name[0] for name in index.name_of.values() if len(name) > 1 and len(name[0]) >= MIN_REGISTERED_NAME
    })


def _unique(terms: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(term for term in terms if term))


def _name_terms(company: str, name: tuple[str, ...]) -> set[str]:
    """The longest word of a company's name (its words as compared, legal forms left
    out), without accents and as written."""
    if not name:
        return set()
    longest = max(name, key=len)
    terms = {longest}
    for written in _WORD.findall(company):
        if _fold(written) == longest:
            terms.add(written.casefold())
    return terms


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
