"""The follow-up schedule over many hand-written timelines.

Each timeline is written the way a person would tell it, one happening per line,
with times in the settings' zone:

    interview 2024-11-05 10:00 via=rec@agency.example promise=2024-11-15
    sent      2024-11-05 17:00 thank_you
    received  2024-11-12 14:00 acknowledgement date=2024-11-20 asks id=<ack@acme>
    event     2024-11-18 12:00 snooze 2024-11-25T09:00
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from watcher.model import Decision, Event, Interview, MessageRecord, NoticeRecord, PolicySettings
from watcher.policy import evaluate

COMPANY_CONTACT = "jane@acme.example"
RECRUITER = "rec@agency.example"


@dataclass(frozen=True)
class Timeline:
    interview: Interview
    messages: tuple[MessageRecord, ...]
    events: tuple[Event, ...]


def moment(text: str, settings: PolicySettings) -> datetime:
    """'2024-11-05 10:00' in the settings' zone."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(settings.timezone))


def timeline(text: str, settings: PolicySettings) -> Timeline:
    interview: Interview | None = None
    messages: list[MessageRecord] = []
    events: list[Event] = []
    for line in (raw.strip() for raw in text.strip().splitlines()):
        verb, day, clock, *rest = line.split()
        when = moment(f"{day} {clock}", settings)
        words = [w for w in rest if "=" not in w]
        options = dict(w.split("=", 1) for w in rest if "=" in w)
        if verb == "interview":
            interview = _interview(when, options)
        elif verb in ("sent", "received"):
            messages.append(_message(verb, when, words, options, len(messages)))
        elif verb == "event":
            kind = words[0]
            events.append(Event(interview="i1", kind=kind, at=when, detail=" ".join(words[1:])))  # type: ignore[arg-type]
        else:
            raise ValueError(f"unknown line: {line}")
    assert interview is not None, "a timeline starts with its interview"
    return Timeline(interview, tuple(messages), tuple(events))


def _interview(when: datetime, options: dict[str, str]) -> Interview:
    return Interview(
        id="i1",
        company="Acme",
        when=when,
        contacts=(COMPANY_CONTACT,),
        domains=("acme.example",),
        via=options.get("via"),
        feedback_by=date.fromisoformat(options["promise"]) if "promise" in options else None,
        closed_at=datetime.fromisoformat(options["closed"]).replace(tzinfo=when.tzinfo)
        if "closed" in options
        else None,
        snoozed_until=datetime.fromisoformat(options["snoozed"]).replace(tzinfo=when.tzinfo)
        if "snoozed" in options
        else None,
    )


def _message(
    verb: str, when: datetime, words: list[str], options: dict[str, str], index: int
) -> MessageRecord:
    received = verb == "received"
    return MessageRecord(
        message_id=options.get("id", f"<m{index}@test>"),
        interview="i1",
        direction="received" if received else "sent",
        date=when,
        kind=words[0],
        from_addr=options.get("from", COMPANY_CONTACT if received else "me@home.example"),
        to=("me@home.example",) if received else (COMPANY_CONTACT,),
        named_date=date.fromisoformat(options["date"]) if "date" in options else None,
        asks_reply="asks" in words,
    )


@dataclass(frozen=True)
class Case:
    name: str
    story: str
    now: str
    status: str
    due: tuple[str, ...] = ()
    # (action, local "YYYY-MM-DD HH:MM"); None: nothing left; ANY: not checked
    next_step: tuple[str, str] | None | str = "any"
    settings: PolicySettings = field(default_factory=PolicySettings)
    announced: tuple[tuple[str, str], ...] = ()  # (action, key)
    outcome: str | None = None
    recipients: tuple[str, ...] | None = None


def run(case: Case) -> Decision:
    story = timeline(case.story, case.settings)
    notices = [
        NoticeRecord(
            interview="i1", action=a, key=k, channel="desktop", sent_at=moment(case.now, case.settings)
        )
        for a, k in case.announced
    ]
    return evaluate(
        story.interview, story.messages, story.events, notices, case.settings, moment(case.now, case.settings)
    )


BERLIN_DE = PolicySettings(timezone="Europe/Berlin", country="DE")
NEW_YORK_US = PolicySettings(timezone="America/New_York", country="US")
LONDON_GB = PolicySettings(timezone="Europe/London", country="GB")

