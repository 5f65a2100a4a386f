"""Decisions, out-of-office replies and past steps however they are worded, in seven languages.

Each rejection pattern is a crossed list in the phrase files (a negated decision verb and
its object, a choice of others, a closed position); each test names one combination per
language, so a pattern that stops matching fails on its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.test_classify import received, sent
from watcher.classify import classify


NEGATED_DECISION = [
    "Unfortunately, we will not be proceeding with your candidacy for the Deployment Engineer role.",
    "We are unable to move forward with your application at this stage.",
    "After careful review we won't be progressing your candidature further.",
    "The team has decided against taking forward your profile.",
    "We will not be inviting you to the next round.",
    "Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.",
    "Wir haben entschieden, Ihre Kandidatur nicht weiterzuverfolgen.",
    "Nous avons décidé de ne pas donner suite à votre candidature.",
    "Nous ne poursuivrons pas avec votre profil.",
    "Hemos decidido no continuar con tu candidatura.",
    "No seguiremos adelante con su perfil en esta ocasión.",
    "We hebben besloten niet verder te gaan met je sollicitatie.",
    "Wij hebben besloten uw sollicitatie niet verder in behandeling te nemen.",
    "Abbiamo deciso di non procedere con la tua candidatura.",
    "Purtroppo non possiamo proseguire con il tuo profilo.",
    "Decidimos não avançar com a sua candidatura.",
    "Infelizmente não vamos prosseguir com o seu perfil.",
]

OTHERS_CHOSEN = [
    "We have decided to pursue other candidates for this role.",
    "We have chosen to continue the process with other profile.",
    "The hiring team went with a candidate whose background is closer to the role.",
    "We have decided to move forward with an internal candidate.",
    "Wir haben uns für eine andere Bewerberin entschieden.",
    "Wir mussten uns für andere Profile entscheiden.",
    "Nous avons retenu un autre profil pour ce poste.",
    "Nous avons porté notre choix sur une candidature plus proche du besoin.",
    "Hemos optado por otro perfil para esta posición.",
    "Hemos decidido seguir con otros candidatos.",
    "We hebben gekozen voor een andere kandidaat.",
    "Abbiamo scelto di proseguire con altri candidati.",
    "Optamos por seguir com outros candidatos.",
]

CLOSED_OR_UNSUCCESSFUL = [
    "We wanted to let you know that the position has now been filled.",
    "Your application was unsuccessful on this occasion.",
    "Your candidacy is no longer under consideration.",
    "You have not been selected for this role.",
    "The role has been closed.",
    "Die Stelle wurde bereits besetzt.",
    "Ihre Bewerbung war leider nicht erfolgreich.",
    "Le poste a déjà été pourvu.",
    "Votre candidature n'a pas été retenue.",
    "La vacante ya ha sido cubierta.",
    "Tu candidatura no ha sido seleccionada.",
    "De vacature is inmiddels vervuld.",
    "La posizione è già stata coperta.",
    "La tua candidatura non è stata selezionata.",
    "A vaga já foi preenchida.",
    "A sua candidatura não foi selecionada.",
]


@pytest.mark.parametrize("body", NEGATED_DECISION)
def test_a_negated_decision_on_the_application_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize("body", OTHERS_CHOSEN)
def test_a_choice_of_other_candidates_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize("body", CLOSED_OR_UNSUCCESSFUL)
def test_a_closed_position_or_an_unsuccessful_application_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We have not yet decided whether to proceed with your application; we'll be in touch next week.",
        "We are still reviewing your application and will be in touch.",
        "We are happy to move forward with your application: the next step is a call with the team.",
        "Wir melden uns bei Ihnen, sobald wir eine Entscheidung getroffen haben.",
    ],
)
def test_no_decision_yet_or_a_decision_for_the_candidate_is_no_rejection(body: str) -> None:
    assert classify(received(body)).kind != "rejection"


@pytest.mark.parametrize("body", NEGATED_DECISION[:1] + OTHERS_CHOSEN[:1] + CLOSED_OR_UNSUCCESSFUL[:1])
def test_a_no_reply_sender_with_a_decision_is_a_rejection_not_a_holding_reply(body: str) -> None:
    assert classify(received(body, sender="no-reply@ashbyhq.com")).kind == "rejection"


def test_a_no_reply_sender_without_a_decision_is_a_holding_reply() -> None:
    assert classify(received("Your profile was updated.", sender="no-reply@ashbyhq.com")).kind == "acknowledgement"


def test_the_next_step_in_a_career_does_not_hide_the_rejection() -> None:
    body = (
        "Thanks for considering NovaDrive Robotics as the next step in your career.\n\n"
        "Unfortunately, we will not be proceeding with your candidacy at this time."
    )
    assert classify(received(body, sender="no-reply@ashbyhq.com")).kind == "rejection"


def test_the_decision_wins_after_paragraphs_of_thanks() -> None:
    thanks = (
        "Thank you so much for the time you spent with us, for the case study you sent back and for the"
        " thoughtful questions you asked the panel. Everyone enjoyed meeting you.\n\n"
    )
    body = thanks * 3 + "After a lot of discussion we have decided to continue with other candidates.\n\nBest,\nJane"
    assert classify(received(body)).kind == "rejection"


def test_a_veto_only_reaches_its_own_paragraph() -> None:
    body = (
        "Thanks again for agreeing to reschedule last month.\n\n"
        "We will not be moving forward with your application."
    )
    assert classify(received(body)).kind == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for sending back the case study, we'll be in touch soon.",
        "Thank you for completing the coding challenge. We will let you know.",
        "Vielen Dank für die Zusendung der Fallstudie, wir melden uns bei Ihnen.",
        "Merci pour le cas pratique, nous reviendrons vers vous.",
        "Gracias por la prueba técnica, nos pondremos en contacto.",
        "Bedankt voor de opdracht, je hoort van ons.",
        "Grazie per il test tecnico, ti faremo sapere.",
        "Obrigado pelo teste técnico, entraremos em contato.",
    ],
)
def test_a_step_already_taken_is_no_next_step(body: str) -> None:
    assert classify(received(body)).kind == "acknowledgement"


@pytest.mark.parametrize(
    "body",
    [
        "Good news: we would like to move you on to the next step of the process.",
        "The team is happy to progress you through to the next stage.",
    ],
)
def test_moving_the_candidate_on_is_a_next_step(body: str) -> None:
    assert classify(received(body)).kind == "next_step"


def test_a_step_ahead_after_thanks_for_a_past_one_is_still_a_next_step() -> None:
    body = "Thanks for sending back the case study. We would like to invite you to a final round on Friday."
    assert classify(received(body)).kind == "next_step"


@pytest.mark.parametrize(
    ("body", "back"),
    [
        ("I'm away from my desk until the 14th and will reply when I return.", date(2025, 6, 14)),
        ("Away from my desk until June 16. For urgent matters contact hr@acme.example.", date(2025, 6, 16)),
        ("I am on annual leave until Monday 9 June with limited access to email.", date(2025, 6, 9)),
        ("Ich bin bis zum 16.06.2025 nicht im Büro. In dringenden Fällen wenden Sie sich an hr@acme.example.",
         date(2025, 6, 16)),
        ("Ab dem 12. Juni bin ich wieder erreichbar.", date(2025, 6, 12)),
        ("Je suis en congé jusqu'au 13 juin inclus.", date(2025, 6, 13)),
        ("En congé jusqu'au 13 juin. Pour toute urgence : rh@acme.example", date(2025, 6, 13)),
        ("Estoy fuera de la oficina hasta el 10 de junio.", date(2025, 6, 10)),
        ("Ik ben afwezig tot en met 11 juni en heb beperkt toegang tot mijn e-mail.", date(2025, 6, 11)),
        ("Sono in ferie fino al 15 giugno.", date(2025, 6, 15)),
        ("In ferie fino al 15 giugno, rispondero al mio rientro.", date(2025, 6, 15)),
        ("Estou de férias até dia 12 de junho.", date(2025, 6, 12)),
        ("I am on leave from 5 June until 20 June with no access to email.", date(2025, 6, 20)),
        ("Ich bin vom 05.06. bis zum 18.06. im Urlaub.", date(2025, 6, 18)),
        ("Ik ben afwezig tot en met 11 juni. Voor dringende zaken kun je contact opnemen met hr@acme.example.",
         date(2025, 6, 11)),
    ],
)
def test_an_out_of_office_is_told_by_its_wording_with_its_return_date(body: str, back: date) -> None:
    result = classify(received(body, subject="Re: Thank you"))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == back


@pytest.mark.parametrize(
    "body",
    [
        "Our hiring manager is on leave until Monday, so we will get back to you next week.",
        "I was away last week, sorry for the slow reply. We'd like to invite you to a final round.",
    ],
)
def test_a_person_mentioning_an_absence_is_not_an_out_of_office(body: str) -> None:
    assert classify(received(body)).kind != "auto_reply"


# ------------------------------------------------------------------ the user's own mail


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        ("Thanks - Globex interview today", "Hi all,\n\nGreat to meet everyone.\n\nBest,\nSam", "thank_you"),
        ("Thank you", "Hi Jane, thanks so much for arranging the call with the Globex team today.", "thank_you"),
        ("Today", "Thank you all for your time this afternoon. I enjoyed the discussion.", "thank_you"),
        (
            "Our conversation",
            "Following up on our conversation today: thank you for walking me through the roadmap.",
            "thank_you",
        ),
        ("Danke - Gespräch heute", "Hallo Frau Becker,\n\nes hat mich gefreut.", "thank_you"),
        ("Entretien", "Je tenais à vous remercier pour cet entretien.", "thank_you"),
        ("Bedankt", "Bedankt voor het prettige gesprek van vandaag.", "thank_you"),
        ("Colloquio", "Grazie mille per il colloquio di oggi.", "thank_you"),
        ("Entrevista", "Muito obrigado pela entrevista de hoje.", "thank_you"),
        (
            "Re: Thanks - Globex interview today",
            "Hi Jane, I haven't heard back since our interview and wanted to check in.",
            "follow_up",
        ),
        ("Checking in", "Hi Jane, just checking in on the Globex role.", "follow_up"),
        ("Application", "Thank you again for your time last month. Any update on the timeline?", "follow_up"),
        ("Re: Interview invitation", "Tuesday at 10 works for me. See you then.", "other"),
        ("Re: Offer", "Could you tell me more about the pension scheme?", "other"),
    ],
)
def test_sent_mail_labels(subject: str, body: str, kind: str) -> None:
    assert classify(sent(body, subject=subject)).kind == kind


# ------------------------------------------------------------------ one reading of HTML


def test_an_html_only_reply_is_read_without_its_blockquoted_history() -> None:
    from watcher.parse import html_to_text, parse_message

    raw = (
        b"From: Jane <jane.doe@acme.example>\r\nTo: user@example.org\r\nSubject: Re: Update\r\n"
        b"Message-ID: <h1@acme.example>\r\nDate: Wed, 04 Jun 2025 09:00:00 +0000\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><body><div>Thanks for the note, we will be in touch next week.</div>"
        b"<div class=\"gmail_quote\"><blockquote><p>Earlier: we have decided to move forward"
        b" with other candidates for the other role.</p><blockquote><p>deeper</p></blockquote>"
        b"</blockquote></div></body></html>\r\n"
    )
    mail = parse_message(
        raw, account="a", folder="INBOX", uid=1, arrival=None, me=frozenset({"user@example.org"}), sent_folder=False
    )
    assert "> Earlier: we have decided" in (mail.body or "")
    assert "> > deeper" in html_to_text("<blockquote>a<blockquote>deeper</blockquote></blockquote>")
    assert classify(mail).kind == "acknowledgement"


# ------------------------------------------------------------------ one count of business days


def test_business_days_in_a_message_skip_the_readers_public_holidays() -> None:
    from datetime import UTC, datetime

    from watcher.model import PolicySettings

    christmas_eve = datetime(2025, 12, 24, 9, 0, tzinfo=UTC)
    message = received("Thanks for your patience, we will get back to you within 3 business days.")
    message = replace(message, date=christmas_eve)
    assert classify(message).date == date(2025, 12, 29)
    german = PolicySettings(timezone="Europe/Berlin", country="DE")
    assert classify(message, settings=german).date == date(2025, 12, 31)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your email. I am currently out of the office, returning on Monday 16 June.",
        "I'm OOO until June 15, back in the office on the 16th.",
    ],
)
def test_an_out_of_office_with_a_comma_or_shorthand(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "auto_reply" and result.date == date(2025, 6, 16)


@pytest.mark.parametrize(
    "body",
    [
        "We have decided to progress with other applicants.",
        "After some thought we have decided to go in a different direction.",
        "Unfortunately your profile does not match what we are looking for at the moment.",
        "Leider ist die Wahl nicht auf Sie gefallen.",
        "Leider passt Ihr Profil nicht zu unseren aktuellen Anforderungen.",
        "Malheureusement, votre profil ne correspond pas à nos besoins actuels.",
        "Lamentablemente tu perfil no encaja con lo que buscamos.",
        "Helaas past je profiel niet bij wat we zoeken.",
        "Purtroppo il tuo profilo non è in linea con quanto cerchiamo.",
        "Infelizmente o seu perfil não se enquadra no que procuramos.",
    ],
)
def test_more_ways_to_say_no(body: str) -> None:
    assert classify(received(body)).kind == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. If we do not move forward with your application, we will let you know by email.",
        "Thanks for applying! Should we decide not to proceed with your candidacy, you will hear from us.",
        "Vielen Dank für Ihre Bewerbung. Falls wir uns für andere Bewerber entscheiden, informieren wir Sie.",
        "Merci pour votre candidature. Si nous ne donnons pas suite à votre candidature, nous vous le dirons.",
        "Gracias por tu candidatura. Si no seguimos adelante con tu candidatura, te avisaremos.",
        "Bedankt voor je sollicitatie. Als we niet verder gaan met je sollicitatie, laten we je dat weten.",
        "Grazie per la tua candidatura. Qualora decidessimo di non procedere con la tua candidatura, ti avviseremo.",
        "Obrigado pela sua candidatura. Caso não avancemos com a sua candidatura, iremos informá-lo.",
    ],
)
def test_a_rejection_under_a_condition_is_no_decision(body: str) -> None:
    assert classify(received(body)).kind == "acknowledgement"


@pytest.mark.parametrize(
    "body",
    [
        "Our team is currently reviewing your application and will be in touch.",
        "Ihre Bewerbung ist gut bei uns angekommen.",
        "Nous étudions actuellement votre candidature.",
        "Hemos recibido correctamente tu candidatura.",
        "Wij hebben je sollicitatie in goede orde ontvangen.",
        "Abbiamo ricevuto correttamente la tua candidatura.",
        "Recebemos com sucesso a sua candidatura.",
    ],
)
def test_a_receipt_or_a_review_in_progress_is_a_holding_reply(body: str) -> None:
    assert classify(received(body, sender="careers@acme.example")).kind == "acknowledgement"


# ------------------------------------------------------------------ holding replies by their promise


PROMISE_OF_NEWS = [
    "Great to meet you too. The panel compares notes on Monday, so you should hear back by Wednesday.",
    "We hope to have an answer for you before the end of the month.",
    "Realistically we won't have a decision before the 20th; I'll call you as soon as I hear.",
    "Wir sind noch im Austausch mit dem Team. Sie hören spätestens Mitte nächster Woche von uns.",
    "Die Abstimmung mit der Fachabteilung dauert leider etwas länger als geplant.",
    "Nous reviendrons vers vous d'ici quelques jours.",
    "Le processus est toujours en cours de notre côté.",
    "Contamos con darte una respuesta a finales de mes.",
    "Aún estamos valorando a los últimos candidatos.",
    "Ik laat je uiterlijk dinsdag weten hoe het verder gaat.",
    "We zijn er intern nog niet helemaal uit, we hebben nog een paar dagen nodig.",
    "Contiamo di darti una risposta entro venerdì.",
    "Stiamo ancora valutando gli ultimi profili.",
    "Esperamos ter novidades na próxima semana.",
    "Ainda estamos a avaliar as últimas entrevistas.",
]


@pytest.mark.parametrize("body", PROMISE_OF_NEWS)
def test_a_promise_of_news_later_is_a_holding_reply_not_a_personal_reply(body: str) -> None:
    # "other" counts as hearing back and cancels the follow-ups: a holding reply must not be read so.
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for taking the time to complete the coding exercise; we'll be in touch next week.",
        "Merci d'avoir pris le temps de passer le test technique, nous reviendrons vers vous.",
        "El equipo quedó muy contento con la prueba técnica; te daremos noticias pronto.",
        "Dank nog voor de opdracht van vorige week, je hoort snel van ons.",
        "Obrigado por ter realizado o teste técnico; contamos dar-lhe uma resposta em breve.",
        "Grazie per aver svolto il test tecnico, ti faremo sapere.",
    ],
)
def test_a_step_taken_before_a_promise_of_news_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


def test_a_promise_of_news_does_not_hide_a_step_ahead() -> None:
    body = "You'll hear from our coordinator about a final round with the founders on Friday."
    assert classify(received(body)).kind == "next_step"


@pytest.mark.parametrize(
    "body",
    [
        "We wanted to let you know that the Senior Platform Engineer position has now been filled.",
        "The Data Analyst role has been closed.",
        "Die ausgeschriebene Stelle wurde bereits besetzt.",
        "De openstaande vacature is inmiddels vervuld.",
        "After reviewing it we won't be moving ahead with it at this time.",
        "We are not progressing at this stage.",
    ],
)
def test_a_filled_position_named_in_full_or_a_no_for_now_is_a_rejection(body: str) -> None:
    result = classify(received(body, sender="no-reply@myworkday.com"))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Temos o prazer de lhe fazer uma proposta para a posição de analista.", "offer"),
        ("Segue em anexo a proposta com as condições salariais.", "offer"),
        ("Temos o prazer de o convidar para uma entrevista com a equipa.", "next_step"),
        ("Por favor, escolha uma das datas disponíveis no portal.", "next_step"),
        ("We'd love to chat: please grab a 45-minute slot using the link below.", "next_step"),
        ("Book a time for a phone screen with our hiring manager.", "next_step"),
    ],
)
def test_offers_and_invitations_from_a_no_reply_sender(body: str, kind: str) -> None:
    result = classify(received(body, sender="noreply@platform.example"))
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Stand", "Guten Tag Frau Weber,\n\ngibt es inzwischen Neuigkeiten zur Stelle?\n\nViele Grüße"),
        ("Stelle", "Ich wollte fragen, ob es zur Position bereits eine Entscheidung gibt."),
        ("Vaga", "Olá Rita, queria saber se já há alguma novidade sobre a vaga."),
        ("Ponto de situação", "Olá Rita, espero que esteja bem."),
        ("Puesto", "Hola Marta, quería saber si ya hay novedades sobre el puesto."),
        ("Poste", "Bonjour, avez-vous des nouvelles concernant le poste ?"),
        ("Posizione", "Buongiorno, ci sono novità sulla posizione?"),
        ("Functie", "Hoi Sanne, is er al nieuws over de functie?"),
        ("The role", "Hi Dana, is there any news on the analyst role?"),
    ],
)
def test_a_question_about_news_in_sent_mail_is_a_follow_up(subject: str, body: str) -> None:
    result = classify(sent(body, subject=subject))
    assert result.kind == "follow_up", result.reasons


def test_thanks_for_the_interview_with_a_hope_for_news_stays_a_thank_you() -> None:
    body = "Vielen Dank für das Gespräch heute. Ich freue mich auf Neuigkeiten von Ihnen."
    assert classify(sent(body, subject="Danke")).kind == "thank_you"


# ------------------------------------------------------------------ machine senders


@pytest.mark.parametrize(
    ("sender", "headers"),
    [
        ("acme@myworkday.com", {}),
        ("careers@acme.example", {"dkim-signature": "v=1; a=rsa-sha256; d=myworkday.com; s=wd;"}),
        ("talent@acme.example", {"return-path": "<bounce@greenhouse-mail.io>"}),
    ],
)
def test_a_platform_notice_without_a_decision_is_a_holding_reply_not_a_personal_reply(
    sender: str, headers: dict[str, str]
) -> None:
    result = classify(received("Hi Robin, your profile on our careers site was updated.", sender=sender, headers=headers))
    assert result.kind == "acknowledgement", result.reasons
    assert any("sent by" in reason for reason in result.reasons)


def test_a_person_at_the_employer_without_a_decision_is_still_a_personal_reply() -> None:
    assert classify(received("Sure, the parking is behind the building.")).kind == "other"


def test_machine_mail_from_the_recipients_own_domain_is_no_employer_news() -> None:
    mail = replace(
        received(
            "Globex replied: next step. A draft: I wanted to follow up on the panel interview.",
            sender="notices@acme.example",
            headers={"Auto-Submitted": "auto-generated"},
        ),
        to=("robin@acme.example",),
    )
    result = classify(mail)
    assert result.kind == "bulk", result.reasons


def test_machine_mail_from_a_platform_is_still_read_for_its_news() -> None:
    mail = replace(
        received(
            "We would like to invite you to a final round on Friday.",
            sender="no-reply@greenhouse.io",
            headers={"Auto-Submitted": "auto-generated"},
        ),
        to=("robin@acme.example",),
    )
    assert classify(mail).kind == "next_step"


# ------------------------------------------------------------------ news promised for a named day, more time needed


@pytest.mark.parametrize(
    "body",
    [
        "Lovely to meet you too. We finish the last interviews this week and will come back to you early next week.",
        "Nothing to report yet: the manager is away. I should have something for you by the 12th.",
        "I expect we'll be able to share the outcome by Friday.",
        "Hallo Robin, wir führen noch Gespräche und melden uns Ende nächster Woche.",
        "Die Entscheidung fällt voraussichtlich am Donnerstag.",
        "Nous prendrons notre décision lundi prochain.",
        "Te contactaremos la semana que viene con una respuesta.",
        "Het besluit valt volgende week dinsdag.",
        "La decisione arriverà entro fine mese.",
        "A decisão será tomada até sexta-feira.",
    ],
)
def test_news_promised_for_a_named_day_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Sure, the parking is behind the building, see you Tuesday.",
        "Hi Robin, the answer to your question: the team uses Python and Go.",
    ],
)
def test_a_personal_reply_without_news_promised_for_a_day_stays_a_reply(body: str) -> None:
    assert classify(received(body)).kind == "other"


@pytest.mark.parametrize(
    "body",
    [
        "We need a little more time to make a decision.",
        "The decision has been delayed by a week, sorry about that.",
        "Leider verzögert sich unsere Entscheidung um ein paar Tage.",
        "Merci pour votre patience, la décision prendra encore quelques jours.",
        "Necesitamos unos días más para decidir.",
        "Het duurt iets langer dan verwacht, excuses daarvoor.",
        "Ci serve ancora qualche giorno per decidere.",
        "Precisamos de mais alguns dias para decidir.",
    ],
)
def test_more_time_needed_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We have decided to offer the role to someone whose experience is a closer match.", "rejection"),
        ("After much deliberation we will not be extending an offer.", "rejection"),
        ("Helaas hebben we de functie inmiddels ingevuld.", "rejection"),
        ("Purtroppo la posizione è già stata assegnata.", "rejection"),
        ("We'd like to make you an offer for the Platform Engineer role.", "offer"),
        ("I'm thrilled to let you know we want to offer you the job!", "offer"),
        ("Nous sommes ravis de vous proposer le poste.", "offer"),
        ("We zijn blij je een aanbod te doen voor de functie.", "offer"),
        ("We were impressed and would like you to meet our CTO on Friday.", "next_step"),
    ],
)
def test_more_decisions_offers_and_steps(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Hi Jane, I wanted to ask whether a decision has been made about the analyst role.",
        "Hallo Frau Weber, ich wollte mich nach dem aktuellen Stand erkundigen.",
        "Bonjour, je souhaitais savoir où en était le processus.",
        "Hola Marta, ¿sabes algo sobre el proceso?",
    ],
)
def test_an_indirect_question_about_news_in_sent_mail_is_a_follow_up(body: str) -> None:
    assert classify(sent(body, subject="Hello")).kind == "follow_up"


# ------------------------------------------------------------------ receipts and scheduling forms as platforms word them


@pytest.mark.parametrize(
    "body",
    [
        "Your application for Backend Developer has been submitted successfully.",
        "Thanks for your interest in Fabrikam! This email confirms we got your application.",
        "Votre candidature a bien été enregistrée.",
        "Confirmamos la recepción de tu candidatura.",
        "Tu solicitud ha sido registrada correctamente.",
        "Je sollicitatie is goed bij ons binnengekomen.",
        "Confermiamo la ricezione della tua candidatura.",
        "La tua candidatura è stata inviata con successo.",
        "Confirmamos a receção da sua candidatura.",
        "A sua candidatura foi submetida com sucesso.",
    ],
)
def test_a_receipt_of_the_application_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Por favor, elige un horario para tu entrevista en el siguiente enlace.", "next_step"),
        ("Kies via onderstaande link een moment voor je gesprek.", "next_step"),
        ("Ti invitiamo a scegliere uno slot per il colloquio tramite il link qui sotto.", "next_step"),
        (
            "Après étude de votre dossier, nous sommes au regret de ne pas pouvoir donner une suite favorable"
            " à votre candidature.",
            "rejection",
        ),
        ("Na zorgvuldige overweging hebben we besloten andere kandidaten uit te nodigen.", "rejection"),
    ],
)
def test_platform_scheduling_forms_and_rejections_in_more_languages(body: str, kind: str) -> None:
    result = classify(received(body, sender="no-reply@platform.example"))
    assert result.kind == kind, result.reasons


def test_a_promise_to_follow_up_is_no_rejection() -> None:
    body = "Nous ne manquerons pas de donner suite à votre candidature très prochainement."
    assert classify(received(body)).kind != "rejection"


def test_a_promise_to_come_back_later_does_not_hide_the_rejection_beside_it() -> None:
    body = (
        "Nous ne donnerons pas suite à votre candidature. Nous gardons votre profil et ne manquerons pas"
        " de revenir vers vous si un poste se présente."
    )
    assert classify(received(body)).kind == "rejection"


def test_an_out_of_office_naming_its_span_from_one_day_to_another() -> None:
    body = "Thanks for your message. I'm away from 3 to 14 June; for urgent matters please contact hr@acme.example."
    result = classify(received(body))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == date(2025, 6, 14)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Hi Jane, just wanted to check whether there's been any movement on the role.", "follow_up"),
        ("Hola Marta, te escribo para preguntar cómo va el proceso.", "follow_up"),
        ("Hoi Sanne, ik vroeg me af hoe het ervoor staat met de vacature.", "follow_up"),
        ("Ciao Giulia, ti scrivo per sapere a che punto è la selezione.", "follow_up"),
        ("Olá Rita, escrevo para saber como está o processo.", "follow_up"),
        ("Hoi Sanne, bedankt voor het fijne gesprek van gisteren.", "thank_you"),
        ("Hi Jane, attached is the signed NDA.", "other"),
    ],
)
def test_asking_how_the_process_goes_is_a_follow_up_and_thanks_for_a_talk_a_thank_you(body: str, kind: str) -> None:
    assert classify(sent(body, subject="Hello")).kind == kind


@pytest.mark.parametrize(
    "body",
    [
        "Apologies for the silence, we're still waiting on sign-off from finance before we can say more.",
        "Wir warten noch auf die Freigabe des Budgets.",
        "Nous attendons encore la validation du budget.",
        "Estamos esperando la aprobación del presupuesto.",
        "We wachten nog op goedkeuring van het budget.",
        "Siamo ancora in attesa della conferma del budget.",
        "Estamos a aguardar a aprovação do orçamento.",
    ],
)
def test_waiting_on_someone_else_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We regret that we won't be taking your application any further.", "rejection"),
        ("Could you tell me which office you'd prefer to work from?", "next_step"),
    ],
)
def test_taking_an_application_no_further_and_a_question_to_answer(body: str, kind: str) -> None:
    assert classify(received(body)).kind == kind


def test_going_with_someone_who_fits_better_is_a_rejection() -> None:
    body = "It was great meeting you. Unfortunately, we've decided to go with someone who has more domain experience."
    assert classify(received(body)).kind == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "At this point we will be focusing on other applicants whose profiles align more closely with the role.",
        "Unfortunately you were not shortlisted for the next stage.",
        "Leider können wir Ihnen keine positive Rückmeldung geben.",
        "Sentimos comunicarte que no continuarás en el proceso.",
        "Je sollicitatie is helaas afgewezen.",
    ],
)
def test_still_more_ways_to_say_no(body: str) -> None:
    result = classify(received(body, sender="no-reply@platform.example"))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We're delighted to confirm that we'd like you to join us as Senior Engineer.",
        "Please find attached your contract for review and signature.",
        "Tenemos el placer de hacerte una oferta para el puesto.",
        "Hierbij ontvang je het arbeidscontract.",
        "Siamo felici di proporti un'offerta per la posizione.",
        "Gostaríamos de lhe oferecer a posição de engenheiro.",
    ],
)
def test_an_offer_worded_as_joining_or_a_contract_is_an_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "offer", result.reasons


def test_joining_the_team_for_a_chat_is_no_offer() -> None:
    assert classify(received("We'd like you to join us for a coffee chat with the team on Friday.")).kind != "offer"
