"""A person's "not yet" and an out-of-office, in the wordings next to those once read wrong,
never read as a reply (which would cancel the follow-ups), in seven languages.

Holding replies: a promise to pass news on ("I'll keep you in the loop", "ich gebe Ihnen
Bescheid, sobald ich etwas höre"), a process still running ("we're wrapping up the
interviews", "die Gespräche laufen noch"), nothing to report yet. Out-of-office replies with
no auto-reply header: an absence and its end in any order ("ik ben tot 23 november niet op
kantoor"), without "I" ("Currently away, returning 23 Nov."). Examples written for these
tests alone, with the look-alikes that keep their kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS

HOLDING = [
    "Hi Alex, nothing to report yet — the panel hasn't met. Hang tight!",
    "We're not there yet with a decision; I'll keep you in the loop.",
    "Thanks for the nudge! We're wrapping up the process and should be able to share an outcome shortly.",
    "Appreciate you following up — we're still aligning internally and will revert shortly.",
    "We are still collecting the last interview scores; I'll revert once we have them.",
    "Wir sind noch mitten im Auswahlprozess und melden uns, sobald wir mehr wissen.",
    "Ich gebe Ihnen Bescheid, sobald ich etwas höre.",
    "Die Gespräche laufen noch; wir kommen in Kürze auf Sie zurück.",
    "Nous bouclons les derniers entretiens cette semaine.",
    "Le recrutement suit son cours, merci de votre patience.",
    "Seguimos con el proceso de selección; te contaremos algo en cuanto podamos.",
    "Estamos terminando las entrevistas y te diremos algo pronto.",
    "Ci servono ancora alcuni giorni, poi ti ricontatto.",
    "Stiamo ancora completando i colloqui con gli altri candidati.",
    "Dank voor je geduld, we zijn nog met de laatste gesprekken bezig. Ik laat het je weten zodra ik meer weet.",
    "We ronden de gesprekken deze week af en komen dan bij je terug.",
    "Continuamos a avaliar os candidatos e voltamos a falar em breve.",
    "Ainda estamos a terminar as entrevistas, aviso-te assim que souber.",
]


@pytest.mark.parametrize("body", HOLDING)
def test_a_persons_not_yet_in_other_words_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons
    assert result.kind not in HEARD_BACK_KINDS


AWAY = [
    "Hi, I'm off until Monday 23 November with no access to email. For urgent matters contact hr@acme.example.",
    "I'm currently not in the office until 23 November.",
    "I am unavailable until 23 November.",
    "I'm on a business trip until Friday 20 November.",
    "Currently away, returning 23 Nov. For anything urgent, please call the office.",
    "I'm at a conference this week with limited connectivity. Back on Monday.",
    "Thank you for your email. Please note that your email will not be forwarded.",
    "Ich bin derzeit nicht im Haus. Ab Montag, 23.11., bin ich wieder da.",
    "Ich bin bis 27.11. auf Dienstreise.",
    "Je suis en congé maternité jusqu'en janvier.",
    "Je suis en déplacement jusqu'au 23 novembre.",
    "Sono in maternità fino a gennaio.",
    # Written "Sono non disponibile" at first, which no Italian speaker writes; the same absence
    # in the word order people use.
    "Non sono disponibile fino al 23 novembre.",
    "Ik ben tot 23 november niet op kantoor.",
    "Ik ben op zakenreis tot vrijdag 20 november.",
    "Ik ben t/m vrijdag afwezig.",
]


@pytest.mark.parametrize("body", AWAY)
def test_an_out_of_office_in_other_words_is_an_auto_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "auto_reply", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("I'm off until Monday, but the team would like to invite you to a final interview. Could you share your availability?", "next_step"),
        ("Ich bin bis Freitag unterwegs, möchte Ihnen aber schon jetzt die Stelle anbieten.", "offer"),
        ("We're wrapping up the interviews and would like to invite you to meet our CTO.", "next_step"),
        ("We are still collecting feedback, but unfortunately we will not move forward with your application.", "rejection"),
        ("Wir geben Ihnen Bescheid: wir möchten Sie gerne zu einem zweiten Gespräch einladen.", "next_step"),
        ("Great to hear from you! The role is hybrid, two days a week in the office.", "other"),
    ],
)
def test_a_decision_or_a_real_answer_keeps_its_kind(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons


# A decision, a step or an answer with a "we'll be in touch" or an absence of the writer's
# beside it: a person replied, whichever stands first.
REAL_REPLIES = [
    ("Unfortunately we have decided not to move forward with your application. We'll keep you in the loop if another role opens up.", "rejection"),
    ("After careful consideration we have chosen another candidate. I'll be away until Monday 23 November, but feel free to reach out after that.", "rejection"),
    ("I'm off next week, so let's meet on the 14th for your second interview. Does 10:00 work for you?", "next_step"),
    ("We're wrapping up the first round and would like to schedule a technical interview with you next week.", "next_step"),
    ("We'd like to offer you the position! I'm on a business trip until Friday, so HR will send you the paperwork.", "offer"),
    ("Good question: the salary band is 60-70k and the role is hybrid. I'm out of the office until Monday, happy to talk more after that.", "other"),
    ("Leider haben wir uns für einen anderen Kandidaten entschieden. Wir melden uns, sobald wir eine passende Stelle haben.", "rejection"),
    ("Ich bin nächste Woche nicht im Büro, deshalb möchte ich Sie schon jetzt zu einem zweiten Gespräch am 14. um 10 Uhr einladen.", "next_step"),
    ("Zu Ihrer Frage: die Stelle ist zu 80 % remote. Ich bin bis Montag auf Dienstreise, danach gerne mehr.", "other"),
    ("Wir freuen uns, Ihnen die Stelle anbieten zu können. Ich bin bis 27.11. im Urlaub; meine Kollegin schickt Ihnen den Vertrag.", "offer"),
    ("Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous revenons vers vous si un autre poste se libère.", "rejection"),
    ("Je suis absent la semaine prochaine, alors je vous propose un second entretien le 14 à 10h.", "next_step"),
    ("Pour répondre à votre question, le poste est basé à Lyon. Je suis en congé jusqu'au 23 novembre, nous pourrons en reparler ensuite.", "other"),
    ("Nous avons le plaisir de vous proposer le poste. Je serai en déplacement jusqu'à lundi, les RH vous enverront le contrat.", "offer"),
    ("Lamentablemente hemos decidido continuar con otros candidatos. Te diremos algo si se abre otra vacante.", "rejection"),
    ("Estaré fuera la próxima semana, así que te propongo una segunda entrevista el día 14 a las 10:00.", "next_step"),
    ("Respondiendo a tu pregunta, el puesto es híbrido. Estoy de vacaciones hasta el lunes, luego hablamos.", "other"),
    ("Nos complace ofrecerte el puesto. Estaré fuera de la oficina hasta el 23 de noviembre; RR. HH. te enviará el contrato.", "offer"),
    ("Purtroppo abbiamo deciso di proseguire con altri candidati. Ti ricontattiamo se si apre un'altra posizione.", "rejection"),
    ("Sono in ferie la prossima settimana, quindi ti propongo un secondo colloquio il 14 alle 10:00.", "next_step"),
    ("Per rispondere alla tua domanda, il ruolo è ibrido. Sono fuori ufficio fino a lunedì, poi ne parliamo.", "other"),
    ("Siamo lieti di offrirti la posizione. Sono in trasferta fino al 23 novembre; le risorse umane ti invieranno il contratto.", "offer"),
    ("Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We laten het je weten als er een andere vacature vrijkomt.", "rejection"),
    ("Ik ben volgende week niet op kantoor, dus ik stel voor om het tweede gesprek op de 14e om 10:00 te plannen.", "next_step"),
    ("Om je vraag te beantwoorden: de functie is hybride. Ik ben tot maandag afwezig, daarna praten we verder.", "other"),
    ("We bieden je graag de functie aan. Ik ben tot 23 november op vakantie; HR stuurt je het contract.", "offer"),
    ("Infelizmente decidimos avançar com outros candidatos. Voltamos a falar se surgir outra vaga.", "rejection"),
    ("Estarei fora na próxima semana, por isso proponho uma segunda entrevista no dia 14 às 10:00.", "next_step"),
    ("Respondendo à sua pergunta, a função é híbrida. Estou de férias até segunda-feira, depois falamos.", "other"),
    ("Temos o prazer de lhe oferecer a vaga. Estou fora do escritório até 23 de novembro; os RH vão enviar-lhe o contrato.", "offer"),
    # A free hour named, or the process mentioned in passing: no absence, no "not yet".
    ("Sure, happy to chat. I'm unavailable between 12 and 2 on Thursday, any other time works.", "other"),
    ("We are finalising the final details of the role: it is hybrid, two days in the office.", "other"),
    ("Good question — the team is eight people. We're still collecting feedback and I'll keep you posted.", "other"),
    ("Ich bin zwischen 12 und 14 Uhr nicht erreichbar, sonst passt es mir jederzeit.", "other"),
    ("Je suis indisponible du 12 au 14, mais le 15 me convient pour échanger.", "other"),
    ("Te comento algo sobre el puesto: es híbrido, dos días en la oficina.", "other"),
    ("Ti scrivo due righe sul ruolo: è ibrido, poi ne parliamo con calma.", "other"),
    ("We zijn nog bezig met het opzetten van het team: de functie is hybride, twee dagen op kantoor.", "other"),
    ("Como falamos na entrevista, a função é híbrida e quando precisar de ir ao escritório avisamos.", "other"),
]


@pytest.mark.parametrize(("body", "kind"), REAL_REPLIES)
def test_a_real_reply_beside_a_holding_or_away_line_keeps_its_kind(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons
    assert result.kind in HEARD_BACK_KINDS
