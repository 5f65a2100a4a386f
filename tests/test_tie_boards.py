"""Job boards' mail about one application, through `watcher scan --json` on a Maildir and Dovecot.

Boards tell the user what an employer did with the application (viewed it, goes on with
the selection, declined it) and relay the employer's messages, in two forms: the board's
own notice naming who wrote ("Pablo Ferrer (Montarco Seguros) te ha escrito", "Sabine
Hartmann hat Ihnen eine Nachricht geschickt"), or the writer's name before the board's
relay address ("Priya Shah <reply-…@indeedemail.com>"). Each must tie to the logged
interview when that is certain: one sentence names the employer whole, its role whole and
the user's application or the message sent to them, or the writer is a logged contact by
name and the text names their employer whole. Beside each, the lookalikes that must not
tie: another employer sharing the first word of a logged name, a job alert listing the
employer, a notice naming another role, a logged recruiter's message naming another logged
employer. Held for review is right wherever nothing is certain; a wrong tie never is.

A board notice that ties is the status of the user's own application, never a mailing:
it is read for what it says, though the board's sender sends alerts too (the alerts stay
bulk).

First run, before the fixes (38 probes in six languages, 18 that must tie and 20 lookalikes,
each through a Maildir and through Dovecot): 17 of the 18 failed the same way on both, and
no lookalike was tied:
- status notices whose sentence speaks of the selection going on with the user instead of
  "your application" (ij1 "continuar el proceso de selección contigo", ij6 "proseguire con
  te il processo di selezione", st1 "den Bewerbungsprozess mit Ihnen", st6 "verder met
  jou", in1 "move forward with you", wj1 "continuer le processus avec vous", cd1 "seguir
  com o processo seletivo com você"): not tied; in9 from indeed.it, no board's domain then;
- relayed messages in a board's own notice (ij2, ij7, st2, xi1, in2, in8, wj2, wj4) and
  from Indeed's masked relay address (in3): not tied, or tied and then read as a job alert
  (wj4: its sender's pattern is among the bulk senders) and untied.
After the first fix, xi1 still failed through Dovecot alone: its subject names only the
writer, which the server's search of subjects did not look for.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.corpus_scan import USER, accepted_outcomes, scan_small_mailbox, tie_outcome
from tests.test_match_traps import Trap, raw_message, t

CET = timezone(timedelta(hours=1))
BRT = timezone(timedelta(hours=-3))

INTERVIEWS = """
[[interview]]
id = "clairval"
company = "Clairval"
role = "Cheffe de projet digital"
when = 2026-11-04T10:00:00+01:00
contacts = ["margaux.petit@clairval.fr"]
domains = ["clairval.fr"]

[[interview]]
id = "montarco"
company = "Montarco Seguros"
role = "Técnico de siniestros"
when = 2026-11-05T11:00:00+01:00
contacts = ["pablo.ferrer@montarcoseguros.es"]
domains = ["montarcoseguros.es"]

[[interview]]
id = "kranich"
company = "Kranich Logistik GmbH"
role = "Disponent (m/w/d)"
when = 2026-11-06T09:30:00+01:00
contacts = ["s.hartmann@kranich-logistik.de"]
domains = ["kranich-logistik.de"]

[[interview]]
id = "fernhill"
company = "Fernhill Analytics"
role = "Data Analyst"
when = 2026-11-09T14:00:00+00:00
contacts = ["priya.shah@fernhill.co.uk"]
domains = ["fernhill.co.uk"]

[[interview]]
id = "duinwater"
company = "Duinwater B.V."
role = "Projectleider Infra"
when = 2026-11-10T10:00:00+01:00
contacts = ["joris.bakker@duinwater.nl"]
domains = ["duinwater.nl"]

[[interview]]
id = "verdemare"
company = "Verdemare Logistica"
role = "Responsabile di magazzino"
when = 2026-11-11T10:00:00+01:00
contacts = ["chiara.rinaldi@verdemare.it"]
domains = ["verdemare.it"]

