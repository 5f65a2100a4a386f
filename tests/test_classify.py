"""Each rule of classification on its own: kinds, traps, languages, quotes, dates, headers, HTML."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from watcher.classify import classify, fold, load_phrases, new_part
from watcher.model import Mail

# A Wednesday.
SENT_AT = datetime(2025, 6, 4, 9, 0, tzinfo=UTC)


def received(
    body: str | None,
    *,
    subject: str = "Your interview",
    headers: dict[str, str] | None = None,
    sender: str = "jane.doe@acme.example",
    when: datetime = SENT_AT,
    calendar: str | None = None,
) -> Mail:
    return Mail(
        account="test",
        folder="INBOX",
        uid=1,
        message_id="<m@acme.example>",
        date=when,
        from_addr=sender,
        to=("user@example.org",),
        subject=subject,
        headers=headers or {},
        body=body,
        calendar=calendar,
    )


def sent(body: str, subject: str = "Hello") -> Mail:
    return Mail(
        account="test",
        folder="Sent",
        uid=2,
        message_id="<s@example.org>",
        date=SENT_AT,
        from_addr="user@example.org",
        to=("jane.doe@acme.example",),
        subject=subject,
        direction="sent",
        body=body,
    )


def kind_of(body: str, **kwargs: object) -> str:
    return classify(received(body, **kwargs)).kind  # type: ignore[arg-type]


# ------------------------------------------------------------------ the traps


def test_ill_interviewer_and_a_reschedule_is_a_next_step_not_a_rejection() -> None:
    result = classify(received("Unfortunately the interviewer is ill, can we reschedule?"))
    assert result.kind == "next_step"
    assert result.asks_reply


def test_a_no_that_is_about_the_date_is_vetoed() -> None:
    body = (
        "Unfortunately the interviewer is ill, so we will not be able to move forward with tomorrow's"
        " session. Could we reschedule for next week?"
    )
    assert kind_of(body) == "next_step"


def test_praise_followed_by_a_decision_for_others_is_a_rejection() -> None:
    body = (
        "We were impressed by your experience; however we have decided to move forward with other candidates."
    )
    result = classify(received(body))
    assert result.kind == "rejection"
    assert "phrase 'decided to move forward with other candidates'" in result.reasons


def test_moving_to_the_final_round_is_a_next_step_not_an_offer() -> None:
    assert kind_of("We are pleased to move you to the final round of interviews.") == "next_step"


def test_a_real_offer_is_an_offer_with_its_decide_by_date() -> None:
    result = classify(received("We are delighted to offer you the role. Please let us know by June 13."))
    assert result.kind == "offer"
    assert result.date == date(2025, 6, 13)


def test_a_request_wins_over_no_decision_yet() -> None:
    body = "We have not made a decision yet. Could you send us two references in the meantime?"
    result = classify(received(body))
    assert result.kind == "next_step"
    assert result.asks_reply


def test_holding_reply_asks_nothing() -> None:
    result = classify(received("Thanks for your patience, no decision has been made yet. We'll be in touch."))
    assert result.kind == "acknowledgement"
    assert not result.asks_reply


def test_unable_to_offer_is_a_rejection_not_an_offer() -> None:
    assert kind_of("After much thought we are unable to offer you the position.") == "rejection"


def test_a_personal_note_with_no_decision_is_other() -> None:
    assert kind_of("Here is the article I mentioned about our migration. Enjoy!") == "other"


def test_an_unknown_platform_notice_is_not_news() -> None:
    result = classify(received("Your candidate portal has a new look.", sender="no-reply@ats.example"))
    assert result.kind == "acknowledgement"


# ------------------------------------------------------------------ headers come first


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        ({"auto-submitted": "auto-replied"}, "auto_reply"),
        ({"x-autoreply": "yes"}, "auto_reply"),
        ({"x-autorespond": "yes"}, "auto_reply"),
        ({"precedence": "auto_reply"}, "auto_reply"),
    ],
)
def test_headers_decide_before_phrases(headers: dict[str, str], kind: str) -> None:
    body = "Unfortunately we have decided to move forward with other candidates."
    result = classify(received(body, headers=headers))
    assert result.kind == kind
    assert result.confidence >= 0.9
    assert result.reasons[0].startswith("header")


@pytest.mark.parametrize(
    "headers",
    [
        {"list-unsubscribe": "<https://acme.example/u>"},
        {"list-id": "News <news.acme.example>"},
        {"precedence": "bulk"},
        {"precedence": "junk"},
    ],
)
def test_list_headers_make_bulk_mail_but_a_rejection_under_them_still_counts(headers: dict[str, str]) -> None:
    newsletter = classify(received("Our June newsletter: new offices and a hackathon.", headers=headers))
    assert newsletter.kind == "bulk" and newsletter.reasons[0].startswith("header")
    body = "Unfortunately we have decided to move forward with other candidates."
    result = classify(received(body, headers=headers))
    assert result.kind == "rejection"  # platforms' mailers add list headers to personal notices
    assert result.reasons[0].startswith("header")


def test_auto_submitted_no_is_not_an_auto_reply() -> None:
    body = "Unfortunately we have decided to move forward with other candidates."
    assert kind_of(body, headers={"auto-submitted": "no"}) == "rejection"


def test_machine_generated_mail_that_states_a_decision_is_read_for_it() -> None:
    body = "We regret to inform you that the position has been filled."
    assert kind_of(body, headers={"auto-submitted": "auto-generated"}) == "rejection"
    assert kind_of("Your ticket was received.", headers={"auto-submitted": "auto-generated"}) == "auto_reply"


def test_job_alert_senders_are_bulk_without_list_headers() -> None:
    result = classify(received("Acme is hiring: Staff Engineer", sender="jobalerts-noreply@linkedin.com"))
    assert result.kind == "bulk"


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Your interview",
        "Automatic reply: Thanks",
        "Abwesenheitsnotiz: Ihre Nachricht",
        "Réponse automatique : Entretien",
        "Respuesta automática: Entrevista",
    ],
)
def test_auto_reply_subjects_in_four_languages(subject: str) -> None:
    assert kind_of("Thanks for your message.", subject=subject) == "auto_reply"


def test_auto_reply_return_date() -> None:
    body = "I am out of the office and will be back on Monday, June 16."
    result = classify(received(body, headers={"auto-submitted": "auto-replied"}))
    assert result.date == date(2025, 6, 16)


def test_auto_reply_without_a_date() -> None:
    result = classify(received("I'm out of the office today.", headers={"x-autoreply": "yes"}))
    assert result.kind == "auto_reply"
    assert result.date is None


# ------------------------------------------------------------------ languages


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.",
            "rejection",
        ),
        ("Wir möchten Ihnen die Stelle anbieten; den Arbeitsvertrag senden wir Ihnen zu.", "offer"),
        ("Wir möchten Sie gerne zu einem zweiten Gespräch einladen.", "next_step"),
        ("Vielen Dank für Ihre Geduld, wir haben noch keine Entscheidung getroffen.", "acknowledgement"),
        ("Nous avons le regret de vous informer que votre candidature n'a pas été retenue.", "rejection"),
        ("Nous sommes heureux de vous proposer le poste ; la promesse d'embauche suit.", "offer"),
        (
            "Nous souhaitons vous inviter à un second entretien. Merci de nous indiquer vos disponibilités.",
            "next_step",
        ),
        ("Merci pour votre patience, nous reviendrons vers vous rapidement.", "acknowledgement"),
        ("Lamentamos informarte de que hemos decidido continuar con otros candidatos.", "rejection"),
        ("Nos complace ofrecerte el puesto; te enviamos la carta de oferta.", "offer"),
        (
            "Nos gustaría invitarte a una segunda entrevista. ¿Podrías indicarnos tu disponibilidad?",
            "next_step",
        ),
        ("Todavía no hemos tomado una decisión, te mantendremos informado.", "acknowledgement"),
    ],
)
def test_languages(body: str, kind: str) -> None:
    assert kind_of(body) == kind


def test_accents_are_optional_in_the_text() -> None:
    assert (
        kind_of("Leider muessen wir... wir haben uns fur einen anderen Kandidaten entschieden.")
        == "rejection"
    )
    assert (
        kind_of("Nous avons le regret de vous informer que nous ne pouvons pas donner suite.") == "rejection"
    )


def test_fold_drops_case_accents_and_extra_space() -> None:
    assert fold("  Décidé\u00a0 de   NE PAS  ") == "decide de ne pas"
    assert fold("We\u2019ll be in touch") == "we'll be in touch"


def test_a_reschedule_in_german_is_not_a_rejection() -> None:
    body = "Leider ist unser Teamleiter erkrankt. Können wir das Gespräch verschieben?"
    assert kind_of(body) == "next_step"


# ------------------------------------------------------------------ quoted history


@pytest.mark.parametrize(
    "quote_header",
    [
        "On Tue, Jun 3, 2025 at 10:00 AM Robin <user@example.org> wrote:",
        "On Tue, Jun 3, 2025 at 10:00 AM Robin Quinn\n<user@example.org> wrote:",
        "Am 03.06.2025 um 10:00 schrieb Robin <user@example.org>:",
        "Le mar. 3 juin 2025 à 10:00, Robin <user@example.org> a écrit :",
        "El mar, 3 jun 2025 a las 10:00, Robin (<user@example.org>) escribió:",
        "-----Original Message-----",
        "From: Robin <user@example.org>\nSent: Tuesday, June 3, 2025 10:00 AM",
        "Von: Robin <user@example.org>\nGesendet: Dienstag, 3. Juni 2025 10:00",
        "---------- Forwarded message ---------",
        "-- ",
    ],
)
def test_the_users_quoted_words_do_not_drive_the_reading(quote_header: str) -> None:
    body = (
        "Great news, thanks for sending it!\n\n"
        f"{quote_header}\n"
        "Unfortunately I could not attend; I understand if you decided to move forward with other candidates.\n"
    )
    assert kind_of(body) == "other"


def test_quoted_lines_are_dropped_even_without_a_header() -> None:
    body = "Sounds good.\n> we have decided to move forward with other candidates\nSee you then."
    assert kind_of(body) == "other"


def test_new_part_keeps_the_reply_itself() -> None:
    text = new_part(
        "We'd like to invite you to a final round.\n\nOn Mon, Jun 2 Robin wrote:\n> hi", load_phrases()
    )
    assert "final round" in text
    assert "hi" not in text.split("final round")[1]


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("We expect news by Friday.", date(2025, 6, 6)),
        ("We'll be in touch next week.", date(2025, 6, 13)),
        ("We expect to have news in two weeks.", date(2025, 6, 18)),
        ("We will get back to you by the 20th.", date(2025, 6, 20)),
        ("We will get back to you by the 2nd.", date(2025, 7, 2)),
        ("We will get back to you within 5 business days.", date(2025, 6, 11)),
        ("We will get back to you by June 20.", date(2025, 6, 20)),
        ("We will get back to you by 3 July 2025.", date(2025, 7, 3)),
        ("We will get back to you on 2025-06-27.", date(2025, 6, 27)),
        ("We will get back to you by Friday, June 20.", date(2025, 6, 20)),
        ("We will get back to you by the end of the month.", date(2025, 6, 30)),
        ("Wir melden uns bis zum 20.06. bei Ihnen.", date(2025, 6, 20)),
        ("Wir melden uns nächste Woche bei Ihnen.", date(2025, 6, 13)),
        ("Nous reviendrons vers vous d'ici le 12 juin.", date(2025, 6, 12)),
        ("Nous reviendrons vers vous la semaine prochaine.", date(2025, 6, 13)),
        ("Te mantendremos informado antes del 1 de julio.", date(2025, 7, 1)),
        ("Te mantendremos informado el viernes.", date(2025, 6, 6)),
    ],
)
def test_relative_and_named_dates_resolve_against_the_mail_date(phrase: str, expected: date) -> None:
    result = classify(received(phrase))
    assert result.kind == "acknowledgement"
    assert result.date == expected


def test_a_date_without_a_year_in_december_means_next_year() -> None:
    result = classify(received("We will be in touch by January 10.", when=datetime(2025, 12, 18, tzinfo=UTC)))
    assert result.date == date(2026, 1, 10)


def test_a_weekday_named_on_that_weekday_means_the_next_one() -> None:
    result = classify(received("We'll be in touch by Wednesday.", when=SENT_AT))
    assert result.date == date(2025, 6, 11)


def test_times_and_round_the_clock_are_not_dates() -> None:
    result = classify(received("We'll be in touch, we work 24/7 and reply at 10.30 usually."))
    assert result.kind == "acknowledgement"
    assert result.date is None


# ------------------------------------------------------------------ invitations


def test_an_invitation_with_a_day_and_time_in_the_text() -> None:
    body = "We'd like to invite you to an onsite interview on Tuesday, June 10 at 2:30 pm. Does that work for you?"
    result = classify(received(body), interview_company="Acme")
    assert result.kind == "next_step"
    assert result.invitation is not None
    assert result.invitation.company == "Acme"
    assert result.invitation.when == datetime(2025, 6, 10, 14, 30, tzinfo=UTC)


def test_a_german_invitation_with_uhr() -> None:
    body = "Wir möchten Sie zu einem zweiten Gespräch einladen: Dienstag, 24. Juni, um 14 Uhr?"
    result = classify(received(body))
    assert result.invitation is not None
    assert result.invitation.when == datetime(2025, 6, 24, 14, 0, tzinfo=UTC)


CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:1@acme.example\r
DTSTAMP:20250604T090000Z\r
DTSTART:20250612T130000Z\r
DTEND:20250612T140000Z\r
SUMMARY:Final interview with Acme\r
ORGANIZER;CN=Jane:mailto:jane.doe@acme-widgets.example\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_calendar_part_gives_the_invitation() -> None:
    result = classify(received("Your final interview is confirmed.", calendar=CALENDAR))
    assert result.invitation is not None
    assert result.invitation.when == datetime(2025, 6, 12, 13, 0, tzinfo=UTC)
    assert result.invitation.summary == "Final interview with Acme"
    assert result.invitation.company == "Acme Widgets"


@pytest.mark.parametrize(("body", "company"), [
    ("Thanks for your interest in joining Initech. We would like to invite you to an interview.", "Initech"),
    ("We would love to have you interview with Initech. Please pick a time.", "Initech"),
    ("We'd like to invite you for the Backend role at Contoso Robotics GmbH. Best, Jane", "Contoso Robotics GmbH"),
    ("We'd like to invite you for the role at Solaria Energia S.p.A. We look forward to it.", "Solaria Energia S.p.A."),
    ("We'd like to invite you for the role at J. Crew. Please reply with your times.", "J. Crew"),
])
def test_an_invitation_s_company_ends_where_its_sentence_ends(body: str, company: str) -> None:
    """A name read from the text stops at a full stop that is no initial and no "S.p.A."."""
    from watcher.company_guess import company_named

    assert company_named("Interview invitation", body, "jane@gmail.example") == company


@pytest.mark.parametrize("subject,body,sender,company", [
    ("Interview invitation - Data Engineer", "Thank you for applying. We would like to invite you to an interview.",
     "anna.berg@acme-analytics.com", "Acme Analytics"),
    ("Einladung zum Gespräch: Senior Entwickler", "Wir möchten Sie gern zu einem Gespräch einladen.",
     "hr@initech.de", "Initech"),
    ("Entretien – Ingénieur données", "Nous aimerions vous proposer un entretien.", "rh@contoso.fr", "Contoso"),
    ("Interview invitation - Data Engineer", "We'd like to invite you for the Data Engineer role at Globex. Best",
     "jane@gmail.example", "Globex"),
    ("Interview invitation – Contoso", "Please pick a time.", "jane@gmail.example", "Contoso"),
])
def test_a_job_title_is_never_taken_for_the_employer(subject: str, body: str, sender: str, company: str) -> None:
    """A subject or text naming the role where a name is looked for leaves the employer
    to be found elsewhere (the text, the sender's domain)."""
    from watcher.company_guess import company_named

    assert company_named(subject, body, sender) == company


@pytest.mark.parametrize(("subject", "body", "role"), [
    ("Interview invitation - Data Engineer", "", "Data Engineer"),
    ("Entretien : Ingénieur données", "", "Ingénieur données"),
    ("Interview invitation", "an interview for the Backend Engineer role at Contoso", "Backend Engineer"),
    ("Einladung zum Gespräch", "für die Position als Data Engineer (m/w/d) bei uns", "Data Engineer"),
    ("Convocation", "pour le poste de Data Analyst chez Soylent", "Data Analyst"),
    ("Interview with Contoso Robotics", "We look forward to meeting you.", None),  # an employer, no title
    ("Re: Interview", "Thanks for your time on Tuesday.", None),
])
def test_the_job_title_an_invitation_names_is_read(subject: str, body: str, role: str | None) -> None:
    from watcher.company_guess import role_named

    assert role_named(subject, body) == role


def test_a_suggested_invitation_carries_the_role_it_names() -> None:
    result = classify(received("We would like to invite you to an interview for the Platform Engineer role "
                               "on Thursday 3 December at 14:00.", subject="Interview invitation"))
    assert result.invitation is not None and result.invitation.role == "Platform Engineer"


def test_a_broken_calendar_part_is_no_invitation() -> None:
    result = classify(received("Your final interview is confirmed.", calendar="BEGIN:VCALENDAR\r\nnonsense"))
    assert result.invitation is None


# ------------------------------------------------------------------ HTML, missing bodies, sent mail


def test_html_text_is_read_and_its_blockquote_ignored() -> None:
    body = (
        "<html><head><style>.x{}</style></head><body><p>We&rsquo;d like to <b>invite you to</b> a final"
        " round.</p><blockquote>we have decided to move forward with other candidates</blockquote></body></html>"
    )
    assert kind_of(body) == "next_step"


def test_a_body_not_fetched_is_unknown_never_a_reply() -> None:
    result = classify(received(None))
    assert result.kind == "unknown"
    assert result.confidence == 0.0


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Thank you for taking the time to speak with me today.", "thank_you"),
        ("Vielen Dank für das Gespräch heute.", "thank_you"),
        ("Merci pour l'entretien de ce matin.", "thank_you"),
        ("Muchas gracias por la entrevista de hoy.", "thank_you"),
        ("Thank you again for your time. I wanted to follow up on my application.", "follow_up"),
        ("Ich wollte nach dem Stand meiner Bewerbung fragen.", "follow_up"),
        ("Sure, Tuesday works. See you then!", "other"),
    ],
)
def test_sent_mail(body: str, kind: str) -> None:
    assert classify(sent(body)).kind == kind


