"""Properties of the follow-up schedule over random timelines.

A clock steps forward through each random timeline, announcing whatever is due at
each step, the way the daemon does; the schedule must never badger, never speak
outside working hours, and stay silent when the interview is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from watcher.model import (
    ACTIONS,
    RECEIVED_KINDS,
    SENT_KINDS,
    Decision,
    Direction,
    Event,
    Interview,
    MessageRecord,
    NoticeRecord,
    PolicySettings,
)
from watcher.policy import evaluate
from watcher.workdays import in_working_hours, next_window

AFTER_HEARD_BACK = {"ask_feedback", "reply", "offer_deadline"}
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
HORIZON = timedelta(days=100)


@dataclass(frozen=True)
class World:
    interview: Interview
    messages: tuple[MessageRecord, ...]
    events: tuple[Event, ...]
    settings: PolicySettings


policy_settings = st.builds(
    PolicySettings,
    timezone=st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]),
    country=st.sampled_from([None, "DE", "US", "GB"]),
    work_start=st.sampled_from([time(9, 0), time(8, 30), time(7, 0)]),
    work_end=st.sampled_from([time(18, 0), time(16, 0)]),
    thank_you=st.booleans(),
    follow_up_days=st.integers(1, 10),
    after_promise_days=st.integers(0, 4),
    follow_up_2_days=st.integers(1, 8),
    move_on_days=st.integers(1, 8),
    ask_feedback=st.booleans(),
    reply_days=st.integers(0, 3),
)

# Offsets from the interview, in minutes: a little before it to a couple of months after.
offsets = st.integers(-2 * 24 * 60, 60 * 24 * 60).map(lambda minutes: timedelta(minutes=minutes))
maybe_date_offset = st.none() | st.integers(-5, 45)


def rarely(values: st.SearchStrategy[datetime]) -> st.SearchStrategy[datetime | None]:
    """Mostly None, sometimes a value: a closed or snoozed interview should not dominate the examples."""
    return st.sampled_from([False, False, False, True]).flatmap(lambda use: values if use else st.none())


@st.composite
def messages(draw: st.DrawFn, when: datetime, index: int) -> MessageRecord:
    direction: Direction = draw(st.sampled_from(["received", "sent"]))
    kinds = RECEIVED_KINDS if direction == "received" else SENT_KINDS
    sent_at = when + draw(offsets)
    # Named dates (promised by, back on, decide by) lie around the message that names them.
    named = draw(st.none() | st.integers(-3, 20))
    return MessageRecord(
        message_id=f"<m{index}@test>",
        interview="i1",
        direction=direction,
        date=sent_at,
        kind=draw(st.sampled_from(kinds)),
        from_addr="hr@acme.example" if direction == "received" else "me@home.example",
        named_date=None if named is None else sent_at.date() + timedelta(days=named),
        asks_reply=draw(st.booleans()),
    )


@st.composite
def events(draw: st.DrawFn, when: datetime) -> Event:
    kind = draw(st.sampled_from(["sent", "heard", "snooze", "close", "reopen"]))
    details = {
        "sent": st.sampled_from(["thank_you", "follow_up", ""]),
        "heard": st.sampled_from(["rejection", "offer", "next_step", ""]),
        "snooze": offsets.map(lambda offset: (when + offset).isoformat()) | st.just("not a date"),
    }
    detail = draw(details.get(kind, st.just("")))
    return Event(interview="i1", kind=kind, at=when + draw(offsets), detail=detail)  # type: ignore[arg-type]


@st.composite
def worlds(draw: st.DrawFn) -> World:
    when = EPOCH + timedelta(minutes=draw(st.integers(0, 400 * 24 * 60)))
    promise = draw(maybe_date_offset)
    interview = Interview(
        id="i1",
        company="Acme",
        when=when,
        contacts=("jane@acme.example",),
        via=draw(st.sampled_from([None, "rec@agency.example"])),
        feedback_by=None if promise is None else when.date() + timedelta(days=promise),
        closed_at=draw(rarely(offsets.map(lambda offset: when + offset))),
        snoozed_until=draw(rarely(offsets.map(lambda offset: when + offset))),
    )
    count = draw(st.integers(0, 7))
    mail = tuple(draw(messages(when, index)) for index in range(count))
    logged = tuple(draw(st.lists(events(when), max_size=4)))
    return World(interview, mail, logged, draw(policy_settings))


def decide(world: World, announced: list[NoticeRecord], now: datetime) -> Decision:
    return evaluate(world.interview, world.messages, world.events, announced, world.settings, now)


def check_invariants(world: World, announced: list[NoticeRecord], now: datetime, decision: Decision) -> None:
    settings = world.settings
    due_actions = {step.action for step in decision.due_now}
    if not in_working_hours(now, settings):
        assert decision.due_now == ()
    for step in decision.due_now:
        assert step.due <= now
        assert (step.action, step.key) not in {(n.action, n.key) for n in announced}
    steps = [*decision.due_now, *([decision.next_step] if decision.next_step else [])]
    for step in steps:
        assert step.action in ACTIONS
        assert in_working_hours(step.due, settings), step
    if decision.status == "closed":
        assert decision.due_now == () and decision.next_step is None
    if decision.status == "heard_back":
        assert {step.action for step in steps} <= AFTER_HEARD_BACK
    if decision.status == "dropped":
        assert {step.action for step in steps} <= {"move_on"}
    if decision.status == "awaiting":
        assert "move_on" not in due_actions
    assert decide(world, announced, now) == decision


def next_moment(world: World, now: datetime, decision: Decision) -> datetime:
    """The next moment worth looking at: a step's time, a new input, a working window, or a day later."""
    inputs = [m.date for m in world.messages] + [e.at for e in world.events]
    inputs += [t for t in (world.interview.closed_at, world.interview.snoozed_until) if t is not None]
    candidates = [now + timedelta(days=1)]
    if not in_working_hours(now, world.settings):
        candidates.append(next_window(now, world.settings))
    candidates += [t for t in inputs if t > now]
    if decision.next_step is not None and decision.next_step.due > now:
        candidates.append(decision.next_step.due)
    return min(candidates)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_a_clock_stepping_through_the_timeline_never_badgers(world: World) -> None:
    announced: list[NoticeRecord] = []
    now = world.interview.when - timedelta(days=1)
    end = world.interview.when + HORIZON
    while now <= end:
        decision = decide(world, announced, now)
        check_invariants(world, announced, now, decision)
        for step in decision.due_now:
            announced.append(NoticeRecord("i1", step.action, step.key, "desktop", now))
        if decision.due_now:
            assert decide(world, announced, now).due_now == ()
        now = next_moment(world, now, decision)
    actions = [notice.action for notice in announced]
    assert actions.count("follow_up_1") <= 1
    assert actions.count("follow_up_2") <= 1
    assert actions.count("move_on") <= 1
    assert actions.count("thank_you") <= 1
    assert actions.count("ask_feedback") <= 1
    keyed = [(notice.action, notice.key) for notice in announced]
    assert len(keyed) == len(set(keyed))


