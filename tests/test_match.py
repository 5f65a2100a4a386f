"""Matching a message to the interview it is about: every rule and every trap, table-driven."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.match import (
    build_index,
    company_words,
    default_lists,
    load_lists,
    match,
    may_concern,
    normalise_address,
    words,
)
from watcher.model import Interview, Mail

ME = ("me@example.org", "me.private@gmail.com")
DAY = timedelta(days=1)
T0 = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)  # the usual interview moment
AFTER = T0 + 2 * DAY


def interview(id: str, company: str, when: datetime = T0, **fields: object) -> Interview:
    return Interview(id=id, company=company, when=when, **fields)  # type: ignore[arg-type]


ACME = interview("acme-2026-11", "Acme Corp.", contacts=("Anna@Acme.com",), domains=("acme.com",))
WIDGETS = interview("widgets-2026-11", "Acme Widgets GmbH", domains=("acme-widgets.com",))
GLOBEX = interview("globex-2026-11", "Globex", via="jane@talentfind.io", domains=("globex.com",))
INITECH = interview("initech-2026-11", "Initech", via="jane@talentfind.io")
UMBRELLA = interview("umbrella-2026-11", "Umbrella", contacts=("bob.umbrella@gmail.com",))
SOYLENT = interview("soylent-2026-11", "Soylent Société Anonyme", domains=("soylent.fr",))
HOOLI = interview("hooli-2026-11", "Hooli", domains=("hooli.xyz", "gmail.com"))
ALL = (ACME, WIDGETS, GLOBEX, INITECH, UMBRELLA, SOYLENT, HOOLI)
INDEX = build_index(ALL, ME)


def mail(
    from_addr: str = "someone@unknown.example",
    subject: str = "Hello",
    *,
    from_name: str = "",
    date: datetime = AFTER,
    direction: str = "received",
    to: tuple[str, ...] = (ME[0],),
    cc: tuple[str, ...] = (),
    body: str | None = None,
    in_reply_to: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
    headers: dict[str, str] | None = None,
) -> Mail:
    return Mail(
        account="work",
        folder="INBOX" if direction == "received" else "Sent",
        uid=1,
        message_id="<m1@test>",
        date=date,
        from_addr=from_addr,
        from_name=from_name,
        to=to,
        cc=cc,
        subject=subject,
        in_reply_to=in_reply_to,
        references=references,
        headers=headers or {},
        direction=direction,  # type: ignore[arg-type]
        body=body,
    )


def sent(to: tuple[str, ...], subject: str = "Thank you", **fields: object) -> Mail:
    return mail(ME[0], subject, direction="sent", to=to, **fields)  # type: ignore[arg-type]


# ----------------------------------------------------------------- straight matches


MATCHED = [
    # (case, message, interview id, words a reason must contain)
    ("contact", mail("anna@acme.com"), ACME.id, "contact (anna@acme.com)"),
    ("contact case", mail("ANNA@ACME.COM"), ACME.id, "contact"),
    ("contact plus-tag", mail("anna+jobs@acme.com"), ACME.id, "contact (anna@acme.com)"),
    ("company domain", mail("hr@acme.com"), ACME.id, "domain"),
    ("company subdomain", mail("noreply@hr.acme.com"), ACME.id, "domain"),
    ("domain from a contact", mail("carl@acme.com"), ACME.id, "domain"),
    ("freemail exact contact", mail("Bob.Umbrella+x@gmail.com"), UMBRELLA.id, "contact"),
    (
        "platform names employer in display name",
        mail("no-reply@us.greenhouse-mail.io", "Your application", from_name="Acme Corp Recruiting"),
        ACME.id,
        "Greenhouse",
    ),
    (
        "platform names other employer in subject",
        mail("no-reply@greenhouse.io", "Update on your application to Acme Widgets"),
        WIDGETS.id,
        "subject names Acme Widgets",
    ),
    (
        "platform names employer only in body",
        mail(
            "notifications@hire.lever.co", "Your application", body="Thank you for meeting the Globex team."
        ),
        GLOBEX.id,
        "body names Globex",
    ),
    (
        "platform with accents and legal form",
        mail("jobs@myworkday.com", "Votre candidature chez SOYLENT SA"),
        SOYLENT.id,
        "Soylent",
    ),
    (
        "platform reply-to is a contact",
        mail("no-reply@ashbyhq.com", "Next steps", headers={"reply-to": "Anna <anna@acme.com>"}),
        ACME.id,
        "contact (anna@acme.com)",
    ),
    (
        "recruiter, subject names the company",
        mail("jane@talentfind.io", "Globex: feedback from the team"),
        GLOBEX.id,
        "subject names Globex",
    ),
    (
        "recruiter, body names the company",
        mail("jane@talentfind.io", "Feedback", body="Good news from Initech: they want a second round."),
        INITECH.id,
        "body names Initech",
    ),
    ("sent thank-you to a contact", sent(("anna@acme.com",)), ACME.id, "recipient is a contact"),
    (
        "sent thank-you to the recruiter about Globex",
        sent(("jane@talentfind.io",), "Thank you for the Globex interview"),
        GLOBEX.id,
        "recipient is the recruiter",
    ),
    (
        "sent to a company domain in cc",
        sent(("friend@example.net",), cc=("hr@globex.com",)),
        GLOBEX.id,
        "domain",
    ),
    (
        "same-day message before the logged time",
        mail("anna@acme.com", date=T0 - timedelta(hours=3)),
        ACME.id,
        "contact",
    ),
]


@pytest.mark.parametrize(("case", "message", "expected", "reason"), MATCHED, ids=[row[0] for row in MATCHED])
def test_matches(case: str, message: Mail, expected: str, reason: str) -> None:
    result = match(message, INDEX, {})
    assert (result.interview, result.review) == (expected, False), result.reasons
    assert result.confidence >= 0.5
    assert any(reason in text for text in result.reasons), result.reasons


def test_signals_rank_by_strength() -> None:
    confidences = [
        match(mail("x@new.example", in_reply_to=("<t@acme>",)), INDEX, {"<t@acme>": ACME.id}).confidence,
        match(mail("anna@acme.com"), INDEX, {}).confidence,
        match(
            mail("jane@talentfind.io", in_reply_to=(), subject="x"), build_index((GLOBEX,), ME), {}
        ).confidence,
        match(mail("hr@acme.com"), INDEX, {}).confidence,
        match(mail("x@greenhouse.io", "Acme Corp update"), INDEX, {}).confidence,
    ]
    assert confidences == sorted(confidences, reverse=True)
    assert len(set(confidences)) == len(confidences)


# ----------------------------------------------------------------- never tied


NOT_TIED = [
    ("look-alike hyphen", mail("hr@acme-com.net")),
    ("look-alike suffix", mail("hr@acme.com.evil.io")),
    ("look-alike prefix", mail("hr@notacme.com")),
    ("freemail stranger", mail("stranger@gmail.com")),
    ("freemail wildcard TLD", mail("stranger@hotmail.co.uk")),
    ("freemail listed as a company domain", mail("someone@gmail.com", "Lunch?")),
    (
        "platform naming nobody",
        mail("no-reply@greenhouse.io", "Your application", body="Thanks for applying."),
    ),
    ("platform brand is not an employer", mail("no-reply@greenhouse.io", "Greenhouse weekly digest")),
    ("unrelated newsletter", mail("news@shop.example", "Black Friday deals", body="Acme anvils on sale")),
    ("name inside another word", mail("a@b.example", "Acmeology conference")),
    ("received from myself", mail(ME[0], "Acme Corp notes", to=(ME[1],))),
    ("sent to myself", sent((ME[1],), "Acme Corp notes")),
]


@pytest.mark.parametrize(("case", "message"), NOT_TIED, ids=[row[0] for row in NOT_TIED])
def test_not_tied(case: str, message: Mail) -> None:
    result = match(message, INDEX, {})
    assert result.interview is None and not result.review, result.reasons
    assert result.reasons


@pytest.mark.parametrize(
    "message",
    [
        mail("jobalerts-noreply@linkedin.com", "Acme Corp is hiring: 5 new jobs"),
        mail("alerts@e.stepstone.de", "Neue Jobs bei Globex"),
        mail("job-alerts@acme.com", "New jobs at Acme Corp"),
        mail("inmail-hit-reply@linkedin.com", "Re: Acme", in_reply_to=("<t@acme>",)),
        mail("jobalerts-noreply@linkedin.com", "Backend Engineer at Acme Corp",
             body="Based on your application for Backend Engineer at Acme Corp: 5 similar jobs."),
    ],
    ids=["linkedin alert", "stepstone subdomain", "alert local part on company domain", "thread", "alert body"],
)
def test_job_boards_alerts_are_never_tied_even_naming_the_company(message: Mail) -> None:
    result = match(message, INDEX, {"<t@acme>": ACME.id})
    assert result.interview is None and not result.review
    assert any("never tied" in reason for reason in result.reasons), result.reasons
    assert not may_concern(message, INDEX, {"<t@acme>": ACME.id})


STATUS_INDEX = build_index(
    (interview("acme-be", "Acme Corp.", role="Backend Engineer", domains=("acme.com",)),
     interview("acme-ops", "Acme Corp.", role="Site Reliability Engineer", domains=("acme.com",)), GLOBEX), ME)


@pytest.mark.parametrize(("body", "wanted"), [
    ("Acme Corp viewed your application for Backend Engineer (Berlin).\n\nView my jobs.", "acme-be"),
    ("Unfortunately, Acme Corp. has decided not to move forward with your application for Site Reliability "
     "Engineer.", "acme-ops"),
    # Each of these names the employer and a role, but not the logged role whole beside the
    # user's application, or names another employer or another name going on.
    ("Acme Corp viewed your application for Warehouse Operative.", None),
    ("Acme Corp viewed your application for Senior Backend Engineer.", None),
    ("Acme Corp viewed your application for Backend Engineer Intern.", None),
    ("Acme Corp viewed your application.\n\nMore jobs for you: Backend Engineer - Acme Corp - Berlin", None),
    ("Acme Corp viewed your application for Backend Engineer.\n\nSimilar jobs: Globex - Backend Engineer", None),
    ("Acme Corp Logistics viewed your application for Backend Engineer.", None),
    ("Acme Corp is hiring a Backend Engineer in Berlin. Apply now.", None),
])
def test_a_job_boards_status_of_one_application_is_tied_by_one_sentence(body: str, wanted: str | None) -> None:
    """A board's notice names the employer, the role and the user's application in one
    sentence; alerts and "similar jobs" name employers and roles without the application."""
    viewed = mail("indeedapply@indeed.com", "Acme Corp viewed your application", from_name="Indeed")
    assert may_concern(viewed, STATUS_INDEX, {})
    assert match(viewed, STATUS_INDEX, {}).interview is None  # its body not read: nothing says which role
    result = match(replace(viewed, body=body), STATUS_INDEX, {})
    assert result.interview == wanted and not result.review, result.reasons


def test_a_job_boards_status_read_only_when_its_subject_names_an_employer_or_a_role() -> None:
    assert may_concern(mail("noreply@push.infojobs.net", 'Tu candidatura a "Backend Engineer" ha cambiado de estado'),
                       STATUS_INDEX, {})
    assert not may_concern(mail("noreply@push.infojobs.net", "Tu candidatura ha cambiado de estado"), STATUS_INDEX, {})
    assert not may_concern(mail("noreply@indeed.com", "Re: Acme Corp"), STATUS_INDEX, {})


def test_spoofed_company_domain_naming_the_company_is_not_even_reviewed() -> None:
    message = mail("talent@acme.com.evil.io", "Verify your profile", from_name="Acme Corp Talent")
    result = match(message, INDEX, {})
    assert (result.interview, result.review) == (None, False)
    assert result.reasons == ("sender's domain acme.com.evil.io imitates acme.com: never tied",)


def test_platform_naming_no_logged_company_says_so() -> None:
    result = match(mail("no-reply@greenhouse.io", "Your application", body="Thanks for applying."), INDEX, {})
    assert result.reasons == ("sent through Greenhouse, but it names no logged company",)


def test_job_board_address_logged_as_contact_still_matches() -> None:
    linkedin = interview("linkedin-2026-11", "LinkedIn", contacts=("rita@linkedin.com",))
    index = build_index((linkedin,), ME)
    assert match(mail("rita@linkedin.com"), index, {}).interview == linkedin.id
    assert match(mail("jobalerts-noreply@linkedin.com", "LinkedIn jobs"), index, {}).interview is None


# ----------------------------------------------------------------- threads


def test_thread_reply_from_a_new_personal_address() -> None:
    threads = {"<thanks-1@example.org>": ACME.id}
    message = mail("ceo.private@gmail.com", "Re: Thank you", references=("<x@y>", "<thanks-1@example.org>"))
    result = match(message, INDEX, threads)
    assert result.interview == ACME.id
    assert f"in thread with a message tied to {ACME.id}" in result.reasons
    assert may_concern(message, INDEX, threads)
    assert not may_concern(message, INDEX, {})


def test_thread_outranks_the_sender_contact() -> None:
    # Anna forwards the thread of the Globex process she also sits in.
    message = mail("anna@acme.com", "Re: Globex", in_reply_to=("<g@globex>",))
    assert match(message, INDEX, {"<g@globex>": GLOBEX.id}).interview == GLOBEX.id


def test_thread_direct_parent_wins_over_older_references() -> None:
    threads = {"<old@x>": ACME.id, "<parent@x>": GLOBEX.id}
    message = mail("p@new.example", in_reply_to=("<parent@x>",), references=("<old@x>", "<parent@x>"))
    assert match(message, INDEX, threads).interview == GLOBEX.id


def test_thread_lookup_tolerates_missing_angle_brackets() -> None:
    message = mail("p@new.example", in_reply_to=("parent@x",))
    assert match(message, INDEX, {"<parent@x>": ACME.id}).interview == ACME.id


def test_thread_naming_two_interviews_without_a_parent_is_reviewed() -> None:
    message = mail("p@new.example", references=("<a@x>", "<g@x>"))
    result = match(message, INDEX, {"<a@x>": ACME.id, "<g@x>": GLOBEX.id})
    assert result.review and set(result.candidates) == {ACME.id, GLOBEX.id}


# ----------------------------------------------------------------- ambiguity -> review


def test_recruiter_naming_neither_company_is_reviewed() -> None:
    result = match(mail("jane@talentfind.io", "Quick update", body="Call me when you can."), INDEX, {})
    assert (result.interview, result.review) == (None, True)
    assert result.candidates == tuple(sorted((GLOBEX.id, INITECH.id)))


def test_recruiter_naming_both_companies_is_reviewed() -> None:
    result = match(mail("jane@talentfind.io", "Globex and Initech updates"), INDEX, {})
    assert result.review and set(result.candidates) == {GLOBEX.id, INITECH.id}


def test_recruiter_with_one_interview_needs_no_name() -> None:
    index = build_index((GLOBEX,), ME)
    assert match(mail("Jane+x@TalentFind.io", "Update"), index, {}).interview == GLOBEX.id


@pytest.mark.parametrize(("subject", "body", "expected"), [
    ("Globex - invitation to a first interview", "Would Tuesday suit you?", GLOBEX.id),
    ("Next week", "Globex would like to meet you on Tuesday.", GLOBEX.id),
    ("Next week", "Would Tuesday suit you?", None),  # names no client: she has others
    ("Globex and Initech", "Both would like to meet you.", None),
    ("Globex - invitation", "Globex and Initech would both like to meet you.", None),
])
def test_recruiter_mail_before_the_interview_ties_when_it_names_the_client(
    subject: str, body: str, expected: str | None
) -> None:
    result = match(mail("jane@talentfind.io", subject, body=body, date=T0 - 5 * DAY), INDEX, {})
    assert result.interview == expected


@pytest.mark.parametrize(("body", "tied"), [
    ("Reminder of your interview:\nTuesday, 03.11.2026, 15:00\nAcme Corp., reception B", True),
    ("Rappel : votre entretien\nmardi 3 novembre 2026, 15:00 - 16:00 (heure d'Europe centrale)", True),
    ("Reminder of your interview:\nTuesday, 03.11.2026, 11:00", False),  # another hour
    ("Reminder of your interview tomorrow at 15:00.", False),  # no calendar day
])
def test_a_booking_notice_naming_the_interviews_day_and_hour_is_its_run_up(body: str, tied: bool) -> None:
    """Before, a platform's or the company's reminder that named no role was held for
    review, though it named the logged interview's very day and hour (in the user's zone)."""
    from zoneinfo import ZoneInfo

    logged = interview("acme-de", "Acme Corp.", role="Data Engineer", domains=("acme.com",))
    index = build_index((logged,), ME, zone=ZoneInfo("Europe/Berlin"))  # T0 is 15:00 in Berlin
    found = match(mail("jobs@acme.com", "Interview reminder", body=body, date=T0 - DAY), index, {})
    assert (found.interview, found.review) == (("acme-de", False) if tied else (None, True))


@pytest.mark.parametrize(("subject", "body", "tied"), [
    # The role and the interview's day and hour: the booking of that interview.
    ("Confirmed: Data Engineer - First Interview with Anna on Tuesday, November 3, 2026",
     "Your event has been scheduled.\nDate: 3:00pm - 4:00pm, Tuesday, November 3, 2026", True),
    # The day and hour without the role: any meeting's.
    ("Confirmed: Coffee chat with Anna on Tuesday, November 3, 2026",
     "Your event has been scheduled.\nDate: 3:00pm - 3:30pm, Tuesday, November 3, 2026", False),
    # The role on another day: another interview's booking.
    ("Confirmed: Data Engineer - First Interview with Anna on Monday, November 2, 2026",
     "Your event has been scheduled.\nDate: 3:00pm - 4:00pm, Monday, November 2, 2026", False),
])
def test_a_scheduling_platforms_booking_naming_role_day_and_hour_is_the_run_up(
    subject: str, body: str, tied: bool
) -> None:
    """Before, a Calendly confirmation that named the logged role and the interview's very
    day and hour but no employer was tied to nothing ("names no logged company")."""
    from zoneinfo import ZoneInfo

    logged = interview("acme-de", "Acme Corp.", role="Data Engineer", domains=("acme.com",))
    index = build_index((logged,), ME, zone=ZoneInfo("Europe/Berlin"))  # T0 is 15:00 in Berlin
    found = match(mail("notifications@calendly.com", subject, from_name="Calendly", body=body, date=T0 - 10 * DAY),
                  index, {})
    assert found.interview == ("acme-de" if tied else None)


def test_a_recruiters_forward_of_one_clients_mail_is_that_clients() -> None:
    """Before, a recruiter placing the user with two clients forwarded one client's decision,
    its header naming the client's address but no name, and it was held for review."""
    body = ("Hi, sadly not good news, their feedback below.\n\n---------- Forwarded message ---------\n"
            "From: Bob Stone <bob.stone@globex.com>\nSubject: Candidate feedback\n\nHi Jane, we went with a "
            "candidate with more Kafka experience. Please thank them for us.")
    found = match(mail("jane@talentfind.io", "Fwd: Candidate feedback", body=body), INDEX, {})
    assert found.interview == GLOBEX.id
    assert not match(mail("jane@talentfind.io", "Fwd: Candidate feedback", body=body.replace("globex.com", "x.io")),
                     INDEX, {}).interview


