"""Kinds of mail read right in general, on examples written for these tests alone.

Each group stands for one kind of mail that was once read wrong (a received take-home read
as a next step, a rejection for "another person" read as a holding reply, an offer worded
with a separable verb read as a personal reply, a meeting confirmed from a private address
read as "other", watcher's own digest read as a chaser), in several languages, with the
look-alikes that must keep their kind.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_classify import received, sent
from tests.test_match import ACME, INDEX
from tests.test_match import mail as match_mail
from watcher.classify import classify
from watcher.match import match
from watcher.model import HEARD_BACK_KINDS
from watcher.notify.marks import NOTICE_ID_DOMAIN

NO_REPLY = "no-reply@careers.acme.example"

# ------------------------------------------------ work the candidate already sent

WORK_RECEIVED = [
    "Many thanks! The coding exercise you submitted on Sunday is with the reviewers; we'll come back to you by Thursday.",
    "Quick note: the case study you sent us arrived safely and we will let you know once the panel has read it.",
    "Die Fallstudie, die Sie uns geschickt haben, liegt dem Team vor. Wir melden uns bei Ihnen.",
    "L'étude de cas que vous avez envoyée est entre les mains de l'équipe ; nous reviendrons vers vous.",
    "El caso práctico que nos enviaste ya lo tiene el equipo. Te escribiré en cuanto sepa algo.",
    "Il caso di studio che ci hai inviato è ora in valutazione: ti faremo sapere.",
    "De case die je hebt ingestuurd ligt bij het team; we laten je weten hoe het verder gaat.",
    "O estudo de caso que nos enviou está com a equipa. Daremos notícias em breve.",
]


@pytest.mark.parametrize("body", WORK_RECEIVED)
def test_work_the_candidate_already_sent_is_no_next_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons
    assert result.kind not in HEARD_BACK_KINDS


@pytest.mark.parametrize(
    "body",
    [
        "The next step is a take-home exercise, which you will receive tomorrow.",
        "Als nächsten Schritt schicken wir Ihnen eine Fallstudie.",
        "Please complete the case study we sent you by Friday.",
    ],
)
def test_a_step_still_to_come_stays_a_next_step(body: str) -> None:
    assert classify(received(body)).kind == "next_step"


# ------------------------------------------------ someone else will write

SOMEONE_ELSE_WILL_WRITE = [
    "I've passed my notes on to our talent team; they will reach out to you next week.",
    "Unsere Personalabteilung wird sich nächste Woche bei Ihnen melden.",
    "Le service RH vous recontactera la semaine prochaine.",
    "Recursos Humanos se pondrá en contacto contigo la semana que viene.",
    "L'ufficio del personale ti contatterà la prossima settimana.",
    "Onze HR-collega neemt volgende week contact met je op.",
    "A equipa de recursos humanos vai entrar em contacto consigo na próxima semana.",
]


@pytest.mark.parametrize("body", SOMEONE_ELSE_WILL_WRITE)
def test_a_promise_that_someone_else_will_write_is_a_holding_reply(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "acknowledgement", result.reasons


# ------------------------------------------------ a person's holding reply

PERSONAL_HOLDING_REPLIES = [
    "Thanks for sending this over, I've forwarded it to the hiring manager.",
    "Got it, thanks! I'll share it with the panel and come back to you.",
    "Received, thank you. The team will review your assignment in the coming days.",
    "Appreciate the follow-up! We're still collecting feedback from the interviewers.",
    "Vielen Dank, die Unterlagen habe ich an die Fachabteilung weitergeleitet.",
    "Bien reçu, merci ! L'équipe va étudier votre exercice cette semaine.",
    "Gracias por tu correo. Lo he reenviado al responsable del equipo y te diremos algo pronto.",
    "Recibido, gracias. El equipo revisará tu prueba esta semana.",
    "Ricevuto, grazie! Il team valuterà la prova nei prossimi giorni.",
    "Goed ontvangen, dank je! Het team kijkt er deze week naar.",
    "Obrigado pela mensagem, reencaminhei o seu exercício para a equipa e voltaremos a falar em breve.",
    "Recebido, obrigado! A equipa vai analisar o exercício esta semana.",
]


@pytest.mark.parametrize("body", PERSONAL_HOLDING_REPLIES)
def test_a_person_passing_work_on_or_reviewing_it_is_a_holding_reply_not_a_reply(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "I've forwarded your CV to the hiring manager, who would like to schedule a call this week.",
        "Please review the case study attached and send it back by Friday.",
        "We'd like to invite you to present your case study to the panel next Thursday.",
        "Hemos revisado tu prueba y nos gustaría invitarte a una segunda entrevista.",
        "Abbiamo valutato il tuo esercizio e vorremmo invitarti al colloquio finale.",
        "We hebben je opdracht beoordeeld en nodigen je graag uit voor een tweede gesprek.",
        "Ich habe Ihre Unterlagen an die Fachabteilung weitergeleitet, die Sie gerne zu einem Gespräch einladen möchte.",
    ],
)
def test_work_reviewed_with_a_step_ahead_stays_a_next_step(body: str) -> None:
    assert classify(received(body, sender="a.person@gmail.com")).kind == "next_step"


NOT_YET = [
    "Sorry for the delay! We're still finalising the decision with the team.",
    "I'm afraid there's no update yet, we're still waiting on the last interviews.",
    "Unfortunately we haven't been able to finalise our decision yet.",
    "Leider können wir Ihnen noch keine Rückmeldung geben.",
    "Désolé pour le délai, nous n'avons pas encore de retour de l'équipe.",
    "Malheureusement, nous ne pouvons pas encore vous donner de réponse.",
    "Perdona el retraso, todavía no tenemos respuesta del equipo.",
    "Lamentablemente aún no podemos darte una respuesta.",
    "Scusa il ritardo, non abbiamo ancora un riscontro dal team.",
    "Purtroppo non possiamo ancora darti una risposta.",
    "Sorry voor de vertraging, we hebben nog geen terugkoppeling van het team.",
    "Desculpe a demora, ainda não temos resposta da equipa.",
    "Infelizmente ainda não lhe podemos dar uma resposta.",
]


@pytest.mark.parametrize("body", NOT_YET)
def test_a_persons_not_yet_is_a_holding_reply_never_a_reply(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "acknowledgement", result.reasons
    assert result.kind not in HEARD_BACK_KINDS


@pytest.mark.parametrize(
    "body", ["Können wir uns am Dienstag kurz sprechen?", "Können wir den Termin auf Donnerstag verschieben?"]
)
def test_a_question_opening_with_koennen_wir_still_asks(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "next_step" and result.asks_reply, result.reasons


# ------------------------------------------------ decisions for someone else

SOMEONE_ELSE_CHOSEN = [
    "After a lot of thought we decided to go ahead with another person for this role.",
    "We have decided to not go on with your candidature, sorry for this.",
    "We have filled the vacancy with an applicant from our graduate scheme.",
    "Wir haben die Stelle intern besetzt.",
    "Wir haben uns für eine Person entschieden, die mehr Branchenerfahrung mitbringt.",
    "Wir haben entschieden, den Prozess mit anderen Bewerbern fortzusetzen.",
    "Nous avons finalement retenu quelqu'un d'autre pour ce poste.",
    "Nous avons pourvu le poste en interne.",
    "Hemos decidido seguir adelante con otra persona.",
    "Ya hemos cubierto la vacante.",
    "Abbiamo scelto un'altra persona per questo ruolo.",
    "Abbiamo già coperto la posizione.",
    "We hebben gekozen voor iemand met meer ervaring in de sector.",
    "We gaan verder met iemand anders.",
    "Optámos por outra pessoa para esta função.",
    "Já preenchemos a vaga.",
]


@pytest.mark.parametrize("body", SOMEONE_ELSE_CHOSEN)
def test_a_choice_of_someone_else_is_a_rejection_even_from_a_no_reply_sender(body: str) -> None:
    assert classify(received(body)).kind == "rejection"
    result = classify(received(body, sender=NO_REPLY, headers={"auto-submitted": "auto-generated"}))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We will decide between you and another person by Friday.",
        "Wir werden uns bis Freitag für einen Kandidaten entscheiden.",
        "Você foi selecionado e alguém da equipa vai contactá-lo.",
        "We are still speaking with other candidates and will be in touch next week.",
    ],
)
def test_a_choice_still_to_make_is_no_rejection(body: str) -> None:
    assert classify(received(body)).kind != "rejection"


MORE_WAYS_TO_SAY_NO = [
    "I'm sorry to say the team has decided to hire another candidate.",
    "We've made the difficult decision to move forward with a different applicant.",
    "We are looking for someone with more leadership experience, so we won't be proceeding.",
    "We have decided to close the recruitment for this role.",
    "The position is no longer available.",
    "Die Position konnte inzwischen besetzt werden.",
    "Leider hat es diesmal nicht geklappt.",
    "Wir werden den Prozess mit Ihnen nicht fortsetzen.",
    "Wir haben die Stelle an eine andere Person vergeben.",
    "Ihre Bewerbung kommt leider nicht in die engere Wahl.",
    "Nous avons fait le choix d'une autre candidature.",
    "En esta ocasión no podremos contar contigo.",
    "Hemos decidido continuar el proceso con otros perfiles.",
    "Hemos optado por una candidatura que se ajusta más a lo que buscamos.",
    "No vamos a continuar con tu proceso.",
    "Abbiamo deciso di proseguire il processo con altri profili.",
    "Non potremo dare seguito alla tua candidatura.",
    "Abbiamo individuato un profilo più in linea con le nostre esigenze.",
    "La tua candidatura non è stata ritenuta in linea.",
    "Helaas ben je niet geselecteerd voor de volgende ronde.",
    "Helaas moeten we je teleurstellen.",
    "Na zorgvuldige afweging hebben we besloten je niet uit te nodigen voor een tweede gesprek.",
    "Não vamos dar continuidade ao seu processo.",
    "Infelizmente não poderemos contar consigo nesta ocasião.",
]


@pytest.mark.parametrize("body", MORE_WAYS_TO_SAY_NO)
def test_more_ways_to_say_no_from_a_no_reply_sender(body: str) -> None:
    result = classify(received(body, sender=NO_REPLY))
    assert result.kind == "rejection", result.reasons


PLAIN_AND_NON_NATIVE_NO = [
    "Your profile was not retained for this position.",
    "Unfortunately the outcome of the selection is negative.",
    "We are sorry but you were not chosen for the role.",
    "Unfortunately your application did not pass to the next phase.",
    "We decided to continue with candidates with more experience in the sector.",
    "We inform you that the selection process has been concluded with another candidate.",
    "We have evaluated your profile and it is not in line with our needs at the moment.",
    "After the interview we think you are not the right person for this role.",
    "The feedback from the team was negative, so we stop the process here.",
    "We will not be able to continue the process with you.",
    "Sadly it's a no from us this time.",
    "I'm afraid it's not good news.",
    "The panel felt that other candidates were a stronger match.",
    "Leider ist die Entscheidung negativ ausgefallen.",
    "Nous sommes au regret de vous apporter une réponse négative.",
    "Lamentablemente el resultado del proceso es negativo: hemos recibido una respuesta negativa del equipo.",
    "Purtroppo abbiamo un riscontro negativo da parte del team.",
    "Helaas hebben we een negatief besluit genomen.",
    "Infelizmente a resposta é negativa: temos um parecer negativo da equipa.",
]


@pytest.mark.parametrize("body", PLAIN_AND_NON_NATIVE_NO)
def test_a_no_said_plainly_or_in_non_native_english_is_a_rejection(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "rejection", result.reasons


NO_DECISION_YET = [
    "We can't go ahead with the call on Monday, can you do Friday instead?",
    "We cannot proceed until you send us a copy of your ID.",
    "If we decide to go ahead with another person, we will let you know straight away.",
    "We have not yet chosen another candidate and will decide by Friday.",
    "We have closed the applications and are now reviewing them; you will hear from us by 20 June.",
    "Leider hat es mit dem Termin nicht geklappt, können wir verschieben?",
    "Wir haben uns noch nicht für einen anderen Kandidaten entschieden.",
    "Wir möchten den Prozess mit Ihnen gerne fortsetzen und laden Sie zum zweiten Gespräch ein.",
    "Nous n'avons pas encore fait le choix d'un candidat, nous reviendrons vers vous.",
    "Todavía no hemos elegido a otra persona; te escribiré el viernes.",
    "Non abbiamo ancora individuato un profilo, ti faremo sapere entro venerdì.",
    "We hebben nog niet gekozen voor een andere kandidaat; je hoort van ons voor vrijdag.",
    "Ainda não escolhemos outra pessoa, a decisão sai na próxima semana.",
    "If the outcome is negative, we will still send you written feedback by Friday.",
    "Not good news on our side: our CTO is ill, can we reschedule the call?",
]


@pytest.mark.parametrize("body", NO_DECISION_YET)
def test_a_choice_not_made_or_a_no_about_something_else_is_no_rejection(body: str) -> None:
    assert classify(received(body, sender="a.person@gmail.com")).kind != "rejection"


# ------------------------------------------------ offers

OFFERS = [
    "We are offering you a permanent position in the platform team.",
    "Graag bieden wij u de functie van teamleider aan.",
    "In de bijlage vind je het voorstel voor je arbeidsvoorwaarden.",
    "Wir bieten Ihnen die Position als Teamleiterin an.",
    "Im Anhang finden Sie unser Angebot.",
    "Nous vous proposons le poste de cheffe de projet.",
    "Te ofrecemos el puesto de analista de datos.",
    "Ti offriamo un contratto a tempo indeterminato.",
    "Oferecemos-lhe o cargo de analista.",
    "I'm delighted to let you know the team would love to have you on board as our new Data Engineer.",
    "We'd like to offer you the Senior Analyst role, starting in September.",
    "The hiring committee approved your offer; details attached.",
    "Herzlichen Glückwunsch, wir möchten Sie in unserem Team begrüßen!",
    "Wir möchten Sie gerne einstellen.",
    "Nous avons le plaisir de vous annoncer que votre candidature a été retenue pour le poste.",
    "Félicitations, nous serions ravis de vous accueillir dans l'équipe !",
    "¡Enhorabuena! Queremos que te unas a nuestro equipo.",
    "Hemos decidido contratarte.",
    "Congratulazioni, vorremmo che entrassi a far parte del nostro team!",
    "Abbiamo deciso di assumerti.",
    "We willen je graag aannemen als data engineer.",
    "Gefeliciteerd, we willen je graag aan ons team toevoegen!",
    "Segue em anexo a carta-oferta.",
    "Parabéns! Gostaríamos que se juntasse à nossa equipa.",
    "Decidimos contratá-lo.",
]


@pytest.mark.parametrize("body", OFFERS)
def test_an_offer_in_seven_languages(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "offer", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "We'd like to offer you a second interview with the team.",
        "We bieden je graag een tweede gesprek aan.",
        "Wir würden Ihnen die Rolle gerne an einem Termin vorstellen.",
        "We'd love to have you join us for a final interview.",
        "Wir freuen uns, Sie bei uns zum Gespräch begrüßen zu dürfen.",
        "Nous serions ravis de vous accueillir dans nos locaux pour un entretien.",
        "Vous avez été retenu pour un second entretien.",
        "Queremos contar contigo para la siguiente fase.",
        "Je kunt aannemen dat we je volgende week bellen.",
        "Gostaríamos de contar consigo para uma segunda entrevista.",
        "We'd like to offer you the opportunity to interview for the role.",
        "Wir werden Sie bis Freitag informieren, ob wir Sie einstellen.",
    ],
)
def test_an_offer_of_another_meeting_is_no_offer(body: str) -> None:
    assert classify(received(body)).kind != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Unfortunately we are not able to hire you at this point.",
        "Wir können Sie leider nicht einstellen.",
        "Nous ne pouvons pas vous recruter pour ce poste.",
        "Lamentablemente no podemos contratarte.",
        "Purtroppo non possiamo assumerti.",
        "We kunnen je helaas niet aannemen.",
        "Infelizmente não podemos contratá-lo.",
    ],
)
def test_a_hire_refused_is_a_rejection_not_an_offer(body: str) -> None:
    assert classify(received(body)).kind == "rejection"


# ------------------------------------------------ a meeting set by a person

MEETINGS_SET = [
    "See you for the interview on Thursday 12 June at 14:30, I'll be at the front desk.",
    "Bis Donnerstag, 12. Juni um 14:30 Uhr zum Gespräch in unserem Büro.",
    "Just confirming your second interview with Priya.",
    "Hiermit bestätige ich Ihnen den Termin mit unserer CTO.",
    "Je vous confirme votre entretien avec la directrice technique.",
    "Te confirmo la entrevista con el equipo de datos.",
    "Ti confermo il colloquio con il responsabile tecnico.",
    "Ik bevestig je gesprek met onze CTO.",
    "Confirmo a sua entrevista com a diretora técnica.",
]


@pytest.mark.parametrize("body", MEETINGS_SET)
def test_a_personal_reply_that_sets_a_meeting_is_a_next_step(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "next_step", result.reasons


MEETINGS_PROPOSED = [
    "Would you have time for a quick call with our CTO later this week?",
    "Let's find a time for you to meet the engineering team.",
    "The team would love to see you again for a final conversation.",
    "We'd like you to complete a short coding task before the next interview.",
    "Hätten Sie nächste Woche Zeit für ein Gespräch mit unserer Teamleitung?",
    "¿Tendrías disponibilidad para una llamada con el equipo el jueves?",
    "Saresti disponibile per una chiamata con il responsabile giovedì?",
    "Vorremmo conoscerti di persona per un ultimo incontro.",
    "Heb je volgende week tijd voor een gesprek met het team?",
    "We willen je graag nog een keer spreken, deze keer met de CTO.",
    "Teria disponibilidade para uma conversa com a diretora na quinta-feira?",
    "Gostaríamos de voltar a falar consigo, desta vez com a equipa técnica.",
]


@pytest.mark.parametrize("body", MEETINGS_PROPOSED)
def test_a_meeting_proposed_is_a_next_step(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying! A member of our team will review it, and we'll reach out if we'd like to set up a conversation.",
        "If we decide to move forward, we will invite you to a second interview.",
        "Sollten wir Sie zu einem zweiten Gespräch einladen wollen, melden wir uns bis Freitag.",
        "It was great to meet the team on Monday, thank you all.",
    ],
)
def test_a_step_on_a_condition_or_in_the_past_is_no_next_step(body: str) -> None:
    assert classify(received(body, sender="a.person@gmail.com")).kind != "next_step"


def test_a_meeting_already_held_is_no_next_step() -> None:
    body = "It was lovely to see you at the interview on Monday 2 June at 10:00, all the best."
    assert classify(received(body, sender="a.person@gmail.com")).kind == "other"
    later = "Thanks for coming to the interview on Thursday 12 June at 14:30, it was great."
    assert classify(received(later, sender="a.person@gmail.com")).kind != "next_step"


# ------------------------------------------------ out-of-office told by its return

@pytest.mark.parametrize(
    "body",
    [
        "I'll be back in the office on Monday 16 June; for anything urgent, please write to hr@acme.example.",
        "Rientrerò in ufficio il 16 giugno.",
        "Ik ben vanaf 16 juni weer op kantoor.",
        "Estarei de volta a 16 de junho.",
    ],
)
def test_an_out_of_office_worded_by_its_return_day(body: str) -> None:
    result = classify(received(body, sender="a.person@gmail.com"))
    assert result.kind == "auto_reply", result.reasons
    assert result.date is not None and (result.date.month, result.date.day) == (6, 16)


# ------------------------------------------------ an employer's newsletter without list headers

@pytest.mark.parametrize(
    "body",
    [
        "Our November product update: new dashboards, faster exports and a sneak peek at what's next.",
        "You're invited: Acme Engineering Open House on 12 June. Save your seat.",
        "This month at Acme: we welcomed 12 new colleagues and launched our new office in Lisbon.",
        "Neuigkeiten aus dem Team: unser Sommerfest, neue Kolleginnen und ein Blick auf das nächste Quartal.",
        "Descubre las novedades de este mes en nuestro blog.",
        "Lees de nieuwste verhalen op onze blog.",
    ],
)
def test_an_employers_newsletter_is_bulk_not_a_reply(body: str) -> None:
    result = classify(received(body, sender="news@acme.example"))
    assert result.kind == "bulk", result.reasons


# ------------------------------------------------ what the user sent

@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        ("Re: Interview", "Thank you all for making the time today; I left even more excited about the role.", "thank_you"),
        ("Re: Interview", "Hello, I was wondering if you had an update regarding my application.", "follow_up"),
        ("Thanks - Globex interview today", "Hi Anna, it was a real pleasure meeting the team today.", "thank_you"),
        ("Documents", "Hi Anna, please find attached my references as requested.", "other"),
    ],
)
def test_sent_mail_is_a_thank_you_a_chaser_or_neither(subject: str, body: str, kind: str) -> None:
    assert classify(sent(body, subject=subject)).kind == kind


# ------------------------------------------------ watcher's own notices

DIGEST_BODY = (
    "watcher - your interviews today\n\nFollow-up due\n- Acme Corp.: no reply since the second interview.\n"
    "Draft: \"I wanted to check in on the next steps.\"\n"
)


@pytest.mark.parametrize(
    ("sender", "headers", "message_id"),
    [
        ("user@example.org", {"x-watcher-notice": "digest"}, "<x@example.org>"),
        ("notices@acme.com", {}, f"<1.2.digest@{NOTICE_ID_DOMAIN}>"),
        ("watcher@notify.example", {"x-watcher-notice": "digest", "auto-submitted": "auto-generated"}, "<y@z>"),
    ],
)
def test_watchers_own_digest_is_bulk_and_never_tied_by_either_mark(
    sender: str, headers: dict[str, str], message_id: str
) -> None:
    for direction in ("received", "sent"):
        digest = replace(received(DIGEST_BODY, sender=sender, headers=headers), message_id=message_id,
                         direction=direction)  # type: ignore[arg-type]
        result = classify(digest)
        assert result.kind == "bulk", (direction, result.reasons)
        assert "watcher's own digest" in result.reasons
    tied = match(replace(match_mail(sender, "watcher: Acme Corp. - follow-up due", body=DIGEST_BODY,
                                    headers=headers, in_reply_to=("<acme-thread@acme.com>",)),
                         message_id=message_id), INDEX, {"<acme-thread@acme.com>": ACME.id})
    assert tied.interview is None and not tied.review, tied.reasons


def test_a_draft_counts_only_once_sent() -> None:
    body = "Dear Anna,\n\nThank you for the interview today, I enjoyed meeting the team.\n"
    draft_id = f"<3.4.draft@{NOTICE_ID_DOMAIN}>"
    in_a_folder = replace(received(body, headers={"x-watcher-notice": "draft"}, sender="user@example.org"),
                          message_id=draft_id)
    assert classify(in_a_folder).kind == "bulk"
    was_sent = replace(sent(body), message_id=draft_id, headers={"x-watcher-notice": "draft"})
    assert classify(was_sent).kind == "thank_you"

