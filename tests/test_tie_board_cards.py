"""Job boards' notices that show the application as a card, through `watcher scan --json`.

A board's receipt or status notice often says "your application was sent" in one sentence
and shows what it was for under it, the role and the employer on lines of their own or
after a field's label, never in the same sentence:

    Your application was sent to Halvorsen Marine AS

    Data Engineer
    Halvorsen Marine AS · Bergen

(LinkedIn, Indeed's "Application submitted", StepStone's "Stelle:", Pracuj.pl's
"Stanowisko:" / "Firma:", InfoJobs' "Puesto:" / "Empresa:", Jobindex). Such a notice is tied
like one whose sentence names the employer and the role together: before the interview as
context, after it as the status of the application; a board's machine notice of the
application that states nothing is a holding reply, never an out-of-office. A role written
with an abbreviation ("Specjalista ds. Analiz Danych") is one sentence, not two.

Beside each, the lookalikes that must not tie: the card of a job the board suggests under
a sentence about the user's CV or application ("Based on your CV, these jobs may interest
you:", "Because you applied, you may also like:"), another employer sharing the first word
of a logged name, another role at the logged employer, a job alert.

First run, before the change: all 8 notices that must tie were tied to nothing (through a
Maildir and through Dovecot alike); no lookalike was tied. With the cards read but not the
words that introduce suggested jobs, n01 and n02 were tied wrong.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.corpus_scan import USER, accepted_outcomes, scan_small_mailbox, tie_outcome
from tests.test_match_traps import Trap, raw_message, t

CET = timezone(timedelta(hours=1))

INTERVIEWS = """
[[interview]]
id = "halvorsen"
company = "Halvorsen Marine AS"
role = "Data Engineer"
when = 2026-11-12T10:00:00+01:00
contacts = ["ingrid.solberg@halvorsenmarine.no"]
domains = ["halvorsenmarine.no"]

[[interview]]
id = "kranich"
company = "Kranich Logistik GmbH"
role = "Disponent (m/w/d)"
when = 2026-11-10T09:30:00+01:00
contacts = ["s.hartmann@kranich-logistik.de"]
domains = ["kranich-logistik.de"]

[[interview]]
id = "zielony"
company = "Zielony Most sp. z o.o."
role = "Specjalista ds. Analiz Danych"
when = 2026-11-13T11:00:00+01:00
contacts = ["agata.nowicka@zielonymost.pl"]
domains = ["zielonymost.pl"]

[[interview]]
id = "montarco"
company = "Montarco Seguros"
role = "Técnico de siniestros"
when = 2026-11-11T11:00:00+01:00
contacts = ["pablo.ferrer@montarcoseguros.es"]
domains = ["montarcoseguros.es"]

[[interview]]
id = "fernhill"
company = "Fernhill Analytics"
role = "Data Analyst"
when = 2026-11-16T14:00:00+00:00
contacts = ["priya.shah@fernhill.co.uk"]
domains = ["fernhill.co.uk"]