@pytest.mark.parametrize(("subject", "tied"), [
    ("Acme - Data Engineer - good news", True),   # the company in part and its role
    ("Acme - good news", False),                  # the company in part alone: held for review
    ("Acme - Product Manager - good news", False),  # another role
])
def test_a_contact_by_name_from_webmail_naming_company_in_part_and_role(subject: str, tied: bool) -> None:
    """Before, a logged person writing from webmail who named "Acme" (for Acme Analytics Ltd)
    and the logged role was held for review."""
    logged = interview("acme-x", "Acme Analytics Ltd", role="Data Engineer", contacts=("jane.doe@acme-analytics.com",),
                       domains=("acme-analytics.com",))
    other = interview("globex-x", "Globex", role="Data Engineer", contacts=("jane.doe@acme-analytics.com",),
                      when=T0 + 3 * DAY)
    index = build_index((logged, other), ME)
    found = match(mail("jane.doe.recruits@gmail.com", subject, from_name="Jane Doe",
                       body="Hi, they want to move forward with you!"), index, {})
    assert (found.interview == "acme-x") is tied
    assert found.interview in ("acme-x", None)


@pytest.mark.parametrize(("sender", "body", "expected"), [
    # The registered name without its hyphen, under ".com", the company named: the company's.
    ("d.sokolov@kestrelmobility.com", "It's Dmitri from the interview at Kestrel: next step is a talk with our CEO.",
     "tied"),
    # The same registered name under ".com" for a company at a country's domain, named whole.
    ("lukasz@norvaledigital.com", "Thank you for the interview at Norvale Digital. We continue with other candidate.",
     "tied"),
    # Under another generic suffix: the name carried, as a look-alike's would be: a person decides.
    ("lukasz@norvaledigital.io", "Thank you for the interview at Norvale Digital. We continue with other candidate.",
     "review"),
    # A group's word written onto the name ("grupoalmendral"), the name only in part: a person decides.
    ("diego@grupoalmendral.com", "Hola Sam, te paso el repositorio del que hablamos en Grupo Almendral.", "review"),
    # A name written onto another word that is no group's ("kestreltravel"): not the company's.
    ("anna@kestreltravel.com", "Hello from Kestrel Travel, your booking is confirmed.", "untied"),
])
def test_another_domain_of_the_company_written_as_one_word(sender: str, body: str, expected: str) -> None:
    """Before, kestrelmobility.com (for kestrel-mobility.de), norvaledigital.com (for
    norvaledigital.pl) and grupoalmendral.com (for almendral.es) were no domains of the
    company at all: a panel member's or the hiring manager's reply from them was tied to nothing."""
    logged = (
        interview("kestrel", "Kestrel Mobility GmbH", role="Backend Engineer", domains=("kestrel-mobility.de",)),
        interview("norvale", "Norvale Digital Sp. z o.o.", role="Data Engineer", domains=("norvaledigital.pl",)),
        interview("almendral", "Grupo Almendral Servicios S.L.", role="Ingeniera de Datos", domains=("almendral.es",)),
    )
    found = match(mail(sender, "Hello", body=body), build_index(logged, ME), {})
    outcome = "review" if found.review else "tied" if found.interview else "untied"
    assert outcome == expected, found.reasons


