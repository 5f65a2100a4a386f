"""Kinds that platforms' notices and employers' short decisions share, in seven languages:
the post filled with adverbs between the verb's parts, a survey about the process whose
"could you take a minute?" asks for nothing, and a step already taken where the verb comes
last. Each with the look-alikes that decide otherwise. Examples written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

FILLED = [
    "Thank you for your time. The Operations Analyst position has unfortunately already been filled.",
    "Unfortunately the role has now already been filled.",
    "Die Stelle als Data Engineer ist inzwischen leider besetzt.",
    "Die Position wurde leider bereits besetzt.",
    "Vielen Dank für Ihr Interesse. Leider ist die Stelle mittlerweile vergeben.",
    "Die ausgeschriebene Stelle konnte leider bereits besetzt werden.",
    "Le poste de Product Designer a malheureusement déjà été pourvu.",
    "El puesto de ingeniero de datos ya ha sido cubierto.",
    "Lamentablemente, la posición ya se ha cubierto.",
    "De vacature is inmiddels helaas vervuld.",
    "La posizione di Data Engineer è stata purtroppo già coperta.",
    "A vaga de engenheiro de software já foi preenchida.",
]

NOT_FILLED_YET = [
    "The role is expected to be filled by March; we will be in touch next week.",
    "We have not yet filled the role.",
    "Die Stelle wird im Januar besetzt.",
    "Wir haben die Stelle noch nicht besetzt.",
    "Le poste n'a pas encore été pourvu.",
    "La vacante aún no ha sido cubierta.",
    "Aún no hemos cubierto el puesto.",
    "De vacature is nog niet vervuld.",
    "We hebben de functie nog niet ingevuld.",
    "La posizione non è ancora stata coperta.",
    "A vaga ainda não foi preenchida.",
]

SURVEYS = [
    "Hi Alex, you recently interviewed with Acme. Could you take a minute to tell us about your interview "
    "experience? Your answers are anonymous. Take the survey: https://survey.example/1",
    "Hallo Alex, könnten Sie uns sagen, wie zufrieden Sie mit unserem Bewerbungsprozess waren? Ihre Meinung "
    "ist uns wichtig. Zur Umfrage: https://survey.example/2",
    "Bonjour Alex, pourriez-vous prendre une minute pour nous dire comment s'est passé votre processus de "
    "recrutement ? Vos réponses sont anonymes.",
    "Hola Alex, ¿podrías dedicarnos un minuto para valorar tu experiencia en nuestro proceso? Tu opinión nos "
    "importa. Responder la encuesta: https://survey.example/4",
    "Ciao Alex, potresti dedicarci un minuto? La tua opinione conta: compila il questionario. Le tue risposte "
    "sono anonime.",
    "Hoi Alex, zou je ons willen laten weten hoe je het sollicitatieproces hebt ervaren? Jouw mening telt: "
    "start de vragenlijst.",
    "Olá Alex, pode dedicar-nos um minuto? A sua opinião conta: responder ao inquérito. As suas respostas são "
    "anónimas.",
]

# A person's question beside survey-like words, and a questionnaire that is a step.
ASKS_BESIDE_A_SURVEY = [
    "Bonjour Alex, pourriez-vous m'appeler demain ? Votre avis compte pour nous.",
    "Hi Alex, we'd like to invite you to a final round. Could you share your availability? Also, take our "
    "short survey about the process.",
]

DONE_VERB_LAST = [
    "Je hebt het assessment voor Data Analist bij Duvenblad B.V. afgerond. Goed gedaan! Zij nemen zelf "
    "contact met je op.",
    "Sie haben den Online-Test für die Stelle als Data Engineer bei der Helix GmbH abgeschlossen. Die "
    "Ergebnisse gehen an das Team.",
]

STEP_VERB_LAST_AHEAD = [
    "Zodra je het assessment hebt afgerond, nemen we contact met je op over een tweede gesprek.",
    "We willen je graag uitnodigen voor een tweede gesprek. Het eerste gesprek is afgerond.",
    "Bitte absolvieren Sie den Online-Test bis Freitag.",
]


@pytest.mark.parametrize("body", FILLED)
def test_a_post_filled_with_adverbs_between_is_a_rejection(body: str) -> None:
    assert classify(received(body)).kind == "rejection"


@pytest.mark.parametrize("body", NOT_FILLED_YET)
def test_a_post_not_filled_yet_is_no_rejection(body: str) -> None:
    assert classify(received(body)).kind != "rejection"


@pytest.mark.parametrize("body", SURVEYS)
def test_a_survey_that_asks_for_a_minute_does_not_hear_back(body: str) -> None:
    kind = classify(received(body, sender="no-reply@acme.example")).kind
    assert kind not in HEARD_BACK_KINDS, kind


@pytest.mark.parametrize("body", ASKS_BESIDE_A_SURVEY)
def test_a_request_of_its_own_beside_survey_words_is_a_step(body: str) -> None:
    assert classify(received(body)).kind == "next_step"


@pytest.mark.parametrize("body", DONE_VERB_LAST)
def test_a_step_the_closing_participle_says_is_done_is_no_next_step(body: str) -> None:
    kind = classify(received(body, sender="no-reply@acme.example")).kind
    assert kind not in HEARD_BACK_KINDS, kind


@pytest.mark.parametrize("body", STEP_VERB_LAST_AHEAD)
def test_a_step_still_to_come_stays_one(body: str) -> None:
    assert classify(received(body)).kind == "next_step"


OFFER_REFUSED = [
    "Hi Alex, unfortunately we are not in a position to offer you the role.",
    "Hallo Alex, leider sind wir nicht in der Lage, Ihnen die Stelle anzubieten.",
    "Bonjour Alex, nous ne sommes pas en mesure de vous proposer le poste.",
    "Hola Alex, no estamos en condiciones de ofrecerte el puesto.",
    "Ciao Alex, non siamo in grado di offrirti la posizione.",
    "Hoi Alex, helaas kunnen we je geen aanbod doen.",
    "Olá Alex, não estamos em condições de lhe oferecer a posição.",
]

OFFER_MADE = [
    "Hi Alex, I wasn't able to call you, so by mail: we'd love to offer you the role!",
    "Hallo Alex, wir freuen uns, Ihnen die Stelle anbieten zu können.",
    "Bonjour Alex, nous sommes ravis de vous proposer le poste.",
    "Hola Alex, nos complace ofrecerte el puesto.",
    "Ciao Alex, siamo lieti di offrirti la posizione.",
    "Hoi Alex, we willen je graag een aanbod doen.",
    "Olá Alex, temos o prazer de lhe oferecer a posição.",
]


@pytest.mark.parametrize("body", OFFER_REFUSED)
def test_an_offer_said_impossible_is_a_rejection(body: str) -> None:
    assert classify(received(body, sender="no-reply@greenhouse.io")).kind == "rejection"


@pytest.mark.parametrize("body", OFFER_MADE)
def test_an_offer_made_stays_one(body: str) -> None:
    assert classify(received(body)).kind == "offer"


NO_OBJECT_DECISIONS = [
    "Hi Alex, the team has chosen not to move forward at this time.",
    "Hi Alex, after much deliberation we've decided not to move ahead.",
    "Hallo Alex, wir haben entschieden, an dieser Stelle nicht weiterzumachen.",
    "Bonjour Alex, nous avons décidé de ne pas aller plus loin.",
    "Hola Alex, hemos decidido no seguir adelante en esta ocasión.",
    "Ciao Alex, abbiamo deciso di non andare avanti.",
    "Hoi Alex, we hebben besloten om niet verder te gaan.",
    "Olá Alex, decidimos não avançar neste momento.",
]

APPLICATION_CLOSED = [
    "Hi Alex, we've decided to close out your application for the Backend Engineer role.",
    "Hallo Alex, wir haben Ihre Bewerbung für die Stelle geschlossen.",
    "Bonjour Alex, nous avons clôturé votre candidature.",
    "Hola Alex, hemos cerrado tu candidatura.",
    "Ciao Alex, abbiamo chiuso la tua candidatura.",
    "Hoi Alex, we hebben je sollicitatie afgesloten.",
    "Olá Alex, encerrámos a sua candidatura.",
]

# A step dropped for another, an application to finish, a window closing: no decision.
NO_DECISION = [
    "Hi Alex, we decided not to proceed with the take-home; instead we'd like a live session next week.",
    "Hola Alex, hemos decidido no seguir adelante con la prueba técnica; preferimos una entrevista la "
    "próxima semana.",
    "Hi Alex, please close out your application by completing the last step.",
    "Hi Alex, we are closing the application window on Friday, so please apply soon.",
    "Hoi Alex, we hebben je sollicitatie nog niet afgewezen: het team kijkt er deze week naar.",
]


@pytest.mark.parametrize("body", NO_OBJECT_DECISIONS + APPLICATION_CLOSED)
def test_a_decision_with_no_object_or_an_application_closed_is_a_rejection(body: str) -> None:
    assert classify(received(body, sender="no-reply@greenhouse.io")).kind == "rejection"


@pytest.mark.parametrize("body", NO_DECISION)
def test_a_step_dropped_for_another_or_a_closing_window_is_no_rejection(body: str) -> None:
    assert classify(received(body)).kind != "rejection"


@pytest.mark.parametrize("body", [
    "Bonjour Alex, bonne nouvelle : votre candidature passe à l'étape suivante, un entretien avec le manager.",
])
def test_an_application_moved_to_the_next_stage_is_a_step(body: str) -> None:
    assert classify(received(body, sender="no-reply@welcomekit.co")).kind == "next_step"


@pytest.mark.parametrize("body", [
    "Bonjour Alex, si votre candidature est retenue pour l'étape suivante, nous vous contacterons.",
    "Bonjour Alex, votre candidature ne passe pas à l'étape suivante.",
])
def test_a_next_stage_on_a_condition_or_denied_is_no_step(body: str) -> None:
    assert classify(received(body, sender="no-reply@welcomekit.co")).kind != "next_step"
