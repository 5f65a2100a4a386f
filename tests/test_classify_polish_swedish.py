"""Polish and Swedish mail read as the seven other languages are: decisions (a rejection, an
offer), next steps, holding replies and receipts, out-of-office replies with their return
date, the user's own thanks and chasers, quoted and forwarded history as Polish and Swedish
mail programs mark it, and look-alikes that must keep their verdict (a newsletter that says
"niestety", an interview moved "tyvärr", a second interview "offered"). Examples written
for these tests alone, with their diacritics; a few go through the whole-message parser in
the legacy charsets (ISO-8859-2 for Polish, ISO-8859-1 for Swedish).

First run, before Polish and Swedish were read: 76 of the first 88 cases failed; the 12 that
passed were the two requests and the two answers to an offer (``other`` either way) and the
eight quoted-history cases, which passed only because nothing Polish or Swedish was read at
all (they fail now if a quote line is not cut). Written later: 13 on platforms' status
notices, reply and forward prefixes and legal forms (7 failed with the phrase files alone,
before the lists of no-reply senders and legal forms and the subject prefixes), and 3 on the
post given to someone described ("rolę otrzyma kandydat z ...", with its look-alike "stanowisko
obejmuje ..."), of which 1 failed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.header import Header

import pytest

from watcher.classify import classify
from watcher.model import Mail
from watcher.parse import parse_message

WHEN = datetime(2026, 11, 9, 9, 0, tzinfo=UTC)
ME = "user@example.org"


def received(body: str, subject: str = "Rekrutacja", sender: str = "anna.nowak@firma.example") -> Mail:
    return Mail(account="test", folder="INBOX", uid=1, message_id="<r@firma.example>", date=WHEN,
                from_addr=sender, to=(ME,), subject=subject, headers={}, body=body)


def sent(body: str, subject: str = "Rozmowa") -> Mail:
    return Mail(account="test", folder="Sent", uid=2, message_id="<s@example.org>", date=WHEN,
                from_addr=ME, to=("anna.nowak@firma.example",), subject=subject, direction="sent", body=body)


# ------------------------------------------------------------------ Polish, received

POLISH = [
    # rejections
    (("Dzień dobry, dziękujemy za udział w rekrutacji. Niestety tym razem nie zakwalifikowała się Pani do "
     "kolejnego etapu."), "rejection"),
    (("Po przeanalizowaniu wszystkich zgłoszeń zdecydowaliśmy się na innego kandydata, którego doświadczenie "
     "lepiej odpowiada potrzebom zespołu."), "rejection"),
    ("Z przykrością informujemy, że Pana kandydatura nie została wybrana.", "rejection"),
    ("Niestety postanowiliśmy nie kontynuować z Panem procesu rekrutacyjnego na to stanowisko.", "rejection"),
    ("Informujemy, że stanowisko zostało już obsadzone. Dziękujemy za zainteresowanie naszą firmą.", "rejection"),
    ("Tym razem wybraliśmy osobę z większym doświadczeniem w branży spożywczej. Życzymy powodzenia.", "rejection"),
    ("Niestety nie możemy przedstawić Panu oferty zatrudnienia.", "rejection"),
    ("Podjęliśmy decyzję o kontynuowaniu rozmów z innymi kandydatami.", "rejection"),
    ("Rolę kierownika magazynu otrzyma kandydat z wieloletnim doświadczeniem w SAP.", "rejection"),
    ("To stanowisko zajmie osoba, która pracowała już w naszym dziale.", "rejection"),
    # offers
    ("Mamy przyjemność zaproponować Panu stanowisko Analityka Danych. Szczegóły oferty przesyłam w załączniku.",
     "offer"),
    ("Z radością informuję, że chcielibyśmy Panią zatrudnić! Umowę prześlemy w przyszłym tygodniu.", "offer"),
    ("W załączeniu przesyłamy ofertę pracy. Prosimy o odpowiedź do piątku.", "offer"),
    ("Gratulacje! Decyzja zapadła i chcemy złożyć Panu ofertę pracy.", "offer"),
    # next steps
    (("Chcielibyśmy zaprosić Pana na drugi etap rekrutacji, czyli rozmowę z kierownikiem zespołu. Czy pasuje "
     "Panu wtorek o 10:00?"), "next_step"),
    ("Zapraszamy na rozmowę rekrutacyjną w czwartek 12 listopada o godzinie 14:00 w naszym biurze.", "next_step"),
    ("W kolejnym etapie prosimy o wykonanie zadania rekrutacyjnego. Link do testu znajdzie Pani poniżej.",
     "next_step"),
    ("Proszę wybrać dogodny termin spotkania z zespołem w kalendarzu pod linkiem.", "next_step"),
    # holding replies and receipts
    ("Dziękujemy za przesłanie aplikacji na stanowisko Specjalisty ds. Logistyki. Potwierdzamy jej otrzymanie.",
     "acknowledgement"),
    ("Nie podjęliśmy jeszcze decyzji. Odezwiemy się do końca przyszłego tygodnia.", "acknowledgement"),
    ("Proces rekrutacji nieco się przedłuża, prosimy jeszcze o chwilę cierpliwości.", "acknowledgement"),
    ("Otrzymałam Pana CV i przekazałam je kierownikowi działu.", "acknowledgement"),
    ("Na razie nie mam jeszcze informacji od zespołu. Dam znać, jak tylko będę coś wiedziała.",
     "acknowledgement"),
    # look-alikes that keep their verdict
    ("Niestety rozmowa w czwartek musi zostać przełożona. Czy możemy spotkać się w piątek o 11:00?",
     "next_step"),
    ("Niestety nie mam jeszcze odpowiedzi od kierownika, wrócę do Pana w przyszłym tygodniu.", "acknowledgement"),
    ("Mamy przyjemność zaprosić Pana na kolejny etap – rozmowę z zespołem w środę o 9:30.", "next_step"),
    ("Proszę o przesłanie skanu dyplomu i numeru konta przed podpisaniem umowy.", "other"),
    ("Stanowisko obejmuje raportowanie do dyrektora finansowego. Czy ma Pan czas w czwartek o 10:00 na rozmowę?",
     "next_step"),
]

POLISH_AWAY = [
    # (subject, body, return day)
    ("Automatyczna odpowiedź: Rozmowa", ("Dziękuję za wiadomość. Jestem na urlopie do 14 grudnia i nie mam dostępu "
     "do poczty."), date(2026, 12, 14)),
    ("Odp: Rozmowa", ("Do 20 listopada przebywam poza biurem z ograniczonym dostępem do poczty e-mail. W pilnych "
     "sprawach proszę o kontakt z działem kadr."), date(2026, 11, 20)),
    ("Odp: Rozmowa", "Jestem nieobecna w biurze do poniedziałku, 23 listopada. Wiadomości nie są przekazywane.",
     date(2026, 11, 23)),
    ("Autoodpowiedź: Rozmowa", "Dzień dobry, obecnie przebywam na urlopie. Wracam 30 listopada.", date(2026, 11, 30)),
]

POLISH_SENT = [
    ("Rozmowa", "Dziękuję za rozmowę i poświęcony mi czas. Z przyjemnością dowiedziałem się więcej o zespole.",
     "thank_you"),
    ("Podziękowanie za spotkanie", "Dzień dobry, przesyłam jeszcze moje portfolio, o którym rozmawialiśmy.",
     "thank_you"),
    ("Odp: Zaproszenie na rozmowę", "Pani Anno, bardzo dziękuję za wczorajsze spotkanie i miłą atmosferę.",
     "thank_you"),
    ("Rekrutacja", "Chciałem zapytać, czy są już jakieś informacje w sprawie rekrutacji na stanowisko Analityka.",
     "follow_up"),
    ("Rekrutacja", "Uprzejmie proszę o informację, na jakim etapie jest obecnie proces rekrutacji.", "follow_up"),
    ("Rekrutacja", "Czy wiadomo już coś w sprawie decyzji? Z góry dziękuję za odpowiedź.", "follow_up"),
    ("Odp: Oferta", "Dziękuję za ofertę, z przyjemnością ją przyjmuję.", "other"),
]

# ------------------------------------------------------------------ Swedish, received

SWEDISH = [
    (("Tack för att du sökte tjänsten och för ett trevligt samtal. Tyvärr har vi valt att gå vidare med andra "
     "kandidater."), "rejection"),
    ("Vi har beslutat att inte gå vidare med din ansökan.", "rejection"),
    ("Efter noggrant övervägande har vi bestämt oss för en annan kandidat vars erfarenhet bättre matchar rollen.",
     "rejection"),
    ("Tjänsten är nu tillsatt. Vi tackar för ditt intresse för Norrfors.", "rejection"),
    ("Du har tyvärr inte gått vidare till nästa steg i rekryteringen.", "rejection"),
    ("Vi kan tyvärr inte erbjuda dig tjänsten den här gången.", "rejection"),
    ("Vi har valt en person med längre erfarenhet av fjärrvärme. Lycka till i ditt fortsatta jobbsökande!",
     "rejection"),
    ("Vi kommer inte att gå vidare med din kandidatur.", "rejection"),
    # offers
    ("Vi vill gärna erbjuda dig tjänsten som dataingenjör! Anställningsavtalet skickar jag under veckan.", "offer"),
    ("Grattis! Vi är glada att kunna erbjuda dig en tillsvidareanställning hos oss.", "offer"),
    ("Bifogat finns ditt anställningsavtal – återkom gärna med besked senast fredag.", "offer"),
    ("Vi vill anställa dig och hoppas att du vill börja hos oss i januari.", "offer"),
    # next steps
    ("Vi skulle gärna vilja träffa dig för en andra intervju. Passar det på torsdag kl. 13?", "next_step"),
    ("Vi vill bjuda in dig till nästa steg: ett case som du presenterar för teamet.", "next_step"),
    ("Boka en tid för din intervju via länken nedan.", "next_step"),
    ("Du är välkommen på en intervju tisdag 17 november kl. 10.00 på vårt kontor i Umeå.", "next_step"),
    # holding replies and receipts
    ("Tack för din ansökan! Vi har tagit emot din ansökan och går igenom den så snart vi kan.", "acknowledgement"),
    ("Vi har inte fattat något beslut ännu, men du får besked senast nästa vecka.", "acknowledgement"),
    ("Processen drar ut lite på tiden – tack för ditt tålamod.", "acknowledgement"),
    ("Jag har ännu inte fått besked från chefen, jag hör av mig så fort jag vet mer.", "acknowledgement"),
    ("Tack, jag har skickat vidare ditt CV till teamet.", "acknowledgement"),
    # look-alikes that keep their verdict
    ("Tyvärr är intervjuaren sjuk i morgon – kan vi flytta samtalet till fredag kl. 10?", "next_step"),
    ("Vi har tyvärr inte fått någon återkoppling från teamet än, jag återkommer.", "acknowledgement"),
    ("Vi vill gärna erbjuda dig en andra intervju med teamet på måndag kl. 14.", "next_step"),
    ("Kan du skicka en kopia på ditt examensbevis och ditt personnummer innan vi skriver avtalet?", "other"),
]

SWEDISH_AWAY = [
    ("Autosvar: Intervju", "Jag är på semester och tillbaka den 3 december.", date(2026, 12, 3)),
    ("Automatiskt svar: Intervju", "Hej! Jag är ledig till och med 20 november och läser inte min e-post.",
     date(2026, 11, 20)),
    ("SV: Tack för samtalet", ("Hej! Jag är tjänstledig fram till måndag 23 november med begränsad tillgång till "
     "e-post."), date(2026, 11, 23)),
    ("Frånvaro: Tack för samtalet", "Jag är borta från kontoret och åter den 16 november.", date(2026, 11, 16)),
]

SWEDISH_SENT = [
    ("Intervju", "Tack för samtalet idag, det var verkligen intressant att höra mer om teamet.", "thank_you"),
    ("Tack för intervjun", "Hej Anna, här kommer länken till min kod som jag nämnde.", "thank_you"),
    ("SV: Inbjudan till intervju", "Hej Anna, tack så mycket för en trevlig intervju igår!", "thank_you"),
    ("Dataingenjör", "Jag ville höra hur det går med rekryteringen till tjänsten som dataingenjör.", "follow_up"),
    ("Dataingenjör", "Finns det några nyheter kring rekryteringen?", "follow_up"),
    ("Dataingenjör", "Har ni hunnit fatta något beslut? Jag är fortsatt mycket intresserad.", "follow_up"),
    ("SV: Erbjudande", "Tack för erbjudandet, jag tackar ja med glädje!", "other"),
]


@pytest.mark.parametrize(("body", "kind"), POLISH + SWEDISH)
def test_a_reply_is_read_for_what_it_says(body: str, kind: str) -> None:
    result = classify(received(body))
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(("subject", "body", "back"), POLISH_AWAY + SWEDISH_AWAY)
def test_an_out_of_office_is_read_with_its_return_day(subject: str, body: str, back: date) -> None:
    result = classify(received(body, subject=subject))
    assert result.kind == "auto_reply", result.reasons
    assert result.date == back


@pytest.mark.parametrize(("subject", "body", "kind"), POLISH_SENT + SWEDISH_SENT)
def test_the_users_own_mail_is_a_thank_you_a_chaser_or_other(subject: str, body: str, kind: str) -> None:
    result = classify(sent(body, subject=subject))
    assert result.kind == kind, result.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Nowe oferty pracy dla Ciebie", ("Niestety lato już się kończy! Sprawdź najnowsze oferty pracy dopasowane do "
         "Twojego profilu. Wypisz się z newslettera.")),
        ("Nya lediga jobb för dig", ("Tyvärr missade du vårt senaste webbinarium – här är nya lediga jobb som passar "
         "dig. Avsluta prenumerationen här.")),
    ],
)
def test_a_newsletter_with_a_regretful_word_is_bulk(subject: str, body: str) -> None:
    result = classify(received(body, subject=subject, sender="newsletter@jobbportal.example"))
    assert result.kind == "bulk", result.reasons


# ------------------------------------------------------------------ quoted history

QUOTED = [
    # (new words, quote line, quoted words the user wrote: a next step if read)
    ("Proszę o przesłanie aktualnego CV przed spotkaniem.",
     "W dniu wt., 10 lis 2026 o 09:12 Alex Doe <user@example.org> napisał(a):",
     "> Niestety nie mogę przyjść w środę, czy możemy przełożyć rozmowę na czwartek o 10:00?"),
    ("Proszę o przesłanie aktualnego CV przed spotkaniem.",
     "Dnia 10.11.2026 o 09:12, Alex Doe napisał(a):",
     "> Niestety nie mogę przyjść w środę, czy możemy przełożyć rozmowę na czwartek o 10:00?"),
    ("Proszę o przesłanie aktualnego CV przed spotkaniem.",
     "Wiadomość napisana przez Alex Doe <user@example.org> w dniu 10.11.2026, o godz. 09:12:",
     "Niestety nie mogę przyjść w środę, czy możemy przełożyć rozmowę na czwartek o 10:00?"),
    ("Proszę o przesłanie aktualnego CV przed spotkaniem.",
     ("-----Oryginalna wiadomość-----\nOd: Alex Doe <user@example.org>\nWysłano: wtorek, 10 listopada 2026 09:12\n"
     "Do: Anna Nowak\nTemat: Rozmowa"),
     "Niestety nie mogę przyjść w środę, czy możemy przełożyć rozmowę na czwartek o 10:00?"),
    ("Kan du skicka ditt CV innan vi ses?",
     "Från: Alex Doe <user@example.org>\nSkickat: den 10 november 2026 09:12\nTill: Anna Berg\nÄmne: Intervju",
     "Tyvärr kan jag inte på onsdag, kan vi flytta intervjun till torsdag kl. 10?"),
    ("Kan du skicka ditt CV innan vi ses?",
     "Den tis 10 nov. 2026 kl 09:12 skrev Alex Doe <user@example.org>:",
     "> Tyvärr kan jag inte på onsdag, kan vi flytta intervjun till torsdag kl. 10?"),
    ("Kan du skicka ditt CV innan vi ses?",
     "10 nov. 2026 kl. 09:12 skrev Alex Doe <user@example.org>:",
     "Tyvärr kan jag inte på onsdag, kan vi flytta intervjun till torsdag kl. 10?"),
    ("Kan du skicka ditt CV innan vi ses?",
     "-----Ursprungligt meddelande-----\nFrån: Alex Doe <user@example.org>\nSkickat: tisdag 10 november 2026 09:12",
     "Tyvärr kan jag inte på onsdag, kan vi flytta intervjun till torsdag kl. 10?"),
]


@pytest.mark.parametrize(("new", "line", "old"), QUOTED)
def test_quoted_history_is_not_read_as_the_reply(new: str, line: str, old: str) -> None:
    result = classify(received(f"{new}\n\nPozdrawiam / Hälsningar\nAnna\n\n{line}\n{old}\n"))
    assert result.kind == "other", result.reasons


# ------------------------------------------------------------------ whole messages, legacy charsets


def _raw(subject: str, body: str, charset: str, sender: str) -> bytes:
    head = (
        f"From: {sender}\r\nTo: Alex Doe <{ME}>\r\nSubject: {Header(subject, charset).encode()}\r\n"
        "Date: Mon, 09 Nov 2026 10:00:00 +0100\r\nMessage-ID: <x1@firma.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("ascii") + body.replace("\n", "\r\n").encode(charset)


LEGACY = [
    ("Odp: Rozmowa rekrutacyjna", ("Dzień dobry,\n\nniestety zdecydowaliśmy się na innego kandydata. Dziękujemy za "
     "poświęcony czas i życzymy powodzenia.\n\nZ poważaniem\nŻaneta Wójcik\nKłosów Trans sp. z o.o."),
     "iso-8859-2", "rejection"),
    ("Zaproszenie na drugi etap", ("Dzień dobry,\n\nzapraszamy Pana na drugi etap rekrutacji w środę 18 listopada o "
     "godz. 12:00. Proszę o potwierdzenie udziału.\n\nPozdrawiam\nŁukasz Żebrowski"), "iso-8859-2", "next_step"),
    ("Automatyczna odpowiedź: Rozmowa", ("Jestem na urlopie do 14 grudnia. W pilnych sprawach proszę pisać na "
     "adres rekrutacja@firma.example."), "iso-8859-2", "auto_reply"),
    ("SV: Intervju", ("Hej!\n\nVi vill gärna erbjuda dig tjänsten. Anställningsavtalet kommer på mejl i "
     "morgon.\n\nVänliga hälsningar\nÅsa Öberg\nNorrfors Kraft AB"), "iso-8859-1", "offer"),
    ("SV: Intervju", ("Hej!\n\nTyvärr har vi valt att gå vidare med en annan kandidat. Tack för att du ville "
     "träffa oss.\n\nHälsningar\nMåns Ågren"), "iso-8859-1", "rejection"),
    ("Autosvar: Intervju", "Jag är på semester och tillbaka den 3 december.", "iso-8859-1", "auto_reply"),
]


@pytest.mark.parametrize(("subject", "body", "charset", "kind"), LEGACY)
def test_a_legacy_charset_message_is_read_whole(subject: str, body: str, charset: str, kind: str) -> None:
    mail = parse_message(_raw(subject, body, charset, "Anna Nowak <anna.nowak@firma.example>"), account="test",
                         folder="INBOX", uid=1, arrival=None, me=frozenset({ME}), sent_folder=False)
    assert body.split("\n")[0] in (mail.body or "")
    result = classify(mail)
    assert result.kind == kind, result.reasons


# ------------------------------------------------------------------ platforms' notices, names


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        ("powiadomienia@jobboard.example", "Zmiana statusu aplikacji", ("Cześć Jan, pracodawca wyświetlił Twoje CV. "
         "Zaloguj się na swoje konto, aby zobaczyć szczegóły.")),
        ("nie-odpowiadaj@ats.example", "Twoja aplikacja", ("Twoja aplikacja jest w trakcie rozpatrywania. Damy Ci znać "
         "o każdej zmianie.")),
        ("noreply@ats.example", "Din ansökan", ("Hej! Din ansökan har uppdaterats. Logga in på ditt kandidatkonto för "
         "att se statusen.")),
        ("notiser@jobbportal.example", "Status", ("Arbetsgivaren har tittat på din ansökan och går fortfarande igenom "
         "alla sökande.")),
    ],
)
def test_a_platforms_status_notice_without_news_is_an_acknowledgement(sender: str, subject: str, body: str) -> None:
    result = classify(received(body, subject=subject, sender=sender))
    assert result.kind == "acknowledgement", result.reasons


@pytest.mark.parametrize("subject", ["Odp: Zaproszenie na rozmowę", "PD: Oferta", "SV: Intervju", "VB: Intervju"])
def test_polish_and_swedish_reply_and_forward_prefixes_are_taken_off(subject: str) -> None:
    from watcher.match import subject_key

    assert subject_key(subject) in ("zaproszenie na rozmowe", "oferta", "intervju")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Kłosów Trans sp. z o.o.", ("klosow", "trans")),
        ("Grupa Pracuj S.A.", ("grupa", "pracuj")),
        ("Norrfors Kraft AB", ("norrfors", "kraft")),
        ("Lindqvist & Berg HB", ("lindqvist", "berg")),
        ("Vindel Energi AB (publ)", ("vindel", "energi")),
    ],
)
def test_polish_and_swedish_legal_forms_leave_the_company_name(name: str, words: tuple[str, ...]) -> None:
    from watcher.match import company_words, default_lists

    assert company_words(name, default_lists().legal_suffixes) == words
