"""Drafts the user can send as they are: thank-you, follow-ups, a request for feedback, a holding reply.

Each draft is a text file under ``watcher/data/templates/`` named after its action
(``follow_up_1.txt``): a first line ``Subject: ...``, a blank line, then the body. They use
``string.Template`` placeholders:

``$company``, ``$position`` ("the Data Engineer position", or "the position" when no role was
logged), ``$role`` ("Data Engineer"; when no role was logged it is left out together with the
blank before it, so a template's "the $role position" reads "the position"),
``$interview_date`` ("Tuesday 3 November"), ``$greeting`` ("Hello Anna," or "Hello,"),
``$contact_name`` ("Anna", or empty when unknown), ``$my_name``, and for the holding reply
``$reply_by`` and ``$their_subject`` (the subject of the message it answers, which the caller
gives in ``context``; "ROLE position at COMPANY", or "The position at COMPANY", without one).
A ``context`` mapping adds or overrides any of them.

A thank-you that goes to the recruiter the interview came through (no interviewer's address
is known, or the recruiter is the one to write to) is ``thank_you_recruiter.txt``: it thanks the
recruiter for putting the user forward and asks them to pass the thanks on, since the
recruiter was not in the room.

A file of the same name in the user's ``templates_dir`` replaces the bundled one; a new file
there (``offer_deadline.txt``) adds a draft for an action that has none by default.

A draft with nobody to write to (no contact, no recruiter, a no-reply sender) keeps ``to``
empty; every place that shows it says so in the words of ``nobody_known``, and a draft filed
in a mailbox is addressed to ``address-unknown@notice.watcher.invalid`` under that name, an
address that can never be delivered, so that it is not sent to nobody by mistake.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from string import Template
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

import structlog

from watcher.calendar_names import MONTHS, WEEKDAYS
from watcher.model import ACTIONS, HEARD_BACK_ACTION, Draft, Interview, Mail
from watcher.notify.marks import NOTICE_ID_DOMAIN, mark
from watcher.senders import is_no_reply

log = structlog.get_logger(__name__)

_LOCAL_PART_WORDS = re.compile(r"[._\-+]")
# "$role" or "${role}" with the blanks before it, taken out of a template when no role is known.
_ROLE_PLACEHOLDER = re.compile(r"[ \t]*\$(?:role\b|\{role\})")
_DEFAULT_REPLY_BY = "the end of the week"
# See watcher.notify.smtp.UNFOLDED: a long subject must not be folded onto its own line.
_UNFOLDED = default.clone(max_line_length=998)


class DraftTemplateError(ValueError):
    """A template file that does not have the shape "Subject: ...", blank line, body."""


def render_draft(
    action: str,
    *,
    interview: Interview,
    recipients: Sequence[str],
    me_name: str | None,
    templates_dir: Path | None,
    context: Mapping[str, str] | None = None,
    timezone: str | None = None,
    display_name: str = "",
) -> Draft | None:
    """The draft for ``action``, or None when the action has no draft (move_on, offer_deadline, news).

    ``timezone`` (an IANA name) sets the day the interview is said to be on; UTC when None.
    ``display_name``: the first recipient's name as their own mail gives it (``contact_name``).
    Raises ValueError for an action the product does not know and DraftTemplateError for a
    template file without a subject line.
    """
    if not action.isidentifier():
        raise ValueError(f"no draft for unknown action {action!r}")
    template_text = None
    if action == "thank_you" and interview.via and tuple(recipients) == (interview.via,):
        template_text = _template_text("thank_you_recruiter", templates_dir)
    template_text = template_text or _template_text(action, templates_dir)
    if template_text is None:
        if action in ACTIONS or action == HEARD_BACK_ACTION:
            return None
        raise ValueError(f"no draft for unknown action {action!r}")
    values = _values(interview, recipients, me_name, timezone, display_name) | dict(context or {})
    if not values.get("role"):
        template_text = _ROLE_PLACEHOLDER.sub("", template_text)
    subject_template, body_template = _split(template_text, action)
    return Draft(
        to=tuple(recipients),
        subject=Template(subject_template).safe_substitute(values).strip(),
        body=_tidy(Template(body_template).safe_substitute(values)),
    )


# What mail programs put before a reply's subject ("Re:", "AW:", "SV:", "Antw:", "R:", "RIF:",
# "Res:", "Odp:", numbered "Re[2]:"), taken off before the draft's own "Re:" is put on.
_REPLY_PREFIXES = re.compile(r"(\s*(re|aw|sv|antw|antwoord|r|rif|res|resp|odp)\s*(\[\d+\])?\s*:)+\s*", re.IGNORECASE)


def their_subject(subject: str) -> str:
    """The subject of the message a reply answers, without its reply prefixes, for the
    reply template's ``Re: $their_subject``: "RE: Re: Next steps" -> "Next steps"."""
    return _REPLY_PREFIXES.sub("", subject, count=1).strip() if _REPLY_PREFIXES.match(subject) else subject.strip()


