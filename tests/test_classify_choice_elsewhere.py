"""A rejection said as where the choice went: "our choice fell on another candidate", "die
Wahl ist auf einen Bewerber mit mehr Erfahrung gefallen", "la nostra scelta è ricaduta su un
altro candidato", and the application not moved on with the verb split around it ("we won't be
moving your application forward"), in seven languages. Examples written for these tests
alone; the look-alikes (the choice fell on the candidate, a choice still to make, a condition)
keep the verdict they had.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

CHOICE_FELL_ELSEWHERE = [
    "After careful thought, our choice fell on another candidate with more domain experience.",
    "In the end the choice went to a candidate who has led a platform team before.",
    "We have decided to direct our choice towards a candidate with more specific experience.",
    "Letztlich ist die Entscheidung auf einen Bewerber mit mehr Erfahrung gefallen.",
    "Unsere Wahl ist am Ende auf jemand anderen gefallen.",
    "Notre choix s'est finalement porté sur une personne ayant plus d'expérience.",
    "Le choix s'est porté sur un profil plus expérimenté.",
    "Nuestra elección ha recaído en una persona con más experiencia.",
    "Finalmente la elección recayó en otro candidato.",
    "Abbiamo ritenuto di orientare la nostra scelta verso un candidato con maggiore esperienza.",
    "La nostra scelta è ricaduta su un altro candidato.",
    "La scelta è caduta su un profilo più senior.",
    "Na lang wikken en wegen is de keuze uiteindelijk op een andere kandidaat gevallen.",
    "Onze keuze is op iemand anders gevallen.",
    "De keuze is uitgekomen bij een kandidaat met meer ervaring.",
    "A nossa escolha recaiu sobre outro candidato.",
    "A escolha acabou por recair num candidato com mais experiência.",
    "Optámos por orientar a nossa escolha para um perfil mais sénior.",
]

NOT_MOVED_ON = [
    "This role attracted a lot of interest, and while your experience is impressive, we won't be moving your application forward at this stage.",
    "We are not taking your candidacy any further.",
    "Unfortunately we are unable to take your profile forward.",
]


@pytest.mark.parametrize("body", CHOICE_FELL_ELSEWHERE + NOT_MOVED_ON)
def test_where_the_choice_went_is_a_rejection(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "rejection", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # The choice fell on the candidate: an offer.
        ("Good news: our choice fell on you! We'd like to offer you the role.", "offer"),
        ("Unsere Wahl ist auf Sie gefallen! Wir möchten Ihnen die Stelle anbieten.", "offer"),
        ("Notre choix s'est porté sur vous : nous avons le plaisir de vous proposer le poste.", "offer"),
        ("La nostra scelta è caduta su di te: siamo felici di offrirti la posizione.", "offer"),
        ("De keuze is op jou gevallen! We bieden je graag de functie aan.", "offer"),
        ("A nossa escolha recaiu sobre si! Temos o prazer de lhe oferecer a posição.", "offer"),
        # A choice still to make, news promised: a holding reply.
        ("We will make our final choice towards the end of next week.", "other"),
        (
            "Our decision will be made after we have spoken to a few other candidates; you'll hear from us by Friday.",
            "acknowledgement",
        ),
        ("If we can't move your application forward, we will let you know by Friday.", "acknowledgement"),
        ("Die Entscheidung fällt nächste Woche, wir melden uns bis Freitag.", "acknowledgement"),
        ("La decisión final se tomará la próxima semana; te escribiremos el viernes.", "acknowledgement"),
        ("La decisione finale verrà presa la prossima settimana, ti scriveremo entro venerdì.", "acknowledgement"),
        ("We nemen de beslissing volgende week en laten het je vrijdag weten.", "acknowledgement"),
        (
            "Vamos tomar a decisão para cada candidato na próxima semana e damos notícias até sexta-feira.",
            "acknowledgement",
        ),
    ],
)
def test_a_choice_not_made_elsewhere_keeps_its_verdict(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons
