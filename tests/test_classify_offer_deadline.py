"""The day an offer asks for a decision by: the date tied to the decision, not another date
the offer names (the written offer sent tomorrow, the start date); none when no date is tied
to a decision, so the policy's default stands rather than a wrong early deadline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from watcher.classify import classify
from watcher.model import Mail

# A Monday.
SENT_AT = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


def offer(body: str) -> Mail:
    return Mail(
        account="test",
        folder="INBOX",
        uid=1,
        message_id="<offer@acme.example>",
        date=SENT_AT,
        from_addr="jane.doe@acme.example",
        to=("user@example.org",),
        subject="Your offer",
        headers={},
        body=body,
    )


DECIDE_BY = [
    # The written offer follows "tomorrow"; the decision is asked by Friday 11 December.
    ("en", "We are delighted to offer you the role. I will send the written offer tomorrow; "
           "please let us know your decision by Friday 11 December."),
    ("en", "We would like to hire you. The written offer follows tomorrow. Please let us know "
           "your decision by December 11."),
    ("en", "We are delighted to offer you the role, starting on 4 January. Please get back to us "
           "with your answer by 11 December."),
    ("en", "We are delighted to offer you the role. By Friday, 11 December, please let us know your "
           "decision; your start date would be 4 January."),
    ("de", "Wir freuen uns, Ihnen ein Angebot zu machen. Den schriftlichen Vertrag senden wir Ihnen "
           "morgen zu. Bitte teilen Sie uns Ihre Entscheidung bis Freitag, 11. Dezember mit."),
    ("de", "Wir freuen uns, Ihnen ein Angebot zu machen. Bitte geben Sie uns bis zum 11. Dezember "
           "Bescheid; Starttermin wäre der 4. Januar."),
    ("fr", "Nous avons le plaisir de vous proposer le poste. Le contrat vous sera envoyé demain. "
           "Merci de nous faire part de votre décision avant le vendredi 11 décembre."),
    ("fr", "Nous avons le plaisir de vous proposer le poste, avec un début le 4 janvier. Merci de "
           "nous donner votre réponse d'ici le 11 décembre."),
    ("es", "Nos encantaría contratarte. Mañana te enviaremos la oferta por escrito. Por favor, "
           "comunícanos tu decisión antes del viernes 11 de diciembre."),
    ("es", "Queremos contratarte, con incorporación el 4 de enero. Necesitamos tu respuesta antes "
           "del 11 de diciembre."),
    ("it", "Saremmo felici di assumerti. Domani ti invieremo l'offerta scritta. Ti chiediamo di "
           "comunicarci la tua decisione entro venerdì 11 dicembre."),
    ("it", "Vorremmo assumerti, con inizio il 4 gennaio. Attendiamo la tua risposta entro "
           "l'11 dicembre."),
    ("nl", "Met plezier sturen wij je de aanbodbrief. Het contract volgt morgen. Laat ons je "
           "beslissing weten voor vrijdag 11 december."),
    ("nl", "In de bijlage vind je de aanbodbrief, met startdatum 4 januari. Graag ontvangen we je "
           "antwoord uiterlijk 11 december."),
    ("pt", "Você foi aprovado para a vaga! Amanhã enviaremos a proposta por escrito. Por favor, "
           "envie-nos a sua decisão até sexta-feira, 11 de dezembro."),
    ("pt", "Você foi aprovada para a vaga, com início em 4 de janeiro. Aguardamos a sua resposta "
           "até 11 de dezembro."),
]


@pytest.mark.parametrize(("language", "body"), DECIDE_BY, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(DECIDE_BY)])
def test_the_deadline_is_the_day_the_decision_is_asked_by(language: str, body: str) -> None:
    result = classify(offer(body))
    assert result.kind == "offer", language
    assert result.date == date(2026, 12, 11)


NO_DECISION_DAY = [
    # Dates that ask for no decision: the written offer's day, the start date.
    "We are delighted to offer you the role. I will send the written offer tomorrow.",
    "We are delighted to offer you the role, starting on 4 January. Welcome aboard!",
    # A day before the word of the decision, not a calendar date: about something else.
    "We are delighted to offer you the role. The contract follows tomorrow, so do reply with any questions.",
    "We are delighted to offer you the role. I will send the written offer tomorrow and you can sign it online.",
    "Wir freuen uns, Ihnen ein Angebot zu machen. Den Vertrag senden wir Ihnen morgen zu.",
    "Nos encantaría contratarte. Mañana te enviaremos la oferta por escrito.",
    "Você foi aprovado para a vaga! Amanhã enviaremos a proposta por escrito.",
]


@pytest.mark.parametrize("body", NO_DECISION_DAY)
def test_an_offer_with_no_date_tied_to_a_decision_has_no_deadline(body: str) -> None:
    result = classify(offer(body))
    assert result.kind == "offer"
    assert result.date is None


def test_a_decision_asked_by_a_weekday_alone_is_that_weekday() -> None:
    body = "We are delighted to offer you the role. The contract follows tomorrow; please let us know by Friday."
    result = classify(offer(body))
    assert result.date == date(2026, 12, 4)


def test_a_decision_asked_by_tomorrow_is_tomorrow() -> None:
    body = "We are delighted to offer you the role. Please let us know your decision by tomorrow."
    assert classify(offer(body)).date == date(2026, 12, 1)