[[interview]]
id = "skovbryn"
company = "Skovbryn Energi"
role = "Dataanalytiker"
when = 2026-11-17T10:00:00+01:00
contacts = ["mette.holm@skovbryn.dk"]
domains = ["skovbryn.dk"]
"""


def day(d: int, hour: int = 10, zone: timezone = CET) -> datetime:
    """A moment in November 2026 (Central European time unless ``zone`` says otherwise)."""
    return datetime(2026, 11, d, hour, 7, tzinfo=zone)


LINKEDIN = "LinkedIn <jobs-noreply@linkedin.com>"
STEPSTONE = "StepStone <noreply@stepstone.de>"
PRACUJ = "Pracuj.pl <powiadomienia@pracuj.pl>"
UNSUBSCRIBE = {"List-Unsubscribe": "<https://mailer.example.net/unsubscribe?u=3f2>"}
GENERATED = {"Auto-Submitted": "auto-generated"}

PROBES: tuple[Trap, ...] = (
    # ---- notices of the user's application, the role and the employer in a card under it
    t("c01", "receipt", "halvorsen", LINKEDIN, USER,
      "Alex, your application was sent to Halvorsen Marine AS",
      "Your application was sent to Halvorsen Marine AS\n\nData Engineer\nHalvorsen Marine AS · Bergen, "
      "Vestland, Norway (On-site)\nApplied on 2 Nov 2026\n\nSee your application in My Jobs: "
      "https://www.linkedin.com/my-items/\n\nThis email was intended for Alex Doe", day(2), headers=UNSUBSCRIBE),
    t("c02", "receipt", "kranich", STEPSTONE, USER,
      "Bewerbung bei Kranich Logistik GmbH übermittelt",
      "Guten Tag Alex Doe,\n\nprima, das hat geklappt! Ihre Unterlagen liegen jetzt der Kranich Logistik GmbH "
      "vor.\n\nPosition: Disponent (m/w/d)\nArbeitsort: Bremen\nGesendet am: 03.11.2026\n\nAlle Bewerbungen im "
      "Überblick: https://www.stepstone.de/candidate/applications\n\nIhr StepStone-Team", day(3)),
    t("c03", "status", "kranich", STEPSTONE, USER,
      "Neuigkeiten zu Ihrer Bewerbung als Disponent (m/w/d)",
      "Hallo Alex Doe,\n\nder Stand Ihrer Bewerbung hat sich geändert:\n\nDisponent (m/w/d) · Kranich Logistik "
      "GmbH · Bremen\nAktueller Stand: wird vom Unternehmen geprüft\n\nIhr StepStone-Team", day(12),
      headers=GENERATED),
    t("c04", "receipt", "zielony", PRACUJ, USER,
      "Aplikacja wysłana: Specjalista ds. Analiz Danych",
      "Cześć Alex,\n\nTwoja aplikacja trafiła do pracodawcy.\n\nStanowisko: Specjalista ds. Analiz Danych\n"
      "Firma: Zielony Most sp. z o.o.\nLokalizacja: Kraków\n\nPowodzenia!\nZespół Pracuj.pl", day(4),
      headers=UNSUBSCRIBE),
    # One sentence, though a role's abbreviation ("ds.") comes before a capital.
    t("c05", "status", "zielony", PRACUJ, USER,
      "Zielony Most sp. z o.o. przejrzał Twoją aplikację",
      "Cześć Alex,\n\nTwoja aplikacja na stanowisko Specjalista ds. Analiz Danych w firmie Zielony Most sp. z "
      "o.o. została przejrzana przez pracodawcę.\n\nZespół Pracuj.pl", day(16)),
    t("c06", "receipt", "fernhill", "Indeed Apply <indeedapply@indeed.com>", USER,
      "Indeed Application: Data Analyst",
      "Application submitted\n\nData Analyst\nFernhill Analytics - Bristol\n\nYour CV and the answers to 3 "
      "questions went to the employer.\n\nIndeed", day(5, 9, UTC)),
    t("c07", "receipt", "montarco", "InfoJobs <noreply@infojobs.net>", USER,
      "Inscripción realizada: Técnico de siniestros",
      "Hola Alex:\n\nHemos enviado tu candidatura.\n\nPuesto: Técnico de siniestros\nEmpresa: Montarco Seguros\n"
      "Provincia: Valencia\n\nSigue su estado en Mis candidaturas.\n\nInfoJobs", day(3), headers=UNSUBSCRIBE),
    t("c08", "receipt", "skovbryn", "Jobindex <noreply@jobindex.dk>", USER,
      "Din ansøgning til Skovbryn Energi er sendt",
      "Hej Alex\n\nDin ansøgning er sendt til arbejdsgiveren.\n\nDataanalytiker\nSkovbryn Energi, Aarhus\n\n"
      "Held og lykke!\nJobindex", day(4)),

    # ---- lookalikes
    t("n01", "suggested after a receipt", "none", LINKEDIN, USER,
      "Data Engineer: your application was sent to Nordlys Kraft AS",
      "Your application was sent to Nordlys Kraft AS\n\nData Engineer\nNordlys Kraft AS · Oslo\n\n"
      "Because you applied, you may also like:\n\nData Engineer\nHalvorsen Marine AS · Bergen\n\nLinkedIn",
      day(6), headers=UNSUBSCRIBE),
    t("n02", "suggested by CV", "none", "Indeed <noreply@indeed.com>", USER,
      "Data Analyst jobs that match your CV",
      "Hi Alex,\n\nBased on your CV, these jobs may interest you:\n\nData Analyst\nFernhill Analytics - "
      "Bristol\n\nSee more jobs\n\nIndeed", day(7, 7, UTC), headers=UNSUBSCRIBE),
    t("n03", "another employer", "none|review", STEPSTONE, USER,
      "Bewerbung als Disponent (m/w/d) übermittelt",
      "Guten Tag Alex Doe,\n\nIhre Unterlagen liegen jetzt der Kranich Bau GmbH vor.\n\nPosition: Disponent "
      "(m/w/d)\nArbeitsort: Bremen\n\nIhr StepStone-Team", day(5)),
    t("n04", "another role", "none|review", PRACUJ, USER,
      "Zielony Most sp. z o.o.: aplikacja wysłana",
      "Cześć Alex,\n\nTwoja aplikacja trafiła do pracodawcy.\n\nStanowisko: Specjalista ds. Logistyki\n"
      "Firma: Zielony Most sp. z o.o.\nLokalizacja: Kraków\n\nZespół Pracuj.pl", day(6)),
    t("n05", "another role", "none|review", LINKEDIN, USER,
      "Your application was viewed by Halvorsen Marine AS",
      "Your application was viewed by Halvorsen Marine AS\n\nSenior Data Engineer\nHalvorsen Marine AS · "
      "Bergen\n\nLinkedIn", day(9)),
    t("n06", "job alert", "none", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", USER,
      "Data Engineer at Halvorsen Marine AS and 9 more",
      "Your job alert for Data Engineer in Bergen\n\nData Engineer\nHalvorsen Marine AS · Bergen\nApply with "
      "your resume in one click\n\nLinkedIn", day(8, 6), headers=UNSUBSCRIBE),
)

BY_NAME = {probe.name: probe for probe in PROBES}
MUST_TIE = [probe.name for probe in PROBES if not probe.accept & {"none", "review"}]


def test_the_probes_are_sound() -> None:
    ids = {line.split('"')[1] for line in INTERVIEWS.splitlines() if line.startswith("id = ")}
    assert len(BY_NAME) == len(PROBES)
    for probe in PROBES:
        assert probe.accept <= ids | {"review", "none"}, probe.name


@pytest.fixture(scope="module", params=["maildir", "imap"])
def scanned(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every probe delivered to a Maildir, or appended to a real Dovecot (whose server-side
    search must find each one)."""
    root = tmp_path_factory.mktemp("board_cards")
    mail = [(raw_message(probe, BY_NAME), probe.sent) for probe in PROBES]
    dovecot = request.getfixturevalue("dovecot_server") if request.param == "imap" else None
    report = scan_small_mailbox(request.param, root, INTERVIEWS, mail, dovecot)
    listed = {entry["message_id"]: entry for entry in report["messages"]}
    return {probe.name: listed.get(probe.message_id, {}) for probe in PROBES}


@pytest.mark.parametrize("name", [pytest.param(p.name, id=f"{p.trap}-{p.name}") for p in PROBES])
def test_each_card_notice_is_tied_where_a_careful_reader_would(name: str, scanned: dict[str, dict[str, Any]]) -> None:
    probe = BY_NAME[name]
    listed = scanned[name]
    got = tie_outcome(listed)
    assert got in accepted_outcomes(probe.accept), (probe.trap, got, listed.get("reasons"), listed.get("kind"))


@pytest.mark.parametrize("name", MUST_TIE)
def test_a_tied_card_notice_is_a_holding_reply(name: str, scanned: dict[str, dict[str, Any]]) -> None:
    """A receipt or a status that decides nothing: never a mailing, an out-of-office or a person's reply."""
    assert scanned[name].get("kind") == "acknowledgement", (scanned[name].get("kind"), scanned[name].get("reasons"))


@pytest.mark.parametrize("name", ["n01", "n02", "n06"])
def test_suggested_jobs_and_alerts_stay_mailings(name: str, scanned: dict[str, dict[str, Any]]) -> None:
    listed = scanned[name]
    assert not listed or listed.get("kind") == "bulk", (listed.get("kind"), listed.get("reasons"))