def test_a_reply_to_at_the_company_is_said_to_be_the_reply_to() -> None:
    """Before, the reason said "sender's domain is the company's (globex.com)" for a
    platform's no-reply sender whose Reply-To was at globex.com."""
    found = match(mail("no-reply@us.greenhouse-mail.io", "Your application", body="Globex news",
                       headers={"reply-to": "Sam <sam@globex.com>"}), INDEX, {})
    assert found.interview == GLOBEX.id
    assert "Reply-To's domain is the company's (globex.com)" in found.reasons
    assert not any(reason.startswith("sender's domain") for reason in found.reasons)


def test_platform_naming_two_employers_is_reviewed() -> None:
    result = match(mail("no-reply@greenhouse.io", "Globex and Initech are hiring together"), INDEX, {})
    assert result.review and set(result.candidates) == {GLOBEX.id, INITECH.id}


def test_two_greenhouse_employers_do_not_swallow_each_others_mail() -> None:
    for company, expected in (("Acme Corp", ACME.id), ("Acme Widgets", WIDGETS.id), ("Globex", GLOBEX.id)):
        message = mail("no-reply@greenhouse.io", f"Your interview with {company}")
        assert match(message, INDEX, {}).interview == expected, company


@pytest.mark.parametrize(
    ("sender", "subject", "expected"),
    [
        ("stranger@unknown.example", "Regarding Globex", GLOBEX.id),
        ("stranger@gmail.com", "Re: your Initech interview", INITECH.id),
    ],
)
def test_name_alone_from_unknown_sender_is_held_for_review(sender: str, subject: str, expected: str) -> None:
    result = match(mail(sender, subject), INDEX, {})
    assert (result.interview, result.review, result.candidates) == (None, True, (expected,))
    assert result.confidence < 0.5


