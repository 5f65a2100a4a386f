"""Replies in the shapes real mail takes, read whole (MIME, HTML, calendar parts) as a person would.

Each example is a whole message built as a mailer builds it, parsed by ``parse_message``
and classified, so the forms are read the way a scan reads them:

- ``forwarded``: a recruiter forwards what the employer wrote (Gmail, Apple Mail,
  Thunderbird and Outlook forward blocks, in each language) and adds a line on top;
- ``quoted``: top-posted replies whose quoted older mail holds other kinds' words (a next
  step quoting a rejection sent by mistake, a rejection quoting the invitation, a holding
  reply quoting the user's chaser);
- ``signature``: long signatures and legal notices full of trigger words ("offer",
  "reject", "confidential"), "Sent from my iPhone", one-line answers from a phone;
- ``html``: HTML-only mail from applicant-tracking platforms: tables, buttons, tracking
  links, hidden preheader text;
- ``mixed``: a recruiter writing English with the legal boilerplate of another language,
  and agency recruiters writing for a named or an unnamed client;
- ``two_kinds``: two things at once (a no for this role and an invitation for another is a
  next step; an offer with a background check is an offer; a holding reply that asks for a
  document is ``other``, since it asks the user for something);
- ``calendar``: replies whose content is only a calendar invitation (inline or attached
  .ics) or a booking link.

The mail is dated Wednesday 4 June 2025. The user is Sam Taylor <sam.taylor@example.org>.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zlib import crc32

import pytest

from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS
from watcher.parse import parse_message

ME = "sam.taylor@example.org"
SENT_AT = datetime(2025, 6, 4, 9, 30, tzinfo=timezone.utc)
LANGS = ("en", "de", "fr", "es", "nl", "it", "pt")
FORMS = ("forwarded", "quoted", "signature", "html", "mixed", "two_kinds", "calendar")


@dataclass(frozen=True)
class Form:
    """One message: its form, what a careful reader takes it for, and how it is built.

    ``ics``: a calendar (VCALENDAR text) sent ``inline`` (an alternative part beside the
    text, as Google Calendar and Outlook send it), ``attached`` (an .ics file), or ``only``
    (the calendar is the whole message)."""

    form: str
    kind: str
    lang: str
    body: str | None
    subject: str = "Re: Your interview"
    sender: str = "Nina Alvarez <nina.alvarez@acme.example>"
    html: str | None = None
    ics: str | None = None
    ics_as: str = "inline"


def ics(summary: str, start: str, end: str, organizer: str = "nina.alvarez@acme.example",
        method: str = "REQUEST", location: str = "") -> str:
    """A calendar invitation as calendar programs write it (times in UTC, ``YYYYMMDDTHHMMSSZ``)."""
    return "\r\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        "DTSTAMP:20250604T093000Z",
        f"ORGANIZER;CN=Recruiting:mailto:{organizer}",
        f"UID:{start}-{crc32(summary.encode())}@calendar.example",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME}:mailto:{ME}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ])


def build(case: Form) -> bytes:
    """The whole message, as a mailer would send it."""
    msg = EmailMessage()
    msg["From"] = case.sender
    msg["To"] = f"Sam Taylor <{ME}>"
    msg["Subject"] = case.subject
    msg["Date"] = format_datetime(SENT_AT)
    msg["Message-ID"] = f"<{crc32(repr((case.subject, case.body, case.html)).encode())}@mail.example>"
    if case.ics is not None and case.ics_as == "only":
        msg.set_content(case.ics, subtype="calendar", params={"method": "REQUEST"})
        return msg.as_bytes()
    if case.body is not None:
        msg.set_content(case.body)
        if case.html is not None:
            msg.add_alternative(case.html, subtype="html")
    elif case.html is not None:
        msg.set_content(case.html, subtype="html")
    else:
        msg.set_content("")
    if case.ics is not None:
        if case.ics_as == "inline":
            if not msg.is_multipart():
                msg.make_alternative()
            msg.add_alternative(case.ics, subtype="calendar", params={"method": "REQUEST"})
        else:
            msg.add_attachment(case.ics, subtype="calendar", filename="invite.ics")
    return msg.as_bytes()


def read(case: Form):
    mail = parse_message(build(case), account="test", folder="INBOX", uid=1, arrival=None,
                         me=frozenset({ME}), sent_folder=False)
    return classify(mail)


# ------------------------------------------------------------------ forwarded

FORWARDED = [
    Form(
        "forwarded", "rejection", "en",
        "Hi Sam,\n\nPassing on the feedback from the hiring team below - sorry it isn't better news. "
        "Happy to have a chat tomorrow if that's useful.\n\nTom\n\n"
        "---------- Forwarded message ---------\n"
        "From: Linda Park <linda.park@acme.example>\n"
        "Date: Tue, 3 Jun 2025 at 16:40\n"
        "Subject: Re: Sam Taylor - final round\n"
        "To: Tom Hughes <tom@brightpath-talent.example>\n\n\n"
        "Hi Tom,\n\nThanks for sending Sam our way. The panel liked Sam's energy, but we felt the gap in "
        "people management was too big for this level, so we won't be taking Sam forward. Please pass on "
        "our thanks for the time invested.\n\nLinda\n",
        subject="Fwd: Re: Sam Taylor - final round",
        sender="Tom Hughes <tom@brightpath-talent.example>",
    ),
    Form(
        "forwarded", "offer", "en",
        "Sam - great news, see below! Give me a call once you've read it.\n\nJess\n\n"
        "Begin forwarded message:\n\n"
        "From: Mark Ellison <mark.ellison@globex.example>\n"
        "Subject: Offer - Senior Data Engineer\n"
        "Date: 3 June 2025 at 17:02:11 BST\n"
        "To: Jess Moore <jess@hirewell.example>\n\n"
        "Jess,\n\nWe'd like to make Sam an offer: GBP 78,000 base, 10% bonus, 25 days holiday, start date "
        "flexible. The written offer letter will follow once Sam confirms verbally.\n\nMark\n",
        subject="Fwd: Offer - Senior Data Engineer",
        sender="Jess Moore <jess@hirewell.example>",
    ),
    Form(
        "forwarded", "rejection", "en",
        "Hi Sam,\n\nI'm afraid the client has decided to fill the role internally, so Friday's second "
        "interview won't go ahead. Really sorry - I'll be in touch as soon as something similar comes up.\n\n"
        "Best,\nRaj\n\n"
        "From: Raj Patel <raj.patel@northstar-recruit.example>\n"
        "Sent: Monday, June 2, 2025 9:14 AM\n"
        "To: Sam Taylor <sam.taylor@example.org>\n"
        "Subject: Second interview - Friday 6 June\n\n"
        "Hi Sam,\n\nGreat news - Contoso would like to invite you to a second interview on Friday 6 June at "
        "11:00 at their Leeds office. Please confirm you can make it and I'll send the details.\n\nRaj\n",
        subject="FW: Second interview - Friday 6 June",
        sender="Raj Patel <raj.patel@northstar-recruit.example>",
    ),
    Form(
        "forwarded", "next_step", "en",
        "Hi Sam, forwarding this from our coordinator - could you pick one of the two slots and reply to me?\n\n"
        "Cheers,\nDana\n\n"
        "-------- Forwarded Message --------\n"
        "Subject: Onsite scheduling - Sam Taylor\n"
        "Date: Tue, 3 Jun 2025 14:22:05 +0000\n"
        "From: Recruiting Coordination <coordination@initech.example>\n"
        "To: Dana Whitfield <dana.whitfield@initech.example>\n\n"
        "Hi Dana,\n\nFor Sam's onsite we can offer Thu 12 June 10:00-14:00 or Mon 16 June 13:00-17:00. "
        "Four conversations: system design, coding, values and the hiring manager.\n\nThanks,\nRecruiting\n",
        subject="Fwd: Onsite scheduling - Sam Taylor",
        sender="Dana Whitfield <dana.whitfield@initech.example>",
    ),
    Form(
        "forwarded", "acknowledgement", "en",
        "Hi Sam - just a heads-up that I've forwarded your case study to the panel (below). They'll go "
        "through it this week and I'll come back to you by Friday at the latest.\n\nRaj\n\n"
        "---------- Forwarded message ---------\n"
        "From: Sam Taylor <sam.taylor@example.org>\n"
        "Date: Mon, 2 Jun 2025 at 20:11\n"
        "Subject: Case study\n"
        "To: Raj Patel <raj.patel@northstar-recruit.example>\n\n\n"
        "Hi Raj,\n\nPlease find my case study attached. I'm really excited about the next steps and would "
        "be glad to present it to the team in a follow-up interview. Thanks again for the offer to review "
        "a draft!\n\nBest,\nSam\n",
        subject="Fwd: Case study",
        sender="Raj Patel <raj.patel@northstar-recruit.example>",
    ),
    Form(
        "forwarded", "rejection", "de",
        "Hallo Sam,\n\nanbei die Rückmeldung aus dem Fachbereich, leider keine guten Nachrichten. Melde dich "
        "gern, wenn du darüber sprechen möchtest.\n\nViele Grüße\nKatrin\n\n"
        "---------- Weitergeleitete Nachricht ---------\n"
        "Von: Thomas Berger <t.berger@muellertech.example>\n"
        "Date: Di., 3. Juni 2025 um 15:12 Uhr\n"
        "Subject: AW: Kandidat Sam Taylor\n"
        "To: Katrin Vogel <k.vogel@personalpartner.example>\n\n\n"
        "Hallo Frau Vogel,\n\nvielen Dank für die Vorstellung von Herrn Taylor. Wir haben uns nach dem "
        "zweiten Gespräch für einen Bewerber entschieden, der mehr Erfahrung mit SAP mitbringt.\n\n"
        "Beste Grüße\nThomas Berger\n",
        subject="WG: AW: Kandidat Sam Taylor",
        sender="Katrin Vogel <k.vogel@personalpartner.example>",
    ),
    Form(
        "forwarded", "next_step", "de",
        "Hallo Herr Taylor,\n\nwie unten zu lesen: Herr Krause würde Sie gern am Dienstag, 10. Juni, um "
        "14 Uhr zum Zweitgespräch in Hamburg sehen. Passt Ihnen der Termin?\n\nFreundliche Grüße\nSabine Roth\n\n"
        "Von: Jens Krause <jens.krause@nordlicht.example>\n"
        "Gesendet: Dienstag, 3. Juni 2025 11:05\n"
        "An: Sabine Roth <sabine.roth@nordlicht.example>\n"
        "Betreff: Bewerbung Sam Taylor\n\n"
        "Hallo Sabine,\n\nbitte lade Herrn Taylor zum Zweitgespräch ein, gern nächste Woche Dienstag "
        "nachmittags. Das Erstgespräch war sehr überzeugend.\n\nJens\n",
        subject="WG: Bewerbung Sam Taylor",
        sender="Sabine Roth <sabine.roth@nordlicht.example>",
    ),
    Form(
        "forwarded", "offer", "de",
        "Lieber Sam,\n\nschau mal unten - herzlichen Glückwunsch! Der Vertrag kommt die Tage per Post.\n\n"
        "LG Miriam\n\n"
        "Anfang der weitergeleiteten Nachricht:\n\n"
        "Von: Carsten Albers <c.albers@weidmann-gruppe.example>\n"
        "Betreff: Zusage Sam Taylor\n"
        "Datum: 3. Juni 2025 um 17:45:02 MESZ\n"
        "An: Miriam Hahn <m.hahn@talentbruecke.example>\n\n"
        "Hallo Miriam,\n\nwir möchten Herrn Taylor die Stelle als Teamleiter Controlling anbieten: "
        "82.000 EUR brutto im Jahr, Beginn zum 1. September. Gib ihm bitte Bescheid.\n\nCarsten\n",
        subject="WG: Zusage Sam Taylor",
        sender="Miriam Hahn <m.hahn@talentbruecke.example>",
    ),
    Form(
        "forwarded", "rejection", "fr",
        "Bonjour Sam,\n\nJe vous transfère ci-dessous le retour du client. Je suis désolée, je sais que vous "
        "y croyiez beaucoup.\n\nBien à vous,\nÉlodie\n\n"
        "-------- Message transféré --------\n"
        "Sujet : RE: Candidature Sam Taylor\n"
        "Date : Tue, 3 Jun 2025 12:31:40 +0200\n"
        "De : Marc Lefèvre <m.lefevre@batiplus.example>\n"
        "Pour : Élodie Garnier <e.garnier@cabinet-rh.example>\n\n"
        "Bonjour Élodie,\n\nMerci pour la présentation de M. Taylor. Après réflexion, nous ne donnerons "
        "pas suite à sa candidature : nous recherchons un profil plus expérimenté sur la partie chantier.\n\n"
        "Cordialement,\nMarc Lefèvre\n",
        subject="Fwd: RE: Candidature Sam Taylor",
        sender="Élodie Garnier <e.garnier@cabinet-rh.example>",
    ),
    Form(
        "forwarded", "next_step", "fr",
        "Bonjour Sam,\n\nBonne nouvelle, voir ci-dessous ! Pouvez-vous m'envoyer vos disponibilités pour la "
        "semaine prochaine ?\n\nCordialement,\nClaire\n\n"
        "---------- Message transféré ---------\n"
        "De : Hugo Martin <hugo.martin@lumiere-conseil.example>\n"
        "Date: mar. 3 juin 2025 à 18:05\n"
        "Subject: Sam Taylor\n"
        "To: Claire Dubois <claire@talents-ouest.example>\n\n\n"
        "Bonjour Claire,\n\nNous avons beaucoup apprécié l'échange avec M. Taylor et souhaitons le "
        "rencontrer pour un deuxième entretien avec notre directeur financier.\n\nBien cordialement,\nHugo\n",
        subject="Fwd: Sam Taylor",
        sender="Claire Dubois <claire@talents-ouest.example>",
    ),
    Form(
        "forwarded", "offer", "fr",
        "Sam, voici la proposition du client, je vous appelle dans l'heure pour en parler.\n\nClaire\n\n"
        "De : Hugo Martin <hugo.martin@lumiere-conseil.example>\n"
        "Envoyé : mardi 3 juin 2025 17:48\n"
        "À : Claire Dubois <claire@talents-ouest.example>\n"
        "Objet : Proposition - M. Taylor\n\n"
        "Claire,\n\nNous avons le plaisir de proposer à M. Taylor le poste de chef de projet en CDI, "
        "avec une rémunération de 52 k€ brut annuel et une prise de poste au 1er septembre.\n\nHugo\n",
        subject="TR: Proposition - M. Taylor",
        sender="Claire Dubois <claire@talents-ouest.example>",
    ),
    Form(
        "forwarded", "rejection", "es",
        "Hola Sam:\n\nTe reenvío la respuesta de la empresa. Lo siento mucho, de verdad.\n\nUn abrazo,\nLucía\n\n"
        "---------- Mensaje reenviado ---------\n"
        "De: Javier Ortega <j.ortega@solvia-tech.example>\n"
        "Date: mar, 3 jun 2025 a las 13:20\n"
        "Subject: Candidato Sam Taylor\n"
        "To: Lucía Romero <lucia@selecta-rrhh.example>\n\n\n"
        "Hola Lucía:\n\nGracias por presentarnos a Sam. Tras la segunda entrevista hemos decidido no "
        "seguir adelante con su candidatura; buscamos a alguien con más experiencia en banca.\n\n"
        "Saludos,\nJavier\n",
        subject="Fwd: Candidato Sam Taylor",
        sender="Lucía Romero <lucia@selecta-rrhh.example>",
    ),
    Form(
        "forwarded", "next_step", "es",
        "Hola Sam, te paso lo que me dice el cliente. ¿Te viene bien?\n\nLucía\n\n"
        "De: Javier Ortega <j.ortega@solvia-tech.example>\n"
        "Enviado el: martes, 3 de junio de 2025 16:02\n"
        "Para: Lucía Romero <lucia@selecta-rrhh.example>\n"
        "Asunto: Siguiente fase - Sam Taylor\n\n"
        "Lucía, nos gustaría que Sam hiciera la entrevista final con el director de tecnología el jueves "
        "12 de junio a las 10:00 en nuestras oficinas de Madrid.\n\nJavier\n",
        subject="RV: Siguiente fase - Sam Taylor",
        sender="Lucía Romero <lucia@selecta-rrhh.example>",
    ),
    Form(
        "forwarded", "rejection", "nl",
        "Hoi Sam,\n\nHieronder de terugkoppeling van de opdrachtgever. Balen, ik had het je gegund.\n\n"
        "Groet,\nMark\n\n"
        "---------- Doorgestuurd bericht ---------\n"
        "Van: Eva de Jong <eva.dejong@polderlogistiek.example>\n"
        "Date: di 3 jun 2025 om 14:55\n"
        "Subject: Kandidaat Sam Taylor\n"
        "To: Mark Visser <mark@werving-noord.example>\n\n\n"
        "Hoi Mark,\n\nBedankt voor het voorstellen van Sam. We hebben besloten om niet verder te gaan met "
        "zijn sollicitatie; een andere kandidaat sluit beter aan bij het team.\n\nGroeten,\nEva\n",
        subject="Fwd: Kandidaat Sam Taylor",
        sender="Mark Visser <mark@werving-noord.example>",
    ),
    Form(
        "forwarded", "offer", "nl",
        "Hoi Sam, goed nieuws - zie hieronder! Bel me even als je het gelezen hebt.\n\nMark\n\n"
        "Van: Eva de Jong <eva.dejong@polderlogistiek.example>\n"
        "Verzonden: dinsdag 3 juni 2025 17:10\n"
        "Aan: Mark Visser <mark@werving-noord.example>\n"
        "Onderwerp: Aanbod Sam Taylor\n\n"
        "Mark,\n\nWe willen Sam graag een contract aanbieden als teamleider planning: 4.800 euro bruto per "
        "maand, vast contract na een jaar, start 1 september.\n\nEva\n",
        subject="FW: Aanbod Sam Taylor",
        sender="Mark Visser <mark@werving-noord.example>",
    ),
    Form(
        "forwarded", "offer", "it",
        "Ciao Sam,\n\nti giro la risposta dell'azienda: complimenti!\n\nGiulia\n\n"
        "---------- Messaggio inoltrato ---------\n"
        "Da: Paolo Ferri <p.ferri@meccanica-lombarda.example>\n"
        "Date: mar 3 giu 2025 alle ore 16:30\n"
        "Subject: Candidato Sam Taylor\n"
        "To: Giulia Conti <giulia@talentia-hr.example>\n\n\n"
        "Ciao Giulia,\n\nabbiamo deciso di proporre a Sam l'assunzione a tempo indeterminato come "
        "responsabile qualità, RAL 48.000 euro, con inizio a settembre.\n\nPaolo\n",
        subject="Fwd: Candidato Sam Taylor",
        sender="Giulia Conti <giulia@talentia-hr.example>",
    ),
    Form(
        "forwarded", "rejection", "it",
        "Ciao Sam, purtroppo ti inoltro la risposta qui sotto. Mi dispiace molto.\n\nGiulia\n\n"
        "Da: Paolo Ferri <p.ferri@meccanica-lombarda.example>\n"
        "Inviato: martedì 3 giugno 2025 12:14\n"
        "A: Giulia Conti <giulia@talentia-hr.example>\n"
        "Oggetto: Esito colloquio Sam Taylor\n\n"
        "Giulia,\n\ndopo il secondo colloquio abbiamo scelto di non proseguire con la candidatura di Sam: "
        "cerchiamo una persona con più esperienza nel settore automotive.\n\nPaolo\n",
        subject="I: Esito colloquio Sam Taylor",
        sender="Giulia Conti <giulia@talentia-hr.example>",
    ),
    Form(
        "forwarded", "next_step", "pt",
        "Olá Sam,\n\nBoas notícias, veja abaixo! Consegue indicar-me a sua disponibilidade?\n\nAbraço,\nInês\n\n"
        "---------- Mensagem encaminhada ---------\n"
        "De: Rui Almeida <rui.almeida@atlantico-digital.example>\n"
        "Date: ter., 3 de jun. de 2025 às 15:40\n"
        "Subject: Candidato Sam Taylor\n"
        "To: Inês Costa <ines@recrutar.example>\n\n\n"
        "Olá Inês,\n\nGostámos muito da conversa com o Sam e gostaríamos de o convidar para uma segunda "
        "entrevista com a diretora de produto na próxima semana.\n\nCumprimentos,\nRui\n",
        subject="Fwd: Candidato Sam Taylor",
        sender="Inês Costa <ines@recrutar.example>",
    ),
    Form(
        "forwarded", "rejection", "pt",
        "Olá Sam, reencaminho a resposta da empresa. Lamento imenso.\n\nInês\n\n"
        "De: Rui Almeida <rui.almeida@atlantico-digital.example>\n"
        "Enviada em: terça-feira, 3 de junho de 2025 11:20\n"
        "Para: Inês Costa <ines@recrutar.example>\n"
        "Assunto: Candidatura Sam Taylor\n\n"
        "Inês,\n\nagradecemos a apresentação do Sam, mas decidimos avançar com outro candidato, com mais "
        "experiência em pagamentos.\n\nRui\n",
        subject="ENC: Candidatura Sam Taylor",
        sender="Inês Costa <ines@recrutar.example>",
    ),
]

# ------------------------------------------------------------------ quoted

QUOTED = [
    Form(
        "quoted", "next_step", "en",
        "Hi Sam,\n\nPlease disregard the automated email below - it went out by mistake when we closed "
        "the posting for the other location. The team would actually like to see you for the final "
        "interview. Are you free Thursday 12 June at 2pm?\n\nApologies for the confusion,\nNina\n\n"
        "On Tue, 3 Jun 2025 at 18:03, Acme Talent <no-reply@acme.example> wrote:\n"
        "> Dear Sam,\n>\n> Thank you for your interest in Acme. After careful review we have decided not "
        "to move forward\n> with your application. We wish you every success in your search.\n>\n"
        "> Kind regards,\n> The Acme Talent Team\n",
        subject="Re: Your application to Acme",
    ),
    Form(
        "quoted", "rejection", "en",
        "Hi Sam,\n\nFollowing up on the below - I'm sorry to say the hiring manager has decided to go with an "
        "internal candidate, so we'll cancel Thursday's call. Thank you for your patience with us.\n\n"
        "Best,\nNina\n\n"
        "From: Nina Alvarez <nina.alvarez@acme.example>\n"
        "Sent: Friday, May 30, 2025 10:02 AM\n"
        "To: Sam Taylor <sam.taylor@example.org>\n"
        "Subject: Next steps\n\n"
        "Hi Sam,\n\nWe'd love to invite you to a final interview with our VP on Thursday 5 June at 3pm. "
        "Let me know if that works and I'll send a calendar invite.\n\nNina\n",
        subject="RE: Next steps",
    ),
    Form(
        "quoted", "acknowledgement", "en",
        "Hi Sam, thanks for checking in. No decision yet - the panel meets on Monday and I'll update you "
        "straight after.\n\nNina\n\n"
        "On Mon, 2 Jun 2025, 09:12 Sam Taylor <sam.taylor@example.org> wrote:\n\n"
        "> Hi Nina,\n> I wanted to follow up on my interview last week. Is there any update on next steps?\n"
        "> I'd be thrilled to receive an offer and I'm happy to provide references.\n> Best, Sam\n",
        subject="Re: Following up",
    ),
    Form(
        "quoted", "offer", "en",
        "Sam, the pleasure was ours - and I'm very happy to tell you we'd like to offer you the role! "
        "The formal offer is attached: $135k base, equity as per the letter, start date 7 July.\n\n"
        "Nina\n\n"
        "On Fri, May 30, 2025 at 4:51 PM Sam Taylor <sam.taylor@example.org> wrote:\n"
        "> Thank you for taking the time to meet today. I understand you are still interviewing other\n"
        "> candidates and I look forward to hearing about the next steps.\n",
        subject="Re: Thank you",
    ),
    Form(
        "quoted", "rejection", "en",
        "Dear Sam,\n\nThank you for your note. I'm sorry to have to tell you that we will not be progressing "
        "your candidacy further.\n\nRegards,\nPeter\n\n"
        "-----Original Message-----\n"
        "From: Sam Taylor <sam.taylor@example.org>\n"
        "Sent: 02 June 2025 08:40\n"
        "To: Peter Walsh <p.walsh@contoso.example>\n"
        "Subject: Thank you - technical interview\n\n"
        "Dear Peter, thank you for the technical interview on Friday. I enjoyed the pairing exercise and "
        "would love to move to the next round.\n",
        subject="RE: Thank you - technical interview",
        sender="Peter Walsh <p.walsh@contoso.example>",
    ),
    Form(
        "quoted", "next_step", "de",
        "Hallo Herr Taylor,\n\nbitte ignorieren Sie die automatische Nachricht unten, sie wurde versehentlich "
        "verschickt. Wir möchten Sie sehr gern zu einem zweiten Gespräch einladen - passt Ihnen Mittwoch, "
        "11. Juni, um 10 Uhr?\n\nViele Grüße\nJulia Schmitt\n\n"
        "Am Di., 3. Juni 2025 um 17:02 Uhr schrieb Karriere Nordlicht <noreply@nordlicht.example>:\n"
        "> Sehr geehrter Herr Taylor,\n> leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht\n"
        "> weiter berücksichtigen können.\n> Mit freundlichen Grüßen\n> Ihr Recruiting-Team\n",
        subject="AW: Ihre Bewerbung",
        sender="Julia Schmitt <julia.schmitt@nordlicht.example>",
    ),
    Form(
        "quoted", "rejection", "de",
        "Hallo Sam,\n\nleider muss ich dir mitteilen, dass sich das Team nach langer Diskussion anders "
        "entschieden hat. Den Termin am Freitag brauchen wir daher nicht mehr. Es tut mir wirklich leid.\n\n"
        "Viele Grüße\nJulia\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Julia Schmitt <julia.schmitt@nordlicht.example>\n"
        "Gesendet: Mittwoch, 28. Mai 2025 10:15\n"
        "An: Sam Taylor <sam.taylor@example.org>\n"
        "Betreff: Einladung zum Zweitgespräch\n\n"
        "Hallo Sam,\n\nwir laden dich herzlich zum Zweitgespräch am Freitag, 6. Juni, um 9 Uhr ein. "
        "Bitte bestätige kurz den Termin.\n",
        subject="AW: Einladung zum Zweitgespräch",
        sender="Julia Schmitt <julia.schmitt@nordlicht.example>",
    ),
    Form(
        "quoted", "acknowledgement", "de",
        "Hallo Herr Taylor,\n\ndanke für Ihre Nachfrage. Die Entscheidung steht noch aus, da zwei Kollegen im "
        "Urlaub sind; Sie hören spätestens Mitte nächster Woche von mir.\n\nBeste Grüße\nFrank Meier\n\n"
        "Am 02.06.2025 um 08:55 schrieb Sam Taylor <sam.taylor@example.org>:\n\n"
        "> Sehr geehrter Herr Meier,\n> ich wollte mich nach dem Stand meiner Bewerbung erkundigen. Über eine\n"
        "> Einladung zum nächsten Gespräch oder ein Angebot würde ich mich sehr freuen.\n",
        subject="AW: Stand meiner Bewerbung",
        sender="Frank Meier <f.meier@hansewerk.example>",
    ),
    Form(
        "quoted", "rejection", "fr",
        "Bonjour Sam,\n\nSuite à notre échange de la semaine dernière, je suis au regret de vous annoncer que "
        "nous avons retenu une autre candidature. L'entretien de vendredi est donc annulé.\n\n"
        "Bien cordialement,\nAnne\n\n"
        "Le mer. 28 mai 2025 à 10:12, Anne Moreau <anne.moreau@groupe-azur.example> a écrit :\n"
        "> Bonjour Sam,\n> Nous avons le plaisir de vous inviter à un second entretien le vendredi 6 juin\n"
        "> à 10h dans nos locaux de Lyon.\n",
        subject="Re: Second entretien",
        sender="Anne Moreau <anne.moreau@groupe-azur.example>",
    ),
    Form(
        "quoted", "next_step", "fr",
        "Bonjour Sam,\n\nMerci pour votre relance ! Le manager souhaite vous revoir pour un dernier échange : "
        "seriez-vous disponible lundi 16 juin à 14h ?\n\nAnne\n\n"
        "-----Message d'origine-----\n"
        "De : Sam Taylor <sam.taylor@example.org>\n"
        "Envoyé : lundi 2 juin 2025 09:00\n"
        "À : Anne Moreau <anne.moreau@groupe-azur.example>\n"
        "Objet : Suivi de ma candidature\n\n"
        "Bonjour Anne, je me permets de revenir vers vous au sujet de ma candidature. Si le poste a été "
        "pourvu, je comprendrais tout à fait.\n",
        subject="RE: Suivi de ma candidature",
        sender="Anne Moreau <anne.moreau@groupe-azur.example>",
    ),
    Form(
        "quoted", "acknowledgement", "es",
        "Hola Sam,\n\n¡Gracias por escribir! Todavía no tenemos una decisión; el comité se reúne el viernes y "
        "te diré algo la semana que viene.\n\nUn saludo,\nMarta\n\n"
        "El lun, 2 jun 2025 a las 9:15, Sam Taylor (<sam.taylor@example.org>) escribió:\n\n"
        "> Hola Marta, quería saber si hay novedades sobre el proceso. Estaría encantado de pasar a la\n"
        "> siguiente entrevista o de recibir una oferta.\n",
        subject="Re: Novedades del proceso",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
    ),
    Form(
        "quoted", "rejection", "es",
        "Hola Sam,\n\nTe escribo en relación con la entrevista que teníamos prevista. Lamentablemente, la "
        "posición se ha cerrado y no vamos a continuar con el proceso. Siento mucho las molestias.\n\n"
        "Marta\n\n"
        "-----Mensaje original-----\n"
        "De: Marta Gil <marta.gil@innova-sistemas.example>\n"
        "Enviado el: jueves, 29 de mayo de 2025 12:00\n"
        "Para: Sam Taylor <sam.taylor@example.org>\n"
        "Asunto: Entrevista final\n\n"
        "Hola Sam, nos gustaría invitarte a la entrevista final el martes 10 de junio a las 11:00.\n",
        subject="RE: Entrevista final",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
    ),
    Form(
        "quoted", "rejection", "nl",
        "Beste Sam,\n\nHelaas moet ik je laten weten dat we gekozen hebben voor een andere kandidaat. Het "
        "gesprek van vrijdag komt daarmee te vervallen.\n\nMet vriendelijke groet,\nLotte\n\n"
        "Op wo 28 mei 2025 om 10:12 schreef Lotte Bakker <lotte.bakker@zeeland-energie.example>:\n"
        "> Beste Sam,\n> Graag nodigen we je uit voor een tweede gesprek op vrijdag 6 juni om 13.00 uur.\n",
        subject="Re: Tweede gesprek",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
    ),
    Form(
        "quoted", "next_step", "nl",
        "Hoi Sam,\n\nDank voor je mail. Goed nieuws: het team wil je graag nog een keer spreken, dit keer met "
        "de directeur. Kun je donderdag 12 juni om 11.00 uur?\n\nLotte\n\n"
        "-----Oorspronkelijk bericht-----\n"
        "Van: Sam Taylor <sam.taylor@example.org>\n"
        "Verzonden: maandag 2 juni 2025 08:30\n"
        "Aan: Lotte Bakker <lotte.bakker@zeeland-energie.example>\n"
        "Onderwerp: Stand van zaken\n\n"
        "Hoi Lotte, is er al een besluit genomen? Mocht het een afwijzing zijn, dan hoor ik dat ook graag.\n",
        subject="RE: Stand van zaken",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
    ),
    Form(
        "quoted", "next_step", "it",
        "Ciao Sam,\n\nignora pure il messaggio automatico qui sotto, è partito per errore dalla piattaforma. "
        "Ti confermo invece il colloquio finale con il direttore: giovedì 12 giugno alle 11.\n\nChiara\n\n"
        "Il giorno mar 3 giu 2025 alle ore 18:20 Lavora con noi <noreply@vela-spa.example> ha scritto:\n"
        "> Gentile candidato,\n> la ringraziamo per l'interesse. Purtroppo la sua candidatura non è stata\n"
        "> selezionata per le fasi successive.\n",
        subject="Re: Esito candidatura",
        sender="Chiara Rinaldi <chiara.rinaldi@vela-spa.example>",
    ),
    Form(
        "quoted", "acknowledgement", "it",
        "Buongiorno Sam,\n\ngrazie del messaggio. Non abbiamo ancora preso una decisione: ti aggiorno entro "
        "la fine della prossima settimana.\n\nCordiali saluti,\nChiara\n\n"
        "-----Messaggio originale-----\n"
        "Da: Sam Taylor <sam.taylor@example.org>\n"
        "Inviato: lunedì 2 giugno 2025 09:10\n"
        "A: Chiara Rinaldi <chiara.rinaldi@vela-spa.example>\n"
        "Oggetto: Aggiornamento\n\n"
        "Buongiorno Chiara, volevo sapere se ci sono novità. Sarei felice di ricevere un'offerta.\n",
        subject="R: Aggiornamento",
        sender="Chiara Rinaldi <chiara.rinaldi@vela-spa.example>",
    ),
    Form(
        "quoted", "offer", "pt",
        "Olá Sam,\n\nO prazer foi nosso! E tenho uma ótima notícia: queremos fazer-lhe uma proposta para a "
        "posição de analista sénior, com salário de 2.900 euros brutos mensais e início a 1 de julho. "
        "Envio a carta-proposta em anexo.\n\nBeatriz\n\n"
        "Em sex., 30 de mai. de 2025 às 17:20, Sam Taylor <sam.taylor@example.org> escreveu:\n"
        "> Olá Beatriz, muito obrigado pela entrevista de hoje. Fico a aguardar os próximos passos.\n",
        subject="Re: Obrigado",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
    ),
    Form(
        "quoted", "rejection", "pt",
        "Olá Sam,\n\nInfelizmente a empresa decidiu não avançar com a sua candidatura, por isso a entrevista "
        "de sexta-feira fica sem efeito. Peço desculpa pelo incómodo.\n\nBeatriz\n\n"
        "-----Mensagem original-----\n"
        "De: Beatriz Sousa <beatriz.sousa@lusotech.example>\n"
        "Enviada em: quarta-feira, 28 de maio de 2025 10:00\n"
        "Para: Sam Taylor <sam.taylor@example.org>\n"
        "Assunto: Segunda entrevista\n\n"
        "Olá Sam, gostaríamos de o convidar para uma segunda entrevista na sexta-feira, 6 de junho, às 10h.\n",
        subject="RE: Segunda entrevista",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
    ),
]

# ------------------------------------------------------------------ signature

DISCLAIMER_EN = (
    "\n\nHelen Burke\nTalent Acquisition Partner | Fabrikam plc\nT: +44 20 7946 0000 | fabrikam.example\n"
    "Fabrikam plc, registered in England and Wales No. 01234567.\n\n"
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for "
    "the addressee. If you are not the intended recipient, please notify the sender immediately and "
    "delete or reject this message; any use, disclosure or copying is prohibited. Nothing in this email "
    "constitutes an offer of employment or a binding commitment unless confirmed in a signed letter. "
    "This offer of information is not intended as an offer or acceptance of any contract. Fabrikam "
    "accepts no liability for viruses. We regret that unsuccessful transmissions may occur.\n"
)

SIGNATURE = [
    Form(
        "signature", "acknowledgement", "en",
        "Hi Sam,\n\nThanks for sending over your references - all received. I'll share them with the hiring "
        "manager and come back to you early next week.\n\nKind regards," + DISCLAIMER_EN,
        subject="Re: References",
        sender="Helen Burke <helen.burke@fabrikam.example>",
    ),
    Form(
        "signature", "other", "en",
        "Hi Sam,\n\nLovely to meet you too - and thanks for the book tip, I've already ordered it!\n\n"
        "Best," + DISCLAIMER_EN,
        subject="Re: Great to meet you",
        sender="Helen Burke <helen.burke@fabrikam.example>",
    ),
    Form(
        "signature", "next_step", "en",
        "Sounds good, see you Tuesday 3pm!\n\nSent from my iPhone\n\n"
        "> On 3 Jun 2025, at 19:02, Sam Taylor <sam.taylor@example.org> wrote:\n>\n"
        "> Hi Owen, Tuesday at 3pm works well for the final chat. Looking forward to it.\n",
        subject="Re: Final chat",
        sender="Owen Blake <owen.blake@contoso.example>",
    ),
    Form(
        "signature", "next_step", "en",
        "Perfect - you're booked in for Thursday at 10. I'll send the Teams link shortly.\n\n"
        "Get Outlook for Android",
        subject="RE: Availability for the panel",
        sender="Owen Blake <owen.blake@contoso.example>",
    ),
    Form(
        "signature", "rejection", "en",
        "Hi Sam,\n\nThank you for interviewing with us. We've now completed the process and unfortunately "
        "won't be moving ahead with your application this time. I know that's disappointing after the "
        "effort you put in.\n\nAll the best,\nMaria\n\n--\nMaria Chen | People Team | Globex\n"
        "We're hiring! Explore 40+ open roles: https://globex.example/careers\n"
        "Voted one of the best places to work 2024 - we make offers to the best talent.\n"
        "This message is confidential. If you received it in error, please reject and delete it.\n",
        subject="Your interview with Globex",
        sender="Maria Chen <maria.chen@globex.example>",
    ),
    Form(
        "signature", "acknowledgement", "en",
        "Thanks Sam, got it - I'll pass it along to the team.\n\nSent from my iPhone",
        subject="Re: Portfolio link",
        sender="Owen Blake <owen.blake@contoso.example>",
    ),
    Form(
        "signature", "acknowledgement", "de",
        "Hallo Herr Taylor,\n\nvielen Dank, Ihre Arbeitsprobe ist angekommen. Ich leite sie an die "
        "Fachabteilung weiter und melde mich bis Ende nächster Woche.\n\nMit freundlichen Grüßen\n\n"
        "Petra Lange\nPersonalreferentin\nHansewerk Logistik GmbH\nSitz der Gesellschaft: Bremen | "
        "Amtsgericht Bremen HRB 98765 | Geschäftsführer: Dr. Uwe Brandt\n\n"
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
        "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort "
        "den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe "
        "dieser Mail sind nicht gestattet. Diese Nachricht stellt kein verbindliches Angebot dar; eine "
        "Ablehnung der Haftung für Übertragungsfehler bleibt vorbehalten.\n",
        subject="AW: Arbeitsprobe",
        sender="Petra Lange <p.lange@hansewerk.example>",
    ),
    Form(
        "signature", "next_step", "de",
        "Passt, dann bis Dienstag um 15 Uhr!\n\nVon meinem iPhone gesendet\n\n"
        "> Am 03.06.2025 um 18:40 schrieb Sam Taylor <sam.taylor@example.org>:\n"
        "> Dienstag 15 Uhr passt mir gut für das zweite Gespräch.\n",
        subject="AW: Zweites Gespräch",
        sender="Jens Krause <jens.krause@nordlicht.example>",
    ),
    Form(
        "signature", "rejection", "fr",
        "Bonjour Sam,\n\nMerci pour le temps consacré à nos entretiens. Après mûre réflexion, nous avons "
        "décidé de ne pas poursuivre avec votre candidature pour ce poste.\n\nBien cordialement,\n\n"
        "Sophie Laurent\nChargée de recrutement | Groupe Azur\n\n"
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de "
        "ses destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir "
        "l'expéditeur. Toute utilisation non autorisée est interdite. Ce courriel ne constitue pas une "
        "offre contractuelle et n'engage pas le Groupe Azur.\n",
        subject="Votre candidature - Groupe Azur",
        sender="Sophie Laurent <s.laurent@groupe-azur.example>",
    ),
    Form(
        "signature", "next_step", "fr",
        "Parfait, à mardi 15h alors !\n\nEnvoyé de mon iPhone\n\n"
        "> Le 3 juin 2025 à 19:05, Sam Taylor <sam.taylor@example.org> a écrit :\n"
        "> Mardi 15h me convient très bien pour l'entretien avec l'équipe.\n",
        subject="Re: Entretien avec l'équipe",
        sender="Anne Moreau <anne.moreau@groupe-azur.example>",
    ),
    Form(
        "signature", "acknowledgement", "es",
        "Hola Sam,\n\nRecibido, ¡gracias! Lo reviso con el equipo y te digo algo antes del viernes.\n\n"
        "Saludos,\nMarta Gil\nTalent Acquisition | Innova Sistemas\n\n"
        "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen "
        "exclusivamente a su destinatario. Si usted no es el destinatario, le rogamos que lo comunique al "
        "remitente y lo elimine. Este correo no constituye una oferta vinculante. De acuerdo con el RGPD, "
        "puede ejercer sus derechos de acceso, rectificación, oposición y supresión escribiendo a "
        "privacidad@innova-sistemas.example.\n",
        subject="RE: Prueba técnica",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
    ),
    Form(
        "signature", "next_step", "es",
        "Perfecto, nos vemos el martes a las 15:00.\n\nEnviado desde mi iPhone\n\n"
        "> El 3 jun 2025, a las 19:10, Sam Taylor <sam.taylor@example.org> escribió:\n"
        "> El martes a las 15:00 me viene bien para la entrevista.\n",
        subject="Re: Entrevista",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
    ),
    Form(
        "signature", "rejection", "nl",
        "Beste Sam,\n\nDank je wel voor de prettige gesprekken. Na zorgvuldige afweging hebben we besloten "
        "je sollicitatie niet verder in behandeling te nemen.\n\nMet vriendelijke groet,\n\n"
        "Lotte Bakker\nRecruiter | Zeeland Energie\n\n"
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, "
        "wordt u vriendelijk verzocht dit aan de afzender te melden en het bericht te verwijderen. Aan dit "
        "bericht kunnen geen rechten worden ontleend; het vormt geen aanbod.\n",
        subject="Je sollicitatie",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
    ),
    Form(
        "signature", "next_step", "nl",
        "Top, tot dinsdag 15.00 uur!\n\nVerzonden vanaf mijn iPhone\n\n"
        "> Op 3 jun. 2025 om 19:15 heeft Sam Taylor <sam.taylor@example.org> het volgende geschreven:\n"
        "> Dinsdag om 15.00 uur komt mij goed uit voor het tweede gesprek.\n",
        subject="Re: Tweede gesprek",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
    ),
    Form(
        "signature", "offer", "it",
        "Gentile Sam,\n\nsiamo lieti di offrirti la posizione di Data Analyst con contratto a tempo "
        "indeterminato, RAL 42.000 euro, con inizio il 1 settembre. In allegato la lettera di assunzione.\n\n"
        "Cordiali saluti,\nChiara Rinaldi\nHR | Vela S.p.A.\n\n"
        "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se "
        "avete ricevuto questo messaggio per errore, vi preghiamo di informarci e di cancellarlo. Le "
        "informazioni contenute non costituiscono offerta al pubblico né proposta contrattuale.\n",
        subject="Proposta di assunzione",
        sender="Chiara Rinaldi <chiara.rinaldi@vela-spa.example>",
    ),
    Form(
        "signature", "next_step", "it",
        "Perfetto, ci vediamo martedì alle 15.\n\nInviato da iPhone\n\n"
        "> Il giorno 3 giu 2025, alle ore 19:20, Sam Taylor <sam.taylor@example.org> ha scritto:\n"
        "> Martedì alle 15 va benissimo per il colloquio.\n",
        subject="Re: Colloquio",
        sender="Chiara Rinaldi <chiara.rinaldi@vela-spa.example>",
    ),
    Form(
        "signature", "acknowledgement", "pt",
        "Olá Sam,\n\nRecebi o seu portefólio, obrigado. Vou partilhá-lo com a equipa e dou-lhe notícias "
        "até ao fim da próxima semana.\n\nCumprimentos,\nBeatriz Sousa\nRecursos Humanos | LusoTech\n\n"
        "Esta mensagem é confidencial e destina-se exclusivamente ao destinatário. Se a recebeu por "
        "engano, por favor avise o remetente e elimine-a. O conteúdo desta mensagem não constitui uma "
        "proposta contratual vinculativa.\n",
        subject="RE: Portefólio",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
    ),
    Form(
        "signature", "next_step", "pt",
        "Combinado, até terça às 15h!\n\nEnviado do meu iPhone\n\n"
        "> No dia 3/06/2025, às 19:25, Sam Taylor <sam.taylor@example.org> escreveu:\n"
        "> Terça às 15h é ótimo para a entrevista.\n",
        subject="Re: Entrevista",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
    ),
]

# ------------------------------------------------------------------ html


def page(preheader: str, inner: str, footer: str = "") -> str:
    """An applicant-tracking platform's HTML mail: hidden preheader, layout tables, tracking links."""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>.btn{background:#2d6cdf;color:#fff}"
        "</style></head><body style=\"margin:0\">"
        f"<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all\">{preheader}"
        "&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        "<table width=\"600\"><tr><td><img src=\"https://t.ats-mail.example/open/9f3a.gif\" width=\"1\" "
        "height=\"1\" alt=\"\"><img src=\"https://cdn.ats-mail.example/logo.png\" alt=\"Logo\"></td></tr>"
        f"<tr><td style=\"font-family:Arial;font-size:15px\">{inner}</td></tr>"
        f"<tr><td style=\"font-size:11px;color:#888\">{footer}"
        "<a href=\"https://t.ats-mail.example/c/unsub?u=8f2c\">Unsubscribe</a> | "
        "<a href=\"https://t.ats-mail.example/c/privacy\">Privacy</a></td></tr>"
        "</table></td></tr></table></body></html>"
    )


def button(label: str) -> str:
    return (
        "<table><tr><td class=\"btn\" style=\"border-radius:4px\">"
        f"<a href=\"https://t.ats-mail.example/c/eyJ1cmwiOiJodHRwcyJ9?l=8812\" style=\"color:#fff\">{label}</a>"
        "</td></tr></table>"
    )


HTML = [
    Form(
        "html", "rejection", "en", None,
        html=page(
            "We're hiring across 40 teams - see what's new at Globex",
            "<p>Hi Sam,</p><p>Thank you for taking the time to interview for the <b>Product Designer</b> "
            "role. We were fortunate to meet many strong candidates, and after careful deliberation we "
            "have decided to move forward with another candidate whose experience more closely matches "
            "the role.</p><p>We'd love to stay in touch - new roles open every week.</p>"
            + button("View open roles") + "<p>Best,<br>Globex Talent</p>",
            "Sent via Greenhouse. ",
        ),
        subject="Your application to Globex",
        sender="Globex Talent <no-reply@us.greenhouse-mail.io>",
    ),
    Form(
        "html", "next_step", "en", None,
        html=page(
            "Action needed: pick a time for your interview",
            "<h2>Congratulations, Sam!</h2><p>You've been invited to a 45-minute video interview with "
            "<b>Acme</b> for the <b>Senior Backend Engineer</b> role. Please choose a time that works for "
            "you within the next 5 days.</p>" + button("Schedule now")
            + "<p>Can't find a slot? Reply to this email and we'll help.</p>",
        ),
        subject="Schedule your interview with Acme",
        sender="Acme Recruiting <scheduling@acme.example>",
    ),
    Form(
        "html", "rejection", "en", None,
        html=page(
            "There's an update on your application",
            "<p>Hi Sam,</p><p>There's an update on your application.</p>"
            "<table border=\"0\"><tr><td>Position</td><td>Data Analyst (R-10442)</td></tr>"
            "<tr><td>Status</td><td><b>Not selected</b></td></tr>"
            "<tr><td>Updated</td><td>Jun 3, 2025</td></tr></table>"
            "<p>Thank you for your interest in Initech. While we won't be moving forward with your "
            "candidacy for this position, we encourage you to apply for future openings.</p>"
            + button("View status"),
            "Powered by Workday. ",
        ),
        subject="Update on your application - Data Analyst",
        sender="Initech Careers <initech@myworkday.example>",
    ),
    Form(
        "html", "acknowledgement", "en", None,
        html=page(
            "Thanks for interviewing with us",
            "<p>Hi Sam,</p><p>Thanks for completing your interview for <b>Customer Success Lead</b>. "
            "The hiring team is reviewing everyone's feedback now, and you'll hear from us within five "
            "business days.</p>" + button("View application status")
            + "<p>Questions? Contact your recruiter, Nina Alvarez.</p>",
        ),
        subject="Thanks for interviewing with Acme",
        sender="Acme Careers <careers@acme.example>",
    ),
    Form(
        "html", "offer", "en", None,
        html=page(
            "Your offer is ready to review",
            "<p>Hi Sam,</p><p>We're thrilled to extend you an offer to join <b>Contoso</b>!</p>"
            "<table><tr><td>Position</td><td>Staff Engineer</td></tr><tr><td>Base salary</td>"
            "<td>$182,000</td></tr><tr><td>Start date</td><td>July 14, 2025</td></tr></table>"
            "<p>Please review and sign your offer letter by June 11.</p>" + button("Review offer"),
        ),
        subject="Your offer from Contoso",
        sender="Contoso Recruiting <offers@contoso.example>",
    ),
    Form(
        "html", "rejection", "de", None,
        html=page(
            "Neue Stellen bei Nordlicht - jetzt entdecken",
            "<p>Sehr geehrter Herr Taylor,</p><p>vielen Dank für Ihr Interesse und die Zeit, die Sie sich "
            "für die Gespräche genommen haben. Nach sorgfältiger Prüfung haben wir uns entschieden, den "
            "Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen.</p>"
            "<p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>"
            + button("Zu unseren offenen Stellen") + "<p>Ihr Nordlicht Recruiting-Team</p>",
            "Gesendet mit Personio. ",
        ),
        subject="Ihre Bewerbung bei Nordlicht",
        sender="Nordlicht Recruiting <nordlicht@jobs.personio.example>",
    ),
    Form(
        "html", "next_step", "de", None,
        html=page(
            "Bitte wählen Sie einen Termin",
            "<p>Hallo Herr Taylor,</p><p>wir freuen uns, Sie zum Zweitgespräch mit unserer "
            "Bereichsleitung einzuladen. Bitte wählen Sie über den folgenden Link einen passenden "
            "Termin aus.</p>" + button("Termin auswählen")
            + "<p>Viele Grüße<br>Ihr Team von Hansewerk</p>",
        ),
        subject="Einladung zum Zweitgespräch",
        sender="Hansewerk Karriere <karriere@hansewerk.example>",
    ),
    Form(
        "html", "next_step", "fr", None,
        html=page(
            "Votre prochain entretien vous attend",
            "<p>Bonjour Sam,</p><p>Bonne nouvelle : l'équipe souhaite poursuivre avec vous ! Nous vous "
            "invitons à un entretien technique de 60 minutes avec deux membres de l'équipe. Choisissez "
            "le créneau qui vous convient.</p>" + button("Planifier mon entretien"),
        ),
        subject="Planifiez votre entretien technique",
        sender="Groupe Azur <recrutement@groupe-azur.example>",
    ),
    Form(
        "html", "rejection", "fr", None,
        html=page(
            "Découvrez nos offres d'emploi",
            "<p>Bonjour Sam,</p><p>Nous vous remercions pour l'intérêt porté à Lumière Conseil. Malgré "
            "la qualité de votre parcours, votre candidature n'a pas été retenue pour le poste de "
            "consultant senior.</p><p>Nous conservons votre profil et ne manquerons pas de revenir vers "
            "vous.</p>" + button("Voir nos offres"),
            "Envoyé via Welcome to the Jungle. ",
        ),
        subject="Votre candidature chez Lumière Conseil",
        sender="Lumière Conseil <no-reply@welcomekit.example>",
    ),
    Form(
        "html", "next_step", "es", None,
        html=page(
            "Reserva tu entrevista",
            "<p>Hola Sam:</p><p>Nos encantaría conocerte mejor. Te invitamos a una entrevista por "
            "videollamada con la responsable del equipo de datos. Elige el día y la hora que mejor te "
            "vengan.</p>" + button("Agendar entrevista"),
        ),
        subject="Siguiente paso: entrevista con el equipo",
        sender="Innova Sistemas <talento@innova-sistemas.example>",
    ),
    Form(
        "html", "acknowledgement", "es", None,
        html=page(
            "Hemos recibido tu prueba técnica",
            "<p>Hola Sam:</p><p>Hemos recibido tu prueba técnica. El equipo la revisará en los próximos "
            "días y te informaremos del resultado lo antes posible.</p>" + button("Ver estado"),
        ),
        subject="Prueba técnica recibida",
        sender="Solvia Tech <no-reply@solvia-tech.example>",
    ),
    Form(
        "html", "next_step", "nl", None,
        html=page(
            "Plan je gesprek in",
            "<p>Hoi Sam,</p><p>Leuk nieuws: we willen je graag uitnodigen voor een tweede gesprek met "
            "het managementteam. Kies hieronder een moment dat jou uitkomt.</p>"
            + button("Plan je gesprek"),
            "Verstuurd via Recruitee. ",
        ),
        subject="Uitnodiging tweede gesprek",
        sender="Polder Logistiek <polderlogistiek@recruitee-mail.example>",
    ),
    Form(
        "html", "rejection", "nl", None,
        html=page(
            "Bekijk onze andere vacatures",
            "<p>Beste Sam,</p><p>Bedankt voor je interesse in Zeeland Energie en voor de tijd die je in de "
            "gesprekken hebt gestoken. Helaas hebben we besloten om niet met je verder te gaan in de "
            "procedure.</p>" + button("Bekijk vacatures"),
        ),
        subject="Je sollicitatie bij Zeeland Energie",
        sender="Zeeland Energie <no-reply@zeeland-energie.example>",
    ),
    Form(
        "html", "offer", "it", None,
        html=page(
            "La tua proposta di assunzione",
            "<p>Ciao Sam,</p><p>siamo felici di comunicarti che abbiamo deciso di offrirti il ruolo di "
            "<b>Product Manager</b>.</p><table><tr><td>Contratto</td><td>Tempo indeterminato</td></tr>"
            "<tr><td>RAL</td><td>55.000 euro</td></tr><tr><td>Inizio</td><td>1 settembre 2025</td></tr>"
            "</table>" + button("Visualizza la proposta"),
        ),
        subject="Proposta di assunzione - Vela S.p.A.",
        sender="Vela Careers <careers@vela-spa.example>",
    ),
    Form(
        "html", "next_step", "it", None,
        html=page(
            "Prenota il tuo colloquio",
            "<p>Ciao Sam,</p><p>vorremmo invitarti a un colloquio tecnico con il team. Prenota lo slot "
            "che preferisci entro venerdì.</p>" + button("Prenota il colloquio"),
        ),
        subject="Colloquio tecnico - prenota uno slot",
        sender="Meccanica Lombarda <hr@meccanica-lombarda.example>",
    ),
    Form(
        "html", "rejection", "pt", None,
        html=page(
            "Veja as nossas vagas abertas",
            "<p>Olá Sam,</p><p>Obrigado pelo seu interesse na Atlântico Digital. Após análise cuidadosa, "
            "informamos que o seu perfil não foi selecionado para avançar no processo.</p>"
            + button("Ver vagas"),
        ),
        subject="A sua candidatura na Atlântico Digital",
        sender="Atlântico Digital <noreply@atlantico-digital.example>",
    ),
    Form(
        "html", "next_step", "pt", None,
        html=page(
            "Agende a sua entrevista",
            "<p>Olá Sam,</p><p>Parabéns! Gostaríamos de o convidar para uma entrevista final com a "
            "diretora de engenharia. Escolha o horário que lhe for mais conveniente.</p>"
            + button("Agendar entrevista"),
        ),
        subject="Entrevista final - LusoTech",
        sender="LusoTech Talent <talent@lusotech.example>",
    ),
]

