"""A person's invitation that carries a video meeting's join link and a day and an hour is a
next step, however its words are put ("as discussed with Lena, I send you the invitation for
our interview. Thursday, 19 November 2026, 10:00 - 11:00. Join Zoom Meeting https://..."); a
link alone, a link with no day, or a link in a holding reply is not. Decisions and offers in
words the lists lacked: "seguimos com outro perfil", "sua participação neste processo foi
encerrada", "we decided to continue the cooperation with other person", "vi skulle väldigt
gärna vilja ha dig med oss", "they would like very much that you are joining them as ML
Engineer"; a Dutch question closed by "kunnen?" proposes a time. Examples written for these
tests alone.
"""

from __future__ import annotations

import pytest

from tests.test_classify import received
from watcher.classify import classify

LINKED = [
    "Dear Sam,\n\nas discussed with Lena, I send you the invitation for our interview.\n\nThursday, 19 June 2025, "
    "10:00 - 11:00 (Europe/Berlin)\n\nJoin Zoom Meeting\nhttps://acme.zoom.us/j/83310572214?pwd=abc\n\nJürgen",
    "Hi Sam,\n\nnice work on the Codility - you're through. I've locked in Tuesday, June 24, 9:00 - 11:30 AM "
    "Pacific.\n\nZoom: https://acme.zoom.us/j/86302917745\n\nDana",
    "Hallo Sam,\n\nhier der Link für unser Gespräch am Montag, 16. Juni um 14 Uhr:\n"
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc@thread.v2/0\n\nViele Grüße\nAnna",
    "Oi Sam,\n\nsegue o link da nossa conversa na sexta, 20 de junho, às 15h: https://meet.google.com/abc-defg-hij"
    "\n\nAbraço,\nBia",
]


@pytest.mark.parametrize("body", LINKED)
def test_a_meeting_link_with_a_day_and_an_hour_is_a_next_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind == "next_step", result.reasons


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nhere is our team's standing Zoom room, in case you need it: https://acme.zoom.us/j/83310572214\n\nDana",
        "Hi Sam,\n\nthanks for your patience: we will have a decision by Friday 20 June and I'll let you know then. "
        "https://acme.zoom.us/j/83310572214\n\nDana",
    ],
)
def test_a_meeting_link_without_a_meeting_set_is_no_step(body: str) -> None:
    result = classify(received(body))
    assert result.kind != "next_step", result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Olá, Alex! Depois de muita conversa com o time, seguimos com outro perfil para esta posição neste momento, "
         "e por isso sua participação neste processo foi encerrada.", "rejection"),
        ("Dear Clara, after discussion with our CEO we decided to continue the cooperation with other person, who has "
         "more experience with GTFS. It was not easy decision for us.", "rejection"),
        ("Hej Alex! Jag ska inte dra ut på det: vi skulle väldigt gärna vilja ha dig med oss på Tallkrona! Jag ringer "
         "på måndag om lön och startdatum.", "offer"),
        ("Hi Alex, the team was really impressed from you. They would like very much that you are joining them as "
         "Machine Learning Engineer. Jürgen will send the written proposal next week.", "offer"),
        ("Hoi Alex, Ruben moet woensdag weg. Zou je in plaats daarvan donderdag 12 juni om 14:00 kunnen? Sorry!",
         "next_step"),
    ],
)
def test_decisions_offers_and_questions_in_other_words(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # A calendar's invitation whose joining instructions use a word of news ("Informacje").
        ("Agnieszka Wróbel zaprasza Cię na to wydarzenie.\n\nRozmowa techniczna\nponiedziałek, 16 czerwca 2025 · "
         "13:00–14:30\n\nInformacje o dołączeniu przez Google Meet\nLink do rozmowy wideo: "
         "https://meet.google.com/pkx-qwer-tyu", "next_step"),
        ("Dear Robin, I had the feeling in all conversations that you were a good fit. So we would be very glad to "
         "welcome you in our team as Senior Backend Engineer, starting on 1 February. The draft contract is attached.",
         "offer"),
        ("Dear Robin, we would be glad to welcome you in our office on Monday at 10:00 for the final interview.",
         "next_step"),
    ],
)
def test_a_meeting_link_outranks_words_of_news_and_a_welcome_into_the_team_is_an_offer(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons


TEAMS_HTML = (
    "<html><body><p>Colloquio conoscitivo per la posizione di Data Analyst.</p>"
    "<div>________________________________________________________________________________</div>"
    "<div><span>Riunione di Microsoft Teams</span></div>"
    '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1@thread.v2/0">Fai clic qui per '
    "partecipare alla riunione</a></div><div>ID riunione: 381 447 209 552<br>Passcode: k8Q2sT</div>"
    "<div>martedì 17 giugno 2025, 15:00–15:45 (UTC+01:00) Amsterdam, Berlino, Roma</div>"
    '<div><a href="https://aka.ms/JoinTeamsMeeting">Altre informazioni</a></div>'
    "<div>________________________________________________________________________________</div></body></html>"
)


def test_a_teams_invitation_written_in_html_alone_is_a_next_step() -> None:
    """Before, a person's Teams invitation with no plain-text part was "other": its join
    link stood only in the markup, which the text left out, and the meeting's block below
    Teams' line of underscores was cut off as Outlook's quoted history."""
    from watcher.parse import parse_message

    raw = ("From: Giulia Ferraris <giulia@tessitura.example>\r\nTo: user@example.org\r\n"
           "Date: Tue, 10 Jun 2025 11:12:00 +0200\r\nSubject: Colloquio\r\nMessage-ID: <t1@tessitura.example>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + TEAMS_HTML).encode()
    mail = parse_message(raw, account="a", folder="INBOX", uid=1, arrival=None, me=("user@example.org",),
                         sent_folder=False)
    assert mail.body is not None and "<https://teams.microsoft.com/l/meetup-join/" in mail.body
    assert "aka.ms" not in mail.body  # the targets of other links are left out
    result = classify(mail)
    assert result.kind == "next_step", result.reasons


def test_an_outlook_quote_below_the_line_of_underscores_is_no_meeting_block() -> None:
    """The quoted header block Outlook sets below its line of underscores stays quoted
    history, even when the quoted invitation holds a join link: a thank-you for it sets nothing."""
    body = ("Thanks Giulia, see you then!\n\n________________________________\nFrom: Giulia <giulia@tessitura.example>\n"
            "Sent: Tuesday, 10 June 2025 11:12\nSubject: Colloquio\n\nTuesday 17 June 2025, 15:00\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1@thread.v2/0")
    from watcher.classify import _plain_cut, meeting_block
    from watcher.phrases import load_phrases

    plain, cut, _ = _plain_cut(body, load_phrases())
    assert meeting_block(plain, cut) == ""
