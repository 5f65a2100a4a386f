"""A machine's message that books, confirms the booking of, invites to or moves a step
("Your final interview ... is confirmed. Tuesday, June 10 ...", "Marcus has invited you to
the following event", "Ihr Termin wurde verschoben") is a next step, in seven languages; a
reminder of a step already booked ("friendly reminder", "Erinnerung an Ihren Termin", "your
test expires in 24 hours") stays a holding reply, even when it repeats that the step is
confirmed. Examples written for these tests alone.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

PLATFORM = "no-reply@us.greenhouse-mail.io"
CALENDAR = "calendar-notification@google.com"

# (subject, body, sender): a step booked, confirmed, invited to or moved; the mail is sent
# on Wednesday 4 June 2025.
BOOKED = [
    ("Interview Confirmation: Frontend Engineer at Acme",
     "Hi Sam,\n\nYour final interview for Frontend Engineer at Acme is confirmed.\n\n"
     "Tuesday, June 10, 2025 3:00 PM - 4:00 PM CET\nGoogle Meet: https://meet.google.com/abc-defg-hij\n\n"
     "A calendar invitation (invite.ics) is attached.", PLATFORM),
    ("Invitation: Acme - Final panel (Sam Lee) @ Wed 11 Jun 2025 14:00 - 16:00 (CET)",
     "Jo Marsh has invited you to the following event.\n\nAcme - Final panel (Sam Lee)\n"
     "When: Wed 11 Jun 2025 14:00 - 16:00 (CET)\nJoining info: meet.google.com/kvx-trpa-uqz\n\n"
     "Going (sam@example.org)?  Yes - Maybe - No\n\nInvitation from Google Calendar", CALENDAR),
    ("Your interview has been rescheduled",
     "Hi Sam,\n\nYour interview with Acme has been rescheduled.\n\nFriday, 13 June 2025, 10:00 - 11:00 CET", PLATFORM),
    ("Terminbestätigung: Vorstellungsgespräch bei Acme",
     "Hallo Sam,\n\nIhr Vorstellungsgespräch bei Acme ist bestätigt.\n\nDienstag, 10. Juni 2025, 15:00 - 16:00 Uhr",
     PLATFORM),
    ("Einladung: Acme - Fachgespräch",
     "Jo Marsh hat Sie zu folgendem Termin eingeladen.\n\nAcme - Fachgespräch\nWann: Mi 11. Juni 2025 14:00",
     CALENDAR),
    ("Confirmation de votre entretien",
     "Bonjour Sam,\n\nVotre entretien avec Acme est confirmé.\n\nMardi 10 juin 2025, 15:00 - 16:00", PLATFORM),
    ("Confirmación de tu entrevista",
     "Hola Sam,\n\nTu entrevista con Acme está confirmada.\n\nMartes, 10 de junio de 2025, 15:00 - 16:00", PLATFORM),
    ("Bevestiging van je gesprek",
     "Hallo Sam,\n\nJe gesprek bij Acme is verplaatst.\n\nDinsdag 10 juni 2025, 15:00 - 16:00", PLATFORM),
    ("Conferma del colloquio",
     "Ciao Sam,\n\nIl tuo colloquio con Acme è confermato.\n\nMartedì 10 giugno 2025, 15:00 - 16:00", PLATFORM),
    ("Confirmação da entrevista",
     "Olá Sam,\n\nA sua entrevista com a Acme foi agendada.\n\nTerça-feira, 10 de junho de 2025, 15:00 - 16:00",
     PLATFORM),
]


@pytest.mark.parametrize(("subject", "body", "sender"), BOOKED)
def test_a_machines_booking_of_a_step_is_a_next_step(subject: str, body: str, sender: str) -> None:
    result = classify(received(body, subject=subject, sender=sender))
    assert result.kind == "next_step", result.reasons


def test_a_booking_with_an_auto_submitted_header_is_a_next_step() -> None:
    subject, body, sender = BOOKED[0]
    result = classify(received(body, subject=subject, sender=sender, headers={"auto-submitted": "auto-generated"}))
    assert result.kind == "next_step", result.reasons


# Near misses: reminders of a step already booked, and confirmations that book no step.
REMINDERS = [
    ("Reminder: your interview with Acme",
     "Hi Sam, this is a friendly reminder that your event is coming up: your interview with Acme is confirmed for "
     "Tuesday, June 10, 2025 at 3:00 PM.", PLATFORM),
    ("Your assessment expires soon",
     "Hi Sam, your coding test for Acme expires in 24 hours. Your interview is confirmed for Friday, 13 June 2025.",
     PLATFORM),
    ("Erinnerung an Ihren Termin",
     "Hallo Sam, wir erinnern Sie an Ihr Vorstellungsgespräch: Ihr Termin ist bestätigt für Dienstag, "
     "10. Juni 2025, 15:00 Uhr.", PLATFORM),
    ("Rappel : votre entretien",
     "Bonjour Sam, nous vous rappelons que votre entretien est confirmé pour mardi 10 juin 2025 à 15h00.", PLATFORM),
    ("Recordatorio: tu entrevista",
     "Hola Sam, te recordamos que tu entrevista está confirmada para el martes 10 de junio de 2025 a las 15:00.",
     PLATFORM),
    ("Herinnering: je gesprek",
     "Hallo Sam, we herinneren je eraan dat je gesprek is ingepland op dinsdag 10 juni 2025 om 15:00 uur. "
     "Herinnering verstuurd door Acme.", PLATFORM),
    ("Promemoria: il tuo colloquio",
     "Ciao Sam, ti ricordiamo che il tuo colloquio è confermato per martedì 10 giugno 2025 alle 15:00.", PLATFORM),
    ("Lembrete: a sua entrevista",
     "Olá Sam, passando para lembrar que a sua entrevista foi agendada para terça-feira, 10 de junho de 2025, "
     "às 15:00.", PLATFORM),
]


@pytest.mark.parametrize(("subject", "body", "sender"), REMINDERS)
def test_a_reminder_of_a_step_already_booked_stays_a_holding_reply(subject: str, body: str, sender: str) -> None:
    result = classify(received(body, subject=subject, sender=sender))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # No meeting word: an account confirmed, not a step.
        ("Your email address is confirmed", "Hi Sam, your email address is confirmed. Welcome to Acme Careers!"),
        # No day named: nothing booked yet.
        ("Application update", "Hi Sam, your application for Data Engineer at Acme is confirmed."),
    ],
)
def test_a_confirmation_that_books_no_step_is_no_next_step(subject: str, body: str) -> None:
    result = classify(received(body, subject=subject, sender=PLATFORM))
    assert result.kind != "next_step", result.reasons
