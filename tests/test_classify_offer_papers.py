"""An offer said without the word "offer" (the candidate wished into the team: "we'd love for
you to join the Payments team as our analyst", "on aimerait que tu rejoignes l'équipe",
"queremos muito você com a gente") is an offer; the papers of an offer already told, sent to be
signed ("as discussed, please find attached your employment contract to sign", "wie besprochen
anbei Ihr Arbeitsvertrag zur Unterschrift") are the hiring's administration, ``other``. In the
seven languages; examples written for these tests alone. The look-alikes keep their kind: an
offer made in the message that attaches its contract, an offer letter sent to sign with nothing
that says the offer came before, an electronic signature service's envelope, and a team joined
for a call.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

WISHED_INTO_THE_TEAM = [
    "Great speaking just now! Everyone was impressed and we'd love for you to join the Payments team as our next "
    "Data Analyst. Sarah, the hiring manager, will call you tomorrow with the details.",
    "Good news: we'd love to have you join the team, the hiring manager will call you with the details.",
    "After the panel's debrief we would really like you to join our platform team. I'll send the written details on "
    "Monday.",
    "Bonne nouvelle : nous aimerions beaucoup que vous vous joigniez à l'équipe Data à partir de janvier. Voici ce "
    "que nous sommes en mesure de vous proposer.",
    "Bonne nouvelle ! On aimerait que tu rejoignes l'équipe produit dès le mois prochain. Je t'appelle demain pour en "
    "parler.",
    "Wir würden uns sehr freuen, Sie in unserem Team willkommen zu heißen. Die Details bespricht Frau Weber morgen "
    "telefonisch mit Ihnen.",
    "Wir möchten dich gerne ins Team holen! Ich rufe dich morgen an, um alles Weitere zu besprechen.",
    "Goed nieuws: we zouden het heel leuk vinden als je ons team komt versterken. De manager belt je morgen over de "
    "details.",
    "O time adorou a conversa e queremos muito você com a gente como Engenheira de Dados. O RH te liga amanhã.",
    "Temos uma ótima notícia: gostaríamos muito que você se juntasse ao nosso time! Amanhã o gestor te liga com os "
    "detalhes.",
]


@pytest.mark.parametrize("body", WISHED_INTO_THE_TEAM)
def test_the_candidate_wished_into_the_team_is_an_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "offer", result.reasons


PAPERS_OF_AN_OFFER_TOLD = [
    "As discussed on the phone, please find attached your employment contract. Please sign and return a copy by "
    "Friday.",
    "Thanks for accepting! Attached are your offer letter and the new hire forms for your signature.",
    "Wie besprochen erhalten Sie anbei Ihren Arbeitsvertrag. Bitte senden Sie uns ein unterschriebenes Exemplar "
    "zurück.",
    "Comme convenu, vous trouverez ci-joint votre contrat de travail à signer et à nous renvoyer.",
    "Como acordamos, te envío adjunto tu contrato de trabajo para tu firma.",
    "Come concordato, in allegato trovi il contratto di lavoro da firmare e restituirci entro venerdì.",
    "Zoals besproken stuur ik je hierbij je arbeidsovereenkomst. Wil je deze ondertekenen en terugsturen?",
    "Conforme combinado, segue em anexo o contrato de trabalho para sua assinatura.",
    "Bem-vinda! Seguem a carta-proposta e o contrato para assinatura; o exame admissional será marcado depois.",
]


@pytest.mark.parametrize("body", PAPERS_OF_AN_OFFER_TOLD)
def test_the_papers_of_an_offer_told_are_other(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "other", result.reasons


def test_papers_that_ask_something_back_ask_for_a_reply() -> None:
    body = "Wie vereinbart anbei Ihr Arbeitsvertrag. Bitte senden Sie uns den Personalfragebogen unterschrieben zurück."
    result = classify(received(body))
    assert (result.kind, result.asks_reply) == ("other", True), result.reasons


@pytest.mark.parametrize(
    "body",
    [
        # The offer made in the message that attaches its papers
        "As discussed, we are delighted to offer you the role of Data Engineer! Please find attached your contract to "
        "sign.",
        "Wie besprochen freuen wir uns, Ihnen die Stelle anbieten zu können. Anbei Ihr Arbeitsvertrag zur Unterschrift.",
        "Comme convenu, nous avons le plaisir de vous proposer le poste. Vous trouverez ci-joint votre contrat à signer.",
        # An offer letter to sign, nothing saying the offer came before
        "Please find attached your offer letter for the Data Engineer role. Please sign and return it by Friday.",
        "Segue em anexo a carta-proposta para a vaga de Analista. Pedimos que a devolva assinada até sexta.",
    ],
)
def test_an_offer_with_its_papers_stays_an_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "offer", result.reasons


def test_an_electronic_signature_envelope_stays_the_offer() -> None:
    body = (
        "Dana Li sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n"
        "Hi Sam, as discussed, here is your employment contract for the Analyst position. Please sign by Friday."
    )
    mail = received(body, sender="dse@eumail.docusign.net", subject="Complete with Docusign: Contract.pdf")
    result = classify(mail)
    assert result.kind == "offer", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We'd love for you to join the team call on Friday at 10:00 to meet everyone.",
        "Nous aimerions que vous rejoigniez l'appel de l'équipe jeudi à 14h00.",
    ],
)
def test_a_team_joined_for_a_call_is_no_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind != "offer", result.reasons