# ------------------------------------------------------------------ mixed

GERMAN_FOOTER = (
    "\n\nMit freundlichen Grüßen / Best regards\n\nAnja Köhler\nHR Business Partner\n\n"
    "Musterwerk GmbH | Sitz: Stuttgart | Amtsgericht Stuttgart HRB 12345 | Geschäftsführer: Dr. Klaus Weber\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte den Absender und löschen Sie diese E-Mail. Bitte denken Sie an die Umwelt, "
    "bevor Sie diese E-Mail ausdrucken.\n"
)

MIXED = [
    Form(
        "mixed", "rejection", "en",
        "Dear Sam,\n\nthank you very much for the interview last week and your interest in Musterwerk. "
        "Unfortunately we have decided for another candidate whose profile fits better to our "
        "requirements. We wish you all the best for your future way." + GERMAN_FOOTER,
        subject="Your application as Project Engineer",
        sender="Anja Köhler <anja.koehler@musterwerk.example>",
    ),
    Form(
        "mixed", "next_step", "en",
        "Dear Sam,\n\nit was a pleasure to talk to you. We would like to invite you to a second interview "
        "on site in Stuttgart with our head of engineering. Please let me know if the 12th of June at "
        "10 am suits you." + GERMAN_FOOTER,
        subject="Second interview",
        sender="Anja Köhler <anja.koehler@musterwerk.example>",
    ),
    Form(
        "mixed", "acknowledgement", "en",
        "Hello Sam,\n\nWe have well received your documents and the managers will come back to you next "
        "week after their review.\n\nBest regards,\nCamille Petit\nRecruitment Officer\n\n"
        "Ce message et ses pièces jointes sont confidentiels et réservés à l'usage exclusif de ses "
        "destinataires. Toute diffusion non autorisée est interdite. Si vous n'êtes pas destinataire de "
        "ce message, merci de le détruire et d'avertir l'expéditeur. Le présent courriel ne constitue "
        "pas une offre.\n",
        subject="RE: Documents",
        sender="Camille Petit <c.petit@groupe-azur.example>",
    ),
    Form(
        "mixed", "rejection", "en",
        "Hello Sam,\n\nWe thank you for your participation in our selection process. We regret to inform "
        "you that we will not continue with your application, as we have chosen a profile with more "
        "experience in the sector.\n\nKind regards,\nPablo Navarro\nHR Department\n\n"
        "De conformidad con el Reglamento (UE) 2016/679, le informamos que sus datos serán tratados por "
        "Solvia Tech S.L. con la finalidad de gestionar los procesos de selección y ofertas de empleo. "
        "Puede ejercer sus derechos de acceso, rectificación, supresión y oposición en "
        "privacidad@solvia-tech.example. Este mensaje es confidencial.\n",
        subject="Selection process - Backend Developer",
        sender="Pablo Navarro <p.navarro@solvia-tech.example>",
    ),
    Form(
        "mixed", "offer", "en",
        "Hi Sam,\n\nGood news! We are happy to offer you the position of Logistics Analyst, starting on "
        "1 September. The contract will follow by mail this week; let me know if you have questions "
        "about the terms.\n\nMet vriendelijke groet / Kind regards,\nEva de Jong\n\n"
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen "
        "rechten worden ontleend. Polder Logistiek B.V. aanvaardt geen aansprakelijkheid.\n",
        subject="Offer Logistics Analyst",
        sender="Eva de Jong <eva.dejong@polderlogistiek.example>",
    ),
    Form(
        "mixed", "next_step", "en",
        "Dear Sam,\n\nfollowing our call, we would be glad to have you for a technical interview with the "
        "team in Milan. Are you available on Monday 16 June at 11:00?\n\nBest regards,\nLuca Bianchi\n\n"
        "Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono "
        "riservate e ad uso esclusivo del destinatario. Qualora il messaggio le fosse pervenuto per "
        "errore, la preghiamo di eliminarlo senza copiarlo e di darne notizia al mittente.\n",
        subject="Technical interview",
        sender="Luca Bianchi <luca.bianchi@vela-spa.example>",
    ),
    Form(
        "mixed", "acknowledgement", "en",
        "Hello Sam,\n\nThank you for your email. The process is still ongoing, we expect to have a decision "
        "by the end of next week and I will inform you as soon as possible.\n\nCumprimentos / Best "
        "regards,\nRui Almeida\n\nEsta mensagem e quaisquer anexos são confidenciais. Se não for o "
        "destinatário, por favor elimine-a e informe o remetente.\n",
        subject="RE: Update",
        sender="Rui Almeida <rui.almeida@atlantico-digital.example>",
    ),
    Form(
        "mixed", "rejection", "en",
        "Hi Sam,\n\nI've just had feedback from my client. They've decided to progress with candidates who "
        "have more fintech exposure, so they won't be taking your application any further. Sorry it's not "
        "better news - I'll keep you in mind for other briefs.\n\nTom\nSenior Consultant | Brightpath Talent\n",
        subject="Feedback",
        sender="Tom Hughes <tom@brightpath-talent.example>",
    ),
    Form(
        "mixed", "next_step", "en",
        "Hi Sam,\n\nContoso have come back and would love to see you for the second stage! They've "
        "suggested Wednesday 11th at 2pm at their Canary Wharf office, with the CTO and a senior engineer. "
        "Can you confirm and I'll lock it in?\n\nTom\n",
        subject="Contoso - second stage",
        sender="Tom Hughes <tom@brightpath-talent.example>",
    ),
    Form(
        "mixed", "rejection", "de",
        "Hallo Sam,\n\nich habe gerade mit meinem Kunden gesprochen. Er hat sich leider gegen ein weiteres "
        "Gespräch entschieden, da ihm die Branchenerfahrung fehlt. Ich melde mich, sobald ich etwas "
        "Passendes für dich habe.\n\nViele Grüße\nKatrin Vogel\nPersonalpartner GmbH\n",
        subject="Rückmeldung zu deinem Gespräch",
        sender="Katrin Vogel <k.vogel@personalpartner.example>",
    ),
    Form(
        "mixed", "next_step", "fr",
        "Bonjour Sam,\n\nMon client a été très séduit par votre profil et souhaite vous rencontrer dans ses "
        "locaux à Nantes pour un second entretien. Quelles seraient vos disponibilités la semaine "
        "prochaine ?\n\nBien à vous,\nÉlodie Garnier\nCabinet RH Ouest\n",
        subject="Retour de mon client",
        sender="Élodie Garnier <e.garnier@cabinet-rh.example>",
    ),
    Form(
        "mixed", "offer", "es",
        "Hola Sam:\n\n¡Enhorabuena! Mi cliente ha decidido ofrecerte el puesto de jefe de proyecto con un "
        "salario de 48.000 euros brutos anuales. Te envío la propuesta por escrito esta tarde.\n\n"
        "Un saludo,\nLucía Romero\nSelecta RRHH\n",
        subject="Propuesta de mi cliente",
        sender="Lucía Romero <lucia@selecta-rrhh.example>",
    ),
    Form(
        "mixed", "acknowledgement", "nl",
        "Hoi Sam,\n\nMijn opdrachtgever heeft nog geen beslissing genomen; ze spreken deze week nog twee "
        "kandidaten. Ik verwacht eind volgende week meer te horen en laat het je dan direct weten.\n\n"
        "Groet,\nMark Visser\nWerving Noord\n",
        subject="Stand van zaken",
        sender="Mark Visser <mark@werving-noord.example>",
    ),
    Form(
        "mixed", "rejection", "it",
        "Ciao Sam,\n\nho appena sentito il mio cliente: ha deciso di non proseguire con la tua candidatura, "
        "perché cerca un profilo con più esperienza in ambito bancario. Mi dispiace, ti terrò presente per "
        "altre posizioni.\n\nGiulia Conti\nTalentia HR\n",
        subject="Aggiornamento sul processo",
        sender="Giulia Conti <giulia@talentia-hr.example>",
    ),
    Form(
        "mixed", "next_step", "pt",
        "Olá Sam,\n\nO meu cliente gostou muito da primeira conversa e gostaria de avançar para uma segunda "
        "entrevista, presencial, em Lisboa. Tem disponibilidade na quinta-feira, dia 12, às 10h?\n\n"
        "Abraço,\nInês Costa\nRecrutar Consultores\n",
        subject="Segunda entrevista",
        sender="Inês Costa <ines@recrutar.example>",
    ),
]

