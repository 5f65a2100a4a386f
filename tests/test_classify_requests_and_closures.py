"""What a person asks for, and a process closed by what happened to the post, in seven languages.

A request for documents or information (certificates, references, salary expectations, access
to a repository, an upload link) asks the user something and is `other`, not a step of the
process; asking to book or to give times for a further conversation is a next step. A post
frozen, closed, cancelled or filled from inside ends the candidate's process: a rejection,
however kindly put, as is a plain "we decided not to go on with you". Examples written for
these tests alone, with the look-alikes that must keep their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

DOCUMENT_REQUESTS = [
    "Hi Alex,\n\nhope you got home well. Could you send me copies of your degree certificate and two"
    " references from previous employers? Thanks!\n\nJane",
    "One more thing before we talk internally: what is your notice period, and what are your salary"
    " expectations (gross per year)?",
    "Thanks for the take-home. Small problem: Tom can't open the link, the repository seems to be private."
    " Could you give him access (tom@acme.example) or send us a zip?",
    "Could you upload a copy of your passport and your diplomas here? https://acme.example/upload/7f3a",
    "Guten Tag Herr Berg,\n\nfür unsere Unterlagen fehlen uns noch Ihre Arbeitszeugnisse. Könnten Sie mir"
    " diese bitte per E-Mail zukommen lassen?\n\nViele Grüße\nJana Hoffmann",
    "Eine kurze Frage noch: Wie hoch ist Ihre Gehaltsvorstellung und wann wäre Ihr frühestmöglicher Eintrittstermin?",
    "Bitte laden Sie Ihre Zeugnisse und eine Kopie Ihres Personalausweises über diesen Link hoch:"
    " https://acme.example/upload/de",
    "Bonjour Alex,\n\npourriez-vous m'envoyer une copie de vos diplômes et de votre pièce d'identité ?"
    "\n\nMerci d'avance,\nCamille",
    "Merci pour votre rendu. Le lien ne fonctionne pas chez nous, le dépôt semble privé : pourriez-vous nous"
    " donner accès ou nous envoyer une archive ?",
    "Voici le lien pour déposer vos justificatifs (diplômes, attestations d'emploi) : https://acme.example/depot",
    "Hola Alex:\n\n¿Podrías enviarme tus certificados de estudios y una carta de referencia de tu último"
    " empleo?\n\nGracias,\nCarmen",
    "Me falta saber tu expectativa salarial y tu disponibilidad para incorporarte. ¿Me lo puedes indicar?",
    "Para cerrar tu ficha, ¿nos confirmas cuál sería tu disponibilidad de incorporación? Con eso lo paso a dirección.",
    "Te dejo el enlace para subir la documentación: https://acme.example/subir",
    "Ciao Alex,\n\npotresti inviarmi una copia dei tuoi attestati di laurea e del documento d'identità?"
    "\n\nGrazie,\nGiulia",
    "Ti mando il link per caricare i documenti richiesti: https://acme.example/carica",
    "Hoi Alex,\n\nkun je mij een kopie van je diploma's en je ID sturen? Dan kan ik alles klaarzetten."
    "\n\nGroet,\nSanne",
    "Hier is de link om je getuigschriften te uploaden: https://acme.example/upload/nl",
    "Olá Alex,\n\npode enviar-me os seus certificados de habilitações e uma carta de referência?"
    "\n\nObrigada,\nJoana",
    "Segue o link para carregar os documentos: https://acme.example/carregar",
]


STEPS_ASKED_FOR = [
    "Please book your assessment with this link: https://calendly.com/acme-talent/assessment",
    "Could you send me a few times that work for a second interview next week?",
    "We'd like to invite you to a final interview. Please bring your certificates along.",
    "Bitte buchen Sie über diesen Link einen Termin für das Zweitgespräch: https://calendly.com/acme/zweit",
    "Pourriez-vous me donner vos disponibilités pour un second entretien ?",
    "¿Podrías indicarme tu disponibilidad para la entrevista final?",
    "Puoi prenotare il colloquio tecnico tramite questo link? https://calendly.com/acme/tecnico",
    "Kun je via deze link een moment kiezen voor het tweede gesprek? https://calendly.com/acme/tweede",
    "Pode marcar a entrevista final através deste link? https://calendly.com/acme/final",
]


def test_an_offer_that_asks_for_documents_stays_an_offer() -> None:
    body = (
        "We are delighted to offer you the position of Data Engineer. For the contract, please send us"
        " copies of your certificates and your ID."
    )
    assert classify(received(body)).kind == "offer"


FURTHER_CONVERSATIONS = [
    "Hi Alex, the others were keen after our chat and I'd love to set up a follow-up conversation with our"
    " lead in the first week of December. What does your calendar look like?",
    "We'd like to get you in for another chat with the founders. When are you free next week?",
    "Das Team war begeistert, und ich würde gern ein weiteres Gespräch mit unserer Teamleiterin vereinbaren."
    " Wie sieht Ihr Kalender Anfang Dezember aus?",
    "L'équipe a beaucoup apprécié notre échange et j'aimerais organiser un nouvel échange avec notre"
    " responsable. Quelles sont vos disponibilités début décembre ?",
    "Al equipo le encantó la charla y me gustaría organizar otra conversación con nuestra responsable."
    " ¿Qué tal tienes la agenda la primera semana de diciembre?",
    "Al team è piaciuta molto la chiacchierata e vorrei organizzare un altro incontro con il nostro"
    " responsabile. Come sei messo con il calendario a inizio dicembre?",
    "Het team was enthousiast en ik wil graag een vervolggesprek plannen met onze lead. Hoe ziet je agenda"
    " eruit begin december?",
    "A equipa gostou muito da conversa e gostaria de marcar uma nova conversa com o nosso responsável."
    " Como está a sua agenda no início de dezembro?",
]


@pytest.mark.parametrize(
    ("kind", "body"),
    [("other", body) for body in DOCUMENT_REQUESTS]
    + [("next_step", body) for body in STEPS_ASKED_FOR + FURTHER_CONVERSATIONS],
)
def test_a_request_for_documents_is_other_and_a_request_for_a_step_a_next_step(kind: str, body: str) -> None:
    result = classify(received(body, subject="Following up"))
    assert result.kind == kind, result.reasons


def test_a_conversation_that_already_happened_is_no_next_step() -> None:
    body = "We had a follow-up conversation with the team about your profile and will be in touch next week."
    assert classify(received(body)).kind != "next_step"


POST_FROZEN = [
    "Budget for next year was cut and the role has been put on hold indefinitely, so we are closing the"
    " process for all candidates. I'm really sorry.",
    "I'm sorry to tell you that the vacancy has been frozen, and we have had to cancel the remaining interviews.",
    "Leider wurde die Stelle wegen eines Einstellungsstopps gestrichen. Wir beenden das Auswahlverfahren"
    " für alle Bewerberinnen und Bewerber.",
    "Die Vakanz ist bis auf Weiteres eingefroren, deshalb müssen wir den Prozess abbrechen.",
    "Le recrutement est gelé jusqu'à nouvel ordre et nous devons clore le processus pour l'ensemble des candidats.",
    "Por recortes de presupuesto la posición se ha cancelado y damos por cerrado el proceso de selección.",
    "La posizione è stata congelata per motivi di budget e chiudiamo la selezione per tutti i candidati.",
    "Door een vacaturestop is de vacature bevroren, dus we stoppen de procedure voor alle kandidaten.",
    "A vaga foi congelada por tempo indeterminado e encerrámos o processo de recrutamento.",
]

POST_CLOSED = [
    "Please note that the requisition you applied to, Backend Engineer (R-1042), has been cancelled."
    " Your application is no longer under consideration for this job.",
    "This job posting has been closed, and we will not be considering your application further.",
    "Die Stelle, auf die Sie sich beworben haben, wurde geschlossen. Ihre Bewerbung wird daher nicht"
    " weiter berücksichtigt.",
    "L'offre à laquelle vous avez postulé a été clôturée ; votre candidature ne sera plus prise en compte.",
    "La oferta a la que te postulaste se ha cerrado y tu candidatura ya no será considerada.",
    "L'annuncio per cui ti sei candidato è stato chiuso e la tua candidatura non sarà più presa in considerazione.",
    "De vacature waarop je hebt gesolliciteerd is gesloten. Je sollicitatie wordt niet verder meegenomen.",
    "A vaga à qual se candidatou foi encerrada e a sua candidatura deixará de ser considerada.",
]

FILLED_FROM_INSIDE = [
    "A colleague from another team asked to move over, and we decided to give the position to her."
    " So the role is filled internally now. This has nothing to do with how you did.",
    "In the end the vacancy has been filled by an internal candidate.",
    "Die Position wurde mit einem internen Kandidaten besetzt.",
    "Wir haben uns entschieden, die Stelle mit einer Kollegin aus dem eigenen Haus zu besetzen.",
    "Le poste a finalement été pourvu en interne.",
    "La vacante se ha cubierto internamente.",
    "La posizione è stata coperta internamente.",
    "De vacature is intern vervuld.",
    "A vaga foi preenchida internamente.",
]

NOT_GOING_ON = [
    "Sadly we've decided not to go further with you.",
    "Leider haben wir beschlossen, nicht mit Ihnen weiterzumachen.",
    "Malheureusement, nous avons décidé de ne pas continuer avec vous.",
    "Lamentablemente hemos decidido no seguir contigo.",
    "Purtroppo abbiamo deciso di non andare avanti con te.",
    "Helaas hebben we besloten om niet met jou door te gaan. Veel succes!",
    "Helaas gaan we niet verder met je sollicitatie.",
    "Infelizmente decidimos não seguir em frente consigo.",
]


@pytest.mark.parametrize("body", POST_FROZEN + POST_CLOSED + FILLED_FROM_INSIDE + NOT_GOING_ON)
def test_a_process_ended_by_what_happened_to_the_post_is_a_rejection(body: str) -> None:
    result = classify(received(body, subject="Our process"))
    assert result.kind == "rejection", result.reasons


NOT_ENDED = [
    "The position is still open and we are reviewing the last applications; we will be in touch next week.",
    "The hiring freeze has been lifted and the role is open again. Could we talk on Monday at 10?",
    "We closed the old posting and reopened it under a new title; your application moves over automatically.",
    "Die Stelle ist noch nicht besetzt, wir melden uns nächste Woche bei Ihnen.",
    "Helaas moet ik ons gesprek van donderdag verzetten. Past vrijdag om 10 uur?",
    "We hebben besloten om met jou door te gaan naar de laatste ronde!",
    "La vacante ya no está congelada: ¿podemos hablar el lunes a las 10?",
]


@pytest.mark.parametrize("body", NOT_ENDED)
def test_a_post_still_open_or_a_process_going_on_is_no_rejection(body: str) -> None:
    result = classify(received(body, subject="Our process"))
    assert result.kind != "rejection", result.reasons
