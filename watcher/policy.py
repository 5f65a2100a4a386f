"""The follow-up schedule: what is due for one interview, and when.

``evaluate()`` is a pure function of the interview, the messages tied to it (both
directions, as classified), the user's own logged actions, the notices already
announced, the settings (already merged with the interview's overrides) and the
moment ``now``. It reads no clock and does no I/O, so the same inputs always give
the same answer. Messages and events dated after ``now`` are ignored (the store dates a
message that arrived before its own Date at its arrival: ``Store.message_records``).

The schedule, in plain words
----------------------------
"N business days after X" means the start of working hours on the Nth business day
after X's date, in the user's time zone (two business days after a Tuesday is
Thursday 09:00). Weekends, and public holidays when a country is set, are skipped.

1. **Thank-you.** Due the next business morning after the interview, unless the
   user already sent something about this interview after it (any sent message
   tied to the interview counts, and so does a logged ``sent`` event). Turned off
   by ``thank_you = false``. Once the first follow-up comes due, a thank-you that
   never went out is no longer suggested: the follow-up takes its place.

2. **First follow-up.** When a feedback date was promised (the interview's
   ``feedback_by``, or a later date named in an acknowledgement from them), due
   ``after_promise_days`` business days after that date; otherwise
   ``follow_up_days`` business days after the interview.

3. **Second follow-up.** Due ``follow_up_2_days`` business days after the user
   actually sent the first follow-up (and never before the first follow-up itself
   would have been due). If the user never sends the first follow-up, the
   reminder stays at that one step: it does not skip ahead.

4. **Move on.** Due ``move_on_days`` business days after the user sent the second
   follow-up (and never before the second follow-up would have been due): one
   last notice, "no answer after two follow-ups: consider this closed", and then
   silence. From the moment it is due the status is
   ``dropped`` and nothing else is ever due for the interview. So there are at
   most two follow-up reminders and one move-on, ever.

What the user's sent mail means: the first message sent after the interview is
the thank-you, when it is labelled a thank-you or goes out within the thank-you
window (before the start of the second business day after the interview). Any
other sent message, or a logged ``sent`` event of kind follow_up, is a follow-up,
counted in order: the first one is follow-up 1, the next follow-up 2. A follow-up
the user already sent is never asked for again, and each one restarts the clock
for the next step.

**Heard back.** A received message of a real-feedback kind (rejection, offer,
next step, other) dated after the interview, or a logged ``heard`` event, cancels
every pending step. The status becomes ``heard_back`` and the outcome is the kind
of the latest such feedback that says where the application stands (an offer, a
rejection or a next step; a later reply that decides nothing, such as the contract's
papers after an offer, does not hide it), else of the latest. Acknowledgements, out-of-office replies, bulk
mail and messages that could not be read (kind ``unknown``, received or sent)
never count as hearing back or as sending, and cancel nothing. Only these can still come due afterwards:

- **Ask for feedback**: after a rejection (the outcome), the next business
  morning, unless ``ask_feedback = false`` or the user sent something after it.
- **Offer deadline**: an offer that names a decision date is recalled on the
  business morning before that date (not after the date has passed).
- **Reply** (also before hearing back): a message of theirs dated after the
  interview that asks the user to answer or do something (never an auto-reply or
  bulk mail), with nothing sent after it for ``reply_days`` business days.

**Out of office.** An auto-reply naming a return date moves a follow-up (or the
move-on) to the business morning after that date, when it would otherwise come
earlier.

**Snooze.** Nothing comes due before a snooze ends (the latest ``snooze`` event,
or the interview's ``snoozed_until``); due times move to the first working moment
at or after it.

**Close.** A ``close`` event, or the interview's ``closed_at``, ends it: status
``closed``, nothing is ever due again. A later ``reopen`` event undoes the close;
what fell due meanwhile comes due at the reopening.

**Working hours.** Every due time is moved into working hours: notices are raised
only between ``work_start`` and ``work_end`` on business days. ``due_now`` holds
the steps whose time has come, that have not been announced yet, and only while
``now`` is inside working hours; ``overdue`` holds the same steps whatever the hour (at
19:00, a reply and a follow-up both due since the morning are both overdue, neither due now). ``next_step`` is the earliest step not yet
announced (it may already be due). A step keeps its ``due`` whatever the hour: at
18:30 a thank-you due at 09:00 is due (overdue) since 09:00, and only its notice
waits, its ``notice_at`` being the next working window. ``reminded`` holds the steps already announced
that are still to do: an announced follow-up stays there until the sent mail or a
logged event shows it, or a reply makes it moot. A thank-you goes to the contacts (the people
met), else to the recruiter; the follow-ups go to the recruiter when the interview came
through one, else to the contacts; a reply, a request for feedback or an
offer answer goes to the sender of the message concerned, and names that message in
its ``answers`` (the draft is threaded to it) even when it goes to the recruiter
instead of a no-reply sender.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from watcher.model import (
    ACTIONS,
    HEARD_BACK_KINDS,
    STANDING_KINDS,
    UNKNOWN_KIND,
    Decision,
    Event,
    Interview,
    MessageRecord,
    NoticeRecord,
    PolicySettings,
    Step,
)
from watcher.senders import is_no_reply
from watcher.workdays import (
    business_morning_after,
    in_working_hours,
    local_date,
    next_business_morning,
    next_window,
    short_date,
    zone,
)

# Received kinds that are not addressed to the candidate by a person: nothing to answer.
_NO_ANSWER_KINDS = frozenset({"auto_reply", "bulk"})


@dataclass(frozen=True)
class _Sending:
    """Something the user sent about the interview (a sent message or a logged ``sent`` event)."""

    at: datetime
    kind: str  # thank_you | follow_up | other


@dataclass(frozen=True)
class Feedback:
    """Real news from them: a heard-back message (``message``), or a logged ``heard`` event
    (``message`` None); ``at`` UTC-aware, ``kind`` one of ``HEARD_BACK_KINDS``."""

    at: datetime
    kind: str
    message: MessageRecord | None


@dataclass(frozen=True)
class _SentRecord:
    """What the user's own sending proves about the schedule."""

    thanked: bool
    follow_ups: tuple[datetime, ...]


