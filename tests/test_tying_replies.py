"""Replies that hear back, tied to the interview they answer: small mailboxes through a real scan.

Each scenario is a mailbox of its own: an interviews file, the mail received and the mail the
user sent, delivered to a Maildir (and to a real Dovecot) and read by `watcher scan --json`.
The replies come the ways real ones do: from a recruiter's new or personal address, from
another domain of the same employer (a country domain, the parent company's or a brand's, a
careers subdomain, the mail provider a small company uses), from a hiring manager nobody
logged answering in the thread, forwarded, with thread references lost, bare or broken, through
an agency, in the same batch as the user's own mail they answer, or to two interviews at one
company. Traps that must tie nothing stand beside them: a namesake at another company, a
newsletter from the employer's domain, another employer sharing a word of its name.

A domain that only carries the employer's name (``gruppo-aurora.it``, ``northwind.jobs``, an
agency's ``talentis-group.com``) is also how look-alikes are named (tests/corpus a06): held for
review is right there too, as the mail alone cannot tell.

Each expectation says which outcomes are right for one message: an interview id, "review"
(held for a person to decide) or "none" (tied to nothing), and the kind the tied message has.
Held for review is wrong where a careful reader of the mail could tell; a tie to the wrong
interview is the worst outcome, since it would cancel another interview's follow-ups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.corpus_scan import USER, accepted_outcomes, scan_small_mailbox, tie_outcome

CET = timezone(timedelta(hours=1))
ME = f"Alex Doe <{USER}>"
LANGUAGES = frozenset({"en", "de", "fr", "es", "nl", "it", "pt"})


def day(d: int, hour: int = 10, minute: int = 0) -> datetime:
    """A moment in November 2026, Central European time."""
    return datetime(2026, 11, d, hour, minute, tzinfo=CET)


def iv(id: str, company: str, role: str, d: int, contacts: tuple[str, ...] = (), domains: tuple[str, ...] = (),
       via: str = "") -> str:
    """One ``[[interview]]`` table of the interviews file."""
    lines = ["[[interview]]", f'id = "{id}"', f'company = "{company}"', f'role = "{role}"',
             f"when = 2026-11-{d:02d}T10:00:00+01:00"]
    if contacts:
        lines.append("contacts = [" + ", ".join(f'"{c}"' for c in contacts) + "]")
    if domains:
        lines.append("domains = [" + ", ".join(f'"{d}"' for d in domains) + "]")
    if via:
        lines.append(f'via = "{via}"')
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Msg:
    """One message of a scenario; ``sender`` is None for the user's own (sent) mail."""

    name: str
    sender: str | None
    to: str
    subject: str
    body: str
    date: datetime
    parent: str = ""  # the message this one answers: In-Reply-To and References as a mailer writes them
    in_reply_to: str = ""  # raw In-Reply-To instead; "{u1}" stands for message u1's id without brackets
    references: str = ""  # raw References instead, the same way
    cc: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def sent(self) -> bool:
        return self.sender is None


@dataclass(frozen=True)
class Scenario:
    name: str
    kind: str  # which way the reply comes, for counting failures by kind
    lang: str
    interviews: str
    messages: tuple[Msg, ...]
    expect: dict[str, tuple[str, str | None]]  # message -> ("id|review|none", expected kind or None)

    def message_id(self, msg: str, bare: bool = False) -> str:
        found = next(m for m in self.messages if m.name == msg)
        domain = "example.org" if found.sent else found.sender.rsplit("@", 1)[1].rstrip(">")  # type: ignore[union-attr]
        mid = f"{self.name}.{msg}.{found.date:%H%M}@{domain}"
        return mid if bare else f"<{mid}>"


def s(name: str, kind: str, lang: str, interviews: str, messages: list[Msg], **expect: str) -> Scenario:
    """A scenario; each keyword is a message name = "outcomes[:kind]"."""
    parsed = {}
    for msg, text in expect.items():
        accept, _, want_kind = text.partition(":")
        parsed[msg] = (accept, want_kind or None)
    return Scenario(name, kind, lang, interviews, tuple(messages), parsed)


def m(name: str, sender: str | None, to: str, subject: str, body: str, date: datetime, **more: Any) -> Msg:
    return Msg(name, sender, to, subject, body, date, **more)


# Interviews that recur, each with a bystander logged beside it so that a tie has to choose.
ACME = iv("acme", "Acme Payments", "Backend Engineer", 3, ("jane.doe@acmepayments.com",), ("acmepayments.com",))
GLOBEX = iv("globex", "Globex Energy", "Data Analyst", 4, ("hr@globex-energy.com",), ("globex-energy.com",))
BRENNWERK = iv("brennwerk", "Brennwerk Energie GmbH", "Projektingenieur", 3,
               ("stefanie.koch@brennwerk-energie.de",), ("brennwerk-energie.de",))
LUMIERE = iv("lumiere", "Lumière Conseil", "Consultant Data", 4, ("claire.martin@lumiere-conseil.fr",),
             ("lumiere-conseil.fr",))
CONTOSO = iv("contoso", "Contoso Robotics", "Robotics Software Engineer", 3, ("tom.becker@contoso.com",),
             ("contoso.com",))
FABRIKAM = iv("fabrikam", "Fabrikam", "Product Designer", 2, ("j.devries@fabrikam.com",), ("fabrikam.com",))
LANTERNA = iv("lanterna", "Lanterna Software", "Sviluppatore Backend", 5, ("giulia.rossi@lanterna.it",),
              ("lanterna.it",))
MAREVERDE = iv("mareverde", "Mare Verde", "Analista de Dados", 4, ("ana.silva@recrutamento.mareverde.pt",),
               ("recrutamento.mareverde.pt",))
NORTHWIND = iv("northwind", "Northwind Traders", "Supply Chain Analyst", 5, ("olivia.grant@northwindtraders.com",),
               ("northwindtraders.com",))
DIJKSTRA = iv("dijkstra", "Dijkstra Logistiek", "Planner", 4, ("sanne@dijkstra-logistiek.nl",),
              ("dijkstra-logistiek.nl",))
HOLZMANN = iv("holzmann", "Holzmann Bau AG", "Bauleiter", 5, ("karriere@holzmann-bau.de",), ("holzmann-bau.de",))
QUILL = iv("quill", "Quillfeather Studios", "Game Designer", 4, ("r.ashworth@quillfeather.co.uk",),
           ("quillfeather.co.uk",))
KRANICH = iv("kranich", "Kranich Medien GmbH", "Redakteur", 4, ("t.hagedorn@kranich-medien.de",),
             ("kranich-medien.de",))
RIOTINTA = iv("riotinta", "Atelier Rio", "Designer Gráfico", 6, ("joana@atelier-rio.pt",), ("atelier-rio.pt",))

THANKS_EN = "Hi {who},\n\nThank you for today's interview, I enjoyed meeting the team and learning about the role.\n\nBest,\nAlex"


