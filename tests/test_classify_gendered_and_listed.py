"""Words as people really write them around a decision or a step.

- German gender-inclusive forms ("Kandidat:innen", "Bewerber*innen", "KandidatInnen",
  "eine:n andere:n Kandidat:in") read as the plain forms (``watcher.phrases.fold``): a decision
  said with them is a rejection.
- Times to meet offered as a list, each line a day and an hour ("Folgende Termine könnten wir
  Ihnen anbieten: - Dienstag, 03.11., 14:00 Uhr ..."): a next step, over the thanks for the
  application around it (``watcher.classify.times_offered``).
- A question whose last word asks whether a day and an hour suit, however long the day and hour
  before it ("Does Tuesday Nov 3 at 11:00am ET (17:00 for you, I think) work?"): a next step.
- News promised to everyone by a day ("we'll come back to everyone by Fri 13th"), and Swedish
  "återkomma" after a modal: a holding reply.
- The work wished on the candidate ("we'd love for you to come and build this thing with us"):
  an offer.

Examples written for these tests alone; each look-alike keeps its kind.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify, times_offered
from watcher.phrases import fold, fold_body, load_phrases

GENDERED_DECISIONS = [
    "Liebe Frau Roth, nach sorgfältiger Abwägung werden wir den weiteren Prozess jedoch mit Kandidat:innen "
    "fortsetzen, deren Erfahrung näher an unseren Anforderungen liegt. Alles Gute!",
    "Hallo Sam, wir haben uns für andere Bewerber:innen entschieden, deren Profil besser passt. Viel Erfolg!",
    "Hallo Sam, wir haben uns für andere Kandidat*innen entschieden. Viel Erfolg weiterhin.",
    "Hallo Sam, leider haben wir uns für eine:n andere:n Kandidat:in entschieden. Alles Gute.",
    "Hallo Sam, wir setzen das Verfahren mit anderen BewerberInnen fort und können Ihnen leider keine Zusage geben.",
]


@pytest.mark.parametrize("body", GENDERED_DECISIONS)
def test_a_decision_in_gender_inclusive_german_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Kandidat:innen", "kandidaten"),
        ("Bewerber*innen", "bewerber"),
        ("Kolleg_innen", "kollegen"),
        ("KandidatInnen in der Innenstadt", "kandidaten in der innenstadt"),
        ("eine:n Kandidat:in", "einen kandidaten"),
        ("beginnen innen um 10:00", "beginnen innen um 10:00"),
    ],
)
def test_gender_inclusive_forms_fold_to_the_plain_forms(written: str, read: str) -> None:
    assert fold(written) == read


def test_candidates_still_being_met_are_no_decision() -> None:
    body = ("Hallo Sam, wir sprechen diese Woche noch mit zwei weiteren Kandidat:innen und melden uns bis Freitag "
            "bei Ihnen.")
    assert classify(received(body)).kind == "acknowledgement"


SLOTS = [
    "Hallo Frau Roth,\n\nvielen Dank für Ihre Bewerbung. Ihr Profil hat uns gefallen.\n\nFolgende Termine könnten "
    "wir Ihnen anbieten:\n- Dienstag, 03.11., 14:00 Uhr\n- Donnerstag, 05.11., 10:00 Uhr\n- Freitag, 06.11., "
    "09:00 Uhr\n\nGeben Sie mir kurz Bescheid, welcher Termin Ihnen passt.\n\nViele Grüße\nKatrin",
    "Hi Sam,\n\nThanks for applying. The team would be glad to meet. Options:\n\n• Tuesday 3 November, 2:00pm\n"
    "• Thursday 5 November, 10:30am\n\nLet me know.\n\nDana",
    "Bonjour Sam,\n\nmerci pour votre candidature. Voici nos disponibilités :\n1) mardi 3 novembre à 14h00\n"
    "2) jeudi 5 novembre à 10h30\n\nBien à vous,\nClaire",
    "Hola Sam:\n\ngracias por tu candidatura. Te propongo estas opciones:\n- martes 3 de noviembre, 16:00\n"
    "- miércoles 4 de noviembre, 11:00\n\nUn saludo,\nMarta",
]


@pytest.mark.parametrize("body", SLOTS)
def test_times_offered_as_a_list_are_a_next_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # One day's schedule: the hours have no day of their own.
        ("Hi Sam,\n\nthanks for confirming. Your onsite on Thursday 5 November:\n- 10:00 welcome with Anna\n"
         "- 11:00 system design\n- 12:30 lunch with the team\n\nSee you then, Dana", "schedule"),
        # One slot only, in a list.
        ("Hi Sam,\n\nthanks for your application, we have received it and will review it.\n\n"
         "- Submitted: Tuesday 3 November, 14:00\n\nThe Talent Team", "acknowledgement"),
    ],
)
def test_a_schedule_or_a_single_slot_offers_no_times(body: str, kind: str) -> None:
    """Neither is read as times to choose from (a one-day schedule may still set the step)."""
    mail = received(body)
    text = fold_body(mail.body or "")
    assert times_offered(mail.body or "", text, mail.date.date(), load_phrases()) is None
    if kind == "acknowledgement":
        assert classify(mail).kind != "next_step"


def test_a_question_ending_in_work_with_a_day_and_an_hour_is_a_next_step() -> None:
    body = ("Hi Sam, I'd love to set up a 75-minute conversation with the team. Does Tuesday Nov 3 at 11:00am ET "
            "(17:00 for you, I think) work? Zoom link below.\n\nDana")
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons


def test_a_question_ending_in_work_without_a_day_is_no_step() -> None:
    body = "Hi Sam, thanks for the notes on the case study. Does the Python part of the brief still work?\n\nDana"
    assert classify(received(body)).kind != "next_step"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nThanks so much for this, lovely to hear. We've got two more first interviews next week, and "
        "we'll come back to everyone by the end of next week (Fri 13th) at the latest.\n\nPriya",
        "Hej Sam,\n\nTack själv! Vi har ett par intervjuer kvar den här veckan och räknar med att kunna återkomma "
        "till dig senast på torsdag (19/11).\n\n/Elin",
    ],
)
def test_news_promised_by_a_day_is_a_holding_reply(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Hi Sam, yours was the one the whole panel kept coming back to. We'd love for you to come and build this "
         "thing with us. Priya will send the formal paperwork on Monday.", "offer"),
        ("Hi Sam, before we decide, we'd love for you to come and meet the team in the office on Thursday at 10:00.",
         "next_step"),
    ],
)
def test_the_work_wished_on_the_candidate_is_an_offer(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons



@pytest.mark.parametrize(
    ("body", "offered"),
    [
        ("Hi Sam,\n\nwe would like to invite you to an interview. We could offer:\n\n- Tuesday 3 November, 14:00\n"
         "- Thursday 5 November, 10:30\n\nDana", True),
        ("Hi Sam, we would like to invite you to an interview. Would Tuesday 3 November at 14:00 or Thursday 5 "
         "November at 10:30 work?\n\nDana", True),
        ("Hi Sam, we would like to invite you to an interview on Tuesday 3 November at 14:00. Does that work?\n\nDana",
         False),
    ],
)
def test_an_invitation_offering_several_times_names_none(body: str, offered: bool) -> None:
    """The invitation to log takes no time when the candidate is to choose one."""
    result = classify(received(body))
    assert result.kind == "next_step" and result.invitation is not None, result.reasons
    assert result.invitation.times_offered is offered
    assert (result.invitation.when is None) is offered