def test_two_open_interviews_with_one_company_are_reviewed() -> None:
    first = interview("acme-1", "Acme", when=T0, domains=("acme.com",))
    second = interview("acme-2", "Acme", when=T0 + DAY, domains=("acme.com",))
    result = match(mail("hr@acme.com", date=T0 + 3 * DAY), build_index((first, second), ME), {})
    assert result.review and result.candidates == ("acme-1", "acme-2")


@pytest.mark.parametrize(("message", "expected"), [
    (sent(("anna@acme.com",), "Thank you for today", date=T0 + 7 * DAY + timedelta(hours=5)), "acme-2"),
    (mail("anna@acme.com", "Offer", body="We are delighted to offer you the position.", date=T0 + 12 * DAY),
     "acme-2"),
    (mail("anna@acme.com", "Next steps", body="We'd like to invite you to a final round.", date=T0 + 2 * DAY),
     "acme-1"),  # before the second round: only the first was held
])
def test_after_a_later_round_its_mail_is_tied_to_that_round(message: Mail, expected: str) -> None:
    """Before, the thank-you and the offer after a second round with the same contact were
    held for review between the two rounds."""
    first = interview("acme-1", "Acme", role="Data Engineer", contacts=("anna@acme.com",))
    second = replace(first, id="acme-2", when=T0 + 7 * DAY)
    found = match(message, build_index((first, second), ME), {})
    assert (found.interview, found.review) == (expected, False)


def test_two_roles_with_one_contact_are_still_reviewed() -> None:
    first = interview("acme-1", "Acme", role="Data Engineer", contacts=("anna@acme.com",))
    second = replace(first, id="acme-2", role="Product Manager", when=T0 + 7 * DAY)
    found = match(mail("anna@acme.com", "News", date=T0 + 12 * DAY), build_index((first, second), ME), {})
    assert found.review and found.candidates == ("acme-1", "acme-2")


def test_open_interview_is_chosen_over_a_closed_one_with_the_same_company() -> None:
    old = interview("acme-old", "Acme", when=T0 - 300 * DAY, domains=("acme.com",), closed_at=T0 - 200 * DAY)
    new = interview("acme-new", "Acme", when=T0, domains=("acme.com",))
    result = match(mail("hr@acme.com"), build_index((old, new), ME), {})
    assert result.interview == "acme-new" and not result.review


def test_most_recent_closed_interview_when_all_are_closed() -> None:
    old = interview("acme-old", "Acme", when=T0 - 300 * DAY, domains=("acme.com",), closed_at=T0 - 200 * DAY)
    new = interview("acme-new", "Acme", when=T0, domains=("acme.com",), closed_at=T0 + DAY)
    result = match(mail("hr@acme.com", date=T0 + 5 * DAY), build_index((old, new), ME), {})
    assert result.interview == "acme-new"


def test_interview_after_the_message_is_not_a_candidate() -> None:
    done = interview("acme-1", "Acme", when=T0, domains=("acme.com",))
    upcoming = interview("acme-2", "Acme", when=T0 + 10 * DAY, domains=("acme.com",))
    result = match(mail("hr@acme.com", date=T0 + 2 * DAY), build_index((done, upcoming), ME), {})
    assert result.interview == "acme-1"


def test_role_named_in_subject_picks_between_two_open_interviews() -> None:
    backend = interview("acme-be", "Acme", role="Backend Engineer", domains=("acme.com",))
    data = interview("acme-data", "Acme", role="Senior Data Engineer", domains=("acme.com",))
    index = build_index((backend, data), ME)
    result = match(mail("hr@acme.com", "Your Senior Data Engineer interview"), index, {})
    assert result.interview == "acme-data"
    assert match(mail("hr@acme.com", "Your interview"), index, {}).review


def test_closed_interview_still_claims_its_mail() -> None:
    closed = replace(ACME, closed_at=T0 + DAY, close_reason="rejected")
    index = build_index((closed, GLOBEX), ME)
    assert match(mail("anna@acme.com", date=T0 + 9 * DAY), index, {}).interview == ACME.id


# ----------------------------------------------------------------- time


@pytest.mark.parametrize(
    ("message", "words_in_reason"),
    [
        (sent(("anna@acme.com",), "Looking forward", date=T0 - 90 * DAY), "not a thank-you"),
        (mail("no-reply@greenhouse.io", "Interview with Globex confirmed", date=T0 - 90 * DAY), "context"),
        (mail("hr@acme.com", "Your application", date=T0 - 90 * DAY), "context"),
        (mail("anna@acme.com", "About your application", date=T0 - 90 * DAY), "context"),
        (mail("x@new.example", in_reply_to=("<old@x>",), date=T0 - 90 * DAY), "context"),
    ],
    ids=["sent long before", "platform long before", "domain long before", "contact long before",
         "thread long before"],
)
def test_mail_before_the_interview_is_not_tied(message: Mail, words_in_reason: str) -> None:
    result = match(message, INDEX, {"<t@x>": ACME.id, "<old@x>": ACME.id})
    assert result.interview is None and not result.review
    assert any(words_in_reason in reason for reason in result.reasons), result.reasons


@pytest.mark.parametrize(
    "message",
    [
        mail("anna@acme.com", "Invitation: Acme interview @ Tue 3 Nov 14:00", date=T0 - 6 * DAY),
        mail("anna@acme.com", "See you tomorrow", date=T0 - DAY),
        mail("x@new.example", "Re: Interview details", in_reply_to=("<t@x>",), date=T0 - DAY),
        sent(("anna@acme.com",), "Looking forward", date=T0 - 2 * DAY),
    ],
    ids=["invitation from the contact", "note from the contact", "thread", "sent to the contact"],
)
def test_the_run_up_to_the_interview_is_tied_as_context_not_feedback(message: Mail) -> None:
    """The invitation and notes from its own contact or thread in the weeks before,
    and the user's own mail to the contact: the interview's own history (never news: policy
    and report read only what came after)."""
    result = match(message, INDEX, {"<t@x>": ACME.id})
    assert result.interview == ACME.id and not result.review
    assert any("context, not feedback" in reason for reason in result.reasons), result.reasons