@dataclass(frozen=True)
class _Planned:
    step: Step
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class _Facts:
    """Everything dated up to ``now`` that the schedule depends on."""

    interview: Interview
    settings: PolicySettings
    now: datetime
    received: tuple[MessageRecord, ...]  # after the interview, oldest first
    sendings: tuple[_Sending, ...]  # after the interview, oldest first
    feedback: tuple[Feedback, ...]  # oldest first
    floor: datetime | None  # nothing is due before this (snooze, reopening)


def evaluate(
    interview: Interview,
    messages: Sequence[MessageRecord],
    events: Sequence[Event],
    announced: Sequence[NoticeRecord],
    settings: PolicySettings,
    now: datetime,
) -> Decision:
    """What is due for ``interview`` at ``now``; see the module docstring for the schedule."""
    visible_messages = sorted((m for m in messages if m.date <= now), key=lambda m: m.date)
    visible_events = sorted((e for e in events if e.at <= now), key=lambda e: e.at)
    closed, reopened_at = _close_state(interview, visible_events, now)
    facts = _gather_facts(interview, visible_messages, visible_events, settings, now, reopened_at)
    telling = _standing(facts)
    outcome = telling.kind if telling else None
    if closed:
        return Decision(interview=interview.id, status="closed", outcome=outcome, promised_by=_promised_date(facts))
    status, planned = _plan(facts)
    return _decide(facts, status, outcome, planned, announced)


# --- facts -------------------------------------------------------------------------------------


