"""An offer told as a decision to go ahead with one ("we've decided to move forward with an
offer", "decidimos avançar com uma proposta", "wir haben uns entschieden, Ihnen ein Angebot zu
machen"), in seven languages, even after a past step is mentioned ("the references were very
positive"). Examples written for these tests alone; the look-alikes (an offer decided
against, not yet decided, or a condition) never read as an offer.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

OFFER_DECIDED = [
    "The references were very positive and I'm delighted to tell you that we've decided to move forward with an "
    "offer for the Senior Data Engineer role.",
    "We have decided to proceed with an offer for the position.",
    "Wir haben uns entschieden, Ihnen ein Angebot für die Stelle zu machen.",
    "Nous avons décidé d'aller de l'avant avec une offre pour le poste.",
    "Hemos decidido avanzar con una oferta para el puesto.",
    "Abbiamo deciso di procedere con un'offerta per la posizione.",
    "We hebben besloten om verder te gaan met een aanbod voor de functie.",
    "As referências foram muito positivas e tenho o enorme prazer de lhe comunicar que decidimos avançar com uma "
    "proposta para a função de engenheira de dados sénior.",
]


@pytest.mark.parametrize("body", OFFER_DECIDED)
def test_an_offer_decided_is_an_offer(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "offer", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We have decided not to move forward with an offer at this time.", "rejection"),
        ("We haven't decided yet whether to move forward with an offer; you'll hear from us by Friday.", "acknowledgement"),
        ("If we decide to move forward with an offer, I'll call you on Friday.", "acknowledgement"),
        ("Before we can proceed with an offer, could you send me two references?", "next_step"),
    ],
)
def test_an_offer_not_decided_keeps_its_verdict(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons


def test_no_offer_made_is_no_offer() -> None:
    result = classify(received("Wir haben uns entschieden, Ihnen kein Angebot zu machen."))
    assert result.kind != "offer", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Nous avons décidé de ne pas aller de l'avant avec une offre.",
        "Hemos decidido no avanzar con una oferta.",
        "Abbiamo deciso di non procedere con un'offerta.",
        "We hebben besloten om niet verder te gaan met een aanbod.",
        "Decidimos não avançar com uma proposta.",
    ],
)
def test_an_offer_decided_against_is_a_no(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons
