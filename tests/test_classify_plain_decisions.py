"""Decisions said plainly, passively or in non-native wording, read as what they decide, in
seven languages: the post given to someone else or filled from inside, the process not
continued with the candidate, an answer that is not positive, and the job given to the
candidate. Examples written for these tests alone, with the look-alikes that decide nothing.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

GIVEN_TO_SOMEONE_ELSE = [
    "Dear Alex, we regret to tell you that the position is given to other candidate. Best regards",
    "Thanks for your patience. I'm sorry to say the hiring manager has decided to hire internally.",
    "Thank you for everything. In the end the role went to a candidate with more payments experience.",
    "We have offered the job to another applicant, who has accepted.",
    "Die Stelle wurde intern besetzt.",
    "Wir haben die Position an eine andere Kandidatin vergeben.",
    "Le poste a été attribué à un autre candidat.",
    "Nous avons proposé le poste à une autre personne.",
    "El puesto se ha asignado a otra persona.",
    "Hemos ofrecido el puesto a otro candidato.",
    "La posizione è stata assegnata a un altro candidato.",
    "Abbiamo offerto il ruolo a un'altra persona.",
    "De functie is aan een andere kandidaat gegeven.",
    "We hebben de functie intern ingevuld.",
    "A vaga foi atribuída a outro candidato.",
    "Oferecemos a posição a outra pessoa.",
]

NOT_CONTINUED = [
    "Vielen Dank für das nette Gespräch und Ihre Zeit. Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit Ihnen nicht weiterzuführen.",
    "Wir werden das Verfahren mit Ihnen nicht fortsetzen.",
    "Merci beaucoup pour votre temps. Nous ne poursuivrons pas le processus avec vous.",
    "Muchas gracias por tu tiempo. No seguiremos adelante con tu candidatura.",
    "Ti ringraziamo per il tempo dedicato. Dopo un'attenta valutazione, non proseguiremo con la tua candidatura.",
    "Abbiamo deciso di non procedere oltre con il tuo profilo.",
    "Dank voor je tijd. We zetten het proces met jou niet voort.",
    "Obrigado pelo seu tempo. Não vamos prosseguir com a sua candidatura.",
    "Decidimos não continuar o processo consigo.",
]

NOT_POSITIVE = [
    "Unfortunately this time it is not a positive answer from our side.",
    "I'm sorry, but I have to give you a negative answer.",
    "Leider können wir Ihnen keine positive Rückmeldung geben.",
    "Malheureusement, nous devons vous donner une réponse négative.",
    "Lamentablemente la respuesta es negativa esta vez.",
    "Purtroppo dobbiamo darti una risposta negativa.",
    "Helaas moeten we je een negatief antwoord geven.",
    "Infelizmente a resposta é negativa desta vez.",
]


@pytest.mark.parametrize("body", GIVEN_TO_SOMEONE_ELSE + NOT_CONTINUED + NOT_POSITIVE)
def test_a_decision_said_plainly_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


JOB_GIVEN = [
    "Congratulations, you got the job! HR will send you the paperwork.",
    "Good news: the job is yours if you want it.",
    "Gerne möchten wir Sie als neuen Kollegen in unserem Team begrüßen. Den Vertrag erhalten Sie per Post.",
    "Herzlichen Glückwunsch, die Stelle gehört Ihnen!",
    "Le poste est à vous si vous le souhaitez !",
    "¡El puesto es tuyo! Enhorabuena.",
    "Il posto è tuo, congratulazioni!",
    "De baan is van jou, gefeliciteerd!",
    "A vaga é sua, parabéns!",
]


@pytest.mark.parametrize("body", JOB_GIVEN)
def test_the_job_given_in_plain_words_is_an_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "offer", result.reasons


def test_hiring_from_within_as_a_habit_is_no_rejection() -> None:
    body = "We love to hire from within and to promote internally. We would like to offer you the role!"
    assert classify(received(body)).kind == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "If the position is given to another candidate, we will let you know straight away.",
        "I have not yet had a positive answer from the team; I will let you know by Friday.",
        "Non abbiamo ancora una risposta, né positiva né negativa.",
        "We have not yet offered the job to anyone; you will hear from us by Friday.",
        "Wir haben die Stelle noch nicht vergeben und melden uns nächste Woche.",
        "Nous n'avons pas encore attribué le poste à un autre candidat ; nous reviendrons vers vous.",
    ],
)
def test_a_post_not_yet_given_is_no_decision(body: str) -> None:
    result = classify(received(body))
    assert result.kind not in ("rejection", "offer"), result.reasons
    assert result.kind not in HEARD_BACK_KINDS, result.reasons
