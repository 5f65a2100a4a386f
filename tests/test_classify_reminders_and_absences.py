"""A person's reminder of a step already set, someone else away, and a calendar's notice with a note.

- A reminder a person writes ("a gentle reminder that your interview is tomorrow at 15:30",
  "gerne erinnere ich Sie an unser Gespräch morgen um 13.30 Uhr") is a holding reply, as a
  machine's is: the booking was the news. One that moves the step or asks for a time is news.
- An out-of-office is the sender away. A reply that says a colleague is away ("da Frau Weber
  erst ab dem 20.06. wieder im Haus ist", "notre directeur est en congés jusqu'au 16 juin") is
  a person's holding reply, not an automatic one.
- A calendar's cancellation that carries the organizer's own words ("Message de
  l'organisateur : ...") is read as they wrote it, not as a calendar's automatic answer.

The mail is dated Wednesday 4 June 2025.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

PERSON = "marta.lopez@acme.example"

REMINDERS = [
    "Dear Sam,\n\nThis is a gentle reminder that your technical interview is scheduled tomorrow at 3:30 pm "
    "on Google Meet. Request you to join 5 minutes early.\n\nRegards,\nMarta",
    "Grüezi Herr Carter\n\ngerne erinnere ich Sie an unser Gespräch morgen um 13.30 Uhr bei uns im Büro. "
    "Bitte melden Sie sich am Empfang.\n\nFreundliche Grüsse\nMarta Lopez",
    "Hola Sam,\n\nte recuerdo que tu entrevista es mañana, jueves 5 de junio, a las 10:00 en nuestra oficina. "
    "Pregunta por mí en recepción.\n\nUn saludo,\nMarta",
    "Hoi Sam,\n\nik herinner je eraan dat je gesprek morgen om 10:00 uur bij ons op kantoor is. Meld je bij de "
    "receptie.\n\nGroet,\nMarta",
    "Ciao Sam,\n\nti ricordo il colloquio di domani alle 10:00 in sede. Chiedi di me alla reception.\n\nMarta",
    "Olá Sam,\n\nrelembro que a sua entrevista é amanhã às 10h no nosso escritório. Pergunte por mim na "
    "receção.\n\nMarta",
]

REMINDERS_WITH_NEWS = [
    # The step moved: news again.
    "Hi Sam,\n\njust a reminder about your interview: we have had to move it to Friday 6 June at 11:00, "
    "same video link.\n\nMarta",
    # A time asked for.
    "Hi Sam,\n\nquick reminder about the interview: could we start at 9:30 tomorrow instead of 10?\n\nMarta",
]

SOMEONE_ELSE_AWAY = [
    "Hallo Sam,\n\nIhre Unterlagen sind noch in Prüfung, da Frau Weber erst ab dem 20.06. wieder im Haus ist. "
    "Wir bitten Sie um etwas Geduld.\n\nGrüße\nMarta",
    "Hallo Sam,\n\nIhre Bewerbung wird noch geprüft, da Herr Vogel bis zum 16. Juni im Urlaub ist. Danke für "
    "Ihre Geduld.\n\nMarta",
    "Bonjour Sam,\n\nvotre candidature est toujours à l'étude : notre directeur est en congés jusqu'au 16 juin. "
    "Merci de votre patience.\n\nMarta",
]

AWAY = [
    "Guten Tag,\nab dem 19.06. wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.",
    "Vielen Dank für Ihre Nachricht. Ich bin ab dem 16. Juni wieder im Büro und beantworte Ihre E-Mail dann.",
    "Bonjour,\n\nje suis en congés jusqu'au 16 juin et je traiterai votre message à mon retour.",
]


def _cancellation() -> str:
    """A calendar's CANCEL of a Thursday 10:00 interview (RFC 5546)."""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "METHOD:CANCEL\r\nBEGIN:VEVENT\r\nDTSTART:20250605T080000Z\r\nDTEND:20250605T090000Z\r\n"
        "UID:7kq3l1@google.com\r\nSUMMARY:Interview Acme\r\n"
        "STATUS:CANCELLED\r\nSEQUENCE:2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


CANCELLED_WITH_A_NOTE = [
    "Cet événement a été annulé et retiré de votre agenda.\n\nEntretien Acme / Sam Carter\n"
    "jeudi 5 juin 2025 · 10:00 – 11:00\n\nMessage de l'organisateur : Désolée Sam, un imprévu de notre côté, "
    "je t'écris tout de suite pour une autre date.\n\nInvitation de Google Agenda",
    "This event has been cancelled and removed from your calendar.\n\nInterview Acme / Sam Carter\n"
    "Thursday 5 June 2025 · 10:00 – 11:00\n\nMessage from organizer: Sorry Sam, something came up on our "
    "side - I'll write to you shortly about another day.\n\nInvitation from Google Calendar",
]


@pytest.mark.parametrize("body", REMINDERS)
def test_a_persons_reminder_of_a_step_set_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, subject="Your interview", sender=PERSON))
    assert result.kind == "acknowledgement", result.reasons
    assert result.date is None  # the day named is the step's, not news promised


@pytest.mark.parametrize("body", REMINDERS_WITH_NEWS)
def test_a_reminder_that_moves_the_step_or_asks_a_time_is_a_next_step(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "next_step"


@pytest.mark.parametrize("body", SOMEONE_ELSE_AWAY)
def test_someone_else_away_is_no_out_of_office(body: str) -> None:
    result = classify(received(body, sender=PERSON))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize("body", AWAY)
def test_the_sender_away_is_an_out_of_office(body: str) -> None:
    assert classify(received(body, sender=PERSON)).kind == "auto_reply"


@pytest.mark.parametrize("body", CANCELLED_WITH_A_NOTE)
def test_a_calendar_cancellation_with_the_organizers_note_is_read_as_written(body: str) -> None:
    mail = received(body, subject="Cancelled event: Interview Acme", sender=PERSON, calendar=_cancellation())
    result = classify(mail)
    assert result.kind == "other", result.reasons


def test_a_persons_reminder_after_the_interview_is_a_reply() -> None:
    """After the interview it is tied to, a person's reminder of the meeting set is of a
    further round: news, never the holding reply it is in the run-up."""
    from tests.test_classify import received
    from watcher.classify import classify

    mail = received("Hi Alex,\n\njust a gentle reminder that your interview is tomorrow at 10:00 with Dan and "
                    "Priya, same video link as before.\n\nMaya")
    assert classify(mail).kind == "acknowledgement"
    assert classify(mail, interview_held=True).kind != "acknowledgement"
