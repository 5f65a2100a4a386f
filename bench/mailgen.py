"""A deterministic, realistic mailbox for the benchmark, written straight into a Maildir.

Most of it is mail that concerns no interview (newsletters, notifications, personal
mail, work threads of varied sizes, some with attachments, job-board alerts); a few
hundred messages come from the interviewed companies, their applicant-tracking
platforms and recruiters (copies of tests/corpus with fresh Message-IDs); a few percent
sit in Sent. The same N and GENERATOR_VERSION always give the same bytes, so a
generated Maildir is cached under bench/.cache/ and reused.

Files are owned by the mail uid and named so that Dovecot, which indexes a Maildir on
its first SELECT, gives them UIDs in date order.
"""

from __future__ import annotations

import base64
import email.utils
import json
import os
import random
import re
import shutil
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

# Bump when the generated mail changes: it keys the cache.
GENERATOR_VERSION = 1
SEED = 20250715
ME = "user@example.org"
ME_NAME = "Robin Quinn"
# The moment the benchmark's scans pretend to run at: after the newest corpus message.
NOW = datetime(2025, 7, 15, 12, 0, tzinfo=UTC)
SPAN_DAYS = 365
LOOKBACK_DAYS = 400
MAX_RELATED = 400
SENT_SHARE = 0.04

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
CORPUS = REPO / "tests" / "corpus"
DATA = BENCH_DIR / "data"

# (category, weight) for mail that concerns no interview.
UNRELATED_MIX = (
    ("newsletter", 24),
    ("notification", 26),
    ("personal", 14),
    ("work", 30),
    ("job_alert", 5),
    ("corpus_unrelated", 1),
)


@dataclass(frozen=True)
class GeneratedMailbox:
    """A cached, complete Maildir and what is in it."""

    root: Path
    maildir: Path  # INBOX; Sent is maildir/.Sent
    interviews_file: Path
    counts: dict[str, int]


@dataclass
class _Counts:
    inbox: int = 0
    sent: int = 0
    related: int = 0
    attachments: int = 0
    bytes: int = 0
    by_category: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        return {
            "inbox": self.inbox,
            "sent": self.sent,
            "related": self.related,
            "attachments": self.attachments,
            "bytes": self.bytes,
            **{f"category_{k}": v for k, v in sorted(self.by_category.items())},
        }


# -- the cache --------------------------------------------------------------------------


def cache_key(n: int) -> str:
    return f"v{GENERATOR_VERSION}-n{n}"


def ensure_mailbox(n: int, cache_dir: Path, mail_uid: int, mail_gid: int) -> GeneratedMailbox:
    """The generated mailbox for N messages, generating it first when it is not cached."""
    root = cache_dir / cache_key(n)
    manifest = root / "manifest.json"
    if not manifest.exists():
        _generate_into(root, n, mail_uid, mail_gid)
    counts = json.loads(manifest.read_text())["counts"]
    return GeneratedMailbox(root, root / "Maildir", root / "interviews.toml", counts)


def _generate_into(root: Path, n: int, uid: int, gid: int) -> None:
    # Built beside the final folder and renamed at the end: a half-written Maildir is never reused.
    partial = root.with_name(root.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    partial.chmod(0o755)
    shutil.copyfile(CORPUS / "interviews.toml", partial / "interviews.toml")
    writer = MaildirWriter(partial / "Maildir", uid, gid)
    counts = Generator(n).write(writer)
    (partial / "manifest.json").write_text(
        json.dumps(
            {"messages": n, "generator_version": GENERATOR_VERSION, "seed": SEED, "counts": counts.as_dict()},
            indent=2,
        )
    )
    shutil.rmtree(root, ignore_errors=True)
    partial.rename(root)


class MaildirWriter:
    """Writes message files into a Maildir++ tree (INBOX, .Sent, .Drafts) for Dovecot."""

    FOLDERS: ClassVar[dict[str, str]] = {"INBOX": "", "Sent": ".Sent", "Drafts": ".Drafts"}

    def __init__(self, maildir: Path, uid: int, gid: int) -> None:
        self.maildir = maildir
        self.uid, self.gid = uid, gid
        self._sequence = 0
        for folder in self.FOLDERS:
            for sub in ("cur", "new", "tmp"):
                self._mkdir(self.folder_path(folder) / sub)
        (maildir / "subscriptions").write_text("Sent\nDrafts\n")
        os.chown(maildir / "subscriptions", uid, gid)
        os.chown(maildir, uid, gid)

    def folder_path(self, folder: str) -> Path:
        return self.maildir / self.FOLDERS[folder]

    def write(self, folder: str, raw: bytes, arrival: datetime) -> None:
        self._sequence += 1
        stamp = int(arrival.timestamp())
        # "<time>.M<seq>..." sorts by arrival; ":2,S" marks it read, as most old mail is.
        name = f"{stamp}.M{self._sequence:07d}P1.bench,S={len(raw)}:2,S"
        path = self.folder_path(folder) / "cur" / name
        path.write_bytes(raw)
        os.chown(path, self.uid, self.gid)
        os.utime(path, (stamp, stamp))

    def _mkdir(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        for part in (path, *path.parents):
            if part == self.maildir.parent:
                break
            os.chown(part, self.uid, self.gid)


# -- the mail ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusMessage:
    name: str
    raw: bytes
    date: datetime
    sent: bool
    related: bool


def load_corpus() -> list[CorpusMessage]:
    labels = tomllib.loads((CORPUS / "labels.toml").read_text())
    messages = []
    for path in sorted(CORPUS.glob("*.eml")):
        raw = path.read_bytes()
        header = raw.split(b"\n\n", 1)[0].decode("utf-8", "replace")
        date = email.utils.parsedate_to_datetime(_header_value(header, "Date")).astimezone(UTC)
        sent = ME in _header_value(header, "From").lower()
        related = labels.get(path.name, {}).get("interview", "none") != "none"
        messages.append(CorpusMessage(path.name, raw, date, sent, related))
    return messages


def _header_value(header: str, name: str) -> str:
    found = re.search(rf"^{name}:[ \t]*(.*(?:\n[ \t].*)*)", header, re.IGNORECASE | re.MULTILINE)
    return found.group(1).strip() if found else ""


def with_fresh_identity(raw: bytes, message_id: str, date: datetime) -> bytes:
    """A corpus message as a new message: its own Message-ID and Date, the rest untouched."""
    header, _, body = raw.partition(b"\n\n")
    lines = [line for line in header.split(b"\n") if not line.lower().startswith((b"message-id:", b"date:"))]
    lines[:0] = [f"Message-ID: {message_id}".encode(), f"Date: {email.utils.format_datetime(date)}".encode()]
    return b"\n".join(lines) + b"\n\n" + body


class Generator:
    """Builds every message of an N-message mailbox from one seeded random source."""

    def __init__(self, n: int, seed: int = SEED) -> None:
        self.n = n
        self.rng = random.Random(seed * 1_000_003 + n)
        self.words = [
            w
            for line in (DATA / "words.txt").read_text().splitlines()
            if not line.startswith("#")
            for w in line.split()
        ]
        self.senders = tomllib.loads((DATA / "senders.toml").read_text())
        corpus = load_corpus()
        self.related_received = [c for c in corpus if c.related and not c.sent]
        self.related_sent = [c for c in corpus if c.related and c.sent]
        self.corpus_unrelated = [c for c in corpus if not c.related and not c.sent]
        self.threads: list[dict] = []
        self._ids = 0
        self.counts = _Counts()

    # -- the whole mailbox

    def write(self, writer: MaildirWriter) -> _Counts:
        related = min(MAX_RELATED, max(4, self.n // 40))
        sent = max(2, int(self.n * SENT_SHARE))
        related_sent = min(len(self.related_sent) * 8, max(1, related // 5))
        related_received = related - related_sent
        unrelated_sent = sent - related_sent
        unrelated_received = self.n - related - unrelated_sent
        for folder, raw, arrival in self._messages(
            unrelated_received, unrelated_sent, related_received, related_sent
        ):
            writer.write(folder, raw, arrival)
            self.counts.bytes += len(raw)
            if folder == "Sent":
                self.counts.sent += 1
            else:
                self.counts.inbox += 1
        self.counts.related = related
        return self.counts

    def _messages(
        self, received: int, sent: int, related_received: int, related_sent: int
    ) -> Iterator[tuple[str, bytes, datetime]]:
        # Unrelated mail in date order (threads grow forwards), related mail merged in by date.
        related = sorted(self._related(related_received, related_sent), key=lambda item: item[2])
        slots = ["received"] * received + ["sent"] * sent
        self.rng.shuffle(slots)
        dates = sorted(NOW - timedelta(seconds=self.rng.uniform(3600, SPAN_DAYS * 86400)) for _ in slots)
        pending = iter(related)
        upcoming = next(pending, None)
        for slot, date in zip(slots, dates):
            while upcoming is not None and upcoming[2] <= date:
                yield upcoming
                upcoming = next(pending, None)
            if slot == "sent":
                yield "Sent", self.sent_message(date), date
            else:
                yield "INBOX", self.received_message(date), date
        while upcoming is not None:
            yield upcoming
            upcoming = next(pending, None)

    def _related(self, received: int, sent: int) -> Iterator[tuple[str, bytes, datetime]]:
        for count, pool, folder in (
            (received, self.related_received, "INBOX"),
            (sent, self.related_sent, "Sent"),
        ):
            for i in range(count):
                template = pool[i % len(pool)]
                # Copies keep the original's moment give or take a day, so they still follow the interview.
                date = min(
                    NOW - timedelta(minutes=5), template.date + timedelta(hours=self.rng.uniform(0, 24))
                )
                self._count("related_" + folder.lower())
                yield folder, with_fresh_identity(template.raw, self.message_id("rel"), date), date

    # -- one message

    def received_message(self, date: datetime) -> bytes:
        category = self.rng.choices([c for c, _ in UNRELATED_MIX], [w for _, w in UNRELATED_MIX])[0]
        self._count(category)
        if category == "corpus_unrelated":
            template = self.rng.choice(self.corpus_unrelated)
            return with_fresh_identity(template.raw, self.message_id("cu"), date)
        return getattr(self, f"_{category}")(date)

    def sent_message(self, date: datetime) -> bytes:
        self._count("sent")
        if self.threads and self.rng.random() < 0.7:
            return self._reply_in_thread(date, from_me=True)
        name, address = self.rng.choice(self.senders["friends"])
        return self._plain_message(
            date,
            (ME_NAME, ME),
            [(name, address)],
            self.sentence(3, 9).rstrip("."),
            self.paragraphs(1, 3),
            extra=self._received_headers(date, outgoing=True),
        )

    def _newsletter(self, date: datetime) -> bytes:
        name, address, list_id = self.rng.choice(self.senders["senders"])
        subject = f"{name}: {self.sentence(4, 9).rstrip('.')}"
        text = self.paragraphs(3, 10)
        html = self.html_page(self.rng.randint(8_000, 40_000))
        extra = self._received_headers(date) + [
            f"List-Id: {name} <{list_id}>",
            (
                f"List-Unsubscribe: <https://{list_id}/unsubscribe?u={self.rng.getrandbits(48):x}>, "
                f"<mailto:unsubscribe@{list_id}>"
            ),
            "Precedence: bulk",
            self._dkim(address),
        ]
        return self._alternative(date, (name, address), [("", ME)], subject, text, html, extra)

    def _notification(self, date: datetime) -> bytes:
        name, address = self.rng.choice(self.senders["notifiers"])
        subject = f"[{name}] {self.sentence(3, 8).rstrip('.')}"
        extra = self._received_headers(date) + ["Auto-Submitted: auto-generated", self._dkim(address)]
        body = self.paragraphs(1, 3)
        if self.rng.random() < 0.3:
            return self._alternative(
                date,
                (name, address),
                [("", ME)],
                subject,
                body,
                self.html_page(self.rng.randint(2_000, 9_000)),
                extra,
            )
        return self._plain_message(date, (name, address), [("", ME)], subject, body, extra=extra)

    def _personal(self, date: datetime) -> bytes:
        sender = tuple(self.rng.choice(self.senders["friends"]))
        subject = self.sentence(2, 7).rstrip(".")
        body = self.paragraphs(1, 4)
        extra = self._received_headers(date)
        if self.rng.random() < 0.15:
            size = int(min(1_500_000, self.rng.lognormvariate(11.8, 0.7)))
            return self._with_attachment(
                date,
                sender,
                [("", ME)],
                subject,
                body,
                f"IMG_{self.rng.randint(1000, 9999)}.jpg",
                "image/jpeg",
                size,
                extra,
            )
        return self._plain_message(date, sender, [(ME_NAME, ME)], subject, body, extra=extra)

    def _work(self, date: datetime) -> bytes:
        if self.threads and self.rng.random() < 0.6:
            return self._reply_in_thread(date, from_me=False)
        sender = tuple(self.rng.choice(self.senders["colleagues"]))
        subject = self.sentence(3, 8).rstrip(".").capitalize()
        message_id = self.message_id("work")
        thread = {"subject": subject, "ids": [message_id], "people": [sender], "last_body": ""}
        self._remember(thread)
        return self._thread_message(date, sender, thread, message_id, reply=False)

    def _reply_in_thread(self, date: datetime, *, from_me: bool) -> bytes:
        thread = self.rng.choice(self.threads[-40:])
        sender = (ME_NAME, ME) if from_me else tuple(self.rng.choice(self.senders["colleagues"]))
        message_id = self.message_id("work")
        raw = self._thread_message(date, sender, thread, message_id, reply=True)
        thread["ids"].append(message_id)
        thread["people"].append(sender)
        return raw

    def _thread_message(
        self, date: datetime, sender: tuple[str, str], thread: dict, message_id: str, *, reply: bool
    ) -> bytes:
        own = self.paragraphs(1, 6)
        body = own
        if reply and thread["last_body"]:
            quoted = "\n".join("> " + line for line in thread["last_body"].splitlines()[:80])
            body = f"{own}\n\nOn {email.utils.format_datetime(date - timedelta(hours=3))}, wrote:\n{quoted}"
        thread["last_body"] = own
        recipients = [p for p in dict.fromkeys(thread["people"]) if p[1] != sender[1]] or [(ME_NAME, ME)]
        if sender[1] != ME and (ME_NAME, ME) not in recipients:
            recipients.append((ME_NAME, ME))
        extra = self._received_headers(date, outgoing=sender[1] == ME)
        if reply:
            extra += [f"In-Reply-To: {thread['ids'][-1]}", "References: " + " ".join(thread["ids"][-10:])]
        subject = ("Re: " if reply else "") + thread["subject"]
        if self.rng.random() < 0.12:
            size = int(min(2_000_000, self.rng.lognormvariate(11.0, 1.0)))
            name, kind = self.rng.choice(
                [
                    ("report.pdf", "application/pdf"),
                    ("figures.xlsx", "application/vnd.ms-excel"),
                    ("slides.pptx", "application/vnd.ms-powerpoint"),
                ]
            )
            return self._with_attachment(
                date, sender, recipients, subject, body, name, kind, size, extra, message_id=message_id
            )
        return self._plain_message(
            date, sender, recipients, subject, body, extra=extra, message_id=message_id
        )

    def _job_alert(self, date: datetime) -> bytes:
        name, address = self.rng.choice(self.senders["job_boards"])
        companies = self.rng.sample(self.senders["alert_companies"], 3)
        subject = f"New jobs for you: {companies[0]} and {len(companies) - 1} more"
        text = "\n".join(f"{c} is hiring: {self.sentence(3, 6)}" for c in companies)
        extra = self._received_headers(date) + [
            "Precedence: bulk",
            self._dkim(address),
            f"List-Unsubscribe: <https://{address.split('@')[1]}/u>",
        ]
        return self._alternative(
            date,
            (name, address),
            [("", ME)],
            subject,
            text,
            self.html_page(self.rng.randint(5_000, 15_000)),
            extra,
        )

    # -- shapes

    def _plain_message(self, date, sender, recipients, subject, body, *, extra=(), message_id=None) -> bytes:
        head = self._head(date, sender, recipients, subject, extra, message_id)
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        return ("\n".join(head) + "\n\n" + body + "\n").encode("utf-8")

    def _alternative(self, date, sender, recipients, subject, text, html, extra) -> bytes:
        boundary = f"=_alt_{self.rng.getrandbits(64):016x}"
        head = self._head(date, sender, recipients, subject, extra, None)
        head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        parts = [
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n",
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{html}\n",
            f"--{boundary}--\n",
        ]
        return ("\n".join(head) + "\n\n" + "".join(parts)).encode("utf-8")

    def _with_attachment(
        self, date, sender, recipients, subject, body, filename, kind, size, extra, message_id=None
    ) -> bytes:
        self.counts.attachments += 1
        boundary = f"=_mix_{self.rng.getrandbits(64):016x}"
        head = self._head(date, sender, recipients, subject, extra, message_id)
        head.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        encoded = base64.encodebytes(self.rng.randbytes(size)).decode("ascii")
        parts = [
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n",
            (
                f'--{boundary}\nContent-Type: {kind}; name="{filename}"\n'
                f'Content-Disposition: attachment; filename="{filename}"\n'
                f"Content-Transfer-Encoding: base64\n\n{encoded}"
            ),
            f"--{boundary}--\n",
        ]
        return ("\n".join(head) + "\n\n" + "".join(parts)).encode("utf-8")

    def _head(self, date, sender, recipients, subject, extra, message_id) -> list[str]:
        extra = list(extra)
        received = [h for h in extra if h.startswith(("Received:", "Return-Path:"))]
        rest = [h for h in extra if not h.startswith(("Received:", "Return-Path:"))]
        return (
            received
            + [
                f"Message-ID: {message_id or self.message_id('m')}",
                f"Date: {email.utils.format_datetime(date)}",
                f"From: {email.utils.formataddr(sender)}",
                "To: " + ", ".join(email.utils.formataddr(r) for r in recipients),
                f"Subject: {subject}",
                "MIME-Version: 1.0",
            ]
            + rest
        )

    def _received_headers(self, date: datetime, *, outgoing: bool = False) -> list[str]:
        hops = self.rng.randint(2, 4)
        stamp = email.utils.format_datetime(date)
        lines = [f"Return-Path: <{'bounce' if not outgoing else 'user'}@example.org>"]
        for hop in range(hops):
            lines.append(
                f"Received: from mx{hop}.relay.example.net (mx{hop}.relay.example.net [192.0.2.{hop + 10}])\n"
                f"\tby mail.example.org with ESMTPS id {self.rng.getrandbits(60):x}\n"
                f"\tfor <{ME}>; {stamp}"
            )
        return lines

    def _dkim(self, address: str) -> str:
        domain = address.split("@")[1]
        signature = base64.b64encode(self.rng.randbytes(180)).decode()
        folded = "\n\t".join(signature[i : i + 70] for i in range(0, len(signature), 70))
        return (
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=s1;\n"
            f"\th=from:to:subject:date:message-id; bh={base64.b64encode(self.rng.randbytes(32)).decode()};\n"
            f"\tb={folded}"
        )

    # -- text

    def message_id(self, kind: str) -> str:
        self._ids += 1
        return f"<{kind}.{self._ids}.{self.rng.getrandbits(40):x}@bench.example>"

    def sentence(self, low: int, high: int) -> str:
        words = self.rng.choices(self.words, k=self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def paragraphs(self, low: int, high: int) -> str:
        return "\n\n".join(
            _wrap(" ".join(self.sentence(5, 16) for _ in range(self.rng.randint(2, 6))))
            for _ in range(self.rng.randint(low, high))
        )

    def html_page(self, size: int) -> str:
        rows = []
        total = 0
        while total < size:
            row = (
                f'<tr><td style="padding:12px;font-family:Arial,sans-serif;color:#333333">'
                f"<h2>{self.sentence(3, 6)}</h2><p>{self.sentence(10, 30)}</p>"
                f'<a href="https://click.example.com/{self.rng.getrandbits(64):x}">Read more</a></td></tr>'
            )
            rows.append(row)
            total += len(row)
        return '<html><body><table width="600">' + "\n".join(rows) + "</table></body></html>"

    def _remember(self, thread: dict) -> None:
        self.threads.append(thread)
        if len(self.threads) > 400:
            del self.threads[:200]

    def _count(self, category: str) -> None:
        self.counts.by_category[category] = self.counts.by_category.get(category, 0) + 1


def _wrap(text: str, width: int = 76) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


# -- mail delivered while the benchmark runs ---------------------------------------------


def fresh_messages(count: int, seed: int, *, related_every: int = 3) -> list[bytes]:
    """New mail for the incremental scan: mostly unrelated, every third one an interview reply."""
    generator = Generator(count, seed=seed)
    moment = NOW - timedelta(minutes=30)
    messages = []
    for i in range(count):
        date = moment + timedelta(seconds=i)
        if i % related_every == 0:
            template = generator.related_received[i % len(generator.related_received)]
            messages.append(with_fresh_identity(template.raw, generator.message_id(f"new{seed}"), date))
        else:
            messages.append(generator.received_message(date))
    return messages


def interview_reply(number: int, date: datetime, seed: int = SEED) -> tuple[str, bytes]:
    """A real reply from an interviewer (news to announce at once); returns (Message-ID, raw)."""
    message_id = f"<push.{seed}.{number}@acme.com>"
    raw = (
        f"From: Jane Doe <jane.doe@acme.com>\nTo: {ME_NAME} <{ME}>\n"
        f"Subject: Next steps for the Senior Backend Engineer role ({number})\n"
        f"Date: {email.utils.format_datetime(date)}\nMessage-ID: {message_id}\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hi Robin,\n\nThank you for your patience. We would like to invite you to a final round\n"
        "with our VP of Engineering next week. Could you send me two or three times that suit you?\n\n"
        "Best regards,\nJane\n"
    ).encode()
    return message_id, raw
