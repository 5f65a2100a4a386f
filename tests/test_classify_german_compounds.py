"""German names the offer in compounds: "Vertragsangebot", "Angebotsschreiben",
"Gehaltsangebot", "Einstellungszusage", "Arbeitsvertragsangebot". A reply that sends or
announces one is an offer; one that says none comes is a rejection; a job alert's
"Stellenangebote" is no offer. Examples written for these tests alone.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

OFFERS = [
    "Hallo Herr Taylor,\n\nanbei erhalten Sie unser Vertragsangebot für die Position als Datenanalyst. Wir freuen "
    "uns auf Ihre Rückmeldung bis Freitag.\n\nViele Grüße\nLena Vogt",
    "Hallo Herr Taylor,\n\nim Anhang finden Sie unser Angebotsschreiben für die Stelle als Datenanalyst.\n\n"
    "Viele Grüße\nLena Vogt",
    "Hallo Sam,\n\ngute Nachrichten: Wir möchten dir eine Zusage für die Stelle als Datenanalyst geben!\n\n"
    "Viele Grüße\nLena",
    "Sehr geehrter Herr Taylor,\n\nwir freuen uns, Ihnen hiermit ein Stellenangebot als Datenanalyst zu "
    "unterbreiten.\n\nMit freundlichen Grüßen\nLena Vogt",
    "Hallo Sam,\n\ndas Jobangebot mit allen Details kommt heute noch per Mail.\n\nLena",
    "Sehr geehrter Herr Taylor,\n\nanbei das Gehaltsangebot und der Vertragsentwurf.\n\nMit freundlichen "
    "Grüßen\nLena Vogt",
    "Hallo Sam,\n\ndas Arbeitsvertragsangebot folgt per Post, ich freue mich sehr!\n\nLena",
    "Hallo Sam,\n\nhiermit erhältst du die offizielle Einstellungszusage.\n\nLena",
    "Sehr geehrter Herr Taylor,\n\nwie telefonisch besprochen, sende ich Ihnen die Angebotsunterlagen für die "
    "Stelle als Datenanalyst.\n\nMit freundlichen Grüßen\nLena Vogt",
]

NO_OFFER = [
    ("rejection", "Hallo Herr Taylor,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihnen keine Zusage geben "
     "können.\n\nLena Vogt"),
    ("rejection", "Hallo Herr Taylor,\n\nleider können wir Ihnen kein Vertragsangebot machen.\n\nLena Vogt"),
    ("rejection", "Hallo Herr Taylor,\n\nleider können wir Ihnen kein Gehaltsangebot machen, wir haben uns für "
     "eine andere Bewerberin entschieden.\n\nLena Vogt"),
]


@pytest.mark.parametrize("body", OFFERS, ids=[f"offer-{n}" for n in range(len(OFFERS))])
def test_a_compound_that_names_the_offer_sent_or_coming_is_an_offer(body):
    result = classify(received(body, subject="Ihre Bewerbung", sender="lena.vogt@ferrowind.example"),
                      interview_company="Ferrowind")
    assert result.kind == "offer", result.reasons


@pytest.mark.parametrize(("kind", "body"), NO_OFFER, ids=[f"none-{n}" for n in range(len(NO_OFFER))])
def test_a_compound_offer_said_not_to_come_is_no_offer(kind, body):
    result = classify(received(body, subject="Ihre Bewerbung", sender="lena.vogt@ferrowind.example"),
                      interview_company="Ferrowind")
    assert result.kind == kind, result.reasons


def test_a_job_alerts_stellenangebote_are_no_offer():
    body = ("Hallo Sam,\n\nhier sind neue Stellenangebote für dich: Datenanalyst (m/w/d) bei Ferrowind, "
            "Data Engineer bei Nordlicht.\n\nAbmelden | Einstellungen")
    result = classify(received(body, subject="Neue Stellenangebote für dich", sender="jobs@ferrowind.example",
                               headers={"List-Unsubscribe": "<mailto:unsubscribe@ferrowind.example>"}),
                      interview_company="Ferrowind")
    assert result.kind != "offer", result.reasons