[[interview]]
id = "cardosa"
company = "Cardosa Tecnologia"
role = "Engenheira de dados"
when = 2026-11-12T10:00:00-03:00
contacts = ["beatriz.lopes@cardosa.com.br"]
domains = ["cardosa.com.br"]
"""


def day(d: int, hour: int = 10, zone: timezone = CET) -> datetime:
    """A moment in November 2026 (Central European time unless ``zone`` says otherwise)."""
    return datetime(2026, 11, d, hour, 12, tzinfo=zone)


INFOJOBS = "InfoJobs <noreply@infojobs.net>"
STEPSTONE = "StepStone <noreply@stepstone.de>"
XING = "XING <mailrobot@mail.xing.com>"
INDEED = "Indeed <noreply@indeed.com>"
WTTJ = "Welcome to the Jungle <no-reply@welcometothejungle.com>"
UNSUBSCRIBE = {"List-Unsubscribe": "<https://mailer.example.net/unsubscribe?u=7c1>"}

PROBES: tuple[Trap, ...] = (
    # ---- InfoJobs (Spain, Italy, Brazil)
    t("ij1", "status", "montarco", INFOJOBS, USER,
      "Montarco Seguros quiere seguir contando contigo",
      "Hola Alex:\n\nBuenas noticias. Montarco Seguros quiere continuar el proceso de selección contigo para la "
      "oferta «Técnico de siniestros» (Valencia).\n\nLa empresa se pondrá en contacto contigo para concertar la "
      "siguiente entrevista.\n\nConsulta el estado en Mis candidaturas.\n\nInfoJobs", day(9, 12)),
    t("ij2", "relayed", "montarco", INFOJOBS, USER,
      "Tienes un mensaje nuevo de Montarco Seguros",
      "Hola Alex:\n\nPablo Ferrer (Montarco Seguros) te ha escrito:\n\n«Buenos días, Alex. ¿Podrías enviarme una "
      "copia de tu titulación antes del jueves? Gracias.»\n\nContesta desde tu área de candidato: "
      "https://www.infojobs.net/candidate/messages\n\nInfoJobs", day(10, 12)),
    t("ij3", "another employer", "none|review", INFOJOBS, USER,
      "Montarco Energía te ha enviado un mensaje",
      "Hola Alex:\n\nLaura Gil, de Montarco Energía, te ha enviado un mensaje sobre tu candidatura a la oferta "
      "«Técnico de siniestros»:\n\n«¿Tienes disponibilidad para una llamada el lunes?»\n\nInfoJobs", day(11, 12)),
    t("ij4", "job alert", "none", "InfoJobs <alertas@infojobs.net>", USER,
      "12 ofertas nuevas de Técnico de siniestros",
      "Hola Alex:\n\nEstas son las ofertas nuevas de tu alerta:\n\nTécnico de siniestros - Montarco Seguros - "
      "Valencia\nTécnico de siniestros hogar - Aseguradora Brisa - Madrid\n\nVer todas las ofertas\n\nInfoJobs",
      day(12, 7), headers=UNSUBSCRIBE),
    t("ij5", "another role", "none|review", INFOJOBS, USER,
      "Montarco Seguros te ha enviado un mensaje",
      "Hola Alex:\n\nElena Soto, de Montarco Seguros, te ha enviado un mensaje sobre tu candidatura a la oferta "
      "«Gestor comercial»:\n\n«¿Sigues interesado en el puesto?»\n\nInfoJobs", day(13, 12)),
    t("ij6", "status", "verdemare", "InfoJobs <noreply@infojobs.it>", USER,
      "Aggiornamento sulla tua candidatura: Responsabile di magazzino",
      "Ciao Alex,\n\nVerdemare Logistica ha deciso di proseguire con te il processo di selezione per l'offerta "
      "«Responsabile di magazzino» (Genova).\n\nRiceverai presto una proposta di colloquio.\n\nIl team di InfoJobs",
      day(13, 15)),
    t("ij7", "relayed", "cardosa", "InfoJobs <noreply@infojobs.com.br>", USER,
      "Você recebeu uma mensagem de Cardosa Tecnologia",
      "Olá, Alex!\n\nBeatriz Lopes, da Cardosa Tecnologia, enviou uma mensagem para você sobre a vaga Engenheira de "
      "dados:\n\n\"Oi Alex, tudo bem? Consegue me mandar sua pretensão salarial até sexta?\"\n\nResponder: "
      "https://www.infojobs.com.br/candidato/mensagens\n\nEquipe InfoJobs", day(16, 11, BRT)),
    t("ij8", "another employer", "none|review", "InfoJobs <noreply@infojobs.com.br>", USER,
      "A Cardosa Saúde visualizou seu currículo",
      "Olá, Alex!\n\nA empresa Cardosa Saúde visualizou seu currículo para a vaga Engenheira de dados.\n\n"
      "Equipe InfoJobs", day(17, 11, BRT)),
    t("cd1", "status", "cardosa", "InfoJobs <noreply@infojobs.com.br>", USER,
      "Novidades sobre a vaga Engenheira de dados",
      "Olá, Alex!\n\nA Cardosa Tecnologia quer seguir com o processo seletivo com você para a vaga Engenheira de "
      "dados (São Paulo).\n\nFique de olho no seu e-mail.\n\nEquipe InfoJobs", day(18, 11, BRT)),

    # ---- StepStone (Germany, the Netherlands)
    t("st1", "status", "kranich", STEPSTONE, USER,
      "Ihr Bewerbungsprozess bei Kranich Logistik GmbH",
      "Hallo Alex Doe,\n\ndie Kranich Logistik GmbH möchte den Bewerbungsprozess mit Ihnen als Disponent (m/w/d) "
      "fortsetzen und meldet sich in Kürze für einen Termin.\n\nIhr StepStone Team", day(9, 8)),
    t("st2", "relayed", "kranich", STEPSTONE, USER,
      "Neue Nachricht von Kranich Logistik GmbH",
      "Hallo Alex Doe,\n\nSabine Hartmann von der Kranich Logistik GmbH hat Ihnen eine Nachricht geschickt:\n\n"
      "„Guten Tag Herr Doe, könnten Sie uns Ihre Gehaltsvorstellung und Ihren frühesten Eintrittstermin "
      "nennen?“\n\nZur Nachricht: https://www.stepstone.de/candidate/messages\n\nIhr StepStone Team", day(10, 8)),
    t("st3", "another employer", "none|review", STEPSTONE, USER,
      "Neuigkeiten zu Ihrer Bewerbung als Disponent (m/w/d)",
      "Hallo Alex Doe,\n\ndie Kranich Bau GmbH hat Ihre Bewerbung als Disponent (m/w/d) angesehen.\n\n"
      "Ihr StepStone Team", day(11, 8)),
    t("st4", "job alert", "none", "StepStone Jobagent <jobagent@stepstone.de>", USER,
      "5 neue Jobs für Sie: Disponent (m/w/d)",
      "Hallo Alex Doe,\n\nIhr Jobagent hat neue Stellen gefunden:\n\nDisponent (m/w/d) – Kranich Logistik GmbH – "
      "Bremen\nDisponent Nahverkehr (m/w/d) – Weserfracht AG – Bremen\n\nAlle Jobs ansehen\n\nIhr StepStone Team",
      day(12, 6), headers=UNSUBSCRIBE),
    t("st5", "another role", "none|review", STEPSTONE, USER,
      "Neuigkeiten zu Ihrer Bewerbung als Lagerhelfer (m/w/d)",
      "Hallo Alex Doe,\n\ndie Kranich Logistik GmbH hat Ihre Bewerbung als Lagerhelfer (m/w/d) angesehen.\n\n"
      "Ihr StepStone Team", day(13, 8)),
    t("st6", "status", "duinwater", "StepStone <noreply@stepstone.nl>", USER,
      "Update over je sollicitatie bij Duinwater B.V.",
      "Hoi Alex,\n\nDuinwater B.V. wil graag verder met jou voor de functie Projectleider Infra (Leiden).\n\n"
      "Je hoort snel van de werkgever.\n\nTeam StepStone", day(12, 9)),
    t("st7", "another role", "none|review", "StepStone <noreply@stepstone.nl>", USER,
      "Update over je sollicitatie bij Duinwater B.V.",
      "Hoi Alex,\n\nDuinwater B.V. wil graag verder met jou voor de functie Werkvoorbereider (Leiden).\n\n"
      "Team StepStone", day(14, 9)),

    # ---- XING
    t("xi1", "relayed", "kranich", XING, USER,
      "Sabine Hartmann hat Ihnen eine Nachricht geschickt",
      "Sabine Hartmann\nRecruiterin bei Kranich Logistik GmbH\n\n„Hallo Herr Doe, danke für das angenehme "
      "Gespräch. Hätten Sie nächste Woche Zeit für ein zweites Gespräch mit unserem Leiter Disposition?“\n\n"
      "Nachricht beantworten: https://www.xing.com/chats\n\nXING", day(10, 17)),
    t("xi2", "another employer", "none|review", XING, USER,
      "Jonas Weber hat Ihnen eine Nachricht geschickt",
      "Jonas Weber\nHR Business Partner bei Kranich Bau GmbH\n\n„Hallo Herr Doe, ich habe Ihr Profil gesehen. "
      "Hätten Sie Interesse an einer Stelle als Disponent?“\n\nNachricht beantworten: https://www.xing.com/chats"
      "\n\nXING", day(11, 17)),
    t("xi3", "left employer", "review|none", XING, USER,
      "Sabine Hartmann hat Ihnen eine Nachricht geschickt",
      "Sabine Hartmann\nTeamleiterin bei Nordstern Spedition\n\n„Hallo Alex, kurze Info: ich bin jetzt bei "
      "Nordstern Spedition. Lassen Sie uns in Kontakt bleiben!“\n\nXING", day(24, 17)),

    # ---- Indeed (in English, French, Dutch, Italian)
    t("in1", "status", "fernhill", "Indeed <indeedapply@indeed.com>", USER,
      "Fernhill Analytics would like to take things further",
      "Hi Alex,\n\nGood news: Fernhill Analytics would like to move forward with you for the Data Analyst position "
      "(Bristol).\n\nThey will contact you soon to arrange the next step.\n\nIndeed", day(11, 16, UTC)),
    t("in2", "relayed", "fernhill", INDEED, USER,
      "New message from Fernhill Analytics",
      "Hi Alex,\n\nPriya Shah at Fernhill Analytics sent you a message:\n\n\"Hi Alex, could you share two "
      "references by Friday?\"\n\nReply on Indeed: https://secure.indeed.com/messages\n\nIndeed", day(12, 16, UTC)),
    t("in3", "relayed", "fernhill", "Priya Shah <reply-4e1c9a77@indeedemail.com>", USER,
      "Data Analyst - Fernhill Analytics",
      "Hi Alex,\n\nthanks for the call on Monday. Are you free on Thursday afternoon for the case study "
      "debrief?\n\nPriya Shah\nFernhill Analytics\n\n--\nSent through Indeed. Reply to this email to respond.",
      day(13, 16, UTC)),
    t("in4", "another employer", "none|review", INDEED, USER,
      "New message from Fernhill Capital",
      "Hi Alex,\n\nTom Reed at Fernhill Capital sent you a message about your application for Data Analyst:\n\n"
      "\"Hi Alex, are you still looking?\"\n\nIndeed", day(14, 16, UTC)),
    t("in5", "job alert", "none", "Indeed <alert@indeed.com>", USER,
      "Data Analyst jobs in Bristol",
      "Data Analyst\nFernhill Analytics - Bristol\nEasily apply\n\nJunior Data Analyst\nHarbourside Bank - "
      "Bristol\n\nSee more jobs\n\nIndeed", day(15, 7, UTC), headers=UNSUBSCRIBE),
    t("in6", "another role", "none|review", "Indeed <indeedapply@indeed.com>", USER,
      "Your application was viewed by Fernhill Analytics",
      "Alex, an employer viewed your application\n\nFernhill Analytics viewed your application for Marketing "
      "Analyst (Bristol).\n\nIndeed", day(16, 16, UTC)),
    t("in7", "status", "clairval", "Indeed <indeedapply@indeed.fr>", USER,
      "Clairval a consulté votre candidature",
      "Bonjour Alex,\n\nClairval a consulté votre candidature au poste de Cheffe de projet digital (H/F) à "
      "Nantes.\n\nIndeed", day(9, 18)),
    t("in8", "relayed", "duinwater", "Indeed <noreply@indeed.nl>", USER,
      "Nieuw bericht van Duinwater B.V.",
      "Hoi Alex,\n\nJoris Bakker van Duinwater B.V. heeft je een bericht gestuurd:\n\n\"Hoi Alex, schikt "
      "dinsdag om 14.00 uur voor het vervolggesprek?\"\n\nBeantwoorden via Indeed: https://nl.indeed.com/messages",
      day(13, 9)),
    t("in9", "status", "verdemare", "Indeed <indeedapply@indeed.it>", USER,
      "Verdemare Logistica ha visualizzato la tua candidatura",
      "Ciao Alex,\n\nVerdemare Logistica ha visualizzato la tua candidatura per Responsabile di magazzino "
      "(Genova).\n\nIndeed", day(12, 18)),
    t("in10", "another employer", "none|review", "Indeed <indeedapply@indeed.it>", USER,
      "Verdemare Trasporti ha visualizzato la tua candidatura",
      "Ciao Alex,\n\nVerdemare Trasporti ha visualizzato la tua candidatura per Responsabile di magazzino "
      "(La Spezia).\n\nIndeed", day(14, 18)),
    # A logged recruiter by name whose message names another logged employer: whose is it?
    t("in11", "another logged employer", "review|none", INDEED, USER,
      "New message from Montarco Seguros",
      "Hi Alex,\n\nPriya Shah at Montarco Seguros sent you a message:\n\n\"Hi Alex, I have moved on and would "
      "like to tell you about a role here.\"\n\nIndeed", day(25, 16, UTC)),
    # A logged recruiter by name, no employer named: perhaps hers, never certain.
    t("in12", "no employer", "review|none", INDEED, USER,
      "Priya Shah sent you a message",
      "Hi Alex,\n\nPriya Shah sent you a message:\n\n\"Hi Alex, do you have a minute this week?\"\n\nIndeed",
      day(26, 16, UTC)),

    # ---- Welcome to the Jungle (French, English)
    t("wj1", "status", "clairval", "Clairval via Welcome to the Jungle <no-reply@welcometothejungle.com>", USER,
      "Clairval – la suite pour le poste de Cheffe de projet digital",
      "Bonjour Alex,\n\nClairval a le plaisir de continuer le processus avec vous pour le poste de Cheffe de projet "
      "digital (H/F) – Nantes.\n\nProchaine étape : un entretien avec la directrice marketing. Réservez un créneau "
      "depuis votre espace candidat.\n\nL'équipe Clairval", day(10, 11)),
    t("wj2", "relayed", "clairval", WTTJ, USER,
      "Nouveau message de Clairval",
      "Bonjour Alex,\n\nMargaux Petit (Clairval) vous a écrit au sujet de votre candidature :\n\n« Bonjour Alex, "
      "pourriez-vous m'envoyer deux exemples de cahier des charges que vous avez rédigés ? Merci ! »\n\n"
      "Répondre : https://www.welcometothejungle.com/fr/me/messages\n\nL'équipe Welcome to the Jungle", day(11, 11)),
    t("wj3", "another employer", "none|review", WTTJ, USER,
      "Clairval Santé a mis à jour votre candidature",
      "Bonjour Alex,\n\nVotre candidature au poste de Cheffe de projet digital chez Clairval Santé est passée à "
      "l'étape « Entretien RH ».\n\nL'équipe Welcome to the Jungle", day(12, 11)),
    t("wj4", "relayed", "fernhill", WTTJ, USER,
      "Fernhill Analytics sent you a message",
      "Hi Alex,\n\nFernhill Analytics sent you a message about your application for Data Analyst:\n\n\"Hello Alex, "
      "we'd love to invite you to a final interview at our Bristol office next week.\"\n\nReply: "
      "https://www.welcometothejungle.com/en/me/messages\n\nThe Welcome to the Jungle team", day(14, 11, UTC)),
    t("wj5", "another role", "none|review", WTTJ, USER,
      "Clairval a mis à jour votre candidature",
      "Bonjour Alex,\n\nVotre candidature au poste de Chargée de communication chez Clairval est passée à l'étape "
      "« Non retenue ».\n\nL'équipe Welcome to the Jungle", day(15, 11)),
    t("wj6", "job alert", "none", "Welcome to the Jungle <hello@news.welcometothejungle.com>", USER,
      "Clairval recrute : 4 offres pour vous",
      "Bonjour Alex,\n\nCheffe de projet digital chez Clairval – Nantes\nChargée de communication chez Clairval – "
      "Nantes\n\nVoir les offres\n\nWelcome to the Jungle", day(16, 7), headers=UNSUBSCRIBE),
    t("wj7", "another role", "none|review", WTTJ, USER,
      "Nouveau message de Clairval",
      "Bonjour Alex,\n\nClairval vous a envoyé un message au sujet de votre candidature au poste de Chargée de "
      "communication :\n\n« Bonjour Alex, êtes-vous disponible lundi ? »\n\nL'équipe Welcome to the Jungle",
      day(17, 11)),
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
    root = tmp_path_factory.mktemp("boards")
    mail = [(raw_message(probe, BY_NAME), probe.sent) for probe in PROBES]
    dovecot = request.getfixturevalue("dovecot_server") if request.param == "imap" else None
    report = scan_small_mailbox(request.param, root, INTERVIEWS, mail, dovecot)
    listed = {entry["message_id"]: entry for entry in report["messages"]}
    return {probe.name: listed.get(probe.message_id, {}) for probe in PROBES}


@pytest.mark.parametrize("name", [pytest.param(p.name, id=f"{p.trap}-{p.name}") for p in PROBES])
def test_each_board_message_is_tied_where_a_careful_reader_would(
    name: str, scanned: dict[str, dict[str, Any]]
) -> None:
    probe = BY_NAME[name]
    listed = scanned[name]
    got = tie_outcome(listed)
    assert got in accepted_outcomes(probe.accept), (probe.trap, got, listed.get("reasons"), listed.get("kind"))
    if got == "review":
        assert probe.accept - {"review", "none"} <= set(listed.get("candidates", ())), listed


@pytest.mark.parametrize("name", MUST_TIE)
def test_a_tied_board_notice_is_read_for_what_it_says(name: str, scanned: dict[str, dict[str, Any]]) -> None:
    """Never a mailing: the board's sender sends alerts too, but this is the user's application."""
    assert scanned[name].get("kind") not in (None, "bulk"), (scanned[name].get("kind"), scanned[name].get("reasons"))