@pytest.mark.parametrize("message", [
    mail("no-reply@greenhouse.io", "Interview with Globex confirmed", date=T0 - 3 * DAY),
    mail("hr@globex.com", "Your application", date=T0 - 3 * DAY),
], ids=["platform", "domain"])
def test_a_run_up_naming_the_employer_but_no_logged_role_is_held_for_review(message: Mail) -> None:
    """Before the interview a platform or the company sends about every application to it:
    naming the employer but not the interview's role (none is logged), a person decides."""
    result = match(message, INDEX, {})
    assert result.interview is None and result.review and result.candidates == (GLOBEX.id,), result


def test_a_run_up_naming_the_role_from_the_companys_domain_is_tied_but_never_its_mailing() -> None:
    role = interview("acme-data", "Acme Corp.", role="Data Engineer", domains=("acme.com",))
    index = build_index((role,), ME)
    booked = mail("bookings@acme.com", "Booking confirmed: Data Engineer interview", date=T0 - 3 * DAY)
    assert match(booked, index, {}).interview == role.id
    news = replace(booked, subject="New at Acme: Data Engineer and 4 more jobs",
                   headers={"list-unsubscribe": "<https://acme.com/unsubscribe>"})
    assert match(news, index, {}).interview is None


def test_the_run_up_goes_to_the_next_interview_of_the_contact() -> None:
    first = interview("acme-first", "Acme Corp.", contacts=("anna@acme.com",))
    second = interview("acme-second", "Acme Corp.", when=T0 + 14 * DAY, contacts=("anna@acme.com",))
    index = build_index((first, second), ME)
    assert match(mail("anna@acme.com", "Invitation", date=T0 - 2 * DAY), index, {}).interview == first.id
    assert match(mail("anna@acme.com", "Next round", date=T0 + 5 * DAY), index, {}).interview == first.id


def test_naive_datetimes_are_read_as_utc() -> None:
    naive = mail("anna@acme.com", date=AFTER.replace(tzinfo=None))
    assert match(naive, INDEX, {}).interview == ACME.id


# ----------------------------------------------------------------- the cheap header test


MAY_CONCERN = [
    ("contact", mail("anna+x@acme.com"), True),
    ("recruiter", mail("jane@talentfind.io"), True),
    ("company domain", mail("x@acme.com"), True),
    ("company subdomain", mail("x@eu.hr.globex.com"), True),
    ("any platform", mail("no-reply@greenhouse.io", "Your application"), True),
    ("scheduling platform", mail("notifications@calendly.com", "Event canceled"), True),
    ("name in display name", mail("talent@newsletters.example", "Hi", from_name="Globex Talent"), True),
    ("name in subject with accents", mail("x@y.example", "Candidature : Soylent Société Anonyme"), True),
    ("sent to contact", sent(("anna@acme.com",)), True),
    ("sent to recruiter", sent(("jane@talentfind.io",)), True),
    (
        "typical unrelated message",
        mail("newsletter@shop.example", "Your weekly deals", from_name="Shop"),
        False,
    ),
    ("unrelated freemail", mail("mum@gmail.com", "Sunday lunch"), False),
    ("look-alike domain", mail("x@acme.com.evil.io", "Invoice"), False),
    ("name inside a word", mail("x@y.example", "Acmeology"), False),
    ("job board naming company", mail("jobalerts-noreply@linkedin.com", "Acme Corp is hiring"), False),
    ("from myself", mail(ME[0], "Acme Corp"), False),
    ("sent to a stranger", sent(("friend@example.net",), "Weekend"), False),
]


@pytest.mark.parametrize(("case", "message", "expected"), MAY_CONCERN, ids=[row[0] for row in MAY_CONCERN])
def test_may_concern(case: str, message: Mail, expected: bool) -> None:
    assert may_concern(message, INDEX) is expected


def test_may_concern_agrees_with_match_on_every_tied_case() -> None:
    # A message match would tie must never be dropped by the cheap test (bodies stripped:
    # the cheap test runs before the body is fetched).
    for _, message, _, _ in MATCHED:
        if message.body is None:
            assert may_concern(message, INDEX), message


def test_may_concern_with_no_interviews_is_false() -> None:
    empty = build_index((), ME)
    assert not may_concern(mail("anna@acme.com", "Acme Corp"), empty)
    assert match(mail("anna@acme.com", "Acme Corp"), empty, {}).interview is None


# ----------------------------------------------------------------- helpers and data


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Anna+Jobs@ACME.com", "anna@acme.com"),
        ("<bob@x.io>", "bob@x.io"),
        ("plain", "plain"),
        ("+only@x.io", "+only@x.io"),
    ],
)
def test_normalise_address(raw: str, expected: str) -> None:
    assert normalise_address(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Acme Corp.", ("acme",)),
        ("Acme GmbH & Co. KG", ("acme",)),
        ("Nestlé S.A.", ("nestle",)),
        ("Acme Widgets Ltd", ("acme", "widgets")),
        ("AG", ("ag",)),
        ("Soylent Société Anonyme", ("soylent",)),
        ("Krakow Soft Sp. z o.o.", ("krakow", "soft")),
        ("Ltd Consulting", ("ltd", "consulting")),
    ],
)
def test_company_words(name: str, expected: tuple[str, ...]) -> None:
    assert company_words(name, default_lists().legal_suffixes) == expected


def test_words_drop_accents_and_punctuation() -> None:
    assert words("Société-Générale, Zürich!") == ["societe", "generale", "zurich"]


def test_bundled_lists_hold_the_known_names() -> None:
    lists = default_lists()
    for domain in ("greenhouse.io", "greenhouse-mail.io", "hire.lever.co", "myworkday.com", "ashbyhq.com"):
        assert domain in lists.platforms
    assert {"linkedin.com", "indeed.com", "stepstone.de"} <= set(lists.job_boards)
    assert {"gmail.com", "web.de", "icloud.com", "proton.me"} <= lists.freemail_domains
    assert {"inc", "gmbh", "plc", "bv"} <= lists.legal_suffixes


def test_user_lists_extend_the_bundled_ones(tmp_path: Path) -> None:
    (tmp_path / "freemail.txt").write_text("# mine\ncorp-mail.example\n", encoding="utf-8")
    (tmp_path / "platforms.toml").write_text(
        '[[platform]]\nname = "HireBot"\ndomains = ["hirebot.example"]\n', encoding="utf-8"
    )
    lists = load_lists(tmp_path)
    assert "corp-mail.example" in lists.freemail_domains and "gmail.com" in lists.freemail_domains
    index = build_index((GLOBEX,), ME, lists)
    assert match(mail("x@hirebot.example", "Globex update"), index, {}).interview == GLOBEX.id
    assert match(mail("x@hirebot.example", "Globex update"), build_index((GLOBEX,), ME), {}).review


def test_platform_and_freemail_domains_logged_for_an_interview_are_ignored() -> None:
    # HOOLI logged gmail.com as a domain: gmail strangers must not be tied to it.
    assert match(mail("random@gmail.com", "Hi"), INDEX, {}).interview is None
    careless = interview("careless", "Careless", domains=("greenhouse.io",))
    index = build_index((careless, GLOBEX), ME)
    assert match(mail("x@greenhouse.io", "Globex"), index, {}).interview == GLOBEX.id


