"""The board's column for an interview: one not yet held is coming up, not to thank."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.model import Decision, Step
from watcher.web.view import STAGES, stage_of

INTERVIEW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
THANK_YOU = Decision(interview="acme", status="awaiting",
                     next_step=Step(action="thank_you", due=datetime(2026, 12, 4, 9, 0, tzinfo=UTC)))


@pytest.mark.parametrize(("now", "column"), [
    (INTERVIEW - timedelta(days=2), "upcoming"),
    (INTERVIEW - timedelta(minutes=1), "upcoming"),
    (INTERVIEW + timedelta(hours=2), "to_thank"),
])
def test_an_interview_not_yet_held_is_coming_up_not_to_thank(now: datetime, column: str) -> None:
    assert stage_of(THANK_YOU, now, INTERVIEW) == column


def test_coming_up_is_the_first_column() -> None:
    assert STAGES[0][0] == "upcoming"


def test_news_before_the_interview_still_goes_by_the_news() -> None:
    offer = Decision(interview="acme", status="heard_back", outcome="offer")
    assert stage_of(offer, INTERVIEW - timedelta(days=1), INTERVIEW) == "offer"


def test_a_reply_that_decides_nothing_sits_under_a_heading_that_names_no_step() -> None:
    """A contact's note with a door code is a person's reply, no next step: its column says
    that they wrote back, not what they decided."""
    note = Decision(interview="acme", status="heard_back", outcome="other")
    column = stage_of(note, INTERVIEW + timedelta(days=3), INTERVIEW)
    assert column == "next_step"
    assert "step" not in dict(STAGES)[column].lower()
