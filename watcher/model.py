"""The plain data every pipeline stage passes to the next.

sources -> sync -> match -> classify -> policy -> notify

Every stage takes and returns these frozen dataclasses; none of them does I/O.
All datetimes are timezone-aware (UTC unless said otherwise); dates are plain
``datetime.date``. Addresses are lower-cased ``local@domain`` strings.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Literal

Direction = Literal["received", "sent"]

# A message tied to an interview that could not be read or classified (its body could not
# be fetched or parsed, or classification failed). Never a verdict: it is not in
# HEARD_BACK_KINDS, it cancels no step, and the report asks the user to look at it.
UNKNOWN_KIND = "unknown"
# What a received message says (classify.py). "heard back" is the subset in HEARD_BACK_KINDS.
RECEIVED_KINDS = ("rejection", "offer", "next_step", "acknowledgement", "auto_reply", "bulk", "other", UNKNOWN_KIND)
# What a message the user sent says.
SENT_KINDS = ("thank_you", "follow_up", "other", UNKNOWN_KIND)
HEARD_BACK_KINDS = frozenset({"rejection", "offer", "next_step", "other"})
# Heard-back kinds that say where the application stands; "other" (a question, a door code,
# the contract's papers sent after the offer) says nothing of it.
STANDING_KINDS = frozenset({"rejection", "offer", "next_step"})

# Steps the policy can make due (policy.py), in the order they can happen.
ACTIONS = (
    "thank_you",
    "follow_up_1",
    "follow_up_2",
    "move_on",
    "ask_feedback",
    "reply",
    "offer_deadline",
)
# News announced at once whatever the hour (notify); not a policy step.
HEARD_BACK_ACTION = "heard_back"

STATUSES = ("awaiting", "heard_back", "dropped", "closed")


@dataclass(frozen=True)
class Interview:
    """One interview the user logged (store.py keeps them)."""

    id: str
    company: str
    when: datetime
    role: str | None = None
    contacts: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    via: str | None = None  # recruiter's address, when the interview came through one
    feedback_by: date | None = None  # the date they promised news by
    notes: str | None = None
    closed_at: datetime | None = None
    close_reason: str | None = None
    snoozed_until: datetime | None = None
    policy: Mapping[str, object] = field(default_factory=dict)  # per-interview PolicySettings overrides


@dataclass(frozen=True)
class FolderState:
    """Where sync stopped in one folder: the next sync reads only UIDs above last_uid."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class Mail:
    """One message as sync hands it on.

    Header fields always; ``body`` only when the cheap header test said the message
    may concern an interview and the whole message was fetched and parsed.
    """

    account: str
    folder: str
    uid: int | None  # IMAP UID, or the position/key in a local mailbox; None when unknown
    message_id: str  # "<...>" as in the header, or a stable synthetic one (hash of headers)
    date: datetime  # Date header, else arrival date (INTERNALDATE / file mtime)
    from_addr: str
    from_name: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    subject: str = ""
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    # Lower-cased header name -> value, for the headers classification reads:
    # auto-submitted, precedence, list-id, list-unsubscribe, x-autoreply, x-autorespond,
    # x-auto-response-suppress, reply-to, content-type, sender, and the traces of the
    # system that sent it: return-path, dkim-signature, x-mailer.
    headers: Mapping[str, str] = field(default_factory=dict)
    direction: Direction = "received"
    body: str | None = None  # plain text (HTML converted to text); None when not fetched
    calendar: str | None = None  # the text/calendar part, when there is one
    # Why the body, though fetched, could not be read (watcher.parse.unreadable_reason):
    # None when it could. ``body`` then holds what decoding made of it.
    unreadable: str | None = None


@dataclass(frozen=True)
class Match:
    """Which interview a message is about (match.py)."""

    interview: str | None  # interview id, None when unmatched or held for review
    confidence: float  # 0..1
    reasons: tuple[str, ...] = ()
    review: bool = False  # ambiguous: a person should decide
    candidates: tuple[str, ...] = ()  # interview ids, when review is True


NO_MATCH = Match(interview=None, confidence=0.0)


@dataclass(frozen=True)
class Invitation:
    """An interview invitation found in a message (a suggestion to log it)."""

    company: str | None
    when: datetime | None
    summary: str = ""
    role: str | None = None  # the job title it names (company_guess.role_named)
    # It offers several times to choose from ("Wednesday at 11:00 or Thursday at 10:00?"):
    # ``when`` is None then, the one taken is the user's to say.
    times_offered: bool = False


@dataclass(frozen=True)
class Classification:
    """What a message says (classify.py)."""

    kind: str  # one of RECEIVED_KINDS or SENT_KINDS (UNKNOWN_KIND: could not be read)
    confidence: float
    reasons: tuple[str, ...] = ()
    # A date the message names, by kind: acknowledgement -> news promised by;
    # auto_reply -> back in office on; offer -> decide by.
    date: _dt.date | None = None
    asks_reply: bool = False  # they ask the candidate to do or answer something
    invitation: Invitation | None = None