def test_words_of_a_longer_name_are_not_reused_for_a_shorter_one() -> None:
    acme_widgets = interview("aw", "Acme Widgets", when=T0)
    widgets = interview("w", "Widgets Inc", when=T0)
    index = build_index((acme_widgets, widgets), ME)
    assert match(mail("x@greenhouse.io", "Your Acme Widgets interview"), index, {}).interview == "aw"
    assert match(mail("x@greenhouse.io", "Your Widgets interview"), index, {}).interview == "w"


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("globex@myworkday.com", GLOBEX.id),
        ("acmecorp@workablemail.com", ACME.id),
        ("no-reply@acme-widgets.teamtailor.com", WIDGETS.id),
        ("no-reply@initech.bamboohr.com", INITECH.id),
    ],
)
def test_platform_sender_address_names_the_employer(sender: str, expected: str) -> None:
    result = match(mail(sender, "Thank you for applying"), INDEX, {})
    assert result.interview == expected, result.reasons
    assert any("sender address names" in reason for reason in result.reasons)


def test_platform_display_name_outranks_the_body() -> None:
    message = mail("x@lever.co", "Update", from_name="Globex Hiring", body="You also applied to Initech.")
    assert match(message, INDEX, {}).interview == GLOBEX.id


# ----------------------------------------------------------------- employers on one platform

ANALYTICS = interview("fab-analytics", "Fabrikam Analytics Ltd", role="Data Engineer")
FABRIKAM = interview("fabrikam", "Fabrikam, Inc.")


@pytest.mark.parametrize(
    ("logged", "from_name", "subject"),
    [
        (ANALYTICS, "Fabrikam Health Talent Team", "Your application"),
        (ANALYTICS, "Greenhouse", "Your application to Fabrikam Health"),
        (FABRIKAM, "Fabrikam Health", "Update on your application"),
        (FABRIKAM, "", "Thank You For Applying To Fabrikam Health Group"),
        (FABRIKAM, "Recruiting", "Fabrikam Health: next steps"),
    ],
    ids=["longer-in-display-name", "other-in-subject", "added-word", "title-case-subject", "subject-colon"],
)
def test_another_employer_with_the_same_first_word_is_not_tied(
    logged: Interview, from_name: str, subject: str
) -> None:
    index = build_index((logged,), ME)
    result = match(mail("no-reply@lever.co", subject, from_name=from_name), index, {})
    assert result.interview is None and not result.review, result.reasons
    assert any("another employer" in reason for reason in result.reasons)


@pytest.mark.parametrize(
    ("logged", "from_name", "subject"),
    [
        (ANALYTICS, "FABRIKAM ANALYTICS", "Your application"),
        (ANALYTICS, "Fabrikam Analytics Hiring Team", "Next steps"),
        (ANALYTICS, "", "Your Fabrikam Analytics Data Engineer Interview"),
        (ANALYTICS, "Fabrikam-Analytics", "Interview"),
        (FABRIKAM, "Fabrikam Inc. via Lever", "Interview"),
        (FABRIKAM, "", "Fabrikam - Application Update"),
        (FABRIKAM, "", "Your application to Fabrikam has been received"),
        (interview("cafe", "Café Müller GmbH"), "CAFE MULLER", "Bewerbung"),
        (FABRIKAM, "", "Interview Confirmation: Fabrikam Tuesday 10:00"),
    ],
)
def test_the_whole_name_ties_whatever_its_case_accents_punctuation_and_legal_form(
    logged: Interview, from_name: str, subject: str
) -> None:
    index = build_index((logged,), ME)
    result = match(mail("no-reply@lever.co", subject, from_name=from_name), index, {})
    assert result.interview == logged.id, result.reasons


@pytest.mark.parametrize(
    ("from_name", "subject"),
    [("Fabrikam Talent Team", "Your application"), ("", "Fabrikam: interview invitation"), ("Fabrikam", "Hi")],
)
def test_only_part_of_a_logged_name_is_held_for_review(from_name: str, subject: str) -> None:
    index = build_index((ANALYTICS,), ME)
    result = match(mail("no-reply@lever.co", subject, from_name=from_name), index, {})
    assert result.interview is None and result.review, result.reasons
    assert result.candidates == (ANALYTICS.id,)


def test_two_logged_employers_sharing_a_word_each_get_their_own_mail() -> None:
    index = build_index((ANALYTICS, FABRIKAM), ME)
    own = match(mail("no-reply@lever.co", "Interview", from_name="Fabrikam Analytics"), index, {})
    other = match(mail("no-reply@lever.co", "Interview", from_name="Fabrikam Recruiting"), index, {})
    assert own.interview == ANALYTICS.id
    assert other.interview == FABRIKAM.id


# ----------------------------------------------------------------- platforms by their traces


@pytest.mark.parametrize(
    ("headers", "platform"),
    [
        ({"return-path": "<bounce+1a2b@gh-mail.fabrikam-analytics.example>"}, "Greenhouse"),
        ({"dkim-signature": "v=1; a=rsa-sha256; c=relaxed/relaxed; d=hire.eu.lever.co; s=k1; b=abc"}, "Lever"),
        ({"sender": "Fabrikam via Workable <noreply@workablemail.com>"}, "Workable"),
        ({"list-id": "Candidate updates <candidates.m-personio.de>"}, "Personio"),
        ({"x-mailer": "Teamtailor Mailer 2.1"}, "Teamtailor"),
        ({"return-path": "<fabrikam+autoreply@agents.icims.com>"}, "iCIMS"),
    ],
    ids=["return-path-label", "dkim-eu-centre", "sender", "list-id", "x-mailer", "relay-subdomain"],
)
def test_a_platform_is_known_by_its_traces_not_only_by_from(headers: dict[str, str], platform: str) -> None:
    index = build_index((ANALYTICS,), ME)
    message = mail(
        "careers@fabrikam-jobs.example", "Your application", from_name="Fabrikam Analytics", headers=headers
    )
    assert may_concern(message, index, {})
    result = match(message, index, {})
    assert result.interview == ANALYTICS.id, result.reasons
    assert platform in result.reasons[0]


def test_without_traces_an_unknown_sender_naming_the_company_is_only_held_for_review() -> None:
    index = build_index((ANALYTICS,), ME)
    message = mail("careers@fabrikam-jobs.example", "Your application", from_name="Fabrikam Analytics")
    result = match(message, index, {})
    assert result.interview is None and result.review


def test_traces_of_a_platform_do_not_tie_another_employer() -> None:
    index = build_index((ANALYTICS,), ME)
    headers = {"return-path": "<bounce@gh-mail.fabrikam-health.example>"}
    message = mail("careers@fabrikam-health.example", "Update", from_name="Fabrikam Health", headers=headers)
    assert match(message, index, {}).interview is None


@pytest.mark.parametrize(
    "domain",
    [
        "hire.eu.lever.co", "us.greenhouse-mail.io", "m-personio.de", "message.teamtailor.com", "myworkdaysite.com",
        # Latin American platforms: Gupy (and Kenoby, which it bought) send from their own domains
        "gupy.io", "mail.gupy.io", "kenoby.com",
        # JazzHR's application sends employers' notices from app.jazz.co
        "app.jazz.co",
    ],
)
def test_regional_and_relay_domains_are_platforms(domain: str) -> None:
    assert INDEX.platform(f"no-reply@{domain}") is not None


def test_a_gupy_notice_naming_the_employer_is_tied() -> None:
    tavares = interview("tavares-2026-11", "Tavares & Lima Tecnologia", domains=("tavareslima.com.br",))
    index = build_index((tavares, ACME), ME)
    message = mail(
        "naoresponda@gupy.io", "Você avançou para a próxima etapa!", from_name="Tavares & Lima Tecnologia",
        headers={"return-path": "<bounce-881@mail.gupy.io>"},
        body="Você avançou para a etapa de Teste Técnico no processo seletivo na Tavares & Lima Tecnologia.",
    )
    assert match(message, index, {}).interview == tavares.id


