"""A decision only on a condition ("if you have not heard from us within two weeks, please
consider your application unsuccessful") is a holding reply, whoever writes it and whatever
else the message says, in seven languages; the same decision stated outright stays a
rejection, and so does a plain "no" beside a condition about something else. Also: a day of
the month before a month's name ("ab dem 7. Januar 2027") is that calendar day, and
watcher's own digest is known by its closing line once its marks are gone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import Draft, Notice
from watcher.notify.marks import DIGEST_CLOSING, notice_kind
from watcher.notify.smtp import digest_body

WHEN = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)
PERSON = "jordan.lee@acme.example"

ON_CONDITION = [
    "If you have not heard from us within two weeks, please assume your application has not been successful.",
    "Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht erfolgreich gewesen.",
    "Sollten Sie innerhalb von vier Wochen nichts von uns hören, betrachten Sie Ihre Bewerbung bitte als nicht "
    "erfolgreich.",
    "Sans réponse de notre part dans un délai de trois semaines, vous pourrez considérer que votre candidature n'a "
    "pas été retenue.",
    "Si en el plazo de 15 días no has recibido noticias nuestras, entiende que tu candidatura no ha sido seleccionada.",
    "Se non riceve nostre notizie entro due settimane, consideri la sua candidatura non selezionata.",
    "Heb je binnen drie weken niets van ons gehoord, dan ben je helaas niet geselecteerd.",
    "Mocht u binnen drie weken niets van ons horen, dan bent u helaas niet geselecteerd.",
    "Caso não receba notícias nossas no prazo de 30 dias, considere que a sua candidatura não foi selecionada.",
]


@pytest.mark.parametrize("body", ON_CONDITION)
def test_a_decision_only_on_a_condition_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, sender=PERSON, when=WHEN))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "If you have any questions, let me know. Unfortunately your application has not been successful.",
        "Helaas ben je niet geselecteerd. Als je feedback wilt, laat het me weten.",
        "Dan ben je helaas niet geselecteerd voor deze functie.",
        "Betrachten Sie Ihre Bewerbung bitte als nicht erfolgreich; wir wünschen Ihnen alles Gute.",
        "Wenn Sie Fragen haben, melden Sie sich. Ihre Bewerbung war leider nicht erfolgreich.",
    ],
)
def test_the_decision_stated_outright_stays_a_rejection(body: str) -> None:
    result = classify(received(body, sender=PERSON, when=WHEN))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("Ich bin in Elternzeit und ab dem 7. Januar 2027 wieder da.", date(2027, 1, 7)),
        ("Ich bin im Urlaub und ab dem 16. wieder im Büro.", date(2026, 11, 16)),
        ("Je suis en congé et serai de retour le 4. janvier.", date(2027, 1, 4)),
    ],
)
def test_a_day_before_a_months_name_is_that_calendar_day(body: str, back: date) -> None:
    result = classify(received(body, sender=PERSON, when=WHEN))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == back


NOTICE = Notice(interview="acme", action="follow_up_1", key="", company="Acme",
                title="Acme: follow up on your interview", why="No reply after 7 business days.",
                draft=Draft(to=(PERSON,), subject="Data Engineer interview",
                            body="Dear Jordan,\n\nI wanted to follow up on our second interview.\n"))


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (digest_body([NOTICE]), "digest"),
        ("---------- Forwarded message ---------\nFrom: watcher\n\n" + digest_body([NOTICE]), "digest"),
        (f"<html><body><p>Acme replied</p><p>-- <br>{DIGEST_CLOSING}</p></body></html>", "digest"),
        # A reply that quotes a digest is somebody's own message.
        ("Thanks, noted.\n\n> " + digest_body([NOTICE]).replace("\n", "\n> "), None),
        ("I wanted to follow up on our second interview.", None),
    ],
)
def test_the_digest_is_known_by_its_closing_line(body: str, kind: str | None) -> None:
    mail = received(body, sender="alex@example.net", when=WHEN)
    assert notice_kind(mail) == kind
    if kind == "digest":
        assert classify(mail).kind == "bulk"


# Absences, receipts and reminders in the short forms people and platforms write them.
SHORT_FORMS = [
    ("I'm currently on PTO, back Tuesday.", "auto_reply", date(2026, 11, 10)),
    ("I'm OOO through the 20th. For anything urgent, ping talent@acme.example.", "auto_reply", date(2026, 11, 20)),
    ("Sarò fuori sede dal 5 al 16 novembre.", "auto_reply", date(2026, 11, 16)),
    ("Estarei ausente de 5 a 16 de novembro.", "auto_reply", date(2026, 11, 16)),
    ("Hoi, ik ben tot 20 november ziek.", "auto_reply", date(2026, 11, 20)),
    ("Reçu, merci.", "acknowledgement", None),
]


@pytest.mark.parametrize(("body", "kind", "back"), SHORT_FORMS)
def test_short_absences_and_receipts(body: str, kind: str, back: date | None) -> None:
    result = classify(received(body, sender=PERSON, when=WHEN))
    assert result.kind == kind, result.reasons
    if back is not None:
        assert result.date == back


@pytest.mark.parametrize(
    "body",
    [
        "Your interview is in 2 days: Friday, November 6 at 14:00.",
        "Ihr Vorstellungsgespräch findet in 2 Tagen statt: Freitag, 6. November, 14:00 Uhr.",
        "Votre entretien a lieu dans 2 jours : vendredi 6 novembre à 14h00.",
        "Tu entrevista es dentro de 2 días: viernes 6 de noviembre a las 14:00.",
        "Il tuo colloquio è tra 2 giorni: venerdì 6 novembre alle 14:00.",
        "Je sollicitatiegesprek is over 2 dagen: vrijdag 6 november om 14:00.",
        "A sua entrevista é daqui a 2 dias: sexta-feira, 6 de novembro, às 14:00.",
        "Your video interview starts in 30 minutes. Join here: https://meet.example/abc",
    ],
)
def test_a_platforms_countdown_to_a_booked_step_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, sender="no-reply@acme.example", when=WHEN))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("I'm on PTO Monday, back Tuesday - could we do the final interview on Wednesday 11 November at 10:00?",
         "next_step"),
        ("Your interview is in 2 days, but we have had to move it to Thursday 12 November at 10:00.", "next_step"),
        ("I'm OOO through the 20th, but wanted to tell you first: we will not be moving forward with your "
         "application.", "rejection"),
    ],
)
def test_the_same_words_beside_news_keep_the_news(body: str, kind: str) -> None:
    result = classify(received(body, sender="no-reply@acme.example" if "move it" in body else PERSON, when=WHEN))
    assert result.kind == kind, result.reasons
