"""Roles withdrawn, decisions worded around the object, and meetings set up without a phrase.

- A role put on hold, cancelled or frozen ends the candidate's process: a rejection, in
  seven languages, unless the message asks to book another time; an interview that is
  called off is not.
- Decisions in passive or hedged form and in non-native English, with gendered German plurals.
- An invitation worded only as "ti invitiamo al colloquio" or "avançar para a fase final".
- A personal reply with no phrase of its own that carries a calendar invitation or a link
  to a booking page is a next step; a cancelled event or a link in a holding reply is not.
- A business closed for the holidays until a date is an out-of-office, in seven languages.
- A post offered with its title in between ("Ihnen die Stelle als ... anbieten") is an offer.
- A platform's mail that names the employer followed by an executive ("Wren Labs CTO") or
  by its legal form written with dots ("S.p.A.", "B.V.") is still that employer's.
- Invitations, offers, holding replies and sent thanks or chasers worded with words in
  between ("Sie zu einem Fachgespräch mit unserem Team einladen"), in German, Dutch, Spanish.
"""

from __future__ import annotations

import pytest

from tests.test_classify import kind_of, received, sent
from tests.test_match import interview, mail
from watcher.classify import classify
from watcher.match import build_index, match, scheduling_link

ROLE_WITHDRAWN = [
    "We are sorry to tell you that the role has been put on hold until next year.",
    "The position (ref 4471) has been cancelled and will not be filled this year.",
    "Due to a budget review we have had to put hiring for this role on hold.",
    "Leadership decided to freeze the requisition for the rest of the quarter.",
    "Leider wurde die Stelle gestrichen.",
    "Die Ausschreibung wurde zurückgezogen.",
    "Wir können das Verfahren deshalb leider nicht fortsetzen.",
    "Nous devons vous informer que le poste a été gelé.",
    "La direction a choisi de suspendre le recrutement sur ce poste.",
    "Lamentablemente el puesto se ha cancelado.",
    "La vacante ha quedado congelada hasta el próximo año.",
    "De vacature is helaas ingetrokken.",
    "De functie is on hold gezet vanwege een reorganisatie.",
    "Ti informiamo che la posizione è stata annullata.",
    "Il ruolo è stato congelato fino a nuovo avviso.",
    "Infelizmente a vaga foi cancelada.",
    "A posição foi congelada por decisão da direção.",
    # The role's title (up to three words) between the noun and the verb
    "The position of Senior Data Engineer has been cancelled.",
    "Die Stelle als Senior Embedded Engineer wurde gestrichen.",
    "Le poste de responsable des opérations a été suspendu.",
    "La vacante de Ingeniero/a de Plataforma se ha cerrado.",
    "La posizione di Cloud Engineer senior è stata sospesa.",
    "De vacature voor Senior Data Engineer is ingetrokken.",
    "A vaga de Engenheiro de Dados foi cancelada.",
]

NOT_A_WITHDRAWN_ROLE = [
    "Your interview for the role has been cancelled because the interviewer is ill; can we find a new slot?",
    "Votre entretien du 10 juillet pour le poste d'Ingénieur DevOps a été annulé.\n\nMerci de choisir un nouveau créneau.",
    "La entrevista para el puesto se ha cancelado por un imprevisto.",
    "Il colloquio per la posizione è stato annullato per un imprevisto.",
    "Het gesprek voor de functie is geannuleerd omdat de manager ziek is.",
    "A entrevista para a vaga foi cancelada por indisponibilidade.",
    "Das Gespräch für die Stelle wurde leider abgesagt.",
    "Your application is on hold while we finish the first round; we will be in touch by Friday.",
    "The role is still open and we are reviewing applications this week.",
    "Die Stelle ist noch nicht besetzt, wir melden uns bis Freitag.",
]

PASSIVE_OR_HEDGED = [
    "Helaas is je sollicitatie deze keer niet succesvol geweest.",
    "Per il momento abbiamo deciso di non procedere oltre con la tua candidatura.",
    "Wir haben uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen.",
    "Wir haben uns für andere Bewerber*innen entschieden.",
    "Wir haben uns entschieden, die Position mit einem internen Kandidaten zu besetzen.",
    "After the final round we made the decision to go on with another profile which is fitting more.",
    "Nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.",
    "Te informamos de que la vacante se ha cerrado sin incorporación.",
    "We have closed the search without making a hire.",
    "We hebben besloten om niet verder te gaan met jouw sollicitatie.",
    "De keuze is gevallen op een kandidaat met meer ervaring.",
    "Na zorgvuldige afweging hebben we besloten om je niet uit te nodigen voor een volgende ronde.",
]

CLOSED_FOR_THE_HOLIDAYS = [
    "The studio is closed for the summer holidays until 18 August.",
    "Unsere Werkstatt hat Betriebsferien bis zum 18. August.",
    "L'atelier est fermé pour congés annuels jusqu'au 18 août.",
    "La oficina permanece cerrada por vacaciones hasta el 18 de agosto.",
    "L'ufficio è chiuso per ferie fino al 25 agosto.",
    "Ons kantoor is gesloten wegens vakantie tot en met 18 augustus.",
    "O escritório está encerrado para férias até 18 de agosto.",
]

INVITATIONS = [
    "I'm sorry, the interview is off tomorrow. Would Thursday at 11:00 or Friday at 14:00 work instead?",
    "Come anticipato, ti invitiamo al colloquio tecnico con il nostro CTO.",
    "Gostaríamos de avançar consigo para a fase final do processo.",
    "Pode escolher o horário que preferir.",
    "Gerne möchten wir Sie zu einem Fachgespräch mit unserem Plattform-Team einladen.",
    "Über den Link können Sie sich einen passenden Termin aussuchen.",
]


@pytest.mark.parametrize("body", ROLE_WITHDRAWN)
def test_a_role_put_on_hold_or_cancelled_is_a_rejection(body: str) -> None:
    assert kind_of(body) == "rejection"


@pytest.mark.parametrize("body", NOT_A_WITHDRAWN_ROLE)
def test_a_cancelled_interview_or_a_role_still_open_is_no_rejection(body: str) -> None:
    assert kind_of(body) != "rejection"


@pytest.mark.parametrize("body", PASSIVE_OR_HEDGED)
def test_a_passive_hedged_or_non_native_decision_is_a_rejection(body: str) -> None:
    assert kind_of(body) == "rejection"


@pytest.mark.parametrize("body", CLOSED_FOR_THE_HOLIDAYS)
def test_a_business_closed_for_the_holidays_is_an_out_of_office(body: str) -> None:
    assert kind_of(body) == "auto_reply"


def test_a_role_on_hold_with_a_request_to_book_again_is_a_next_step() -> None:
    body = "The role has been put on hold for a week.\n\nWould Tuesday at 10:00 or Wednesday at 15:00 work instead?"
    assert kind_of(body) == "next_step"


def test_a_post_offered_with_its_title_in_between_is_an_offer() -> None:
    assert kind_of("Wir möchten Ihnen die Stelle als Embedded Software Engineer anbieten.") == "offer"


@pytest.mark.parametrize("body", INVITATIONS)
def test_an_invitation_worded_only_in_its_language_is_a_next_step(body: str) -> None:
    assert kind_of(body) == "next_step"


def calendar(method: str | None) -> str:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + (f"METHOD:{method}\r\n" if method else "")
    event = "BEGIN:VEVENT\r\nUID:1@x\r\nDTSTART:20250610T130000Z\r\nSUMMARY:Gesprek\r\nEND:VEVENT\r\n"
    return head + event + "END:VCALENDAR\r\n"


@pytest.mark.parametrize("method", ["REQUEST", None])
def test_a_calendar_invitation_without_a_phrase_is_a_next_step(method: str | None) -> None:
    # Nothing in the words themselves says "interview" in a known phrase.
    note = classify(received("Tot dan, Sanne", calendar=calendar(method)))
    assert note.kind == "next_step"
    assert note.reasons == ("a calendar invitation",)


def test_a_cancelled_event_is_no_invitation() -> None:
    assert classify(received("Tot dan, Sanne", calendar=calendar("CANCEL"))).kind == "other"


@pytest.mark.parametrize(
    ("link", "platform"),
    [
        ("https://calendly.com/rijnstaal/tweede-gesprek", "Calendly"),
        ("https://app.goodtime.io/schedule/abc", "GoodTime"),
        ("https://app.cronofy.com/rts/jura/entretien", "Cronofy"),
        ("https://app.modernloop.io/candidate/availability/1", "ModernLoop"),
    ],
)
def test_a_booking_link_in_a_personal_reply_is_a_next_step(link: str, platform: str) -> None:
    note = classify(received(f"Hola Sam,\n\n{link}\n\nCarmen"))
    assert note.kind == "next_step"
    assert note.reasons == (f"a {platform} booking link",)


def test_a_booking_link_only_counts_for_a_scheduling_platforms_own_host() -> None:
    assert scheduling_link("see https://calendly.com.evil.example/x and https://notcalendly.com/y") is None
    assert scheduling_link("https://greenhouse.io/jobs/1") is None  # a platform, but no booking page
    assert scheduling_link("https://eu.calendly.com/acme") == "Calendly"


def test_a_booking_link_does_not_turn_a_holding_reply_into_a_next_step() -> None:
    body = "We'll be in touch by Friday.\n\nJane | book time with me: https://calendly.com/jane"
    assert kind_of(body) == "acknowledgement"


def test_a_booking_link_only_in_the_quoted_history_is_no_next_step() -> None:
    body = "Lo miro y te digo.\n\nOn Mon, Jul 7, 2025 at 9:00 AM Sam <user@example.org> wrote:\n> https://calendly.com/sam"
    assert kind_of(body) == "other"


WREN = interview("wren", "Wren Labs", role="Backend Engineer")


@pytest.mark.parametrize("title", ["CTO", "CEO", "VP", "Founder"])
def test_an_executive_after_the_employers_name_keeps_it_that_employer(title: str) -> None:
    index = build_index((WREN,), frozenset({"user@example.org"}))
    confirmed = mail(
        "notifications@calendly.com", f"Confirmed: Final round with Wren Labs {title} on Tuesday", from_name="Calendly"
    )
    assert match(confirmed, index, {}).interview == "wren"


def test_an_offer_worded_as_counting_on_the_candidate_is_an_offer() -> None:
    assert kind_of("Tengo el placer de comunicarte que queremos contar contigo como Analista de Operaciones.") == "offer"


def test_a_post_offered_with_its_title_in_between_in_dutch_is_an_offer() -> None:
    body = "Ik ben blij je te laten weten dat we je de functie van Backend Developer willen aanbieden."
    assert kind_of(body) == "offer"


def test_news_promised_as_te_dire_algo_is_a_holding_reply() -> None:
    assert kind_of("Todavía estamos cerrando la decisión con dirección; te diré algo antes del jueves 5.") == "acknowledgement"


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        ("Danke für das Fachgespräch", "Hallo Herr Lindqvist,\n\nich freue mich, von Ihnen zu hören.", "thank_you"),
        ("Hallo", "danke für den spannenden Austausch zum Plattform-Team heute.", "thank_you"),
        ("Seguimiento", "Si habéis decidido seguir con otros candidatos, os agradecería que me lo dijerais.", "follow_up"),
        ("Timing", "I have another offer with a deadline on July 25 and wanted to ask about your timeline.", "follow_up"),
    ],
)
def test_sent_thanks_and_chasers_with_words_in_between(subject: str, body: str, kind: str) -> None:
    assert classify(sent(body, subject=subject)).kind == kind


@pytest.mark.parametrize(
    ("logged", "display", "tied"),
    [
        ("Solaria Energia S.p.A.", "Solaria Energia S.p.A.", True),
        ("Rijnstaal", "Rijnstaal B.V.", True),
        ("Dunas Software S.L.", "Dunas Software S.L.", True),
        ("Fabrikam", "Fabrikam Health S.A.", False),
    ],
)
def test_a_legal_form_written_with_dots_keeps_the_employers_name(logged: str, display: str, tied: bool) -> None:
    index = build_index((interview("logged", logged),), frozenset({"user@example.org"}))
    notice = mail("no-reply@teamtailor-mail.com", "We received your case study", from_name=display)
    assert (match(notice, index, {}).interview == "logged") is tied
