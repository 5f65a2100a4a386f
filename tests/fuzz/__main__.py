"""The full fuzz run: ``python -m tests.fuzz`` (from the repository, in its virtual env).

    python -m tests.fuzz --seed 1 --count 10000 --maildir 1000 --dovecot 1000

prints the figures (and writes them as JSON with ``--out FILE``); exits 1 when any
sample crashed a stage or a scan went wrong. ``--only N`` reruns sample N alone and
prints its mutations. The Dovecot part needs Debian's dovecot-imapd (and root, or a
user Dovecot can run as), as the test suite does.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from tests.fuzz.mutations import malformed, sample
from tests.fuzz.run import quiet_logs, through_dovecot_scan, through_maildir_scan, through_pipeline


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=10_000, help="samples parsed, matched and classified in process")
    parser.add_argument("--maildir", type=int, default=1_000, help="samples through a real `watcher scan` of a Maildir")
    parser.add_argument("--dovecot", type=int, default=1_000, help="samples through a real `watcher scan` of Dovecot")
    parser.add_argument("--only", type=int, help="run this one sample number and show it")
    parser.add_argument("--out", type=Path, help="write the figures here as JSON")
    args = parser.parse_args()
    quiet_logs()
    if args.only is not None:
        item = sample(args.seed, args.only)
        figures = through_pipeline([item])
        print(f"sample {item.number}: {', '.join(item.mutations)}; {len(item.raw)} bytes")
        print(json.dumps(asdict(figures), indent=1, default=str))
        return 1 if figures.crashes else 0

    results: dict[str, object] = {"seed": args.seed}
    began = time.monotonic()
    pipeline = through_pipeline(malformed(args.seed, args.count))
    results["pipeline"] = asdict(pipeline)
    print(f"in process: {pipeline.messages} messages in {pipeline.seconds:.0f} s, {pipeline.unparseable} "
          f"refused as unparseable, {pipeline.matched} tied to an interview, {len(pipeline.crashes)} crashes; "
          f"slowest {pipeline.slowest[0]:.2f} s (sample {pipeline.slowest[1]})")
    failed = bool(pipeline.crashes)
    # The scans read other samples than the in-process run: numbers after its last.
    start = args.count
    with tempfile.TemporaryDirectory(prefix="watcher-fuzz-") as tmp:
        if args.maildir:
            items = list(malformed(args.seed, args.maildir, start))
            folder = Path(tmp) / "maildir"
            folder.mkdir()
            scan = through_maildir_scan(items, folder)
            results["maildir"] = asdict(scan)
            print(f"Maildir scan: {scan.delivered} messages, exit {scan.exit_code}, {scan.seconds:.0f} s, "
                  f"{scan.skipped_logged} skipped and logged, {scan.tied} tied, {len(scan.problems)} problems")
            failed |= bool(scan.problems)
            start += args.maildir
        if args.dovecot:
            from tests.fixtures_dovecot import DovecotServer

            items = list(malformed(args.seed, args.dovecot, start))
            folder = Path(tmp) / "dovecot"
            folder.mkdir()
            with DovecotServer() as server:
                scan = through_dovecot_scan(items, server.new_mailbox(), folder)
            results["dovecot"] = asdict(scan)
            print(f"Dovecot scan: {scan.delivered} of {scan.messages} accepted by APPEND, exit {scan.exit_code}, "
                  f"{scan.seconds:.0f} s, {scan.skipped_logged} skipped and logged, {scan.tied} tied, "
                  f"{len(scan.problems)} problems")
            failed |= bool(scan.problems)
    results["seconds"] = time.monotonic() - began
    for crash in pipeline.crashes[:20]:
        print(f"  crash: sample {crash.number} ({', '.join(crash.mutations)}) in {crash.stage}: {crash.error}")
    for key in ("maildir", "dovecot"):
        for problem in (results.get(key) or {}).get("problems", [])[:10]:  # type: ignore[union-attr]
            print(f"  {key}: {problem[:500]}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1, default=str))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
