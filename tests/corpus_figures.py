"""Print a labelled corpus's figures as JSON: `python -m tests.corpus_figures DIR [--maildir]`.

DIR holds ``*.eml`` messages, ``interviews.toml`` and ``labels.toml`` (as tests/corpus/).
Without options the messages are matched and classified in this process, as
tests/test_corpus.py does; ``--maildir`` also delivers them to a temporary Maildir (the
user's own mail to a sent Maildir) and reads them through ``watcher scan --json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.corpus_scan import (
    SCAN_NOW, build_maildir, config_text, maildir_account, message_ids, run_scan, scan_figures, sent_names,
)
from tests.test_corpus import SPLITS, figures, misses, read_labels, run_corpus
from watcher import log


def commit() -> str:
    result = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                            cwd=Path(__file__).parent)
    return result.stdout.strip() or "unknown"


def in_process(corpus: Path) -> dict[str, Any]:
    outcomes = run_corpus(corpus)
    by_split = {split: figures([o for o in outcomes if split in ("all", o.split)]) for split in SPLITS}
    return {"figures": {split: numbers for split, numbers in by_split.items() if numbers["messages"]},
            "misses": misses(outcomes)}


def through_maildir(corpus: Path, now: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        inbox, sent = build_maildir(corpus, root)
        config = root / "config.toml"
        config.write_text(config_text(corpus, maildir_account(inbox, sent)))
        report = run_scan(config, now=now)
    return scan_figures(report, message_ids(corpus), read_labels(corpus), sent_names(corpus))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus_figures", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with *.eml, interviews.toml and labels.toml")
    parser.add_argument("--maildir", action="store_true", help="also run it through `watcher scan --json`")
    parser.add_argument("--now", default=SCAN_NOW, help=f"the scan's --now (default {SCAN_NOW})")
    args = parser.parse_args(argv)
    log.setup(-1)  # standard output carries only the figures
    corpus = args.corpus.resolve()
    out: dict[str, Any] = {
        "commit": commit(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus": str(args.corpus),
        "in_process": in_process(corpus),
    }
    if args.maildir:
        out["scan_maildir"] = through_maildir(corpus, args.now)
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