# ------------------------------------------------------------------ two kinds

TWO_KINDS = [
    Form(
        "two_kinds", "next_step", "en",
        "Hi Sam,\n\nThank you again for your time with the team. We won't be moving forward for the Senior "
        "PM role, as we need someone with deeper payments experience - but everyone was impressed, and "
        "the Growth team would like to talk to you about their Product Lead opening. Would you have 30 "
        "minutes on Monday?\n\nNina\n",
        subject="Senior PM - and another idea",
    ),
    Form(
        "two_kinds", "offer", "en",
        "Hi Sam,\n\nI'm delighted to offer you the role of Operations Manager at Fabrikam, at GBP 64,000 "
        "per year. Please also complete the background check through the Sterling link I'll send "
        "separately; the offer is conditional on satisfactory references and right-to-work checks.\n\n"
        "Helen\n",
        subject="Your offer",
        sender="Helen Burke <helen.burke@fabrikam.example>",
    ),
    Form(
        "two_kinds", "other", "en",
        "Hi Sam,\n\nWe're still finalising our decision and expect to update you next week. In the "
        "meantime, could you send me a copy of your degree certificate and your notice period?\n\n"
        "Thanks,\nHelen\n",
        subject="Quick request",
        sender="Helen Burke <helen.burke@fabrikam.example>",
    ),
    Form(
        "two_kinds", "rejection", "en",
        "Hi Sam,\n\nThanks for your patience. I'm sorry to say we've decided not to proceed with your "
        "application. If you'd like feedback on the interviews, I'm very happy to set up a 15-minute call "
        "next week - just let me know.\n\nNina\n",
        subject="Your application",
    ),
    Form(
        "two_kinds", "offer", "en",
        "Hi Sam!\n\nWe'd love for you to join us - the offer letter is attached (base $120k, 15% bonus). "
        "We'd also like you to meet the rest of the team over lunch next Thursday, no pressure, just to "
        "say hello before you decide.\n\nOwen\n",
        subject="Welcome aboard?",
        sender="Owen Blake <owen.blake@contoso.example>",
    ),
    Form(
        "two_kinds", "next_step", "de",
        "Hallo Herr Taylor,\n\nfür die ausgeschriebene Stelle als Teamleiter haben wir uns für einen anderen "
        "Bewerber entschieden. Ihr Profil passt aber hervorragend zu einer neuen Position als Senior "
        "Controller - hätten Sie Interesse an einem Gespräch dazu am Donnerstag um 11 Uhr?\n\n"
        "Freundliche Grüße\nPetra Lange\n",
        subject="Ihre Bewerbung - und eine andere Stelle",
        sender="Petra Lange <p.lange@hansewerk.example>",
    ),
    Form(
        "two_kinds", "offer", "de",
        "Hallo Sam,\n\nwir freuen uns, dir die Stelle als Softwareentwickler anbieten zu können: 68.000 EUR "
        "brutto im Jahr, Start am 1. August. Bitte reiche uns noch ein aktuelles Führungszeugnis ein; der "
        "Vertrag kommt diese Woche per Post.\n\nViele Grüße\nJulia\n",
        subject="Unser Angebot",
        sender="Julia Schmitt <julia.schmitt@nordlicht.example>",
    ),
    Form(
        "two_kinds", "other", "de",
        "Hallo Herr Taylor,\n\nwir sind noch in der Abstimmung und melden uns Ende nächster Woche mit einer "
        "Entscheidung. Könnten Sie mir bis dahin bitte noch Ihre Arbeitszeugnisse schicken?\n\n"
        "Beste Grüße\nFrank Meier\n",
        subject="Zwischenstand",
        sender="Frank Meier <f.meier@hansewerk.example>",
    ),
    Form(
        "two_kinds", "next_step", "fr",
        "Bonjour Sam,\n\nPour le poste de chef de produit, nous avons retenu un autre profil. En revanche, "
        "notre équipe data recrute et aimerait vous rencontrer pour un poste d'analyste senior : seriez-vous "
        "disponible jeudi à 14h ?\n\nAnne\n",
        subject="Votre candidature",
        sender="Anne Moreau <anne.moreau@groupe-azur.example>",
    ),
    Form(
        "two_kinds", "offer", "fr",
        "Bonjour Sam,\n\nJ'ai le plaisir de vous confirmer notre proposition d'embauche en CDI pour le poste "
        "de responsable comptable, à 55 k€ brut annuel. Merci de prendre rendez-vous pour la visite "
        "médicale et de nous transmettre un extrait de casier judiciaire.\n\nAnne\n",
        subject="Proposition d'embauche",
        sender="Anne Moreau <anne.moreau@groupe-azur.example>",
    ),
    Form(
        "two_kinds", "other", "fr",
        "Bonjour Sam,\n\nNous n'avons pas encore pris notre décision ; nous reviendrons vers vous d'ici "
        "quinze jours. Pourriez-vous d'ici là m'envoyer vos trois dernières fiches de paie ?\n\n"
        "Sophie\n",
        subject="Votre candidature",
        sender="Sophie Laurent <s.laurent@groupe-azur.example>",
    ),
    Form(
        "two_kinds", "next_step", "es",
        "Hola Sam,\n\nPara el puesto de analista no vamos a seguir adelante con tu candidatura, pero el "
        "equipo de producto ha visto tu perfil y le gustaría hablar contigo sobre otra vacante. ¿Podrías "
        "el lunes a las 12:00?\n\nMarta\n",
        subject="Tu candidatura",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
    ),
    Form(
        "two_kinds", "offer", "es",
        "Hola Sam:\n\nNos alegra ofrecerte el puesto de desarrollador sénior con un salario de 52.000 euros "
        "brutos anuales. Para formalizar la contratación necesitamos además tu certificado de "
        "antecedentes penales y una copia del título.\n\nMarta\n",
        subject="Oferta de empleo",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
    ),
    Form(
        "two_kinds", "next_step", "nl",
        "Hoi Sam,\n\nVoor de functie van teamleider hebben we helaas voor iemand anders gekozen. We zien je "
        "wel graag terug voor een gesprek over de rol van senior planner die net is vrijgekomen - kun je "
        "dinsdag om 10.00 uur?\n\nLotte\n",
        subject="Je sollicitatie",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
    ),
    Form(
        "two_kinds", "offer", "nl",
        "Beste Sam,\n\nGraag bieden we je de functie van data-analist aan, voor 4.600 euro bruto per maand. "
        "Wil je ook een VOG aanvragen via de link die je van Justis ontvangt? Het contract sturen we na "
        "ontvangst op.\n\nLotte\n",
        subject="Aanbod data-analist",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
    ),
    Form(
        "two_kinds", "next_step", "it",
        "Ciao Sam,\n\nstiamo ancora valutando le candidature e ti daremo una risposta entro fine mese. Nel "
        "frattempo, potresti mandarmi una copia del tuo ultimo cedolino e le referenze?\n\nChiara\n",
        subject="Documenti",
        sender="Chiara Rinaldi <chiara.rinaldi@vela-spa.example>",
    ),
    Form(
        "two_kinds", "next_step", "pt",
        "Olá Sam,\n\nPara a vaga de gestor de projeto decidimos seguir com outro candidato. No entanto, "
        "gostaríamos muito de falar consigo sobre uma vaga de analista sénior na mesma equipa. Pode na "
        "sexta às 11h?\n\nBeatriz\n",
        subject="A sua candidatura",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
    ),
    Form(
        "two_kinds", "offer", "pt",
        "Olá Sam,\n\nTemos o prazer de lhe oferecer o lugar de engenheiro de dados, com salário de 3.100 "
        "euros brutos mensais. Por favor complete também a verificação de antecedentes através do link "
        "que vai receber.\n\nBeatriz\n",
        subject="Proposta",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
    ),
]