def test_sent_mail_quoting_their_decision_is_read_for_the_users_words() -> None:
    body = "Sure, Tuesday works.\n\nOn Mon, Jun 2, Jane <jane@acme.example> wrote:\n> thank you for taking the time"
    assert classify(sent(body)).kind == "other"


# ------------------------------------------------------------------ reasons and data


def test_reasons_quote_only_the_matched_phrase() -> None:
    secret = "my-salary-is-123456"
    body = f"We regret to inform you that the role has been filled. {secret}"
    result = classify(received(body))
    assert all(secret not in reason for reason in result.reasons)
    assert all(reason.startswith(("phrase '", "header ", "sender ")) for reason in result.reasons)


def test_confidence_is_higher_for_headers_than_for_a_weak_phrase() -> None:
    weak = classify(received("We wish you the best in your job search."))
    header = classify(received("Hello", headers={"auto-submitted": "auto-replied"}))
    assert weak.kind == "rejection"
    assert 0 < weak.confidence < header.confidence <= 1


def test_user_phrase_files_extend_the_bundled_ones(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('[rejection]\nstrong = ["we are sticking with the incumbent"]\n')
    body = "We are sticking with the incumbent this time."
    assert kind_of(body) == "other"
    assert classify(received(body), extra_dir=tmp_path).kind == "rejection"


def test_every_bundled_language_has_the_decision_groups() -> None:
    book = load_phrases()
    for group in (
        "rejection.strong",
        "offer.strong",
        "next_step.strong",
        "acknowledgement.phrases",
        "auto_reply.subjects",
    ):
        assert len(book.groups[group]) > 20, group
    assert len(book.date_words) == 9


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv"])
def test_every_language_file_fills_every_group(language: str) -> None:
    import tomllib
    from importlib import resources

    text = (resources.files("watcher") / "data" / "phrases" / f"{language}.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for kind, strength in (
        ("rejection", "strong"),
        ("offer", "strong"),
        ("next_step", "strong"),
        ("next_step", "past"),
        ("asks_reply", "phrases"),
        ("acknowledgement", "phrases"),
        ("auto_reply", "subjects"),
        ("thank_you", "phrases"),
        ("follow_up", "phrases"),
    ):
        assert data[kind][strength], (language, kind, strength)
    assert len(data["rejection"]["cross"]) >= 3, language
    assert len(data["auto_reply"]["cross"]) >= 1, language
    assert data["quote"]["patterns"] and len(data["dates"]["months"]) == 12


def test_a_promised_calendar_date_wins_over_small_talk_about_a_weekday() -> None:
    body = (
        "Thanks for your note, it was a pleasure talking to you on Tuesday. We are still meeting "
        "other candidates and expect to have news for you by Friday 6 November."
    )
    result = classify(received(body, when=datetime(2026, 10, 29, 11, 0, tzinfo=UTC)))
    assert result.kind == "acknowledgement"
    assert result.date == date(2026, 11, 6)


def test_an_invitation_time_is_the_readers_local_time() -> None:
    from zoneinfo import ZoneInfo

    body = "We would like to invite you to a second interview on Thursday 26 November at 15:00. Does that work?"
    berlin = ZoneInfo("Europe/Berlin")
    result = classify(received(body, when=datetime(2026, 11, 18, 13, 0, tzinfo=UTC)), zone=berlin)
    assert result.invitation is not None
    assert result.invitation.when == datetime(2026, 11, 26, 15, 0, tzinfo=berlin)
