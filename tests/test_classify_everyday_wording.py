"""Kinds told in everyday wording the phrase lists did not hold, on examples written for
these tests alone.

- A person's bare receipt passed on as it happens ("I have it and I pass it to the team",
  "recebido! Vou repassar para o time técnico", "ik stuur het door naar het team") is a
  holding reply: it never counts as hearing back.
- The user's thanks after an interview worded around the phrase lists ("thanks so much for
  taking the time", "danke Ihnen, Frau Dr. Kaya und Herrn Rehm, für die Zeit heute", "ich
  möchte mich für das Gespräch ... bedanken", "quería agradecerle la conversación", or a
  subject with the thanks last: "Interview today - thanks!") is a thank-you.
- Bad news told as news not hoped for ("I don't have the news we hoped for", "non ho buone
  notizie") is a rejection, and a forward under such a line passes the decision on; news
  not there yet stays a holding reply.
- A platform's invitation to an assessment is a next step also with the day its invitation
  expires and in the inclusive forms ("convidou-o(a)", "vous a invité(e)", "te ha
  invitado/a"); a reminder of it stays a holding reply.
- A stage named by its number ("nos gustaría que pasaras a la segunda fase", "the second
  stage") is a next step, and a stage refused ("non passerai alla fase successiva", "nicht
  für die nächste Runde") a rejection; a call of some minutes
  asked in the future tense ("¿Tendrás 20 minutos el jueves para una llamada?") is a next step.
- Questions asked "before your final round" ("voordat ik je door kan zetten naar de volgende
  ronde ...") and a request for the link to one's GitHub profile or a repository are a
  person's questions (other), not a next step: the step is only named as a time.

Each in the seven languages watcher reads, with look-alikes that keep their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received, sent
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

# ------------------------------------------------ a receipt passed on as it happens

PASSED_ON = [
    "Hi Sam,\n\nIlse is away this week so her mail came to me. Thanks for sending, I have it and I pass it "
    "to the team.\n\nThijs",
    "Got it! I'm passing it to the hiring team today.",
    "Hallo Sam,\n\ndanke, ist da. Ich leite es heute an das Team weiter.\n\nJonas",
    "Bonjour Sam,\n\nmerci, je le transmets à l'équipe technique dès ce soir.\n\nLéa",
    "Hola Sam:\n\ngracias, se lo paso hoy mismo al equipo técnico.\n\nLucía",
    "Ciao Sam,\n\ngrazie, lo giro al team tecnico già oggi.\n\nMarco",
    "Hoi Sam,\n\nontvangen! Ik stuur het vandaag door naar het team.\n\nSanne",
    "Oi Sam, recebido! Vou repassar para o time técnico ainda hoje.\n\nBjs,\nRafa",
]


@pytest.mark.parametrize("body", PASSED_ON)
def test_a_receipt_passed_on_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, subject="Re: Assignment"))
    assert result.kind == "acknowledgement", result.reasons
    assert result.kind not in HEARD_BACK_KINDS


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # passed on, and a step asked for
        ("Thanks Sam, I'm passing your details to the team: they'd like to invite you to a second interview.",
         "next_step"),
        # the candidate put through to the next round, not a document passed on
        ("Hoi Sam, leuk gesprek! Ik zet je door naar de volgende ronde, een gesprek met de CTO.", "next_step"),
    ],
)
def test_a_receipt_beside_a_step_keeps_the_step(body: str, kind: str) -> None:
    assert classify(received(body, subject="Re: Assignment")).kind == kind


# ------------------------------------------------ the user's thanks in other words

THANKS = [
    "Hi Priya,\n\nThanks so much for taking the time to speak with me this afternoon. I really enjoyed "
    "hearing about the churn models.\n\nBest,\nSam",
    "Hallo Herr Weber,\n\ndanke Ihnen, Frau Dr. Kaya und Herrn Rehm für die Zeit heute. Die Aufgabe hat mir "
    "Spaß gemacht.\n\nHerzliche Grüße\nSam",
    "Sehr geehrte Frau Brenner,\n\nich möchte mich herzlich für das Gespräch am Donnerstag und die "
    "Werksführung bedanken.\n\nMit freundlichen Grüßen\nSam",
    "Bonsoir Julien,\n\nUn grand merci pour le temps que vous m'avez consacré cet après-midi.\n\nSam",
    "Estimado Álvaro:\n\nQuería agradecerle la conversación de esta mañana, y también a Marta.\n\nSam",
    "Ciao Davide,\n\ngrazie a te e a Chiara per il colloquio di oggi pomeriggio.\n\nSam",
    "Ciao Marco,\n\nvolevo ringraziarti per la chiacchierata di ieri pomeriggio.\n\nSam",
    "Hoi Joost,\n\nIk wil je graag bedanken voor het fijne gesprek van vanmiddag.\n\nSam",
    "Olá Rita,\n\nQueria agradecer-lhe a conversa de hoje de manhã.\n\nSam",
]


@pytest.mark.parametrize("body", THANKS)
def test_thanks_for_the_interview_in_other_words_are_a_thank_you(body: str) -> None:
    result = classify(sent(body, subject="Hello"))
    assert result.kind == "thank_you", result.reasons


THANKS_LAST = [
    "Acme interview today - thanks!",
    "Gespräch heute – danke!",
    "Entretien de ce matin - merci !",
    "Entrevista de hoy - ¡gracias!",
    "Colloquio di oggi - grazie!",
    "Gesprek vandaag - bedankt!",
    "Entrevista de hoje - obrigada!",
]


@pytest.mark.parametrize("subject", THANKS_LAST)
def test_a_subject_with_the_thanks_last_is_a_thank_you(subject: str) -> None:
    result = classify(sent("Hi Jo,\n\nJust a quick note after today.\n\nSam", subject=subject))
    assert result.kind == "thank_you", result.reasons


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # documents for an interview to come
        ("Hi Jo, here are the slides for the interview on Thursday.", "Documents"),
        ("Hallo Jo, anbei meine Unterlagen für das Gespräch am Donnerstag.", "Unterlagen"),
        # a reply's subject was written for the message it answers
        ("Hi Jo, sure, Thursday at 10:00 works.", "Re: Interview today - thanks!"),
    ],
)
def test_mail_about_an_interview_without_thanks_for_it_is_other(body: str, subject: str) -> None:
    assert classify(sent(body, subject=subject)).kind == "other"


# ------------------------------------------------ news not hoped for

NOT_HOPED_FOR = [
    "Hi Sam,\n\nSorry for my late reply. Unfortunately I don't have the news we hoped for. Below the feedback "
    "from Martijn.\n\nSanne",
    "Unfortunately I don't have good news: the feedback is below.",
    "Leider habe ich nicht die Nachricht, die wir uns erhofft hatten. Unten das Feedback des Teams.",
    "Malheureusement, je n'ai pas les nouvelles que nous espérions. Voici le retour de l'équipe.",
    "Lamentablemente no tengo buenas noticias. Abajo el feedback del equipo.",
    "Purtroppo non ho le notizie che speravamo. Qui sotto il feedback del team.",
    "Helaas heb ik niet het nieuws waar we op hoopten. Hieronder de feedback van het team.",
    "Infelizmente não tenho boas notícias. Abaixo o feedback da equipa.",
]


@pytest.mark.parametrize("body", NOT_HOPED_FOR)
def test_news_not_hoped_for_is_a_rejection(body: str) -> None:
    result = classify(received(body, subject="Feedback"))
    assert result.kind == "rejection", result.reasons


def test_a_forward_under_news_not_hoped_for_is_a_rejection() -> None:
    body = (
        "Hi Sam,\n\nUnfortunately I don't have the news we hoped for. Below the feedback from Martijn.\n\n"
        "Sanne\n\n-----Original Message-----\nFrom: Martijn <martijn@acme.example>\nSent: Tuesday, 24 November 2026\n"
        "Subject: Feedback\n\nHi Sanne,\n\nIn the end we decide to continue with another candidate.\n\nMartijn"
    )
    assert classify(received(body, subject="FW: Feedback", sender="sanne@agency.example")).kind == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Sorry, I don't have any news yet: the team meets on Friday.",
        "Ik heb nog geen nieuws, maar verwacht vrijdag meer te horen.",
        "Hoping to have good news for you soon! The team meets on Friday.",
    ],
)
def test_news_not_there_yet_is_no_rejection(body: str) -> None:
    assert classify(received(body, subject="Feedback")).kind != "rejection"


# ------------------------------------------------ a platform's invitation to an assessment, with its expiry

INVITED_UNTIL = [
    "Hi Sam,\n\nAcme has invited you to complete an assessment for your application as Product Manager.\n\n"
    "This invitation will expire on 23 November 2026.",
    "Hallo Sam,\n\nAcme hat Sie eingeladen, ein Assessment im Rahmen Ihrer Bewerbung zu absolvieren.\n\n"
    "Die Einladung läuft am 23. November 2026 ab.",
    "Bonjour Sam,\n\nAcme vous a invité(e) à passer une évaluation pour le poste de Chef(fe) de produit.\n\n"
    "Cette invitation expire le 23 novembre 2026.",
    "Hola Sam,\n\nAcme te ha invitado/a a realizar una evaluación para tu candidatura.\n\n"
    "Esta invitación caduca el 23 de noviembre de 2026.",
    "Ciao Sam,\n\nAcme ti ha invitato/a a completare una valutazione per la tua candidatura.\n\n"
    "L'invito scade il 23 novembre 2026.",
    "Hallo Sam,\n\nAcme heeft je uitgenodigd om een assessment te maken voor je sollicitatie.\n\n"
    "Deze uitnodiging verloopt op 23 november 2026.",
    "Olá Sam,\n\nA Acme convidou-o(a) a realizar uma avaliação no âmbito da sua candidatura para Gestor(a) de "
    "Produto.\n\nEste convite expira a 23 de novembro de 2026.",
]


@pytest.mark.parametrize("body", INVITED_UNTIL)
def test_an_invitation_to_an_assessment_with_its_expiry_is_a_next_step(body: str) -> None:
    result = classify(received(body, subject="Assessment", sender="no-reply@assessments.example"))
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Lembrete: avaliação", "Olá Sam, lembramos que o seu convite para a avaliação da Acme expira amanhã."),
        ("Reminder: your assessment", "Hi Sam, your assessment for Acme expires in 24 hours. Start your test now."),
    ],
)
def test_a_reminder_of_an_assessment_stays_a_holding_reply(subject: str, body: str) -> None:
    result = classify(received(body, subject=subject, sender="no-reply@assessments.example"))
    assert result.kind == "acknowledgement", result.reasons


# ------------------------------------------------ a stage named by its number; a call asked in the future tense

STAGE_NAMED = [
    "We would like you to move on to the second stage, a one-hour conversation with our director.",
    "Wir möchten Sie gern in die nächste Phase einladen: ein einstündiges Gespräch mit unserem Direktor.",
    "Nous aimerions que vous passiez à la deuxième étape, un échange d'une heure avec notre directeur.",
    "¡Buenas noticias! El equipo quedó muy contento y nos gustaría que pasaras a la segunda fase, una "
    "conversación de una hora con Álvaro.",
    "Ci piacerebbe che passassi alla seconda fase, un colloquio di un'ora con il nostro direttore.",
    "We willen je graag door laten gaan naar de tweede fase, een gesprek van een uur met onze directeur.",
    "Gostaríamos que passasse à segunda fase, uma conversa de uma hora com o nosso diretor.",
]


@pytest.mark.parametrize("body", STAGE_NAMED)
def test_a_stage_named_by_its_number_is_a_next_step(body: str) -> None:
    result = classify(received(body, subject="Next steps"))
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately we won't be inviting you to the second stage.",
        "Malheureusement, vous ne passerez pas à la deuxième étape.",
        "Lamentablemente no pasarás a la segunda fase del proceso.",
        "Helaas ga je niet door naar de tweede fase.",
        "Unfortunately you will not progress to the next stage of the process.",
        "Leider können wir Sie nicht für die nächste Runde berücksichtigen.",
        "Purtroppo non passerai alla fase successiva della selezione.",
        "Infelizmente não vai avançar para a próxima fase.",
    ],
)
def test_the_stage_refused_is_a_rejection(body: str) -> None:
    assert classify(received(body, subject="Next steps")).kind == "rejection"


CALL_ASKED_LATER = [
    "Will you have 20 minutes on Thursday 3 for a call?",
    "¿Tendrás 20 minutos el jueves 3 o el viernes 4 para una llamada? Dime qué horario te acomoda.",
    "Aurez-vous 20 minutes jeudi 3 pour un appel ?",
    "Avrai 20 minuti giovedì 3 per una chiamata?",
    "Terás 20 minutos na quinta-feira para uma chamada?",
]


@pytest.mark.parametrize("body", CALL_ASKED_LATER)
def test_a_call_asked_in_the_future_tense_is_a_next_step(body: str) -> None:
    result = classify(received(body, subject="Your application"))
    assert result.kind == "next_step", result.reasons


# ------------------------------------------------ questions before a step; a link to code asked for

ASKED_BEFORE_A_STEP = [
    "Two quick things before your final round: what's your notice period at the moment? Do you need sponsorship?",
    "Vor Ihrer nächsten Runde noch zwei Fragen: Wie lang ist Ihre Kündigungsfrist, und was sind Ihre "
    "Gehaltsvorstellungen?",
    "Avant votre entretien final, deux petites questions : quel est votre préavis ? Et vos prétentions salariales ?",
    "Antes de tu entrevista final, dos preguntas rápidas: ¿cuál es tu plazo de preaviso? ¿Y tu expectativa salarial?",
    "Prima del tuo colloquio finale, due domande veloci: qual è il tuo preavviso? E la tua RAL attuale?",
    "Voordat ik je door kan zetten naar de volgende ronde heb ik nog twee vragen: wat is je opzegtermijn, en wat "
    "zijn je salarisverwachtingen?",
    "Antes da sua entrevista final, duas perguntas rápidas: qual é o seu período de aviso prévio? E a sua "
    "expectativa salarial?",
]


@pytest.mark.parametrize("body", ASKED_BEFORE_A_STEP)
def test_questions_before_a_step_are_a_persons_questions(body: str) -> None:
    result = classify(received(body, subject="Two questions"))
    assert result.kind == "other", result.reasons


CODE_LINK_ASKED = [
    "One request: could you send me beforehand the link to your GitHub profile or a repository you're proud of?",
    "Eine Bitte: Könntest du mir vorher den Link zu deinem GitHub-Profil oder einem Repository schicken?",
    "Une demande : pourrais-tu m'envoyer avant le lien vers ton profil GitHub ?",
    "Una petición: ¿podrías enviarme antes el enlace a tu perfil de GitHub o a un repositorio?",
    "Una richiesta: potresti mandarmi prima il link al tuo profilo GitHub o a un repository di cui sei soddisfatta?",
    "Een verzoek: kun je me vooraf de link naar je GitHub-profiel of een repository sturen?",
    "Um pedido: podes enviar-me antes o link do teu perfil no GitHub ou de um repositório?",
]


@pytest.mark.parametrize("body", CODE_LINK_ASKED)
def test_a_link_to_code_asked_for_is_a_request(body: str) -> None:
    result = classify(received(body, subject="Before Thursday"))
    assert result.kind == "other", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Before your final round, could you complete a short take-home exercise by Friday?",
        "The coding challenge is in the GitHub repository linked below; please complete it by Friday.",
        "We'd like to invite you to a final round on Thursday at 10:00.",
    ],
)
def test_a_step_arranged_beside_those_words_is_a_next_step(body: str) -> None:
    assert classify(received(body, subject="Next steps")).kind == "next_step"


@pytest.mark.parametrize(
    "body",
    [
        "Great news: you will progress to the next stage, a call with our CTO on Thursday at 10:00.",
        "Você ainda não passou para a próxima etapa: aguarde o resultado do teste.",
    ],
)
def test_a_stage_reached_or_not_yet_is_no_rejection(body: str) -> None:
    assert classify(received(body, subject="Next steps")).kind != "rejection"