SCENARIOS: tuple[Scenario, ...] = (
    # ---------------------------------------------------------------- a recruiter's new or personal address
    s("s01", "personal address in thread", "en", ACME + GLOBEX, [
        m("u1", None, "Jane Doe <jane.doe@acmepayments.com>", "Thank you - Backend Engineer interview",
          THANKS_EN.format(who="Jane"), day(3, 17)),
        m("r1", "Jane Doe <janedoe.recruits@gmail.com>", ME, "Re: Thank you - Backend Engineer interview",
          "Hi Alex,\n\nWriting from my personal address as I'm travelling this week. The team would like to "
          "invite you to a final round with our CTO next Tuesday. Does 10:00 work for you?\n\nJane",
          day(5, 20), parent="u1"),
    ], r1="acme:next_step"),
    s("s02", "new corporate address in thread", "de", BRENNWERK + GLOBEX, [
        m("u1", None, "Stefanie Koch <stefanie.koch@brennwerk-energie.de>", "Vielen Dank für das Gespräch",
          "Sehr geehrte Frau Koch,\n\nvielen Dank für das freundliche Gespräch heute. Die Stelle als "
          "Projektingenieur reizt mich sehr.\n\nMit freundlichen Grüßen\nAlex Doe", day(3, 16)),
        m("r1", "Stefanie Koch <stefanie.koch@brennwerk-gruppe.de>", ME, "AW: Vielen Dank für das Gespräch",
          "Sehr geehrter Herr Doe,\n\nbitte beachten Sie meine neue E-Mail-Adresse. Gern laden wir Sie zu einem "
          "zweiten Gespräch an unserem Standort in Kassel ein. Passt Ihnen der 24. November um 14 Uhr?\n\n"
          "Mit freundlichen Grüßen\nStefanie Koch", day(9, 11), parent="u1"),
    ], r1="brennwerk:next_step"),
    s("s03", "personal address, no thread", "fr", LUMIERE + GLOBEX, [
        m("r1", "Claire Martin <claire.martin.rh@gmail.com>", ME,
          "Votre candidature - Consultant Data chez Lumière Conseil",
          "Bonjour Alex,\n\nJe vous écris depuis mon adresse personnelle car notre messagerie est en panne. "
          "Suite à votre entretien du 4 novembre pour le poste de Consultant Data chez Lumière Conseil, nous "
          "avons le plaisir de vous proposer un second entretien avec notre directeur associé. Seriez-vous "
          "disponible jeudi à 15 h ?\n\nBien cordialement,\nClaire Martin", day(9, 9)),
    ], r1="lumiere:next_step"),
    s("s04", "personal address in thread", "es",
      iv("faro", "Estudio Faro", "Diseñador UX", 4, ("lucia@estudiofaro.es",), ("estudiofaro.es",)) + GLOBEX, [
          m("u1", None, "Lucía Navarro <lucia@estudiofaro.es>", "Gracias por la entrevista",
            "Hola Lucía:\n\nMuchas gracias por la entrevista de hoy para el puesto de Diseñador UX.\n\n"
            "Un saludo,\nAlex", day(4, 18)),
          m("r1", "Lucía Navarro <lucia.navarro.m@hotmail.com>", ME, "RE: Gracias por la entrevista",
            "Hola Alex:\n\nTe escribo desde mi correo personal. Lamentablemente, hemos decidido seguir adelante "
            "con otra candidata cuyo perfil se ajusta más a lo que buscamos. Te deseamos mucha suerte.\n\n"
            "Un abrazo,\nLucía", day(11, 21), parent="u1"),
      ], r1="faro:rejection"),
    s("s05", "new corporate address, no thread", "it",
      iv("aurora", "Aurora Sistemi", "Data Engineer", 5, ("m.ferri@aurorasistemi.it",), ("aurorasistemi.it",))
      + GLOBEX, [
          m("r1", "Marta Ferri <marta.ferri@gruppo-aurora.it>", ME, "Aurora Sistemi - colloquio Data Engineer",
            "Gentile Alex,\n\ndopo la fusione scrivo dal nuovo indirizzo del Gruppo Aurora. Grazie per il "
            "colloquio del 5 novembre per la posizione di Data Engineer in Aurora Sistemi: siamo lieti di "
            "invitarla a un secondo colloquio con il responsabile tecnico. Le andrebbe bene giovedì alle 11?\n\n"
            "Cordiali saluti,\nMarta Ferri", day(10, 9)),
      ], r1="aurora|review:next_step"),
    s("s06", "personal address in thread", "nl", DIJKSTRA + GLOBEX, [
        m("u1", None, "Sanne <sanne@dijkstra-logistiek.nl>", "Bedankt voor het gesprek",
          "Hoi Sanne,\n\nBedankt voor het fijne gesprek vandaag over de functie van Planner.\n\nGroet,\nAlex",
          day(4, 17)),
        m("r1", "Sanne de Wit <sannedewit@ziggo.nl>", ME, "Re: Bedankt voor het gesprek",
          "Hoi Alex,\n\nIk mail even vanaf mijn privéadres. Goed nieuws: we willen je graag een aanbod doen "
          "voor de functie van Planner. Het contract volgt deze week.\n\nGroet,\nSanne", day(12, 19),
          parent="u1"),
    ], r1="dijkstra:offer"),
    s("s07", "personal address in thread", "pt", MAREVERDE + GLOBEX, [
        m("u1", None, "Ana Silva <ana.silva@recrutamento.mareverde.pt>", "Obrigado pela entrevista",
          "Olá Ana,\n\nMuito obrigado pela entrevista de hoje para a vaga de Analista de Dados.\n\n"
          "Cumprimentos,\nAlex", day(4, 18)),
        m("r1", "Ana Silva <anasilva.rh@sapo.pt>", ME, "Re: Obrigado pela entrevista",
          "Olá Alex,\n\nEscrevo do meu email pessoal. Gostaríamos de o convidar para uma segunda entrevista com "
          "a diretora da equipa. Tem disponibilidade na próxima quarta-feira às 10h?\n\nCumprimentos,\nAna",
          day(10, 20), parent="u1"),
    ], r1="mareverde:next_step"),

    # ---------------------------------------------------------------- another domain of the same employer
    s("s08", "country domain", "es", CONTOSO + GLOBEX, [
        m("r1", "Lucía Gómez <lucia.gomez@contoso.es>", ME, "Tu candidatura en Contoso Robotics",
          "Hola Alex:\n\nGracias por la entrevista del martes con el equipo de Contoso Robotics en Madrid para "
          "el puesto de Robotics Software Engineer. Lamentamos comunicarte que hemos decidido continuar con "
          "otros candidatos.\n\nUn saludo,\nLucía Gómez\nContoso Robotics España", day(12, 9)),
    ], r1="contoso:rejection"),
    s("s09", "country domain", "nl", FABRIKAM + GLOBEX, [
        m("r1", "Werving Fabrikam <werving@fabrikam.nl>", ME, "Uitnodiging tweede gesprek",
          "Beste Alex,\n\nBedankt voor het gesprek van afgelopen maandag over de functie van Product Designer. "
          "We nodigen je graag uit voor een tweede gesprek op ons kantoor in Utrecht. Past donderdag 26 "
          "november om 14:00?\n\nMet vriendelijke groet,\nWerving & Selectie\nFabrikam Nederland B.V.",
          day(9, 10)),
    ], r1="fabrikam:next_step"),
    s("s10", "careers subdomain", "it", LANTERNA + GLOBEX, [
        m("r1", "Selezione Lanterna <selezione@careers.lanterna.it>", ME,
          "Colloquio tecnico - Sviluppatore Backend",
          "Gentile Alex,\n\ngrazie per il colloquio per la posizione di Sviluppatore Backend. Siamo lieti di "
          "invitarla a un secondo colloquio tecnico con il team. Può indicarci la sua disponibilità per la "
          "prossima settimana?\n\nCordiali saluti,\nUfficio Selezione\nLanterna Software", day(10, 11)),
    ], r1="lanterna:next_step"),
    s("s11", "parent domain", "pt", MAREVERDE + GLOBEX, [
        m("r1", "João Costa <joao.costa@mareverde.pt>", ME, "Proposta - Analista de Dados",
          "Olá Alex,\n\nObrigado pela entrevista para a vaga de Analista de Dados na Mare Verde. Temos o prazer "
          "de lhe apresentar uma proposta de contratação: segue em anexo a carta com as condições.\n\n"
          "Cumprimentos,\nJoão Costa\nDiretor de Dados, Mare Verde", day(13, 10)),
    ], r1="mareverde:offer"),
    s("s12", "brand domain", "en", NORTHWIND + ACME, [
        m("r1", "Northwind Talent <talent@northwind.jobs>", ME, "Your final interview - Supply Chain Analyst",
          "Hi Alex,\n\nThank you for interviewing for the Supply Chain Analyst role at Northwind Traders last "
          "week. The hiring team would like to invite you to a final interview with our VP of Operations. "
          "Could you share your availability for next week?\n\nBest regards,\nNorthwind Traders Talent "
          "Acquisition", day(11, 10)),
    ], r1="northwind|review:next_step"),
    s("s13", "group domain", "de", BRENNWERK + HOLZMANN, [
        m("r1", "Personal Stadtwerke Gruppe <personal@stadtwerke-gruppe.de>", ME,
          "Ihre Bewerbung als Projektingenieur bei der Brennwerk Energie GmbH",
          "Sehr geehrter Herr Doe,\n\ndie Personalabteilung der Stadtwerke Gruppe betreut die Auswahl für "
          "unsere Tochter Brennwerk Energie GmbH. Nach Ihrem Gespräch als Projektingenieur am 3. November "
          "müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.\n\n"
          "Mit freundlichen Grüßen\nPersonalabteilung", day(16, 9)),
    ], r1="brennwerk:rejection"),
    s("s14", "provider of a small company", "fr",
      iv("dupain", "Boulangerie Dupain", "Responsable boutique", 5, ("boulangerie.dupain@orange.fr",)) + LUMIERE, [
          m("u1", None, "Boulangerie Dupain <boulangerie.dupain@orange.fr>", "Merci pour l'entretien",
            "Bonjour,\n\nMerci pour l'entretien de ce matin pour le poste de responsable boutique.\n\n"
            "Cordialement,\nAlex Doe", day(5, 15)),
          m("r1", "Marc Dupain <marc.dupain@orange.fr>", ME, "RE: Merci pour l'entretien",
            "Bonjour Alex,\n\nC'est Marc, le gérant. Nous aimerions vous revoir pour une journée d'essai samedi "
            "prochain. Êtes-vous disponible ?\n\nMarc", day(8, 19), parent="u1"),
          m("r2", "Christine Lemoine <christine.lemoine@orange.fr>", ME, "Soirée de quartier",
            "Bonjour à tous,\n\nLa soirée de quartier aura lieu samedi à 19 h. Apportez un plat !\n\n"
            "Christine", day(9, 12)),
      ], r1="dupain:next_step", r2="none"),
    s("s15", "provider of a small company", "es",
      iv("faro", "Estudio Faro", "Diseñador UX", 4, ("estudiofaro@gmail.com",)) + GLOBEX, [
          m("r1", "Pablo Ruiz <pablo.ruiz.faro@gmail.com>", ME, "Segunda entrevista Diseñador UX - Estudio Faro",
            "Hola Alex:\n\nSoy Pablo, socio de Estudio Faro. Gracias por la entrevista del miércoles para el "
            "puesto de Diseñador UX. Nos gustaría que vinieras a una segunda entrevista el lunes a las 12:00. "
            "¿Te viene bien?\n\nPablo", day(9, 18)),
          m("r2", "Pablo <pablo.gmz88@gmail.com>", ME, "¿Partido el jueves?",
            "¡Hola! ¿Te apuntas al partido del jueves? Nos falta uno.\n\nPablo", day(10, 22)),
      ], r1="faro:next_step", r2="none"),
    s("s16", "country domain", "fr", CONTOSO + LUMIERE, [
        m("r1", "Contoso Robotics France <recrutement@contoso.fr>", ME,
          "Votre candidature Robotics Software Engineer",
          "Bonjour Alex,\n\nMerci pour votre entretien avec notre équipe. Après mûre réflexion, nous avons le "
          "regret de vous informer que votre candidature n'a pas été retenue.\n\nCordialement,\nL'équipe "
          "recrutement\nContoso Robotics France", day(13, 9)),
    ], r1="contoso:rejection"),
    s("s17", "careers subdomain", "en", ACME + GLOBEX, [
        m("r1", "Acme Payments Careers <careers@jobs.acmepayments.com>", ME, "Next steps for the Backend Engineer role",
          "Hi Alex,\n\nThanks for meeting the team. We'd like to move you to the next stage: a take-home "
          "exercise, followed by a review call. Please reply with a date that suits you.\n\nAcme Payments "
          "Recruiting", day(6, 10)),
    ], r1="acme:next_step"),

    # ---------------------------------------------------------------- someone nobody logged, in the thread
    s("s18", "hiring manager in thread", "en", ACME + GLOBEX, [
        m("u1", None, "Jane Doe <jane.doe@acmepayments.com>", "Thank you - Backend Engineer interview",
          THANKS_EN.format(who="Jane"), day(3, 17)),
        m("r1", "Dan Lee <dan@acme-payments.io>", ME, "Re: Thank you - Backend Engineer interview",
          "Hi Alex,\n\nDan here, the engineering manager; Jane looped me in. We'd love to make you an offer. "
          "Jane will send the written offer tomorrow.\n\nDan", day(6, 9), parent="u1",
          cc="Jane Doe <jane.doe@acmepayments.com>"),
    ], r1="acme:offer"),
    s("s19", "colleague in thread, other domain", "de", HOLZMANN + BRENNWERK, [
        m("u1", None, "Holzmann Karriere <karriere@holzmann-bau.de>", "Rückfrage zum Bewerbungsgespräch",
          "Sehr geehrte Damen und Herren,\n\nvielen Dank für das Gespräch am 5. November. Darf ich fragen, wann "
          "ich mit einer Rückmeldung rechnen kann?\n\nMit freundlichen Grüßen\nAlex Doe", day(12, 9)),
        m("r1", "Thomas Berger <t.berger@holzmann-digital.de>", ME, "AW: Rückfrage zum Bewerbungsgespräch",
          "Hallo Herr Doe,\n\nich leite das Team, für das Sie sich beworben haben. Wir möchten Sie gern zu einem "
          "zweiten Gespräch auf der Baustelle in Fulda einladen. Passt Ihnen Dienstag, der 17. November?\n\n"
          "Viele Grüße\nThomas Berger", day(13, 8), parent="u1"),
    ], r1="holzmann:next_step"),
    s("s20", "colleague in thread, company domain", "nl", DIJKSTRA + FABRIKAM, [
        m("u1", None, "Sanne <sanne@dijkstra-logistiek.nl>", "Vraag over de procedure",
          "Hoi Sanne,\n\nIk wilde even vragen hoe het staat met mijn sollicitatie voor de functie van Planner."
          "\n\nGroet,\nAlex", day(11, 9)),
        m("r1", "Pieter Bakker <pieter.bakker@dijkstra-logistiek.nl>", ME, "RE: Vraag over de procedure",
          "Hallo Alex,\n\nSanne is deze week afwezig. Helaas hebben we besloten om niet verder te gaan met je "
          "sollicitatie; we hebben gekozen voor een kandidaat met meer ervaring.\n\nMet vriendelijke groet,\n"
          "Pieter Bakker", day(12, 14), parent="u1"),
    ], r1="dijkstra:rejection"),
    s("s21", "user writes to a new address in the thread", "it", LANTERNA + GLOBEX, [
        m("r0", "Giulia Rossi <giulia.rossi@lanterna.it>", ME, "Colloquio tecnico",
          "Gentile Alex,\n\nle presento Marco Bianchi, il responsabile tecnico: vi sentirete direttamente per "
          "fissare il colloquio tecnico.\n\nCordiali saluti,\nGiulia", day(6, 10)),
        m("u1", None, "Marco Bianchi <marco.bianchi.dev@gmail.com>", "Re: Colloquio tecnico",
          "Buongiorno Marco,\n\ngrazie a Giulia per il contatto. Sono disponibile martedì o mercoledì "
          "pomeriggio per il colloquio tecnico.\n\nCordiali saluti,\nAlex", day(6, 15), parent="r0"),
        m("r1", "Marco Bianchi <marco.bianchi.dev@gmail.com>", ME, "Re: Colloquio tecnico",
          "Ciao Alex,\n\nperfetto, facciamo mercoledì 11 novembre alle 15:00 in videochiamata. Ti mando il link."
          "\n\nMarco", day(7, 9), parent="u1"),
    ], u1="lanterna", r1="lanterna:next_step"),
    s("s22", "user writes to a new address in the thread", "en", NORTHWIND + ACME, [
        m("r0", "Olivia Grant <olivia.grant@northwindtraders.com>", ME, "Introducing Sam",
          "Hi Alex,\n\nAs promised, introducing Sam Patel, who leads the analytics team. Sam, over to you.\n\n"
          "Olivia", day(6, 10)),
        m("u1", None, "Sam Patel <sam.patel.ops@outlook.com>", "Re: Introducing Sam",
          "Hi Sam,\n\nThank you for taking the time to speak with me yesterday, I really enjoyed our "
          "conversation about the supply chain models.\n\nBest,\nAlex", day(9, 17), parent="r0"),
    ], u1="northwind:thank_you"),
    s("s23", "hiring manager, company domain, no thread", "pt", RIOTINTA + MAREVERDE, [
        m("r1", "Rui Alves <rui@atelier-rio.pt>", ME, "A sua candidatura",
          "Olá Alex,\n\nSou o Rui, diretor criativo do Atelier Rio. Depois da entrevista com a Joana, "
          "decidimos avançar com outro candidato para a vaga de Designer Gráfico. Obrigado pelo seu tempo.\n\n"
          "Rui", day(12, 17)),
    ], r1="riotinta:rejection"),

    # ---------------------------------------------------------------- forwarded replies
    s("s24", "forwarded reply", "en", ACME + GLOBEX, [
        m("r1", "Jane Doe <jane.doe@acmepayments.com>", ME, "Fwd: Feedback on Alex Doe",
          "Hi Alex,\n\nPassing on what Dan wrote, great news!\n\nJane\n\n---------- Forwarded message ---------\n"
          "From: Dan Lee <dan.lee@acmepayments.com>\nDate: Mon, 9 Nov 2026 at 09:12\nSubject: Feedback on Alex "
          "Doe\nTo: Jane Doe <jane.doe@acmepayments.com>\n\nJane, the panel was unanimous: let's make Alex an "
          "offer for the Backend Engineer role.\n", day(9, 11)),
    ], r1="acme:offer"),
    s("s25", "forwarded reply", "fr", LUMIERE + CONTOSO, [
        m("r1", "Paul Girard <paul.girard@lumiere-conseil.fr>", ME, "TR: Votre candidature",
          "Bonjour Alex,\n\nClaire est absente, je vous transfère sa réponse.\n\nPaul\n\n-------- Message "
          "transféré --------\nDe : Claire Martin <claire.martin@lumiere-conseil.fr>\nObjet : Votre "
          "candidature\n\nBonjour Alex, nous avons le regret de vous informer que nous ne donnerons pas suite à "
          "votre candidature pour le poste de Consultant Data.\n", day(12, 10)),
    ], r1="lumiere:rejection"),
    s("s26", "forwarded reply from a personal address", "es", CONTOSO + GLOBEX, [
        m("u1", None, "Tom Becker <tom.becker@contoso.com>", "Gracias por la entrevista",
          "Hola Tom,\n\nGracias por la entrevista de hoy para el puesto de Robotics Software Engineer.\n\n"
          "Saludos,\nAlex", day(3, 18)),
        m("r1", "Tom Becker <tombecker.home@gmail.com>", ME, "RV: Gracias por la entrevista",
          "Hola Alex:\n\nTe reenvío desde mi correo personal la respuesta del equipo: quieren hacerte una "
          "segunda entrevista técnica el jueves a las 16:00.\n\nTom\n\n-----Mensaje original-----\nDe: Alex Doe "
          "<user@example.org>\nAsunto: Gracias por la entrevista\n\nHola Tom, gracias por la entrevista de hoy.",
          day(9, 21), parent="u1"),
    ], r1="contoso:next_step"),
    s("s27", "forwarded reply", "nl", FABRIKAM + DIJKSTRA, [
        m("r1", "Joost de Vries <j.devries@fabrikam.com>", ME, "Fwd: Terugkoppeling Product Designer",
          "Hoi Alex,\n\nHieronder de terugkoppeling van het team.\n\nJoost\n\n---------- Doorgestuurd bericht "
          "---------\nVan: Eva Smit <eva.smit@fabrikam.com>\nOnderwerp: Terugkoppeling Product Designer\n\n"
          "We willen Alex graag uitnodigen voor een laatste gesprek met de directie.\n", day(10, 15)),
    ], r1="fabrikam:next_step"),

    # ---------------------------------------------------------------- thread references lost, bare or broken
    s("s28", "references lost, subject answers own mail", "en",
      iv("fabrikam", "Fabrikam Analytics", "Machine Learning Engineer", 3, ("priya.shah@fabrikam-analytics.com",),
         ("fabrikam-analytics.com",)) + ACME, [
          m("u1", None, "Priya Shah <priya.shah@fabrikam-analytics.com>",
            "Thank you - Machine Learning Engineer interview", THANKS_EN.format(who="Priya"), day(3, 17)),
          m("r1", "Priya Shah <priya@fabrikam.ai>", ME, "Re: Thank you - Machine Learning Engineer interview",
            "Hi Alex,\n\nThanks for your note (we moved to a new domain this week). We'd like you to meet our VP "
            "of Engineering next week. Are Tuesday or Wednesday afternoon possible?\n\nPriya", day(6, 9)),
      ], r1="fabrikam:next_step"),
    s("s29", "references lost, body names company", "de", BRENNWERK + HOLZMANN, [
        m("u1", None, "Stefanie Koch <stefanie.koch@brennwerk-energie.de>", "Danke für das Gespräch - Projektingenieur",
          "Sehr geehrte Frau Koch,\n\nherzlichen Dank für das Gespräch heute.\n\nMit freundlichen Grüßen\n"
          "Alex Doe", day(3, 16)),
        m("r1", "Stefanie Koch <s.koch@web.de>", ME, "AW: Danke für das Gespräch - Projektingenieur",
          "Hallo Herr Doe,\n\nich schreibe Ihnen von meiner privaten Adresse, da ich im Urlaub bin. Die Brennwerk "
          "Energie möchte Ihnen ein Angebot für die Stelle als Projektingenieur machen; der Vertrag kommt "
          "nächste Woche.\n\nBeste Grüße\nStefanie Koch", day(10, 18)),
    ], r1="brennwerk:offer"),
    s("s30", "bare-id In-Reply-To", "pt", MAREVERDE + GLOBEX, [
        m("u1", None, "Ana Silva <ana.silva@recrutamento.mareverde.pt>", "Agradecimento - Analista de Dados",
          "Olá Ana,\n\nObrigado pela conversa de hoje.\n\nCumprimentos,\nAlex", day(4, 17)),
        m("r1", "Ana Silva <ana.silva.75@gmail.com>", ME, "Re: Agradecimento - Analista de Dados",
          "Olá Alex,\n\nInfelizmente decidimos não avançar com a sua candidatura. Desejamos-lhe muito sucesso."
          "\n\nAna", day(11, 19), in_reply_to="{u1}", references="{u1}"),
    ], r1="mareverde:rejection"),
    s("s31", "broken References", "it", LANTERNA + GLOBEX, [
        m("u1", None, "Giulia Rossi <giulia.rossi@lanterna.it>", "Grazie per il colloquio",
          "Gentile Giulia,\n\ngrazie per il colloquio di oggi.\n\nCordiali saluti,\nAlex", day(5, 17)),
        m("r1", "Giulia Rossi <giulia.rossi.hr@libero.it>", ME, "R: Grazie per il colloquio",
          "Ciao Alex,\n\nti scrivo dal mio indirizzo personale: il team vorrebbe farti un'offerta per la "
          "posizione di Sviluppatore Backend. Ti chiamo domani per i dettagli.\n\nGiulia", day(12, 20),
          in_reply_to="", references="<unrelated.old@lanterna.it> <{u1}"),
    ], r1="lanterna:offer"),
    s("s32", "References with comments", "nl", DIJKSTRA + FABRIKAM, [
        m("u1", None, "Sanne <sanne@dijkstra-logistiek.nl>", "Nog een vraag",
          "Hoi Sanne,\n\nIs er al nieuws over mijn sollicitatie als Planner?\n\nGroet,\nAlex", day(10, 9)),
        m("r1", "Sanne de Wit <sanne.dewit@kpnmail.nl>", ME, "Re: Nog een vraag",
          "Hoi Alex,\n\nJa! We willen je uitnodigen voor een tweede gesprek met de operationeel directeur. Kun "
          "je volgende week dinsdag om 10:00?\n\nSanne", day(11, 20),
          in_reply_to="{u1} (Alex Doe's message)", references="(thread) {u1}"),
    ], r1="dijkstra:next_step"),
    s("s33", "'Your message of' In-Reply-To", "en", NORTHWIND + ACME, [
        m("u1", None, "Olivia Grant <olivia.grant@northwindtraders.com>", "Following up",
          "Hi Olivia,\n\nI wanted to follow up on my interview for the Supply Chain Analyst role last week.\n\n"
          "Best,\nAlex", day(12, 9)),
        m("r1", "Olivia Grant <ogrant@nw-mail.net>", ME, "Re: Following up",
          "Hi Alex,\n\nSorry for the delay. Unfortunately the team has decided not to move forward with your "
          "application. Thank you for your interest.\n\nOlivia", day(13, 15),
          in_reply_to='Your message of "Thu, 12 Nov 2026 09:00:00 +0100" <{u1}>', references=""),
    ], r1="northwind:rejection"),
    s("s34", "bare-id References", "fr", LUMIERE + CONTOSO, [
        m("u1", None, "Claire Martin <claire.martin@lumiere-conseil.fr>", "Relance candidature",
          "Bonjour Claire,\n\nJe me permets de revenir vers vous au sujet de ma candidature.\n\nCordialement,\n"
          "Alex", day(12, 9)),
        m("r1", "C. Martin <c.martin@free.fr>", ME, "Re: Relance candidature",
          "Bonjour Alex,\n\nMerci pour votre patience. Nous souhaitons vous proposer un entretien final avec le "
          "directeur associé le 20 novembre à 10 h.\n\nClaire", day(13, 19),
          in_reply_to="", references="{u1}"),
    ], r1="lumiere:next_step"),
    s("s35", "references lost, subject names company and role", "es", CONTOSO + GLOBEX, [
        m("r1", "Marta Ibáñez <marta.ibanez.rrhh@gmail.com>", ME,
          "Contoso Robotics - Robotics Software Engineer: siguiente paso",
          "Hola Alex:\n\nSoy Marta, de selección en Contoso Robotics (escribo desde mi cuenta personal por un "
          "problema con el correo). El equipo quiere invitarte a la entrevista final el lunes 16 a las 11:00."
          "\n\nUn saludo,\nMarta", day(11, 8)),
    ], r1="contoso:next_step"),

    # ---------------------------------------------------------------- agencies
    s("s36", "agency colleague", "en",
      iv("tailspin", "Tailspin Toys", "Frontend Engineer", 5, (), ("tailspintoys.com",),
         via="laura.kim@brightpath-talent.com") + ACME, [
          m("r1", "Tom Reed <tom.reed@brightpath-talent.com>", ME, "Tailspin Toys - second round",
            "Hi Alex,\n\nI'm covering for Laura this week. Tailspin Toys would like you back for a second round "
            "on Thursday at 2pm. Shall I confirm?\n\nTom", day(9, 10)),
      ], r1="tailspin:next_step"),
    s("s37", "agency, one client", "de",
      iv("wingtip", "Wingtip Logistik", "Plattform-Ingenieur", 5, (), ("wingtip-logistik.de",),
         via="j.hoffmann@talentwerk.de") + BRENNWERK, [
          m("r1", "Julia Hoffmann <j.hoffmann@talentwerk.de>", ME, "Rückmeldung vom Kunden",
            "Hallo Alex,\n\nder Kunde hat sich gemeldet: Leider haben sie sich für einen anderen Kandidaten "
            "entschieden. Ich melde mich, sobald ich etwas Passendes habe.\n\nViele Grüße\nJulia", day(12, 11)),
      ], r1="wingtip:rejection"),
    s("s38", "agency, other domain", "fr",
      iv("vertbois", "Vertbois Industrie", "Ingénieur méthodes", 5, (), ("vertbois.fr",),
         via="sophie.durand@talentis.fr") + LUMIERE, [
          m("r1", "Sophie Durand <sophie.durand@talentis-group.com>", ME,
            "Vertbois Industrie - retour sur votre entretien",
            "Bonjour Alex,\n\nBonne nouvelle : Vertbois Industrie souhaite vous faire une offre pour le poste "
            "d'Ingénieur méthodes. Je vous appelle demain pour en parler.\n\nSophie\nTalentis Group",
            day(11, 10)),
      ], r1="vertbois|review:offer"),
    s("s39", "agency, personal address in thread", "es",
      iv("sureste", "Logística Sureste", "Jefe de Almacén", 5, (), ("logisticasureste.es",),
         via="carmen@seleccionplus.es") + GLOBEX, [
          m("u1", None, "Carmen <carmen@seleccionplus.es>", "Entrevista con Logística Sureste",
            "Hola Carmen:\n\nGracias por organizar la entrevista de hoy con Logística Sureste.\n\nUn saludo,\n"
            "Alex", day(5, 18)),
          m("r1", "Carmen Vidal <carmenvidal.sel@gmail.com>", ME, "Re: Entrevista con Logística Sureste",
            "Hola Alex:\n\nEl cliente quiere verte otra vez para una segunda entrevista el martes a las 9:30. "
            "¿Te lo confirmo?\n\nCarmen", day(10, 21), parent="u1"),
      ], r1="sureste:next_step"),

    # ---------------------------------------------------------------- the reply and the mail it answers in one batch
    s("s40", "same batch, new address", "en", ACME + GLOBEX, [
        m("u1", None, "Jane Doe <jane.doe@acmepayments.com>", "Checking in",
          "Hi Jane,\n\nI hope you're well. Is there any news on the Backend Engineer role?\n\nBest,\nAlex",
          day(12, 9)),
        m("r1", "Raj Mehta <raj.mehta@acme-pay.co>", ME, "Re: Checking in",
          "Hi Alex,\n\nRaj from Acme Payments, I took over from Jane. Thank you for your patience. After careful "
          "consideration we have decided not to proceed with your application.\n\nKind regards,\nRaj",
          day(12, 15), parent="u1"),
    ], r1="acme:rejection"),
    s("s41", "same batch, new domain", "de", HOLZMANN + BRENNWERK, [
        m("u1", None, "Holzmann Karriere <karriere@holzmann-bau.de>", "Vielen Dank für das Gespräch",
          "Sehr geehrte Damen und Herren,\n\nvielen Dank für das Gespräch als Bauleiter.\n\nMit freundlichen "
          "Grüßen\nAlex Doe", day(5, 17)),
        m("r1", "Holzmann Gruppe HR <hr@holzmann-gruppe.com>", ME, "AW: Vielen Dank für das Gespräch",
          "Sehr geehrter Herr Doe,\n\nwir freuen uns, Ihnen die Stelle als Bauleiter anbieten zu können. Den "
          "Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.\n\nMit freundlichen Grüßen\nHolzmann "
          "Gruppe, Personal", day(11, 9), parent="u1"),
    ], r1="holzmann:offer"),
    s("s42", "same batch, new address", "it", LANTERNA + GLOBEX, [
        m("u1", None, "Giulia Rossi <giulia.rossi@lanterna.it>", "Aggiornamento candidatura",
          "Gentile Giulia,\n\nvolevo chiederle se ci sono novità sulla mia candidatura.\n\nCordiali saluti,\nAlex",
          day(13, 9)),
        m("r1", "Luca Moretti <luca.moretti@lanterna-group.com>", ME, "Re: Aggiornamento candidatura",
          "Gentile Alex,\n\nsono Luca, responsabile del team. Purtroppo abbiamo deciso di proseguire con altri "
          "candidati. La ringraziamo per il tempo dedicato.\n\nCordiali saluti,\nLuca Moretti", day(13, 16),
          parent="u1"),
    ], r1="lanterna:rejection"),
    s("s43", "same batch, new address", "pt", RIOTINTA + MAREVERDE, [
        m("u1", None, "Joana <joana@atelier-rio.pt>", "Obrigado pela entrevista",
          "Olá Joana,\n\nObrigado pela entrevista de hoje para Designer Gráfico.\n\nAbraço,\nAlex", day(6, 17)),
        m("r1", "Joana Ribeiro <joana.ribeiro.design@gmail.com>", ME, "Re: Obrigado pela entrevista",
          "Olá Alex,\n\nGostaríamos de o convidar para uma segunda conversa com o Rui na próxima segunda-feira "
          "às 15h. Pode ser?\n\nJoana", day(9, 10), parent="u1"),
    ], r1="riotinta:next_step"),

    # ---------------------------------------------------------------- two interviews at one company
    s("s44", "two roles, by role", "en",
      iv("lit-be", "Litware", "Backend Engineer", 9, ("sofia.martin@litware.io",), ("litware.io",))
      + iv("lit-data", "Litware", "Data Platform Lead", 16, ("sofia.martin@litware.io",), ("litware.io",)), [
          m("r1", "Sofia Martin <sofia.martin@litware.io>", ME, "Data Platform Lead - final round",
            "Hi Alex,\n\nThe panel would like to invite you to a final round for the Data Platform Lead role. "
            "Are you free on Monday?\n\nSofia", day(18, 11)),
          m("r2", "Litware Recruiting <recruiting@litware.io>", ME, "Backend Engineer - decision",
            "Hi Alex,\n\nThank you for interviewing for the Backend Engineer position. We have decided to go "
            "with another candidate.\n\nLitware Recruiting", day(19, 11)),
      ], r1="lit-data:next_step", r2="lit-be:rejection"),
    s("s45", "two roles, by thread", "de",
      iv("hz-bl", "Holzmann Bau AG", "Bauleiter", 5, ("karriere@holzmann-bau.de",), ("holzmann-bau.de",))
      + iv("hz-kalk", "Holzmann Bau AG", "Kalkulator", 12, ("karriere@holzmann-bau.de",), ("holzmann-bau.de",)), [
          m("u1", None, "Holzmann Karriere <karriere@holzmann-bau.de>", "Danke - Gespräch Kalkulator",
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für das Gespräch heute.\n\nMit freundlichen Grüßen\n"
            "Alex Doe", day(12, 17)),
          m("r1", "Karin Lang <k.lang@holzmann-bau.de>", ME, "AW: Danke - Gespräch Kalkulator",
            "Hallo Herr Doe,\n\nwir würden Sie gern zu einem zweiten Gespräch einladen. Passt Ihnen Mittwoch um "
            "10 Uhr?\n\nKarin Lang", day(16, 9), parent="u1"),
      ], r1="hz-kalk:next_step"),
    s("s46", "two roles, cannot tell", "fr",
      iv("lum-data", "Lumière Conseil", "Consultant Data", 4, ("claire.martin@lumiere-conseil.fr",),
         ("lumiere-conseil.fr",))
      + iv("lum-pm", "Lumière Conseil", "Chef de projet", 10, ("claire.martin@lumiere-conseil.fr",),
           ("lumiere-conseil.fr",)), [
          m("r1", "Claire Martin <claire.martin@lumiere-conseil.fr>", ME, "Vos candidatures",
            "Bonjour Alex,\n\nMerci pour vos entretiens. Nous reviendrons vers vous la semaine prochaine avec une "
            "décision.\n\nClaire", day(13, 10)),
      ], r1="review"),
    s("s47", "two roles, new address in thread", "nl",
      iv("dk-plan", "Dijkstra Logistiek", "Planner", 4, ("sanne@dijkstra-logistiek.nl",), ("dijkstra-logistiek.nl",))
      + iv("dk-an", "Dijkstra Logistiek", "Data-analist", 11, ("sanne@dijkstra-logistiek.nl",),
           ("dijkstra-logistiek.nl",)), [
          m("u1", None, "Sanne <sanne@dijkstra-logistiek.nl>", "Bedankt - gesprek Data-analist",
            "Hoi Sanne,\n\nBedankt voor het gesprek van vandaag.\n\nGroet,\nAlex", day(11, 16)),
          m("r1", "Femke Jansen <femke.jansen@gmail.com>", ME, "Re: Bedankt - gesprek Data-analist",
            "Hoi Alex,\n\nIk ben Femke, teamleider data. We willen je graag aanbieden om bij ons te beginnen als "
            "data-analist; Sanne stuurt het aanbod.\n\nGroet,\nFemke", day(16, 20), parent="u1"),
      ], r1="dk-an:offer"),
    s("s48", "two roles, personal address naming the role", "es",
      iv("sur-alm", "Logística Sureste", "Jefe de Almacén", 5, ("rrhh@logisticasureste.es",),
         ("logisticasureste.es",))
      + iv("sur-tr", "Logística Sureste", "Planificador de Transporte", 12, ("rrhh@logisticasureste.es",),
           ("logisticasureste.es",)), [
          m("r1", "Logística Sureste RRHH <rrhh@logisticasureste.es>", ME, "Planificador de Transporte: oferta",
            "Hola Alex:\n\nNos alegra ofrecerte el puesto de Planificador de Transporte. Adjuntamos la oferta con "
            "las condiciones.\n\nUn saludo,\nRecursos Humanos", day(18, 10)),
      ], r1="sur-tr:offer"),

    # ---------------------------------------------------------------- traps: nothing to tie
    s("t01", "trap: namesake at another company", "en", ACME + GLOBEX, [
        m("r1", "Jane <jane@proseware.com>", ME, "Your application at Proseware",
          "Hi Alex,\n\nThanks for applying to Proseware. We'd like to schedule a first call about the Backend "
          "Engineer opening.\n\nJane", day(12, 10)),
    ], r1="none"),
    s("t02", "trap: newsletter from the employer's domain", "de", BRENNWERK + HOLZMANN, [
        m("r1", "Brennwerk Energie <newsletter@brennwerk-energie.de>", ME, "Brennwerk Energie Kundenbrief November",
          "Liebe Kundinnen und Kunden,\n\nim November senken wir die Grundgebühr. Alle Neuigkeiten in unserem "
          "Kundenbrief.\n\nAbmelden: https://brennwerk-energie.de/abmelden", day(14, 7),
          headers={"List-Unsubscribe": "<https://brennwerk-energie.de/abmelden>", "Precedence": "bulk"}),
    ], r1="none"),
    s("t03", "trap: another employer sharing a word", "fr", LUMIERE + CONTOSO, [
        m("r1", "Lumière Assurances <recrutement@lumiere-assurances.fr>", ME, "Votre candidature chez Lumière Assurances",
          "Bonjour Alex,\n\nNous vous remercions de votre candidature. Nous avons le regret de vous informer "
          "qu'elle n'a pas été retenue.\n\nLumière Assurances", day(13, 10)),
    ], r1="none"),
    s("t04", "trap: job alert naming the employer", "es", CONTOSO + GLOBEX, [
        m("r1", "LinkedIn Empleos <jobalerts-noreply@linkedin.com>", ME, "Contoso Robotics busca: Ingeniero de Software",
          "Nuevos empleos que coinciden con tus preferencias:\n\nIngeniero de Software - Contoso Robotics - "
          "Madrid\nRobotics Software Engineer - Contoso Robotics - Barcelona\n\nVer todos los empleos",
          day(14, 6), headers={"List-Unsubscribe": "<https://www.linkedin.com/unsub>"}),
    ], r1="none"),
    s("t05", "trap: namesake on a personal address", "it", LANTERNA + GLOBEX, [
        m("r1", "Giulia Rossi <giulia.rossi1990@gmail.com>", ME, "Cena sabato?",
          "Ciao Alex!\n\nSabato organizzo una cena a casa mia, vieni? Porta pure qualcuno.\n\nGiulia",
          day(12, 19)),
    ], r1="none"),
    s("t06", "trap: another employer sharing a word on a platform", "nl", DIJKSTRA + FABRIKAM, [
        m("r1", "Dijkstra Bouw <no-reply@recruitee.com>", ME, "Je sollicitatie bij Dijkstra Bouw",
          "Beste Alex,\n\nBedankt voor je sollicitatie als Werkvoorbereider bij Dijkstra Bouw. Helaas gaan we "
          "niet verder met je sollicitatie.\n\nMet vriendelijke groet,\nDijkstra Bouw", day(13, 10)),
    ], r1="none"),
    s("t07", "trap: own mail naming the employer to a friend", "pt", MAREVERDE + RIOTINTA, [
        m("u1", None, "Inês <ines.pereira@gmail.com>", "Entrevista!",
          "Olá Inês,\n\nA entrevista na Mare Verde correu muito bem! Jantamos na sexta?\n\nAlex", day(4, 20)),
    ], u1="none"),
    s("t08", "trap: another agency pitching the employer's role", "en", NORTHWIND + ACME, [
        m("r1", "Kevin Walsh <kevin@talentbridge.co.uk>", ME, "Supply Chain Analyst at Northwind Traders?",
          "Hi Alex,\n\nI'm recruiting for a Supply Chain Analyst role at Northwind Traders. Would you be open "
          "to a quick call about it?\n\nKevin Walsh\nTalentBridge", day(15, 10)),
    ], r1="none"),
    s("t09", "trap: job alert from the careers subdomain", "de", BRENNWERK + HOLZMANN, [
        m("r1", "Brennwerk Karriere <jobs@karriere.brennwerk-energie.de>", ME, "Neue Stellen bei Brennwerk Energie",
          "Hallo,\n\ndiese neuen Stellen passen zu Ihrem Suchprofil: Werkstudent Controlling, Elektroniker für "
          "Betriebstechnik.\n\nSuchauftrag abbestellen: https://karriere.brennwerk-energie.de/abo", day(15, 6),
          headers={"List-Unsubscribe": "<https://karriere.brennwerk-energie.de/abo>"}),
    ], r1="none"),
    s("t10", "trap: another employer sharing a word", "it", LANTERNA + GLOBEX, [
        m("r1", "Lanterna Viaggi <lavoro@lanternaviaggi.it>", ME, "La sua candidatura presso Lanterna Viaggi",
          "Gentile Alex,\n\nla ringraziamo per la candidatura come consulente di viaggio. Purtroppo non "
          "possiamo proseguire.\n\nLanterna Viaggi", day(13, 10)),
    ], r1="none"),
    s("t11", "trap: a stranger on the small company's provider", "pt",
      iv("padaria", "Padaria Central", "Gerente de Loja", 5, ("padaria.central@sapo.pt",)) + MAREVERDE, [
          m("r1", "Miguel <miguel.santos@sapo.pt>", ME, "Proposta de emprego",
            "Olá Alex,\n\nTenho uma proposta de emprego para si numa loja de móveis em Braga. Está "
            "interessado?\n\nMiguel", day(12, 10)),
      ], r1="none"),
    s("t12", "colleague in thread, company domain", "nl", DIJKSTRA + FABRIKAM, [
        m("u1", None, "Joost de Vries <j.devries@fabrikam.com>", "Bedankt voor het gesprek",
          "Hoi Joost,\n\nBedankt voor het gesprek over de functie van Product Designer.\n\nGroet,\nAlex",
          day(2, 17)),
        m("r1", "Eva Smit <eva.smit@fabrikam.com>", ME, "Re: Bedankt voor het gesprek",
          "Hoi Alex,\n\nJoost vroeg me te reageren: we nodigen je uit voor een tweede gesprek op vrijdag.\n\n"
          "Groet,\nEva", day(6, 10), parent="u1"),
    ], r1="fabrikam:next_step"),
    # ---------------------------------------------------------------- a logged contact writing from elsewhere, no thread
    s("s49", "personal address, contact's name, body names company", "en", ACME + GLOBEX, [
        m("r1", "Jane Doe <jane.doe.hr@gmail.com>", ME, "quick one",
          "Hi Alex,\n\nWriting from my personal account as I'm on the road. The team would like to invite you to "
          "a final interview with our CTO on Thursday at 3pm. Does that work?\n\nJane (Acme Payments)",
          day(9, 21)),
    ], r1="acme:next_step"),
    s("s50", "personal address, contact's display name, body names company", "de", BRENNWERK + HOLZMANN, [
        m("r1", "Stefanie Koch <s.k.1984@gmx.de>", ME, "Ihre Bewerbung",
          "Hallo Herr Doe,\n\nich schreibe Ihnen von meiner privaten Adresse. Leider hat sich die Brennwerk "
          "Energie für einen anderen Bewerber entschieden. Ich wünsche Ihnen alles Gute.\n\nStefanie Koch",
          day(12, 19)),
    ], r1="brennwerk:rejection"),
    s("s51", "personal address, contact's display name, body names company", "it", LANTERNA + GLOBEX, [
        m("r1", "Giulia Rossi <g.rossi.lavoro@libero.it>", ME, "Novità",
          "Ciao Alex,\n\nti scrivo dalla mia mail personale: Lanterna Software vorrebbe farti un'offerta per la "
          "posizione di Sviluppatore Backend. Ti chiamo domani per i dettagli.\n\nGiulia", day(12, 20)),
    ], r1="lanterna:offer"),
    s("s52", "personal address, contact's name, company not named", "nl", FABRIKAM + DIJKSTRA, [
        m("r1", "Joost de Vries <joostdevries@ziggo.nl>", ME, "Tweede gesprek",
          "Hoi Alex,\n\nIk mail even vanaf mijn privéadres. We nodigen je graag uit voor een tweede gesprek; "
          "past vrijdag om 14:00?\n\nJoost", day(9, 20)),
    ], r1="fabrikam|review"),
    s("s53", "personal address, contact's display name, subject names company", "pt", MAREVERDE + RIOTINTA, [
        m("r1", "Ana Silva <anasilva.rh@sapo.pt>", ME, "Mare Verde - Analista de Dados",
          "Olá Alex,\n\nEscrevo do meu email pessoal. Infelizmente decidimos avançar com outro candidato para "
          "a vaga. Obrigada pelo seu tempo e boa sorte.\n\nAna", day(12, 20)),
    ], r1="mareverde:rejection"),

    # ---------------------------------------------------------------- an agency nobody logged forwards the employer's answer
    s("s54", "unlogged agency forwards a logged contact", "es", CONTOSO + GLOBEX, [
        m("r1", "Lucía Romero <lucia.romero@reclutia-talent.es>", ME, "RV: Feedback candidatura",
          "Hola Alex:\n\nTe reenvío la respuesta del cliente. Lo siento: al final han optado por otro "
          "candidato.\n\nUn abrazo,\nLucía Romero\nReclutia Talent\n\n---------- Mensaje reenviado ----------\n"
          "De: Tom Becker <tom.becker@contoso.com>\nAsunto: Feedback candidatura\n\nHola Lucía, gracias por "
          "presentarnos a Alex. Hemos decidido seguir con otro candidato.\n\nTom", day(13, 12)),
    ], r1="contoso|review:rejection"),
    s("s55", "unlogged agency forwards the employer's domain", "en", NORTHWIND + ACME, [
        m("r1", "Kevin Walsh <kevin@talentbridge.co.uk>", ME, "Fwd: Candidate feedback",
          "Hi Alex,\n\nGood news, see below from the client.\n\nKevin\n\n---------- Forwarded message ---------\n"
          "From: Northwind Talent Team <talent@northwindtraders.com>\nSubject: Candidate feedback\n\nKevin, we "
          "would like to invite Alex to a final interview with our VP of Operations next Tuesday at 10:00.\n",
          day(12, 11)),
    ], r1="northwind|review:next_step"),

    # ---------------------------------------------------------------- thread references lost: the subject answers the user's mail
    s("s56", "references lost, new address, same name", "en", NORTHWIND + ACME, [
        m("u1", None, "Olivia Grant <olivia.grant@northwindtraders.com>", "Following up - Supply Chain Analyst",
          "Hi Olivia,\n\nI wanted to follow up on my interview last week.\n\nBest,\nAlex", day(12, 9)),
        m("r1", "Olivia Grant <olivia.g@outlook.com>", ME, "RE: Following up - Supply Chain Analyst",
          "Hi Alex,\n\nSorry for the wait. Unfortunately the team has decided not to move forward with your "
          "application.\n\nOlivia", day(13, 21)),
    ], r1="northwind:rejection"),
    s("s57", "references lost, new corporate domain", "fr", LUMIERE + CONTOSO, [
        m("u1", None, "Claire Martin <claire.martin@lumiere-conseil.fr>", "Relance - Consultant Data",
          "Bonjour Claire,\n\nJe me permets de revenir vers vous au sujet de mon entretien.\n\nCordialement,\n"
          "Alex", day(11, 9)),
        m("r1", "Claire Martin <cmartin@lumiere-groupe.com>", ME, "RE : Relance - Consultant Data",
          "Bonjour Alex,\n\nNous souhaitons vous proposer un entretien final avec le directeur associé le 20 "
          "novembre à 10 h. Êtes-vous disponible ?\n\nClaire", day(12, 10)),
    ], r1="lumiere:next_step"),
    s("s58", "references lost, colleague answers the subject", "it", LANTERNA + GLOBEX, [
        m("u1", None, "Giulia Rossi <giulia.rossi@lanterna.it>", "Grazie per il colloquio di oggi",
          "Gentile Giulia,\n\ngrazie per il colloquio di oggi.\n\nCordiali saluti,\nAlex", day(5, 17)),
        m("r1", "Marco Bianchi <marco.bianchi@lanterna-group.com>", ME, "R: Grazie per il colloquio di oggi",
          "Gentile Alex,\n\nsono il responsabile tecnico. Vorremmo invitarla a un secondo colloquio giovedì alle "
          "11.\n\nMarco", day(9, 10)),
    ], r1="lanterna|review:next_step"),
    s("s59", "group domain, body names company, role and interview", "de", HOLZMANN + BRENNWERK, [
        m("r1", "Personalservice Nordbau Holding <bewerbung@nordbau-holding.de>", ME,
          "Ihr Vorstellungsgespräch als Bauleiter",
          "Sehr geehrter Herr Doe,\n\ndie Personalabteilung der Nordbau Holding betreut die Auswahl für unsere "
          "Tochter Holzmann Bau AG. Nach Ihrem Gespräch als Bauleiter am 5. November laden wir Sie gern zu einem "
          "zweiten Gespräch ein. Passt Ihnen Dienstag, der 17. November, um 10 Uhr?\n\nMit freundlichen Grüßen\n"
          "Personalservice", day(11, 9)),
    ], r1="holzmann:next_step"),
    s("s60", "references lost, two sent mails share the subject", "nl", DIJKSTRA + FABRIKAM, [
        m("u1", None, "Sanne <sanne@dijkstra-logistiek.nl>", "Bedankt voor het gesprek",
          "Hoi Sanne,\n\nBedankt voor het gesprek over de functie van Planner.\n\nGroet,\nAlex", day(4, 17)),
        m("u2", None, "Joost de Vries <j.devries@fabrikam.com>", "Bedankt voor het gesprek",
          "Hoi Joost,\n\nBedankt voor het gesprek over de functie van Product Designer.\n\nGroet,\nAlex",
          day(2, 17)),
        m("r1", "Eva <eva.smit.design@gmail.com>", ME, "Re: Bedankt voor het gesprek",
          "Hoi Alex,\n\nLeuk je te spreken! Zullen we volgende week koffie drinken?\n\nEva", day(6, 20)),
        m("r2", "Joost de Vries <joostdevries@ziggo.nl>", ME, "Re: Bedankt voor het gesprek",
          "Hoi Alex,\n\nVanaf mijn privéadres: we nodigen je uit voor een tweede gesprek op vrijdag om 11:00.\n\n"
          "Joost", day(7, 21)),
    ], r1="none", r2="fabrikam:next_step"),

    # ---------------------------------------------------------------- contacts logged by an initial or a first name
    s("s61", "initial: the contact's full name on a personal address answers the user's mail", "en",
      QUILL + ACME, [
          m("u1", None, "Rosalind Ashworth <r.ashworth@quillfeather.co.uk>", "Thank you - Game Designer",
            THANKS_EN.format(who="Rosalind"), day(4, 17)),
          m("r1", "Rosalind Ashworth <ros.ashworth.home@btinternet.com>", ME, "RE: Thank you - Game Designer",
            "Hi Alex,\n\nWriting from home, sorry. We would love you to come back for a final interview with our "
            "creative director. Are you free on Thursday at 2pm?\n\nRosalind", day(9, 20)),
      ], r1="quill:next_step"),
    s("s62", "initial: surname first in the display name, the text names the company", "fr",
      iv("sablier", "Éditions Sablier", "Chargée de communication", 3, ("m.lefevre@editions-sablier.fr",),
         ("editions-sablier.fr",)) + LUMIERE, [
          m("r1", "LEFEVRE Mathilde <mathilde.lefevre@laposte.net>", ME, "Suite de votre candidature",
            "Bonjour Alex,\n\nje vous écris de ma messagerie personnelle. Les Éditions Sablier ont le regret de "
            "vous informer que votre candidature n'a pas été retenue.\n\nMathilde Lefèvre", day(12, 19)),
      ], r1="sablier:rejection"),
    s("s63", "initial: an address spelling initial and surname, nothing names the company", "de",
      KRANICH + BRENNWERK, [
          m("r1", "Tobias Hagedorn <thagedorn@posteo.de>", ME, "Kurze Frage",
            "Hallo Alex,\n\nkönnten Sie mir bis Freitag noch zwei Arbeitsproben schicken?\n\nViele Grüße\n"
            "Tobias", day(9, 21)),
      ], r1="review"),
    s("s64", "first name only: answers the user's mail to that contact", "nl", DIJKSTRA + FABRIKAM, [
        m("u1", None, "Sanne <sanne@dijkstra-logistiek.nl>", "Vraag over de functie van Planner",
          "Hoi Sanne,\n\nIk had nog een vraag over de functie van Planner.\n\nGroet,\nAlex", day(5, 10)),
        m("r1", "Sanne Bakker <sanne.bakker82@gmail.com>", ME, "Re: Vraag over de functie van Planner",
          "Hoi Alex,\n\nGoede vraag! Ik bel je morgen even.\n\nSanne", day(6, 21)),
    ], r1="review"),
    s("t20", "trap: a stranger with the contact's initial and another surname", "de",
      KRANICH + BRENNWERK, [
          m("r1", "Tobias Hager <tobias.hager@posteo.de>", ME, "Grillen am Samstag",
            "Hallo Alex,\n\nwir grillen am Samstag, kommst du?\n\nTobias", day(9, 21)),
      ], r1="none"),
    s("t21", "trap: a friend with the contact's first name, nothing about the job", "nl", DIJKSTRA + FABRIKAM, [
        m("r1", "Sanne Vos <sanne.vos@gmail.com>", ME, "Verjaardag zaterdag",
          "Hoi Alex,\n\nKom je zaterdag naar mijn verjaardag?\n\nSanne", day(8, 12)),
    ], r1="none"),

    # ---------------------------------------------------------------- the employer's name with a group's or recruiting word
    s("s65", "group domain carrying the name, the subject names the company whole", "en", QUILL + ACME, [
        m("r1", "Talent Team <talent@quillfeather-group.com>", ME, "Quillfeather Studios - next steps",
          "Hi Alex,\n\nThanks again for meeting the team. We would like to invite you to a final interview with "
          "our creative director next week. Could you send us your availability?\n\nQuillfeather Talent Team",
          day(10, 9)),
    ], r1="quill:next_step"),
    s("s66", "group domain carrying the name, a calendar invitation copied to the contact", "de",
      KRANICH + BRENNWERK, [
          m("r1", "Markus Voss <m.voss@kranich-gruppe.de>", ME, "Einladung: Zweitgespräch vor Ort",
            "Hallo Herr Doe,\n\nhiermit laden wir Sie zu einem zweiten Gespräch am Donnerstag, dem 19. November, "
            "um 13 Uhr bei uns vor Ort ein. Bitte melden Sie sich am Empfang.\n\nMarkus Voss", day(10, 11),
            cc="Tobias Hagedorn <t.hagedorn@kranich-medien.de>"),
      ], r1="kranich:next_step"),
    s("s67", "recruiting domain carrying the name, the text names company and role", "fr", LUMIERE + CONTOSO, [
        m("r1", "Lumière Conseil Recrutement <equipe@lumiere-recrutement.fr>", ME, "Votre candidature",
          "Bonjour Alex,\n\nmerci pour votre entretien pour le poste de Consultant Data chez Lumière Conseil. "
          "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nL'équipe "
          "recrutement", day(12, 10)),
    ], r1="lumiere:rejection"),
    s("t22", "trap: a group domain of another company sharing the first word", "en", ACME + GLOBEX, [
        m("r1", "Acme Logistics Group <hr@acme-group.com>", ME, "Acme Logistics - your application",
          "Hi Alex,\n\nThank you for your application to Acme Logistics. We would like to invite you to a "
          "first interview.\n\nAcme Logistics Group HR", day(9, 9)),
    ], r1="none"),
    s("t23", "trap: a recruiting domain naming the company, asking for bank details", "it", LANTERNA + GLOBEX, [
        m("r1", "Lanterna Software <offerte@lanterna-jobs.com>", ME, "Offerta di lavoro",
          "Gentile candidato,\n\nLanterna Software è lieta di offrirle un posto da remoto. Per ricevere il "
          "contratto invii i suoi dati bancari e una copia del documento d'identità.\n\nUfficio personale",
          day(9, 9)),
    ], r1="review"),

    # ---------------------------------------------------------------- forwards of the employer's answer
    s("s68", "logged agency with two clients forwards one client's answer", "de",
      iv("wingtip", "Wingtip Logistik", "Plattform-Ingenieur", 5, (), ("wingtip-logistik.de",),
         via="j.hoffmann@talentwerk.de")
      + iv("kranich2", "Kranich Medien GmbH", "Redakteur", 6, (), ("kranich-medien.de",),
           via="j.hoffmann@talentwerk.de"), [
          m("r1", "Julia Hoffmann <j.hoffmann@talentwerk.de>", ME, "WG: Rückmeldung",
            "Hallo Alex,\n\nanbei die Rückmeldung des Kunden, leider keine gute Nachricht.\n\nViele Grüße\n"
            "Julia\n\n---------- Weitergeleitete Nachricht ----------\nVon: Personal <personal@wingtip-logistik.de>"
            "\nBetreff: Rückmeldung\n\nHallo Frau Hoffmann,\n\nnach reiflicher Überlegung haben wir uns für einen "
            "anderen Kandidaten für die Stelle als Plattform-Ingenieur entschieden.\n\nWingtip Logistik",
            day(13, 11)),
      ], r1="wingtip:rejection"),
    s("s69", "unlogged agency forwards the answer of a logged contact", "it", LANTERNA + GLOBEX, [
        m("r1", "Paolo Neri <paolo.neri@selezionepiu.it>", ME, "I: Esito colloquio",
          "Ciao Alex,\n\nti inoltro la risposta del cliente.\n\nPaolo\n\n---------- Messaggio inoltrato "
          "----------\nDa: Giulia Rossi <giulia.rossi@lanterna.it>\nOggetto: Esito colloquio\n\nCiao Paolo,\n\n"
          "vorremmo rivedere Alex per un secondo colloquio giovedì alle 11.\n\nGiulia", day(10, 12)),
    ], r1="review"),
    s("s70", "unlogged agency forwards a text naming the employer and the role", "pt", MAREVERDE + RIOTINTA, [
        m("r1", "Rui Costa <rui.costa@talentoplus.pt>", ME, "ENC: Candidatura",
          "Olá Alex,\n\nReencaminho a resposta que recebi.\n\nRui\n\n---------- Mensagem encaminhada "
          "----------\nDe: Recrutamento <noreply@rh-portal.pt>\nAssunto: Candidatura\n\nA Mare Verde "
          "agradece a sua candidatura para Analista de Dados. Infelizmente decidimos avançar com outro "
          "candidato.", day(12, 9)),
    ], r1="review"),
    s("s72", "an agency recruiter the user wrote to forwards the answer", "es", CONTOSO + GLOBEX, [
        m("u1", None, "Tom Becker <tom.becker@contoso.com>", "Gracias por la entrevista",
          "Hola Tom:\n\nGracias por la entrevista de hoy para el puesto de Robotics Software Engineer.\n\n"
          "Un saludo,\nAlex", day(3, 18), cc="Lucía Romero <lucia.romero@reclutia-talent.es>"),
        m("r1", "Lucía Romero <lucia.romero@reclutia-talent.es>", ME, "RV: Feedback candidatura",
          "Hola Alex:\n\nTe reenvío la respuesta del cliente. Lo siento.\n\nLucía\n\n---------- Mensaje "
          "reenviado ----------\nDe: Tom Becker <tom.becker@contoso.com>\nAsunto: Feedback candidatura\n\n"
          "Hola Lucía, hemos decidido seguir con otro candidato para el puesto de Robotics Software Engineer."
          "\n\nTom", day(13, 12)),
    ], r1="contoso:rejection"),
    s("t24", "trap: a friend forwards another company's news", "en", ACME + GLOBEX, [
        m("r1", "Sam Taylor <sam.taylor@gmail.com>", ME, "Fwd: We're hiring!",
          "Saw this, thought of you!\n\n---------- Forwarded message ---------\nFrom: Proseware Careers "
          "<careers@proseware.com>\nSubject: We're hiring!\n\nProseware is hiring Backend Engineers in "
          "Berlin. Apply today.", day(9, 19)),
    ], r1="none"),
    s("t25", "trap: a forward naming two logged employers", "fr", LUMIERE + CONTOSO, [
        m("r1", "Marc Petit <marc.petit@cabinet-petit.fr>", ME, "TR : Offres",
          "Bonjour,\n\nPour info.\n\n-------- Message transféré --------\nDe : Veille <veille@emplois.fr>"
          "\nObjet : Offres\n\nLumière Conseil et Contoso Robotics recrutent à Lyon.", day(11, 9)),
    ], r1="none"),

    s("s71", "a group's mailbox of another name writes for its company, naming role and day", "fr",
      LUMIERE + CONTOSO, [
          m("r1", "Recrutement Groupe Arcadis <recrutement@arcadis-groupe.fr>", ME,
            "Votre candidature chez Lumière Conseil",
            "Bonjour Alex,\n\nle service recrutement du groupe gère les candidatures de sa filiale Lumière "
            "Conseil. Suite à votre entretien du 4 novembre pour le poste de Consultant Data, nous avons le "
            "plaisir de vous proposer un second entretien le 20 novembre à 10 h.\n\nLe service recrutement",
            day(12, 9)),
      ], r1="lumiere:next_step"),
    s("t26", "trap: an agency of a group's name offers the role at the company", "en", ACME + GLOBEX, [
        m("r1", "Harbour Talent Group <jobs@harbour-talent-group.com>", ME, "Backend Engineer opportunity",
          "Hi Alex,\n\nAcme Payments is hiring a Backend Engineer through us. Would you like me to put you "
          "forward?\n\nHarbour Talent Group", day(9, 9)),
    ], r1="none"),

    # ---------------------------------------------------------------- look-alikes of the above: nothing to tie
    s("t13", "trap: a stranger sharing the contact's first name names the company", "en", ACME + GLOBEX, [
        m("r1", "Jane Miller <jane.miller88@gmail.com>", ME, "Drinks Friday?",
          "Hey Alex!\n\nHow did the Acme Payments interview go? Drinks on Friday to celebrate or commiserate?\n\n"
          "Jane", day(6, 19)),
    ], r1="none"),
    s("t14", "trap: another company's recruiter on a personal address", "de", BRENNWERK + HOLZMANN, [
        m("r1", "Stefan Kuhn <stefan.kuhn.recruiting@gmail.com>", ME, "Projektingenieur bei der Voltwerk AG",
          "Hallo Herr Doe,\n\nich habe Ihr Profil gesehen: Die Voltwerk AG sucht einen Projektingenieur. Hätten "
          "Sie nächste Woche Zeit für ein kurzes Gespräch?\n\nStefan Kuhn", day(10, 9)),
    ], r1="none"),
    s("t15", "trap: a newsletter quoting the company", "fr", LUMIERE + CONTOSO, [
        m("r1", "Carrières Hebdo <newsletter@carrieres-hebdo.fr>", ME, "Lumière Conseil recrute 50 consultants",
          "Cette semaine : Lumière Conseil recrute 50 consultants data à Lyon ; Claire Martin, DRH, nous "
          "explique pourquoi.\n\nSe désabonner : https://carrieres-hebdo.fr/desabo", day(10, 7),
          headers={"List-Unsubscribe": "<https://carrieres-hebdo.fr/desabo>", "Precedence": "bulk"}),
    ], r1="none"),
    s("t16", "trap: the contact's namesake on a personal address", "es", CONTOSO + GLOBEX, [
        m("r1", "Tom Becker <tom.becker.music@gmail.com>", ME, "Concierto el sábado",
          "¡Hola!\n\nTocamos el sábado en la sala Clamores, ¿te vienes? Entrada libre.\n\nTom", day(11, 22)),
    ], r1="none"),
    s("t17", "trap: another company's recruiter for the same role", "pt", MAREVERDE + RIOTINTA, [
        m("r1", "Ana Costa <ana.costa.recrutamento@gmail.com>", ME, "Vaga de Analista de Dados - Oceano Digital",
          "Olá Alex,\n\nVi o seu perfil e temos uma vaga de Analista de Dados na Oceano Digital. Podemos falar "
          "esta semana?\n\nAna Costa", day(10, 11)),
    ], r1="none"),
    s("t18", "trap: the contact's namesake writes a newsletter naming the company", "it", LANTERNA + GLOBEX, [
        m("r1", "Giulia Rossi <giulia.rossi@techsettimanale.it>", ME, "Lanterna Software apre a Torino",
          "Questa settimana: Lanterna Software apre una sede a Torino e assume venti sviluppatori.\n\n"
          "Disiscriviti: https://techsettimanale.it/stop", day(11, 7),
          headers={"List-Unsubscribe": "<https://techsettimanale.it/stop>"}),
    ], r1="none"),
    s("t19", "trap: another company answers a subject the user also sent", "en", ACME + GLOBEX, [
        m("u1", None, "Jane Doe <jane.doe@acmepayments.com>", "Thank you",
          THANKS_EN.format(who="Jane"), day(3, 17)),
        m("r1", "Jane Smith <jane.smith@proseware.com>", ME, "Re: Thank you",
          "Hi Alex,\n\nThanks for your note! We'd love to set up a first call about the Proseware role.\n\nJane",
          day(8, 10)),
    ], r1="none"),
)
BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}


def raw_message(scenario: Scenario, msg: Msg) -> bytes:
    message = EmailMessage()
    message["From"] = ME if msg.sent else msg.sender
    message["To"] = msg.to
    if msg.cc:
        message["Cc"] = msg.cc
    message["Subject"] = msg.subject
    message["Date"] = format_datetime(msg.date)
    message["Message-ID"] = scenario.message_id(msg.name)
    for name, value in msg.headers.items():
        message[name] = value
    message.set_content(msg.body)
    raw = bytes(message)
    thread = []
    if msg.parent:
        chain, parent = [], next(p for p in scenario.messages if p.name == msg.parent)
        while True:
            chain.insert(0, scenario.message_id(parent.name))
            if not parent.parent:
                break
            parent = next(p for p in scenario.messages if p.name == parent.parent)
        thread = [f"In-Reply-To: {scenario.message_id(msg.parent)}", "References: " + " ".join(chain)]
    bare = {p.name: scenario.message_id(p.name, bare=True) for p in scenario.messages}
    if msg.in_reply_to:
        thread.append("In-Reply-To: " + msg.in_reply_to.format(**bare))
    if msg.references:
        thread.append("References: " + msg.references.format(**bare))
    # Written as the mailer wrote them, malformed or not: no library tidies them on the way.
    return "".join(line + "\n" for line in thread).encode() + raw


def test_the_scenarios_are_sound() -> None:
    """At least fifty scenarios in seven languages, each expectation naming a logged interview or a verdict."""
    assert len(SCENARIOS) >= 50 and len(BY_NAME) == len(SCENARIOS)
    assert {scenario.lang for scenario in SCENARIOS} == LANGUAGES
    for scenario in SCENARIOS:
        ids = {line.split('"')[1] for line in scenario.interviews.splitlines() if line.startswith("id = ")}
        names = {msg.name for msg in scenario.messages}
        assert len(names) == len(scenario.messages), scenario.name
        for msg, (accept, _kind) in scenario.expect.items():
            assert msg in names, (scenario.name, msg)
            assert set(accept.split("|")) <= ids | {"review", "none"}, (scenario.name, accept)
        for msg in scenario.messages:
            if msg.parent:
                assert next(p for p in scenario.messages if p.name == msg.parent).date < msg.date


_SCANS: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}


def scan(scenario: Scenario, mode: str, request: pytest.FixtureRequest, root: Path) -> dict[str, dict[str, Any]]:
    """The scenario's mailbox, delivered to a Maildir or a real Dovecot and scanned once: message name -> report entry."""
    key = (scenario.name, mode)
    if key in _SCANS:
        return _SCANS[key]
    dovecot = request.getfixturevalue("dovecot_server") if mode == "imap" else None
    mail = [(raw_message(scenario, msg), msg.sent) for msg in scenario.messages]
    report = scan_small_mailbox(mode, root, scenario.interviews, mail, dovecot)
    listed = {entry["message_id"]: entry for entry in report["messages"]}
    _SCANS[key] = {msg.name: listed.get(scenario.message_id(msg.name), {}) for msg in scenario.messages}
    return _SCANS[key]