# ------------------------------------------------------------------ calendar

FINAL_ICS = ics("Final interview - Sam Taylor / Acme", "20250610T130000Z", "20250610T140000Z",
                location="https://meet.google.com/abc-defg-hij")
TEAMS_ICS = ics("Technical interview - Sam Taylor", "20250611T090000Z", "20250611T100000Z",
                organizer="owen.blake@contoso.example", location="Microsoft Teams Meeting")
GOOGLE_EN = (
    "Final interview - Sam Taylor / Acme\nTuesday Jun 10, 2025 \u22c5 3pm \u2013 4pm (Central European Summer Time)\n\n"
    "Join with Google Meet\nmeet.google.com/abc-defg-hij\n\nJoin by phone\n(US) +1 234-567-8900 PIN: 123456789\n\n"
    "Organizer\nnina.alvarez@acme.example\n\nGuests\nnina.alvarez@acme.example - organizer\nsam.taylor@example.org\n"
    "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=abc\n\n"
    "Reply for sam.taylor@example.org\nYes\nNo\nMaybe\nMore options https://calendar.google.com/calendar/event?eid=abc\n\n"
    "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the "
    "guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more\n"
)
TEAMS_EN = (
    "Hi Sam, looking forward to it!\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\n"
    "Join on your computer, mobile app or room device\nClick here to join the meeting"
    "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0>\n"
    "Meeting ID: 345 678 901 234\nPasscode: a1B2c3\n"
    "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web\n"
    "Learn More | Meeting options\n" + "_" * 80 + "\n"
)

CALENDAR = [
    Form(
        "calendar", "next_step", "en", GOOGLE_EN,
        subject="Invitation: Final interview - Sam Taylor / Acme @ Tue Jun 10, 2025 3pm - 4pm (CEST) "
                "(sam.taylor@example.org)",
        ics=FINAL_ICS,
    ),
    Form(
        "calendar", "next_step", "en", None,
        subject="Final interview - Sam Taylor / Acme",
        ics=FINAL_ICS, ics_as="only",
    ),
    Form(
        "calendar", "next_step", "en", "",
        subject="Final interview",
        ics=FINAL_ICS, ics_as="attached",
    ),
    Form(
        "calendar", "next_step", "en", TEAMS_EN,
        subject="Technical interview - Sam Taylor",
        sender="Owen Blake <owen.blake@contoso.example>",
        ics=TEAMS_ICS,
    ),
    Form(
        "calendar", "next_step", "en",
        "Hi Sam,\n\nGrab any slot that works for you: https://calendly.com/nina-acme/final-interview\n\nNina\n",
        subject="Re: Final interview",
    ),
    Form(
        "calendar", "next_step", "en",
        "Here's my booking page for the technical screen:\n"
        "https://outlook.office365.com/owa/calendar/Contoso@contoso.example/bookings/s/tech-screen\n\n"
        "Sent from my iPhone",
        subject="Re: Next round",
        sender="Owen Blake <owen.blake@contoso.example>",
    ),
    Form(
        "calendar", "next_step", "en",
        "Final interview - Sam Taylor / Acme\nThis event has been changed.\n"
        "When: changed\nWednesday Jun 11, 2025 \u22c5 10am \u2013 11am (Central European Summer Time)\n\n"
        "Join with Google Meet\nmeet.google.com/abc-defg-hij\n\nInvitation from Google Calendar\n",
        subject="Updated invitation: Final interview - Sam Taylor / Acme @ Wed Jun 11, 2025 10am - 11am (CEST)",
        ics=ics("Final interview - Sam Taylor / Acme", "20250611T080000Z", "20250611T090000Z"),
    ),
    Form(
        "calendar", "next_step", "de",
        "Zweitgespräch Sam Taylor\nDienstag, 10. Juni 2025 \u22c5 15:00\u201316:00 (Mitteleuropäische Sommerzeit)\n\n"
        "Mit Google Meet teilnehmen\nmeet.google.com/abc-defg-hij\n\nOrganisator\njulia.schmitt@nordlicht.example\n\n"
        "Antworten für sam.taylor@example.org\nJa\nNein\nVielleicht\nWeitere Optionen\n\n"
        "Einladung von Google Kalender\n\nSie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.\n",
        subject="Einladung: Zweitgespräch Sam Taylor @ Di. 10. Juni 2025 15:00 - 16:00 (MESZ) (sam.taylor@example.org)",
        sender="Julia Schmitt <julia.schmitt@nordlicht.example>",
        ics=ics("Zweitgespräch Sam Taylor", "20250610T130000Z", "20250610T140000Z",
                organizer="julia.schmitt@nordlicht.example"),
    ),
    Form(
        "calendar", "next_step", "de",
        "Hallo Herr Taylor,\n\nbuchen Sie sich gern direkt einen Termin: https://calendly.com/jschmitt-nordlicht/30min\n\n"
        "Viele Grüße\nJulia Schmitt\n",
        subject="AW: Zweitgespräch",
        sender="Julia Schmitt <julia.schmitt@nordlicht.example>",
    ),
    Form(
        "calendar", "next_step", "fr",
        "Entretien final - Sam Taylor\nmardi 10 juin 2025 \u22c5 15:00 \u2013 16:00 (heure d\u2019été d\u2019Europe centrale)\n\n"
        "Participer avec Google Meet\nmeet.google.com/abc-defg-hij\n\n"
        "Répondre pour sam.taylor@example.org\nOui\nNon\nPeut-être\nPlus d'options\n\n"
        "Invitation de Google Agenda\n\nVous recevez cet e-mail, car vous êtes invité à cet événement.\n",
        subject="Invitation: Entretien final - Sam Taylor @ mar. 10 juin 2025 15:00 - 16:00 (UTC+2) "
                "(sam.taylor@example.org)",
        sender="Anne Moreau <anne.moreau@groupe-azur.example>",
        ics=ics("Entretien final - Sam Taylor", "20250610T130000Z", "20250610T140000Z",
                organizer="anne.moreau@groupe-azur.example"),
    ),
    Form(
        "calendar", "next_step", "fr",
        "Bonjour Sam,\n\nVoici mon lien pour réserver un créneau : https://calendly.com/anne-moreau-azur/entretien\n\n"
        "À bientôt,\nAnne\n",
        subject="Re: Entretien",
        sender="Anne Moreau <anne.moreau@groupe-azur.example>",
    ),
    Form(
        "calendar", "next_step", "es", "",
        subject="Invitación: Entrevista final - Sam Taylor",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
        ics=ics("Entrevista final - Sam Taylor", "20250612T080000Z", "20250612T090000Z",
                organizer="marta.gil@innova-sistemas.example"),
        ics_as="attached",
    ),
    Form(
        "calendar", "next_step", "es",
        "Hola Sam, aquí tienes mi agenda para que elijas hora: https://calendly.com/marta-gil-innova/entrevista\n\n"
        "Enviado desde mi iPhone",
        subject="Re: Entrevista",
        sender="Marta Gil <marta.gil@innova-sistemas.example>",
    ),
    Form(
        "calendar", "next_step", "nl",
        "_" * 80 + "\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in de ruimte\n"
        "Klik hier om deel te nemen aan de vergadering\nVergaderings-id: 345 678 901 234\nWachtwoordcode: a1B2c3\n"
        "Teams downloaden | Deelnemen op het web\n" + "_" * 80 + "\n",
        subject="Tweede gesprek Sam Taylor",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
        ics=ics("Tweede gesprek Sam Taylor", "20250612T090000Z", "20250612T100000Z",
                organizer="lotte.bakker@zeeland-energie.example", location="Microsoft Teams-vergadering"),
    ),
    Form(
        "calendar", "next_step", "nl",
        "Hoi Sam,\n\nVia deze link kun je zelf een tijdstip kiezen: https://calendly.com/lotte-zeeland/gesprek\n\n"
        "Groet,\nLotte\n",
        subject="Re: Tweede gesprek",
        sender="Lotte Bakker <lotte.bakker@zeeland-energie.example>",
    ),
    Form(
        "calendar", "next_step", "it", None,
        subject="Invito: Colloquio finale - Sam Taylor",
        sender="Chiara Rinaldi <chiara.rinaldi@vela-spa.example>",
        ics=ics("Colloquio finale - Sam Taylor", "20250612T090000Z", "20250612T100000Z",
                organizer="chiara.rinaldi@vela-spa.example"),
        ics_as="only",
    ),
    Form(
        "calendar", "next_step", "it",
        "Ciao Sam,\n\nscegli tu l'orario che preferisci da qui: https://calendly.com/chiara-vela/colloquio\n\n"
        "Chiara\n",
        subject="Re: Colloquio",
        sender="Chiara Rinaldi <chiara.rinaldi@vela-spa.example>",
    ),
    Form(
        "calendar", "next_step", "pt",
        "Entrevista final - Sam Taylor\nterça-feira, 10 de junho de 2025 \u22c5 15:00 \u2013 16:00\n\n"
        "Participar com o Google Meet\nmeet.google.com/abc-defg-hij\n\n"
        "Responder por sam.taylor@example.org\nSim\nNão\nTalvez\nMais opções\n\n"
        "Convite do Google Agenda\n",
        subject="Convite: Entrevista final - Sam Taylor @ ter. 10 de jun. de 2025 15:00 - 16:00",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
        ics=ics("Entrevista final - Sam Taylor", "20250610T130000Z", "20250610T140000Z",
                organizer="beatriz.sousa@lusotech.example"),
    ),
    Form(
        "calendar", "next_step", "pt",
        "Olá Sam,\n\nPode marcar diretamente na minha agenda: https://calendly.com/beatriz-lusotech/entrevista\n\n"
        "Beatriz\n",
        subject="Re: Entrevista",
        sender="Beatriz Sousa <beatriz.sousa@lusotech.example>",
    ),
]

