"""The user's own actions on their interviews, as plain functions over a ``Store``.

The command line, the board and the notice buttons all act through these, so an
action means the same wherever it is taken. Each checks what it is given and
raises ``ActionError`` with a sentence for the person when it cannot be done;
nothing is written then. Times are timezone-aware; "now" is read from the clock
only where a signature has no ``at``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from watcher.company_guess import company_named, role_named
from watcher.interviews_file import InterviewFieldsError, parse_interview_fields, promise_problem
from watcher.model import ACTIONS, RECEIVED_KINDS, SENT_KINDS, Event, Interview
from watcher.store import Store, StoreError, StoredMessage

# What marking a step done logs: the kind of mail it stands for (policy.py reads it).
_SENT_FOR_STEP = {
    "thank_you": "thank_you",
    "follow_up_1": "follow_up",
    "follow_up_2": "follow_up",
    "ask_feedback": "other",
    "reply": "other",
}
# Steps that are done by ending the interview, with the reason recorded.
_CLOSES_FOR_STEP = {
    "move_on": "moved on",
    "offer_deadline": "decided on the offer",
}


class ActionError(Exception):
    """An action that cannot be done as asked; the message says why and what to do."""


class InvalidInterview(ActionError):
    """Fields of an interview to log that are not usable; ``problems`` are its KeyProblems
    (watcher.config), under the interview's keys, for the caller to word as its user typed them."""

    def __init__(self, error: InterviewFieldsError) -> None:
        self.problems = error.problems
        super().__init__(str(error))


# Where the Message-IDs of the messages watcher keeps are shown, for an error naming one it does not keep.
WHERE_MESSAGE_IDS = ("watcher keeps only the messages it tied to an interview or held; `watcher interview show ID"
                     " --json` lists an interview's with their Message-IDs, `watcher review --json` the held ones"
                     " (a message not kept yet: `watcher scan` reads it first)")

def normalize_message_id(text: str) -> str:
    """Given a Message-ID with or without angle brackets, return it as stored: ``<id>``."""
    bare = text.strip().strip("<>").strip()
    if not bare:
        raise ActionError("an empty Message-ID")
    return f"<{bare}>"


def require_interview(store: Store, interview_id: str) -> Interview:
    """Return the interview whose id is ``interview_id``, else the one whose id begins with it
    (ids are long to type: any unique beginning names one, case aside).

    Raise ActionError naming the candidates when the beginning fits several ids, or the
    known ids when it fits none.
    """
    interview = store.interview(interview_id)
    if interview is not None:
        return interview
    known = store.interviews()
    typed = interview_id.strip().casefold()
    fitting = [i for i in known if typed and i.id.casefold().startswith(typed)]
    if len(fitting) == 1:
        return fitting[0]
    if fitting:
        raise ActionError(f"{interview_id!r} begins {len(fitting)} interview ids: "
                          f"{', '.join(i.id for i in fitting)}; type more of the one you mean")
    listed = ", ".join(i.id for i in known) or "none logged yet"
    raise ActionError(f"no interview with id {interview_id!r} (known: {listed}; "
                      "`watcher interview list` lists them)")


def check_not_future(at: datetime, what: str, now: datetime | None = None) -> None:
    """Raise ActionError when ``at`` (aware) is later than ``now`` (default: the clock)."""
    if at > (now or _utcnow()):
        raise ActionError(f"{what} is dated in the future ({at.isoformat(timespec='minutes')}): "
                          "log it once it happened")


def mark_done(store: Store, interview_id: str, step: str, at: datetime) -> None:
    """Record that the user did ``step`` (a policy action name, e.g. ``follow_up_1``) at ``at``.

    Thank-you and follow-ups are logged as sent mail of that kind; a feedback request
    or an answer as other sent mail; ``move_on`` and ``offer_deadline`` close the
    interview. Raise ActionError for an unknown interview or step, when ``at`` is in the
    future or before the interview (the schedule would not count it), or for a thank-you
    logged already (one is sent once: a second, from a command typed again or a button
    pressed twice, would be listed as sent twice).
    """
    interview = require_interview(store, interview_id)
    if step not in ACTIONS:
        raise ActionError(f"no step {step!r} (steps: {', '.join(ACTIONS)})")
    check_not_future(at, f"{step} for {interview.id}")
    if step == "thank_you":
        earlier = next((e for e in store.events(interview.id) if e.kind == "sent" and e.detail == "thank_you"), None)
        if earlier is not None:
            raise ActionError(f"your thank-you for {interview.id} is logged already "
                              f"({earlier.at.isoformat(timespec='minutes')}): nothing logged again "
                              f"(`watcher interview show {interview.id}` lists it)")
    if step in _CLOSES_FOR_STEP:
        store.close_interview(interview.id, at, _CLOSES_FOR_STEP[step])
        return
    if at <= interview.when:
        raise ActionError(f"{step} at {at.isoformat(timespec='minutes')} is before the interview "
                          f"({interview.when.astimezone(at.tzinfo).isoformat(timespec='minutes')}): it would not count")
    store.add_event(Event(interview.id, "sent", at, _SENT_FOR_STEP[step]))


def snooze(store: Store, interview_id: str, until: datetime | None) -> None:
    """Hold every reminder of the interview until ``until`` (aware); None ends a snooze.

    Raise ActionError for an unknown interview, a time already past, or ending a
    snooze that is not on.
    """
    interview = require_interview(store, interview_id)
    now = _utcnow()
    if until is None:
        if interview.snoozed_until is None or interview.snoozed_until <= now:
            raise ActionError(f"{interview.id} is not snoozed")
        store.snooze_interview(interview.id, now, None)
        return
    if until <= now:
        raise ActionError(f"snooze until {until.isoformat(timespec='minutes')} is in the past")
    store.snooze_interview(interview.id, now, until)


def close(store: Store, interview_id: str, reason: str | None) -> None:
    """Close the interview now: it never speaks again. Raise ActionError if unknown or closed."""
    interview = require_interview(store, interview_id)
    if interview.closed_at is not None:
        raise ActionError(f"{interview.id} is already closed")
    store.close_interview(interview.id, _utcnow(), reason)


def reopen(store: Store, interview_id: str) -> None:
    """Reopen a closed interview now. Raise ActionError if unknown or not closed."""
    interview = require_interview(store, interview_id)
    if interview.closed_at is None:
        raise ActionError(f"{interview.id} is not closed")
    store.reopen_interview(interview.id, _utcnow())


def set_feedback_by(store: Store, interview_id: str, when: date) -> None:
    """Set the date they promised news by. Raise ActionError if unknown, kept in the
    interviews file (edit it there), or the date is before the interview's day (UTC)."""
    interview = require_interview(store, interview_id)
    if store.interview_origin(interview.id) == "file":
        raise ActionError(f"{interview.id} comes from the interviews file: change feedback_by there")
    check_promise(interview.when, when)
    store.upsert_interview(replace(interview, feedback_by=when))


def check_promise(when: datetime, feedback_by: date) -> None:
    """Raise ActionError when a promised date falls before the interview's own day."""
    problem = promise_problem(when, feedback_by)
    if problem:
        raise ActionError(f"the promised date {problem}")


def assign_message(store: Store, message_id: str, interview_id: str | None, kind: str | None) -> str | None:
    """Tie a stored message to an interview (None unties it), optionally setting its kind;
    return the interview's whole id (``interview_id`` may be its beginning, as
    ``require_interview`` takes it), None when untied.

    The Message-ID may come with or without angle brackets. The decision wins over the
    rules on every later scan. Raise ActionError for an unknown message or interview,
    or a kind that does not fit the message's direction.
    """
    message_id = normalize_message_id(message_id)
    stored = store.stored_message(message_id)
    if stored is None:
        raise ActionError(f"no stored message with Message-ID {message_id}: {WHERE_MESSAGE_IDS}")
    if interview_id is not None:
        interview_id = require_interview(store, interview_id).id
    if kind is not None:
        allowed = SENT_KINDS if stored.mail.direction == "sent" else (*RECEIVED_KINDS, "unknown")
        if kind not in allowed:
            raise ActionError(f"kind {kind!r} does not fit a {stored.mail.direction} message "
                              f"(one of {', '.join(allowed)})")
    try:
        store.decide(message_id, interview_id, kind, _utcnow())
    except StoreError as exc:
        raise ActionError(str(exc)) from None
    return interview_id


def dismiss_suggestion(store: Store, message_id: str) -> None:
    """Stop suggesting the invitation in this message. Raise ActionError if it is unknown,
    or an interview logged from it is still logged (it is suggested no more, and that
    interview's record of where it came from is kept)."""
    message_id = normalize_message_id(message_id)
    stored = store.stored_message(message_id)
    if stored is None or not stored.invitation:
        raise ActionError(f"no suggested invitation with Message-ID {message_id}")
    logged = _logged_as(store, message_id)
    if logged is not None:
        raise ActionError(f"interview {logged} was logged from this invitation: it is no longer suggested "
                          f"(`watcher interview delete {logged}` if logging it was a mistake)")
    store.close_suggestion(message_id, None, _utcnow())


def _logged_as(store: Store, message_id: str) -> str | None:
    """The id of the interview logged from the invitation ``message_id`` while it is still
    logged; None when none was, or it was deleted since."""
    logged = store.logged_from(message_id)
    return logged if logged is not None and store.interview(logged) is not None else None


def invitation_fields(store: Store, message_id: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The interview fields a stored invitation gives, and field -> one line for the user
    for each read in a way the user should hear of: company, contacts, "when" when it names one, and the
    role: for a later round the role of the round before (``earlier_round``, as the user
    wrote it), else the job title the invitation names (``company_guess.role_named``).

    Raise ActionError when no such message is stored, or when an interview was logged from
    it already and is still logged (the same invitation logged twice is one interview twice).
    """
    message_id = normalize_message_id(message_id)
    stored = store.stored_message(message_id)
    if stored is None:
        raise ActionError(f"no stored message with Message-ID {message_id!r}: {WHERE_MESSAGE_IDS}")
    logged = _logged_as(store, message_id)
    if logged is not None:
        raise ActionError(f"interview {logged} was logged from this invitation already: `watcher interview show "
                          f"{logged}` shows it, `watcher interview edit {logged}` changes it")
    invitation = stored.invitation or {}
    fields: dict[str, Any] = {"contacts": [stored.mail.from_addr]}
    said: dict[str, str] = {}
    # Never the sender's display name: it is often a role ("Hiring"), not the employer.
    company = invitation.get("company") or company_named(stored.mail.subject, None, stored.mail.from_addr)
    if company:
        fields["company"] = company
    if invitation.get("when"):
        fields["when"] = datetime.fromisoformat(invitation["when"])
    elif invitation.get("times_offered"):
        said["when"] = "it offers several times to choose from: give the one you took with --when"
    earlier = earlier_round(store, stored, company)
    if earlier is not None and earlier.role:
        fields["role"] = earlier.role
        said["role"] = f"role {earlier.role}, as in the earlier round (--role gives another)"
    elif role := invitation.get("role") or role_named(stored.mail.subject, None):
        fields["role"] = role
        said["role"] = f"role {role}, as the invitation names it (--role gives another)"
    return fields, said


def earlier_round(store: Store, stored: StoredMessage, company: str | None) -> Interview | None:
    """The interview an invitation for a later round follows: the one the message is tied to,
    else the one its thread (In-Reply-To, References, newest first) is tied to, else the only
    role logged with the same ``company`` (its name compared without legal forms, as the
    matcher compares names: the latest such interview). None when nothing says which: with
    two roles at that company, none is guessed."""
    if stored.match.interview is not None:
        return store.interview(stored.match.interview)
    threads = store.threads()
    for parent in reversed((*stored.mail.references, *stored.mail.in_reply_to)):
        if parent in threads:
            return store.interview(threads[parent])
    if not company:
        return None
    from watcher.match import company_words, default_lists

    suffixes = default_lists().legal_suffixes
    name = company_words(company, suffixes)
    same = sorted((i for i in store.interviews() if company_words(i.company, suffixes) == name),
                  key=lambda i: i.when)
    return same[-1] if len({i.role for i in same}) == 1 else None


def log_interview(
    store: Store, fields: dict[str, Any], default_tz: ZoneInfo, *, from_message: str | None = None
) -> Interview:
    """Log a new interview from ``fields`` (as in an [[interview]] table); return it.

    ``from_message``, the invitation it was logged from, is no longer suggested. Raise
    InvalidInterview (an ActionError) when a field is invalid, ActionError when an interview with
    its id exists.
    """
    try:
        interview = parse_interview_fields(fields, "interview", default_tz=default_tz)
    except InterviewFieldsError as exc:
        raise InvalidInterview(exc) from None
    if store.interview(interview.id) is not None:
        if store.interview_origin(interview.id) == "file":
            raise ActionError(f"an interview with id {interview.id!r} exists in the interviews file: change it there, "
                              "or give this one another --id")
        raise ActionError(f"an interview with id {interview.id!r} exists: use `watcher interview edit {interview.id}`"
                          " (or give this one another --id)")
    store.upsert_interview(interview)
    if from_message:
        message_id = normalize_message_id(from_message)
        store.close_suggestion(message_id, interview.id, _utcnow())
        _tie_invitation(store, message_id, interview)
        _answer_round_before(store, message_id, interview)
    return interview


def _answer_round_before(store: Store, message_id: str, interview: Interview) -> str | None:
    """Logging the round an invitation invites to answers that invitation where it is the
    news of a round before (tied to another interview, dated after it): a reply is logged
    for that round now, as `watcher done ID` would, so that its "answer them" is done and
    one company does not ask twice. Nothing when that round has a reply logged after the
    invitation already. Return that round's id, None when nothing was logged."""
    stored = store.stored_message(message_id)
    if stored is None or stored.match.interview in (None, interview.id):
        return None
    before = store.interview(stored.match.interview)
    now = _utcnow()
    if before is None or not before.when < stored.mail.date < now:
        return None
    if _sent_since(store, before.id, stored.mail.date):
        return None
    store.add_event(Event(before.id, "sent", now, _SENT_FOR_STEP["reply"]))
    return before.id


def _tie_invitation(store: Store, message_id: str, interview: Interview) -> None:
    """Tie the invitation an interview was logged from to it, as the user's own decision, so
    that its history starts with it. Only an invitation dated before the interview and tied
    to no other is tied: the policy counts only mail dated after an interview, so it never
    becomes their answer, a reply due or news, and what is due stays as without it. One tied
    to another interview stays there (a later round's invitation is the earlier one's news)."""
    stored = store.stored_message(message_id)
    if stored is None or stored.match.interview is not None or stored.mail.date >= interview.when:
        return
    store.decide(message_id, interview.id, None, _utcnow(), reason="you logged this interview from it")


def _sent_since(store: Store, interview_id: str, moment: datetime) -> bool:
    """Whether the user logged mail sent for ``interview_id`` at or after ``moment`` (aware)."""
    return any(e.kind == "sent" and e.at >= moment for e in store.events(interview_id))


def invitation_note(store: Store, message_id: str, interview: Interview) -> str:
    """What became of the invitation ``interview`` was logged from, in one line for the user."""
    stored = store.stored_message(normalize_message_id(message_id))
    if stored is None:
        return "no such message is stored: nothing was tied"
    if stored.match.interview == interview.id:
        return "its history starts with the invitation (never counted as their answer: nothing comes due from it)"
    if stored.match.interview is not None:
        answered = _sent_since(store, stored.match.interview, stored.mail.date)
        return (f"the invitation stays tied to {stored.match.interview}, as their news about it"
                f" (`watcher message assign` moves it)"
                + ("; your answer to it is logged there" if answered else ""))
    return ("the invitation was not tied: it is dated after the interview, where it would count as their answer"
            f" (`watcher message assign {stored.mail.message_id} {interview.id}` ties it if it is)")


def log_from_invitation(
    store: Store, message_id: str, default_tz: ZoneInfo, *, when: datetime | None = None
) -> Interview:
    """Log the interview a stored invitation names (company, time, sender as contact); return it.
    ``when`` (aware): the time taken, over the one the invitation names (it may offer several).

    Raise ActionError when the message is unknown, names no time and none is given, or the
    interview's id exists.
    """
    fields, said = invitation_fields(store, message_id)
    if when is not None:
        fields["when"] = when
    if "when" not in fields:
        why = "offers several times to choose from" if "when" in said else "names no time"
        raise ActionError(f"this invitation {why}: give the time taken")
    return log_interview(store, fields, default_tz, from_message=message_id)


def _utcnow() -> datetime:
    return datetime.now(UTC)
