"""The user's own mail in an ongoing exchange, and bulk mail from a logged employer.

Examples written for these tests alone, in seven languages (English, German, French,
Spanish, Dutch, Italian, Portuguese). A thank-you note is the message after the interview
whose point is thanks for it; a reply further down the same thread (its subject still
"Re: Thank you for today") that opens with thanks for the message and then confirms a time,
answers a question or sends a document, a link or access is ``other``; a chaser asks for
news and is ``follow_up`` whatever subject it carries. A newsletter, marketing mail or job
alert from a logged employer or its platform is about no application: it is tied to none.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from tests.test_classify import sent
from tests.test_match import interview
from tests.test_match import mail as match_mail
from watcher.classify import classify
from watcher.match import build_index, match, untie_bulk
from watcher.model import Mail

RECRUITER = "lena.vogt@ferrowind.example"


def mine(subject: str, body: str) -> Mail:
    return replace(sent(body, subject=subject), to=(RECRUITER,))


# ================================================================ confirming a time

CONFIRMING = [
    ("Re: Thank you for today",
     "Hi Lena,\n\nThanks for the details! Thursday 26 November at 10:00 works well for me, and I'm "
     "happy to come to the office on Kingsland Road.\n\nSee you then,\nMara"),
    ("Re: Thanks - Data Engineer interview",
     "Hi Lena,\n\nGreat news, thank you! Monday at 2pm is perfect. Should I bring anything?\n\nBest,\nMara"),
    ("AW: Vielen Dank für das Gespräch",
     "Hallo Frau Vogt,\n\nvielen Dank für Ihre Rückmeldung! Der Termin am Donnerstag um 14 Uhr passt mir "
     "sehr gut, ich komme gerne zu Ihnen ins Büro.\n\nViele Grüße\nMara Lindqvist"),
    ("RE: Merci pour notre entretien",
     "Bonjour Lena,\n\nMerci pour votre retour ! Mardi 24 novembre à 11h me convient parfaitement, "
     "je serai présente dans vos locaux.\n\nBien cordialement,\nMara"),
    ("RE: Gracias por la entrevista",
     "Hola Lena:\n\nMuchas gracias por la información. El jueves a las 10:00 me viene perfecto, allí "
     "estaré.\n\nUn saludo,\nMara"),
    ("Re: Bedankt voor het gesprek",
     "Hoi Lena,\n\nDank je voor je bericht! Dinsdag om 15.00 uur komt mij goed uit, ik kom graag langs "
     "op kantoor.\n\nGroet,\nMara"),
    ("R: Grazie per il colloquio",
     "Ciao Lena,\n\ngrazie mille per il messaggio! Giovedì alle 11:00 per me va benissimo, ci vediamo in "
     "ufficio.\n\nA presto,\nMara"),
    ("RE: Obrigada pela entrevista",
     "Olá Lena,\n\nObrigada pela mensagem! Quinta-feira às 10h está ótimo para mim, estarei aí no "
     "escritório.\n\nCumprimentos,\nMara"),
]


@pytest.mark.parametrize(("subject", "body"), CONFIRMING)
def test_confirming_a_time_in_the_thank_you_thread_is_other(subject: str, body: str) -> None:
    assert classify(mine(subject, body)).kind == "other"


# ================================================================ answering a question

ANSWERING = [
    ("Re: Thank you for your time yesterday",
     "Hi Lena,\n\nThanks for getting back to me. My notice period is one month, so I could start at the "
     "beginning of January.\n\nBest,\nMara"),
    ("Re: Thanks for the interview",
     "Hi Lena,\n\nSure - my salary expectation is around 65,000 GBP plus benefits, but I'm flexible for "
     "the right role.\n\nKind regards,\nMara"),
    ("AW: Danke für das Gespräch",
     "Hallo Frau Vogt,\n\ndanke für Ihre Nachricht. Meine Kündigungsfrist beträgt drei Monate zum "
     "Quartalsende, ein Start zum 1. April wäre also möglich.\n\nBeste Grüße\nMara Lindqvist"),
    ("RE: Merci pour l'entretien",
     "Bonjour Lena,\n\nMerci pour votre message. Mon préavis est d'un mois ; je pourrais donc commencer "
     "début janvier.\n\nCordialement,\nMara"),
    ("RE: Gracias por tu tiempo",
     "Hola Lena:\n\nGracias por escribirme. Mi preaviso es de quince días, así que podría incorporarme a "
     "mediados de diciembre.\n\nUn saludo,\nMara"),
    ("Re: Bedankt voor het gesprek van vandaag",
     "Hoi Lena,\n\nBedankt voor je mail. Mijn opzegtermijn is een maand, dus ik kan per 1 januari "
     "beginnen.\n\nGroeten,\nMara"),
    ("R: Grazie per il colloquio",
     "Ciao Lena,\n\ngrazie per il messaggio. Il mio preavviso è di un mese, quindi potrei iniziare a "
     "gennaio.\n\nCordiali saluti,\nMara"),
    ("RE: Obrigado pela conversa",
     "Olá Lena,\n\nObrigada pelo contacto. O meu pré-aviso é de 30 dias, por isso poderia começar no "
     "início de janeiro.\n\nCumprimentos,\nMara"),
]


@pytest.mark.parametrize(("subject", "body"), ANSWERING)
def test_answering_their_question_in_the_thank_you_thread_is_other(subject: str, body: str) -> None:
    assert classify(mine(subject, body)).kind == "other"


# ================================================================ sending a document, a link, access

SENDING = [
    ("Re: Thank you for today",
     "Hi Lena,\n\nOf course - here is the repository: https://github.com/mara-l/stream-dedup\nThe README "
     "explains how to run it.\n\nBest,\nMara"),
    ("Re: Thanks for meeting with me",
     "Hi Lena,\n\nThanks so much for the reminder! Please find my two references attached, both are happy "
     "to be contacted.\n\nBest,\nMara"),
    ("AW: Vielen Dank für das Gespräch",
     "Hallo Frau Vogt,\n\nanbei wie besprochen meine Arbeitszeugnisse und das Bachelorzeugnis als PDF.\n\n"
     "Viele Grüße\nMara Lindqvist"),
    ("RE: Merci pour cet échange",
     "Bonjour Lena,\n\nC'est fait : vous avez maintenant accès au dépôt GitLab. Je joins aussi une archive "
     "au cas où.\n\nBonne journée,\nMara"),
    ("RE: Gracias por la entrevista",
     "Hola Lena:\n\nTe adjunto el enlace a mi portfolio: https://mara.example.org/portfolio\n\n"
     "Un saludo,\nMara"),
    ("Re: Bedankt voor het gesprek",
     "Hoi Lena,\n\nHierbij mijn uitwerking van de case, zoals afgesproken. Laat maar weten als de link "
     "niet werkt.\n\nGroet,\nMara"),
    ("R: Grazie per il colloquio",
     "Ciao Lena,\n\nin allegato trovi le referenze che mi avevi chiesto.\n\nA presto,\nMara"),
    ("RE: Obrigada pela entrevista",
     "Olá Lena,\n\nSegue em anexo o meu certificado de habilitações, como pediu.\n\nCumprimentos,\nMara"),
]


@pytest.mark.parametrize(("subject", "body"), SENDING)
def test_sending_what_they_asked_for_in_the_thank_you_thread_is_other(subject: str, body: str) -> None:
    assert classify(mine(subject, body)).kind == "other"


# ================================================================ chasers under a thank-you subject

CHASERS = [
    ("Re: Thank you for today",
     "Hi Lena,\n\nI hope you're well. I wanted to ask how the process is going for the Data Engineer "
     "role - is there anything else you need from me?\n\nBest,\nMara"),
    ("AW: Vielen Dank für das Gespräch",
     "Hallo Frau Vogt,\n\nich wollte mich erkundigen, wie es mit dem Auswahlverfahren weitergeht. Ich bin "
     "weiterhin sehr interessiert.\n\nViele Grüße\nMara Lindqvist"),
    ("RE: Merci pour notre entretien",
     "Bonjour Lena,\n\nJe me permets de vous écrire pour savoir où en est le processus de recrutement.\n\n"
     "Bien cordialement,\nMara"),
    ("RE: Gracias por la entrevista",
     "Hola Lena:\n\nTe escribo para preguntarte cómo va el proceso de selección. Sigo muy interesada en "
     "el puesto.\n\nUn saludo,\nMara"),
    ("Re: Bedankt voor het gesprek",
     "Hoi Lena,\n\nIk wilde even vragen hoe het ervoor staat met de procedure.\n\nGroet,\nMara"),
    ("R: Grazie per il colloquio",
     "Ciao Lena,\n\nti scrivo per chiederti a che punto è la selezione.\n\nGrazie,\nMara"),
    ("RE: Obrigada pela entrevista",
     "Olá Lena,\n\nEscrevo para saber em que ponto está o processo de seleção.\n\nCumprimentos,\nMara"),
]


@pytest.mark.parametrize(("subject", "body"), CHASERS)
def test_a_chaser_under_a_thank_you_subject_is_a_follow_up(subject: str, body: str) -> None:
    assert classify(mine(subject, body)).kind == "follow_up"


# ================================================================ look-alikes that stay thank-yous

THANK_YOUS = [
    ("Thank you - Data Engineer interview",
     "Hi Lena,\n\nThank you for taking the time to speak with me today. I enjoyed hearing about the move to "
     "streaming, and as promised I've attached my references.\n\nBest,\nMara"),
    ("Re: Interview invitation - Data Engineer",
     "Hi Lena,\n\nThanks again for having me today - it was great to meet the team. I've attached the "
     "slides I mentioned.\n\nBest,\nMara"),
    ("Re: Thank you for coming in today",
     "Hi Lena,\n\nThank you, the pleasure was mine! Thanks to all of you for the warm welcome; I really "
     "enjoyed the conversations.\n\nBest,\nMara"),
    ("Vielen Dank für das Gespräch",
     "Hallo Frau Vogt,\n\nvielen Dank für das angenehme Gespräch heute. Anbei wie besprochen meine "
     "Zeugnisse.\n\nViele Grüße\nMara Lindqvist"),
    ("Merci pour l'entretien",
     "Bonjour Lena,\n\nMerci pour l'entretien de ce matin. Vous trouverez ci-joint mes références.\n\n"
     "Bien cordialement,\nMara"),
    ("Gracias por la entrevista",
     "Hola Lena:\n\nMuchas gracias por la entrevista de hoy. Te adjunto mis referencias, como "
     "comentamos.\n\nUn saludo,\nMara"),
    ("Bedankt voor het gesprek",
     "Hoi Lena,\n\nBedankt voor het fijne gesprek vandaag. In de bijlage vind je mijn referenties.\n\n"
     "Groet,\nMara"),
    ("Grazie per il colloquio",
     "Ciao Lena,\n\ngrazie per il colloquio di oggi. In allegato trovi le mie referenze.\n\nA presto,\nMara"),
    ("Obrigada pela entrevista",
     "Olá Lena,\n\nMuito obrigada pela entrevista de hoje. Segue em anexo a lista de referências.\n\n"
     "Cumprimentos,\nMara"),
]


@pytest.mark.parametrize(("subject", "body"), THANK_YOUS)
def test_a_thank_you_after_the_interview_stays_a_thank_you(subject: str, body: str) -> None:
    assert classify(mine(subject, body)).kind == "thank_you"


def test_a_short_thank_you_whose_subject_says_it_stays_a_thank_you() -> None:
    assert classify(mine("Thanks - Ferrowind interview today", "Hi Lena,\n\nReally enjoyed it.\n\nMara")).kind \
        == "thank_you"


# Their "thank you for coming in" answered in kind: the user's thanks for the meeting, said as
# the pleasure it was, in the thread the employer opened.
PLEASURE_REPLIES = [
    ("Re: Thank you for coming in today",
     "Hi Lena,\n\nLikewise - it was a pleasure meeting you and the team, and I left even more excited "
     "about the role.\n\nBest,\nMara"),
    ("AW: Danke für Ihren Besuch",
     "Hallo Frau Vogt,\n\nes war mir eine Freude, Sie und das Team kennenzulernen. Ich freue mich, von Ihnen "
     "zu hören.\n\nViele Grüße\nMara Lindqvist"),
    ("RE: Merci pour votre venue",
     "Bonjour Lena,\n\nCe fut un plaisir d'échanger avec vous et avec l'équipe.\n\nBien à vous,\nMara"),
    ("RE: Gracias por venir",
     "Hola Lena:\n\nFue un placer conoceros. Me quedo con muy buenas sensaciones.\n\nUn saludo,\nMara"),
    ("Re: Bedankt voor je komst",
     "Hoi Lena,\n\nInsgelijks, het was erg leuk om jullie te ontmoeten!\n\nGroet,\nMara"),
    ("R: Grazie per essere venuta",
     "Ciao Lena,\n\nè stato un piacere conoscervi, grazie a tutti!\n\nA presto,\nMara"),
    ("RE: Obrigada pela visita",
     "Olá Lena,\n\nFoi um prazer conhecer-vos e conhecer o escritório.\n\nCumprimentos,\nMara"),
]


@pytest.mark.parametrize(("subject", "body"), PLEASURE_REPLIES)
def test_the_pleasure_of_the_meeting_in_their_thread_is_a_thank_you(subject: str, body: str) -> None:
    assert classify(mine(subject, body)).kind == "thank_you"


def test_nice_to_meet_you_before_any_meeting_is_no_thank_you() -> None:
    body = "Hi Lena,\n\nNice to meet you! Thursday at 10:00 works well for the first interview.\n\nBest,\nMara"
    assert classify(mine("Re: Data Engineer role at Ferrowind", body)).kind == "other"


STILL_CHASERS = [
    ("Following up - Data Engineer interview",
     "Hi Lena,\n\nThank you again for your time last week. I wanted to follow up on my application and "
     "ask whether there is any news on the next steps.\n\nBest,\nMara"),
    ("Nachfrage: Bewerbung Data Engineer",
     "Hallo Frau Vogt,\n\nvielen Dank nochmals für das Gespräch. Gibt es schon Neuigkeiten zum Stand meiner "
     "Bewerbung?\n\nViele Grüße\nMara Lindqvist"),
    ("Data Engineer - checking in",
     "Hi Lena,\n\nThank you again for the interview last Thursday. I wanted to ask how the process is "
     "going, and whether you need anything else from me.\n\nBest,\nMara"),
    ("Gracias de nuevo",
     "Hola Lena:\n\nGracias de nuevo por la entrevista. Quería preguntarte cómo va el proceso de "
     "selección.\n\nUn saludo,\nMara"),
    ("Sollicitatie Data Engineer",
     "Hoi Lena,\n\nNogmaals bedankt voor het gesprek. Ik wilde even vragen hoe het ervoor staat met de "
     "procedure.\n\nGroet,\nMara"),
    ("Candidatura Data Engineer",
     "Olá Lena,\n\nObrigada mais uma vez pela entrevista. Gostava de saber em que ponto está o processo de "
     "seleção.\n\nCumprimentos,\nMara"),
]


@pytest.mark.parametrize(("subject", "body"), STILL_CHASERS)
def test_a_chaser_that_thanks_again_stays_a_follow_up(subject: str, body: str) -> None:
    assert classify(mine(subject, body)).kind == "follow_up"


# ================================================================ bulk mail from a logged employer

AFTER = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
FERROWIND = interview("ferrowind", "Ferrowind", when=datetime(2026, 11, 12, 10, 0, tzinfo=UTC),
                      domains=("ferrowind.example",), contacts=(RECRUITER,))
INDEX = build_index((FERROWIND,), ("user@example.org",))
LIST = {
    "list-unsubscribe": "<https://ferrowind.example/u?x=1>, <mailto:unsub@news.ferrowind.example>",
    "list-unsubscribe-post": "List-Unsubscribe=One-Click",
    "precedence": "bulk",
}

BULK = [
    ("news@ferrowind.example", "Ferrowind Monthly: our new Rotterdam test site",
     "Ferrowind Monthly\n\nOur new test site in Rotterdam opens in December. Read the full story on our "
     "blog.\n\nYou receive this newsletter because you subscribed. Unsubscribe here."),
    ("jobs@ferrowind.example", "Neue Stellenangebote bei Ferrowind",
     "Neue Jobs, die zu Ihrem Profil passen:\n- Data Analyst (m/w/d), Hamburg\n- Backend Engineer, "
     "Remote\n\nJob-Alert abbestellen"),
    ("newsletter@ferrowind.example", "Ferrowind - la lettre de novembre",
     "La lettre Ferrowind\n\nDécouvrez nos nouveaux projets éoliens en Bretagne.\n\nSe désabonner"),
    ("boletin@ferrowind.example", "Novedades de Ferrowind: campaña de invierno",
     "Boletín de Ferrowind\n\nEste invierno ampliamos nuestra red en Aragón.\n\nDarse de baja"),
    ("nieuwsbrief@ferrowind.example", "Ferrowind nieuwsbrief november",
     "Nieuwsbrief\n\nOns nieuwe testpark in Zeeland is geopend.\n\nAfmelden voor deze nieuwsbrief"),
    ("newsletter@ferrowind.example", "Ferrowind: le novità di novembre",
     "Newsletter Ferrowind\n\nScopri il nostro nuovo parco eolico in Puglia.\n\nAnnulla l'iscrizione"),
    ("noticias@ferrowind.example", "Ferrowind: vagas em destaque",
     "Vagas em destaque esta semana:\n- Analista de Dados, Lisboa\n- Engenheira de Software, Porto\n\n"
     "Cancelar subscrição"),
]


def _tie(message: Mail, threads: dict[str, str] | None = None) -> str | None:
    threads = threads if threads is not None else {}
    found = match(message, INDEX, threads)
    return untie_bulk(found, message, classify(message), threads).interview


@pytest.mark.parametrize(("sender", "subject", "body"), BULK)
def test_bulk_mail_from_a_logged_employer_is_tied_to_no_interview(sender: str, subject: str, body: str) -> None:
    message = match_mail(sender, subject, body=body, date=AFTER, headers=LIST)
    assert classify(message).kind == "bulk"
    assert _tie(message) is None


def test_the_recruiters_reply_in_the_thread_stays_tied_though_it_carries_list_headers() -> None:
    message = match_mail(RECRUITER, "Re: Thank you for today", date=AFTER, headers=LIST,
                         in_reply_to=("<thanks@example.org>",),
                         body="Hi Mara,\n\nThanks for your note. We'd like to invite you to a second round.")
    assert _tie(message, {"<thanks@example.org>": "ferrowind"}) == "ferrowind"


def test_the_recruiters_own_mail_stays_tied() -> None:
    message = match_mail(RECRUITER, "Next steps", date=AFTER,
                         body="Hi Mara,\n\nWe'd like to invite you to a second interview next week.")
    assert _tie(message) == "ferrowind"