CASES = FORWARDED + QUOTED + SIGNATURE + HTML + MIXED + TWO_KINDS + CALENDAR


def _ids(cases: list[Form]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for case in cases:
        key = f"{case.form}-{case.kind}-{case.lang}"
        seen[key] = seen.get(key, 0) + 1
        ids.append(f"{key}-{seen[key]}")
    return ids


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_a_message_in_a_real_form_is_read_for_what_it_says(case: Form) -> None:
    result = read(case)
    assert result.kind == case.kind, result.reasons


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.kind not in HEARD_BACK_KINDS],
    ids=_ids([c for c in CASES if c.kind not in HEARD_BACK_KINDS]),
)
def test_a_holding_reply_in_any_form_never_counts_as_hearing_back(case: Form) -> None:
    assert read(case).kind not in HEARD_BACK_KINDS


def test_every_form_is_written_in_seven_languages() -> None:
    assert len(CASES) >= 100
    for form in FORMS:
        langs = {c.lang for c in CASES if c.form == form}
        wanted = {"en"} if form == "mixed" else set(LANGS)
        assert wanted <= langs, (form, set(LANGS) - langs)
    assert {c.lang for c in CASES} == set(LANGS)


# ------------------------------------------------------------------ the rules behind the forms


def plain(body: str, subject: str = "Re: Your interview", sender: str = "Nina Alvarez <nina.alvarez@acme.example>"):
    return read(Form("rule", "", "en", body, subject=subject, sender=sender))


