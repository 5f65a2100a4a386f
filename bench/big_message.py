"""Peak memory of reading one large reply whole: ``watcher scan --json`` over a Maildir
holding an interview's first message and a reply of ``--megabytes`` with attached files.

    .venv/bin/python -m bench.big_message --megabytes 25 60

prints, per size, the message's size, the scan's peak RSS (the scan process alone, read
with ``getrusage(RUSAGE_CHILDREN)`` in a fresh process that only runs it) and the kind
the reply got. ``tests/test_reading_whole.py`` runs the same with a bound.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ME = "alex@example.org"
NOW = "2026-11-20T10:30"
REPLY_ID = "<big-reply-1@lumenfreight.com>"
INTERVIEWS = """
[[interview]]
id = "lumen"
company = "Lumen Freight"
role = "QA Lead"
when = 2026-11-10T09:00:00+01:00
contacts = ["dorota@lumenfreight.com"]
domains = ["lumenfreight.com"]
"""
ROOT = (
    "From: Dorota Kowalski <dorota@lumenfreight.com>\r\n"
    f"To: Alex <{ME}>\r\n"
    "Subject: QA Lead - update\r\n"
    "Date: Thu, 12 Nov 2026 17:00:00 +0100\r\n"
    "Message-ID: <root-1@lumenfreight.com>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hi Alex, thanks for your patience - the panel meets on Monday.\r\nDorota\r\n"
).encode()
OFFER_TEXT = ("Hi Alex,\r\n\r\nI am delighted to offer you the position of QA Lead. Please find the\r\n"
              "written offer and the contract attached; let us know by 27 November.\r\n\r\nDorota\r\n")

# (content type, how many) of the attached files, as a signed offer comes: scans and photos.
ATTACHED = (("application/pdf", 2), ("image/jpeg", 2))


def big_reply(megabytes: float, *, attached_text: bool = False, seed: int = 1) -> bytes:
    """A reply to ``ROOT`` (an offer, text and HTML) of about ``megabytes`` MB, most of it
    base64 attachments of random bytes. ``attached_text``: the files are one text/plain
    attachment instead (quoted-printable), which is not dropped before parsing."""
    rnd = random.Random(seed)
    boundary, inner = "=_outer_7f3a", "=_alt_91c2"
    html = "<html><body><p>" + OFFER_TEXT.replace("\r\n\r\n", "</p><p>") + "</p></body></html>\r\n"
    parts = [
        (
            f"From: Dorota Kowalski <dorota@lumenfreight.com>\r\nTo: Alex <{ME}>\r\nSubject: Re: QA Lead - update\r\n"
            f"Date: Wed, 18 Nov 2026 09:00:00 +0100\r\nMessage-ID: {REPLY_ID}\r\n"
            "In-Reply-To: <root-1@lumenfreight.com>\r\nReferences: <root-1@lumenfreight.com>\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            f'--{boundary}\r\nContent-Type: multipart/alternative; boundary="{inner}"\r\n\r\n'
            f"--{inner}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{OFFER_TEXT}"
            f"--{inner}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}--{inner}--\r\n"
        ).encode()
    ]
    size = int(megabytes * 1024 * 1024)
    if attached_text:
        line = "=3D" * 20 + " log line of the signed offer's audit trail=\r\n"
        text = (line * (size // len(line))).encode()
        parts.append(f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
                     'quoted-printable\r\nContent-Disposition: attachment; filename="audit.txt"\r\n\r\n'.encode() + text)
    else:
        count = sum(n for _, n in ATTACHED)
        each = size * 3 // 4 // count
        number = 0
        for media, n in ATTACHED:
            for _ in range(n):
                number += 1
                name = f"offer-{number}.{media.split('/')[1]}"
                data = base64.encodebytes(rnd.randbytes(each)).replace(b"\n", b"\r\n")
                parts.append(f'--{boundary}\r\nContent-Type: {media}; name="{name}"\r\nContent-Transfer-Encoding: base64'
                             f'\r\nContent-Disposition: attachment; filename="{name}"\r\n\r\n'.encode() + data)
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts)


def maildir_setup(folder: Path, reply: bytes) -> Path:
    """A Maildir with ``ROOT`` and ``reply``, an interviews file and a config; returns the config."""
    for sub in ("cur", "new", "tmp"):
        (folder / "mail" / sub).mkdir(parents=True, exist_ok=True)
    for number, (raw, arrived) in enumerate(((ROOT, "2026-11-12T17:00:00+01:00"),
                                             (reply, "2026-11-18T09:00:00+01:00")), start=1):
        path = folder / "mail" / "cur" / f"{1790000000 + number}.M{number}P1.bench:2,S"
        path.write_bytes(raw)
        stamp = datetime.fromisoformat(arrived).timestamp()
        os.utime(path, (stamp, stamp))
    (folder / "interviews.toml").write_text(INTERVIEWS)
    config = folder / "config.toml"
    config.write_text(
        f'interviews_file = "interviews.toml"\n[me]\naddresses = ["{ME}"]\n[database]\npath = "w.db"\n'
        '[policy]\ntimezone = "Europe/Berlin"\n[notify.desktop]\nenabled = false\n'
        '[[account]]\nname = "local"\ntype = "maildir"\npath = "mail"\nlookback_days = 60\n'
    )
    return config


# Runs argv[1:] and prints the largest peak RSS (KiB on Linux) of its children: only that one.
_MEASURE = ("import resource, subprocess, sys\n"
            "code = subprocess.run(sys.argv[1:]).returncode\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code, file=sys.stderr)\n")


@dataclass(frozen=True)
class ScanMemory:
    peak_rss_mb: float
    code: int
    report: dict
    stderr: str


def scan_peak_rss(config: Path, env: dict[str, str] | None = None, *, now: str = NOW) -> ScanMemory:
    """``watcher scan --json`` with ``config`` run alone in a fresh process, with its peak RSS in MB."""
    cmd = [sys.executable, "-c", _MEASURE, sys.executable, "-m", "watcher", "--config", str(config), "scan",
           "--no-notify", "--json", "--now", now]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, cwd=config.parent)
    *log, last = done.stderr.rstrip("\n").split("\n")
    kib, code = (int(x) for x in last.split())
    report = json.loads(done.stdout) if done.stdout.strip() else {}
    return ScanMemory(kib / 1024, code, report, "\n".join(log))


def reply_kind(report: dict) -> str | None:
    return next((m["kind"] for m in report.get("messages", []) if m["message_id"] == REPLY_ID), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, nargs="+", default=[25, 60])
    parser.add_argument("--attached-text", action="store_true", help="one text attachment instead of files")
    args = parser.parse_args()
    print("| message | peak RSS of the scan | kind of the reply |\n| ---: | ---: | --- |")
    for megabytes in args.megabytes:
        with tempfile.TemporaryDirectory(prefix="watcher-big-") as work:
            reply = big_reply(megabytes, attached_text=args.attached_text)
            config = maildir_setup(Path(work), reply)
            del reply
            measured = scan_peak_rss(config)
            print(f"| {megabytes:g} MB | {measured.peak_rss_mb:.1f} MB | {reply_kind(measured.report)} |", flush=True)


if __name__ == "__main__":
    main()
