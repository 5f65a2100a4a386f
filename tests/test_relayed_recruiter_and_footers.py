"""A recruiter logged by a mailbox of her own for recruiting ("marcus.reyes.talent@gmail.com")
is known by her name in a job board's relay ("Marcus Reyes via LinkedIn"); a platform's
footer under the message it carries ("This email was intended for ...", "You are receiving
LinkedIn notification emails. Unsubscribe: ...") is cut like a legal notice in every
language read, so its "Unsubscribe" no longer makes a mailing of a person's message; a
meeting proposed as a question of willingness ("open to a quick 20-min chat this week?") is
a next step. Examples written for these tests alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.test_classify import received
from watcher.classify import classify, new_part
from watcher.match import build_index, default_lists, match, person_of
from watcher.model import Interview, Mail
from watcher.phrases import load_phrases

ME = ("user@example.org",)


@pytest.mark.parametrize(("address", "terms"), [
    ("marcus.reyes.talent@gmail.com", ("marcus.reyes", "marcus reyes")),
    ("claire.morel.rh@gmail.com", ("claire.morel", "claire morel")),
    ("jane.doe@acme.example", ("jane.doe", "jane doe")),  # nothing to leave out
    ("talent.hr@acme.example", None),  # no name before the words of recruiting: nobody
])
def test_a_word_of_recruiting_after_a_persons_name_is_left_out(address: str, terms: tuple[str, ...] | None) -> None:
    person = person_of(address, frozenset(), default_lists().role_mailboxes)
    assert (person.terms if person else None) == terms


FOOTER = ("This email was intended for Robin Alder (Senior Software Engineer)\nYou are receiving LinkedIn notification "
          "emails.\nUnsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe\n© 2026 LinkedIn Corporation")
RELAYED = ("Marcus Reyes\nTechnical Recruiter | Fintech\n\nHi Robin - I'm helping Cobaltline Payments build out their "
           "ledger team. They're hiring a Staff Software Engineer, Ledger. Open to a quick 20-min chat this week?\n\n"
           "View message: https://www.linkedin.com/messaging/thread/2-YTk3ZmQ/\n\n" + FOOTER)


def relayed(date: datetime) -> Mail:
    return Mail(account="a", folder="INBOX", uid=1, message_id="<r1@linkedin.example>", date=date,
                from_addr="messages-noreply@linkedin.com", from_name="Marcus Reyes via LinkedIn", to=ME,
                subject="Marcus sent you a new message", body=RELAYED,
                headers={"list-unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"})


def test_a_recruiters_message_relayed_by_linkedin_is_tied_and_read() -> None:
    """Before, it was tied to nothing (the logged address's "talent" was taken for part of
    her name) and read as a mailing (the footer's "Unsubscribe")."""
    logged = Interview(id="cobaltline", company="Cobaltline Payments Inc.", role="Staff Software Engineer, Ledger",
                       when=datetime(2026, 11, 3, 16, 0, tzinfo=UTC), contacts=("dana.okafor@cobaltline.io",),
                       domains=("cobaltline.io",), via="marcus.reyes.talent@gmail.com")
    mail = relayed(datetime(2026, 10, 5, 15, 12, tzinfo=UTC))
    found = match(mail, build_index((logged,), ME), {})
    assert (found.interview, found.review) == ("cobaltline", False), found.reasons
    result = classify(mail, interview_company=logged.company)
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize("footer", [
    "This email was intended for Robin Alder (Data Engineer).",
    "You are receiving LinkedIn notification emails.",
    "Diese E-Mail ist für Robin Alder (Data Engineer) bestimmt.",
    "Cet e-mail était destiné à Robin Alder (Data Engineer).",
    "Este correo electrónico iba dirigido a Robin Alder (Data Engineer).",
    "Este e-mail era destinado a Robin Alder (Data Engineer).",
    "Questa email era destinata a Robin Alder (Data Engineer).",
    "Deze e-mail was bedoeld voor Robin Alder (Data Engineer).",
    "Ten e-mail był przeznaczony dla Robin Alder (Data Engineer).",
    "Det här e-postmeddelandet var avsett för Robin Alder (Data Engineer).",
])
def test_a_platforms_footer_is_cut_in_every_language(footer: str) -> None:
    body = f"Hi Robin,\n\nhere are the next steps for the role.\n\n{footer}\nUnsubscribe: https://example.org/u"
    own = new_part(body, load_phrases())
    assert "next steps" in own and "Unsubscribe" not in own and "Robin Alder" not in own


@pytest.mark.parametrize(("body", "step"), [
    ("Hi Sam, they're hiring a Data Engineer. Open to a quick 20-min chat this week?", True),
    ("Hi Sam, would you be up for a call on Friday?", True),
    ("Hi Sam, we are open to candidates from any background, and we'll come back to you by Friday.", False),
])
def test_a_meeting_proposed_as_a_question_of_willingness(body: str, step: bool) -> None:
    result = classify(received(body))
    assert (result.kind == "next_step") == step, result.reasons