def test_a_forward_of_the_readers_own_mail_is_not_read_as_the_employers_words() -> None:
    body = (
        "Hi, passing this on to the team.\n\n---------- Forwarded message ---------\n"
        f"From: Sam Taylor <{ME}>\nDate: Mon, 2 Jun 2025 at 20:11\nSubject: Offer\nTo: Nina <nina@acme.example>\n\n"
        "I'd be delighted to accept the offer of a second interview next week.\n"
    )
    assert plain(body, subject="Fwd: Offer").kind == "other"


def test_a_reply_that_decides_keeps_its_verdict_over_the_message_it_forwards() -> None:
    body = (
        "Sam - I'm afraid they've decided not to move forward with your application.\n\n"
        "---------- Forwarded message ---------\nFrom: Linda <linda@acme.example>\nDate: Tue, 3 Jun 2025\n"
        "Subject: Invitation\nTo: Tom <tom@agency.example>\n\nWe'd like to invite Sam to a final interview.\n"
    )
    assert plain(body, subject="Fwd: Invitation").kind == "rejection"


def test_an_outlook_header_block_in_a_reply_is_history_not_a_forward() -> None:
    body = (
        "Thanks Sam, lovely to hear from you!\n\nFrom: Nina Alvarez <nina.alvarez@acme.example>\n"
        "Sent: Friday, May 30, 2025 10:02 AM\nTo: Sam Taylor <sam.taylor@example.org>\nSubject: Next steps\n\n"
        "We'd love to invite you to a final interview on Thursday 5 June at 3pm.\n"
    )
    assert plain(body, subject="RE: Next steps").kind == "other"


def test_a_legal_notice_at_the_very_top_does_not_hide_the_message() -> None:
    body = (
        "CONFIDENTIAL: This email is intended only for the addressee.\n\n"
        "Dear Sam, we have decided not to move forward with your application.\n"
    )
    assert plain(body).kind == "rejection"


def test_a_no_with_future_roles_and_a_courtesy_question_stays_a_rejection() -> None:
    body = (
        "Hi Sam, unfortunately we won't be moving forward with your application. However, we'd love to keep "
        "you in mind for future roles - would you like me to add you to our talent community?"
    )
    assert plain(body).kind == "rejection"


def test_hidden_preheader_text_is_not_read() -> None:
    html = page("Unfortunately we have decided not to move forward", "<p>Hi Sam, your interview is confirmed.</p>")
    mail = parse_message(build(Form("html", "", "en", None, html=html)), account="t", folder="I", uid=1,
                         arrival=None, me=frozenset({ME}), sent_folder=False)
    assert "decided" not in (mail.body or "")
    assert "interview is confirmed" in (mail.body or "")


@pytest.mark.parametrize("link", [
    "https://outlook.office365.com/owa/calendar/Acme@acme.example/bookings/s/final",
    "https://outlook.office.com/bookwithme/user/3f2a?anonymous",
    "https://calendar.app.google/xYz123",
    "https://cal.com/nina-acme/30min",
])
def test_a_booking_page_link_alone_is_a_next_step(link: str) -> None:
    assert plain(f"Hi Sam, pick a time here: {link}\n\nNina").kind == "next_step"


def test_an_outlook_web_link_that_is_no_booking_page_is_no_next_step() -> None:
    body = "Hi Sam, the notes are here: https://outlook.office365.com/owa/?ItemID=AAMk%3D\n\nNina"
    assert plain(body).kind == "other"


@pytest.mark.parametrize("body", [
    "Hola Sam, lamentablemente la vacante se ha cubierto con otro candidato. Un saludo.",
    "Hola Sam, tras valorar todos los perfiles, se ha decidido seguir con otro candidato.",
    "Olá Sam, informamos que se optou por não avançar com a sua candidatura.",
    "Hallo Herr Taylor, für die Stelle als Projektleiter haben wir uns leider für einen anderen Kandidaten entschieden.",
])
def test_one_languages_if_is_no_condition_in_another(body: str) -> None:
    # Italian "se" is Spanish and Portuguese "itself"; Dutch "als" is German "as".
    assert plain(body).kind == "rejection"


@pytest.mark.parametrize("body", [
    "Ciao Sam, se dovessimo decidere di non proseguire con la tua candidatura, ti avviseremo.",
    "Hoi Sam, als we besluiten niet verder te gaan met je sollicitatie, laten we het je weten.",
])
def test_a_condition_in_its_own_language_still_holds_a_rejection_back(body: str) -> None:
    assert plain(body).kind != "rejection"


@pytest.mark.parametrize("body", [
    "Dear Sam, I'm afraid we are not able to offer you the position at this time.",
    "Sehr geehrter Herr Taylor, leider können wir Ihnen die Stelle nicht anbieten.",
    "Hallo Katrin, wir werden Herrn Taylor die Stelle nicht anbieten.",
    "Bonjour Sam, nous ne pouvons malheureusement pas vous proposer le poste.",
])
def test_an_offers_words_negated_are_no_offer(body: str) -> None:
    assert plain(body).kind == "rejection"


@pytest.mark.parametrize("body", [
    "Hallo Katrin, wir möchten Herrn Taylor die Stelle als Teamleiter anbieten.",
    "Bonjour Claire, nous avons le plaisir de proposer à Mme Laurent le poste de cheffe de projet.",
    "Hoi Mark, we willen hem graag een vast contract aanbieden.",
    "Ciao Giulia, siamo lieti di proporre a Sam il posto di analista.",
    "Ciao Sam, non vediamo l'ora: ti offriamo il posto!",
    "Hi Sam, no surprise here: we'd love to offer you the position!",
])
def test_an_offer_made_to_the_candidate_named_in_a_forwarded_note_is_an_offer(body: str) -> None:
    assert plain(body).kind == "offer"