@hypothesis_settings(max_examples=150, deadline=None)
@given(
    worlds(),
    st.integers(-2 * 24 * 60, 90 * 24 * 60),
    st.sets(
        st.tuples(st.sampled_from(ACTIONS), st.sampled_from(["", "<m0@test>", "<m1@test>", "<m2@test>"]))
    ),
)
def test_any_moment_with_any_notices_announced(
    world: World, minutes: int, done: set[tuple[str, str]]
) -> None:
    now = world.interview.when + timedelta(minutes=minutes)
    announced = [NoticeRecord("i1", action, key, "email", now) for action, key in sorted(done)]
    decision = decide(world, announced, now)
    check_invariants(world, announced, now, decision)
    if decision.next_step is not None:
        assert (decision.next_step.action, decision.next_step.key) not in done


@hypothesis_settings(max_examples=40, deadline=None)
@given(worlds(), st.integers(0, 90 * 24 * 60))
def test_later_inputs_do_not_change_the_answer(world: World, minutes: int) -> None:
    now = world.interview.when + timedelta(minutes=minutes)
    past_only = World(
        world.interview,
        tuple(m for m in world.messages if m.date <= now),
        tuple(e for e in world.events if e.at <= now),
        world.settings,
    )
    assert decide(world, [], now) == decide(past_only, [], now)