CASES = [(scenario.name, msg) for scenario in SCENARIOS for msg in scenario.expect]

# Known misses (none a wrong tie), each failing strictly until fixed: (scenario, message,
# mode or "" for both) -> why.
PERSONAL = ("held for review: from a personal address with no thread, by someone nobody logged: the "
            "company's name is the only link")
KNOWN_MISSES = {
    ("s15", "r1", ""): PERSONAL,
    ("s35", "r1", ""): PERSONAL,
}
KNOWN_KIND_MISSES: dict[str, str] = {}


def _marks(name: str, msg: str, mode: str) -> list[pytest.MarkDecorator]:
    why = KNOWN_MISSES.get((name, msg, "")) or KNOWN_MISSES.get((name, msg, mode))
    return [pytest.mark.xfail(strict=True, reason=why)] if why else []


@pytest.mark.parametrize("name,msg,mode", [
    pytest.param(n, msg, mode, id=f"{n}-{msg}-{BY_NAME[n].kind}-{mode}", marks=_marks(n, msg, mode))
    for n, msg in CASES for mode in ("maildir", "imap")
])
def test_each_reply_is_tied_where_a_careful_reader_would(
    name: str, msg: str, mode: str, request: pytest.FixtureRequest, tmp_path
) -> None:
    scenario = BY_NAME[name]
    listed = scan(scenario, mode, request, tmp_path)[msg]
    accept = accepted_outcomes(scenario.expect[msg][0].split("|"))
    got = tie_outcome(listed)
    assert got in accept, (scenario.kind, scenario.lang, got, listed.get("reasons"), listed.get("candidates"))
    if got == "review":
        # Held between interviews: the ones it may be about are offered.
        assert listed.get("candidates"), listed


def _kind_marks(name: str, msg: str, mode: str) -> list[pytest.MarkDecorator]:
    """A reply not tied yet has no kind to read: its known tying miss marks this test too."""
    tying = _marks(name, msg, mode)
    if tying or name not in KNOWN_KIND_MISSES:
        return tying
    return [pytest.mark.xfail(strict=True, reason=KNOWN_KIND_MISSES[name])]


@pytest.mark.parametrize("name,msg,mode", [
    pytest.param(n, msg, mode, id=f"{n}-{msg}-{mode}", marks=_kind_marks(n, msg, mode))
    for n, msg in CASES if BY_NAME[n].expect[msg][1] for mode in ("maildir", "imap")
])
def test_each_tied_reply_is_read_for_what_it_says(
    name: str, msg: str, mode: str, request: pytest.FixtureRequest, tmp_path
) -> None:
    scenario = BY_NAME[name]
    listed = scan(scenario, mode, request, tmp_path)[msg]
    accept, kind = scenario.expect[msg]
    assert tie_outcome(listed) in accept.split("|"), ("not tied as expected", tie_outcome(listed), accept)
    assert listed.get("kind") == kind, (scenario.kind, scenario.lang, listed.get("kind"), listed.get("reasons"))
