"""A person asking for a link or a piece of work the candidate mentioned ("could you send me
the link to the notebook you mentioned?", "Könnten Sie mir den Link zu Ihrem Notebook
schicken?") asks for information: ``other`` that waits for an answer, not a next step, in
seven languages. Examples written for these tests alone; a link to book a step, or a
request for availability, stays a next step.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

LINK_REQUESTED = [
    "Great to meet you on Thursday! As promised, could you send me the link to the notebook you mentioned? I'd like "
    "to show it to a couple of people before we talk again.",
    "Könnten Sie mir den Link zu Ihrem Notebook schicken? Ich würde es gern dem Team zeigen.",
    "Pourriez-vous m'envoyer le lien vers le notebook dont vous avez parlé ?",
    "¿Podrías enviarme el enlace al notebook que mencionaste?",
    "Potresti inviarmi il link al notebook di cui mi parlavi?",
    "Kun je me de link naar het notebook sturen waar je het over had?",
    "Poderia enviar-me o link para o notebook que mencionou?",
    "Could you send me your slides from the presentation?",
]


@pytest.mark.parametrize("body", LINK_REQUESTED)
def test_a_link_or_work_asked_for_is_a_request(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "other", result.reasons
    assert result.asks_reply


@pytest.mark.parametrize(
    "body",
    [
        "Please use the link to book a slot for your final interview: https://calendly.com/acme/final",
        "Here is the link to book your second interview: https://calendly.com/acme/second. Could you pick a time this week?",
        "Could you send me your availability for a final interview next week?",
        # An invitation to a meeting named with words between ("gern" without its e, in German).
        "They would like to invite you to a second, more technical meeting with the head of IT.",
        "Man würde Sie gern zu einem zweiten, eher fachlichen Termin mit dem IT-Leiter einladen.",
        "Ils souhaiteraient vous inviter à un second rendez-vous, plus technique, avec le DSI.",
        "Les gustaría invitarte a una segunda reunión, más técnica, con el responsable de IT.",
        "Vorrebbero invitarti a un secondo incontro, più tecnico, con il responsabile IT.",
        "Ze willen je graag uitnodigen voor een tweede, meer technisch gesprek met het hoofd IT.",
        "Gostariam de a convidar para uma segunda reunião, mais técnica, com o diretor de TI.",
    ],
)
def test_a_link_to_book_or_an_invitation_is_a_next_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons
