"""A labelled corpus through `watcher scan --json`: delivered to a Maildir or an IMAP server, then scored.

The figures are those of tests/test_corpus.py, read from the scan's report instead of
from the functions: a message the report does not list was tied to no interview (and
so is not heard back). Kind accuracy is counted over the messages the report ties to an
interview, since the report says nothing of the others.
"""

from __future__ import annotations

import email
import email.utils
import json
import mailbox
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tests.test_corpus import CORPUS, read_labels
from watcher.model import HEARD_BACK_KINDS

REPO = Path(__file__).resolve().parent.parent
USER = "user@example.org"
SCAN_NOW = "2026-12-31T12:00"


def messages(corpus: Path = CORPUS) -> list[tuple[str, bytes, bool]]:
    """(file name, raw bytes, sent by the user) for every labelled message, in file-name order."""
    out = []
    for name in sorted(read_labels(corpus)):
        raw = (corpus / name).read_bytes()
        sender = email.utils.parseaddr(str(email.message_from_bytes(raw).get("From", "")))[1].lower()
        out.append((name, raw, sender == USER))
    return out


def message_ids(corpus: Path = CORPUS) -> dict[str, str]:
    """Message-ID header (as written) -> file name."""
    ids = {}
    for name, raw, _sent in messages(corpus):
        parsed = email.message_from_bytes(raw)
        if parsed.get("Message-ID"):
            ids[str(parsed["Message-ID"]).strip()] = name
    return ids


def deliver(append: Callable[[str, bytes], Any], corpus: Path = CORPUS) -> dict[str, str]:
    """Append every message in file-name order (the user's to "Sent", the rest to "INBOX")."""
    for _name, raw, sent in messages(corpus):
        append("Sent" if sent else "INBOX", raw)
    return message_ids(corpus)


def build_maildir(corpus: Path, root: Path) -> tuple[Path, Path]:
    """Write the corpus as two Maildirs under ``root``: (inbox, sent)."""
    root.mkdir(parents=True, exist_ok=True)
    inbox, sent = root / "inbox", root / "sent"
    boxes = {False: mailbox.Maildir(inbox, create=True), True: mailbox.Maildir(sent, create=True)}
    for _name, raw, is_sent in messages(corpus):
        boxes[is_sent].add(raw)
    return inbox, sent


def config_text(corpus: Path, account: str) -> str:
    """A config reading ``corpus/interviews.toml``, with one ``[[account]]`` table given as TOML."""
    return (
        f'interviews_file = "{corpus / "interviews.toml"}"\n[me]\naddresses = ["{USER}"]\n'
        f'[database]\npath = "w.db"\n[policy]\ntimezone = "Europe/Berlin"\n{account}'
    )


def maildir_account(inbox: Path, sent: Path) -> str:
    return (
        f'[[account]]\nname = "corpus"\ntype = "maildir"\npath = "{inbox}"\nsent_path = "{sent}"\n'
        "lookback_days = 3650\n"
    )


def entries_by_message_id(mode: str, request: Any, root: Path, interviews: str,
                          mail: list[tuple[bytes, bool]]) -> dict[str, dict[str, Any]]:
    """`scan_small_mailbox` through the Maildir ("maildir") or the session's Dovecot ("imap",
    from ``request``, a pytest FixtureRequest): Message-ID -> its report entry; the scan must
    report no import error."""
    dovecot = request.getfixturevalue("dovecot_server") if mode == "imap" else None
    report = scan_small_mailbox(mode, root, interviews, mail, dovecot)
    assert not report["import_errors"], report["import_errors"]
    return {entry["message_id"]: entry for entry in report["messages"]}


def run_scan(config: Path, env: dict[str, str] | None = None, now: str = SCAN_NOW) -> dict[str, Any]:
    """`python -m watcher --config CONFIG scan --json --no-notify --now NOW`; its JSON report."""
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "scan", "--json", "--no-notify", "--now", now],
        capture_output=True, text=True, timeout=600, cwd=REPO, env={**os.environ, **(env or {})},
    )
    if result.returncode != 0:
        raise AssertionError(f"watcher scan exited {result.returncode}: {result.stderr[-2000:]}")
    return json.loads(result.stdout)


def sent_names(corpus: Path = CORPUS) -> frozenset[str]:
    """The file names of the messages the user sent (From is USER)."""
    return frozenset(name for name, _raw, sent in messages(corpus) if sent)


