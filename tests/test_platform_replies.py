"""Mail that platforms send on an employer's behalf, through `watcher scan --json` on a Maildir.

Applicant-tracking systems, scheduling tools, assessment providers, e-signature services,
background- and reference-check services write to the candidate in the employer's name,
from their own sending domains and relays, in the employer's language. Each message here is
written the way the platform writes it (display name, sending domain, Return-Path,
DKIM signing domain, List-Id, X-Mailer, its own headers) and says which outcomes are right:

- ``interview:kind`` -- tied to that logged interview and read as that kind;
- ``none`` -- tied to nothing (held for review is accepted too: it ties nothing);
- ``review`` -- held for a person to decide.

Two groups of negatives must never hear back: mail that is not news (an application received,
a reminder of a step already booked, a job alert, a survey), which may be tied as long as its
kind does not count as hearing back; and mail from another employer on the same platform whose
name shares a word with a logged one, which must never be tied (a wrong tie cancels the
follow-ups of an interview that has not heard back).
"""

from __future__ import annotations

import hashlib
import mailbox
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import pytest

from tests.corpus_scan import USER, accepted_outcomes, config_text, maildir_account, run_scan, tie_outcome
from tests.test_match_traps import ics
from watcher.model import HEARD_BACK_KINDS

CET = timezone(timedelta(hours=1))

INTERVIEWS = """
[[interview]]
id = "quantra"
company = "Quantra Payments"
role = "Senior Backend Engineer"
when = 2026-11-02T10:00:00+01:00
contacts = ["dana.li@quantrapay.com"]
domains = ["quantrapay.com"]

[[interview]]
id = "kestrel"
company = "Kestrel Cloud"
role = "Site Reliability Engineer"
when = 2026-11-03T16:00:00+01:00
contacts = ["maya.ortiz@kestrelcloud.io"]
domains = ["kestrelcloud.io"]

[[interview]]
id = "meridian"
company = "Meridian Health Partners"
role = "Data Analyst"
when = 2026-11-04T15:00:00+01:00
domains = ["meridianhp.org"]

[[interview]]
id = "corvid"
company = "Corvid Security Ltd"
role = "Security Engineer"
when = 2026-11-05T11:00:00+01:00
contacts = ["hannah.price@corvidsecurity.co.uk"]
domains = ["corvidsecurity.co.uk"]

[[interview]]
id = "helix"
company = "Helix Biosystems GmbH"
role = "Bioinformatiker (m/w/d)"
when = 2026-11-05T14:00:00+01:00
contacts = ["j.brandt@helix-biosystems.de"]
domains = ["helix-biosystems.de"]

[[interview]]
id = "lumen"
company = "Lumen Atelier SAS"
role = "Product Designer"
when = 2026-11-06T10:00:00+01:00
contacts = ["claire.morel@lumen-atelier.fr"]
domains = ["lumen-atelier.fr"]

[[interview]]
id = "vereda"
company = "Vereda Logística S.L."
role = "Ingeniero de datos"
when = 2026-11-09T12:00:00+01:00
domains = ["vereda-logistica.es"]

[[interview]]
id = "tulpen"
company = "Tulpenveld Software B.V."
role = "Backend developer"
when = 2026-11-09T15:00:00+01:00
contacts = ["sanne.devries@tulpenveld.nl"]
domains = ["tulpenveld.nl"]

[[interview]]
id = "sarto"
company = "Officine Sarto S.p.A."
role = "Data Engineer"
when = 2026-11-10T10:00:00+01:00
domains = ["officinesarto.it"]

[[interview]]
id = "ondaverde"
company = "Ondaverde Energia"
role = "Engenheiro de software"
when = 2026-11-10T14:00:00+01:00
domains = ["ondaverde.pt"]

[[interview]]
id = "atlas"
company = "Atlas Freight Co."
role = "Operations Analyst"
when = 2026-11-11T16:00:00+01:00
contacts = ["rob.hale@atlasfreight.com"]
domains = ["atlasfreight.com"]
"""

ME = f"Alex Doe <{USER}>"


def day(d: int, hour: int = 10, minute: int = 0, month: int = 11) -> datetime:
    """A moment in late 2026, Central European time."""
    return datetime(2026, month, d, hour, minute, tzinfo=CET)


def dkim(domain: str, selector: str = "s1") -> str:
    """A DKIM-Signature header as the platform's mail servers add it (the signature itself is not checked)."""
    return (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector}; "
            "h=from:to:subject:date:message-id:mime-version:content-type; "
            "bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdHNpZ25hdHVyZQ==")


def traces(return_path: str, signer: str, **more: str) -> dict[str, str]:
    """The headers that trace the sending system: Return-Path, DKIM-Signature, then any others."""
    return {"Return-Path": f"<{return_path}>", "DKIM-Signature": dkim(signer),
            **{name.replace("_", "-"): value for name, value in more.items()}}


@dataclass(frozen=True)
class Case:
    """One platform message and the outcomes that are right for it."""

    name: str
    area: str  # ats, scheduling, assessment, offer, not_news, other_employer
    accept: frozenset[str]  # "interview:kind", "none", "review"
    sender: str
    subject: str
    body: str
    date: datetime
    reply_to: str = ""
    sender_header: str = ""  # Sender:, when the platform sends on someone's behalf
    calendar: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def message_id(self) -> str:
        host = self.sender.rsplit("@", 1)[1].rstrip(">")
        token = hashlib.sha1(self.name.encode()).hexdigest()[:16]
        return f"<{token}.{self.date:%Y%m%d%H%M%S}@{host}>"


def c(name: str, area: str, accept: str, sender: str, subject: str, body: str, date: datetime,
      **more: Any) -> Case:
    return Case(name, area, frozenset(accept.split("|")), sender, subject, body, date, **more)


def quiet(interview: str) -> str:
    """The outcomes right for mail that is not news about ``interview``: tied to it with a
    kind that does not hear back, or tied to nothing."""
    return f"none|review|{interview}:acknowledgement|{interview}:bulk|{interview}:auto_reply"


GH = traces("bounces+2318211-8c1f-user=example.org@us.greenhouse-mail.io", "greenhouse-mail.io")
LEVER = traces("bounce+f19a2c.7d3e-user=example.org@hire.lever.co", "hire.lever.co")
LEVER_EU = traces("bounce+0c81d2.91aa-user=example.org@hire.eu.lever.co", "hire.eu.lever.co")
ASHBY = traces("bounces+5531@em5120.ashbyhq.com", "ashbyhq.com")
WORKDAY = traces("bounce@myworkday.com", "myworkday.com", X_Mailer="Workday Mailer",
                 Auto_Submitted="auto-generated")
ICIMS = traces("bounces@icims.com", "icims.com", X_Mailer="iCIMS Connect")
TALEO = traces("do-not-reply@taleo.net", "taleo.net", X_Mailer="Oracle Taleo Enterprise")
SF = traces("bounce-sf@sapsf.eu", "sapsf.eu", X_Mailer="SAP SuccessFactors")
PERSONIO = traces("bounce@mail.personio.de", "personio.de", Auto_Submitted="auto-generated")
SOFTGARDEN = traces("bounces@softgarden.io", "softgarden.io", X_Mailer="softgarden e-recruiting")
JOIN = traces("bounces+4411@em.join.com", "join.com")
WTTJ = traces("bounce@mail.welcomekit.co", "welcomekit.co", X_Mailer="Welcome Kit")
TEAMTAILOR = traces("bounces@teamtailor-mail.com", "teamtailor-mail.com")
RECRUITEE = traces("bounce@mail.recruitee.com", "recruitee.com")
WORKABLE = traces("bounces+7712@em.workablemail.com", "workablemail.com",
                  List_Unsubscribe="<https://apply.workable.com/unsubscribe/x81>")
SMARTR = traces("bounces+92015@em2931.smartrecruiters.com", "smartrecruiters.com",
                List_Unsubscribe="<mailto:unsubscribe@smartrecruiters.com?subject=u7731>")
JAZZ = traces("bounce@applytojob.com", "jazzhr.com")
BAMBOO = traces("bounce@bamboohr.com", "bamboohr.com")
JOBVITE = traces("bounce@mail.jobvite.com", "jobvite.com")
CALENDLY = traces("bounces+1931@em.calendly.com", "calendly.com")
GOODTIME = traces("bounces@mg.goodtime.io", "goodtime.io")
MODERNLOOP = traces("bounces@mail.modernloop.io", "modernloop.io")
PARADOX = traces("bounce@mail.paradox.ai", "paradox.ai")
CRONOFY = traces("bounce@mail.cronofy.com", "cronofy.com")
GCAL = traces("dana.li@quantrapay.com", "google.com")
HACKERRANK = traces("bounces@hackerrankforwork.com", "hackerrankforwork.com")
CODILITY = traces("bounce@codility.com", "codility.com")
CODESIGNAL = traces("bounces@mail.codesignal.com", "codesignal.com")
TESTGORILLA = traces("bounces@mail.testgorilla.com", "testgorilla.com")
HIREVUE = traces("bounce@hirevue.com", "hirevue.com")
HIREVUE_EU = traces("bounce@hirevue-app.eu", "hirevue-app.eu")
DOCUSIGN = traces("dse_NA4@docusign.net", "docusign.net", X_Mailer="DocuSign NA4")
DOCUSIGN_EU = traces("dse@eumail.docusign.net", "eumail.docusign.net", X_Mailer="DocuSign EU")
ADOBESIGN = traces("adobesign@adobesign.com", "adobesign.com")
CHECKR = traces("bounces@mail.checkr.com", "checkr.com")
HIRERIGHT = traces("bounce@hireright.com", "hireright.com")
CROSSCHQ = traces("bounces@mail.crosschq.com", "crosschq.com")

CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------ applicant-tracking systems
    c("gh-reject", "ats", "quantra:rejection", "Quantra Payments <no-reply@us.greenhouse-mail.io>",
      "Your application to Quantra Payments",
      "Hi Alex,\n\nThank you for your interest in Quantra Payments and for the time you invested in our "
      "interview process for the Senior Backend Engineer position.\n\nWe received many strong applications, "
      "and after careful consideration we've decided not to move forward with your candidacy at this time. "
      "This was not an easy decision.\n\nWe'll keep your details on file and may reach out about future "
      "openings.\n\nBest regards,\nThe Quantra Payments Recruiting Team", day(16), headers=GH),
    c("gh-availability", "scheduling", "quantra:next_step", "Dana Li <no-reply@greenhouse.io>",
      "Quantra Payments - Availability for your final round",
      "Hi Alex,\n\nThanks again for speaking with the team last week! We'd like to move you forward to "
      "our final round, a 3-hour virtual onsite with four interviewers.\n\nPlease submit your availability "
      "for the next two weeks using the link below:\n\nhttps://app.greenhouse.io/availability/8c1e09d2\n\n"
      "Thanks,\nDana\nTalent Partner, Quantra Payments", day(9, 11), reply_to="Dana Li <dana.li@quantrapay.com>",
      headers=traces("bounces+2318211-99ab@greenhouse.io", "greenhouse.io")),
    c("gh-hiring-team", "ats", "quantra:rejection", "Hiring Team <no-reply@greenhouse.io>",
      "Following up on your interview",
      "Hi Alex,\n\nThank you for interviewing with us for the Senior Backend Engineer role at Quantra "
      "Payments. We really enjoyed learning about your work.\n\nUnfortunately, the team has decided to "
      "pursue other candidates whose experience more closely matches what we need right now.\n\nWe wish "
      "you the best in your search.\n\nQuantra Payments", day(17, 9), headers=GH),
    c("gh-received", "not_news", quiet("quantra"), "Quantra Payments <no-reply@us.greenhouse-mail.io>",
      "Thank you for applying to Quantra Payments",
      "Hi Alex,\n\nThanks for applying to the Staff Engineer, Payments Risk role at Quantra Payments. Your "
      "application has been received and our team will review it shortly.\n\nIf your experience is a good "
      "fit, someone from our recruiting team will be in touch.\n\nQuantra Payments", day(12, 18), headers=GH),
    c("gh-survey", "not_news", quiet("quantra"), "Quantra Payments <no-reply@us.greenhouse-mail.io>",
      "How was your interview experience with Quantra Payments?",
      "Hi Alex,\n\nYou recently interviewed with Quantra Payments. We'd love to hear about your experience "
      "so we can keep improving.\n\nThis short survey takes about 2 minutes and is completely anonymous; "
      "your answers will not affect your candidacy.\n\nTake the survey: https://app.greenhouse.io/survey/"
      "c8e31\n\nThis survey is administered by Greenhouse on behalf of Quantra Payments.", day(6, 15),
      headers=GH),
    c("gh-pt-offer", "offer", "ondaverde:offer", "Ondaverde Energia <no-reply@eu.greenhouse-mail.io>",
      "Proposta de emprego - Ondaverde Energia",
      "Olá Alex,\n\nEm nome de toda a equipa, temos o prazer de lhe apresentar uma proposta para a função "
      "de Engenheiro de software na Ondaverde Energia.\n\nEncontra em anexo a carta com as condições "
      "propostas. Agradecemos que nos dê uma resposta até dia 4 de dezembro.\n\nCom os melhores cumprimentos,"
      "\nEquipa de Recrutamento da Ondaverde Energia", day(27),
      headers=traces("bounces+88121@eu.greenhouse-mail.io", "eu.greenhouse-mail.io")),

    c("lever-reject", "ats", "kestrel:rejection", "Kestrel Cloud <no-reply@hire.lever.co>",
      "Your application to Kestrel Cloud",
      "Hi Alex,\n\nThank you for taking the time to speak with us about the Site Reliability Engineer "
      "role. We really enjoyed getting to know you.\n\nUnfortunately, we've decided to move forward with "
      "other candidates whose experience more closely aligns with our current needs.\n\nWe appreciate your "
      "interest in Kestrel Cloud and wish you the best.\n\nThe Kestrel Cloud Team", day(18), headers=LEVER),
    c("lever-other-employer", "other_employer", "none|review", "Kestrel Capital <no-reply@hire.lever.co>",
      "Kestrel Capital - Next steps",
      "Hi Alex,\n\nThanks for chatting with us about the Quantitative Developer role at Kestrel Capital! "
      "We'd love to invite you to the next round with our portfolio team.\n\nPlease let us know your "
      "availability.\n\nBest,\nKestrel Capital Talent", day(12), headers=LEVER),
    c("lever-eu-nl-reject", "ats", "tulpen:rejection", "Tulpenveld Software <no-reply@hire.eu.lever.co>",
      "Update over je sollicitatie bij Tulpenveld Software",
      "Hoi Alex,\n\nDank je wel voor je tijd en het fijne gesprek over de rol van Backend developer.\n\n"
      "Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat, die net iets beter "
      "aansluit bij wat het team nu nodig heeft.\n\nWe wensen je veel succes met je zoektocht.\n\n"
      "Met vriendelijke groet,\nTulpenveld Software", day(20), headers=LEVER_EU),

    c("ashby-onsite", "scheduling", "kestrel:next_step", "Kestrel Cloud <no-reply@ashbyhq.com>",
      "Next steps with Kestrel Cloud",
      "Hi Alex,\n\nThanks so much for chatting with the team! We'd love to invite you to our virtual onsite "
      "loop: four 45-minute conversations covering systems, incident response, coding and values.\n\n"
      "Please use the link below to share your availability:\nhttps://app.ashbyhq.com/scheduling/"
      "5e1c-availability\n\nMaya Ortiz\nRecruiting, Kestrel Cloud", day(6, 17), headers=ASHBY),
    c("ashby-short-name", "ats", "kestrel:rejection", "Maya at Kestrel <no-reply@ashbyhq.com>",
      "Update on your Kestrel Cloud application",
      "Hi Alex,\n\nThanks for your patience while the team gathered feedback from your onsite. I'm sorry "
      "to share that we won't be moving forward with your application for the Site Reliability Engineer "
      "role.\n\nThe bar was high and the decision was close. Thank you for all the time you put in.\n\n"
      "Maya Ortiz\nRecruiting, Kestrel Cloud", day(24), reply_to="maya.ortiz@kestrelcloud.io", headers=ASHBY),

    c("workday-reject", "ats", "meridian:rejection", "Meridian Health Partners <meridianhp@myworkday.com>",
      "Update on your application for Data Analyst",
      "Dear Alex,\n\nThank you for your interest in the Data Analyst position (R-20417) at Meridian Health "
      "Partners. We appreciate the time you took to interview with us.\n\nAfter careful review, we have "
      "selected another candidate whose qualifications more closely match the needs of this position.\n\n"
      "We encourage you to apply for future openings.\n\nSincerely,\nMeridian Health Partners Talent "
      "Acquisition\n\nThis is an automated message; please do not reply.", day(19), headers=WORKDAY),
    c("workday-brand-name", "ats", "meridian:next_step", "Workday <meridianhp@wd5.myworkday.com>",
      "Meridian Health Partners: interview invitation",
      "Dear Alex,\n\nCongratulations! The hiring team for Data Analyst (R-20417) at Meridian Health "
      "Partners would like to invite you to a second interview with the department director.\n\nPlease "
      "sign in to your candidate home account to choose a time slot.\n\nMeridian Health Partners Talent "
      "Acquisition", day(10, 8), headers=traces("bounce@wd5.myworkday.com", "myworkday.com",
                                                X_Mailer="Workday Mailer")),
    c("workday-other-employer", "other_employer", "none|review", "Meridian Bank <meridianbank@myworkday.com>",
      "Your application to Meridian Bank",
      "Dear Alex,\n\nThank you for interviewing for the Credit Risk Analyst position at Meridian Bank. "
      "Unfortunately, we have decided not to proceed with your candidacy.\n\nKind regards,\nMeridian Bank "
      "Recruiting", day(13), headers=WORKDAY),
    c("workday-job-alert", "not_news", quiet("meridian"), "Meridian Health Partners <meridianhp@myworkday.com>",
      "Job Alert: 4 new jobs match your saved search",
      "Hi Alex,\n\nNew jobs at Meridian Health Partners match your saved search \"analyst\":\n\n"
      "- Senior Data Analyst, Population Health\n- BI Analyst\n- Reporting Analyst II\n- Clinical Data "
      "Analyst\n\nView jobs: https://meridianhp.wd5.myworkdayjobs.com/careers\n\nManage job alerts or "
      "unsubscribe in your candidate home.", day(21, 7),
      headers={**WORKDAY, "List-Unsubscribe": "<https://meridianhp.wd5.myworkdayjobs.com/unsubscribe>",
               "Precedence": "bulk"}),
    c("workday-it-holding", "ats", "sarto:acknowledgement", "Officine Sarto S.p.A. <officinesarto@myworkday.com>",
      "Aggiornamento sulla tua candidatura",
      "Gentile Alex,\n\nti ringraziamo per il colloquio sostenuto per la posizione di Data Engineer.\n\n"
      "Ti informiamo che la tua candidatura è ancora in fase di valutazione: ti daremo un riscontro entro "
      "la fine del mese.\n\nCordiali saluti,\nTalent Acquisition - Officine Sarto S.p.A.", day(17),
      headers=WORKDAY),

    c("icims-custom-domain", "scheduling", "meridian:next_step",
      "Meridian Health Partners <talent@meridianhp-careers.com>",
      "Meridian Health Partners: Next Steps - Data Analyst",
      "Hello Alex,\n\nThank you for meeting with our team. We would like to invite you to a final interview "
      "with the hiring manager for the Data Analyst role.\n\nPlease reply with two or three times that work "
      "for you next week.\n\nThank you,\nMeridian Health Partners Talent Acquisition", day(11, 9),
      headers=ICIMS),
    c("icims-other-employer", "other_employer", "none|review", "Meridian Health Systems <no-reply@icims.com>",
      "Meridian Health Systems - Application Status",
      "Dear Alex,\n\nThank you for your interest in Meridian Health Systems. We have reviewed your "
      "qualifications and unfortunately you were not selected for the Data Analyst position.\n\nMeridian "
      "Health Systems Human Resources", day(14), headers=ICIMS),
    c("taleo-filled", "ats", "meridian:rejection", "Meridian Health Partners <meridianhp@taleo.net>",
      "Meridian Health Partners - Status of your application",
      "Dear Alex Doe,\n\nThank you for your interest in the Data Analyst position with Meridian Health "
      "Partners.\n\nWe wish to inform you that this position has been filled. We appreciate the time you "
      "invested in the interview process.\n\nSincerely,\nMeridian Health Partners\n\n*** This is an "
      "automated notification. Please do not reply to this message. ***", day(23), headers=TALEO),

    c("sf-unsuccessful", "ats", "corvid:rejection", "Corvid Security Careers <DoNotReply@sapsf.eu>",
      "Your application for Security Engineer (Job ID 4411)",
      "Dear Alex,\n\nThank you for attending the interview for the Security Engineer role at Corvid "
      "Security.\n\nWe regret to inform you that on this occasion your application has been unsuccessful. "
      "We had a very strong field of candidates.\n\nWe wish you every success in the future.\n\nKind "
      "regards,\nCorvid Security Ltd Recruitment Team", day(20), headers=SF),
    c("sf-final", "scheduling", "corvid:next_step", "Corvid Security <noreply@successfactors.com>",
      "Invitation to final interview - Security Engineer",
      "Dear Alex,\n\nFollowing your recent interview, we are pleased to invite you to a final stage "
      "interview at our London office with the CISO.\n\nPlease confirm your attendance using the link "
      "below.\n\nKind regards,\nCorvid Security Ltd Recruitment Team", day(12),
      headers=traces("bounce@successfactors.com", "successfactors.com", X_Mailer="SAP SuccessFactors")),

    c("personio-de-reject", "ats", "helix:rejection", "Helix Biosystems GmbH <noreply@personio.de>",
      "Ihre Bewerbung als Bioinformatiker (m/w/d) bei der Helix Biosystems GmbH",
      "Hallo Alex Doe,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen und für die Zeit, die Sie "
      "sich für das Gespräch mit uns genommen haben.\n\nNach sorgfältiger Prüfung haben wir uns "
      "entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen. Diese Entscheidung ist keine Bewertung "
      "Ihrer Qualifikation.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen "
      "Grüßen\nIhr Team der Helix Biosystems GmbH", day(18), headers=PERSONIO),
    c("personio-de-invite", "scheduling", "helix:next_step", "Helix Biosystems GmbH <noreply@personio.com>",
      "Einladung zum Zweitgespräch",
      "Hallo Alex,\n\nvielen Dank für das angenehme Erstgespräch. Wir würden Sie gerne zu einem "
      "Zweitgespräch mit unserem Teamleiter Data Science einladen.\n\nBitte wählen Sie über den folgenden "
      "Link einen passenden Termin aus:\nhttps://helix-biosystems.jobs.personio.de/termin/81c2\n\nViele "
      "Grüße\nJulia Brandt\nHelix Biosystems GmbH", day(9, 14),
      headers=traces("bounce@mail.personio.com", "personio.com")),
    c("personio-other-employer", "other_employer", "none|review", "Helix Robotik GmbH <noreply@personio.de>",
      "Ihre Bewerbung bei der Helix Robotik GmbH",
      "Hallo Alex Doe,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns "
      "für andere Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nHelix Robotik GmbH", day(13),
      headers=PERSONIO),
    c("softgarden-reject", "ats", "helix:rejection", "Helix Biosystems GmbH <noreply@softgarden.io>",
      "Rückmeldung zu Ihrer Bewerbung",
      "Sehr geehrter Herr Doe,\n\nnochmals vielen Dank für das Gespräch am 5. November. Es ist uns nicht "
      "leicht gefallen, aber wir haben uns für eine andere Kandidatin entschieden, deren Profil noch besser "
      "zu den Anforderungen passt.\n\nMit freundlichen Grüßen\nHelix Biosystems GmbH\nPersonalabteilung",
      day(25), headers=SOFTGARDEN),
    c("softgarden-received", "not_news", quiet("helix"), "Helix Biosystems GmbH <noreply@softgarden.io>",
      "Eingangsbestätigung Ihrer Bewerbung",
      "Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung als Data Engineer (m/w/d). Hiermit "
      "bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen diese sorgfältig und melden uns "
      "schnellstmöglich bei Ihnen.\n\nMit freundlichen Grüßen\nHelix Biosystems GmbH", day(14, 20),
      headers=SOFTGARDEN),
    c("join-filled", "ats", "helix:rejection", "Helix Biosystems GmbH <noreply@join.com>",
      "Update zu Ihrer Bewerbung bei Helix Biosystems GmbH",
      "Hallo Alex,\n\nvielen Dank für Ihr Interesse und das Gespräch mit uns. Die Stelle als "
      "Bioinformatiker (m/w/d) ist inzwischen leider besetzt.\n\nWir wünschen Ihnen viel Erfolg bei der "
      "weiteren Suche.\n\nBeste Grüße\nHelix Biosystems GmbH\n\nGesendet über JOIN", day(26), headers=JOIN),
    c("join-nl-received", "not_news", quiet("tulpen"), "Tulpenveld Software B.V. <noreply@join.com>",
      "We hebben je sollicitatie ontvangen",
      "Hoi Alex,\n\nBedankt voor je sollicitatie als Frontend developer bij Tulpenveld Software. We hebben "
      "je gegevens goed ontvangen en nemen zo snel mogelijk contact met je op.\n\nGroeten,\nTulpenveld "
      "Software", day(15, 21), headers=JOIN),

    c("wttj-fr-reject", "ats", "lumen:rejection", "Lumen Atelier <no-reply@welcomekit.co>",
      "Votre candidature chez Lumen Atelier",
      "Bonjour Alex,\n\nNous vous remercions pour le temps que vous nous avez accordé lors de nos échanges."
      "\n\nAprès réflexion, nous avons le regret de vous annoncer que nous ne donnerons pas suite à votre "
      "candidature pour le poste de Product Designer.\n\nNous vous souhaitons une bonne continuation.\n\n"
      "L'équipe Lumen Atelier", day(19), headers=WTTJ),
    c("wttj-other-employer", "other_employer", "none|review", "Lumen Studio <no-reply@welcomekit.co>",
      "Lumen Studio - suite de votre candidature",
      "Bonjour Alex,\n\nMerci pour votre candidature au poste de Motion Designer chez Lumen Studio. Nous "
      "souhaitons vous rencontrer pour un premier entretien : pouvez-vous nous indiquer vos disponibilités "
      "?\n\nÀ bientôt,\nLumen Studio", day(16), headers=WTTJ),
    c("wttj-newsletter", "not_news", quiet("lumen"), "Welcome to the Jungle <hello@welcometothejungle.com>",
      "Lumen Atelier recrute : 3 nouvelles offres pour vous",
      "Bonjour Alex,\n\nLumen Atelier vient de publier 3 nouvelles offres qui pourraient vous plaire :\n"
      "- UX Researcher (Paris)\n- Lead Product Designer (Lyon)\n- UI Designer (Remote)\n\nVoir les offres "
      "sur Welcome to the Jungle.\n\nVous recevez cet e-mail car vous suivez Lumen Atelier. Se désabonner",
      day(22, 8), headers=traces("bounce@mail.welcometothejungle.com", "welcometothejungle.com",
                                 List_Id="Alertes emploi <alerts.welcometothejungle.com>",
                                 List_Unsubscribe="<https://www.welcometothejungle.com/unsubscribe/z1>",
                                 Precedence="bulk")),
    c("teamtailor-fr-slot", "scheduling", "lumen:next_step", "Lumen Atelier <no-reply@teamtailor-mail.com>",
      "Invitation à un entretien avec Lumen Atelier",
      "Bonjour Alex,\n\nSuite à notre premier échange, nous aimerions vous inviter à un entretien final "
      "avec Claire Morel, notre Head of Design.\n\nMerci de choisir le créneau qui vous convient via le "
      "lien ci-dessous :\nhttps://lumen-atelier.teamtailor.com/meetings/4f2a\n\nÀ très vite,\nL'équipe "
      "Lumen Atelier", day(10), headers=TEAMTAILOR),
    c("teamtailor-fr-survey", "not_news", quiet("lumen"), "Lumen Atelier <no-reply@teamtailor-mail.com>",
      "Votre avis compte pour nous",
      "Bonjour Alex,\n\nVous avez récemment passé un entretien chez Lumen Atelier. Pourriez-vous prendre "
      "une minute pour nous dire comment s'est passé votre processus de recrutement ? Vos réponses sont "
      "anonymes.\n\nRépondre au questionnaire : https://lumen-atelier.teamtailor.com/survey/9a\n\n"
      "Merci !\nL'équipe Lumen Atelier", day(8, 12), headers=TEAMTAILOR),
    c("teamtailor-it-invite", "scheduling", "sarto:next_step", "Officine Sarto <no-reply@teamtailor.com>",
      "Invito a un secondo colloquio - Officine Sarto",
      "Ciao Alex,\n\ngrazie per il primo colloquio. Saremmo lieti di invitarti a un secondo colloquio con "
      "il responsabile del team dati.\n\nTi chiediamo di scegliere uno degli orari disponibili a questo "
      "link:\nhttps://officinesarto.teamtailor.com/meetings/71c\n\nA presto,\nIl team HR di Officine "
      "Sarto", day(13), headers=traces("bounces@teamtailor.com", "teamtailor.com")),
    c("teamtailor-it-received", "not_news", quiet("sarto"), "Officine Sarto <no-reply@teamtailor.com>",
      "Abbiamo ricevuto la tua candidatura",
      "Ciao Alex,\n\ngrazie per esserti candidato alla posizione di Analytics Engineer presso Officine "
      "Sarto. Abbiamo ricevuto la tua candidatura e la valuteremo con attenzione. Ti contatteremo se il "
      "tuo profilo sarà in linea con la posizione.\n\nIl team HR di Officine Sarto", day(14, 22),
      headers=traces("bounces@teamtailor.com", "teamtailor.com")),
    c("teamtailor-pt-reject", "ats", "ondaverde:rejection", "Ondaverde Energia <no-reply@teamtailor-mail.com>",
      "A sua candidatura na Ondaverde Energia",
      "Olá Alex,\n\nAgradecemos o tempo que dedicou ao nosso processo de recrutamento e a entrevista para "
      "a função de Engenheiro de software.\n\nApós uma análise cuidadosa, decidimos avançar com outros "
      "candidatos cujo perfil se ajusta mais às necessidades atuais da equipa.\n\nDesejamos-lhe muito "
      "sucesso.\n\nCumprimentos,\nEquipa Ondaverde Energia", day(20), headers=TEAMTAILOR),
    c("teamtailor-pt-received", "not_news", quiet("ondaverde"), "Ondaverde Energia <no-reply@teamtailor-mail.com>",
      "Obrigado pela sua candidatura",
      "Olá Alex,\n\nObrigado pela sua candidatura à vaga de Analista de dados na Ondaverde Energia. "
      "Recebemos os seus dados e a nossa equipa irá analisá-los em breve. Entraremos em contacto caso o "
      "seu perfil corresponda ao que procuramos.\n\nEquipa Ondaverde Energia", day(15, 9), headers=TEAMTAILOR),

    c("recruitee-nl-reject", "ats", "tulpen:rejection", "Tulpenveld Software <tulpenveld@mail.recruitee.com>",
      "Je sollicitatie bij Tulpenveld Software",
      "Hoi Alex,\n\nBedankt voor je sollicitatie en het prettige gesprek van afgelopen maandag.\n\nNa "
      "zorgvuldige overweging hebben we besloten om niet verder te gaan met je sollicitatie. We waarderen "
      "je interesse in Tulpenveld Software enorm.\n\nVeel succes met je verdere zoektocht!\n\nMet "
      "vriendelijke groet,\nSanne de Vries\nTulpenveld Software", day(24, 16), headers=RECRUITEE),
    c("recruitee-nl-invite", "scheduling", "tulpen:next_step", "Tulpenveld Software <tulpenveld@mail.recruitee.com>",
      "Uitnodiging voor een tweede gesprek",
      "Hoi Alex,\n\nLeuk dat je langs bent geweest! We willen je graag uitnodigen voor een tweede gesprek "
      "met twee developers uit het team.\n\nKies via onderstaande link een moment dat jou uitkomt:\n"
      "https://tulpenveld.recruitee.com/o/backend-developer/schedule/3b1\n\nGroeten,\nSanne de Vries",
      day(11, 13), headers=RECRUITEE),
    c("recruitee-pt-invite", "scheduling", "ondaverde:next_step", "Ondaverde Energia <ondaverde@recruitee.com>",
      "Convite para segunda entrevista",
      "Olá Alex,\n\nObrigado pela conversa da semana passada. Gostaríamos de o convidar para uma segunda "
      "entrevista com o diretor de engenharia.\n\nPor favor, escolha um horário através do link abaixo."
      "\n\nCumprimentos,\nEquipa de Recrutamento da Ondaverde Energia", day(13, 15),
      headers=traces("bounce@recruitee.com", "recruitee.com")),

    c("smartr-es-reject", "ats", "vereda:rejection", "Vereda Logística <noreply@smartrecruiters.com>",
      "Actualización sobre tu candidatura a Ingeniero/a de datos",
      "Hola Alex:\n\nGracias por tu interés en Vereda Logística y por el tiempo dedicado a las entrevistas."
      "\n\nTras valorar detenidamente todos los perfiles, hemos decidido continuar el proceso con otros "
      "candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.\n\nTe deseamos mucha "
      "suerte en tu búsqueda.\n\nUn saludo,\nEquipo de Selección de Vereda Logística", day(23), headers=SMARTR),
    c("smartr-es-invite", "scheduling", "vereda:next_step", "Vereda Logística <noreply@mail.smartrecruiters.com>",
      "Siguiente paso en tu proceso con Vereda Logística",
      "Hola Alex:\n\nNos gustó mucho conocerte. Nos gustaría invitarte a una segunda entrevista con la "
      "responsable del equipo de datos.\n\n¿Podrías indicarnos tu disponibilidad para la próxima semana?"
      "\n\nUn saludo,\nEquipo de Selección de Vereda Logística", day(12, 12), headers=SMARTR),
    c("smartr-it-reject", "ats", "sarto:rejection", "Officine Sarto <noreply@smartrecruiters.com>",
      "Aggiornamento sulla tua candidatura - Data Engineer",
      "Gentile Alex,\n\nti ringraziamo per l'interesse mostrato verso Officine Sarto e per il tempo "
      "dedicato ai colloqui.\n\nDopo un'attenta valutazione, abbiamo deciso di proseguire con altri "
      "candidati il cui profilo è più in linea con le esigenze della posizione.\n\nTi auguriamo il meglio "
      "per il tuo percorso professionale.\n\nCordiali saluti,\nTalent Acquisition Officine Sarto",
      day(27), headers=SMARTR),
    c("workable-es-offer", "offer", "vereda:offer", "Vereda Logística <noreply@workablemail.com>",
      "Vereda Logística te ha enviado una oferta de empleo",
      "Hola Alex:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Ingeniero de datos en Vereda "
      "Logística.\n\nPuedes revisar y aceptar la oferta en el siguiente enlace antes del 3 de diciembre:\n"
      "https://apply.workable.com/vereda-logistica/offer/2c9\n\nUn saludo,\nVereda Logística", day(30),
      headers=WORKABLE),
    c("workable-es-received", "not_news", quiet("vereda"), "Vereda Logística <noreply@workablemail.com>",
      "Hemos recibido tu candidatura",
      "Hola Alex:\n\nGracias por presentar tu candidatura al puesto de Analista de operaciones en Vereda "
      "Logística. Hemos recibido tu solicitud correctamente y la revisaremos en los próximos días.\n\n"
      "Un saludo,\nVereda Logística", day(14, 19), headers=WORKABLE),

    c("jazz-filled", "ats", "atlas:rejection", "Atlas Freight Co. <no-reply@applytojob.com>",
      "Your application with Atlas Freight Co.",
      "Hi Alex,\n\nThank you for taking the time to interview with us for the Operations Analyst "
      "position. We wanted to let you know that the position has been filled.\n\nWe appreciate your "
      "interest in Atlas Freight Co. and encourage you to apply again in the future.\n\nThanks,\nAtlas "
      "Freight Co. Hiring Team", day(25), headers=JAZZ),
    c("bamboo-second", "scheduling", "atlas:next_step", "Atlas Freight Co. <notifications@app.bamboohr.com>",
      "Second interview - Operations Analyst",
      "Hi Alex,\n\nThanks for meeting with us! We'd like to schedule a second interview with our VP of "
      "Operations. Are you available Tuesday or Wednesday afternoon next week?\n\nJust reply to this "
      "email with the time that works best.\n\nRob Hale\nAtlas Freight Co.", day(16, 10),
      reply_to="Rob Hale <rob.hale@atlasfreight.com>", headers=BAMBOO),
    c("bamboo-received", "not_news", quiet("atlas"), "Atlas Freight Co. <notifications@app.bamboohr.com>",
      "Thanks for applying to Atlas Freight Co.",
      "Hi Alex,\n\nThank you for applying for the Dispatch Coordinator position. We've received your "
      "application and will review it soon. If we'd like to move forward, we'll contact you.\n\nAtlas "
      "Freight Co.", day(17, 20), headers=BAMBOO),
    c("jobvite-offer", "offer", "atlas:offer", "Atlas Freight Co. <notification@jobvite.com>",
      "Your offer from Atlas Freight Co.",
      "Hi Alex,\n\nWe are delighted to offer you the position of Operations Analyst at Atlas Freight Co.!"
      "\n\nPlease review your offer letter and respond by December 7 using the link below.\n\n"
      "Congratulations,\nRob Hale\nAtlas Freight Co.", day(1, 16, month=12), headers=JOBVITE),
    c("jobvite-other-employer", "other_employer", "none|review", "Atlas Logistics Group <notification@jobvite.com>",
      "Atlas Logistics Group - Application Update",
      "Hi Alex,\n\nThank you for interviewing with Atlas Logistics Group. After careful consideration, you "
      "are no longer under consideration for the Operations Analyst role.\n\nAtlas Logistics Group "
      "Recruiting", day(18, 11), headers=JOBVITE),

    # ------------------------------------------------------------ scheduling tools
    c("calendly-confirmed", "scheduling", "quantra:next_step", "Calendly <notifications@calendly.com>",
      "Confirmed: Quantra Payments Final Round with Dana Li on Tuesday, November 24, 2026",
      "Hi Alex Doe,\n\nYour Quantra Payments Final Round with Dana Li at 2:00pm - 3:00pm (Central European "
      "Time) on Tuesday, November 24, 2026 is scheduled.\n\nEvent Name: Quantra Payments Final Round\n"
      "Location: Google Meet\n\nNeed to make changes to this event?\nCancel | Reschedule\n\nPowered by "
      "Calendly.com", day(13, 11), headers=CALENDLY,
      calendar=ics("Quantra Payments Final Round", "dana.li@quantrapay.com", "20261124T130000Z")),
    c("calendly-reminder", "not_news", quiet("quantra"), "Calendly <notifications@calendly.com>",
      "Reminder: Quantra Payments Final Round with Dana Li is tomorrow",
      "Hi Alex Doe,\n\nThis is a friendly reminder that your Quantra Payments Final Round with Dana Li is "
      "at 2:00pm on Tuesday, November 24, 2026 (Central European Time).\n\nLocation: Google Meet\n\n"
      "Need to make changes to this event? Cancel | Reschedule", day(23, 14), headers=CALENDLY),
    c("calendly-fr-confirmed", "scheduling", "lumen:next_step", "Calendly <notifications@calendly.com>",
      "Confirmé : Entretien final Lumen Atelier avec Claire Morel le jeudi 26 novembre 2026",
      "Bonjour Alex Doe,\n\nVotre Entretien final Lumen Atelier avec Claire Morel à 10:00 - 11:00 (heure "
      "d'Europe centrale) le jeudi 26 novembre 2026 est planifié.\n\nLieu : Lumen Atelier, 12 rue de "
      "Charonne, Paris\n\nModifier cet événement ? Annuler | Reprogrammer", day(17, 9), headers=CALENDLY,
      calendar=ics("Entretien final Lumen Atelier", "claire.morel@lumen-atelier.fr", "20261126T090000Z")),
    c("gcal-invite", "scheduling", "quantra:next_step", "Dana Li <dana.li@quantrapay.com>",
      "Invitation: Quantra Payments - Technical deep dive (Alex Doe) @ Thu 19 Nov 2026 3pm - 4pm (CET) "
      "(user@example.org)",
      "You have been invited to the following event.\n\nQuantra Payments - Technical deep dive (Alex Doe)\n"
      "When: Thursday 19 Nov 2026 3pm - 4pm (CET)\nJoining info: meet.google.com/xqa-jvbd-kzu\n"
      "Organiser: dana.li@quantrapay.com\nGuests: dana.li@quantrapay.com, user@example.org\n\n"
      "Reply for user@example.org: Yes / No / Maybe\n\nInvitation from Google Calendar", day(10, 15),
      sender_header="Google Calendar <calendar-notification@google.com>", headers=GCAL,
      calendar=ics("Quantra Payments - Technical deep dive (Alex Doe)", "dana.li@quantrapay.com",
                   "20261119T140000Z")),
    c("gcal-updated", "scheduling", "atlas:next_step", "Rob Hale <rob.hale@atlasfreight.com>",
      "Updated invitation: Atlas Freight - 2nd interview with VP Operations @ Tue 24 Nov 2026 2pm - 3pm "
      "(CET) (user@example.org)",
      "This event has been changed.\n\nAtlas Freight - 2nd interview with VP Operations\nWhen: CHANGED "
      "Tuesday 24 Nov 2026 2pm - 3pm (CET)\nJoining info: meet.google.com/abc-defg-hij\nOrganiser: "
      "rob.hale@atlasfreight.com\n\nInvitation from Google Calendar", day(19, 9),
      sender_header="Google Calendar <calendar-notification@google.com>",
      headers=traces("rob.hale@atlasfreight.com", "google.com"),
      calendar=ics("Atlas Freight - 2nd interview with VP Operations", "rob.hale@atlasfreight.com",
                   "20261124T130000Z")),
    c("goodtime-confirm", "scheduling", "kestrel:next_step", "Kestrel Cloud Recruiting <scheduling@goodtime.io>",
      "Interview Confirmation: Kestrel Cloud - Virtual Onsite",
      "Hi Alex,\n\nYour virtual onsite with Kestrel Cloud is confirmed for Monday, November 16, 2026 from "
      "9:30 AM to 1:00 PM PST.\n\nSchedule:\n9:30 - Systems design with Priya N.\n10:30 - Incident "
      "response with Jonah K.\n11:30 - Coding with Lee W.\n12:15 - Values with Maya O.\n\nZoom links are "
      "in the calendar invitations.\n\nGood luck!\nKestrel Cloud Recruiting", day(9, 20), headers=GOODTIME,
      calendar=ics("Kestrel Cloud - Virtual Onsite", "scheduling@goodtime.io", "20261116T173000Z")),
    c("goodtime-reminder", "not_news", quiet("kestrel"), "Kestrel Cloud Recruiting <scheduling@goodtime.io>",
      "Reminder: Your interview with Kestrel Cloud is tomorrow",
      "Hi Alex,\n\nJust a reminder that your virtual onsite with Kestrel Cloud is tomorrow, Monday, November "
      "16 at 9:30 AM PST. Please join each session a couple of minutes early.\n\nKestrel Cloud Recruiting",
      day(15, 18), headers=GOODTIME),
    c("modernloop-availability", "scheduling", "kestrel:next_step",
      "Kestrel Cloud via ModernLoop <no-reply@modernloop.io>",
      "Please share your availability for your Kestrel Cloud interview",
      "Hi Alex,\n\nThe Kestrel Cloud team would like to schedule your hiring manager interview. Please "
      "share your availability for the next week using the link below.\n\nShare availability\n\nThanks,\n"
      "Maya Ortiz, Kestrel Cloud", day(5, 10), headers=MODERNLOOP),
    c("paradox-scheduled", "scheduling", "meridian:next_step",
      "Olivia from Meridian Health Partners <no-reply@paradox.ai>",
      "Your interview with Meridian Health Partners is scheduled",
      "Hi Alex! This is Olivia, the virtual recruiting assistant for Meridian Health Partners.\n\nYour "
      "panel interview for Data Analyst is scheduled for Wednesday, November 18 at 10:00 AM. You'll meet "
      "with the analytics team.\n\nNeed to reschedule? Just reply to this email.\n\nOlivia", day(12, 16),
      headers=PARADOX),
    c("paradox-reminder", "not_news", quiet("meridian"),
      "Olivia from Meridian Health Partners <no-reply@paradox.ai>",
      "Reminder: your interview with Meridian Health Partners",
      "Hi Alex! Just a reminder that your panel interview for Data Analyst is tomorrow, Wednesday, November "
      "18 at 10:00 AM. Reply C to confirm or R to reschedule.\n\nOlivia", day(17, 10), headers=PARADOX),
    c("cronofy-pick", "scheduling", "corvid:next_step", "Corvid Security <scheduler@cronofy.com>",
      "Alex, please choose a time for your technical interview with Corvid Security",
      "Hi Alex,\n\nHannah Price from Corvid Security has invited you to book a technical interview "
      "(90 minutes).\n\nPick a time that suits you: https://app.cronofy.com/rts/0Yx2\n\nPowered by "
      "Cronofy", day(7, 9), headers=CRONOFY),
    c("bookings-confirmed", "scheduling", "corvid:next_step",
      "Corvid Security Recruitment <CorvidRecruitment@corvidsecurity.onmicrosoft.com>",
      "Booking confirmed for Technical interview (stage 2) with Corvid Security Recruitment",
      "Hi Alex Doe,\n\nThank you for booking with Corvid Security Recruitment. Your booking is confirmed."
      "\n\nService: Technical interview (stage 2)\nDate: 13 November 2026, 14:00 (GMT)\nStaff: Hannah "
      "Price\nJoin Microsoft Teams meeting\n\nManage booking", day(8, 11),
      headers=traces("CorvidRecruitment@corvidsecurity.onmicrosoft.com", "corvidsecurity.onmicrosoft.com",
                     X_MS_Exchange_Organization_AuthSource="AM6PR04MB5110.eurprd04.prod.outlook.com",
                     X_Auto_Response_Suppress="All"),
      calendar=ics("Technical interview (stage 2)", "CorvidRecruitment@corvidsecurity.onmicrosoft.com",
                   "20261113T140000Z")),

    # ------------------------------------------------------------ assessments
    c("hackerrank-invite", "assessment", "quantra:next_step", "HackerRank <noreply@hackerrankforwork.com>",
      "Invitation to take Quantra Payments' coding test",
      "Hi Alex,\n\nQuantra Payments has invited you to take the Backend Engineering Assessment as the "
      "next step of your application.\n\nDuration: 90 minutes\nTest expires: November 14, 2026, 11:59 PM "
      "CET\n\nStart the test: https://www.hackerrank.com/tests/a8c1/login\n\nGood luck!\nTeam HackerRank",
      day(7, 12), headers=HACKERRANK),
    c("hackerrank-completed", "not_news", quiet("quantra"), "HackerRank <noreply@hackerrankforwork.com>",
      "Thank you for completing the Quantra Payments test",
      "Hi Alex,\n\nThank you for completing the Backend Engineering Assessment for Quantra Payments. Your "
      "submission has been recorded and shared with the hiring team, who will reach out with next "
      "steps.\n\nTeam HackerRank", day(8, 21), headers=HACKERRANK),
    c("codility-nl", "assessment", "tulpen:next_step", "Codility <no-reply@codility.com>",
      "Uitnodiging voor de online programmeertest van Tulpenveld Software",
      "Hoi Alex,\n\nTulpenveld Software nodigt je uit voor een online programmeertest als volgende stap "
      "in de sollicitatieprocedure voor Backend developer.\n\nDe test duurt 75 minuten en moet vóór 20 "
      "november worden gemaakt.\n\nStart de test: https://app.codility.com/test/TEST-7YQ\n\nSucces!\n"
      "Het Codility-team", day(12, 9), headers=CODILITY),
    c("codility-es", "assessment", "vereda:next_step", "Codility <no-reply@codility.com>",
      "Vereda Logística: invitación a la prueba técnica",
      "Hola Alex:\n\nVereda Logística te invita a realizar una prueba técnica online como siguiente paso "
      "del proceso de selección para Ingeniero de datos.\n\nTienes hasta el 18 de noviembre para "
      "completarla.\n\nEmpezar la prueba: https://app.codility.com/test/TEST-Q2K\n\nEl equipo de Codility",
      day(10, 16), headers=CODILITY),
    c("codesignal-invite", "assessment", "kestrel:next_step", "CodeSignal <noreply@codesignal.com>",
      "Kestrel Cloud invited you to complete an assessment",
      "Hi Alex,\n\nKestrel Cloud has invited you to complete the SRE Technical Screen as part of your "
      "application for Site Reliability Engineer.\n\nPlease complete it within 7 days.\n\nStart "
      "assessment\n\nThe CodeSignal Team", day(4, 19), headers=CODESIGNAL),
    c("codesignal-reminder", "not_news", quiet("kestrel"), "CodeSignal <noreply@codesignal.com>",
      "Reminder: your Kestrel Cloud assessment expires in 24 hours",
      "Hi Alex,\n\nThis is a reminder that your SRE Technical Screen for Kestrel Cloud expires in 24 hours. "
      "If you have already completed it, please ignore this message.\n\nThe CodeSignal Team", day(10, 19),
      headers=CODESIGNAL),
    c("testgorilla-en", "assessment", "corvid:next_step", "Corvid Security via TestGorilla <no-reply@testgorilla.com>",
      "Corvid Security Ltd invites you to take an assessment",
      "Hi Alex,\n\nThank you for your interest in the Security Engineer position. Corvid Security Ltd "
      "would like you to complete a short skills assessment as the next step in the hiring process.\n\n"
      "Start assessment\n\nThe deadline is 15 November 2026.\n\nBest of luck,\nThe TestGorilla team",
      day(6, 9), headers=TESTGORILLA),
    c("testgorilla-it", "assessment", "sarto:next_step", "Officine Sarto tramite TestGorilla <no-reply@testgorilla.com>",
      "Officine Sarto ti invita a completare un test",
      "Ciao Alex,\n\nOfficine Sarto S.p.A. ti invita a completare una valutazione delle competenze come "
      "prossima fase del processo di selezione per la posizione di Data Engineer.\n\nInizia il test\n\n"
      "Hai tempo fino al 20 novembre 2026.\n\nIn bocca al lupo,\nIl team di TestGorilla", day(12, 10),
      headers=TESTGORILLA),
    c("hirevue-en", "assessment", "meridian:next_step", "Meridian Health Partners <noreply@hirevue.com>",
      "Meridian Health Partners: Complete your on-demand video interview",
      "Dear Alex,\n\nThank you for your interest in Meridian Health Partners. As the next step in our "
      "hiring process for Data Analyst, we invite you to complete a video interview on HireVue.\n\nPlease "
      "complete your interview by November 20, 2026.\n\nStart interview\n\nMeridian Health Partners "
      "Talent Acquisition", day(6, 14), headers=HIREVUE),
    c("hirevue-pt", "assessment", "ondaverde:next_step", "Ondaverde Energia <noreply@hirevue-app.eu>",
      "Convite para entrevista em vídeo - Ondaverde Energia",
      "Olá Alex,\n\nObrigado pelo seu interesse na Ondaverde Energia. Como próxima etapa do processo de "
      "recrutamento, convidamo-lo a realizar uma entrevista em vídeo através da plataforma HireVue.\n\n"
      "Tem até dia 24 de novembro para a concluir.\n\nIniciar entrevista\n\nEquipa de Recrutamento da "
      "Ondaverde Energia", day(16, 11), headers=HIREVUE_EU),

    # ------------------------------------------------------------ offers and checks
    c("docusign-offer", "offer", "quantra:offer", "Dana Li via DocuSign <dse_NA4@docusign.net>",
      "Please DocuSign: Quantra Payments Offer Letter - Alex Doe.pdf",
      "Dana Li sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nDana Li\n"
      "dana.li@quantrapay.com\n\nHi Alex,\n\nWe're thrilled to extend you an offer to join Quantra Payments "
      "as a Senior Backend Engineer! Please review and sign your offer letter by December 2.\n\nDana\n\n"
      "Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this "
      "email, link, or access code with others.", day(30, 17), reply_to="Dana Li <dana.li@quantrapay.com>",
      headers=DOCUSIGN),
    c("docusign-fr-offer", "offer", "lumen:offer", "Claire Morel via DocuSign <dse@eumail.docusign.net>",
      "Veuillez signer avec DocuSign : Promesse d'embauche - Lumen Atelier",
      "Claire Morel vous a envoyé un document à vérifier et à signer.\n\nVÉRIFIER LE DOCUMENT\n\nClaire "
      "Morel\nclaire.morel@lumen-atelier.fr\n\nBonjour Alex,\n\nNous sommes ravis de vous proposer le poste "
      "de Product Designer chez Lumen Atelier. Vous trouverez ci-joint votre promesse d'embauche, à nous "
      "retourner signée avant le 4 décembre.\n\nClaire", day(27, 15), headers=DOCUSIGN_EU),
    c("docusign-nl-offer", "offer", "tulpen:offer", "Sanne de Vries via DocuSign <dse@eumail.docusign.net>",
      "Onderteken met DocuSign: Arbeidsovereenkomst Tulpenveld Software B.V. - Alex Doe",
      "Sanne de Vries heeft u een document gestuurd om te controleren en te ondertekenen.\n\nDOCUMENT "
      "CONTROLEREN\n\nSanne de Vries\nsanne.devries@tulpenveld.nl\n\nHoi Alex,\n\nWat leuk dat we je een "
      "aanbod mogen doen voor de functie van Backend developer! In de bijlage vind je je "
      "arbeidsovereenkomst. Wil je die uiterlijk 7 december ondertekenen?\n\nGroeten,\nSanne",
      day(1, 11, month=12), headers=DOCUSIGN_EU),
    c("adobesign-de-offer", "offer", "helix:offer",
      "Helix Biosystems GmbH über Adobe Acrobat Sign <adobesign@adobesign.com>",
      "Bitte unterschreiben Sie: Arbeitsvertrag Alex Doe - Helix Biosystems GmbH",
      "Julia Brandt (j.brandt@helix-biosystems.de) hat Sie aufgefordert, das Dokument \"Arbeitsvertrag "
      "Alex Doe - Helix Biosystems GmbH\" zu überprüfen und zu unterschreiben.\n\nZum Überprüfen und "
      "Unterschreiben klicken\n\nHallo Alex, wir freuen uns sehr, Ihnen die Stelle als Bioinformatiker "
      "anbieten zu können! Anbei unser Vertragsangebot, bitte bis zum 4. Dezember unterschreiben.\n\n"
      "Viele Grüße\nJulia", day(28, 10), headers=ADOBESIGN),
    c("checkr-check", "offer", "quantra:next_step|quantra:offer", "Checkr <noreply@checkr.com>",
      "Quantra Payments has requested a background check",
      "Hi Alex,\n\nQuantra Payments has partnered with Checkr to conduct your background check as part of "
      "your employment process.\n\nPlease complete your information by December 4 so your check can "
      "begin.\n\nGet started\n\nQuestions? Visit help.checkr.com.\n\nThe Checkr Team", day(1, 9, month=12),
      headers=CHECKR),
    c("hireright-check", "offer", "corvid:next_step|corvid:offer", "HireRight <noreply@hireright.com>",
      "Action required: complete your background screening for Corvid Security Ltd",
      "Dear Alex Doe,\n\nCorvid Security Ltd has asked HireRight to complete a background screening in "
      "connection with your conditional offer of employment.\n\nPlease log in and provide the requested "
      "information within 3 business days.\n\nHireRight Candidate Care", day(30, 9), headers=HIRERIGHT),
    c("crosschq-refs", "offer", "kestrel:next_step|kestrel:offer", "Crosschq <no-reply@crosschq.com>",
      "Kestrel Cloud requested your references",
      "Hi Alex,\n\nGreat news - Kestrel Cloud is moving forward with you and would like to collect your "
      "professional references through Crosschq.\n\nPlease add at least 3 references by November 27.\n\n"
      "Add references\n\nThe Crosschq Team", day(25, 11), headers=CROSSCHQ),

    # ------------------------------------------------------------ the same services for someone else
    c("docusign-lease", "other_employer", "none|review", "Brookside Lettings via DocuSign <dse_NA4@docusign.net>",
      "Please DocuSign: Tenancy renewal - Flat 3, 14 Quantock Road",
      "Brookside Lettings sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nHi Alex, please "
      "sign your tenancy renewal by Friday.\n\nDo Not Share This Email", day(20, 9), headers=DOCUSIGN),
    c("checkr-other-employer", "other_employer", "none|review", "Checkr <noreply@checkr.com>",
      "Kestrel Logistics has requested a background check",
      "Hi Alex,\n\nKestrel Logistics has partnered with Checkr to conduct your background check as part of "
      "your employment process.\n\nGet started\n\nThe Checkr Team", day(26, 9), headers=CHECKR),
    c("m365-other-employer", "other_employer", "none|review",
      "Corvid Consulting Recruitment <recruiting@corvidconsulting.onmicrosoft.com>",
      "Booking confirmed for First interview with Corvid Consulting Recruitment",
      "Hi Alex Doe,\n\nThank you for booking with Corvid Consulting Recruitment. Your booking is "
      "confirmed.\n\nService: First interview\nDate: 20 November 2026, 10:00 (GMT)", day(16, 15),
      headers=traces("recruiting@corvidconsulting.onmicrosoft.com", "corvidconsulting.onmicrosoft.com")),

    # ------------------------------------------------------------ the same kinds in the other languages
    c("calendly-de-confirmed", "scheduling", "helix:next_step", "Calendly <notifications@calendly.com>",
      "Bestätigt: Zweitgespräch Helix Biosystems mit Julia Brandt am Dienstag, 17. November 2026",
      "Hallo Alex Doe,\n\nIhr Termin Zweitgespräch Helix Biosystems mit Julia Brandt um 14:00 - 15:00 "
      "(Mitteleuropäische Zeit) am Dienstag, 17. November 2026 ist geplant.\n\nOrt: Microsoft Teams\n\n"
      "Änderungen an diesem Termin? Absagen | Verschieben", day(10, 16), headers=CALENDLY,
      calendar=ics("Zweitgespräch Helix Biosystems", "j.brandt@helix-biosystems.de", "20261117T130000Z")),
    c("calendly-de-reminder", "not_news", quiet("helix"), "Calendly <notifications@calendly.com>",
      "Erinnerung: Zweitgespräch Helix Biosystems mit Julia Brandt ist morgen",
      "Hallo Alex Doe,\n\ndies ist eine Erinnerung an Ihren Termin Zweitgespräch Helix Biosystems mit Julia "
      "Brandt morgen, Dienstag, 17. November 2026 um 14:00.\n\nÄnderungen an diesem Termin? Absagen | "
      "Verschieben", day(16, 14), headers=CALENDLY),
    c("calendly-es-confirmed", "scheduling", "vereda:next_step", "Calendly <notifications@calendly.com>",
      "Confirmado: Entrevista final Vereda Logística con Marta Gil el jueves, 19 de noviembre de 2026",
      "Hola, Alex Doe:\n\nTu Entrevista final Vereda Logística con Marta Gil a las 11:00 - 12:00 (hora de "
      "Europa central) el jueves, 19 de noviembre de 2026 está programada.\n\nUbicación: Google Meet\n\n"
      "¿Necesitas hacer cambios? Cancelar | Reprogramar", day(13, 17), headers=CALENDLY),
    c("calendly-it-confirmed", "scheduling", "sarto:next_step", "Calendly <notifications@calendly.com>",
      "Confermato: Colloquio tecnico Officine Sarto con Luca Bassi il mercoledì 18 novembre 2026",
      "Ciao Alex Doe,\n\nil tuo Colloquio tecnico Officine Sarto con Luca Bassi alle 15:00 - 16:00 (ora "
      "dell'Europa centrale) di mercoledì 18 novembre 2026 è stato programmato.\n\nDevi apportare modifiche? "
      "Annulla | Riprogramma", day(14, 9), headers=CALENDLY),
    c("calendly-nl-confirmed", "scheduling", "tulpen:next_step", "Calendly <notifications@calendly.com>",
      "Bevestigd: Tweede gesprek Tulpenveld Software met Sanne de Vries op maandag 16 november 2026",
      "Hoi Alex Doe,\n\nJe Tweede gesprek Tulpenveld Software met Sanne de Vries om 10:00 - 11:00 "
      "(Midden-Europese tijd) op maandag 16 november 2026 is ingepland.\n\nWijzigingen? Annuleren | "
      "Opnieuw plannen", day(11, 18), headers=CALENDLY),
    c("calendly-pt-reminder", "not_news", quiet("ondaverde"), "Calendly <notifications@calendly.com>",
      "Lembrete: Segunda entrevista Ondaverde Energia é amanhã",
      "Olá Alex Doe,\n\neste é um lembrete de que a sua Segunda entrevista Ondaverde Energia é amanhã, "
      "quinta-feira, 19 de novembro de 2026 às 10:00.\n\nPrecisa de fazer alterações? Cancelar | Reagendar",
      day(18, 10), headers=CALENDLY),
    c("gcal-de-invite", "scheduling", "helix:next_step", "Julia Brandt <j.brandt@helix-biosystems.de>",
      "Einladung: Helix Biosystems - Fachgespräch (Alex Doe) @ Mo. 23. Nov. 2026 10:00 - 11:00 (MEZ) "
      "(user@example.org)",
      "Sie wurden zu folgendem Termin eingeladen.\n\nHelix Biosystems - Fachgespräch (Alex Doe)\nWann: "
      "Montag, 23. Nov. 2026 10:00 - 11:00 (MEZ)\nTeilnahme: meet.google.com/hbx-qwer-tzu\nOrganisator: "
      "j.brandt@helix-biosystems.de\n\nEinladung von Google Kalender", day(16, 9),
      sender_header="Google Kalender <calendar-notification@google.com>",
      headers=traces("j.brandt@helix-biosystems.de", "google.com"),
      calendar=ics("Helix Biosystems - Fachgespräch (Alex Doe)", "j.brandt@helix-biosystems.de",
                   "20261123T090000Z")),
    c("gh-de-reject", "ats", "helix:rejection", "Helix Biosystems GmbH <no-reply@eu.greenhouse-mail.io>",
      "Ihre Bewerbung bei Helix Biosystems",
      "Hallo Alex,\n\nvielen Dank für Ihre Zeit und die Gespräche mit unserem Team.\n\nWir haben uns die "
      "Entscheidung nicht leicht gemacht, werden Ihre Bewerbung aber nicht weiterverfolgen.\n\nAlles Gute "
      "für Ihren weiteren Weg!\nHelix Biosystems Recruiting", day(30, 11),
      headers=traces("bounces+88121@eu.greenhouse-mail.io", "eu.greenhouse-mail.io")),
    c("gh-de-received", "not_news", quiet("helix"), "Helix Biosystems GmbH <no-reply@eu.greenhouse-mail.io>",
      "Vielen Dank für Ihre Bewerbung bei Helix Biosystems",
      "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung als Data Scientist (m/w/d). Ihre Unterlagen sind bei "
      "uns eingegangen und werden nun geprüft. Wir melden uns so bald wie möglich bei Ihnen.\n\nHelix "
      "Biosystems Recruiting", day(18, 21),
      headers=traces("bounces+88121@eu.greenhouse-mail.io", "eu.greenhouse-mail.io")),
    c("workday-fr-reject", "ats", "lumen:rejection", "Lumen Atelier SAS <lumenatelier@myworkday.com>",
      "Votre candidature - Product Designer",
      "Bonjour Alex,\n\nNous vous remercions de l'intérêt que vous portez à Lumen Atelier et du temps "
      "consacré à nos entretiens.\n\nNous sommes au regret de vous informer que votre candidature n'a pas "
      "été retenue pour ce poste.\n\nCordialement,\nL'équipe Talent Acquisition de Lumen Atelier", day(21),
      headers=WORKDAY),
    c("workday-fr-alert", "not_news", quiet("lumen"), "Lumen Atelier SAS <lumenatelier@myworkday.com>",
      "Alerte emploi : 3 nouvelles offres correspondent à votre recherche",
      "Bonjour Alex,\n\nDe nouvelles offres chez Lumen Atelier correspondent à votre recherche "
      "enregistrée :\n- UX Writer\n- Design Ops Lead\n- Illustrateur\n\nGérer mes alertes emploi | Se "
      "désabonner", day(28, 7),
      headers={**WORKDAY, "List-Unsubscribe": "<https://lumenatelier.wd3.myworkdayjobs.com/unsubscribe>"}),
    c("smartr-nl-reject", "ats", "tulpen:rejection", "Tulpenveld Software <noreply@smartrecruiters.com>",
      "Update over je sollicitatie",
      "Beste Alex,\n\nBedankt voor de gesprekken van de afgelopen weken. Na zorgvuldige afweging hebben we "
      "besloten je sollicitatie niet verder in behandeling te nemen.\n\nMet vriendelijke groet,\n"
      "Tulpenveld Software", day(2, 10, month=12), headers=SMARTR),
    c("smartr-status-login", "not_news", quiet("vereda"), "Vereda Logística <noreply@smartrecruiters.com>",
      "El estado de tu candidatura ha cambiado",
      "Hola Alex:\n\nEl estado de tu candidatura a Ingeniero/a de datos en Vereda Logística ha cambiado. "
      "Inicia sesión en tu cuenta para ver los detalles.\n\nVereda Logística", day(12, 19), headers=SMARTR),
    c("teamtailor-nl-invite", "scheduling", "tulpen:next_step", "Tulpenveld Software <no-reply@teamtailor-mail.com>",
      "Uitnodiging: kennismaking met het team",
      "Hoi Alex,\n\nWe willen je graag uitnodigen voor een kennismaking met het team op ons kantoor in "
      "Utrecht. Kies hieronder een moment dat je uitkomt.\n\nGroet,\nTulpenveld Software", day(13, 11),
      headers=TEAMTAILOR),
    c("hackerrank-es", "assessment", "vereda:next_step", "HackerRank <noreply@hackerrankforwork.com>",
      "Invitación a la prueba de programación de Vereda Logística",
      "Hola Alex:\n\nVereda Logística te ha invitado a realizar la prueba Data Engineering Assessment como "
      "siguiente paso de tu proceso de selección.\n\nDuración: 90 minutos\nFecha límite: 20 de noviembre "
      "de 2026\n\nEmpezar la prueba\n\nEl equipo de HackerRank", day(11, 8), headers=HACKERRANK),
    c("codility-pt", "assessment", "ondaverde:next_step", "Codility <no-reply@codility.com>",
      "Ondaverde Energia: convite para o teste técnico",
      "Olá Alex,\n\nA Ondaverde Energia convida-o a realizar um teste técnico online como próxima etapa do "
      "processo de recrutamento para Engenheiro de software.\n\nTem até 21 de novembro para o "
      "concluir.\n\nIniciar o teste\n\nA equipa Codility", day(12, 14), headers=CODILITY),
    c("codesignal-de", "assessment", "helix:next_step", "CodeSignal <noreply@codesignal.com>",
      "Helix Biosystems GmbH hat Sie zu einem Assessment eingeladen",
      "Hallo Alex,\n\nHelix Biosystems GmbH hat Sie eingeladen, als nächsten Schritt im Bewerbungsprozess "
      "ein technisches Assessment zu absolvieren.\n\nBitte schließen Sie es innerhalb von 7 Tagen ab.\n\n"
      "Assessment starten\n\nIhr CodeSignal-Team", day(7, 16), headers=CODESIGNAL),
    c("hirevue-nl-reminder", "not_news", quiet("tulpen"), "Tulpenveld Software <noreply@hirevue-app.eu>",
      "Herinnering: je video-interview verloopt over 24 uur",
      "Hoi Alex,\n\nDit is een herinnering dat je video-interview voor Tulpenveld Software over 24 uur "
      "verloopt. Heb je het al afgerond, dan kun je dit bericht negeren.\n\nTulpenveld Software",
      day(17, 9), headers=HIREVUE_EU),
    c("docusign-de-offer", "offer", "helix:offer", "Julia Brandt über DocuSign <dse@eumail.docusign.net>",
      "Bitte mit DocuSign unterzeichnen: Vertragsangebot Helix Biosystems GmbH - Alex Doe",
      "Julia Brandt hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.\n\nDOKUMENT "
      "ÜBERPRÜFEN\n\nJulia Brandt\nj.brandt@helix-biosystems.de\n\nHallo Alex, wir freuen uns, Ihnen die "
      "Stelle als Bioinformatiker anbieten zu dürfen. Anbei finden Sie unser Vertragsangebot.\n\nJulia",
      day(27, 16), headers=DOCUSIGN_EU),
    c("gh-other-employer-short", "other_employer", "none|review", "Quantra Pay <no-reply@us.greenhouse-mail.io>",
      "Your application to Quantra Pay",
      "Hi Alex,\n\nThank you for interviewing for the Support Engineer role at Quantra Pay. After careful "
      "consideration, we've decided to move forward with other candidates.\n\nQuantra Pay Recruiting",
      day(15, 10), headers=GH),
    c("teamtailor-other-employer", "other_employer", "none|review", "Ondaverde Solar <no-reply@teamtailor-mail.com>",
      "Convite para entrevista - Ondaverde Solar",
      "Olá Alex,\n\nObrigado pela sua candidatura à Ondaverde Solar. Gostaríamos de o convidar para uma "
      "entrevista na próxima semana.\n\nEquipa Ondaverde Solar", day(14, 13), headers=TEAMTAILOR),

    # ------------------------------------------------------------ relays and services added later
    c("recruitee-relay-nl-rejection", "ats", "tulpen:rejection", "Tulpenveld Software <tulpenveld@recruitee-mail.com>",
      "Je sollicitatie voor Backend developer",
      "Hoi Alex,\n\nNogmaals bedankt voor je tijd. Na lang wikken en wegen hebben we helaas besloten om "
      "het proces met een andere kandidaat voort te zetten.\n\nHartelijke groet,\nSanne de Vries\n"
      "Tulpenveld Software B.V.\n\nPowered by Recruitee", day(25, 14),
      headers=traces("bounce+5512@recruitee-mail.com", "recruitee-mail.com")),
    c("recruitee-mailbox-relay-invite", "scheduling", "tulpen:next_step",
      "Tulpenveld Software <e+a81.tulpenveld@recruitee-mailbox.com>", "Uitnodiging voor een tweede gesprek",
      "Hoi Alex,\n\nWe willen je graag uitnodigen voor een tweede gesprek met het team. Kies een moment "
      "dat jou uitkomt via de link hieronder.\n\nGroeten,\nSanne de Vries", day(12, 10),
      headers=traces("bounce@recruitee-mailbox.com", "recruitee-mailbox.com")),
    c("codingame-invite", "assessment", "lumen:next_step", "Lumen Atelier via CodinGame <noreply@codingame.com>",
      "Lumen Atelier vous invite à passer un test technique",
      "Bonjour Alex,\n\nSuite à votre entretien, Lumen Atelier vous invite à passer un test technique pour "
      "le poste de Product Designer. Durée estimée : 60 minutes.\n\nCommencer le test : "
      "https://www.codingame.com/evaluate/?id=77a1\n\nL'équipe CodinGame for Work", day(9, 10),
      headers=traces("bounce@codingame.com", "codingame.com")),
    c("codingame-other-employer", "other_employer", "none|review",
      "Lumen Studios via CodinGame <noreply@codingame.com>", "Lumen Studios vous invite à passer un test technique",
      "Bonjour Alex,\n\nLumen Studios vous invite à passer un test technique pour le poste de Game "
      "Designer.\n\nCommencer le test : https://www.codingame.com/evaluate/?id=91c2\n\nL'équipe CodinGame "
      "for Work", day(9, 11), headers=traces("bounce@codingame.com", "codingame.com")),
    c("imocha-invite", "assessment", "corvid:next_step", "Corvid Security Ltd <noreply@interviewmocha.com>",
      "Invitation: Security Engineer assessment from Corvid Security",
      "Hi Alex,\n\nThank you for interviewing with us. As the next step, Corvid Security Ltd invites you to "
      "take an online assessment. Please complete it within 5 days.\n\nStart assessment: "
      "https://app.imocha.io/invite/c1d9\n\nRegards,\nCorvid Security Talent Team", day(9, 14),
      headers=traces("bounce@interviewmocha.com", "interviewmocha.com")),
    c("imocha-other-employer", "other_employer", "none|review", "Corvid Analytics <noreply@interviewmocha.com>",
      "Invitation: Data Scientist assessment from Corvid Analytics",
      "Hi Alex,\n\nCorvid Analytics invites you to take an online assessment for the Data Scientist role."
      "\n\nStart assessment: https://app.imocha.io/invite/77f0\n\nRegards,\nCorvid Analytics", day(9, 15),
      headers=traces("bounce@interviewmocha.com", "interviewmocha.com")),
    c("calendly-event-type-line", "scheduling", "sarto:next_step", "Calendly <notifications@calendly.com>",
      "Confirmed: Secondo colloquio with Giulia Ferri on Thursday, November 26, 2026",
      "Hi Alex Doe,\n\nYour event is scheduled.\n\nEvent type: Secondo colloquio - Officine Sarto S.p.A.\n"
      "Invitee: Alex Doe\nDate/Time: 11:00am - 12:00pm, Thursday, November 26, 2026\nLocation: Google Meet"
      "\n\nNeed to make changes? Cancel or Reschedule\n\nPowered by Calendly.com", day(23, 13),
      headers=CALENDLY),
    c("calendly-event-type-other-employer", "other_employer", "none|review", "Calendly <notifications@calendly.com>",
      "Confirmed: Final interview with Rob Hale on Friday, November 27, 2026",
      "Hi Alex Doe,\n\nYour event is scheduled.\n\nEvent type: Final interview - Atlas Freight Brokers\n"
      "Invitee: Alex Doe\nDate/Time: 3:00pm - 4:00pm, Friday, November 27, 2026\nLocation: Zoom\n\n"
      "Powered by Calendly.com", day(23, 15), headers=CALENDLY),
)
BY_NAME = {case.name: case for case in CASES}
INTERVIEW_IDS = {line.split('"')[1] for line in INTERVIEWS.splitlines() if line.startswith("id = ")}


