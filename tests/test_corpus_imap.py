"""The labelled corpus end to end: delivered to a real Dovecot by APPEND, read by `watcher scan --json`.

The same figures as tests/test_corpus.py, but through everything a user runs: IMAP
sync (sent folder and inbox), header test, whole-message fetch, match, classify, store
and report. A message the report does not list was not tied to any interview.
"""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_corpus import CORPUS, read_labels
from watcher.model import HEARD_BACK_KINDS

REPO = Path(__file__).resolve().parent.parent
USER = "user@example.org"


def deliver(mailbox) -> dict[str, str]:
    """Append every corpus message in file-name order; return Message-ID -> file name."""
    ids = {}
    for name in sorted(read_labels()):
        raw = (CORPUS / name).read_bytes()
        parsed = email.message_from_bytes(raw)
        sender = email.utils.parseaddr(str(parsed.get("From", "")))[1].lower()
        mailbox.append("Sent" if sender == USER else "INBOX", raw)
        if parsed.get("Message-ID"):
            ids[str(parsed["Message-ID"]).strip()] = name
    return ids


def test_corpus_through_dovecot_and_the_scan_command(tmp_path, dovecot):
    ids = deliver(dovecot)
    config = tmp_path / "config.toml"
    config.write_text(
        f'interviews_file = "{CORPUS / "interviews.toml"}"\n[me]\naddresses = ["{USER}"]\n'
        f'[database]\npath = "w.db"\n[policy]\ntimezone = "Europe/Berlin"\n'
        f'[[account]]\nname = "corpus"\ntype = "imap"\nhost = "{dovecot.host}"\nport = {dovecot.port}\n'
        f'tls = "none"\nusername = "{dovecot.user}"\npassword_env = "CORPUS_PW"\nlookback_days = 3650\n'
    )
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json", "--no-notify",
         "--now", "2025-12-31T12:00"],
        capture_output=True, text=True, timeout=300, cwd=REPO, env={**os.environ, "CORPUS_PW": dovecot.password},
    )
    assert result.returncode == 0, result.stderr
    listed = {ids[m["message_id"]]: m for m in json.loads(result.stdout)["messages"] if m["message_id"] in ids}
    labels = read_labels()
    assert len(listed) >= 60, "most of the corpus concerns an interview"

    wrong = [n for n, m in listed.items() if m["interview"] and m["interview"] != labels[n]["interview"]]
    assert wrong == []

    def heard(label: dict) -> bool:
        return label["kind"] in HEARD_BACK_KINDS and label["interview"] not in ("none", "review")

    predicted = {n for n, m in listed.items() if m["interview"] and m["kind"] in HEARD_BACK_KINDS}
    expected = {n for n, label in labels.items() if heard(label)}
    right = {n for n in predicted & expected if listed[n]["interview"] == labels[n]["interview"]}
    precision = len(right) / len(predicted)
    recall = len(right) / len(expected)
    tied = [n for n, m in listed.items() if m["interview"]]
    kind_accuracy = sum(listed[n]["kind"] == labels[n]["kind"] for n in tied) / len(tied)
    print(f"\ncorpus via IMAP: precision={precision:.3f} recall={recall:.3f} "
          f"kind_accuracy(tied)={kind_accuracy:.3f} tied={len(tied)} wrong=0")
    assert precision == 1.0
    assert recall >= 0.95
    assert kind_accuracy >= 0.90