def _gather_facts(
    interview: Interview,
    messages: Sequence[MessageRecord],
    events: Sequence[Event],
    settings: PolicySettings,
    now: datetime,
    reopened_at: datetime | None,
) -> _Facts:
    after = [m for m in messages if m.date > interview.when]
    floors = [moment for moment in (_snooze_end(interview, events, settings), reopened_at) if moment]
    return _Facts(
        interview=interview,
        settings=settings,
        now=now,
        received=tuple(m for m in after if m.direction == "received"),
        sendings=_sendings(interview, after, events),
        feedback=_feedback(after, events),
        floor=max(floors) if floors else None,
    )


def _close_state(
    interview: Interview, events: Sequence[Event], now: datetime
) -> tuple[bool, datetime | None]:
    """Whether the interview is closed at ``now``, and when it was last reopened after a close."""
    closes = [e.at for e in events if e.kind == "close"]
    if interview.closed_at is not None and interview.closed_at <= now:
        closes.append(interview.closed_at)
    reopens = [e.at for e in events if e.kind == "reopen"]
    if not closes:
        return False, None
    last_close = max(closes)
    last_reopen = max(reopens, default=None)
    if last_reopen is None or last_reopen < last_close:
        return True, None
    return False, last_reopen


def _snooze_end(interview: Interview, events: Sequence[Event], settings: PolicySettings) -> datetime | None:
    ends = [interview.snoozed_until] if interview.snoozed_until else []
    snoozes = [e for e in events if e.kind == "snooze"]
    if snoozes:
        latest = _parse_moment(snoozes[-1].detail, settings)
        if latest is not None:
            ends.append(latest)
    return max(ends, default=None)