def nobody_known(interview_id: str) -> str:
    """What a draft with no recipient says in place of the address, with what to do."""
    return f"nobody known: add a contact with `watcher interview edit {interview_id} --add-contact ADDRESS`"


# Where a filed draft with nobody to write to is addressed: ``.invalid`` never resolves (RFC 2606).
_ADDRESS_UNKNOWN = f"address-unknown@{NOTICE_ID_DOMAIN}"


def mailto(draft: Draft) -> str:
    """The draft as a ``mailto:`` URI (RFC 6068) that opens it in the user's mail program."""
    to = ",".join(quote(address, safe="@") for address in draft.to)
    query = urlencode({"subject": draft.subject, "body": draft.body}, quote_via=quote)
    return f"mailto:{to}?{query}"


def draft_message_id(interview_id: str, action: str, key: str, sender: str) -> str:
    """The same ``<...>`` Message-ID for the same step's draft every time, so it is filed once;
    in watcher's own domain part with the ``.draft`` ending, so it carries the draft's mark."""
    digest = hashlib.sha256(f"{sender}\0{interview_id}\0{action}\0{key}".encode()).hexdigest()[:32]
    return f"<{digest}.draft@{NOTICE_ID_DOMAIN}>"


def draft_to_mime(draft: Draft, sender: str, message_id: str | None = None, *, name: str | None = None) -> bytes:
    """An RFC 5322 message with CRLF line ends, ready for IMAP APPEND with the \\Draft flag.

    From ``sender`` (an address, or a whole From value when ``name`` is None) with ``name``
    (``[me] name``, which signs the body) as its display name. ``message_id`` (``<...>``) names it; a fresh one is made when None. With no
    recipient it is addressed to an undeliverable placeholder whose name says to write the address."""
    message = EmailMessage(policy=_UNFOLDED)
    message["From"] = Address(display_name=name, addr_spec=sender) if name else sender
    if draft.to:
        message["To"] = ", ".join(draft.to)
    else:  # never an empty To that reads as a draft ready to send: a name saying what to do
        message["To"] = Address(display_name="nobody known: write the address here", addr_spec=_ADDRESS_UNKNOWN)
    message["Subject"] = draft.subject
    message["Date"] = format_datetime(datetime.now().astimezone())
    mark(message, "draft")  # never read back as a message to judge, unless sent from a sent folder
    if message_id:
        del message["Message-ID"]
        message["Message-ID"] = message_id
    if draft.in_reply_to:
        message["In-Reply-To"] = draft.in_reply_to
    if draft.references:
        message["References"] = " ".join(draft.references)
    message.set_content(draft.body)
    return message.as_bytes(policy=SMTP.clone(max_line_length=998))


