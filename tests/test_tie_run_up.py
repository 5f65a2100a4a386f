"""The run-up to an interview that comes from platforms and job boards, through `watcher scan --json`.

Before the interview, most of its mail does not come from its contact: the applicant-tracking
platform's receipt of the application, a job board's "your application was sent", the
invitation sent through the platform's reply address, the booking's confirmation and
reminder, an assessment to take before it, a recruiter writing from webmail, and the user's
own answers (a slot confirmed, times sent) to the contact or to the platform's reply
address. Each is tied to the interview as context by the rules that tie such mail after it:
the employer named whole, the role where those rules need it, and before the interview the
role for a platform's or board's mail too (the user may have applied to several roles there).

Beside each, the trap: another employer sharing the first word on the same platform, the
same employer's receipt for another role, an application to the same role months before
(beyond the run-up window), a job alert, a namesake of the contact at another company, a
booking with an employer nobody logged, mail sent to the contact long before. Zero wrong
ties: what cannot tell is held for review or tied to nothing.

First run, on the code as it was (run-up only from the interview's contact or thread, and
only received mail): all 31 probes that must be tied failed (tied to nothing; the three
sent to the contact too, and the two in its thread), and none of the 16 traps was tied
wrong (each probe counted once, Maildir and Dovecot alike; three traps, mailings and a
company's mail naming no role, were added after). A job board's "your application was
sent" and its relay of the employer's message from Indeed's masked address are tied since
job boards' notices and relayed messages are read (``tests/test_tie_boards.py``).
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
id = "corvina"
company = "Corvina Analytics Ltd"
role = "Data Engineer"
when = 2026-11-16T10:00:00+00:00
contacts = ["amelia.hart@corvina.co.uk"]
domains = ["corvina.co.uk"]

[[interview]]
id = "steinhart"
company = "Steinhart Maschinenbau GmbH"
role = "Backend-Entwickler (m/w/d)"
when = 2026-11-17T10:00:00+01:00
contacts = ["lena.becker@steinhart-mb.de"]
domains = ["steinhart-mb.de"]

[[interview]]
id = "belmont"
company = "Belmont Conseil SAS"
role = "Chef de projet data"
when = 2026-11-18T14:00:00+01:00
contacts = ["julie.roux@belmont-conseil.fr"]
domains = ["belmont-conseil.fr"]

[[interview]]
id = "altamira"
company = "Altamira Energía S.L."
role = "Ingeniero de datos"
when = 2026-11-19T09:30:00+01:00
contacts = ["pablo.ortiz@altamira-energia.es"]
domains = ["altamira-energia.es"]

[[interview]]
id = "dijkhuis"
company = "Dijkhuis Software B.V."
role = "Frontend Developer"
when = 2026-11-20T11:00:00+01:00
contacts = ["femke.bos@dijkhuis.nl"]
domains = ["dijkhuis.nl"]

[[interview]]
id = "vallenera"
company = "Vallenera Sistemi S.p.A."
role = "Sviluppatore Java"
when = 2026-11-23T15:00:00+01:00
contacts = ["marco.ferri@vallenera.it"]
domains = ["vallenera.it"]

[[interview]]
id = "ipe"
company = "Ipê Tecnologia Ltda."
role = "Desenvolvedor Backend"
when = 2026-11-24T14:00:00-03:00
contacts = ["ana.lima@ipetec.com.br"]
domains = ["ipetec.com.br"]

[[interview]]
id = "harwick"
company = "Harwick Health Inc."
role = "Clinical Data Analyst"
when = 2026-11-25T16:00:00+00:00
contacts = ["dana.morrow@harwickhealth.com"]
domains = ["harwickhealth.com"]
"""


def on(month: int, d: int, hour: int = 10, zone: timezone = CET) -> datetime:
    """A moment in 2026 (Central European time unless ``zone`` says otherwise)."""
    return datetime(2026, month, d, hour, 12, tzinfo=zone)


LIST = {"Auto-Submitted": "auto-generated"}
MAILING = {"List-Unsubscribe": "<https://example.net/unsubscribe?u=1>", "List-Id": "<talent.news.example.net>"}

PROBES: tuple[Trap, ...] = (
    # ---- English: Greenhouse, Calendly, HireVue, LinkedIn; a lookalike on the same platform
    t("e01", "ats receipt", "corvina", "Corvina Analytics <no-reply@us.greenhouse-mail.io>", USER,
      "Thanks for applying to Corvina Analytics",
      "Hi Alex,\n\nWe've received your application for the Data Engineer position at Corvina Analytics Ltd and "
      "our team is looking through it now. If your experience fits, someone will get in touch.\n\n"
      "Corvina Analytics Talent\n\nPowered by Greenhouse", on(10, 21, 9, UTC), headers=LIST),
    t("e02", "ats invitation", "corvina", "Amelia Hart <no-reply@us.greenhouse-mail.io>", USER,
      "Corvina Analytics Ltd - Data Engineer interview",
      "Hi Alex,\n\nThanks for your patience. We'd love to meet you for a first interview for the Data Engineer "
      "role at Corvina Analytics Ltd. Please pick a time that works for you with the link below.\n\nBest,\n"
      "Amelia Hart\nTalent Partner", on(11, 3, 11, UTC),
      reply_to="Amelia Hart <reply+8812ab@us.greenhouse-mail.io>"),
    t("e03", "booking", "corvina", "Calendly <notifications@calendly.com>", USER,
      "Confirmed: Data Engineer interview with Corvina Analytics Ltd on Mon, 16 Nov",
      "Hi Alex,\n\nA new event has been scheduled.\n\nEvent: Data Engineer interview - Corvina Analytics Ltd\n"
      "Date: Monday, 16 November 2026, 10:00 (GMT)\nInvitee: Alex Doe\n\nNeed to make changes? Cancel or "
      "reschedule.", on(11, 4, 8, UTC)),
    t("e04", "assessment", "corvina", "Corvina Analytics via HireVue <noreply@hirevue.com>", USER,
      "Corvina Analytics Ltd: your video interview for Data Engineer",
      "Hello Alex,\n\nCorvina Analytics Ltd has invited you to complete an on-demand video interview for the "
      "Data Engineer position before your interview with the team. Please complete it by 12 November.\n\n"
      "Start now: https://app.hirevue.com/x/abc\n\nThe HireVue Team", on(11, 5, 14, UTC)),
    t("e05", "sent to reply address", "corvina", USER, "Amelia Hart <reply+8812ab@us.greenhouse-mail.io>",
      "Re: Corvina Analytics Ltd - Data Engineer interview",
      "Hi Amelia,\n\nThanks for the invitation - I've booked Monday 16th at 10am.\n\nBest,\nAlex",
      on(11, 3, 16, UTC), parent="e02"),
    t("e06", "board sent", "corvina", "LinkedIn <jobs-noreply@linkedin.com>", USER,
      "Alex, your application was sent to Corvina Analytics Ltd",
      "Your application for Data Engineer was sent to Corvina Analytics Ltd.\n\nApplied on 20 October 2026."
      "\n\nYou are receiving job application update emails. Unsubscribe", on(10, 20, 18, UTC),
      headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"}),
    # Traps: another employer sharing the first word, on the same platform; the first word alone;
    # the same employer's receipt for another role; the same role months before; a job alert.
    t("e07", "lookalike", "none", "Corvina Foods <no-reply@us.greenhouse-mail.io>", USER,
      "Thanks for applying to Corvina Foods",
      "Hi Alex,\n\nWe've received your application for the Data Engineer position at Corvina Foods and will "
      "review it shortly.\n\nCorvina Foods Talent\n\nPowered by Greenhouse", on(10, 22, 9, UTC), headers=LIST),
    t("e08", "first word", "review|none", "Corvina <no-reply@us.greenhouse-mail.io>", USER,
      "Your application to Corvina",
      "Hi Alex,\n\nThanks for applying to Corvina. We have received your application for Data Engineer.\n\n"
      "Talent team", on(10, 23, 9, UTC), headers=LIST),
    t("e09", "other role", "none|review", "Corvina Analytics <no-reply@us.greenhouse-mail.io>", USER,
      "Thanks for applying to Corvina Analytics",
      "Hi Alex,\n\nWe've received your application for the Marketing Analyst position at Corvina Analytics Ltd "
      "and will be in touch.\n\nCorvina Analytics Talent\n\nPowered by Greenhouse", on(10, 27, 9, UTC),
      headers=LIST),
    t("e10", "months before", "none", "Corvina Analytics <no-reply@us.greenhouse-mail.io>", USER,
      "Thanks for applying to Corvina Analytics",
      "Hi Alex,\n\nWe've received your application for the Data Engineer position at Corvina Analytics Ltd. "
      "We will be in touch if your profile matches.\n\nCorvina Analytics Talent", on(6, 8, 9, UTC),
      headers=LIST),
    t("e11", "job alert", "none", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", USER,
      "Data Engineer at Corvina Analytics Ltd and 6 more jobs",
      "Your job alert for Data Engineer\n\nData Engineer\nCorvina Analytics Ltd - London\n\nData Engineer\n"
      "Thamesway Bank - London\n\nSee all jobs\n\nYou are receiving Job Alert emails. Unsubscribe",
      on(10, 25, 7, UTC), headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/unsub>"}),
    t("e12", "sent long before", "none", USER, "Amelia Hart <amelia.hart@corvina.co.uk>", "Coffee?",
      "Hi Amelia,\n\nGreat to meet you at the meetup in August. Coffee some time?\n\nAlex", on(8, 30, 18, UTC)),

    # ---- German: Personio receipt, invitation from the contact through it, the user's answer
    t("d01", "ats receipt", "steinhart", "Steinhart Maschinenbau GmbH <no-reply@mail.personio.de>", USER,
      "Eingangsbestätigung: Backend-Entwickler (m/w/d)",
      "Hallo Alex Doe,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) bei der Steinhart "
      "Maschinenbau GmbH. Wir prüfen Ihre Unterlagen und melden uns so bald wie möglich.\n\nMit freundlichen "
      "Grüßen\nIhr Recruiting-Team der Steinhart Maschinenbau GmbH", on(10, 19, 20),
      reply_to="Steinhart Maschinenbau GmbH <bewerbung-x71@steinhart-mb.reply.personio.de>"),
    t("d02", "ats invitation", "steinhart", "Lena Becker | Steinhart Maschinenbau GmbH <no-reply@mail.personio.de>",
      USER, "Einladung zum Kennenlernen - Backend-Entwickler (m/w/d)",
      "Hallo Alex Doe,\n\nwir würden Sie gern persönlich kennenlernen und laden Sie zu einem Gespräch am "
      "Dienstag, 17. November um 10:00 Uhr ein. Passt Ihnen der Termin?\n\nViele Grüße\nLena Becker\n"
      "Steinhart Maschinenbau GmbH", on(11, 2, 9),
      reply_to="Lena Becker <bewerbung-x71@steinhart-mb.reply.personio.de>"),
    t("d03", "sent to reply address", "steinhart", USER,
      "Lena Becker <bewerbung-x71@steinhart-mb.reply.personio.de>",
      "Re: Einladung zum Kennenlernen - Backend-Entwickler (m/w/d)",
      "Hallo Frau Becker,\n\nvielen Dank, den Termin am 17. November um 10 Uhr nehme ich gern wahr.\n\n"
      "Viele Grüße\nAlex Doe", on(11, 2, 13), parent="d02"),
    t("d04", "board sent", "steinhart", "StepStone <noreply@stepstone.de>", USER,
      "Ihre Bewerbung bei Steinhart Maschinenbau GmbH wurde versendet",
      "Hallo Alex Doe,\n\nIhre Bewerbung als Backend-Entwickler (m/w/d) bei Steinhart Maschinenbau GmbH wurde "
      "erfolgreich versendet.\n\nIhr StepStone Team", on(10, 19, 19)),
    t("d05", "sent to contact", "steinhart", USER, "Lena Becker <lena.becker@steinhart-mb.de>",
      "Unterlagen für das Gespräch am 17. November",
      "Hallo Frau Becker,\n\nanbei wie besprochen meine Zeugnisse für unser Gespräch.\n\nViele Grüße\nAlex Doe",
      on(11, 9, 18)),
    t("d06", "other role months before", "none", "Steinhart Maschinenbau GmbH <no-reply@mail.personio.de>",
      USER, "Eingangsbestätigung: Werkstudent Vertrieb (m/w/d)",
      "Hallo Alex Doe,\n\nvielen Dank für Ihre Bewerbung als Werkstudent Vertrieb (m/w/d) bei der Steinhart "
      "Maschinenbau GmbH.\n\nIhr Recruiting-Team", on(6, 2, 20)),
    t("d07", "lookalike", "none", "Steinhart Logistik GmbH <no-reply@mail.personio.de>", USER,
      "Eingangsbestätigung: Backend-Entwickler (m/w/d)",
      "Hallo Alex Doe,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) bei der Steinhart "
      "Logistik GmbH.\n\nIhr Recruiting-Team", on(10, 28, 20)),

    # ---- French: Welcome to the Jungle, Teamtailor receipt and reminder
    t("f01", "board sent", "belmont", "Welcome to the Jungle <noreply@welcometothejungle.com>", USER,
      "Votre candidature chez Belmont Conseil a bien été envoyée",
      "Bonjour Alex,\n\nVotre candidature au poste de Chef de projet data chez Belmont Conseil SAS a bien été "
      "envoyée.\n\nBonne chance !\nL'équipe Welcome to the Jungle", on(10, 20, 8)),
    t("f02", "ats receipt", "belmont", "Belmont Conseil SAS <no-reply@teamtailor-mail.com>", USER,
      "Merci pour votre candidature chez Belmont Conseil SAS",
      "Bonjour Alex,\n\nNous avons bien reçu votre candidature pour le poste de Chef de projet data. Notre "
      "équipe revient vers vous rapidement.\n\nL'équipe Belmont Conseil SAS", on(10, 20, 8),
      reply_to="belmont-conseil-77a1@inbound.teamtailor-mail.com"),
    t("f03", "reminder", "belmont", "Belmont Conseil SAS <no-reply@teamtailor-mail.com>", USER,
      "Rappel : votre entretien avec Belmont Conseil SAS demain",
      "Bonjour Alex,\n\nPetit rappel : votre entretien pour le poste de Chef de projet data a lieu demain, "
      "mercredi 18 novembre à 14h00, dans nos locaux.\n\nÀ demain !\nL'équipe Belmont Conseil SAS",
      on(11, 17, 10)),
    t("f04", "sent availability", "belmont", USER, "Julie Roux <julie.roux@belmont-conseil.fr>",
      "Disponibilités pour l'entretien",
      "Bonjour Julie,\n\nJe suis disponible mardi après-midi ou mercredi toute la journée.\n\nBien à vous,\nAlex",
      on(11, 6, 17)),
    t("f05", "lookalike", "none", "Belmont Immobilier <no-reply@teamtailor-mail.com>", USER,
      "Merci pour votre candidature chez Belmont Immobilier",
      "Bonjour Alex,\n\nNous avons bien reçu votre candidature pour le poste de Chef de projet data.\n\n"
      "L'équipe Belmont Immobilier", on(10, 24, 8)),

    # ---- Spanish: InfoJobs, SmartRecruiters, TestGorilla, a recruiter on webmail
    t("s01", "ats receipt", "altamira", "Altamira Energía <noreply@smartrecruiters.com>", USER,
      "Gracias por tu candidatura: Ingeniero de datos",
      "Hola Alex:\n\nGracias por presentar tu candidatura a la posición de Ingeniero de datos en Altamira "
      "Energía S.L. Revisaremos tu perfil y te contactaremos si encaja.\n\nEl equipo de Selección",
      on(10, 22, 12)),
    t("s02", "assessment", "altamira", "Altamira Energía S.L. via TestGorilla <no-reply@testgorilla.com>", USER,
      "Altamira Energía S.L. te invita a una evaluación",
      "Hola Alex:\n\nAltamira Energía S.L. te invita a completar una evaluación para el puesto de Ingeniero "
      "de datos antes de tu entrevista. Tienes 5 días para completarla.\n\nEl equipo de TestGorilla",
      on(11, 6, 9)),
    t("s03", "webmail", "altamira", "Pablo Ortiz <pablo.ortiz.rrhh@gmail.com>", USER,
      "Entrevista Ingeniero de datos - Altamira Energía",
      "Hola Alex:\n\nte escribo desde mi correo personal. Para la entrevista del jueves 19 como Ingeniero de "
      "datos en Altamira Energía S.L., trae por favor tu DNI.\n\nUn saludo,\nPablo Ortiz\nSelección - "
      "Altamira Energía S.L.", on(11, 16, 18)),
    t("s04", "lookalike", "none", "Altamira Seguros <noreply@smartrecruiters.com>", USER,
      "Gracias por tu candidatura: Ingeniero de datos",
      "Hola Alex:\n\nGracias por presentar tu candidatura a la posición de Ingeniero de datos en Altamira "
      "Seguros. Revisaremos tu perfil.\n\nEl equipo de Selección", on(10, 29, 12)),
    t("s05", "webmail namesake", "none|review", "Pablo Ortiz <pablito.ortiz@gmail.com>", USER, "¿Pádel el sábado?",
      "¡Hola Alex! ¿Te apuntas al pádel del sábado? Dime algo.\n\nPablo", on(11, 12, 20)),

    # ---- Dutch: Recruitee receipt, invitation through its reply address, Calendly booking
    t("n01", "ats receipt", "dijkhuis", "Dijkhuis Software <noreply@recruitee.com>", USER,
      "Bedankt voor je sollicitatie bij Dijkhuis Software B.V.",
      "Hoi Alex,\n\nBedankt voor je sollicitatie als Frontend Developer bij Dijkhuis Software B.V. We bekijken "
      "je cv en laten binnen twee weken van ons horen.\n\nGroet,\nTeam Dijkhuis Software", on(10, 23, 11),
      reply_to="dijkhuis+c81@inbound.recruitee.com"),
    t("n02", "ats invitation", "dijkhuis", "Femke Bos <noreply@recruitee.com>", USER,
      "Uitnodiging gesprek - Frontend Developer bij Dijkhuis Software B.V.",
      "Hoi Alex,\n\nWe willen je graag uitnodigen voor een eerste gesprek over de functie Frontend Developer. "
      "Kies via de link een moment dat je uitkomt.\n\nGroet,\nFemke Bos\nDijkhuis Software B.V.", on(11, 5, 10),
      reply_to="Femke Bos <dijkhuis+c81@inbound.recruitee.com>"),
    t("n03", "sent to reply address", "dijkhuis", USER, "Femke Bos <dijkhuis+c81@inbound.recruitee.com>",
      "Re: Uitnodiging gesprek - Frontend Developer bij Dijkhuis Software B.V.",
      "Hoi Femke,\n\nDank je! Ik heb vrijdag 20 november om 11:00 geboekt.\n\nGroet,\nAlex", on(11, 5, 15),
      parent="n02"),
    t("n04", "lookalike", "none", "Dijkhuis Bouw <noreply@recruitee.com>", USER,
      "Bedankt voor je sollicitatie bij Dijkhuis Bouw",
      "Hoi Alex,\n\nBedankt voor je sollicitatie als Frontend Developer bij Dijkhuis Bouw.\n\nGroet,\n"
      "Dijkhuis Bouw", on(10, 30, 11)),

    # ---- Italian: Workable receipt, Codility test, the user's confirmation through Workable
    t("i01", "ats receipt", "vallenera", "Vallenera Sistemi <noreply@candidates.workablemail.com>", USER,
      "Grazie per la tua candidatura a Vallenera Sistemi",
      "Ciao Alex,\n\ngrazie per esserti candidato per la posizione di Sviluppatore Java presso Vallenera "
      "Sistemi S.p.A. Valuteremo il tuo profilo e ti faremo sapere.\n\nIl team di Vallenera Sistemi",
      on(10, 26, 17), reply_to="vallenera-sistemi+cand-31@candidates.workablemail.com"),
    t("i02", "ats invitation", "vallenera", "Marco Ferri <noreply@candidates.workablemail.com>", USER,
      "Colloquio per Sviluppatore Java - Vallenera Sistemi S.p.A.",
      "Ciao Alex,\n\nvorremmo invitarti a un colloquio per la posizione di Sviluppatore Java lunedì 23 "
      "novembre alle 15:00. Ci confermi la disponibilità?\n\nMarco Ferri\nVallenera Sistemi S.p.A.",
      on(11, 9, 11), reply_to="vallenera-sistemi+cand-31@candidates.workablemail.com"),
    t("i03", "sent to reply address", "vallenera", USER, "vallenera-sistemi+cand-31@candidates.workablemail.com",
      "Re: Colloquio per Sviluppatore Java - Vallenera Sistemi S.p.A.",
      "Ciao Marco,\n\nconfermo volentieri lunedì 23 novembre alle 15:00.\n\nA presto,\nAlex", on(11, 9, 18),
      parent="i02"),
    t("i04", "assessment", "vallenera", "Vallenera Sistemi S.p.A. <no-reply@codility.com>", USER,
      "Test tecnico per la posizione di Sviluppatore Java",
      "Ciao Alex,\n\nVallenera Sistemi S.p.A. ti ha invitato a svolgere un test tecnico per la posizione di "
      "Sviluppatore Java prima del colloquio. Hai tempo fino al 20 novembre.\n\nCodility", on(11, 12, 9)),
    t("i05", "lookalike", "none", "Vallenera Trasporti <noreply@candidates.workablemail.com>", USER,
      "Grazie per la tua candidatura a Vallenera Trasporti",
      "Ciao Alex,\n\ngrazie per esserti candidato per la posizione di Sviluppatore Java presso Vallenera "
      "Trasporti.\n\nIl team di Vallenera Trasporti", on(11, 2, 17)),

    # ---- Portuguese: Gupy receipt and next stage, HireVue
    t("p01", "ats receipt", "ipe", "Ipê Tecnologia <naoresponda@gupy.io>", USER,
      "Recebemos sua candidatura para Desenvolvedor Backend",
      "Olá, Alex!\n\nRecebemos sua candidatura para a vaga de Desenvolvedor Backend na Ipê Tecnologia Ltda. "
      "Acompanhe as próximas etapas pelo portal.\n\nEquipe Ipê Tecnologia", on(10, 27, 10, BRT)),
    t("p02", "ats next stage", "ipe", "Ipê Tecnologia <naoresponda@gupy.io>", USER,
      "Você avançou para a etapa de entrevista!",
      "Olá, Alex!\n\nVocê avançou na vaga de Desenvolvedor Backend da Ipê Tecnologia Ltda. A próxima etapa é "
      "uma entrevista com a equipe, no dia 24 de novembro às 14h.\n\nEquipe Ipê Tecnologia", on(11, 13, 10, BRT)),
    t("p03", "sent to contact", "ipe", USER, "Ana Lima <ana.lima@ipetec.com.br>",
      "Confirmação - entrevista dia 24",
      "Olá, Ana!\n\nConfirmo minha presença na entrevista do dia 24 às 14h.\n\nAbraço,\nAlex",
      on(11, 13, 16, BRT)),
    t("p04", "lookalike", "none", "Ipê Saúde <naoresponda@gupy.io>", USER,
      "Recebemos sua candidatura para Desenvolvedor Backend",
      "Olá, Alex!\n\nRecebemos sua candidatura para a vaga de Desenvolvedor Backend na Ipê Saúde.\n\n"
      "Equipe Ipê Saúde", on(11, 3, 10, BRT)),

    # ---- the company's own booking service, a board relaying the employer, a namesake
    t("h01", "booking", "harwick", "Harwick Interviews <HarwickInterviews@harwickhealth.com>", USER,
      "Booking confirmed: Clinical Data Analyst interview - Wednesday, 25 November 2026",
      "Your booking is confirmed.\n\nService: Clinical Data Analyst interview\nDate: Wednesday, 25 November "
      "2026, 16:00\nStaff: Dana Morrow\n\nManage booking", on(11, 10, 9, UTC)),
    t("h02", "board relay", "harwick", "Dana Morrow from Harwick Health <reply-71ac@indeedemail.com>", USER,
      "New message from Harwick Health about Clinical Data Analyst",
      "Dana Morrow from Harwick Health sent you a message about Clinical Data Analyst:\n\n\"Hi Alex, thanks "
      "for applying to Harwick Health Inc. Could you send me a few times next week for a first interview?\"\n\n"
      "Reply on Indeed", on(11, 11, 15, UTC)),
    t("h03", "sent to contact", "harwick", USER, "Dana Morrow <dana.morrow@harwickhealth.com>",
      "Clinical Data Analyst - interview times",
      "Hi Dana,\n\nThank you for reaching out. I could do Tuesday or Wednesday afternoon next week.\n\nBest,\nAlex",
      on(11, 11, 19, UTC)),
    t("h04", "namesake", "none|review", "Dana Morrow <no-reply@hire.lever.co>", USER,
      "Interview for Clinical Data Analyst - Brookfall Clinics",
      "Hi Alex,\n\nThanks for applying to Brookfall Clinics. We'd like to invite you to an interview for the "
      "Clinical Data Analyst role.\n\nDana Morrow\nBrookfall Clinics", on(11, 12, 15, UTC)),
    # A company's and a platform's mailings name the employer and the role too.
    t("h06", "mailing", "none", "Harwick Health Careers <careers@harwickhealth.com>", USER,
      "New at Harwick Health: Clinical Data Analyst and 5 more roles",
      "Hi Alex,\n\nThanks for joining our talent community. New roles this month:\n\nClinical Data Analyst - "
      "Boston\nNurse Informaticist - Remote\n\nSee all jobs\n\nUnsubscribe", on(11, 2, 14, UTC), headers=MAILING),
    t("h07", "mailing", "none", "Belmont Conseil SAS <no-reply@teamtailor-mail.com>", USER,
      "Nouvelles offres chez Belmont Conseil SAS",
      "Bonjour Alex,\n\nDe nouvelles offres pourraient vous intéresser : Chef de projet data (Lyon), "
      "Consultant BI (Paris).\n\nSe désabonner", on(11, 4, 9), headers=MAILING),
    t("h08", "domain, no role", "review|none", "Harwick Health <noreply@harwickhealth.com>", USER,
      "Your visit on Wednesday",
      "Hello,\n\nPlease find attached the directions to our Boston office and the visitor policy.\n\n"
      "Harwick Health", on(11, 20, 9, UTC)),
    t("h05", "booking elsewhere", "none", "Calendly <notifications@calendly.com>", USER,
      "Confirmed: Clinical Data Analyst interview with Brookfall Clinics",
      "Hi Alex,\n\nA new event has been scheduled.\n\nEvent: Clinical Data Analyst interview - Brookfall "
      "Clinics\nDate: Thursday, 26 November 2026, 10:00\n\nCancel or reschedule.", on(11, 13, 8, UTC)),
)

BY_NAME = {probe.name: probe for probe in PROBES}


def test_the_probes_are_sound() -> None:
    ids = {line.split('"')[1] for line in INTERVIEWS.splitlines() if line.startswith("id = ")}
    assert len(BY_NAME) == len(PROBES)
    for probe in PROBES:
        assert probe.accept <= ids | {"review", "none"}, probe.name
        assert not probe.parent or BY_NAME[probe.parent].date < probe.date, probe.name


@pytest.fixture(scope="module", params=["maildir", "imap"])
def scanned(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every probe delivered to a Maildir, or appended to a real Dovecot; the scan's report."""
    root = tmp_path_factory.mktemp("run_up")
    mail = [(raw_message(probe, BY_NAME), probe.sent) for probe in PROBES]
    dovecot = request.getfixturevalue("dovecot_server") if request.param == "imap" else None
    return scan_small_mailbox(request.param, root, INTERVIEWS, mail, dovecot)


def _listed(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    by_id = {entry["message_id"]: entry for entry in report["messages"]}
    return {probe.name: by_id.get(probe.message_id, {}) for probe in PROBES}


@pytest.mark.parametrize("name", [pytest.param(p.name, id=f"{p.trap}-{p.name}") for p in PROBES])
def test_each_message_is_tied_where_a_careful_reader_would(name: str, scanned: dict[str, Any]) -> None:
    probe = BY_NAME[name]
    listed = _listed(scanned)[name]
    got = tie_outcome(listed)
    assert got in accepted_outcomes(probe.accept), (probe.trap, got, listed.get("reasons"), listed.get("candidates"))
    if got == "review":
        assert probe.accept - {"review", "none"} <= set(listed.get("candidates", ())), listed


def test_the_run_up_is_context_and_read_as_usual(scanned: dict[str, Any]) -> None:
    """Each message tied before its interview says so, and reads as what it is: a receipt an
    acknowledgement, the invitation a next step; none of it is news or heard back."""
    listed = _listed(scanned)
    tied = {name: entry for name, entry in listed.items() if entry.get("interview")}
    assert tied
    for name, entry in tied.items():
        assert any("context, not feedback" in reason or "before the interview" in reason
                   for reason in entry["reasons"]), (name, entry["reasons"])
    for name in ("e01", "d01", "f02", "s01", "n01", "i01", "p01"):
        assert listed[name].get("kind") == "acknowledgement", (name, listed[name].get("kind"))
    for name in ("e02", "d02", "n02", "i02"):
        assert listed[name].get("kind") == "next_step", (name, listed[name].get("kind"))
    for interview in scanned["interviews"]:
        assert interview["status"] != "heard_back" and interview["last_heard"] is None, interview
    assert not scanned.get("notices"), scanned.get("notices")
