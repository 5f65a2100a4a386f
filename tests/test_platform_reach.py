"""Mail a platform sends for an employer, through `watcher scan --json` on a Maildir.

Applicant-tracking platforms send from regional and brand domains besides their main one;
calendar services send the invitations and reminders of a booked interview from their own
addresses. Each is tied by what it says of the employer: the employer's whole name, the
organiser or guests a calendar names. Traps beside each: another employer on the same
platform, a job alert naming the employer, a calendar event with a company nobody logged.

Each message says which outcomes are right (an interview id, "review" or "none"; a message
held for review ties nothing, so "none" accepts it) and, for a tied one, which kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import pytest

from tests.corpus_scan import USER, accepted_outcomes, run_scan, scan_small_mailbox, tie_outcome

CET = timezone(timedelta(hours=1))
BRT = timezone(timedelta(hours=-3))

INTERVIEWS = """
[[interview]]
id = "lumora"
company = "Lumora Saúde"
role = "Analista de Produto"
when = 2026-11-03T14:00:00-03:00
contacts = ["beatriz.lima@lumorasaude.com.br"]
domains = ["lumorasaude.com.br"]

[[interview]]
id = "kestrel"
company = "Kestrel Maritime"
role = "Data Engineer"
when = 2026-11-04T10:00:00+00:00
contacts = ["j.okafor@kestrelmaritime.com"]
domains = ["kestrelmaritime.com"]

[[interview]]
id = "orbis"
company = "Orbis Analytics GmbH"
role = "Backend Developer"
when = 2026-11-05T11:00:00+01:00
contacts = ["lena.hoffmann@orbis-analytics.de"]
domains = ["orbis-analytics.de"]

[[interview]]
id = "vallado"
company = "Vallado Ingeniería"
role = "Ingeniera de Datos"
when = 2026-11-05T09:30:00+01:00
contacts = ["marta.gil@vallado.es"]
domains = ["vallado.es"]

[[interview]]
id = "hexaprime"
company = "Hexaprime"
role = "Product Designer"
when = 2026-11-06T15:00:00+01:00
contacts = ["camille.roux@hexaprime.fr"]
domains = ["hexaprime.fr"]
"""

ME = f"Alex Doe <{USER}>"


def day(d: int, hour: int = 10, zone: timezone = CET) -> datetime:
    return datetime(2026, 11, d, hour, 7, tzinfo=zone)


@dataclass(frozen=True)
class Probe:
    name: str
    kind_of_mail: str  # what the message is, for reading failures by kind
    accept: frozenset[str]  # interview ids, "review", "none"
    kinds: frozenset[str]  # right kinds when tied ("" when any)
    sender: str
    subject: str
    body: str
    date: datetime
    headers: dict[str, str] = field(default_factory=dict)
    calendar: str = ""

    @property
    def message_id(self) -> str:
        return f"<{self.name}.{self.date:%Y%m%d%H%M}@reach.mail.test>"


def p(name: str, kind_of_mail: str, accept: str, kinds: str, sender: str, subject: str, body: str,
      date: datetime, **more: Any) -> Probe:
    return Probe(name, kind_of_mail, frozenset(accept.split("|")), frozenset(filter(None, kinds.split("|"))),
                 sender, subject, body, date, **more)


def gcal_ics(summary: str, organizer: str, start: str) -> str:
    return "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{start[:-3]}45Z", f"SUMMARY:{summary}",
        f"ORGANIZER;CN={organizer}:mailto:{organizer}", f"ATTENDEE;CN=Alex Doe:mailto:{USER}",
        "UID:3f1d0e9a7c@google.com", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", "",
    ])


PROBES: tuple[Probe, ...] = (
    # ---- an applicant-tracking platform's regional domain and its traces
    p("g1", "platform domain", "lumora", "rejection", "Lumora Saúde <naoresponda@gupy.com.br>",
      "Atualização sobre sua candidatura para Analista de Produto",
      "Olá, Alex!\n\nAgradecemos seu interesse em fazer parte da Lumora Saúde e o tempo dedicado às "
      "entrevistas para a vaga de Analista de Produto.\n\nDepois de avaliar todas as etapas, decidimos seguir "
      "com outra pessoa candidata neste momento.\n\nDesejamos sucesso na sua jornada!\nTime de Talentos - "
      "Lumora Saúde\n\nEste e-mail foi enviado pela Gupy.", day(12, 15, BRT),
      headers={"DKIM-Signature": "v=1; a=rsa-sha256; d=gupy.com.br; s=s1; h=from:to:subject; bh=x=; b=y"}),
    p("g2", "platform domain", "none", "", "Lumora Seguros <naoresponda@gupy.com.br>",
      "Você avançou no processo seletivo da Lumora Seguros!",
      "Olá, Alex!\n\nParabéns! Você avançou para a etapa de entrevista da vaga Analista de Produto na "
      "Lumora Seguros.\n\nAcesse a página da vaga para agendar.\n\nEste e-mail foi enviado pela Gupy.",
      day(13, 9, BRT)),
    p("g3", "platform domain", "none", "", "Gupy <vagas@gupy.com.br>",
      "Alex, 4 novas vagas que combinam com você",
      "Vagas recomendadas para você:\n\nAnalista de Produto - Lumora Saúde - São Paulo\n"
      "Product Owner - Vértice Pagamentos - Remoto\nAnalista de Dados - Casa Aurora - Campinas\n\n"
      "Ver todas as vagas: https://portal.gupy.io/vagas\n\nPara deixar de receber alertas de vagas, "
      "cancele sua inscrição.", day(14, 8, BRT),
      headers={"List-Unsubscribe": "<https://portal.gupy.io/unsubscribe?type=job-alert>", "Precedence": "bulk"}),
    # Sent through a platform's relay that only its traces show (the From is a bounce-free
    # no-reply at a brand domain the list may not hold; the DKIM signing domain is Gupy's).
    p("g4", "platform traces", "lumora", "next_step", "Lumora Saúde <noreply@carreiras-mail.com.br>",
      "Próxima etapa: entrevista com a liderança",
      "Olá, Alex!\n\nVocê avançou para a próxima etapa do processo seletivo Analista de Produto na Lumora "
      "Saúde: uma entrevista com a liderança. Escolha um horário até sexta-feira no link abaixo.\n\n"
      "https://lumorasaude.gupy.io/candidates/schedule/77120\n\nTime de Talentos", day(10, 11, BRT),
      headers={"DKIM-Signature": "v=1; a=rsa-sha256; d=gupy.io; s=s2; h=from:to:subject; bh=x=; b=y",
               "Return-Path": "<bounce-77120@mail.gupy.io>"}),

    # ---- calendar services: a reminder or an invitation of a booked interview
    p("c6", "calendar", "kestrel", "acknowledgement|next_step", "Calendly <notifications@calendly.com>",
      "Reminder: Technical interview with Kestrel Maritime tomorrow at 2:00pm",
      "Hi Alex,\n\nThis is a friendly reminder that your event is coming up.\n\nEvent: Technical interview "
      "with Kestrel Maritime\nDate: Wednesday, 18 November 2026 2:00pm - 3:00pm (GMT)\nLocation: Google Meet"
      "\n\nNeed to make changes? Cancel or reschedule.\n\nPowered by Calendly", day(17, 14, timezone.utc)),
    p("c7", "calendar", "none", "", "Zoom <no-reply@zoom.us>",
      "Invitation: Brightwave Labs - Product Designer interview",
      "Hi Alex,\n\nTara Singh is inviting you to a scheduled Zoom meeting.\n\nTopic: Brightwave Labs - "
      "Product Designer interview\nTime: Nov 20, 2026 11:00 AM London\n\nJoin Zoom Meeting\n"
      "https://brightwave.zoom.us/j/89012345678", day(16, 12, timezone.utc)),
    p("c8", "calendar", "lumora", "acknowledgement|next_step", "Google Agenda <calendar-notification@google.com>",
      f"Notificação: Entrevista final Lumora Saúde @ qui 19 de nov de 2026 15:00 - 16:00 (BRT) ({USER})",
      "Este evento tem uma notificação configurada\n\nEntrevista final Lumora Saúde\nquinta-feira, 19 de nov "
      "de 2026 ⋅ 15:00 – 16:00 (Horário Padrão de Brasília)\n\nParticipar com o Google Meet: "
      "https://meet.google.com/kqp-wxyz-abc\n\nConvite do Google Agenda: https://calendar.google.com/calendar/",
      day(19, 14, BRT)),
    p("c1", "calendar", "orbis", "acknowledgement", "Google Kalender <calendar-notification@google.com>",
      "Benachrichtigung: Zweites Gespräch - Backend Developer @ Di. 17. Nov. 2026 14:00 - 15:00 (MEZ) "
      f"({USER})",
      "Für diesen Termin wurde eine Erinnerung eingerichtet.\n\nZweites Gespräch - Backend Developer\n"
      "Dienstag, 17. Nov. 2026 ⋅ 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)\n\n"
      "Mit Google Meet teilnehmen: https://meet.google.com/abc-defg-hij\n\n"
      "Organisator: lena.hoffmann@orbis-analytics.de\n\nEinladung von Google Kalender: "
      "https://calendar.google.com/calendar/\nSie erhalten diese E-Mail, weil Sie Benachrichtigungen für "
      "diesen Termin abonniert haben.", day(17, 13),
      headers={"Return-Path": "<3x9kQ.calendar-server.bounces.google.com>"}),
    p("c2", "calendar", "kestrel", "acknowledgement|next_step", "Zoom <no-reply@zoom.us>",
      "Meeting reminder: Kestrel Maritime - Data Engineer final interview",
      "Hi Alex,\n\nThis is a reminder that the following meeting starts in 1 hour.\n\nTopic: Kestrel "
      "Maritime - Data Engineer final interview\nTime: Nov 18, 2026 02:00 PM London\n\nJoin Zoom Meeting\n"
      "https://us06web.zoom.us/j/81234567890\n\nThank you for choosing Zoom.", day(18, 13, timezone.utc)),
    p("c3", "calendar", "none", "", "Google Calendar <calendar-notification@google.com>",
      f"Notification: Interview Brightwave Labs @ Thu Nov 19, 2026 11am - 12pm (GMT) ({USER})",
      "This event has a reminder set\n\nInterview Brightwave Labs\nThursday Nov 19, 2026 ⋅ 11am – 12pm "
      "(Greenwich Mean Time - London)\n\nOrganizer: tara.singh@brightwave-labs.io\n\nInvitation from Google "
      f"Calendar: https://calendar.google.com/calendar/\nYou are receiving this email at {USER} because "
      "you are subscribed for notifications on this event.", day(19, 10, timezone.utc)),
    p("c4", "calendar", "hexaprime", "next_step", "Camille Roux <camille.roux@hexaprime.fr>",
      "Invitation mise à jour : Entretien final Product Designer @ mar. 24 nov. 2026 10:00 - 11:00 (CET)",
      "Camille Roux vous a invité à l'événement suivant.\n\nEntretien final Product Designer\nmardi 24 nov. "
      "2026 ⋅ 10:00 – 11:00 (heure normale d'Europe centrale - Paris)\n\nOrganisateur : "
      "camille.roux@hexaprime.fr\nInvités : camille.roux@hexaprime.fr, paul.martin@hexaprime.fr, "
      f"{USER}\n\nInvitation de Google Agenda", day(16, 9),
      headers={"Sender": "Google Agenda <calendar-notification@google.com>"},
      calendar=gcal_ics("Entretien final Product Designer", "camille.roux@hexaprime.fr", "20261124T090000Z")),
    p("c5", "calendar", "vallado", "acknowledgement|next_step", "Microsoft Teams <noreply@email.teams.microsoft.com>",
      "Recordatorio: Entrevista técnica - Ingeniera de Datos",
      "Recordatorio de reunión\n\nEntrevista técnica - Ingeniera de Datos\njueves, 19 de noviembre de 2026 "
      "10:00-11:00 (UTC+01:00) Madrid\n\nOrganizador: Marta Gil <marta.gil@vallado.es>\n\nUnirse a la reunión "
      "de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5\n\n"
      "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", day(19, 9)),
)

BY_NAME = {probe.name: probe for probe in PROBES}


def raw(probe: Probe) -> bytes:
    msg = EmailMessage()
    msg["From"] = probe.sender
    msg["To"] = ME
    msg["Subject"] = probe.subject
    msg["Date"] = format_datetime(probe.date)
    msg["Message-ID"] = probe.message_id
    for name, value in probe.headers.items():
        msg[name] = value
    msg.set_content(probe.body)
    if probe.calendar:
        msg.add_alternative(probe.calendar, subtype="calendar", params={"method": "REQUEST"})
    return bytes(msg)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> dict[str, dict[str, Any]]:
    root = tmp_path_factory.mktemp("reach")
    report = scan_small_mailbox("maildir", root, INTERVIEWS, [(raw(probe), False) for probe in PROBES])
    listed = {entry["message_id"]: entry for entry in report["messages"]}
    return {probe.name: listed.get(probe.message_id, {}) for probe in PROBES}


@pytest.mark.parametrize("name", [pytest.param(n, id=f"{n}-{BY_NAME[n].kind_of_mail}") for n in BY_NAME])
def test_each_message_is_tied_where_a_careful_reader_would(name: str, scanned) -> None:
    probe = BY_NAME[name]
    listed = scanned[name]
    accept = accepted_outcomes(probe.accept)
    got = tie_outcome(listed)
    assert got in accept, (probe.kind_of_mail, got, listed.get("reasons"), listed.get("candidates"))
    if got not in ("none", "review") and probe.kinds:
        assert listed["kind"] in probe.kinds, (probe.kind_of_mail, listed["kind"], listed.get("reasons"))


# ---- an agency's forward held for review, tied once the user writes to the forwarder

FORWARD = EmailMessage()
FORWARD["From"] = "Nina Brandt <nina.brandt@talentbruecke.de>"
FORWARD["To"] = ME
FORWARD["Subject"] = "WG: Ihre Bewerbung als Backend Developer"
FORWARD["Date"] = format_datetime(day(12, 9))
FORWARD["Message-ID"] = "<fwd-orbis-1@talentbruecke.de>"
FORWARD.set_content(
    "Hallo Alex,\n\nanbei die Rückmeldung von Orbis, gute Nachrichten!\n\nNina\n\n"
    "---------- Weitergeleitete Nachricht ----------\nVon: Lena Hoffmann <lena.hoffmann@orbis-analytics.de>\n"
    "Datum: 11. November 2026\nBetreff: Ihre Bewerbung als Backend Developer\nAn: Nina Brandt "
    "<nina.brandt@talentbruecke.de>\n\nLiebe Frau Brandt,\n\nwir würden Herrn Doe gern zu einem zweiten "
    "Gespräch als Backend Developer einladen. Passt ihm der 19. November um 10 Uhr?\n\nViele Grüße\n"
    "Lena Hoffmann\nOrbis Analytics GmbH")

THANKS = EmailMessage()
THANKS["From"] = ME
THANKS["To"] = "Lena Hoffmann <lena.hoffmann@orbis-analytics.de>"
THANKS["Cc"] = "Nina Brandt <nina.brandt@talentbruecke.de>"
THANKS["Subject"] = "Zweites Gespräch Backend Developer"
THANKS["Date"] = format_datetime(day(12, 18))
THANKS["Message-ID"] = "<alex-orbis-2@example.org>"
THANKS.set_content("Liebe Frau Hoffmann,\n\nvielen Dank für die Einladung, der 19. November um 10 Uhr passt "
                   "mir gut.\n\nViele Grüße\nAlex Doe")


def test_a_held_forward_is_tied_once_a_later_scan_finds_the_users_mail_to_the_forwarder(tmp_path) -> None:
    import mailbox

    from tests.corpus_scan import config_text, maildir_account

    (tmp_path / "interviews.toml").write_text(INTERVIEWS, encoding="utf-8")
    inbox, sent = tmp_path / "inbox", tmp_path / "sent"
    boxes = mailbox.Maildir(inbox, create=True), mailbox.Maildir(sent, create=True)
    boxes[0].add(bytes(FORWARD))
    config = tmp_path / "config.toml"
    config.write_text(config_text(tmp_path, maildir_account(inbox, sent)), encoding="utf-8")
    first = {m["message_id"]: m for m in run_scan(config)["messages"]}
    assert tie_outcome(first.get("<fwd-orbis-1@talentbruecke.de>")) == "review", first

    boxes[1].add(bytes(THANKS))
    second = {m["message_id"]: m for m in run_scan(config)["messages"]}
    assert tie_outcome(second.get("<alex-orbis-2@example.org>")) == "orbis", second
    held = second.get("<fwd-orbis-1@talentbruecke.de>")
    assert tie_outcome(held) == "orbis", held
    assert held["kind"] == "next_step", held


@pytest.mark.parametrize(("sender", "date", "wanted"), [
    ("Google Calendar <calendar-notification@google.com>", "Mon, 12 Oct 2026 09:00:00 +0100", True),
    ("Zoom <no-reply@zoom.us>", "Mon, 12 Oct 2026 09:00:00 +0100", True),
    ("Google Calendar <calendar-notification@google.com>", "Tue, 12 May 2026 09:00:00 +0200", False),
    ("Zoom <no-reply@zoom.us>", "Tue, 12 May 2026 09:00:00 +0200", False),
    ("Microsoft Teams <noreply@email.teams.microsoft.com>", "Tue, 12 May 2026 09:00:00 +0200", False),
    # An applicant-tracking platform's mail is read whatever its date (the look-back bounds it).
    ("Orbis via Greenhouse <no-reply@us.greenhouse-mail.io>", "Tue, 12 May 2026 09:00:00 +0200", True),
])
def test_a_meeting_services_notice_is_read_only_from_the_first_interviews_run_up(
    sender, date, wanted, tmp_path
) -> None:
    """A calendar or meeting service's notice dated more than MEETING_RUN_UP (60 days) before
    the first logged interview is about another meeting: not read whole (it cost the
    benchmark's first scan a quarter of a second at 10,000 messages)."""
    from watcher.interviews_file import load_interviews
    from watcher.match import build_index, may_concern
    from watcher.parse import parse_message

    (tmp_path / "interviews.toml").write_text(INTERVIEWS)
    interviews, _ = load_interviews(tmp_path / "interviews.toml")
    index = build_index(interviews, frozenset({USER}))
    raw = (f"From: {sender}\r\nTo: {USER}\r\nSubject: Reminder: a meeting\r\nDate: {date}\r\n"
           "Message-ID: <m@notice.test>\r\n\r\nOrganizer: lena.hoffmann@orbis-analytics.de\r\n").encode()
    mail = parse_message(raw, account="a", folder="INBOX", uid=1, arrival=None, me=frozenset({USER}),
                         sent_folder=False)
    assert may_concern(mail, index, {}) is wanted


def test_a_calendar_parts_organiser_and_guests_are_read_with_its_lines_unfolded() -> None:
    """Only the text/calendar part names them here (no "Organizer:" line in the text); a
    long ATTENDEE line is folded, as RFC 5545 3.1 has calendars write it."""
    from watcher.match import calendar_people
    from watcher.parse import parse_message

    ics = gcal_ics("Final interview", "lena.hoffmann@orbis-analytics.de", "20261124T090000Z").replace(
        f"ATTENDEE;CN=Alex Doe:mailto:{USER}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Tom\r\n"
        " Berger:mailto:tom.berger@orbis-analytics.de")
    probe = p("ics", "calendar", "orbis", "", "Google Calendar <calendar-notification@google.com>",
              "Invitation: Final interview", "You have been invited to an event.", day(16, 9), calendar=ics)
    mail = parse_message(raw(probe), account="a", folder="INBOX", uid=1, arrival=None, me=frozenset({USER}),
                         sent_folder=False)
    assert calendar_people(mail) == ["lena.hoffmann@orbis-analytics.de", "tom.berger@orbis-analytics.de"]
