"""What the board shows, computed from the store and the policy: one place for the page and the export.

``stage_of`` puts an interview in one column from the policy's ``Decision``;
``load_board`` gathers every card, the review queue and the invitation suggestions;
``load_detail`` gathers one interview's timeline and the draft for its next step.
Everything is plain data (frozen dataclasses of strings and flags), ready for a template.
Times are shown in the configured time zone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from watcher.config import Config
from watcher.model import Decision, Draft
from watcher.not_read import in_store
from watcher.notify.drafts import mailto, nobody_known
from watcher.pipeline import InterviewState, Pipeline, suggestions
from watcher.report import ACTION_WORDS, promised_words
from watcher.store import Store, StoredMessage
from watcher.todo import not_looked_for_words, reminded_words, unread_since_heard
from watcher.wording import KIND_WORDS, status_words

StageName = Literal["upcoming", "to_thank", "waiting", "follow_up_due", "next_step", "offer", "rejected", "closed"]
# Column order, left to right: the way an interview usually moves.
STAGES: tuple[tuple[StageName, str], ...] = (
    ("upcoming", "Coming up"),
    ("to_thank", "To thank"),
    ("waiting", "Waiting"),
    ("follow_up_due", "Follow-up due"),
    # A next step, or a person's reply that decides nothing ("the door code is 4411"): no verdict
    ("next_step", "Heard back"),
    ("offer", "Offer"),
    ("rejected", "Said no"),
    ("closed", "Moved on or closed"),
)
# Steps that ask the user to write to them while no answer came yet.
_NEEDS_YOU = frozenset({"follow_up_1", "follow_up_2", "reply", "move_on"})
# Messages nobody wrote by hand: never "the last real message".
_NOT_REAL = frozenset({"auto_reply", "bulk", "unknown"})
_SENT_WORDS = {"thank_you": "a thank-you", "follow_up": "a follow-up"}
EVENT_WORDS = {"sent": "you logged: sent", "heard": "you logged: heard", "snooze": "snoozed until",
               "close": "closed", "reopen": "reopened"}


def stage_of(decision: Decision, now: datetime, held_at: datetime | None = None) -> StageName:
    """The board column for an interview, from the policy's decision at ``now``.

    Closed or dropped -> "closed"; heard back -> "offer", "rejected" or "next_step" by
    the latest feedback's kind; an interview whose time (``held_at``, aware) is still
    ahead -> "upcoming"; a thank-you still to send -> "to_thank"; a follow-up, a reply
    or the move-on that is due -> "follow_up_due"; anything else -> "waiting".
    """
    if decision.status in ("closed", "dropped"):
        return "closed"
    if decision.status == "heard_back":
        return {"offer": "offer", "rejection": "rejected"}.get(decision.outcome or "", "next_step")  # type: ignore[return-value]
    if held_at is not None and held_at > now:
        return "upcoming"
    step = decision.to_do
    if step is not None and step.action == "thank_you":
        return "to_thank"
    if step is not None and step.action in _NEEDS_YOU and step.due <= now:
        return "follow_up_due"
    return "waiting"


@dataclass(frozen=True)
class Card:
    id: str
    company: str
    role: str
    interview_date: str
    stage: StageName
    status: str
    step: str | None  # policy action name of the next step
    step_words: str
    reminded: str  # "reminded Mon 30 Nov" once a notice announced the step, as on the to-do list
    step_due: str
    due_now: bool
    why: str
    last_message: str
    snoozed_until: str
    closed: bool


@dataclass(frozen=True)
class Column:
    stage: StageName
    title: str
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class HeldMessage:
    """A message held for review or an invitation suggestion (header facts only)."""

    message_id: str
    date: str
    sender: str
    subject: str
    candidates: tuple[str, ...]
    company: str = ""
    when: str = ""
    times_offered: bool = False  # an invitation offering several times: the one taken is asked


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    when: str
    what: Literal["received", "sent", "event", "notice"]
    title: str
    detail: str


@dataclass(frozen=True)
class Detail:
    card: Card
    contacts: str
    feedback_by: str  # ISO date or "": the day logged, the form's value
    promised_by: str  # the day news was promised by as the schedule reads it, in words
    from_file: bool  # kept in the interviews file: changed there, not on the board
    notes: str
    timeline: tuple[TimelineItem, ...]
    draft: Draft | None
    draft_to: str  # its recipients, or what to do when nobody is known
    mailto: str
    draft_text: str


@dataclass(frozen=True)
class Board:
    columns: tuple[Column, ...]
    review: tuple[HeldMessage, ...]
    suggestions: tuple[HeldMessage, ...]
    interview_ids: tuple[str, ...]
    details: tuple[Detail, ...] = ()  # filled for the export only
    # Accounts or folders whose last sync failed: their news is unknown (watcher.not_read).
    not_read: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        """Changes whenever what the board shows changes (the page polls it)."""
        return fingerprint_of(self)


def fingerprint_of(value: object) -> str:
    """A short hash of what a page shows; the page reloads when it changes."""
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:16]


class BoardSource:
    """Reads the board from the database; one per running board (channels are looked up once)."""

    def __init__(self, config: Config) -> None:
        from watcher.pipeline import channels_from_config

        self.config = config
        self.zone = ZoneInfo(config.policy.timezone)
        self._channels = channels_from_config(config, sending=False)

    def pipeline(self, store: Store) -> Pipeline:
        return Pipeline(self.config, store, channels=self._channels)

    def board(self, store: Store, now: datetime, *, with_details: bool = False) -> Board:
        """Every interview as a card in its column, the review queue and the suggestions."""
        pipeline = self.pipeline(store)
        states = pipeline.decide(now)
        cards = [self._card(state, now) for state in states]
        columns = tuple(
            Column(stage, title, tuple(c for c in cards if c.stage == stage)) for stage, title in STAGES
        )
        stored = store.stored_messages(until=now)
        interviews = [s.interview for s in states]
        review = tuple(self._held(m) for m in stored if m.match.review)
        held = tuple(self._held(m) for m in suggestions(store, stored, interviews))
        details = tuple(self._detail(pipeline, store, s, now) for s in states) if with_details else ()
        not_read = in_store(store.folder_statuses(), self.config.accounts, store.connection_losses())
        return Board(columns, review, held, tuple(i.id for i in interviews), details,
                     tuple(item.line(self.zone) for item in not_read))

    def detail(self, store: Store, interview_id: str, now: datetime) -> Detail | None:
        """One interview's card, timeline and draft; None when no such interview."""
        pipeline = self.pipeline(store)
        state = next((s for s in pipeline.decide(now) if s.interview.id == interview_id), None)
        return self._detail(pipeline, store, state, now) if state else None

    # -- pieces ------------------------------------------------------------------------

    def _local(self, moment: datetime | None, fmt: str = "%a %d %b %Y %H:%M") -> str:
        return moment.astimezone(self.zone).strftime(fmt) if moment else ""

    def _card(self, state: InterviewState, now: datetime) -> Card:
        i, d = state.interview, state.decision
        step = d.to_do
        return Card(
            id=i.id,
            company=i.company,
            role=i.role or "",
            interview_date=self._local(i.when, "%a %d %b %Y"),
            stage=stage_of(d, now, i.when),
            status=status_words(d.status, d.outcome),
            step=step.action if step else None,
            step_words=ACTION_WORDS.get(step.action, step.action) if step else "",
            reminded=reminded_words(step, self.zone) if step else "",
            step_due=self._local(step.due, "%a %d %b %H:%M") if step else "",
            due_now=step is not None and step.due <= now,
            why=step.why if step else "",
            last_message=self._last_real(state),
            snoozed_until=self._local(i.snoozed_until) if i.snoozed_until and i.snoozed_until > now else "",
            closed=d.status == "closed",
        )

    def _last_real(self, state: InterviewState) -> str:
        """The latest real message either way, or the news you logged by hand if later; a
        message that could not be read and came after both is named instead (it may be news)."""
        real = [m for m in state.messages if m.kind not in _NOT_REAL]
        heard = state.last_heard
        unread = unread_since_heard(state)
        if unread is not None and (not real or unread.date > real[-1].date):
            return (f"{self._local(unread.date, '%a %d %b')}: could not read this message from "
                    f"{unread.from_addr}: look at it yourself")
        if heard is not None and heard.logged and (not real or heard.at >= real[-1].date):
            return f"{self._local(heard.at, '%a %d %b')}: {EVENT_WORDS['heard']} {KIND_WORDS.get(heard.kind, heard.kind)}"
        if not real:
            return not_looked_for_words(state)  # its news unknown: said, never left blank
        m = real[-1]
        day = self._local(m.date, "%a %d %b")
        if m.direction == "sent":
            return f"{day}: you sent {_SENT_WORDS.get(m.kind, 'a message')}"
        return f"{day}: {KIND_WORDS.get(m.kind, m.kind)} from {m.from_addr}"

    def _held(self, m: StoredMessage) -> HeldMessage:
        invitation = m.invitation or {}
        when = invitation.get("when")
        return HeldMessage(
            message_id=m.mail.message_id,
            date=self._local(m.mail.date, "%a %d %b %H:%M"),
            sender=m.mail.from_addr,
            subject=m.mail.subject,
            candidates=tuple(m.match.candidates),
            company=invitation.get("company") or "",
            when=self._local(datetime.fromisoformat(when)) if when else "",
            times_offered=bool(invitation.get("times_offered")),
        )

    def _detail(self, pipeline: Pipeline, store: Store, state: InterviewState, now: datetime) -> Detail:
        i, d = state.interview, state.decision
        draft = pipeline.draft_for(i, d, d.to_do) if d.to_do else None
        return Detail(
            card=self._card(state, now),
            contacts=", ".join(i.contacts + ((i.via,) if i.via else ())),
            feedback_by=i.feedback_by.isoformat() if i.feedback_by else "",
            promised_by=promised_words(i, d),
            from_file=store.interview_origin(i.id) == "file",
            notes=i.notes or "",
            timeline=self._timeline(store, i.id, now),
            draft=draft,
            draft_to=(", ".join(draft.to) or f"({nobody_known(i.id)})") if draft else "",
            mailto=mailto(draft) if draft else "",
            draft_text=f"Subject: {draft.subject}\n\n{draft.body}" if draft else "",
        )

    def _timeline(self, store: Store, interview_id: str, now: datetime) -> tuple[TimelineItem, ...]:
        items: list[TimelineItem] = []
        for m in store.stored_messages(until=now):
            if m.match.interview != interview_id:
                continue
            what: Literal["received", "sent"] = "sent" if m.mail.direction == "sent" else "received"
            who = f"to {', '.join(m.mail.to)}" if what == "sent" else f"from {m.mail.from_addr}"
            kind = KIND_WORDS.get(m.kind or "", m.kind or "not classified")
            why = "; ".join(m.match.reasons + m.kind_reasons)
            items.append(TimelineItem(m.mail.date, self._local(m.mail.date), what,
                                      f"{m.mail.subject or '(no subject)'} ({who})", f"{kind}. Tied because: {why}"))
        for e in store.events(interview_id):
            detail = e.detail
            if e.kind == "snooze" and detail:
                detail = self._local(datetime.fromisoformat(detail))
            elif e.kind in ("sent", "heard"):  # a kind: said in words, as on the card
                detail = KIND_WORDS.get(detail, detail)
            items.append(TimelineItem(e.at, self._local(e.at), "event", f"{EVENT_WORDS.get(e.kind, e.kind)} {detail}".strip(), ""))
        for n in store.notice_history(interview_id):
            items.append(TimelineItem(n.sent_at, self._local(n.sent_at), "notice",
                                      f"notice on {n.channel}: {_notice_words(n.action)}", ""))
        return tuple(sorted(items, key=lambda item: item.at))


def _notice_words(action: str) -> str:
    return ACTION_WORDS.get(action, "they replied" if action == "heard_back" else action)


__all__ = ["STAGES", "Board", "BoardSource", "Card", "Column", "Detail", "fingerprint_of", "mailto", "stage_of"]