TUE_INTERVIEW = "interview 2024-11-05 10:00"  # Tuesday
THANKED = "sent 2024-11-05 17:00 thank_you"

CASES = [
    # --- thank-you
    Case("fresh interview waits for the next morning", TUE_INTERVIEW, "2024-11-05 15:00", "awaiting",
         next_step=("thank_you", "2024-11-06 09:00")),
    Case("thank-you due the next business morning", TUE_INTERVIEW, "2024-11-06 10:00", "awaiting",
         due=("thank_you",), next_step=("thank_you", "2024-11-06 09:00"), recipients=(COMPANY_CONTACT,)),
    Case("friday interview: thank-you on monday", "interview 2024-11-08 14:00", "2024-11-11 09:00",
         "awaiting",
         due=("thank_you",)),
    Case("thank-you turned off", TUE_INTERVIEW, "2024-11-06 10:00", "awaiting",
         next_step=("follow_up_1", "2024-11-14 09:00"), settings=PolicySettings(thank_you=False)),
    Case("thank-you already sent", f"{TUE_INTERVIEW}\n{THANKED}", "2024-11-06 10:00", "awaiting",
         next_step=("follow_up_1", "2024-11-14 09:00")),
    Case("any sent mail on the evening counts as the thank-you",
         f"{TUE_INTERVIEW}\nsent 2024-11-05 21:00 other", "2024-11-06 10:00", "awaiting",
         next_step=("follow_up_1", "2024-11-14 09:00")),
    Case("a logged sent event counts as the thank-you",
         f"{TUE_INTERVIEW}\nevent 2024-11-05 18:00 sent thank_you", "2024-11-06 10:00", "awaiting",
         next_step=("follow_up_1", "2024-11-14 09:00")),
    Case("mail sent before the interview is not a thank-you",
         f"{TUE_INTERVIEW}\nsent 2024-11-05 08:00 other", "2024-11-06 10:00", "awaiting", due=("thank_you",)),
    Case("thank-you announced leaves due_now", TUE_INTERVIEW, "2024-11-06 10:00", "awaiting",
         announced=(("thank_you", ""),), next_step=("follow_up_1", "2024-11-14 09:00")),
    Case("an unsent thank-you gives way to the follow-up", TUE_INTERVIEW, "2024-11-14 10:00", "awaiting",
         due=("follow_up_1",)),
    # --- holidays and time zones
    Case("German Unity Day is skipped", "interview 2024-10-02 10:00", "2024-10-03 10:00", "awaiting",
         next_step=("thank_you", "2024-10-04 09:00"), settings=BERLIN_DE),
    Case("without a country 3 Oct is a business day", "interview 2024-10-02 10:00", "2024-10-03 10:00",
         "awaiting", due=("thank_you",), settings=PolicySettings(timezone="Europe/Berlin")),
    Case("British Christmas and Boxing Day are skipped", "interview 2024-12-24 10:00", "2024-12-27 09:30",
         "awaiting", due=("thank_you",), next_step=("thank_you", "2024-12-27 09:00"), settings=LONDON_GB),
    Case("follow-up across the end of summer time in Berlin",
         "interview 2024-10-24 10:00\nsent 2024-10-24 18:00 thank_you", "2024-11-04 09:00", "awaiting",
         due=("follow_up_1",), next_step=("follow_up_1", "2024-11-04 09:00"), settings=BERLIN_DE),
    Case("thank-you across the New York clock change", "interview 2024-11-01 15:00", "2024-11-04 09:00",
         "awaiting", due=("thank_you",), next_step=("thank_you", "2024-11-04 09:00"), settings=NEW_YORK_US),
    # --- first follow-up
    Case("no promise: seven business days", f"{TUE_INTERVIEW}\n{THANKED}", "2024-11-14 09:00", "awaiting",
         due=("follow_up_1",)),
    Case("promised date plus two business days",
         f"interview 2024-11-05 10:00 promise=2024-11-15\n{THANKED}", "2024-11-19 09:30", "awaiting",
         due=("follow_up_1",), next_step=("follow_up_1", "2024-11-19 09:00")),
    Case("not before the promise has run out",
         f"interview 2024-11-05 10:00 promise=2024-11-15\n{THANKED}", "2024-11-18 16:00", "awaiting",
         next_step=("follow_up_1", "2024-11-19 09:00")),
    Case("acknowledgement names a later date",
         f"interview 2024-11-05 10:00 promise=2024-11-15\n{THANKED}\n"
         "received 2024-11-14 11:00 acknowledgement date=2024-11-20", "2024-11-19 10:00", "awaiting",
         next_step=("follow_up_1", "2024-11-22 09:00")),
    Case("acknowledgement naming an earlier date changes nothing",
         f"interview 2024-11-05 10:00 promise=2024-11-15\n{THANKED}\n"
         "received 2024-11-08 11:00 acknowledgement date=2024-11-12", "2024-11-19 10:00", "awaiting",
         due=("follow_up_1",)),
    Case("acknowledgement is the only promise",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-06 11:00 acknowledgement date=2024-11-18",
         "2024-11-14 10:00", "awaiting", next_step=("follow_up_1", "2024-11-20 09:00")),
    Case("through a recruiter: the draft goes to the recruiter",
         f"interview 2024-11-05 10:00 via={RECRUITER}\n{THANKED}", "2024-11-14 10:00", "awaiting",
         due=("follow_up_1",), recipients=(RECRUITER,)),
    Case("out of office moves the follow-up after the return",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-05 17:01 auto_reply date=2024-11-22",
         "2024-11-14 10:00", "awaiting", next_step=("follow_up_1", "2024-11-25 09:00")),
    Case("an earlier return date does not move it",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-05 17:01 auto_reply date=2024-11-07",
         "2024-11-14 10:00", "awaiting", due=("follow_up_1",)),
    Case("acknowledgement, auto-reply and bulk are not heard back",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-06 10:00 acknowledgement\n"
         "received 2024-11-06 10:01 auto_reply\nreceived 2024-11-07 10:00 bulk", "2024-11-14 10:00",
         "awaiting",
         due=("follow_up_1",)),
    Case("a reply that could not be read is not heard back and cancels nothing",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-06 10:00 unknown", "2024-11-14 10:00", "awaiting",
         due=("follow_up_1",)),
    Case("a sent message that could not be read is no thank-you",
         f"{TUE_INTERVIEW}\nsent 2024-11-05 17:00 unknown", "2024-11-06 10:00", "awaiting", due=("thank_you",)),
    Case("a sent message that could not be read is no follow-up",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 12:00 unknown", "2024-11-14 13:00", "awaiting",
         due=("follow_up_1",)),
    # --- second follow-up and moving on
    Case("follow-up 1 sent: follow-up 2 five business days later",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up", "2024-11-15 10:00", "awaiting",
         announced=(("follow_up_1", ""),), next_step=("follow_up_2", "2024-11-21 09:00")),
    Case("follow-up 1 announced but never sent: no skipping ahead",
         f"{TUE_INTERVIEW}\n{THANKED}", "2024-12-10 10:00", "awaiting", announced=(("follow_up_1", ""),),
         next_step=None),
    Case("mail after the thank-you window is follow-up 1 and also the thanks",
         f"{TUE_INTERVIEW}\nsent 2024-11-11 10:00 other", "2024-11-12 10:00", "awaiting",
         next_step=("follow_up_2", "2024-11-18 09:00")),
    Case("an early follow-up does not bring follow-up 2 before the promise",
         f"interview 2024-11-05 10:00 promise=2024-11-22\n{THANKED}\nsent 2024-11-11 10:00 follow_up",
         "2024-11-19 10:00", "awaiting", next_step=("follow_up_2", "2024-11-26 09:00")),
    Case("a logged follow-up counts as sent",
         f"{TUE_INTERVIEW}\n{THANKED}\nevent 2024-11-14 11:00 sent follow_up", "2024-11-21 09:00", "awaiting",
         due=("follow_up_2",)),
    Case("follow-up 2 sent: move on five business days later",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up",
         "2024-11-27 10:00", "awaiting", next_step=("move_on", "2024-11-28 09:00")),
    Case("move-on due: dropped",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up",
         "2024-11-28 10:00", "dropped", due=("move_on",)),
    Case("move-on announced: dropped and silent",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up\n"
         "sent 2024-12-02 10:00 follow_up\nreceived 2024-12-03 10:00 acknowledgement asks",
         "2024-12-10 10:00", "dropped", announced=(("move_on", ""),), next_step=None),
    Case("Thanksgiving delays the move-on",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up",
         "2024-11-28 10:00", "awaiting", next_step=("move_on", "2024-11-29 09:00"), settings=NEW_YORK_US),
    # --- heard back
    Case("rejection before the thank-you: ask for feedback",
         f"{TUE_INTERVIEW}\nreceived 2024-11-06 08:00 rejection from=hr@acme.example", "2024-11-07 09:00",
         "heard_back", due=("ask_feedback",), outcome="rejection", recipients=("hr@acme.example",)),
    Case("rejection with ask_feedback off",
         f"{TUE_INTERVIEW}\nreceived 2024-11-06 08:00 rejection", "2024-11-07 09:00", "heard_back",
         outcome="rejection", settings=PolicySettings(ask_feedback=False), next_step=None),
    Case("rejection already answered",
         f"{TUE_INTERVIEW}\nreceived 2024-11-06 08:00 rejection\nsent 2024-11-06 12:00 other",
         "2024-11-07 09:00", "heard_back", outcome="rejection", next_step=None),
    Case("next step after follow-up 1 cancels follow-up 2",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nreceived 2024-11-18 10:00 next_step",
         "2024-11-21 10:00", "heard_back", outcome="next_step", next_step=None),
    Case("offer after follow-up 2 cancels the move-on",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up\n"
         "received 2024-11-26 10:00 offer", "2024-11-28 10:00", "heard_back", outcome="offer",
         next_step=None),
    Case("a logged heard event is news",
         f"{TUE_INTERVIEW}\n{THANKED}\nevent 2024-11-12 10:00 heard next_step", "2024-11-14 10:00",
         "heard_back", outcome="next_step", next_step=None),
    Case("the latest feedback is the outcome",
         f"{TUE_INTERVIEW}\nreceived 2024-11-06 10:00 next_step\nreceived 2024-11-20 10:00 rejection",
         "2024-11-20 11:00", "heard_back", outcome="rejection", next_step=("ask_feedback",
         "2024-11-21 09:00")),
    Case("a reply that decides nothing after the offer leaves the offer the outcome",
         f"{TUE_INTERVIEW}\nreceived 2024-11-20 10:00 offer\nreceived 2024-11-20 10:15 other",
         "2024-11-20 11:00", "heard_back", outcome="offer", next_step=None),
    Case("a reply that decides nothing after a no: still ask for feedback",
         f"{TUE_INTERVIEW}\nreceived 2024-11-06 08:00 rejection from=hr@acme.example\n"
         "received 2024-11-06 09:00 other from=hr@acme.example", "2024-11-07 09:00",
         "heard_back", due=("ask_feedback",), outcome="rejection", recipients=("hr@acme.example",)),
    Case("a logged note that decides nothing after a next step leaves the step the outcome",
         f"{TUE_INTERVIEW}\nreceived 2024-11-12 10:00 next_step\nevent 2024-11-13 10:00 heard other",
         "2024-11-14 10:00", "heard_back", outcome="next_step", next_step=None),
    Case("with only replies that decide nothing, the latest is the outcome",
         f"{TUE_INTERVIEW}\nreceived 2024-11-12 10:00 other\nevent 2024-11-13 10:00 heard other",
         "2024-11-14 10:00", "heard_back", outcome="other", next_step=None),
    Case("news after the move-on ends the silence",
         f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up\n"
         "received 2024-12-02 10:00 offer", "2024-12-02 11:00", "heard_back", outcome="offer",
         announced=(("move_on", ""),), next_step=None),
    Case("offer with a deadline: the business morning before",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-18 15:00 offer date=2024-11-22 id=<offer@acme>",
         "2024-11-21 09:00", "heard_back", outcome="offer", due=("offer_deadline",)),
    Case("offer deadline after a weekend",
         f"{TUE_INTERVIEW}\nreceived 2024-11-14 15:00 offer date=2024-11-18",
         "2024-11-14 16:00", "heard_back", outcome="offer", next_step=("offer_deadline", "2024-11-15 09:00")),
    Case("offer deadline passed", f"{TUE_INTERVIEW}\nreceived 2024-11-18 15:00 offer date=2024-11-22",
         "2024-11-25 10:00", "heard_back", outcome="offer", next_step=None),
    Case("their question unanswered: reply",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-11 15:00 next_step asks from=hr@acme.example",
         "2024-11-12 09:00", "heard_back", outcome="next_step", due=("reply",),
         recipients=("hr@acme.example",)),
    Case("their question answered",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-11 15:00 next_step asks\nsent 2024-11-11 16:00 other",
         "2024-11-12 09:00", "heard_back", outcome="next_step", next_step=None),
    Case("an acknowledgement that asks something wants a reply too",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-07 15:00 acknowledgement asks", "2024-11-08 09:00",
         "awaiting", due=("reply",)),
    Case("reply_days 0: a reply is due at once, not before the question arrived",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-07 15:00 next_step asks", "2024-11-07 15:30",
         "heard_back", due=("reply",), next_step=("reply", "2024-11-07 15:00"),
         settings=PolicySettings(reply_days=0)),
    Case("an auto-reply never wants a reply",
         f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-07 15:00 auto_reply asks", "2024-11-08 09:00",
         "awaiting"),
    # --- snooze and close
    Case("snoozed: nothing before the snooze ends",
         f"{TUE_INTERVIEW}\nevent 2024-11-05 18:00 snooze 2024-11-18T12:00", "2024-11-06 10:00", "awaiting",
         next_step=("thank_you", "2024-11-18 12:00")),
    Case("snooze ending on a saturday waits for monday",
         f"{TUE_INTERVIEW}\n{THANKED}\nevent 2024-11-06 10:00 snooze 2024-11-16T10:00", "2024-11-14 10:00",
         "awaiting", next_step=("follow_up_1", "2024-11-18 09:00")),
    Case("snoozed_until on the interview",
         f"interview 2024-11-05 10:00 snoozed=2024-11-20T10:00\n{THANKED}", "2024-11-14 10:00", "awaiting",
         next_step=("follow_up_1", "2024-11-20 10:00")),
    Case("a snooze that has ended changes nothing",
         f"{TUE_INTERVIEW}\n{THANKED}\nevent 2024-11-06 10:00 snooze 2024-11-07T10:00", "2024-11-14 10:00",
         "awaiting", due=("follow_up_1",)),
    Case("an unreadable snooze is ignored",
         f"{TUE_INTERVIEW}\n{THANKED}\nevent 2024-11-06 10:00 snooze next week", "2024-11-14 10:00",
         "awaiting", due=("follow_up_1",)),
    Case("closed by an event", f"{TUE_INTERVIEW}\nevent 2024-11-05 18:00 close", "2024-11-14 10:00",
         "closed", next_step=None),
    Case("closed_at in the past", "interview 2024-11-05 10:00 closed=2024-11-06T08:00", "2024-11-14 10:00",
         "closed", next_step=None),
    Case("closed_at still ahead", "interview 2024-11-05 10:00 closed=2024-11-20T08:00", "2024-11-14 10:00",
         "awaiting", due=("follow_up_1",)),
    Case("closed even after news", f"{TUE_INTERVIEW}\nreceived 2024-11-06 08:00 rejection\n"
         "event 2024-11-06 09:00 close", "2024-11-07 10:00", "closed", outcome="rejection", next_step=None),
    Case("reopened: due again from the reopening",
         f"{TUE_INTERVIEW}\n{THANKED}\nevent 2024-11-06 10:00 close\nevent 2024-11-19 20:00 reopen",
         "2024-11-19 21:00", "awaiting", next_step=("follow_up_1", "2024-11-20 09:00")),
    # --- working hours
    Case("evening: nothing due, next step at the next window", TUE_INTERVIEW, "2024-11-06 19:00", "awaiting",
         next_step=("thank_you", "2024-11-07 09:00")),
    Case("weekend: nothing due, next step on monday", "interview 2024-11-08 10:00", "2024-11-09 11:00",
         "awaiting", next_step=("thank_you", "2024-11-11 09:00")),
    Case("holiday: nothing due", "interview 2024-09-24 10:00\nsent 2024-09-24 18:00 thank_you",
         "2024-10-03 10:00", "awaiting",
         next_step=("follow_up_1", "2024-10-04 09:00"), settings=BERLIN_DE),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_schedule(case: Case) -> None:
    decision = run(case)
    assert decision.interview == "i1"
    assert decision.status == case.status
    assert tuple(step.action for step in decision.due_now) == case.due
    if case.next_step is None:
        assert decision.next_step is None
    elif isinstance(case.next_step, tuple):
        # ``next_step`` names when its notice is raised: outside working hours that waits for
        # the next window, while the step's own ``due`` stays when it fell due.
        action, local_notice = case.next_step
        assert decision.next_step is not None
        assert (decision.next_step.action, decision.next_step.notice_at) == (
            action,
            moment(local_notice, case.settings),
        )
    if case.outcome is not None or case.status == "awaiting":
        assert decision.outcome == case.outcome
    if case.recipients is not None:
        assert decision.recipients == case.recipients


def test_due_times_keep_local_nine_across_dst() -> None:
    case = Case("", "interview 2024-10-24 10:00", "2024-10-24 12:00", "awaiting", settings=BERLIN_DE)
    decision = run(case)
    assert decision.next_step is not None
    assert decision.next_step.due.astimezone(UTC) == datetime(2024, 10, 25, 7, 0, tzinfo=UTC)  # CEST
    thanked = f"{case.story}\nsent 2024-10-24 18:00 thank_you"
    later = run(Case("", thanked, "2024-10-28 12:00", "awaiting", settings=BERLIN_DE))
    assert later.next_step is not None
    assert later.next_step.due.astimezone(UTC) == datetime(2024, 11, 4, 8, 0, tzinfo=UTC)  # CET


@pytest.mark.parametrize(
    ("story", "now", "expected"),
    [
        (
            f"{TUE_INTERVIEW}\n{THANKED}",
            "2024-11-14 10:00",
            "Interviewed Tue 5 Nov; no reply after 7 business days.",
        ),
        (
            f"interview 2024-11-05 10:00 promise=2024-11-15\n{THANKED}",
            "2024-11-19 10:00",
            "Feedback was promised by Fri 15 Nov; no reply for 2 business days.",
        ),
        (
            f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-06 08:00 auto_reply date=2024-11-22",
            "2024-11-25 10:00",
            "Interviewed Tue 5 Nov; no reply after 7 business days, and they were away until Fri 22 Nov.",
        ),
        (
            f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up",
            "2024-11-21 10:00",
            "Followed up on Thu 14 Nov; no reply after 5 business days.",
        ),
        (
            f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up",
            "2024-11-28 10:00",
            "No answer after two follow-ups (the last on Thu 21 Nov): consider this closed.",
        ),
        (
            f"{TUE_INTERVIEW}\nreceived 2024-11-11 15:00 next_step asks",
            "2024-11-12 10:00",
            "They asked for an answer on Mon 11 Nov; nothing sent back after 1 business day.",
        ),
    ],
)
def test_why_is_one_plain_sentence(story: str, now: str, expected: str) -> None:
    decision = run(Case("", story, now, ""))
    assert [step.why for step in decision.due_now] == [expected]


@pytest.mark.parametrize(
    ("story", "now", "expected"),
    [
        (f"{TUE_INTERVIEW}\n{THANKED}", "2024-11-08 10:00",
         "Interviewed Tue 5 Nov; due if no reply comes within 7 business days."),
        (f"interview 2024-11-05 10:00 promise=2024-11-15\n{THANKED}", "2024-11-12 10:00",
         "Feedback was promised by Fri 15 Nov; due if no reply comes within 2 business days after that."),
        (f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-06 08:00 auto_reply date=2024-11-22", "2024-11-08 10:00",
         "Interviewed Tue 5 Nov; due if no reply comes within 7 business days, and not before their return on"
         " Fri 22 Nov."),
        (f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up", "2024-11-15 10:00",
         "Followed up on Thu 14 Nov; due if no reply comes within 5 business days."),
        (f"{TUE_INTERVIEW}\n{THANKED}\nsent 2024-11-14 11:00 follow_up\nsent 2024-11-21 10:00 follow_up",
         "2024-11-22 10:00",
         "No answer after two follow-ups (the last on Thu 21 Nov); if none comes within 5 business days:"
         " consider this closed."),
    ],
)
def test_a_step_not_yet_due_says_its_reason_as_a_condition(story: str, now: str, expected: str) -> None:
    """Shown ahead of its time (to-do list, interview show, calendar export), a step's reason
    says what would make it due, never "no reply after 7 business days" before they have passed."""
    decision = run(Case("", story, now, ""))
    assert not decision.due_now
    assert decision.next_step is not None and decision.next_step.why == expected


def test_why_never_quotes_mail() -> None:
    settings = PolicySettings()
    story = timeline(f"{TUE_INTERVIEW}\nreceived 2024-11-11 15:00 next_step asks", settings)
    secret = MessageRecord(**{**story.messages[0].__dict__, "subject": "Salary 123456 confidential"})
    decision = evaluate(story.interview, [secret], [], [], settings, moment("2024-11-12 10:00", settings))
    assert decision.due_now
    assert all("123456" not in step.why and "Salary" not in step.why for step in decision.due_now)


def test_reply_and_offer_steps_are_keyed_by_message() -> None:
    story = (
        f"{TUE_INTERVIEW}\n"
        "received 2024-11-18 11:00 offer date=2024-11-22 asks id=<offer@acme>\n"
        "received 2024-11-18 12:00 other asks id=<question@acme>"
    )
    decision = run(Case("", story, "2024-11-21 10:00", ""))
    assert sorted((s.action, s.key) for s in decision.due_now) == [
        ("offer_deadline", "<offer@acme>"),
        ("reply", "<offer@acme>"),
        ("reply", "<question@acme>"),
    ]
    answered_one = run(Case("", story, "2024-11-21 10:00", "", announced=(("reply", "<offer@acme>"),)))
    assert sorted((s.action, s.key) for s in answered_one.due_now) == [
        ("offer_deadline", "<offer@acme>"),
        ("reply", "<question@acme>"),
    ]


def test_future_messages_and_events_are_ignored() -> None:
    story = f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-20 10:00 rejection\nevent 2024-11-20 11:00 close"
    decision = run(Case("", story, "2024-11-14 10:00", ""))
    assert decision.status == "awaiting"
    assert [s.action for s in decision.due_now] == ["follow_up_1"]


def test_notices_of_other_interviews_do_not_count() -> None:
    settings = PolicySettings()
    story = timeline(TUE_INTERVIEW, settings)
    now = moment("2024-11-06 10:00", settings)
    elsewhere = NoticeRecord(interview="other", action="thank_you", key="", channel="desktop", sent_at=now)
    decision = evaluate(story.interview, [], [], [elsewhere], settings, now)
    assert [s.action for s in decision.due_now] == ["thank_you"]


def test_interview_overrides_are_the_callers_business() -> None:
    # The caller merges per-interview overrides; the policy only reads the settings it is given.
    slower = PolicySettings(follow_up_days=10)
    decision = run(Case("", f"{TUE_INTERVIEW}\n{THANKED}", "2024-11-14 10:00", "", settings=slower))
    assert decision.next_step is not None
    assert decision.next_step.due == moment("2024-11-19 09:00", slower)


def test_each_due_step_carries_its_own_recipients() -> None:
    from watcher.model import MessageRecord

    when = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    interview = Interview(id="acme", company="Acme", when=when, contacts=("anna@acme.com",))
    asks = MessageRecord(message_id="<ask@acme.com>", interview="acme", direction="received",
                         date=datetime(2026, 11, 4, 10, 0, tzinfo=UTC), kind="acknowledgement",
                         from_addr="hr@acme.com", asks_reply=True)
    settings = PolicySettings(timezone="UTC")
    decision = evaluate(interview, [asks], [], [], settings, datetime(2026, 11, 12, 10, 0, tzinfo=UTC))
    by_action = {step.action: step.recipients for step in decision.due_now}
    assert by_action["reply"] == ("hr@acme.com",)
    assert by_action["follow_up_1"] == ("anna@acme.com",)


@pytest.mark.parametrize(("via", "expected"), [("sam@talentbridge.co", ("sam@talentbridge.co",)), (None, ())])
def test_a_no_reply_sender_is_answered_through_the_people_of_the_interview(via, expected) -> None:
    """A platform's no-reply rejection is answered through the recruiter; with nobody logged,
    the draft has no address (it says to add a contact) rather than one nobody reads."""
    from watcher.model import MessageRecord

    when = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    interview = Interview(id="g", company="Globex", when=when, via=via)
    no = MessageRecord(message_id="<r@gh>", interview="g", direction="received",
                       date=datetime(2026, 11, 5, 10, 0, tzinfo=UTC), kind="rejection",
                       from_addr="no-reply@us.greenhouse-mail.io")
    decision = evaluate(interview, [no], [], [], PolicySettings(timezone="UTC"),
                        datetime(2026, 11, 6, 10, 0, tzinfo=UTC))
    [step] = decision.due_now
    assert (step.action, step.recipients) == ("ask_feedback", expected)


@pytest.mark.parametrize(
    ("story", "now", "due", "notice"),
    [
        (TUE_INTERVIEW, "2024-11-06 18:30", "2024-11-06 09:00", "2024-11-07 09:00"),
        ("interview 2024-11-07 10:00", "2024-11-09 11:00", "2024-11-08 09:00", "2024-11-11 09:00"),
        ("interview 2024-11-08 10:00", "2024-11-09 11:00", "2024-11-11 09:00", "2024-11-11 09:00"),
    ],
    ids=["evening", "saturday, due on friday", "saturday, due on monday"],
)
def test_out_of_hours_a_step_keeps_its_due_time_and_only_the_notice_waits(
    story: str, now: str, due: str, notice: str
) -> None:
    settings = PolicySettings()
    decision = run(Case("", story, now, ""))
    assert decision.due_now == ()  # never badger at night or at the weekend
    assert decision.next_step is not None and decision.next_step.action == "thank_you"
    assert decision.next_step.due == moment(due, settings)
    assert decision.next_step.notice_at == moment(notice, settings)
    assert decision.to_do == decision.next_step
    # At the next window the notice is raised, for the step due since its own time.
    morning = run(Case("", story, notice.replace(" 09:00", " 09:05"), ""))
    assert [(s.action, s.due) for s in morning.due_now] == [("thank_you", moment(due, settings))]


def test_out_of_hours_every_step_fallen_due_is_overdue_not_only_the_earliest() -> None:
    story = f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-07 11:00 other asks id=<q@acme>\nreceived 2024-11-12 12:00 rejection"
    evening = run(Case("", story, "2024-11-13 19:00", ""))
    assert evening.due_now == ()  # the notices wait for the morning
    assert [(s.action, s.due.day) for s in evening.overdue] == [("reply", 8), ("ask_feedback", 13)]
    morning = run(Case("", story, "2024-11-14 09:30", ""))
    assert morning.overdue == morning.due_now and len(morning.due_now) == 2
    # An announced step is reminded, no longer overdue-and-unannounced.
    told = run(Case("", story, "2024-11-13 19:00", "", announced=(("reply", "<q@acme>"),)))
    assert [s.action for s in told.overdue] == ["ask_feedback"]


def test_the_request_for_feedback_answers_the_rejection() -> None:
    story = f"{TUE_INTERVIEW}\n{THANKED}\nreceived 2024-11-12 12:00 rejection id=<no@acme>"
    [step] = run(Case("", story, "2024-11-13 10:00", "")).due_now
    assert (step.action, step.answers, step.key) == ("ask_feedback", "<no@acme>", "")
    logged = run(Case("", f"{TUE_INTERVIEW}\n{THANKED}\nevent 2024-11-12 12:00 heard rejection", "2024-11-13 10:00", ""))
    assert [(s.action, s.answers) for s in logged.due_now] == [("ask_feedback", "")]  # no message to answer


@pytest.mark.parametrize("now", ["2024-11-14 18:30", "2024-11-16 11:00"], ids=["evening", "saturday"])
def test_the_board_puts_a_follow_up_due_out_of_hours_in_its_column(now: str) -> None:
    from watcher.web.view import stage_of

    settings = PolicySettings()
    decision = run(Case("", f"{TUE_INTERVIEW}\n{THANKED}", now, ""))  # follow-up 1 due Thu 14 Nov 09:00
    assert decision.due_now == ()
    assert stage_of(decision, moment(now, settings)) == "follow_up_due"
