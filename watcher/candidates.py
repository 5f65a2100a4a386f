"""The server-side search for the mail that may concern an interview.

``candidate_query`` turns what ``match.may_concern`` and the invitation test look at into
header substrings a server can search for (RFC 3501 SEARCH, case-insensitive substrings):
a superset of what they let through, so that reading the header fields of the candidates
only gives the same matches as reading every header. Each term, and why it is enough:

- senders (From and Reply-To): each contact's and recruiter's address, and its
  ``local+`` with ``@domain`` for plus-tag variants; each company domain and each
  applicant-tracking or scheduling platform's domain (a substring also finds subdomains);
  the user's own addresses (mail from the user is judged by its recipients);
- senders and subjects: the longest word of each company's name, as logged and as
  compared (accents removed), since a name may be named in the sender's name or subject;
- subjects: the invitation words (``data/invitation_subjects.txt``);
- references (In-Reply-To and References): the Message-IDs of every message already
  tied to an interview (``threads``).

Job boards and ignored senders are not left out here: ``may_concern`` still decides on
each candidate's header fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from watcher.match import InterviewIndex
from watcher.sources import CandidateQuery

_WORD = re.compile(r"[^\W_]+")


def candidate_query(
    index: InterviewIndex,
    threads: Mapping[str, str],
    me: Iterable[str],
    invitation_words: Iterable[str],
) -> CandidateQuery:
    """The query for the interviews in ``index`` (see the module docstring)."""
    senders: list[str] = []
    pairs: list[tuple[str, str]] = []
    for address in (*index.contacts, *index.recruiters, *(a.lower() for a in me)):
        senders.append(address)
        local, _, domain = address.rpartition("@")
        if local and domain:
            pairs.append((f"{local}+", f"@{domain}"))
    senders += [*index.domains, *index.lists.platforms]
    names = sorted({
        term
        for interview_id, interview in index.interviews.items()
        for term in _name_terms(interview.company, index.name_of.get(interview_id, ()))
    })
    senders += names
    subjects = [*names, *invitation_words]
    references = sorted({reference.strip().strip("<>") for reference in threads if reference.strip("<> ")})
    return CandidateQuery(
        senders=tuple(dict.fromkeys(s for s in senders if s)),
        sender_pairs=tuple(dict.fromkeys(pairs)),
        subjects=tuple(dict.fromkeys(s for s in subjects if s)),
        references=tuple(references),
    )


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