def raw_message(case: Case) -> bytes:
    message = EmailMessage()
    for name, value in case.headers.items():  # trace headers first, as the relays prepend them
        if name in ("Return-Path", "DKIM-Signature"):
            message[name] = value
    message["From"] = case.sender
    if case.sender_header:
        message["Sender"] = case.sender_header
    message["To"] = ME
    if case.reply_to:
        message["Reply-To"] = case.reply_to
    message["Subject"] = case.subject
    message["Date"] = format_datetime(case.date)
    message["Message-ID"] = case.message_id
    for name, value in case.headers.items():
        if name not in ("Return-Path", "DKIM-Signature"):
            message[name] = value
    message.set_content(case.body)
    if case.calendar:
        message.add_alternative(case.calendar, subtype="calendar", params={"method": "REQUEST"})
    return bytes(message)


def test_the_cases_are_sound() -> None:
    """Enough cases, every accepted outcome a logged interview with a real kind or a verdict word,
    and no case accepts a kind that hears back for mail that is not news."""
    assert len(CASES) >= 70 and len(BY_NAME) == len(CASES)
    kinds = {"rejection", "offer", "next_step", "acknowledgement", "auto_reply", "bulk", "other"}
    for case in CASES:
        for accepted in case.accept:
            if ":" in accepted:
                interview, kind = accepted.split(":")
                assert interview in INTERVIEW_IDS and kind in kinds, case.name
            else:
                assert accepted in ("none", "review"), case.name
        if case.area in ("not_news", "other_employer"):
            assert not any(a.split(":")[-1] in HEARD_BACK_KINDS for a in case.accept if ":" in a), case.name


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every case delivered to a Maildir and scanned once with the interviews above."""
    root = tmp_path_factory.mktemp("platforms")
    (root / "interviews.toml").write_text(INTERVIEWS, encoding="utf-8")
    inbox, sent = root / "inbox", root / "sent"
    box = mailbox.Maildir(inbox, create=True)
    mailbox.Maildir(sent, create=True)
    for case in CASES:
        box.add(raw_message(case))
    config = root / "config.toml"
    config.write_text(config_text(root, maildir_account(inbox, sent)), encoding="utf-8")
    report = run_scan(config)
    return {m["message_id"]: m for m in report["messages"]}


def outcome(listed: dict[str, Any] | None) -> str:
    """What the scan made of a message: "interview:kind", "review" or "none"."""
    tie = tie_outcome(listed)
    return f"{tie}:{listed['kind']}" if listed and listed.get("interview") else tie


@pytest.mark.parametrize("name", [pytest.param(case.name, id=f"{case.area}-{case.name}") for case in CASES])
def test_each_platform_message_is_tied_and_read_as_it_says(name: str, scanned: dict[str, dict[str, Any]]) -> None:
    case = BY_NAME[name]
    listed = scanned.get(case.message_id)
    got = outcome(listed)
    accept = accepted_outcomes(case.accept)
    assert got in accept, (case.subject, got, listed and listed.get("reasons"))
    if got == "review" and listed:
        # Held between interviews: the one the mail is about is among those offered.
        named = {a.split(":")[0] for a in case.accept if ":" in a}
        assert named <= set(listed.get("candidates", ())), listed


def test_no_platform_message_is_tied_to_the_wrong_interview(scanned: dict[str, dict[str, Any]]) -> None:
    """The error that matters most, counted over every case: a tie to an interview the case does not name."""
    wrong = []
    for case in CASES:
        listed = scanned.get(case.message_id) or {}
        allowed = {a.split(":")[0] for a in case.accept if ":" in a}
        if listed.get("interview") and listed["interview"] not in allowed:
            wrong.append((case.name, listed["interview"]))
    assert wrong == []