def scan_figures(
    report: dict[str, Any], ids: dict[str, str], labels: dict[str, dict[str, str]], sent: frozenset[str]
) -> dict[str, Any]:
    """Heard-back precision and recall, kind accuracy over tied messages, wrong ties and misses.

    ``sent`` names the user's own messages: hearing back is something received, so a sent
    message never counts as heard back, whatever its kind."""
    listed = {ids[m["message_id"]]: m for m in report["messages"] if m["message_id"] in ids}

    def heard(name: str, label: dict[str, str]) -> bool:
        return name not in sent and label["kind"] in HEARD_BACK_KINDS and label["interview"] not in ("none", "review")

    wrong = sorted(n for n, m in listed.items() if m["interview"] and m["interview"] != labels[n]["interview"])
    predicted = {
        n for n, m in listed.items()
        if m["interview"] and m["kind"] in HEARD_BACK_KINDS and m["direction"] == "received"
    }
    expected = {n for n, label in labels.items() if heard(n, label)}
    right = {n for n in predicted & expected if listed[n]["interview"] == labels[n]["interview"]}
    tied = sorted(n for n, m in listed.items() if m["interview"])
    misses = []
    for name, label in sorted(labels.items()):
        got = listed.get(name, {})
        got_interview, got_kind = got.get("interview"), got.get("kind") if got.get("interview") else None
        tied_right = got_interview == label["interview"] or (got_interview is None and label["interview"] in ("none", "review"))
        if not tied_right or (got_interview and got_kind != label["kind"]):
            misses.append({
                "name": name, "kind": got_kind, "expected_kind": label["kind"],
                "interview": got_interview, "expected_interview": label["interview"],
                "review": bool(got.get("review")),
            })
    return {
        "messages": len(labels),
        "listed": len(listed),
        "tied": len(tied),
        "heard_back_expected": len(expected),
        "heard_back_predicted": len(predicted),
        "heard_back_precision": round(len(right) / len(predicted), 3) if predicted else 1.0,
        "heard_back_recall": round(len(right) / len(expected), 3) if expected else 1.0,
        "kind_accuracy_tied": round(sum(listed[n]["kind"] == labels[n]["kind"] for n in tied) / len(tied), 3)
        if tied else 1.0,
        "wrong_attributions": len(wrong),
        "wrong": wrong,
        "misses": misses,
    }


def tie_outcome(listed: dict[str, Any] | None) -> str:
    """What a scan's report made of a message (its entry in ``report["messages"]``, or None
    when it is not listed): the interview id it is tied to, "review" or "none"."""
    if not listed:
        return "none"
    if listed.get("interview"):
        return str(listed["interview"])
    return "review" if listed.get("review") else "none"


def accepted_outcomes(accept: Iterable[str]) -> set[str]:
    """The ``tie_outcome`` values a probe that accepts ``accept`` (interview ids, "review",
    "none") passes with: "review" too wherever "none" is, since a message held for review
    ties nothing either."""
    accepted = set(accept)
    if "none" in accepted:
        accepted.add("review")
    return accepted


def scan_small_mailbox(mode: str, root: Path, interviews: str, mail: list[tuple[bytes, bool]], dovecot=None) -> dict[str, Any]:
    """Deliver ``mail`` ((raw bytes, sent by the user) pairs) to a Maildir under ``root``
    (``mode`` "maildir") or to a new user of the running Dovecot ``dovecot`` ("imap"; the
    user's own mail to "Sent", the rest to "INBOX"), write ``interviews`` as its interviews
    file, and return `watcher scan --json`'s report."""
    (root / "interviews.toml").write_text(interviews, encoding="utf-8")
    config = root / "config.toml"
    if mode == "maildir":
        inbox, sent = root / "inbox", root / "sent"
        boxes = {False: mailbox.Maildir(inbox, create=True), True: mailbox.Maildir(sent, create=True)}
        for raw, is_sent in mail:
            boxes[is_sent].add(raw)
        config.write_text(config_text(root, maildir_account(inbox, sent)), encoding="utf-8")
        return run_scan(config)
    from tests.test_corpus_imap import imap_account

    dovecot.start()  # another test may have stopped the shared server
    box = dovecot.new_mailbox()
    for raw, is_sent in mail:
        box.append("Sent" if is_sent else "INBOX", raw)
    config.write_text(config_text(root, imap_account(box)), encoding="utf-8")
    return run_scan(config, {"CORPUS_PW": box.password})
