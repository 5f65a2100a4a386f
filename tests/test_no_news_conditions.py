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
    # The employer's own silence made the answer, and a next round only if they decide to go on.
    "If we have not contacted you by the end of November, please assume the position has been filled.",
    "Sollten Sie bis Ende November nichts von uns gehört haben, ist die Stelle leider anderweitig vergeben.",
    "Si vous n'avez pas de nouvelles d'ici fin novembre, considérez que le poste a été pourvu.",
    "Si no te contactamos antes de finales de noviembre, considera que el puesto ha sido cubierto.",
    "Als je voor eind november niets van ons hoort, is de functie helaas ingevuld.",
    "Se não tiver notícias nossas até ao final de novembro, considere que a vaga foi preenchida.",
    "Merci Alex. Si nous décidons d'aller plus loin, nous vous recontacterons pour le prochain entretien.",
    "Grazie Alex. Se decidiamo di proseguire, ti contatteremo per il prossimo colloquio.",
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


@pytest.mark.parametrize(
    "body",
    [
        "Buongiorno, sono in fiera a Francoforte fino a mercoledì 25 novembre e rispondo alle e-mail con ritardo.",
        "Hi, I'm at a trade show in Las Vegas until Wednesday 25 November and replies will be delayed.",
        "Ich bin bis Mittwoch, 25. November, auf der Messe in Hannover und beantworte Ihre Nachricht danach.",
        "Je suis sur un salon à Lyon jusqu'au mercredi 25 novembre, je répondrai avec du retard.",
        "Estoy en una feria en Bolonia hasta el miércoles 25 de noviembre y responderé con retraso.",
        "Ik ben tot woensdag 25 november op een beurs in Keulen en reageer met vertraging.",
        "Estou numa feira em Madrid até quarta-feira, 25 de novembro, e responderei com atraso.",
    ],
)
def test_away_at_a_fair_answering_late_is_an_out_of_office(body: str) -> None:
    result = classify(received(body, sender=PERSON, when=WHEN))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == date(2026, 11, 25)


def test_sorry_for_answering_late_keeps_the_decision() -> None:
    body = "Scusa se ti rispondo con ritardo! Purtroppo abbiamo scelto un altro candidato."
    assert classify(received(body, sender=PERSON, when=WHEN)).kind == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Confirmamos o recebimento da sua etapa Teste técnico para a vaga Engenheira de Dados Sênior. Agora nosso "
        "time vai analisar as respostas e você será avisada sobre os próximos passos.",
        "Confirmamos la recepción de tu prueba técnica para la vacante. Nuestro equipo revisará tus respuestas.",
        "Nous confirmons la réception de votre test technique. Notre équipe va analyser vos réponses.",
        "Confermiamo la ricezione del tuo test tecnico. Il nostro team valuterà le risposte.",
        "Wir bestätigen den Eingang Ihres technischen Tests. Unser Team prüft nun Ihre Antworten.",
        "We bevestigen de ontvangst van je technische test. Ons team bekijkt je antwoorden.",
        "We confirm receipt of your technical test. Our team will now review your answers.",
    ],
)
def test_a_step_received_is_done_not_ahead(body: str) -> None:
    result = classify(received(body, sender="no-reply@acme.example", when=WHEN))
    assert result.kind == "acknowledgement", result.reasons


def test_documents_arrived_and_passed_on_is_a_receipt() -> None:
    body = ("Liebe Frau Albers,\n\ndanke, die Unterlagen sind angekommen. Ich reiche sie an Herrn Brauer weiter, "
            "sobald er nächste Woche wieder im Haus ist.\n\nViele Grüße\nJana Wiegand")
    result = classify(received(body, sender=PERSON, when=WHEN))
    assert result.kind == "acknowledgement", result.reasons


# A next stage only on a condition ("if your profile is selected for the next stage, we will
# contact you"): a receipt, no step.
NEXT_STAGE_IF = [
    "Obrigado por se candidatar à vaga. Sua candidatura foi registrada com sucesso. Nosso time vai analisar seu "
    "currículo e, caso seu perfil seja selecionado para a próxima fase, entraremos em contato.",
    "Thank you for applying. Our team will review your CV and, if your profile is selected for the next stage, we "
    "will contact you.",
    "Vielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen und melden uns, falls Ihr Profil für die nächste "
    "Runde ausgewählt wird.",
    "Gracias por tu candidatura. Revisaremos tu CV y, si tu perfil es seleccionado para la siguiente fase, nos "
    "pondremos en contacto contigo.",
    "Merci pour votre candidature. Si votre profil est retenu pour la prochaine étape, nous vous contacterons.",
    "Grazie per la candidatura. Valuteremo il tuo CV e, se il tuo profilo sarà selezionato per la fase successiva, "
    "ti contatteremo.",
    "Bedankt voor je sollicitatie. We bekijken je cv en als je profiel geselecteerd wordt voor de volgende ronde, "
    "nemen we contact op.",
]


@pytest.mark.parametrize("body", NEXT_STAGE_IF)
def test_a_next_stage_only_on_a_condition_is_no_step(body: str) -> None:
    result = classify(received(body, sender="no-reply@acme.example", when=WHEN))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Your profile has been selected for the next stage: a technical interview. Could you do Tuesday 10 November "
        "at 10:00?",
        "Ihr Profil wurde für die nächste Runde ausgewählt. Passt Ihnen Dienstag, der 10. November, um 10 Uhr?",
        "Je profiel is geselecteerd voor de volgende ronde. Past dinsdag 10 november om 10:00?",
    ],
)
def test_a_next_stage_reached_stays_a_step(body: str) -> None:
    result = classify(received(body, sender=PERSON, when=WHEN))
    assert result.kind == "next_step", result.reasons