@pytest.mark.parametrize("subject,key", [
    ("Re: Thank you - ML Engineer interview", "thank you ml engineer interview"),
    ("AW: RE: Danke für das Gespräch", "danke fur das gesprach"),
    ("RE : Relance - Consultant Data", "relance consultant data"),
    ("R: Grazie per il colloquio", "grazie per il colloquio"),
    ("Antw: Bedankt voor het gesprek", "bedankt voor het gesprek"),
    ("RES: Obrigado pela entrevista", "obrigado pela entrevista"),
    ("Re[2]: Gracias por la entrevista", "gracias por la entrevista"),
])
def test_a_reply_s_subject_is_compared_without_its_prefixes(subject: str, key: str) -> None:
    from watcher.match import subject_key

    assert subject_key(subject) == key


def test_a_reply_answers_the_user_s_subject_only_with_a_reply_prefix() -> None:
    from watcher.match import SentSubjects

    sent = SentSubjects([("Thank you - ML Engineer interview", "acme", ()), ("Thank you", "globex", ())])
    reply = Mail(account="a", folder="INBOX", uid=1, message_id="<r@x>", date=datetime(2026, 11, 5, tzinfo=UTC),
                 from_addr="p@x.example", subject="RE: thank you - ML engineer interview")
    assert sent.answered_by(reply) == frozenset({"acme"})
    assert sent.answered_by(replace(reply, subject="Thank you - ML Engineer interview")) == frozenset()
    assert sent.answered_by(replace(reply, subject="Re: Thank you for applying")) == frozenset()
    assert sent.answered_by(replace(reply, direction="sent")) == frozenset()


@pytest.mark.parametrize("address,terms", [
    ("jane.doe@acme.com", ("jane.doe", "jane doe")),
    ("Claire_Morel+jobs@quartierbleu.fr", ("claire_morel", "claire morel")),
    ("j.devries@fabrikam.com", ("j.devries", "devries", "vries")),  # "Joost de Vries" writes it apart
    ("hr@acme.com", None),
    ("sanne@dijkstra-logistiek.nl", ("sanne",)),  # a first name alone: perhaps that person, at most
    ("li.wu@contoso.com", None),  # a surname this short finds anyone
])
def test_a_logged_address_names_a_person_by_its_local_part(address: str, terms) -> None:
    from watcher.match import default_lists, person_of

    person = person_of(address, frozenset({"x"}), default_lists().role_mailboxes)
    assert (person.search_terms() if person else None) == terms


@pytest.mark.parametrize("name,address,same", [
    ("Joost de Vries", "joostdevries@ziggo.nl", True),
    ("J. de Vries", "jdv1980@gmail.com", True),
    ("de Vries, Joost", "privé@ziggo.nl", True),
    ("", "joost.devries@gmail.com", True),
    ("", "jdevries@gmail.com", True),
    ("Karel de Vries", "karel.devries@gmail.com", False),  # another first name
    ("Joost Vries", "joost.vries@gmail.com", False),  # another surname
    ("Joost de Vriesman", "jdvm@gmail.com", False),
])
def test_a_contact_logged_by_an_initial_is_known_by_first_name_and_surname(name: str, address: str, same: bool) -> None:
    index = build_index((Interview(id="fabrikam", company="Fabrikam", role="Designer", when=datetime(2026, 11, 2, tzinfo=UTC),
                                   contacts=("j.devries@fabrikam.com",)),), ME)
    message = mail(address, "Tweede gesprek", from_name=name)
    assert (index.people_named_by(message) == {"fabrikam"}) is same
    assert may_concern(message, index, {}) is same


@pytest.mark.parametrize("address,direction,named", [
    ("sanne.bakker@gmail.com", "received", True),  # another address: perhaps that person
    ("Sanne@Tulpenveld.nl", "received", False),  # the logged address itself: tied by address instead
    ("sanne+jobs@tulpenveld.nl", "received", False),  # the same mailbox, plus-tagged
    ("sanne.bakker@gmail.com", "sent", False),  # the user's own mail names nobody's sender
])
def test_a_name_ties_only_received_mail_from_an_address_not_logged(address: str, direction: str, named: bool) -> None:
    index = build_index((Interview(id="tulpenveld", company="Tulpenveld", role="Designer",
                                   when=datetime(2026, 11, 2, tzinfo=UTC), contacts=("sanne@tulpenveld.nl",)),), ME)
    message = mail(address, "Re: gesprek", from_name="Sanne Bakker", direction=direction)
    assert (index.first_named_by(message) == {"tulpenveld"}) is named
    assert index.people_named_by(message) == frozenset()  # a first name alone is no person's name