def _parse_moment(text: str, settings: PolicySettings) -> datetime | None:
    """An ISO date or datetime; a naive one is read in the user's zone. None when unreadable."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(settings))
    return moment


def _sendings(
    interview: Interview, after: Sequence[MessageRecord], events: Sequence[Event]
) -> tuple[_Sending, ...]:
    # A sent message that could not be read is no proof of a thank-you or a follow-up.
    sent_mail = [_Sending(m.date, m.kind) for m in after if m.direction == "sent" and m.kind != UNKNOWN_KIND]
    logged = [
        _Sending(e.at, e.detail or "other") for e in events if e.kind == "sent" and e.at > interview.when
    ]
    return tuple(sorted(sent_mail + logged, key=lambda s: s.at))


def _feedback(after: Sequence[MessageRecord], events: Sequence[Event]) -> tuple[Feedback, ...]:
    from_mail = [
        Feedback(m.date, m.kind, m)
        for m in after
        if m.direction == "received" and m.kind in HEARD_BACK_KINDS
    ]
    logged = [
        Feedback(e.at, e.detail if e.detail in HEARD_BACK_KINDS else "other", None)
        for e in events
        if e.kind == "heard"
    ]
    return tuple(sorted(from_mail + logged, key=lambda f: f.at))


def heard_feedback(interview: Interview, messages: Sequence[MessageRecord],
                   events: Sequence[Event]) -> tuple[Feedback, ...]:
    """The real news about ``interview``, oldest first (a message and a logged event of the
    same moment: the message first): its received heard-back messages dated after it, and
    the ``heard`` events logged (their kind, or ``other``)."""
    return _feedback([m for m in messages if m.date > interview.when], events)


def standing(feedback: Sequence[Feedback]) -> Feedback | None:
    """Of ``feedback`` (oldest first), what tells where the application stands: the latest
    offer, rejection or next step (``STANDING_KINDS``), so a later reply that decides nothing
    (kind ``other``: a question, the contract's papers after the offer) never hides it; the
    latest of all when none is one. None for no feedback."""
    telling = [f for f in feedback if f.kind in STANDING_KINDS]
    return telling[-1] if telling else (feedback[-1] if feedback else None)


def _standing(facts: _Facts) -> Feedback | None:
    return standing(facts.feedback)


def _sent_record(facts: _Facts) -> _SentRecord:
    """Sort the user's sendings into the thank-you and the follow-ups, in order."""
    window_end = business_morning_after(local_date(facts.interview.when, facts.settings), 2, facts.settings)
    thanked = False
    follow_ups: list[datetime] = []
    for sending in facts.sendings:
        counts_as_thanks = sending.kind == "thank_you" or (
            sending.kind != "follow_up" and sending.at < window_end
        )
        if counts_as_thanks and not thanked:
            thanked = True
        elif sending.kind != "thank_you":
            # A follow-up sent before any thank-you makes a separate thank-you pointless.
            thanked = True
            follow_ups.append(sending.at)
    return _SentRecord(thanked=thanked, follow_ups=tuple(follow_ups))


# --- planning ----------------------------------------------------------------------------------


def _plan(facts: _Facts) -> tuple[str, list[_Planned]]:
    """The status and every step still pending (announced or not)."""
    if facts.feedback:
        return "heard_back", _heard_back_steps(facts) + _reply_steps(facts)
    follow_ups = _follow_up_steps(facts)
    move_on = next((p for p in follow_ups if p.step.action == "move_on"), None)
    if move_on is not None and move_on.step.due <= facts.now:
        return "dropped", [move_on]
    return "awaiting", follow_ups + _reply_steps(facts)


def _follow_up_steps(facts: _Facts) -> list[_Planned]:
    """Thank-you, then the follow-up chain: only the next link the user has not sent yet."""
    sent = _sent_record(facts)
    first_raw, first = _first_follow_up(facts)
    steps: list[_Planned] = []
    if facts.settings.thank_you and not sent.thanked and first.step.due > facts.now:
        steps.append(_thank_you_step(facts))
    if not sent.follow_ups:
        return steps + [first]
    second_raw = max(first_raw, _n_days_after(sent.follow_ups[0], facts.settings.follow_up_2_days, facts))
    if len(sent.follow_ups) == 1:
        last = _day(_local_day(sent.follow_ups[0], facts))
        wait = _days(facts.settings.follow_up_2_days)
        why = f"Followed up on {last}; no reply after {wait}"
        ahead = f"Followed up on {last}; due if no reply comes within {wait}"
        return steps + [_chain_step(facts, "follow_up_2", second_raw, why, ahead=ahead)]
    move_on_raw = max(second_raw, _n_days_after(sent.follow_ups[1], facts.settings.move_on_days, facts))
    last = _day(_local_day(sent.follow_ups[1], facts))
    why = f"No answer after two follow-ups (the last on {last})"
    ahead = f"{why}; if none comes within {_days(facts.settings.move_on_days)}"
    return steps + [_chain_step(facts, "move_on", move_on_raw, why, ending=": consider this closed.", ahead=ahead)]


def _first_follow_up(facts: _Facts) -> tuple[datetime, _Planned]:
    """Follow-up 1, and its time before any out-of-office shift (the chain builds on it)."""
    settings = facts.settings
    promise = _promised_date(facts)
    if promise is not None:
        raw = business_morning_after(promise, settings.after_promise_days, settings)
        wait = _days(settings.after_promise_days)
        why = f"Feedback was promised by {_day(promise)}; no reply for {wait}"
        ahead = f"Feedback was promised by {_day(promise)}; due if no reply comes within {wait} after that"
    else:
        interview_day = _local_day(facts.interview.when, facts)
        raw = business_morning_after(interview_day, settings.follow_up_days, settings)
        wait = _days(settings.follow_up_days)
        why = f"Interviewed {_day(interview_day)}; no reply after {wait}"
        ahead = f"Interviewed {_day(interview_day)}; due if no reply comes within {wait}"
    return raw, _chain_step(facts, "follow_up_1", raw, why, ahead=ahead)


def _chain_step(facts: _Facts, action: str, raw: datetime, why: str, ending: str = ".", *, ahead: str) -> _Planned:
    """A follow-up or the move-on, moved past their out-of-office return date when that comes later.

    ``why`` says why it is due once it is; ``ahead`` the same as a condition, for a step shown
    before its time (the to-do list, ``interview show``, the calendar export), so nothing not
    yet true is said as a fact."""
    back = _back_from_leave(facts)
    away = ahead_away = ""
    if back is not None:
        after_return = business_morning_after(back, 1, facts.settings)
        if after_return > raw:
            raw = after_return
            away = f", and they were away until {_day(back)}"
            ahead_away = f", and not before their return on {_day(back)}"
    planned = _planned(facts, action, raw, why + away + ending, default_recipients(facts.interview))
    return _said_ahead(facts, planned, ahead + ahead_away + ending)


def _said_ahead(facts: _Facts, planned: _Planned, ahead: str) -> _Planned:
    """``planned`` with ``ahead`` as its reason while it is not yet due at ``facts.now``."""
    if planned.step.due <= facts.now:
        return planned
    return replace(planned, step=replace(planned.step, why=ahead))


def _thank_you_step(facts: _Facts) -> _Planned:
    interview_day = _local_day(facts.interview.when, facts)
    why = f"Interviewed {_day(interview_day)}; no thank-you note has gone out yet."
    due = next_business_morning(facts.interview.when, facts.settings)
    # The people met are thanked themselves when known; else the recruiter, asked to pass it on.
    recipients = facts.interview.contacts or default_recipients(facts.interview)
    return _planned(facts, "thank_you", due, why, recipients)


def _heard_back_steps(facts: _Facts) -> list[_Planned]:
    steps = _offer_deadline_steps(facts)
    latest = _standing(facts)
    if latest is None or latest.kind != "rejection" or not facts.settings.ask_feedback:
        return steps
    if any(s.at > latest.at for s in facts.sendings):
        return steps
    said_no = _day(_local_day(latest.at, facts))
    why = f"They said no on {said_no}; a short, gracious note asking for feedback is still worth sending."
    due = next_business_morning(latest.at, facts.settings)
    recipients = _sender_or_default(latest.message, facts.interview)
    answers = latest.message.message_id if latest.message is not None else ""
    return steps + [_planned(facts, "ask_feedback", due, why, recipients, answers=answers)]


def _offer_deadline_steps(facts: _Facts) -> list[_Planned]:
    today = _local_day(facts.now, facts)
    steps: list[_Planned] = []
    for offer in facts.received:
        deadline = offer.named_date
        if offer.kind != "offer" or deadline is None or deadline < today:
            continue
        raw = max(business_morning_after(deadline, -1, facts.settings), offer.date)
        why = f"The offer asks for a decision by {_day(deadline)}."
        recipients = _sender_or_default(offer, facts.interview)
        steps.append(_planned(facts, "offer_deadline", raw, why, recipients, key=offer.message_id,
                              answers=offer.message_id))
    return steps


def _reply_steps(facts: _Facts) -> list[_Planned]:
    days = facts.settings.reply_days
    steps: list[_Planned] = []
    for message in facts.received:
        if not message.asks_reply or message.kind in _NO_ANSWER_KINDS:
            continue
        if any(s.at > message.date for s in facts.sendings):
            continue
        asked = _day(_local_day(message.date, facts))
        why = f"They asked for an answer on {asked}; nothing sent back after {_days(days)}."
        ahead = f"They asked for an answer on {asked}; due if nothing is sent back within {_days(days)}."
        # With reply_days = 0 the morning of that day may precede the message itself.
        raw = max(_n_days_after(message.date, days, facts), message.date)
        recipients = _sender_or_default(message, facts.interview)
        planned = _planned(facts, "reply", raw, why, recipients, key=message.message_id, answers=message.message_id)
        steps.append(_said_ahead(facts, planned, ahead))
    return steps


def _promised_date(facts: _Facts) -> date | None:
    interview_day = _local_day(facts.interview.when, facts)
    named = [m.named_date for m in facts.received if m.kind == "acknowledgement" and m.named_date is not None]
    candidates = [d for d in [facts.interview.feedback_by, *named] if d is not None and d >= interview_day]
    return max(candidates, default=None)


def _back_from_leave(facts: _Facts) -> date | None:
    returns = [m.named_date for m in facts.received if m.kind == "auto_reply" and m.named_date is not None]
    return max(returns, default=None)


# --- the decision ------------------------------------------------------------------------------


def _decide(
    facts: _Facts,
    status: str,
    outcome: str | None,
    planned: list[_Planned],
    announced: Iterable[NoticeRecord],
) -> Decision:
    done = {(n.action, n.key): n.sent_at for n in announced if n.interview == facts.interview.id}
    pending = sorted((p for p in planned if (p.step.action, p.step.key) not in done), key=_order)
    reminded = sorted((p for p in planned if (p.step.action, p.step.key) in done), key=_order)
    working = in_working_hours(facts.now, facts.settings)
    if not working:
        # Outside working hours a step whose time has passed stays due since its time; only
        # its notice waits for the next window: say when.
        pending = [_notice_not_before(p, next_window(facts.now, facts.settings)) for p in pending]
    overdue = [p for p in pending if p.step.due <= facts.now]
    due_now = overdue if working else []
    first = due_now[0] if due_now else (pending[0] if pending else None)
    return Decision(
        interview=facts.interview.id,
        status=status,
        outcome=outcome,
        next_step=pending[0].step if pending else None,
        due_now=tuple(p.step for p in due_now),
        overdue=tuple(p.step for p in overdue),
        recipients=first.recipients if first else (),
        reminded=tuple(replace(p.step, announced_at=done[(p.step.action, p.step.key)]) for p in reminded),
        promised_by=_promised_date(facts),
    )


def _order(planned: _Planned) -> tuple[datetime, int, str]:
    return planned.step.due, ACTIONS.index(planned.step.action), planned.step.key


def _planned(
    facts: _Facts, action: str, raw_due: datetime, why: str, recipients: tuple[str, ...], key: str = "",
    answers: str = "",
) -> _Planned:
    """A step whose due time respects the snooze/reopen floor and falls inside working hours;
    ``answers``: the Message-ID of the message its draft replies to, if any."""
    due = raw_due if facts.floor is None else max(raw_due, facts.floor)
    step = Step(action=action, due=next_window(due, facts.settings), key=key, why=why, recipients=recipients,
                answers=answers)
    return _Planned(step, recipients)


def _notice_not_before(planned: _Planned, moment: datetime) -> _Planned:
    """The step with its notice held until ``moment`` when it fell due earlier; its due time stays."""
    if planned.step.due >= moment:
        return planned
    return replace(planned, step=replace(planned.step, notice_held_until=moment))


def default_recipients(interview: Interview) -> tuple[str, ...]:
    """Whom a draft goes to by default: the recruiter when there is one, else the contacts."""
    return (interview.via,) if interview.via else interview.contacts




def _sender_or_default(message: MessageRecord | None, interview: Interview) -> tuple[str, ...]:
    """Whom an answer to ``message`` goes to: its sender, or the interview's people when
    there is no sender or nobody reads it (a no-reply address). With no people logged
    either, nobody: the draft then says to add a contact rather than address a no-reply box."""
    default = default_recipients(interview)
    if message is None or not message.from_addr or is_no_reply(message.from_addr):
        return default
    return (message.from_addr,)


def _n_days_after(moment: datetime, n: int, facts: _Facts) -> datetime:
    return business_morning_after(_local_day(moment, facts), n, facts.settings)


def _local_day(moment: datetime, facts: _Facts) -> date:
    return local_date(moment, facts.settings)


def _day(day: date) -> str:
    return short_date(day)


def _days(n: int) -> str:
    return f"{n} business day" if n == 1 else f"{n} business days"
