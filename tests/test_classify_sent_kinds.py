"""The user's own mail after an interview, told apart: a thank-you note, a chaser, and
a contact's note that only gives the practical details of a meeting.

Examples written for these tests alone, in seven languages (English, German, French,
Spanish, Italian, Dutch, Portuguese). A thank-you note thanks for the interview and may
close by welcoming feedback or looking forward to hearing back: that is courtesy, not a
question, and it stays a ``thank_you``. A chaser, written after it, asks whether there is
news or when a decision will come: ``follow_up``, however warmly it thanks. A note from a
contact with a door code, a floor or a parking tip and "see you Tuesday" asks nothing of
the user (an offer of help "if you need anything" is no question): no answer is due.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_classify import received, sent
from watcher.classify import classify
from watcher.model import Mail

CONTACT = "lena.vogt@ferrowind.example"


def mine(subject: str, body: str) -> Mail:
    return replace(sent(body, subject=subject), to=(CONTACT,))


# ================================================================ thank-you notes that close warmly

THANKS_CLOSING_WARMLY = [
    ("en", "Thank you", "Dear Lena,\n\nThank you for taking the time to meet with me today about the Data Analyst "
     "role. I enjoyed hearing about the team's plans for next year. I would welcome any feedback on my case "
     "study, and I look forward to hearing from you.\n\nBest regards,\nSam"),
    ("en", "Today's interview", "Hi Lena,\n\nThanks so much for the interview this morning, it was great to meet "
     "the whole team. I look forward to hearing from you.\n\nBest,\nSam"),
    ("de", "Vielen Dank", "Sehr geehrte Frau Vogt,\n\nvielen Dank für das freundliche Gespräch heute. Über ein "
     "Feedback zu meiner Fallstudie würde ich mich sehr freuen, und ich freue mich darauf, von Ihnen zu "
     "hören.\n\nMit freundlichen Grüßen\nSam Taylor"),
    ("fr", "Merci pour l'entretien", "Bonjour Madame Vogt,\n\nJe vous remercie pour l'entretien de ce matin. "
     "Je serais ravi d'avoir votre retour sur mon étude de cas, et je reste dans l'attente de vos "
     "nouvelles.\n\nBien cordialement,\nSam Taylor"),
    ("es", "Gracias por la entrevista", "Estimada Lena:\n\nMuchas gracias por la entrevista de hoy. Agradecería "
     "cualquier comentario sobre mi caso práctico y quedo a la espera de sus noticias.\n\nUn cordial "
     "saludo,\nSam Taylor"),
    ("it", "Grazie per il colloquio", "Gentile dott.ssa Vogt,\n\nla ringrazio per il colloquio di oggi. Sarei "
     "felice di ricevere un suo riscontro sul caso di studio e resto in attesa di sue notizie.\n\nCordiali "
     "saluti,\nSam Taylor"),
    ("nl", "Bedankt voor het gesprek", "Beste Lena,\n\nHartelijk dank voor het prettige gesprek van vandaag. "
     "Feedback op mijn casus stel ik zeer op prijs, en ik kijk uit naar uw reactie.\n\nMet vriendelijke "
     "groet,\nSam Taylor"),
    ("pt", "Obrigado pela entrevista", "Olá Lena,\n\nMuito obrigado pela entrevista de hoje. Agradeço qualquer "
     "feedback sobre o meu estudo de caso e fico a aguardar notícias suas.\n\nCom os melhores "
     "cumprimentos,\nSam Taylor"),
    ("en", "Thank you for today", "Dear Lena,\n\nThank you for your time today and for walking me through the "
     "team's work. I'd be grateful for any feedback you can share, and I look forward to hearing from you "
     "about the next steps.\n\nKind regards,\nSam"),
    ("fr", "Remerciements", "Madame,\n\nJe tiens à vous remercier pour l'entretien d'hier. Dans l'attente de "
     "recevoir des nouvelles de votre part, je vous prie d'agréer mes salutations distinguées.\n\nSam Taylor"),
    ("it", "Ringraziamenti", "Gentile dott.ssa Vogt,\n\ngrazie ancora per il colloquio di ieri e per il tempo "
     "che mi ha dedicato. Resto a disposizione e in attesa di vostri aggiornamenti.\n\nCordiali saluti,\n"
     "Sam Taylor"),
    ("es", "Agradecimiento", "Estimada Lena:\n\nGracias por la entrevista de ayer, disfruté mucho conociendo al "
     "equipo. Cualquier comentario será bienvenido. Quedo a la espera de sus noticias.\n\nSaludos,\nSam"),
    ("pt", "Agradecimento", "Olá Lena,\n\nObrigado pela conversa de ontem. Gostaria de saber a sua opinião "
     "sobre o meu estudo de caso quando tiver um momento, e fico a aguardar o seu contacto.\n\n"
     "Cumprimentos,\nSam"),
    ("de", "Danke für das Gespräch", "Hallo Lena,\n\ndanke für das nette Gespräch heute. Ich würde mich über jede "
     "Rückmeldung freuen und freue mich, von dir zu hören.\n\nViele Grüße\nSam"),
    ("nl", "Dank voor het gesprek", "Beste Lena,\n\nBedankt voor het gesprek van gisteren. Ik zou elke vorm "
     "van feedback waarderen en hoor graag van u.\n\nMet vriendelijke groet,\nSam"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), THANKS_CLOSING_WARMLY,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(THANKS_CLOSING_WARMLY)])
def test_a_thank_you_that_welcomes_feedback_or_looks_forward_to_news_is_a_thank_you(lang, subject, body):
    result = classify(mine(subject, body))
    assert result.kind == "thank_you", result.reasons


# ================================================================ chasers after the thank-you

CHASERS = [
    ("en", "Data Analyst role", "Hi Lena,\n\nI hope you're well. I wanted to ask whether there is any news on the "
     "Data Analyst role, or when you expect to decide. Thanks again for your time.\n\nBest,\nSam"),
    ("en", "Re: Thank you", "Dear Lena,\n\nI'm writing to ask about the timeline for the Data Analyst position. "
     "Could you tell me when I might hear from you?\n\nKind regards,\nSam"),
    ("de", "Stelle als Datenanalyst", "Hallo Frau Vogt,\n\nich wollte mich kurz erkundigen, ob es schon "
     "Neuigkeiten zur Stelle als Datenanalyst gibt oder bis wann Sie mit einer Entscheidung rechnen.\n\n"
     "Viele Grüße\nSam Taylor"),
    ("fr", "Poste d'analyste", "Bonjour Madame Vogt,\n\nJe me permets de revenir vers vous au sujet du poste "
     "d'analyste : auriez-vous des nouvelles, ou une idée du calendrier de décision ?\n\nCordialement,\n"
     "Sam Taylor"),
    ("es", "Puesto de analista", "Hola Lena:\n\nQuería preguntarte si hay alguna novedad sobre el puesto de "
     "analista o cuándo tenéis previsto tomar una decisión.\n\nUn saludo,\nSam"),
    ("it", "Posizione di analista", "Buongiorno dott.ssa Vogt,\n\nvolevo chiederle se ci sono novità riguardo "
     "alla posizione di analista, o quando pensate di prendere una decisione.\n\nCordiali saluti,\nSam Taylor"),
    ("nl", "Functie data-analist", "Beste Lena,\n\nIk wilde even vragen of er al nieuws is over de functie van "
     "data-analist, of wanneer jullie een beslissing verwachten.\n\nMet vriendelijke groet,\nSam"),
    ("pt", "Vaga de analista", "Olá Lena,\n\nGostaria de saber se já há novidades sobre a vaga de analista, ou "
     "quando preveem tomar uma decisão.\n\nCumprimentos,\nSam"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), CHASERS,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(CHASERS)])
def test_a_message_after_the_thank_you_asking_for_news_or_a_timeline_is_a_chaser(lang, subject, body):
    result = classify(mine(subject, body))
    assert result.kind == "follow_up", result.reasons


# ================================================================ a contact's note with the practical details

LOGISTICS = [
    ("en", "Tuesday", "Hi Sam,\n\nThe door code is 4411, see you Tuesday!\n\nLena"),
    ("en", "Re: Tuesday", "Hi Sam,\n\nQuick one: the door code is 4411 and we're on the 3rd floor. Let me know "
     "if you need anything. See you Tuesday.\n\nCheers,\nLena"),
    ("de", "Re: Dienstag", "Hallo Sam,\n\nder Türcode ist 4411, wir sind im 3. Stock. Melde dich gerne, falls du "
     "etwas brauchst. Bis Dienstag!\n\nLena"),
    ("fr", "Re: Mardi", "Bonjour Sam,\n\nle code de la porte est 4411, on est au 3e étage. N'hésite pas à "
     "m'appeler si besoin. À mardi !\n\nLena"),
    ("es", "Re: Martes", "Hola Sam:\n\nEl código de la puerta es 4411, estamos en la 3ª planta. Avísame si "
     "necesitas algo. ¡Nos vemos el martes!\n\nLena"),
    ("it", "Re: Martedì", "Ciao Sam,\n\nil codice del portone è 4411, siamo al terzo piano. Fammi sapere se hai "
     "bisogno di qualcosa. Ci vediamo martedì!\n\nLena"),
    ("nl", "Re: Dinsdag", "Hoi Sam,\n\nDe deurcode is 4411, we zitten op de derde verdieping. Laat het me weten "
     "als je iets nodig hebt. Tot dinsdag!\n\nLena"),
    ("pt", "Re: Terça", "Olá Sam,\n\nO código da porta é 4411, estamos no 3.º andar. Avisa-me se precisares de "
     "alguma coisa. Até terça!\n\nLena"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), LOGISTICS,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(LOGISTICS)])
def test_a_note_that_only_gives_the_practical_details_asks_for_no_answer(lang, subject, body):
    result = classify(received(body, subject=subject, sender=CONTACT), interview_company="Ferrowind")
    assert not result.asks_reply, result.reasons
    assert result.kind in ("other", "next_step"), result.reasons


QUESTIONS_ABOUT_THE_MEETING = [
    ("en", "Re: Tuesday", "Hi Sam,\n\nThe door code is 4411. Let me know if Thursday at 10 works for you.\n\nLena"),
    ("it", "Re: Martedì", "Ciao Sam,\n\nil codice del portone è 4411. Fammi sapere se giovedì alle 10 ti va bene."
     "\n\nLena"),
    ("it", "Re: Colloquio", "Gentile Sam,\n\nmi faccia sapere se è disponibile giovedì mattina.\n\nLena"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), QUESTIONS_ABOUT_THE_MEETING,
                         ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(QUESTIONS_ABOUT_THE_MEETING)])
def test_a_note_that_asks_whether_a_time_suits_still_asks_for_an_answer(lang, subject, body):
    result = classify(received(body, subject=subject, sender=CONTACT), interview_company="Ferrowind")
    assert result.asks_reply, result.reasons