@pytest.mark.parametrize("text", [
    "Thank you for your time with Acme Widgets GmbH last week.",
    "Grüße aus Zürich: Société Anonyme Soylent and Soylent Société Anonyme wrote.",
    "ＡＣＭＥ Ｗｉｄｇｅｔｓ, written in full-width letters",
    "ACME\u00a0Widgets\u2019 hiring team, Acme\u2010Corp",
    "Nothing here names any employer at all, accents or not: café, naïve, ½.",
    "Globex Health is another company; globex, in running text.",
])
def test_the_words_pre_test_finds_what_the_whole_reading_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``name_mentions`` skips a text none of whose words begins a logged name; with the
    pre-test turned off, every text gives the same finds (ASCII and not, folded letters)."""
    quick = [INDEX.name_mentions(text, written_as_names=flag) for flag in (False, True)]
    monkeypatch.setattr(type(INDEX), "_may_name", lambda self, text: True)
    assert [INDEX.name_mentions(text, written_as_names=flag) for flag in (False, True)] == quick
    named = bool(quick[0].exact or quick[0].partial or quick[0].others)
    assert named == ("employer" not in text)


@pytest.mark.parametrize(("logged", "written", "wanted"), [
    ("Ingénieure data", "Votre candidature au poste d'Ingénieur·e Data (H/F) chez Acme Corp est en cours d'étude.", True),
    ("Ingénieur data", "Votre candidature au poste d'Ingénieur(e) Data chez Acme Corp est en cours d'étude.", True),
    ("Softwareentwicklerin", "Ihre Bewerbung als Softwareentwickler:in bei Acme Corp ist eingegangen.", True),
    ("Desarrollador backend", "Tu candidatura a Desarrollador/a Backend en Acme Corp ha cambiado de estado.", True),
    ("Ingénieure data", "Votre candidature au poste d'Ingénieur·e Logiciel chez Acme Corp est en cours d'étude.", False),
    ("Ingénieure data", "Votre candidature au poste d'Ingénieur Data chez Acme Corp est en cours d'étude.", False),
    # The feminine a Spanish or French ending makes by replacing the word's own, and both forms
    # written out one after the other.
    ("Ingeniera de datos", "Tu candidatura a Ingeniero/a de Datos en Acme Corp ha cambiado de estado.", True),
    ("Développeuse backend", "Votre candidature au poste de Développeur·euse Backend chez Acme Corp avance.", True),
    ("Directrice technique", "Votre candidature au poste de Directeur·rice technique chez Acme Corp avance.", True),
    ("Développeuse backend senior (Python)",
     "Votre candidature au poste de Développeuse / Développeur backend senior (Python) chez Acme Corp avance.", True),
    ("Développeur backend", "Votre candidature au poste de Développeuse/Développeur Backend chez Acme Corp avance.", True),
    ("Développeuse backend", "Votre candidature au poste de Développeuse / Designer Backend chez Acme Corp avance.", False),
    ("Designer backend", "Votre candidature au poste de Développeuse / Développeur Backend chez Acme Corp avance.", False),
    # A feminine title logged, the employer's generic masculine written (with or without a marker).
    ("Backend-Entwicklerin (Python)", "Ihre Bewerbung als Backend-Entwickler (m/w/d) Python bei Acme Corp ist da.", True),
    ("Développeuse full-stack", "Votre candidature au poste de Développeur·se Full-Stack chez Acme Corp avance.", True),
    ("Desarrolladora backend", "Tu candidatura a Desarrollador Backend en Acme Corp ha cambiado de estado.", True),
    ("Sviluppatrice backend", "La tua candidatura come Sviluppatore Backend presso Acme Corp è stata ricevuta.", True),
    ("Desarrolladora backend", "Tu candidatura a Desarrollador Frontend en Acme Corp ha cambiado de estado.", False),
    ("Data Engineer (m/w/d)", "Ihre Bewerbung als Data Engineer (m/w/d) bei Acme Corp ist eingegangen.", True),
])
def test_a_job_boards_status_names_a_role_written_for_both_genders(logged: str, written: str, wanted: bool) -> None:
    index = build_index((interview("acme-x", "Acme Corp.", role=logged, domains=("acme.com",)),), ME)
    notice = mail("noreply@welcometothejungle.com", "Votre candidature chez Acme Corp", from_name="Acme Corp via WTTJ",
                  body=written)
    assert (match(notice, index, {}).interview == "acme-x") is wanted


@pytest.mark.parametrize(("sender", "body", "expected"), [
    # The parent's domain, the logged contact named by her first name: a colleague writing for her.
    ("jan.albers@fennwick.com", "Katrin ist diese Woche noch unterwegs, deshalb melde ich mich direkt: "
     "wir würden gern den nächsten Schritt machen.\n\nJan Albers\nFennwick Group", "tied"),
    ("mattias.holm@fennwickgroup.com", "Katrin är ledig den här veckan så jag tar det här direkt.", "tied"),
    # Nobody logged named, the company only in part: nothing says it is about this application.
    ("jan.albers@fennwick.com", "Wir würden gern den nächsten Schritt machen.\n\nJan Albers\nFennwick Group", "untied"),
    # The first name written as a word, not a name ("katrin" in lower case is no one here).
    ("jan.albers@fennwick.com", "see fennwick.com/katrin for the team page", "untied"),
    # The contact of another logged employer named: not this company's colleague.
    ("jan.albers@fennwick.com", "Lukasz told me about you.", "untied"),
    # A stranger's domain naming the contact: no domain of the company at all.
    ("jan.albers@freight-hub.com", "Katrin ist diese Woche noch unterwegs.", "untied"),
])
def test_a_colleague_at_another_domain_of_the_company_naming_the_logged_contact(
    sender: str, body: str, expected: str
) -> None:
    """Before, a team lead writing from the parent's domain (fennwick.com for Fennwick
    Logistik at fennwick-logistik.de, or vossberggroup.com), who named the logged contact
    ("Katrin is away this week, so I am writing directly") but not the company whole, was
    tied to nothing: the invitation to a second interview was never seen."""
    logged = (
        interview("fennwick", "Fennwick Logistik GmbH", role="Data Engineer",
                  contacts=("katrin.sommer@fennwick-logistik.de",), domains=("fennwick-logistik.de",)),
        interview("norvale", "Norvale Digital Sp. z o.o.", role="Data Engineer",
                  contacts=("lukasz.nowak@norvaledigital.pl",), domains=("norvaledigital.pl",)),
    )
    found = match(mail(sender, "Zweites Gespräch", body=body), build_index(logged, ME), {})
    outcome = "review" if found.review else "tied" if found.interview else "untied"
    assert outcome == expected, found.reasons
    if expected == "tied":
        assert found.interview == "fennwick"
        assert any("names Katrin, a logged contact of Fennwick Logistik GmbH" in reason for reason in found.reasons)


@pytest.mark.parametrize(("subject", "tied"), [
    ("Bokning bekräftad: Intervju Data Engineer", True),
    ("Ihre Buchung wurde bestätigt: Kennenlerngespräch Data Engineer", True),
    ("Booking confirmed: Senior Data Engineer", False),  # another, longer title
])
def test_a_booking_from_the_groups_domain_before_the_interview_naming_its_role(subject: str, tied: bool) -> None:
    """Before, a Microsoft Bookings confirmation sent from the group's domain
    (vossberggroup.com for Vossberg Logistik at vossberg.se) weeks before the interview was
    tied to nothing, though it named the logged contact and the role: the run-up took only
    the company's own domain, and "Intervju Data Engineer" was read as a longer title."""
    logged = interview("vossberg", "Vossberg Logistik AB", role="Data Engineer",
                       contacts=("karin.ekdahl@vossberg.se",), domains=("vossberg.se",))
    body = "Din bokning är bekräftad.\nPersonal: Karin Ekdahl"  # the role in the subject alone
    found = match(mail("VossbergRekrytering@vossberggroup.com", subject, from_name="Vossberg Rekrytering",
                       body=body, date=T0 - 14 * DAY), build_index((logged,), ME), {})
    assert (found.interview, found.review) == (("vossberg", False) if tied else (None, True)), found.reasons


@pytest.mark.parametrize(("reply_to", "tied"), [
    ("vindelkraft-82b40b844be2@inbound.teamtailor-mail.com", True),   # the domain's registered name and a key
    ("vindelkraft-solar-82b40b844be2@inbound.teamtailor-mail.com", False),  # a name going on: another's
    ("no-reply@inbound.teamtailor-mail.com", False),
])
def test_a_platforms_reply_address_carrying_the_companys_registered_name(reply_to: str, tied: bool) -> None:
    """Before, Teamtailor's invitation sent in a logged contact's name ("Karin Löfgren", her
    logged address spelled "lofgren") with the reply address vindelkraft-<key>@ was tied to
    nothing: the company's name stood only in that address, and only its first word."""
    logged = interview("vindelkraft", "Vindelkraft Energi AB", role="Data Engineer",
                       contacts=("karin.lofgren@vindelkraft.se",), domains=("vindelkraft.se",))
    found = match(mail("no-reply@teamtailor-mail.com", "Intervju för Data Engineer – boka en tid",
                       from_name="Karin Löfgren", body="Välj en tid som passar dig här.",
                       headers={"reply-to": reply_to}), build_index((logged,), ME), {})
    assert (found.interview == "vindelkraft") == tied, found.reasons


def test_a_legal_form_of_several_words_ends_a_name() -> None:
    """Before, "Orvenstrand Analytics Private Limited" (the Indian legal form written out)
    was read as another, longer name than the logged "Orvenstrand Analytics Pvt. Ltd.", and a
    SuccessFactors rejection from "Orvenstrand Careers" was held for review."""
    logged = interview("orvenstrand", "Orvenstrand Analytics Pvt. Ltd.", role="Senior Data Engineer",
                       domains=("orvenstrand.co.in",))
    body = ("Thank you for your interest in Orvenstrand Analytics. We have decided to move forward with other "
            "candidates.\n\nTalent Acquisition\nOrvenstrand Analytics Private Limited")
    found = match(mail("noreply@successfactors.eu", "Update on your application", from_name="Orvenstrand Careers",
                       body=body), build_index((logged,), ME), {})
    assert (found.interview, found.review) == ("orvenstrand", False), found.reasons
    other = match(mail("noreply@successfactors.eu", "Update on your application", from_name="Orvenstrand Careers",
                       body=body.replace("Private Limited", "Private Equity")), build_index((logged,), ME), {})
    assert other.interview is None, other.reasons