def answering(draft: Draft, answered: Mail) -> Draft:
    """``draft`` as a reply to ``answered`` (RFC 5322 section 3.6.4): In-Reply-To its
    Message-ID; References its References (else its In-Reply-To when that names one
    message) with its Message-ID after them, each id once."""
    parents = answered.references or (answered.in_reply_to if len(answered.in_reply_to) == 1 else ())
    thread = tuple(dict.fromkeys((*parents, answered.message_id)))
    return replace(draft, in_reply_to=answered.message_id, references=thread)


def interview_date(when: datetime, timezone: str | None = None) -> str:
    """ "Tuesday 3 November", in English whatever the machine's locale, as the templates are."""
    local = when.astimezone(ZoneInfo(timezone)) if timezone else when
    return f"{WEEKDAYS[local.weekday()]} {local.day} {MONTHS[local.month - 1]}"


def contact_name(address: str, display_name: str = "") -> str | None:
    """A first name guessed from an address: "anna.berg@acme.com" -> "Anna"; None for "jobs@acme.com".

    ``display_name``: the name the address's owner sends under ("Ánna Berg", or "Berg, Ánna" as
    directories write it), when known: a word of it that is the guessed name but for accents,
    case and German umlauts written out ("Jürgen" for "juergen@") is taken as it is written.
    """
    local_part = address.partition("@")[0]
    first_word = _LOCAL_PART_WORDS.split(local_part)[0].lower()
    if len(first_word) < 2 or not first_word.isalpha() or first_word in _generic_mailboxes():
        return None
    if is_no_reply(address):
        return None
    family, comma, given = display_name.partition(",")
    words = (given + " " + family if comma else display_name).replace('"', " ").split()
    written = next((word for word in words if first_word in _spellings(word)), first_word)
    return written.capitalize() if written.isupper() or written.islower() else written


def _spellings(word: str) -> set[str]:
    """How ``word`` may be written in an address: without accents, and with umlauts as ae, oe, ue."""
    lower = word.casefold()
    umlauts = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return {"".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
            for form in (lower, umlauts)}


def _values(
    interview: Interview, recipients: Sequence[str], me_name: str | None, timezone: str | None,
    display_name: str = "",
) -> dict[str, str]:
    name = contact_name(recipients[0], display_name) if recipients else None
    role = interview.role or ""
    return {
        "company": interview.company,
        "role": role,
        "position": f"the {role} position" if role else "the position",
        "interview_date": interview_date(interview.when, timezone),
        "contact_name": name or "",
        "greeting": f"Hello {name}," if name else "Hello,",
        "my_name": me_name or "",
        "reply_by": _DEFAULT_REPLY_BY,
        "their_subject": f"{role} position at {interview.company}" if role else f"The position at {interview.company}",
    }


def _template_text(action: str, templates_dir: Path | None) -> str | None:
    file_name = f"{action}.txt"
    if templates_dir is not None:
        user_file = templates_dir / file_name
        if user_file.is_file():
            log.debug("drafts.user_template", action=action, path=str(user_file))
            return user_file.read_text(encoding="utf-8")
    bundled = files("watcher") / "data" / "templates" / file_name
    return bundled.read_text(encoding="utf-8") if bundled.is_file() else None


def _split(template_text: str, action: str) -> tuple[str, str]:
    first_line, _, rest = template_text.partition("\n")
    label, colon, subject = first_line.partition(":")
    if not colon or label.strip().lower() != "subject":
        raise DraftTemplateError(f"draft template {action}.txt must start with a 'Subject: ...' line")
    return subject.strip(), rest.lstrip("\n")


def _tidy(body: str) -> str:
    """No trailing spaces, and no empty signature line when the user's name is unknown."""
    return "\n".join(line.rstrip() for line in body.strip().splitlines()) + "\n"



@lru_cache(maxsize=1)
def _generic_mailboxes() -> frozenset[str]:
    text = (files("watcher") / "data" / "templates" / "generic_mailboxes.list").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
