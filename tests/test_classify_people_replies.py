"""People's own replies after an interview, read whole as a scan reads them.

Recruiters, hiring managers and agency recruiters answer by hand: top-posted from a phone
above the candidate's quoted thank-you or chaser (Gmail "On ... wrote:", Outlook
"From:/Sent:" blocks, Apple Mail and iPhone quotes, each in the writer's language), as
HTML only, quoted-printable, in windows-1252, under signatures with legal notices. Each example
is a whole message (headers and body) built the way those mailers build it, parsed by
``parse_message`` and classified.

What they say: rejections (warm, terse, in non-native English, after long thanks, with
feedback offered, "someone more senior", the decision in the last paragraph), next steps
(availability asked, times proposed or confirmed, a call with someone else, a take-home,
references, meeting the team again), offers (verbal, with figures), other answers that
still hear back (a question on notice period, salary or start date, "thanks, got it", a
document asked for), and replies that must not count as hearing back: holding replies
("still waiting for the team's feedback") and out-of-office notes typed by the person,
sent without auto-reply headers.

The quoted mail is the candidate's own, and it asks about "next steps" and "a decision":
those words must not decide the reply. The mail is dated Wednesday 4 June 2025; the user
is Sam Taylor <sam.taylor@example.org>.
"""

from __future__ import annotations

import html
import quopri
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.header import Header
from email.utils import formataddr
from zlib import crc32

import pytest

from watcher.classify import classify
from watcher.model import HEARD_BACK_KINDS
from watcher.parse import parse_message

ME = "sam.taylor@example.org"
ARRIVED = datetime(2025, 6, 4, 9, 30, tzinfo=timezone.utc)
LANGS = ("en", "de", "fr", "es", "nl", "it", "pt")
QUOTES = ("none", "gmail", "outlook", "apple", "iphone")
FORMS = ("plain", "qp", "html", "alternative", "cp1252")
NOT_HEARD_BACK = ("acknowledgement", "auto_reply")


@dataclass(frozen=True)
class Reply:
    """One reply: ``text`` is what the person wrote on top; the rest is how it travels.

    ``quote``: the candidate's earlier mail quoted below it, as the named mailer quotes
    (in the reply's language). ``form``: ``plain`` (UTF-8, 8bit), ``qp`` (UTF-8,
    quoted-printable), ``html`` (HTML only), ``alternative`` (plain and HTML),
    ``cp1252`` (windows-1252, quoted-printable, as Outlook sends it). ``footer``: a phone
    line or legal notice below the signature. ``when``: the date the reply names, by kind (a holding reply's
    promised date, an out-of-office's return date), checked when given."""

    kind: str
    lang: str
    text: str
    sender: str
    company: str
    subject: str
    quote: str = "gmail"
    form: str = "plain"
    footer: str = ""
    when: date | None = None


# The candidate's earlier mail, as quoted below the reply, in each language.
QUOTED = {
    "en": (
        "Hi {first},\n\nThank you again for taking the time to speak with me on Monday. I really "
        "enjoyed hearing about the team's plans and I remain very interested in the role. I'd be "
        "glad to hear about next steps whenever a decision has been made.\n\nBest regards,\nSam Taylor"
    ),
    "de": (
        "Hallo {first},\n\nvielen Dank nochmals für das Gespräch am Montag. Ich bin weiterhin sehr "
        "interessiert an der Stelle und freue mich, von Ihnen zu hören, sobald es Neuigkeiten zu den "
        "nächsten Schritten oder eine Entscheidung gibt.\n\nBeste Grüße\nSam Taylor"
    ),
    "fr": (
        "Bonjour {first},\n\nMerci encore pour notre échange de lundi. Le poste m'intéresse toujours "
        "beaucoup et je reste disponible pour la suite du processus et les prochaines étapes.\n\n"
        "Bien cordialement,\nSam Taylor"
    ),
    "es": (
        "Hola {first}:\n\nMuchas gracias de nuevo por la entrevista del lunes. Sigo muy interesado en "
        "el puesto y quedo a la espera de noticias sobre los próximos pasos y la decisión.\n\n"
        "Un saludo,\nSam Taylor"
    ),
    "nl": (
        "Hoi {first},\n\nNogmaals bedankt voor het gesprek van maandag. Ik ben nog steeds erg "
        "geïnteresseerd in de functie en hoor graag wat de volgende stappen zijn.\n\n"
        "Met vriendelijke groet,\nSam Taylor"
    ),
    "it": (
        "Ciao {first},\n\ngrazie ancora per il colloquio di lunedì. Sono ancora molto interessato alla "
        "posizione e resto in attesa di notizie sui prossimi passi.\n\nCordiali saluti,\nSam Taylor"
    ),
    "pt": (
        "Olá {first},\n\nMuito obrigado mais uma vez pela conversa de segunda-feira. Continuo muito "
        "interessado na vaga e fico no aguardo de novidades sobre as próximas etapas.\n\n"
        "Atenciosamente,\nSam Taylor"
    ),
}

SAM = "Sam Taylor <sam.taylor@example.org>"

GMAIL_SAID = {
    "en": "On Tue, 3 Jun 2025 at 18:02, {sam} wrote:",
    "de": "Am Di., 3. Juni 2025 um 18:02 Uhr schrieb {sam}:",
    "fr": "Le mar. 3 juin 2025 à 18:02, {sam} a écrit :",
    "es": "El mar, 3 jun 2025 a las 18:02, Sam Taylor (<sam.taylor@example.org>) escribió:",
    "nl": "Op di 3 jun 2025 om 18:02 schreef {sam}:",
    "it": "Il giorno mar 3 giu 2025 alle ore 18:02 {sam} ha scritto:",
    "pt": "Em ter., 3 de jun. de 2025 às 18:02, {sam} escreveu:",
}

APPLE_SAID = {
    "en": "On 3 Jun 2025, at 18:02, {sam} wrote:",
    "de": "Am 03.06.2025 um 18:02 schrieb {sam}:",
    "fr": "Le 3 juin 2025 à 18:02, {sam} a écrit :",
    "es": "El 3 jun 2025, a las 18:02, {sam} escribió:",
    "nl": "Op 3 jun. 2025 om 18:02 heeft {sam} het volgende geschreven:",
    "it": "Il giorno 3 giu 2025, alle ore 18:02, {sam} ha scritto:",
    "pt": "Em 3 de jun. de 2025, à(s) 18:02, {sam} escreveu:",
}

IPHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
    "pt": "Enviado do meu iPhone",
}

# Outlook's header block: (From, Sent, To, Subject) labels and the sent date, per language.
OUTLOOK_SAID = {
    "en": ("From", "Sent", "To", "Subject", "Tuesday, June 3, 2025 6:02 PM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Dienstag, 3. Juni 2025 18:02"),
    "fr": ("De", "Envoyé", "À", "Objet", "mardi 3 juin 2025 18:02"),
    "es": ("De", "Enviado el", "Para", "Asunto", "martes, 3 de junio de 2025 18:02"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "dinsdag 3 juni 2025 18:02"),
    "it": ("Da", "Inviato", "A", "Oggetto", "martedì 3 giugno 2025 18:02"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "terça-feira, 3 de junho de 2025 18:02"),
}

THANKS_SUBJECT = {
    "en": "Thank you - Data Engineer interview",
    "de": "Vielen Dank für das Gespräch",
    "fr": "Merci pour l'entretien",
    "es": "Gracias por la entrevista",
    "nl": "Bedankt voor het gesprek",
    "it": "Grazie per il colloquio",
    "pt": "Obrigado pela entrevista",
}

LEGAL = {
    "en": (
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely "
        "for the addressee. If you have received it in error, please notify the sender and delete it. "
        "Nothing in this message constitutes an offer, acceptance or contract unless expressly stated. "
        "Northwind Analytics Ltd, registered in England and Wales no. 08123456."
    ),
    "de": (
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht "
        "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte "
        "sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte "
        "Weitergabe dieser Mail ist nicht gestattet.\n"
        "Brandt Logistik GmbH · Sitz: München · Amtsgericht München HRB 204518 · "
        "Geschäftsführer: Dr. Klaus Brandt, Petra Lenz"
    ),
    "fr": (
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive "
        "de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous "
        "avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur. "
        "Lumière Conseil SAS au capital de 150 000 €, RCS Lyon 812 345 678."
    ),
    "es": (
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos son confidenciales y se dirigen "
        "exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al "
        "remitente y lo elimine. En cumplimiento del RGPD, le informamos de que sus datos serán "
        "tratados por Solaria Tech S.L. con la finalidad de gestionar procesos de selección."
    ),
    "nl": (
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u "
        "bestemd is, wordt u vriendelijk verzocht dit aan de afzender te melden en het bericht te "
        "verwijderen. Aan dit bericht kunnen geen rechten worden ontleend. Polder Data B.V., KvK 61234567."
    ),
    "it": (
        "Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR), le informazioni contenute "
        "in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il "
        "messaggio le fosse pervenuto per errore, la preghiamo di eliminarlo e di darne comunicazione "
        "al mittente. Vela Software S.r.l. - P.IVA 01234567890."
    ),
    "pt": (
        "AVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos são confidenciais e destinados "
        "exclusivamente ao destinatário. Caso a tenha recebido por engano, por favor informe o "
        "remetente e apague-a. Nos termos da LGPD, seus dados são tratados apenas para fins de "
        "recrutamento. Ipê Digital Ltda. CNPJ 12.345.678/0001-90."
    ),
}


def _first_name(sender: str) -> str:
    return sender.split()[0]


def _quoted_text(case: Reply) -> str:
    """The plain-text reply: what they wrote, the footer, then the quote."""
    first = "Priya" if case.lang == "en" else _first_name(case.sender)
    earlier = QUOTED[case.lang].format(first=first)
    top = case.text.rstrip("\n")
    phone = case.quote == "iphone"
    if phone:
        top += "\n\n" + IPHONE[case.lang]
    if case.footer:
        top += "\n\n" + case.footer
    if case.quote == "none":
        return top + "\n"
    if case.quote == "gmail":
        said = GMAIL_SAID[case.lang].format(sam=SAM)
        return f"{top}\n\n{said}\n\n" + "\n".join(f"> {line}".rstrip() for line in earlier.split("\n")) + "\n"
    if case.quote in ("apple", "iphone"):
        said = APPLE_SAID[case.lang].format(sam=SAM)
        lines = [said, "", *earlier.split("\n")]
        if phone:  # the iPhone quotes its own attribution line too
            return f"{top}\n\n" + "\n".join(f"> {line}".rstrip() for line in lines) + "\n"
        return f"{top}\n\n{said}\n\n" + "\n".join(f"> {line}".rstrip() for line in earlier.split("\n")) + "\n"
    sender_label, sent_label, to_label, subject_label, sent_on = OUTLOOK_SAID[case.lang]
    block = (
        f"{sender_label}: {SAM}\n{sent_label}: {sent_on}\n{to_label}: {case.sender}\n"
        f"{subject_label}: {THANKS_SUBJECT[case.lang]}"
    )
    return f"{top}\n\n________________________________\n{block}\n\n{earlier}\n"


def _paragraphs_html(text: str) -> str:
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in para.split("\n")) + "</p>\n"
        for para in text.strip("\n").split("\n\n")
    )


def _html(case: Reply) -> str:
    """The HTML reply, quoted the way each mailer's HTML quotes."""
    first = "Priya" if case.lang == "en" else _first_name(case.sender)
    earlier = QUOTED[case.lang].format(first=first)
    top = _paragraphs_html(case.text)
    if case.quote == "iphone":
        top += f"<div>{IPHONE[case.lang]}</div>\n"
    if case.footer:
        top += f'<p style="font-size:8pt;color:#888888">{html.escape(case.footer)}</p>\n'
    if case.quote == "none":
        quote = ""
    elif case.quote == "gmail":
        said = html.escape(GMAIL_SAID[case.lang].format(sam=SAM))
        quote = (
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{said}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{_paragraphs_html(earlier)}</blockquote></div>'
        )
    elif case.quote in ("apple", "iphone"):
        said = html.escape(APPLE_SAID[case.lang].format(sam=SAM))
        quote = (
            f'<div><br><blockquote type="cite"><div>{said}</div><br>'
            f"{_paragraphs_html(earlier)}</blockquote></div>"
        )
    else:
        sender_label, sent_label, to_label, subject_label, sent_on = OUTLOOK_SAID[case.lang]
        quote = (
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>{sender_label}:</b> {html.escape(SAM)}<br><b>{sent_label}:</b> {sent_on}<br>'
            f"<b>{to_label}:</b> {html.escape(case.sender)}<br><b>{subject_label}:</b> "
            f"{html.escape(THANKS_SUBJECT[case.lang])}</font><div>&nbsp;</div></div>"
            f"<div>{_paragraphs_html(earlier)}</div>"
        )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div dir="ltr" style="font-family:Arial,sans-serif">{top}</div>{quote}</body></html>'
    )


def _qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


MAILERS = {
    "gmail": "",
    "outlook": "X-MS-Has-Attach: \r\nX-MS-TNEF-Correlator: \r\nThread-Index: AQHb1KdW3n2x0lq7R0yqZ3\r\n",
    "apple": "X-Mailer: Apple Mail (2.3774.600.62)\r\n",
    "iphone": "X-Mailer: iPhone Mail (21F90)\r\n",
    "none": "",
}


def build(case: Reply) -> bytes:
    """The whole message as its mailer would send it."""
    address = case.sender.rsplit("<", 1)[1].rstrip(">")
    name = case.sender.rsplit("<", 1)[0].strip()
    head = (
        f"From: {formataddr((name, address), charset='utf-8')}\r\nTo: {SAM}\r\n"
        f"Subject: {Header(case.subject, 'utf-8').encode()}\r\n"
        "Date: Wed, 04 Jun 2025 11:30:00 +0200\r\n"
        f"Message-ID: <{crc32(case.text.encode())}.reply@{address.split('@')[1]}>\r\n"
    )
    if case.quote != "none":
        head += "In-Reply-To: <thanks-0603@example.org>\r\nReferences: <thanks-0603@example.org>\r\n"
    head += MAILERS[case.quote] + "MIME-Version: 1.0\r\n"
    qp_field = "Content-Transfer-Encoding: quoted-printable"
    if case.form == "html":
        body = f"Content-Type: text/html; charset=utf-8\n{qp_field}\n\n" + _qp(_html(case).encode("utf-8"))
    elif case.form == "alternative":
        boundary = "_000_AM0PR07MB4567reply_"
        body = (
            f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n{qp_field}\n\n"
            f"{_qp(_quoted_text(case).encode('utf-8'))}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n{qp_field}\n\n"
            f"{_qp(_html(case).encode('utf-8'))}\n--{boundary}--\n"
        )
    elif case.form in ("qp", "cp1252"):
        charset = "utf-8" if case.form == "qp" else "windows-1252"
        encoded = _qp(_quoted_text(case).replace("\n", "\r\n").encode(charset))
        body = f"Content-Type: text/plain; charset={charset}\n{qp_field}\n\n{encoded}"
    else:
        field = "Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit"
        raw_head = (head + field.replace("\n", "\r\n") + "\r\n\r\n").encode("ascii")
        return raw_head + _quoted_text(case).replace("\n", "\r\n").encode("utf-8")
    return (head + body.replace("\r\n", "\n").replace("\n", "\r\n")).encode("ascii")


def read(case: Reply):
    mail = parse_message(build(case), account="work", folder="INBOX", uid=7, arrival=ARRIVED,
                         me=frozenset({ME}), sent_folder=False)
    return mail, classify(mail, interview_company=case.company)


PRIYA = "Priya Sharma <priya.sharma@northwind.example>"
AGENCY = "Tom Becker <tom.becker@talentbridge-recruitment.example>"
MAREK = "Marek Nowak <marek.nowak@vistula-soft.example>"
JULIA = "Julia Hartmann <j.hartmann@brandt-logistik.example>"
CLAIRE = "Claire Dubois <claire.dubois@lumiere-conseil.example>"
LUCIA = "Lucía Fernández <lucia.fernandez@solaria.example>"
DAAN = "Daan de Vries <daan.devries@polderdata.example>"
GIULIA = "Giulia Rossi <giulia.rossi@velasoftware.example>"
ANA = "Ana Souza <ana.souza@ipedigital.example>"

REPLIES = [
    # ------------------------------------------------------------------ rejections
    Reply(
        "rejection", "en",
        "Hi Sam,\n\nThank you so much for taking the time to meet with the team last week, and for the "
        "thought you put into the system design discussion. Everyone enjoyed talking with you.\n\n"
        "I'm sorry to say that we won't be moving ahead with your application this time. It was a close "
        "call, and in the end it came down to experience with our particular stack rather than anything "
        "you did wrong.\n\nI'd be glad to keep in touch and let you know if something more suitable "
        "opens up.\n\nAll the best,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview",
    ),
    Reply(
        "rejection", "en",
        "Hi Sam - unfortunately we've decided not to move forward. Thanks for your time and good luck "
        "with the search.\n\nGet Outlook for iOS",
        PRIYA, "Northwind", "RE: Thank you - Data Engineer interview", quote="outlook",
    ),
    Reply(
        "rejection", "en",
        "Dear Sam,\n\nThank you for your participation in our recruitment process. After internal "
        "discussion we have taken decision to continue with other candidate whose profile is more "
        "close to our current needs. We wish you success in your future career.\n\nKind regards,\n"
        "Marek Nowak\nHR Specialist | Vistula Soft",
        MAREK, "Vistula Soft", "RE: Thank you - Data Engineer interview", quote="outlook", form="qp",
    ),
    Reply(
        "rejection", "en",
        "Hi Sam,\n\nFirst of all, thank you for the time and energy you put into our process over the "
        "last few weeks. I know four interviews and a take-home is a lot to ask.\n\nThe panel "
        "particularly enjoyed your walkthrough of the pipeline migration, and several people mentioned "
        "how clearly you explained the trade-offs.\n\nWe also appreciated your patience while we "
        "juggled calendars on our side - I know it took longer than planned.\n\nThat said, after a lot "
        "of discussion, the hiring team has decided to offer the role to another candidate.\n\n"
        "Warm regards,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="apple",
    ),
    Reply(
        "rejection", "en",
        "Hi Sam,\n\nThanks again for coming in on Monday. I've now had a chance to talk with the panel, "
        "and I'm afraid we have decided not to progress your application to the final stage.\n\nIf it "
        "would be helpful, I'm happy to jump on a quick call to share the panel's feedback - just let "
        "me know a time that suits.\n\nBest,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", form="alternative",
    ),
    Reply(
        "rejection", "en",
        "Hey Sam, just wanted to let you know personally - we ended up going with someone more senior "
        "for this one. Really appreciated your time, and if anything changes I'll get back to you. "
        "Would love to stay in touch for future roles.\n\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone",
    ),
    Reply(
        "rejection", "en",
        "Hi Sam,\n\nI've just had feedback from the client. Unfortunately they won't be taking things "
        "further - they felt your experience with payments systems was a bit light for what they need "
        "right now. Sorry it's not better news.\n\nI'll keep you in mind for other roles that come in.\n\n"
        "Cheers,\nTom\n\nTom Becker | Senior Consultant, Data & Analytics\nTalentBridge Recruitment\n"
        "M: +44 7700 900123",
        AGENCY, "Northwind", "Re: Northwind - Data Engineer", quote="outlook",
    ),
    Reply(
        "rejection", "en",
        "Dear Sam,\n\nThank you for your interest in the Senior Analyst position and for the time you "
        "spent with us.\n\nWe regret to inform you that you were not selected for the position. We "
        "received many strong applications and the decision was not an easy one.\n\nWe wish you every "
        "success.\n\nPriya Sharma\nTalent Acquisition Partner",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", form="html", footer=LEGAL["en"],
    ),
    Reply(
        "rejection", "en",
        "Hi Sam, quick update from our side: the position has now been filled internally, so we're "
        "closing the search. Sorry it didn't work out this time, and thanks for your patience.\n\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="gmail", form="qp",
    ),
    Reply(
        "rejection", "de",
        "Hallo Herr Taylor,\n\nvielen Dank für die angenehmen Gespräche und die Zeit, die Sie sich für "
        "uns genommen haben. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin "
        "entschieden haben, deren Erfahrung noch etwas besser zu unseren aktuellen Anforderungen passt.\n\n"
        "Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.\n\n"
        "Viele Grüße\nJulia Hartmann\n"
        "Personalreferentin",
        JULIA, "Brandt Logistik", "AW: Vielen Dank für das Gespräch", quote="outlook", form="qp",
        footer=LEGAL["de"],
    ),
    Reply(
        "rejection", "de",
        "Sehr geehrter Herr Taylor,\n\nnochmals herzlichen Dank für Ihr Interesse an Brandt Logistik und "
        "für die ausführliche Präsentation Ihrer Fallstudie. Das Team war von Ihrer strukturierten "
        "Herangehensweise angetan.\n\nWir haben uns die Entscheidung nicht leicht gemacht und alle "
        "Eindrücke intensiv besprochen.\n\nNach sorgfältiger Abwägung haben wir uns jedoch entschieden, "
        "den Prozess mit Ihnen nicht weiterzuführen.\n\nMit freundlichen Grüßen\nJulia Hartmann",
        JULIA, "Brandt Logistik", "AW: Vielen Dank für das Gespräch", quote="outlook", form="cp1252",
    ),
    Reply(
        "rejection", "de",
        "Hi Sam, kurze Rückmeldung: Wir gehen mit jemand anderem weiter. Danke dir für deine Zeit und "
        "viel Erfolg bei der Suche!",
        JULIA, "Brandt Logistik", "Re: Vielen Dank für das Gespräch", quote="iphone",
    ),
    Reply(
        "rejection", "fr",
        "Bonjour Sam,\n\nNous vous remercions pour l'intérêt que vous portez à notre cabinet et pour le "
        "temps consacré à nos échanges. Après étude approfondie, nous sommes au regret de vous informer "
        "que nous ne donnerons pas suite à votre candidature.\n\nNous vous souhaitons pleine réussite "
        "dans vos recherches.\n\nCordialement,\nClaire Dubois\nChargée de recrutement",
        CLAIRE, "Lumière Conseil", "RE: Merci pour l'entretien", quote="outlook", footer=LEGAL["fr"],
    ),
    Reply(
        "rejection", "fr",
        "Bonjour Sam,\n\nMerci encore pour ton temps et pour la qualité de nos échanges. Malheureusement, "
        "nous avons décidé de poursuivre avec un profil plus senior pour ce poste.\n\nSi tu le souhaites, "
        "je peux te faire un retour plus détaillé par téléphone.\n\nBelle journée,\nClaire",
        CLAIRE, "Lumière Conseil", "Re: Merci pour l'entretien", form="html",
    ),
    Reply(
        "rejection", "fr",
        "Bonjour Monsieur Taylor,\n\nSuite à votre entretien du 2 juin, nous avons le regret de vous "
        "annoncer que votre candidature n'a pas été retenue pour ce poste.\n\nBien à vous,\nClaire Dubois",
        CLAIRE, "Lumière Conseil", "Re: Merci pour l'entretien", quote="apple", form="cp1252",
    ),
    Reply(
        "rejection", "es",
        "Hola Sam:\n\nGracias por tu tiempo y por el interés mostrado en el puesto. Tras valorar todas "
        "las candidaturas, hemos decidido seguir adelante con otro candidato cuyo perfil se ajusta más "
        "a lo que buscamos en este momento.\n\nTe deseamos mucha suerte.\n\nUn saludo,\nLucía Fernández",
        LUCIA, "Solaria", "Re: Gracias por la entrevista",
    ),
    Reply(
        "rejection", "es",
        "Estimado Sam:\n\nQueremos agradecerte sinceramente tu participación en el proceso. "
        "Lamentablemente, no continuaremos con tu candidatura en esta ocasión.\n\nAtentamente,\n"
        "Lucía Fernández\nDepartamento de Personas",
        LUCIA, "Solaria", "RE: Gracias por la entrevista", quote="outlook", form="qp", footer=LEGAL["es"],
    ),
    Reply(
        "rejection", "es",
        "Hola Sam, te escribo para comentarte que finalmente no has sido seleccionado para la "
        "siguiente fase. Muchas gracias por tu participación y mucho ánimo.",
        LUCIA, "Solaria", "Re: Gracias por la entrevista", quote="iphone",
    ),
    Reply(
        "rejection", "nl",
        "Beste Sam,\n\nHartelijk dank voor je tijd en de prettige gesprekken van afgelopen week. Helaas "
        "moeten we je laten weten dat we hebben gekozen voor een andere kandidaat. Het was een lastige "
        "keuze.\n\nWe wensen je veel succes met je zoektocht.\n\nMet vriendelijke groet,\nDaan de Vries",
        DAAN, "Polder Data", "RE: Bedankt voor het gesprek", quote="outlook", footer=LEGAL["nl"],
    ),
    Reply(
        "rejection", "nl",
        "Hoi Sam,\n\nDank je wel voor je geduld. We hebben besloten om niet verder te gaan met je "
        "sollicitatie. Als je wilt, geef ik je graag telefonisch wat feedback.\n\nGroet,\nDaan",
        DAAN, "Polder Data", "Re: Bedankt voor het gesprek", form="alternative",
    ),
    Reply(
        "rejection", "it",
        "Gentile Sam,\n\nla ringraziamo per il tempo dedicato ai colloqui e per l'interesse dimostrato "
        "verso la nostra azienda. Dopo un'attenta valutazione, ci dispiace comunicarle che abbiamo "
        "deciso di proseguire con altri candidati il cui profilo risulta più in linea con le esigenze "
        "attuali.\n\nLe auguriamo il meglio per il suo percorso professionale.\n\nCordiali saluti,\n"
        "Giulia Rossi",
        GIULIA, "Vela Software", "R: Grazie per il colloquio", quote="outlook", footer=LEGAL["it"],
    ),
    Reply(
        "rejection", "it",
        "Ciao Sam, grazie ancora per la disponibilità. Purtroppo alla fine abbiamo scelto un profilo "
        "più senior per questa posizione. Ti terremo presente per le prossime opportunità!\n\nGiulia",
        GIULIA, "Vela Software", "Re: Grazie per il colloquio", form="qp",
    ),
    Reply(
        "rejection", "pt",
        "Olá Sam,\n\nAgradecemos muito sua participação no nosso processo seletivo. Infelizmente, neste "
        "momento optamos por seguir com outro candidato. Vamos manter seu currículo em nosso banco de "
        "talentos para futuras oportunidades.\n\nAbraços,\nAna Souza",
        ANA, "Ipê Digital", "Re: Obrigado pela entrevista",
    ),
    Reply(
        "rejection", "pt",
        "Caro Sam,\n\nObrigado pela disponibilidade e pelo interesse demonstrado. Lamentamos informar "
        "que a sua candidatura não foi selecionada para a próxima fase do processo.\n\nCom os melhores "
        "cumprimentos,\nAna Souza",
        ANA, "Ipê Digital", "RES: Obrigado pela entrevista", quote="outlook", form="html",
        footer=LEGAL["pt"],
    ),
    # ------------------------------------------------------------------ next steps
    Reply(
        "next_step", "en",
        "Hi Sam,\n\nGreat news - the team really enjoyed speaking with you and we'd like to invite you "
        "to the final round. Could you let me know your availability next week for a 90-minute session "
        "with the engineering leads?\n\nThanks,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone",
    ),
    Reply(
        "next_step", "en",
        "Hi Sam,\n\nWould Thursday 12 June at 2pm or Friday 13 June at 10am work for a second "
        "interview? It'll be on Teams and should take about an hour.\n\nKind regards,\nPriya",
        PRIYA, "Northwind", "RE: Thank you - Data Engineer interview", quote="outlook", footer=LEGAL["en"],
    ),
    Reply(
        "next_step", "en",
        "Perfect, Tuesday at 11:00 is confirmed. You'll get a calendar invite from me shortly with the "
        "Zoom link. Talk then!\n\nPriya",
        PRIYA, "Northwind", "Re: Second interview", quote="apple",
    ),
    Reply(
        "next_step", "en",
        "Hi Sam,\n\nThanks again for yesterday. Would you be up for a call with our CTO, Mark? He "
        "usually does a 30-minute chat with finalists. You can grab a slot here: "
        "https://calendly.com/mark-northwind/30min\n\nBest,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", form="html",
    ),
    Reply(
        "next_step", "en",
        "Hi Sam,\n\nAs discussed, please find attached the take-home exercise. You have until Monday "
        "9 June to send it back - it shouldn't take more than 3-4 hours. Shout if anything is "
        "unclear.\n\nPriya",
        PRIYA, "Northwind", "Take-home exercise", quote="none", form="alternative",
    ),
    Reply(
        "next_step", "en",
        "Hi Sam,\n\nWe're nearly there! Could you send me the names and contact details of two "
        "referees, ideally recent managers? Once we've spoken with them we can move to the final "
        "step.\n\nThanks,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", form="qp",
    ),
    Reply(
        "next_step", "en",
        "Hey Sam - quick one. The team wants to meet you again, this time on-site in Berlin. Are you "
        "free any day the week of the 16th? We'll cover travel.",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone",
    ),
    Reply(
        "next_step", "en",
        "Hi Sam,\n\nGood news! The client would like to progress you to a second stage interview with "
        "their Head of Data. They've offered Wednesday 11th at 3pm or Thursday 12th at 9:30. Which "
        "suits you better?\n\nCheers,\nTom",
        AGENCY, "Northwind", "RE: Northwind - Data Engineer", quote="outlook",
    ),
    Reply(
        "next_step", "en",
        "Dear Sam,\n\nthank you for the interview. We are happy to inform you that you passed to next "
        "stage. Please tell me when you are available for technical interview with our team lead in "
        "next days.\n\nBest regards,\nMarek",
        MAREK, "Vistula Soft", "RE: Thank you - Data Engineer interview", quote="outlook",
    ),
    Reply(
        "next_step", "en",
        "Can you do a quick call tomorrow at 4 with our VP of Product? Just 20 mins, I'll send an "
        "invite.",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone", form="qp",
    ),
    Reply(
        "next_step", "de",
        "Hallo Herr Taylor,\n\nvielen Dank für das nette Gespräch! Wir würden Sie gerne zu einem zweiten "
        "Gespräch mit unserem Teamleiter einladen. Passt Ihnen Dienstag, der 10. Juni, um 14 Uhr? "
        "Alternativ ginge auch Mittwoch vormittags.\n\nViele Grüße\nJulia Hartmann",
        JULIA, "Brandt Logistik", "AW: Vielen Dank für das Gespräch", quote="outlook", form="qp",
        footer=LEGAL["de"],
    ),
    Reply(
        "next_step", "de",
        "Hi Sam,\n\nanbei findest du die Case Study für die nächste Runde. Schick sie uns bitte bis "
        "Freitag zurück, dann besprechen wir sie zusammen mit dem Team.\n\nLG Julia",
        JULIA, "Brandt Logistik", "Re: Vielen Dank für das Gespräch", form="cp1252",
    ),
    Reply(
        "next_step", "fr",
        "Bonjour Sam,\n\nSuite à votre entretien avec Thomas, nous souhaiterions vous proposer un second "
        "entretien avec notre directrice technique. Pourriez-vous m'indiquer vos disponibilités la "
        "semaine prochaine ?\n\nBien cordialement,\nClaire",
        CLAIRE, "Lumière Conseil", "Re: Merci pour l'entretien",
    ),
    Reply(
        "next_step", "fr",
        "Bonjour Sam,\n\nJe vous confirme notre rendez-vous du jeudi 12 juin à 10h dans nos locaux, "
        "12 rue de la République à Lyon. Vous rencontrerez Sophie et Marc de l'équipe data.\n\n"
        "À jeudi,\nClaire Dubois",
        CLAIRE, "Lumière Conseil", "RE: Merci pour l'entretien", quote="outlook", form="html",
    ),
    Reply(
        "next_step", "es",
        "Hola Sam,\n\n¡Buenas noticias! Nos gustaría que pasaras a la siguiente fase: una entrevista "
        "técnica con el equipo. ¿Qué disponibilidad tienes la próxima semana?\n\nUn abrazo,\nLucía",
        LUCIA, "Solaria", "Re: Gracias por la entrevista", quote="iphone",
    ),
    Reply(
        "next_step", "es",
        "Hola Sam,\n\n¿Podrías enviarnos los datos de contacto de dos referencias profesionales? Es el "
        "último paso antes de tomar una decisión.\n\nGracias,\nLucía Fernández",
        LUCIA, "Solaria", "RE: Gracias por la entrevista", quote="outlook", footer=LEGAL["es"],
    ),
    Reply(
        "next_step", "nl",
        "Hoi Sam,\n\nLeuk gesprek gehad! We willen je graag uitnodigen voor een tweede gesprek met onze "
        "CTO. Wanneer zou het je uitkomen volgende week?\n\nGroetjes,\nDaan",
        DAAN, "Polder Data", "Re: Bedankt voor het gesprek",
    ),
    Reply(
        "next_step", "nl",
        "Beste Sam,\n\nZoals besproken stuur ik je hierbij de opdracht. Je kunt hem tot en met maandag "
        "9 juni terugsturen; daarna plannen we een gesprek om hem door te nemen.\n\nMet vriendelijke "
        "groet,\nDaan de Vries",
        DAAN, "Polder Data", "RE: Bedankt voor het gesprek", quote="outlook", form="qp",
    ),
    Reply(
        "next_step", "it",
        "Ciao Sam,\n\ngrazie per il colloquio! Ci piacerebbe fissare un secondo incontro con il nostro "
        "responsabile tecnico. Saresti disponibile giovedì 12 giugno alle 15:00?\n\nA presto,\nGiulia",
        GIULIA, "Vela Software", "Re: Grazie per il colloquio", form="alternative",
    ),
    Reply(
        "next_step", "it",
        "Gentile Sam,\n\nle confermo il colloquio finale per martedì 10 giugno alle ore 11:00 presso la "
        "nostra sede di Milano, in via Tortona 25.\n\nCordiali saluti,\nGiulia Rossi",
        GIULIA, "Vela Software", "R: Grazie per il colloquio", quote="outlook", footer=LEGAL["it"],
    ),
    Reply(
        "next_step", "pt",
        "Olá Sam, tudo bem?\n\nO time gostou muito da conversa e gostaríamos de agendar uma próxima "
        "etapa com o nosso CTO. Você teria disponibilidade na quinta ou sexta-feira à tarde?\n\n"
        "Abraços,\nAna",
        ANA, "Ipê Digital", "Re: Obrigado pela entrevista", quote="iphone",
    ),
    Reply(
        "next_step", "pt",
        "Olá Sam,\n\nSegue em anexo o desafio técnico. Pedimos que o envie até segunda-feira, dia 9 de "
        "junho.\n\nQualquer dúvida, estou à disposição.\n\nAna Souza",
        ANA, "Ipê Digital", "Desafio técnico", quote="none", form="qp",
    ),
    # ------------------------------------------------------------------ offers
    Reply(
        "offer", "en",
        "Hi Sam,\n\nI tried to call you earlier but couldn't get through. I'm delighted to tell you that "
        "we'd like to offer you the position of Senior Data Engineer! I'll send over the formal offer "
        "letter tomorrow, but wanted you to hear it straight away.\n\nCongratulations,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview",
    ),
    Reply(
        "offer", "en",
        "Sam - the team was unanimous. We'd love to have you on board. Salary would be £78,000 plus a "
        "10% bonus and 28 days' holiday. Let me know your thoughts and I can get the paperwork going.",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone",
    ),
    Reply(
        "offer", "en",
        "Dear Sam,\n\nFollowing our conversations, we are pleased to offer you the role of Product "
        "Analyst at Northwind.\n\nBase salary: EUR 65,000 gross per year\nStart date: 1 September 2025\n\n"
        "The full offer is attached; please let us know your decision by 13 June.\n\nKind regards,\n"
        "Priya Sharma",
        PRIYA, "Northwind", "Your offer from Northwind", quote="none", form="html", footer=LEGAL["en"],
    ),
    Reply(
        "offer", "en",
        "Sam, great news - they want you! Verbal offer came through this afternoon: £85k base, hybrid "
        "with 2 days in the office. Give me a ring when you can and we'll talk it through.\n\nTom",
        AGENCY, "Northwind", "RE: Northwind - Data Engineer", quote="outlook",
    ),
    Reply(
        "offer", "de",
        "Hallo Herr Taylor,\n\nich freue mich sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle "
        "als Backend-Entwickler anbieten möchten. Das Jahresgehalt läge bei 72.000 € brutto. Den "
        "Vertrag schicke ich Ihnen morgen per Post zu.\n\nHerzliche Grüße\nJulia Hartmann",
        JULIA, "Brandt Logistik", "AW: Vielen Dank für das Gespräch", quote="outlook", form="cp1252",
        footer=LEGAL["de"],
    ),
    Reply(
        "offer", "fr",
        "Bonjour Sam,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous faire une proposition "
        "d'embauche pour le poste de Data Analyst. Rémunération : 52 k€ brut annuel, CDI, télétravail "
        "deux jours par semaine.\n\nJe vous envoie la promesse d'embauche dans la journée.\n\n"
        "Cordialement,\nClaire",
        CLAIRE, "Lumière Conseil", "Re: Merci pour l'entretien", form="qp",
    ),
    Reply(
        "offer", "es",
        "Hola Sam,\n\n¡Enhorabuena! Nos encantaría que te unieras al equipo. Te adjunto la oferta: "
        "48.000 € brutos anuales, jornada flexible y 25 días de vacaciones. Si tienes cualquier duda, "
        "llámame.\n\nUn abrazo,\nLucía",
        LUCIA, "Solaria", "Re: Gracias por la entrevista", form="alternative",
    ),
    Reply(
        "offer", "nl",
        "Hoi Sam,\n\nGoed nieuws: we willen je graag een aanbod doen voor de functie van Data Engineer! "
        "Het salaris is € 5.200 bruto per maand, plus 8% vakantiegeld. Het contract volgt deze week.\n\n"
        "Groet,\nDaan",
        DAAN, "Polder Data", "RE: Bedankt voor het gesprek", quote="outlook",
    ),
    Reply(
        "offer", "it",
        "Ciao Sam,\n\nsono felice di comunicarti che vorremmo offrirti la posizione di Software Engineer! "
        "La RAL proposta è di 45.000 euro, con contratto a tempo indeterminato. Ti mando la lettera "
        "d'offerta domani.\n\nUn saluto,\nGiulia",
        GIULIA, "Vela Software", "Re: Grazie per il colloquio", quote="iphone",
    ),
    Reply(
        "offer", "pt",
        "Oi Sam!\n\nTemos uma ótima notícia: gostaríamos de fazer uma proposta para você se juntar ao "
        "nosso time como Engenheiro de Dados. Salário de R$ 18.000 por mês, regime CLT, com "
        "vale-refeição e plano de saúde.\n\nBeijos,\nAna",
        ANA, "Ipê Digital", "Re: Obrigado pela entrevista", form="html",
    ),
    # ------------------------------------------------------------------ other answers
    Reply(
        "other", "en",
        "Hi Sam,\n\nThanks for the note. Quick question: what's your notice period at your current "
        "job?\n\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview",
    ),
    Reply(
        "other", "en",
        "Hi Sam, before we go further, could you share your salary expectations for this role? A range "
        "is fine.\n\nThanks,\nPriya",
        PRIYA, "Northwind", "RE: Thank you - Data Engineer interview", quote="outlook",
    ),
    Reply(
        "other", "en",
        "Thanks Sam! One more thing - what would be your earliest possible start date?",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone",
    ),
    Reply(
        "acknowledgement", "en",
        "Thanks Sam, got it!",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone",
    ),
    Reply(
        "other", "en",
        "Hi Sam,\n\nCould you please send me an updated copy of your CV and a scan of your degree "
        "certificate? HR needs them for the file.\n\nMany thanks,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", form="html",
    ),
    Reply(
        "other", "de",
        "Hallo Herr Taylor,\n\ndanke für Ihre Nachricht. Eine kurze Frage: Wie lange ist Ihre "
        "Kündigungsfrist?\n\nViele Grüße\nJulia Hartmann",
        JULIA, "Brandt Logistik", "AW: Vielen Dank für das Gespräch", quote="outlook", footer=LEGAL["de"],
    ),
    Reply(
        "other", "de",
        "Hi Sam, kannst du mir noch deine Gehaltsvorstellung mitteilen? Danke dir!",
        JULIA, "Brandt Logistik", "Re: Vielen Dank für das Gespräch", quote="iphone",
    ),
    Reply(
        "other", "fr",
        "Bonjour Sam,\n\nMerci pour votre message. Pourriez-vous me préciser votre préavis ainsi que vos "
        "prétentions salariales ?\n\nCordialement,\nClaire",
        CLAIRE, "Lumière Conseil", "RE: Merci pour l'entretien", quote="outlook", form="qp",
    ),
    Reply(
        "acknowledgement", "fr",
        "Bien reçu, merci Sam !",
        CLAIRE, "Lumière Conseil", "Re: Merci pour l'entretien", quote="iphone",
    ),
    Reply(
        "other", "es",
        "Hola Sam, gracias por tu mensaje. ¿Cuál sería tu fecha de incorporación más "
        "temprana?\n\nLucía",
        LUCIA, "Solaria", "Re: Gracias por la entrevista",
    ),
    Reply(
        "acknowledgement", "es",
        "Recibido, ¡gracias Sam!",
        LUCIA, "Solaria", "Re: Gracias por la entrevista", quote="iphone",
    ),
    Reply(
        "other", "nl",
        "Hoi Sam, bedankt! Zou je me nog een kopie van je diploma kunnen sturen? Dan kan ik je dossier "
        "compleet maken.\n\nDaan",
        DAAN, "Polder Data", "RE: Bedankt voor het gesprek", quote="outlook",
    ),
    Reply(
        "other", "it",
        "Ciao Sam, grazie mille per il messaggio, ricevuto! Mi confermi quanto preavviso devi dare "
        "all'azienda attuale?\n\nGiulia",
        GIULIA, "Vela Software", "Re: Grazie per il colloquio", form="qp",
    ),
    Reply(
        "other", "pt",
        "Olá Sam, obrigada pelo retorno! Qual seria a sua pretensão salarial para a vaga?\n\nAna",
        ANA, "Ipê Digital", "Re: Obrigado pela entrevista", quote="apple",
    ),
    # ------------------------------------------------------------------ holding replies
    Reply(
        "acknowledgement", "en",
        "Hi Sam,\n\nThanks for checking in. I'm still waiting for the team's feedback - a couple of the "
        "interviewers have been travelling. I'll get back to you next week.\n\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview",
    ),
    Reply(
        "acknowledgement", "en",
        "Hi Sam, no news yet I'm afraid - the hiring manager is out until Monday. I'll chase and come "
        "back to you as soon as I hear anything.",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="iphone",
    ),
    Reply(
        "acknowledgement", "en",
        "Hi Sam,\n\nApologies for the slow reply. We're still interviewing a few candidates and hope to "
        "make a decision by Friday 13 June. I'll be in touch either way.\n\nBest,\nPriya",
        PRIYA, "Northwind", "RE: Thank you - Data Engineer interview", quote="outlook", footer=LEGAL["en"],
        when=date(2025, 6, 13),
    ),
    Reply(
        "acknowledgement", "en",
        "Dear Sam,\n\nthank you for your patience. The process is still ongoing, we will inform you "
        "about the result until 13 June.\n\nBest regards,\nMarek",
        MAREK, "Vistula Soft", "RE: Thank you - Data Engineer interview", quote="outlook",
        when=date(2025, 6, 13),
    ),
    Reply(
        "acknowledgement", "en",
        "Hi Sam,\n\nI chased the client this morning. They're still finishing interviews with the other "
        "candidates, so it'll likely be next week before they decide. Will keep you posted!\n\nTom",
        AGENCY, "Northwind", "RE: Northwind - Data Engineer", quote="outlook", form="qp",
    ),
    Reply(
        "acknowledgement", "en",
        "Hi Sam,\n\nThanks for sending back the take-home. The team will review it this week and I'll "
        "let you know about next steps by Friday.\n\nPriya",
        PRIYA, "Northwind", "Re: Take-home exercise", form="html",
    ),
    Reply(
        "acknowledgement", "en",
        "Hi Sam,\n\nJust a quick note to say we haven't forgotten you! We're discussing next steps "
        "internally on Thursday and I'll update you after that.\n\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="apple",
    ),
    Reply(
        "acknowledgement", "de",
        "Hallo Sam,\n\ndanke für die Nachfrage! Wir haben leider noch keine Rückmeldung aus dem "
        "Fachbereich. Ich melde mich, sobald ich etwas weiß, spätestens Ende nächster Woche.\n\n"
        "Viele Grüße\nJulia",
        JULIA, "Brandt Logistik", "Re: Vielen Dank für das Gespräch",
    ),
    Reply(
        "acknowledgement", "de",
        "Sehr geehrter Herr Taylor,\n\nder Auswahlprozess ist noch nicht abgeschlossen. Wir werden uns "
        "bis zum 13. Juni bei Ihnen melden.\n\nMit freundlichen Grüßen\nJulia Hartmann",
        JULIA, "Brandt Logistik", "AW: Vielen Dank für das Gespräch", quote="outlook", form="cp1252",
        footer=LEGAL["de"], when=date(2025, 6, 13),
    ),
    Reply(
        "acknowledgement", "fr",
        "Bonjour Sam,\n\nMerci pour votre relance. Nous n'avons pas encore de retour de l'équipe ; je "
        "reviens vers vous dès que possible, au plus tard la semaine prochaine.\n\nCordialement,\nClaire",
        CLAIRE, "Lumière Conseil", "RE: Merci pour l'entretien", quote="outlook",
    ),
    Reply(
        "acknowledgement", "es",
        "Hola Sam, gracias por escribir. Todavía estamos esperando el feedback del equipo; te digo algo "
        "la semana que viene.\n\nLucía",
        LUCIA, "Solaria", "Re: Gracias por la entrevista", quote="iphone",
    ),
    Reply(
        "acknowledgement", "nl",
        "Hoi Sam,\n\nBedankt voor je bericht. We zijn nog in gesprek met andere kandidaten. Ik laat je "
        "uiterlijk volgende week weten hoe het ervoor staat.\n\nGroet,\nDaan",
        DAAN, "Polder Data", "RE: Bedankt voor het gesprek", quote="outlook", form="qp",
    ),
    Reply(
        "acknowledgement", "it",
        "Ciao Sam, grazie per la pazienza. Stiamo ancora aspettando il feedback del team, ti aggiorno "
        "la prossima settimana.\n\nGiulia",
        GIULIA, "Vela Software", "Re: Grazie per il colloquio",
    ),
    Reply(
        "acknowledgement", "pt",
        "Olá Sam, obrigada pelo contato! Ainda estamos aguardando o retorno do gestor. Assim que tiver "
        "novidades te aviso, provavelmente na próxima semana.\n\nAna",
        ANA, "Ipê Digital", "Re: Obrigado pela entrevista", form="alternative",
    ),
    # ------------------------------------------------------------------ out of office, typed by hand
    Reply(
        "auto_reply", "en",
        "Hi,\n\nI'm out of the office until Monday 16 June with limited access to email. For anything "
        "urgent, please contact recruiting@northwind.example.\n\nThanks,\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="none",
        when=date(2025, 6, 16),
    ),
    Reply(
        "auto_reply", "en",
        "Thank you for your email. I am currently on annual leave, returning on 16 June. I will respond "
        "to your message when I am back.\n\nKind regards,\nTom Becker",
        AGENCY, "Northwind", "RE: Northwind - Data Engineer", quote="none", form="html",
        when=date(2025, 6, 16),
    ),
    Reply(
        "auto_reply", "en",
        "I'm on parental leave until September. My colleague Dan Lee (dan.lee@northwind.example) is "
        "covering hiring for the data team in the meantime.",
        PRIYA, "Northwind", "Thank you - Data Engineer interview", quote="none",
    ),
    Reply(
        "auto_reply", "de",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13.06. nicht im Büro und habe "
        "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "bewerbung@brandt-logistik.example.\n\nMit freundlichen Grüßen\nJulia Hartmann",
        JULIA, "Brandt Logistik", "Vielen Dank für das Gespräch", quote="none", form="cp1252",
        footer=LEGAL["de"], when=date(2025, 6, 13),
    ),
    Reply(
        "auto_reply", "fr",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 16 juin inclus. Pour toute urgence, merci de "
        "contacter rh@lumiere-conseil.example.\n\nCordialement,\nClaire Dubois",
        CLAIRE, "Lumière Conseil", "Re: Merci pour l'entretien", quote="none", form="qp",
        when=date(2025, 6, 16),
    ),
    Reply(
        "auto_reply", "es",
        "Hola,\n\nEstoy fuera de la oficina hasta el 16 de junio, con acceso limitado al correo. Para "
        "temas urgentes, escribe a personas@solaria.example.\n\nGracias,\nLucía",
        LUCIA, "Solaria", "Re: Gracias por la entrevista", quote="none",
        when=date(2025, 6, 16),
    ),
    Reply(
        "auto_reply", "nl",
        "Beste afzender,\n\nIk ben tot en met 13 juni afwezig. Je e-mail wordt niet doorgestuurd. Voor "
        "dringende zaken kun je contact opnemen met hr@polderdata.example.\n\nMet vriendelijke groet,\n"
        "Daan de Vries",
        DAAN, "Polder Data", "Bedankt voor het gesprek", quote="none", when=date(2025, 6, 13),
    ),
    Reply(
        "auto_reply", "it",
        "Buongiorno,\n\nsarò fuori ufficio fino al 16 giugno con accesso limitato alla posta. Per "
        "urgenze contattare hr@velasoftware.example.\n\nCordiali saluti,\nGiulia Rossi",
        GIULIA, "Vela Software", "R: Grazie per il colloquio", quote="none", form="html",
        when=date(2025, 6, 16),
    ),
    Reply(
        "auto_reply", "pt",
        "Olá,\n\nEstou de férias até 16 de junho, com acesso limitado ao e-mail. Em caso de urgência, "
        "contate rh@ipedigital.example.\n\nObrigada,\nAna Souza",
        ANA, "Ipê Digital", "Re: Obrigado pela entrevista", quote="none", when=date(2025, 6, 16),
    ),
    Reply(
        "auto_reply", "en",
        "Hi there - I'm away from my desk until the 16th and checking mail only occasionally. If it's "
        "about an interview, Dan Lee (dan.lee@northwind.example) can help.\n\nPriya",
        PRIYA, "Northwind", "Re: Thank you - Data Engineer interview", quote="none", form="qp",
        when=date(2025, 6, 16),
    ),
]


def _ids(cases: list[Reply]) -> list[str]:
    seen: Counter[str] = Counter()
    ids = []
    for case in cases:
        key = f"{case.kind}-{case.lang}-{case.quote}-{case.form}"
        seen[key] += 1
        ids.append(f"{key}-{seen[key]}")
    return ids


@pytest.mark.parametrize("case", REPLIES, ids=_ids(REPLIES))
def test_a_persons_reply_is_read_for_what_it_says(case: Reply) -> None:
    mail, result = read(case)
    assert mail.unreadable is None
    assert result.kind == case.kind, result.reasons
    if case.when is not None:
        assert result.date == case.when


NEGATIVES = [case for case in REPLIES if case.kind in NOT_HEARD_BACK]


@pytest.mark.parametrize("case", NEGATIVES, ids=_ids(NEGATIVES))
def test_a_holding_reply_or_an_absence_is_not_hearing_back(case: Reply) -> None:
    assert read(case)[1].kind not in HEARD_BACK_KINDS


def test_the_examples_cover_every_language_kind_quote_and_form() -> None:
    assert len(REPLIES) >= 80
    assert len(NEGATIVES) >= 20
    assert {case.lang for case in REPLIES} == set(LANGS)
    assert {case.quote for case in REPLIES} == set(QUOTES)
    assert {case.form for case in REPLIES} == set(FORMS)
    for kind in ("rejection", "next_step", "offer", "other", "acknowledgement", "auto_reply"):
        langs = {case.lang for case in REPLIES if case.kind == kind}
        assert len(langs) >= 6, (kind, langs)


# ------------------------------------------------------------------ each kind in seven languages
# The kinds the replies above found, each with its look-alikes that must read otherwise.
SENDERS = {"en": (PRIYA, "Northwind"), "de": (JULIA, "Brandt Logistik"), "fr": (CLAIRE, "Lumière Conseil"),
           "es": (LUCIA, "Solaria"), "nl": (DAAN, "Polder Data"), "it": (GIULIA, "Vela Software"),
           "pt": (ANA, "Ipê Digital")}


def _short(kind: str, lang: str, text: str) -> Reply:
    sender, company = SENDERS[lang]
    return Reply(kind, lang, text, sender, company, "Re: " + THANKS_SUBJECT[lang])


KINDS = [
    # Someone else chosen, described by how they differ ("more senior"), or the verb's
    # particle last ("wir gehen mit jemand anderem weiter").
    _short("rejection", "en", "Hi Sam, we ended up going with someone more senior for this one. Thanks for "
           "your time."),
    _short("rejection", "en", "Hi Sam, in the end the team went with a more experienced engineer. Sorry!"),
    _short("rejection", "de", "Hallo Sam, wir machen mit einer anderen Kandidatin weiter. Danke für deine "
           "Zeit!"),
    _short("rejection", "de", "Hallo Sam, wir haben uns für einen erfahreneren Kandidaten entschieden."),
    _short("rejection", "fr", "Bonjour Sam, nous avons finalement choisi un profil plus senior. Merci pour "
           "ton temps."),
    _short("rejection", "es", "Hola Sam, al final hemos optado por un perfil más senior. Gracias por tu "
           "tiempo."),
    _short("rejection", "nl", "Hoi Sam, we hebben uiteindelijk gekozen voor iemand met meer ervaring."),
    _short("rejection", "it", "Ciao Sam, alla fine abbiamo scelto un profilo più senior. Grazie del tempo."),
    _short("rejection", "pt", "Olá Sam, no fim optamos por um perfil mais sênior. Obrigada pelo "
           "seu tempo."),
    # A fact asked in a question, after the thanks for the message: the person asks something.
    _short("other", "en", "Thanks for your email. What is your notice period?"),
    _short("other", "de", "Danke für Ihre Nachricht. Wie lange ist Ihre Kündigungsfrist?"),
    _short("other", "fr", "Merci pour votre message. Quel est votre préavis ?"),
    _short("other", "es", "Gracias por tu mensaje. ¿Cuáles son tus expectativas salariales?"),
    _short("other", "nl", "Bedankt voor je bericht. Wat is je opzegtermijn?"),
    _short("other", "it", "Grazie per il messaggio. Qual è il tuo periodo di preavviso?"),
    _short("other", "pt", "Obrigada pela mensagem. Qual é a sua pretensão salarial?"),
    # A day and an hour confirmed: a meeting set.
    _short("next_step", "en", "Great, Tuesday 10 June at 11:00 is confirmed. Invite to follow."),
    _short("next_step", "de", "Super, Dienstag, 10. Juni um 11:00 Uhr ist bestätigt. Die Einladung folgt."),
    _short("next_step", "fr", "Parfait, mardi 10 juin à 11h00 est confirmé. Je vous envoie l'invitation."),
    _short("next_step", "es", "Perfecto, el martes 10 de junio a las 11:00 está confirmado. Te mando la "
           "invitación."),
    _short("next_step", "nl", "Top, dinsdag 10 juni om 11:00 is bevestigd. De uitnodiging volgt."),
    _short("next_step", "it", "Perfetto, martedì 10 giugno alle 11:00 è confermato. Ti mando l'invito."),
    _short("next_step", "pt", "Perfeito, terça-feira, 10 de junho, às 11:00 está confirmado. Envio o "
           "convite."),
    # Thanks, then the receipt: no news.
    _short("acknowledgement", "en", "Thanks Priya here, got it. Have a good day!"),
    _short("acknowledgement", "de", "Danke, ist angekommen!"),
    _short("acknowledgement", "fr", "Merci, bien reçu !"),
    _short("acknowledgement", "es", "¡Gracias! Recibido."),
    _short("acknowledgement", "nl", "Dank je, goed ontvangen!"),
    _short("acknowledgement", "it", "Grazie, ricevuto!"),
    _short("acknowledgement", "pt", "Obrigada, recebido!"),
]

LOOK_ALIKES = [
    # Another candidate named, no choice made: still interviewing.
    _short("acknowledgement", "de", "Hallo Sam, wir sind mit anderen Kandidaten weiter im Gespräch "
           "und melden uns bis zum 13. Juni."),
    _short("acknowledgement", "en", "Hi Sam, if we go with someone more senior for the lead role we will let "
           "you know; either way you'll hear from us by Friday 13 June."),
    # A fact named without a question, news promised: a holding reply.
    _short("acknowledgement", "en", "Thanks for your email. We'll come back to your notice period once the "
           "team has decided; you'll hear from us by Friday 13 June."),
    _short("acknowledgement", "de", "Danke für Ihre Nachricht. Ihre Kündigungsfrist besprechen wir "
           "später; wir melden uns bis zum 13. Juni."),
    # An out-of-office that asks its own question.
    _short("auto_reply", "en", "I'm out of the office until 16 June. Questions about salary expectations? "
           "Please write to hr@northwind.example."),
    # A day and an hour confirmed for a meeting of the panel, news promised after it.
    _short("acknowledgement", "en", "The panel's debrief on Thursday 12 June at 10:00 is confirmed, so "
           "you'll hear from us by Friday 13 June."),
    # Thanks and receipt, then a step offered: the step.
    _short("next_step", "en", "Thanks, got it - would you have time for a call with our CTO on Thursday "
           "12 June at 10:00?"),
    _short("next_step", "es", "¡Gracias! Recibido. ¿Te viene bien una entrevista con el equipo el jueves "
           "12 de junio a las 10:00?"),
]


@pytest.mark.parametrize("case", KINDS + LOOK_ALIKES, ids=_ids(KINDS + LOOK_ALIKES))
def test_each_kind_reads_alike_in_seven_languages_and_its_look_alikes_do_not(case: Reply) -> None:
    assert read(case)[1].kind == case.kind


def test_each_kind_is_written_in_seven_languages() -> None:
    for kind in ("rejection", "other", "next_step", "acknowledgement"):
        assert {case.lang for case in KINDS if case.kind == kind} == set(LANGS), kind


# ------------------------------------------------------------------ everyday wordings
# The same kinds as people say them in passing, each language's everyday turns: hedged or
# blunt no's, steps offered as a question or a link, offers in a sentence.
def _said(kind: str, lang: str, text: str, quote: str = "gmail", form: str = "plain") -> Reply:
    sender, company = SENDERS[lang]
    return Reply(kind, lang, text, sender, company, "Re: " + THANKS_SUBJECT[lang], quote=quote, form=form)


EVERYDAY = [
    _said("rejection", "en", "Hi Sam,\n\nI wanted to reach out personally: we've made the difficult "
          "decision to move ahead with another applicant.\n\nThank you again,\nPriya"),
    _said("rejection", "en", "Sam, after a lot of back and forth we're going to pass. Really sorry - it was "
          "close.", quote="iphone"),
    _said("rejection", "en", "Hi Sam, unfortunately the hiring manager has decided to go a different way "
          "with this role. Thanks for all your time.", quote="outlook"),
    _said("rejection", "en", "Hi Sam, I'm afraid we won't be extending an offer this time. I'm happy to "
          "share feedback if useful.", form="html"),
    _said("rejection", "en", "Hi Sam,\n\nWe've decided to fill the role internally, so we're closing the "
          "search. Thanks so much for your interest.\n\nPriya", form="qp"),
    _said("rejection", "en", "Hi Sam, sorry it's bad news - the team decided you're not quite the right "
          "fit for this particular role. Best of luck!", quote="apple"),
    _said("rejection", "de", "Hallo Herr Taylor,\n\nleider können wir Ihnen keine positive Rückmeldung "
          "geben. Wir haben uns gegen eine weitere Zusammenarbeit entschieden.\n\nBeste Grüße\nJulia "
          "Hartmann", quote="outlook"),
    _said("rejection", "de", "Hallo Sam, wir müssen dir leider absagen. Danke für die Gespräche!",
          quote="iphone"),
    _said("rejection", "de", "Sehr geehrter Herr Taylor,\n\nIhre Bewerbung konnte leider nicht "
          "berücksichtigt werden.\n\nMit freundlichen Grüßen\nJulia Hartmann", form="cp1252"),
    _said("rejection", "fr", "Bonjour Sam,\n\nNous ne pourrons malheureusement pas donner une suite "
          "favorable à votre candidature.\n\nCordialement,\nClaire", quote="outlook"),
    _said("rejection", "fr", "Salut Sam, on a fait le choix d'un autre candidat. Merci pour ton temps !",
          quote="iphone"),
    _said("rejection", "fr", "Bonjour Sam, nous avons décidé de ne pas aller plus loin avec ta candidature. "
          "Bonne continuation !", form="html"),
    _said("rejection", "es", "Hola Sam, hemos decidido no continuar con tu proceso. Muchas gracias por tu "
          "interés."),
    _said("rejection", "es", "Hola Sam, te cuento que al final no vamos a seguir adelante contigo. ¡Mucha "
          "suerte!", quote="iphone"),
    _said("rejection", "es", "Hola Sam, ya hemos cubierto la vacante. Gracias por participar.",
          quote="outlook"),
    _said("rejection", "nl", "Hoi Sam, we gaan helaas niet verder met jou. Bedankt voor je tijd!",
          quote="iphone"),
    _said("rejection", "nl", "Beste Sam,\n\nHelaas is het een nee geworden. We kiezen voor een andere "
          "kandidaat.\n\nGroet,\nDaan", quote="outlook"),
    _said("rejection", "nl", "Hoi Sam, we hebben besloten je niet uit te nodigen voor een tweede gesprek.",
          form="qp"),
    _said("rejection", "it", "Ciao Sam, purtroppo non potremo proseguire con la tua candidatura. Grazie di "
          "tutto!"),
    _said("rejection", "it", "Gentile Sam, abbiamo deciso di non procedere oltre. Cordiali saluti.",
          quote="outlook"),
    _said("rejection", "it", "Ciao Sam, la posizione è stata coperta. Ti ringrazio per il tempo dedicato.",
          quote="iphone"),
    _said("rejection", "pt", "Oi Sam, infelizmente não vamos seguir com a sua candidatura. Obrigada!",
          quote="iphone"),
    _said("rejection", "pt", "Olá Sam, decidimos não avançar com o seu perfil neste momento.",
          quote="outlook"),
    _said("rejection", "pt", "Olá Sam, a vaga já foi preenchida. Agradecemos a participação.", form="html"),
    _said("next_step", "en", "Hi Sam, are you around for a quick chat with Sarah, our Head of Engineering, "
          "this week? Let me know what works and I'll set something up."),
    _said("next_step", "en", "Hi Sam, I've just sent you a calendar invite for Thursday's panel. Shout if "
          "the time doesn't work.", quote="outlook"),
    _said("next_step", "en", "Hi Sam, please book a slot for the final round here: "
          "https://calendly.com/northwind-talent/final-round", form="html"),
    _said("next_step", "en", "Hi Sam, we'd like to move you forward to the onsite! I'll send details "
          "shortly.", quote="iphone"),
    _said("next_step", "de", "Hallo Herr Taylor, hätten Sie diese Woche Zeit für ein kurzes Telefonat mit "
          "unserem Geschäftsführer?", quote="outlook"),
    _said("next_step", "de", "Hi Sam, ich schicke dir gleich eine Einladung für Donnerstag, 14 Uhr, mit dem "
          "Team.", quote="iphone"),
    _said("next_step", "fr", "Bonjour Sam, seriez-vous disponible pour un échange avec notre CEO jeudi ou "
          "vendredi ?", quote="outlook"),
    _said("next_step", "fr", "Salut Sam, on aimerait te revoir pour un dernier entretien. Tu es dispo "
          "quand ?", quote="iphone"),
    _said("next_step", "es", "Hola Sam, ¿te cuadra una llamada con nuestro CTO el jueves por la tarde?",
          quote="iphone"),
    _said("next_step", "es", "Hola Sam, queremos volver a verte para una última entrevista con dirección. "
          "¿Qué días te vienen bien?"),
    _said("next_step", "nl", "Hoi Sam, heb je volgende week tijd voor een kennismaking met het team?"),
    _said("next_step", "nl", "Beste Sam, zullen we een derde gesprek inplannen met onze directeur?",
          quote="outlook"),
    _said("next_step", "it", "Ciao Sam, ti andrebbe di fare una chiacchierata con il nostro CEO la prossima "
          "settimana?", quote="iphone"),
    _said("next_step", "it", "Ciao Sam, ti mando l'invito per giovedì alle 10 per il colloquio tecnico.",
          form="qp"),
    _said("next_step", "pt", "Oi Sam, topa uma conversa com o nosso head de engenharia na sexta?",
          quote="iphone"),
    _said("next_step", "pt", "Olá Sam, gostaríamos de convidá-lo para a etapa final. Quando você pode?",
          quote="outlook"),
    _said("offer", "en", "Hi Sam, congrats! The team wants to extend you an offer. Can we talk numbers "
          "tomorrow?", quote="iphone"),
    _said("offer", "en", "Sam - I'm thrilled to let you know you got the job!", quote="iphone"),
    _said("offer", "en", "Hi Sam, we'd like to make you an offer for the Data Engineer role. Details to "
          "follow by email today.", quote="outlook"),
    _said("offer", "de", "Hallo Sam, wir möchten dich sehr gerne einstellen! Ich rufe dich morgen wegen der "
          "Details an.", quote="iphone"),
    _said("offer", "fr", "Bonjour Sam, nous avons le plaisir de te proposer de nous rejoindre en CDI ! Je "
          "t'appelle demain pour les détails."),
    _said("offer", "es", "¡Hola Sam! ¡El puesto es tuyo! Te llamo mañana para hablar de las condiciones.",
          quote="iphone"),
    _said("offer", "nl", "Hoi Sam, we willen je graag aannemen! Ik bel je morgen over de details.",
          quote="iphone"),
    _said("offer", "it", "Ciao Sam, ci farebbe molto piacere averti in squadra: ti facciamo un'offerta! Ti "
          "chiamo domani."),
    _said("offer", "pt", "Oi Sam! Você foi aprovada para a vaga e queremos você com a gente! Te ligo "
          "amanhã.",
          quote="iphone"),
    _said("acknowledgement", "en", "Hi Sam, no decision yet - the team is still debating. Hang tight, I'll "
          "ping you as soon as I know more.", quote="iphone"),
    _said("acknowledgement", "de", "Hallo Sam, es dauert leider noch etwas, die Entscheidung ist noch nicht "
          "gefallen. Ich melde mich!", quote="iphone"),
    _said("acknowledgement", "fr", "Bonjour Sam, pas encore de nouvelles de notre côté, la décision prend "
          "plus de temps que prévu. Je reviens vers toi."),
    _said("acknowledgement", "es", "Hola Sam, aún no hay novedades, seguimos con las entrevistas. En cuanto "
          "sepa algo te aviso."),
    _said("acknowledgement", "nl", "Hoi Sam, nog geen nieuws helaas, het team is er nog niet uit. Ik laat "
          "het je weten zodra ik meer weet.", quote="iphone"),
    _said("acknowledgement", "it", "Ciao Sam, ancora nessuna novità, stiamo finendo i colloqui. Ti faccio "
          "sapere appena possibile."),
    _said("acknowledgement", "pt", "Oi Sam, ainda sem novidades por aqui, o processo está demorando um pouco "
          "mais. Assim que souber te falo!", quote="iphone"),
]


@pytest.mark.parametrize("case", EVERYDAY, ids=_ids(EVERYDAY))
def test_an_everyday_wording_is_read_for_what_it_says(case: Reply) -> None:
    assert read(case)[1].kind == case.kind


EVERYDAY_LOOK_ALIKES = [
    # "pass" that hands something on, a step "moved ahead with": no "no".
    _said("other", "en", "Hi Sam, I'm going to pass your portfolio on to the design lead as well. Talk "
          "soon!"),
    _said("next_step", "en", "Hi Sam, we're moving ahead with the final round next week - could you do "
          "Tuesday 10 June at 10:00?"),
    # An invitation promised on a condition: none sent.
    _said("acknowledgement", "en", "Hi Sam, if we move forward I'll be sending you an invite for the final "
          "round; either way you'll hear from us by Friday 13 June."),
    # A meeting already had: no step.
    _said("other", "de", "Hallo Sam, danke, dass du dir Zeit für das kurze Telefonat mit unserem CTO "
          "genommen hast. Er war sehr angetan."),
    # Going further, not "not going further".
    _said("next_step", "it", "Ciao Sam, abbiamo deciso di procedere oltre: ti proponiamo un colloquio finale "
          "giovedì 12 giugno alle 10:00."),
    _said("acknowledgement", "nl", "Hoi Sam, het is geen nee, maar we hebben nog wat meer tijd nodig. Je "
          "hoort uiterlijk 13 juni van ons."),
    # Approved for a stage, not for the post; an offer refused.
    _said("next_step", "pt", "Olá Sam, você foi aprovada para a próxima etapa! Quando podemos conversar "
          "com o nosso CTO?"),
    _said("rejection", "it", "Ciao Sam, purtroppo non possiamo farti un'offerta per questa posizione."),
    # Spanish "no" is Portuguese "in the": an offer whose own words hold it is no offer refused.
    _said("offer", "pt", "Oi Sam! Você foi aprovado no processo seletivo e queremos você no time! Te ligo "
          "amanhã.", quote="iphone"),
    _said("rejection", "pt", "Olá Sam, infelizmente não queremos você no time neste momento."),
]


@pytest.mark.parametrize("case", EVERYDAY_LOOK_ALIKES, ids=_ids(EVERYDAY_LOOK_ALIKES))
def test_an_everyday_look_alike_reads_otherwise(case: Reply) -> None:
    assert read(case)[1].kind == case.kind
