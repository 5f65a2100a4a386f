"""Drafts rendered from the bundled templates and from a user's own folder."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from watcher.model import Draft, Interview
from watcher.notify.drafts import DraftTemplateError, contact_name, draft_to_mime, render_draft

INTERVIEW = Interview(
    id="i-acme",
    company="Acme",
    when=datetime(2026, 11, 3, 14, 0, tzinfo=UTC),  # a Tuesday
    role="Data Engineer",
    contacts=("anna.berg@acme.com",),
)
TO_ANNA = ("anna.berg@acme.com",)


def draft(action: str, recipients=TO_ANNA, templates_dir: Path | None = None, **kwargs) -> Draft | None:
    return render_draft(
        action,
        interview=INTERVIEW,
        recipients=recipients,
        me_name="Sam Lee",
        templates_dir=templates_dir,
        **kwargs,
    )


@pytest.mark.parametrize("action", ["thank_you", "follow_up_1", "follow_up_2", "ask_feedback", "reply"])
def test_every_draft_is_addressed_personal_signed_and_calm(action: str) -> None:
    result = draft(action)

    assert result is not None
    assert result.to == TO_ANNA
    assert result.subject and "$" not in result.subject
    assert result.body.startswith("Hello Anna,\n")
    assert result.body.rstrip().endswith("Sam Lee")
    assert "$" not in result.body
    assert "!" not in result.body + result.subject


@pytest.mark.parametrize("action", ["thank_you", "follow_up_1", "follow_up_2", "ask_feedback"])
def test_drafts_name_the_role_the_company_and_the_interview_day(action: str) -> None:
    result = draft(action)

    assert result is not None
    text = result.subject + "\n" + result.body
    assert "Data Engineer" in text
    assert "Acme" in text
    assert "Tuesday 3 November" in text


def test_the_second_follow_up_says_it_is_the_last() -> None:
    result = draft("follow_up_2")
    assert result is not None and "last" in result.body


def test_asking_for_feedback_asks_what_would_have_made_it_stronger() -> None:
    result = draft("ask_feedback")
    assert result is not None
    assert "Thank you" in result.body
    assert "what would have made my application stronger" in result.body


def test_the_holding_reply_promises_a_date_from_the_context() -> None:
    result = draft("reply", context={"reply_by": "Friday 6 November", "their_subject": "Next steps"})

    assert result is not None
    assert result.subject == "Re: Next steps"
    assert "come back to you by Friday 6 November." in result.body


@pytest.mark.parametrize("action", ["move_on", "offer_deadline", "heard_back"])
def test_actions_without_a_draft_give_none(action: str) -> None:
    assert draft(action) is None


@pytest.mark.parametrize("action", ["follow_up_3", "../thank_you", "generic_mailboxes"])
def test_an_unknown_action_is_an_error(action: str) -> None:
    with pytest.raises(ValueError):
        draft(action)


def test_a_team_mailbox_gets_a_plain_hello() -> None:
    result = draft("thank_you", recipients=("careers@acme.com",))
    assert result is not None and result.body.startswith("Hello,\n")


def test_no_recipient_still_gives_a_draft_with_a_plain_hello() -> None:
    result = draft("follow_up_1", recipients=())
    assert result is not None
    assert result.to == ()
    assert result.body.startswith("Hello,\n")


def test_unknown_role_and_name_still_read_well() -> None:
    result = render_draft(
        "follow_up_1",
        interview=Interview(id="i-x", company="Globex", when=INTERVIEW.when),
        recipients=("hr@globex.com",),
        me_name=None,
        templates_dir=None,
    )
    assert result is not None
    assert "for the position at Globex." in result.body
    assert "None" not in result.body
    assert result.body.endswith("Best regards,\n")


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("anna.berg@acme.com", "Anna"),
        ("j_smith@acme.com", None),  # one letter is an initial, not a name
        ("maria-luisa@acme.com", "Maria"),
        ("no-reply@acme.com", None),
        ("noreply@acme.com", None),
        ("Talent@acme.com", None),
        ("hr2024@acme.com", None),
        ("jsmith@acme.com", "Jsmith"),
    ],
)
def test_contact_name_from_the_address(address: str, name: str | None) -> None:
    assert contact_name(address) == name


def test_the_interview_day_follows_the_given_timezone() -> None:
    late = Interview(id="i-t", company="Tokio", when=datetime(2026, 11, 3, 23, 30, tzinfo=UTC))
    result = render_draft(
        "thank_you", interview=late, recipients=(), me_name=None, templates_dir=None, timezone="Asia/Tokyo"
    )
    assert result is not None and "Wednesday 4 November" in result.body


def test_a_user_template_overrides_the_bundled_one(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt").write_text(
        "Subject: Thanks, $contact_name\n\nDear $contact_name, thanks for $interview_date.\n$my_name\n",
        encoding="utf-8",
    )

    thanks = draft("thank_you", templates_dir=tmp_path)
    follow_up = draft("follow_up_1", templates_dir=tmp_path)

    assert thanks == Draft(
        to=TO_ANNA, subject="Thanks, Anna", body="Dear Anna, thanks for Tuesday 3 November.\nSam Lee\n"
    )
    assert (
        follow_up is not None and follow_up.subject == "Following up on our interview of Tuesday 3 November"
    )


def test_a_user_template_can_add_a_draft_for_another_action(tmp_path: Path) -> None:
    (tmp_path / "move_on.txt").write_text(
        "Subject: Closing the loop\n\nAll the best, $company.\n", encoding="utf-8"
    )

    result = draft("move_on", templates_dir=tmp_path)
    assert result is not None and result.body == "All the best, Acme.\n"


def test_a_user_template_without_a_subject_line_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "follow_up_1.txt").write_text("Hello $contact_name\n", encoding="utf-8")

    with pytest.raises(DraftTemplateError, match="follow_up_1.txt"):
        draft("follow_up_1", templates_dir=tmp_path)


def test_a_draft_becomes_a_parseable_message_with_crlf_lines() -> None:
    result = draft("follow_up_1", recipients=("anna.berg@acme.com", "hr@acme.com"))
    assert result is not None

    raw = draft_to_mime(result, "Sam Lee <sam@example.org>")
    message = message_from_bytes(raw, policy=default)

    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert message["From"] == "Sam Lee <sam@example.org>"
    assert message["To"] == "anna.berg@acme.com, hr@acme.com"
    assert message["Subject"] == result.subject
    assert message["Message-ID"].endswith(".draft@notice.watcher.invalid>")  # watcher's own mark
    assert message["X-Watcher-Notice"] == "draft"
    assert message["Date"] is not None
    assert message.get_content().replace("\r\n", "\n") == result.body


def test_non_ascii_survives_the_round_trip() -> None:
    result = Draft(to=("zoë@acme.com",), subject="Merci — entretien", body="Bonjour Zoë,\n\nMerci.\n")

    message = message_from_bytes(draft_to_mime(result, "sam@example.org"), policy=default)

    assert message["Subject"] == "Merci — entretien"
    assert message.get_content().replace("\r\n", "\n") == result.body


@pytest.mark.parametrize("action", ["thank_you", "follow_up_1", "follow_up_2", "ask_feedback", "reply"])
def test_an_interview_logged_without_a_role_is_the_position_never_an_open_one(action) -> None:
    """Before, an unknown role read "the open position at Globex", even in a request for
    feedback after a rejection: the position is simply "the position"."""
    result = render_draft(action, interview=Interview(id="i-x", company="Globex", when=INTERVIEW.when),
                          recipients=("anna@globex.com",), me_name="Sam", templates_dir=None)
    assert result is not None
    text = f"{result.subject}\n{result.body}"
    assert "open position" not in text and "None" not in text
    assert "  " not in text and " ," not in text
    assert "the position" in text.lower()


def test_a_thank_you_through_a_recruiter_without_a_role_reads_well() -> None:
    interview = Interview(id="i-x", company="Globex", when=INTERVIEW.when, via="jane@hollis.example")
    result = render_draft("thank_you", interview=interview, recipients=("jane@hollis.example",),
                          me_name="Sam", templates_dir=None)
    assert result is not None
    assert "Thank you for putting me forward for the position at Globex." in result.body


def test_an_own_template_with_role_reads_well_without_one(tmp_path) -> None:
    """A template of the user's written as "the $role position" leaves the role out, blank and all."""
    (tmp_path / "follow_up_1.txt").write_text(
        "Subject: About the ${role} position\n\nHello,\n\nAny news on the $role position at $company?\n")
    result = render_draft("follow_up_1", interview=Interview(id="i-x", company="Globex", when=INTERVIEW.when),
                          recipients=("anna@globex.com",), me_name=None, templates_dir=tmp_path)
    assert result is not None
    assert result.subject == "About the position"
    assert "Any news on the position at Globex?" in result.body
    with_role = render_draft("follow_up_1", interview=INTERVIEW, recipients=("anna@globex.com",),
                             me_name=None, templates_dir=tmp_path)
    assert with_role is not None and f"the {INTERVIEW.role} position" in with_role.body