@dataclass(frozen=True)
class MessageRecord:
    """A stored message tied to an interview, as the policy sees it."""

    message_id: str
    interview: str
    direction: Direction
    date: datetime
    kind: str
    from_addr: str = ""
    to: tuple[str, ...] = ()
    subject: str = ""
    named_date: _dt.date | None = None  # Classification.date
    asks_reply: bool = False
    in_reply_to: tuple[str, ...] = ()


EventKind = Literal["sent", "heard", "snooze", "close", "reopen"]


@dataclass(frozen=True)
class Event:
    """Something the user logged by hand (``watcher interview log``, snooze, close)."""

    interview: str
    kind: EventKind
    at: datetime
    detail: str = ""  # sent: thank_you|follow_up; heard: rejection|offer|next_step; snooze: ISO until


@dataclass(frozen=True)
class NoticeRecord:
    """A notice already confirmed as sent on some channel (store.py)."""

    interview: str
    action: str  # one of ACTIONS or HEARD_BACK_ACTION
    key: str  # what makes it unique within (interview, action): "" or the message id it is about
    channel: str
    sent_at: datetime


@dataclass(frozen=True)
class PolicySettings:
    """The follow-up schedule ([policy] in the config, overridable per interview)."""

    timezone: str = "UTC"  # IANA name; the config defaults it to the system's zone
    country: str | None = None  # public holidays from the `holidays` package, when set
    subdivision: str | None = None
    work_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    thank_you: bool = True
    follow_up_days: int = 7  # business days after the interview, when nothing was promised
    after_promise_days: int = 2  # business days after a promised date
    follow_up_2_days: int = 5  # business days after follow-up 1 was sent
    move_on_days: int = 5  # business days after follow-up 2 was sent
    ask_feedback: bool = True
    reply_days: int = 1  # business days to answer a message that asks something


@dataclass(frozen=True)
class Step:
    action: str  # one of ACTIONS
    due: datetime  # the moment it falls due (inside working hours): from then on it is to do
    key: str = ""  # see NoticeRecord.key
    why: str = ""  # one sentence a person reads in the notice
    recipients: tuple[str, ...] = ()  # whom this step's draft is addressed to
    announced_at: datetime | None = None  # when a notice announced it (it stays to do until done)
    # The Message-ID (``<...>``) of the message this step answers, when it answers one: the
    # message that asks for a reply, the rejection a request for feedback follows, the offer
    # a decision is due on. The step's draft is threaded to it (In-Reply-To, References).
    answers: str = ""
    # Set when the step fell due but ``now`` is outside working hours: its notice waits until
    # this moment (the next working window), while the step itself is due since ``due``.
    notice_held_until: datetime | None = None

    @property
    def notice_at(self) -> datetime:
        """When this step's notice is raised (aware datetime): ``due``, or, for a step that
        fell due outside working hours, the start of the next working window."""
        if self.notice_held_until is None:
            return self.due
        return max(self.due, self.notice_held_until)


@dataclass(frozen=True)
class Decision:
    """The policy's answer for one interview at one moment (policy.py)."""

    interview: str
    status: str  # one of STATUSES
    outcome: str | None = None  # kind of the latest real feedback
    next_step: Step | None = None
    # The steps whose notice is raised now: fallen due, not announced yet, and ``now`` inside
    # working hours. Empty outside them, where only the notices wait.
    due_now: tuple[Step, ...] = ()
    # Every step fallen due (``due`` <= now) and not announced yet, whatever the hour, earliest
    # first: what is to do now. Inside working hours the same steps as ``due_now``.
    overdue: tuple[Step, ...] = ()
    # Whom a draft for the next/due step is addressed to.
    recipients: tuple[str, ...] = ()
    # Steps already announced and still not done (the user has not sent it, no reply
    # made it moot), earliest first, each with its ``announced_at``.
    reminded: tuple[Step, ...] = ()
    # The day news was promised by, as the schedule reads it: the one logged (feedback_by)
    # or a later one a holding reply named, the latest on or after the interview's day;
    # None when none was.
    promised_by: _dt.date | None = None

    @property
    def to_do(self) -> Step | None:
        """The step the user should take next: the earliest reminded one, else ``next_step``."""
        steps = [*self.reminded, *([self.next_step] if self.next_step else [])]
        return min(steps, key=lambda s: s.due, default=None)


@dataclass(frozen=True)
class Draft:
    """A message ready to send. A reply names the message it answers: ``in_reply_to`` its
    Message-ID and ``references`` the thread up to it, oldest first (RFC 5322 section 3.6.4)."""

    to: tuple[str, ...]
    subject: str
    body: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Notice:
    """One item of a digest: news or a step that is due, ready to show."""

    interview: str
    action: str  # one of ACTIONS or HEARD_BACK_ACTION
    key: str
    company: str
    title: str  # short: "Acme: follow up on your interview"
    why: str  # one sentence, no subject line or body of other mail
    draft: Draft | None = None
