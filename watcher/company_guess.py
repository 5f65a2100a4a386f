"""The employer's name (and the role) in an invitation from a company not logged yet.

A suggested interview needs a company. A sender's display name is often a role
("Hiring", "Recruiting Team"), so it is never used. The name is looked for, in order,
in the subject ("Interview with Contoso Robotics", "Interview invitation – Contoso"; never
a job title, "Interview invitation – Data Engineer"),
in the body ("the Backend role at Contoso Robotics", "on behalf of Contoso"), in the
signature (a line naming a legal form, "Contoso Robotics GmbH", or "Talent Team |
Contoso"), and last in the sender's own domain ("contoso-robotics.com" -> "Contoso
Robotics") unless it is a free-mail or platform domain. None when nothing names it.
"""

from __future__ import annotations

import re

from watcher.match import default_lists

# A name: up to four capitalised words ("Contoso Robotics", "AT&T", "Mercado Libre").
_NAME = r"([A-Z][\w&'.\-]*(?:[ \t]+(?:[A-Z0-9][\w&'.\-]*|&|of|and|de|du|la|von)){0,3})"
_SUBJECT_PATTERNS = (
    re.compile(rf"\b(?:interview|call|chat|meeting)\s+(?:with|at|bei|chez|con)\s+{_NAME}"),
    re.compile(rf"\b(?:with|bei|chez)\s+{_NAME}\s*$"),
    re.compile(rf"[\-\u2013\u2014|:]\s*{_NAME}\s*$"),
    re.compile(rf"^{_NAME}\s*[\-\u2013\u2014|:]"),
)
_BODY_PATTERNS = (
    re.compile(rf"\b(?:position|role|job|opening|vacancy|team|opportunity)\s+(?:at|with|bei|chez)\s+{_NAME}"),
    re.compile(rf"\bon behalf of\s+{_NAME}"),
    re.compile(rf"\b(?:interview|speak|talk|meet)\s+with\s+(?:us\s+at\s+|the\s+team\s+at\s+)?{_NAME}"),
    re.compile(rf"\b(?:join(?:ing)?|here at)\s+{_NAME}"),
)
_SIGNATURE_ROLE = re.compile(
    rf"^(?:{_NAME}\s+(?:Recruiting|Recruitment|Talent(?: Acquisition)?|Careers|People|HR)\b"
    rf"|(?:Recruiting|Recruitment|Talent(?: Acquisition)?|People|HR|Recruiter)[^|,\u2013\u2014\-]*[|,\u2013\u2014\-]\s*{_NAME})"
)
# Words that start a phrase, not a name.
_NOT_NAMES = frozenset(
    "your our the a an this next final first second technical interview invitation invite hiring "
    "recruiting recruitment talent team hr people careers hello hi dear thanks thank we you i "
    "re fwd aw wg tr monday tuesday wednesday thursday friday saturday sunday "
    # "interview" and "invitation" in the other languages a subject opens with
    "entretien convocation einladung gespräch vorstellungsgespräch entrevista invitación convite "
    "uitnodiging gesprek sollicitatiegesprek colloquio invito".split()
)


def company_named(subject: str, body: str | None, from_addr: str) -> str | None:
    """The employer named by an invitation, or None; see the module docstring for the order."""
    for pattern in _SUBJECT_PATTERNS:
        name = _first(pattern, subject)
        if name:
            return name
    text = body or ""
    for pattern in _BODY_PATTERNS:
        name = _first(pattern, text)
        if name:
            return name
    name = _from_signature(text)
    return name or _from_domain(from_addr)


# Where an invitation names the role: "the Backend Engineer role", "the position of Data
# Engineer", "le poste de Data Analyst", "die Position als Data Engineer".
_ROLE_PATTERNS = (
    re.compile(rf"\b(?:the|our|a|an)\s+{_NAME}\s+(?:role|position|opening|vacancy)\b"),
    re.compile(r"\b(?:position|role|vacancy|opening)\s+(?:of|as)\s+(?:an?\s+)?" + _NAME),
    re.compile(r"\b(?:Position|Stelle)\s+(?:als|eines|einer)\s+" + _NAME),
    re.compile(r"\b(?:poste|puesto|cargo|posizione|ruolo|vaga|functie|rol)\s+(?:de|d'|di|del|van|als)\s*" + _NAME),
)
# What separates the parts of a subject ("Interview invitation - Data Engineer").
_SUBJECT_PARTS = re.compile(r"\s+[\-\u2013\u2014|]\s+|\s*[:|/]\s*")


def role_named(subject: str, body: str | None) -> str | None:
    """The job title an invitation names, or None: a part of its subject that is a title
    ("Interview invitation - Data Engineer", "Entretien : Ingénieur données"), else the
    title its text gives a role or position ("for the Backend Engineer role", "für die
    Position als Data Engineer"). A title is told by its first or last word
    (``role_nouns.txt``); nothing that is not one is returned."""
    for part in _SUBJECT_PARTS.split(subject):
        name = _clean(part)
        if name and len(name.split()) <= 6 and _is_role(name):
            return name
    for pattern in _ROLE_PATTERNS:
        for found in pattern.finditer(body or ""):
            name = _clean(found.group(1))
            if name and _is_role(name):
                return name
    return None


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    for found in pattern.finditer(text):
        name = _clean(next(g for g in found.groups() if g))
        if name and not _is_role(name):
            return name
    return None


def _is_role(name: str) -> bool:
    """Whether ``name`` is a job title ("Data Engineer", "Senior Entwickler"), not an
    employer: its first or last word is one a title is named by (``role_nouns.txt``;
    first for "Ingénieur données", "Ingeniero de datos")."""
    nouns = default_lists().role_nouns
    words = name.split()
    return any(word.casefold().strip(".,") in nouns for word in (words[0], words[-1]))


def _clean(name: str) -> str | None:
    words = name.strip(" .,'").split()
    # A name ends where its sentence does ("joining Initech. We would like..."): at a word
    # ending in a full stop that is no initial ("J. Crew") and no abbreviation with stops
    # inside ("S.p.A.").
    for i, word in enumerate(words[:-1]):
        stem = word.rstrip(".")
        if word.endswith(".") and len(stem) > 1 and "." not in stem:
            words = words[: i + 1]
            break
    while words and words[0].casefold() in _NOT_NAMES:
        words.pop(0)
    while words and words[-1].casefold() in _NOT_NAMES | {"on", "for", "at", "and", "of"}:
        words.pop()
    if words and "." not in words[-1].rstrip("."):
        words[-1] = words[-1].rstrip(".")
    return " ".join(words).strip(" ,'") or None


def _from_signature(body: str) -> str | None:
    lines = [line.strip() for line in body.strip().splitlines() if line.strip()][-6:]
    legal = default_lists().legal_suffixes
    for line in reversed(lines):
        found = _SIGNATURE_ROLE.match(line)
        if found:
            name = _clean(next(g for g in found.groups() if g))
            if name:
                return name
        words = line.rstrip(".").split()
        if 1 < len(words) <= 5 and words[-1].casefold().strip(".") in legal and words[0][:1].isupper():
            return " ".join(words)
    return None


def _from_domain(address: str) -> str | None:
    domain = address.rpartition("@")[2].lower()
    lists = default_lists()
    if not domain or domain in lists.freemail_domains or domain.startswith(lists.freemail_prefixes):
        return None
    if any(domain == d or domain.endswith("." + d) for d in lists.platforms):
        return None
    label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
    return label.replace("-", " ").title() or None
