"""Runs ``watcher`` in this process with wall-clock timers on the functions a scan's
phases are made of, and writes what each took to a JSON file (``bench/phases.py`` runs it).

    python bench/phase_timer.py OUT.json SPAWNED_AT -- --config C scan --json --no-notify

SPAWNED_AT is the parent's ``time.time()`` just before it started this process, so the
start-up (interpreter, imports up to the command line) is counted too. Each figure is
kept twice: wall time, and the thread's own processor time (``time.thread_time``), the
steadier figure on a shared machine. Only the standard
library is imported before watcher, to add nothing to what is measured. Each timer counts
the outermost calls of one thread; ``re`` compiling is counted per thread as well. A
function that is not found is reported as missing, so a renamed one shows.
"""

from __future__ import annotations

import atexit
import importlib
import json
import re
import sys
import threading
import time
from collections import Counter
from pathlib import Path

STARTED = time.time()

# (module, qualified name): the functions timed. Their names are the figures' names.
TIMED = (
    ("watcher.cli", "main"),
    ("watcher.cli", "_load"),
    ("watcher.store", "Store.open"),
    ("watcher.store", "Store.close"),
    ("watcher.store", "Store.commit_batch"),
    ("watcher.pipeline", "Pipeline.sync"),
    ("watcher.pipeline", "Pipeline.decide"),
    ("watcher.pipeline", "Pipeline._report"),
    ("watcher.pipeline", "Pipeline._classify_one"),
    ("watcher.pipeline", "Pipeline._match_one"),
    ("watcher.pipeline", "_prepare_reading"),
    ("watcher.parse", "parse_message"),
    ("watcher.parse", "parse_headers"),
    ("watcher.match", "may_concern"),
    ("watcher.sources.imap.session", "ImapSource.connect"),
    ("watcher.sources.imap.session", "ImapSource.search_ahead"),
    ("watcher.sources.imap.session", "ImapSource.search_candidates"),
    ("watcher.sources.imap.session", "ImapSource.fetch_headers"),
    ("watcher.sources.imap.session", "ImapSource.fetch_messages"),
)

seconds: Counter[str] = Counter()
processor: Counter[str] = Counter()  # the same, in the thread's own processor time
calls: Counter[str] = Counter()
missing: list[str] = []
_depth = threading.local()


def _key(name: str) -> str:
    thread = threading.current_thread()
    return name if thread is threading.main_thread() else f"{name} [{thread.name}]"


def _timed(name: str, function):
    def timed(*args, **kwargs):
        depth = getattr(_depth, name, 0)
        setattr(_depth, name, depth + 1)
        started = time.perf_counter()
        started_processor = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            setattr(_depth, name, depth)
            if depth == 0:
                key = _key(name)
                seconds[key] += time.perf_counter() - started
                processor[key] += time.thread_time() - started_processor
                calls[key] += 1

    return timed


def _install(module_name: str, qualified: str) -> None:
    try:
        owner = importlib.import_module(module_name)
        *path, attribute = qualified.split(".")
        for part in path:
            owner = getattr(owner, part)
        raw = vars(owner)[attribute] if isinstance(owner, type) else getattr(owner, attribute)
    except (ImportError, AttributeError, KeyError):
        missing.append(f"{module_name}.{qualified}")
        return
    if isinstance(raw, (classmethod, staticmethod)):
        setattr(owner, attribute, type(raw)(_timed(qualified, raw.__func__)))
        return
    wrapped = _timed(qualified, raw)
    setattr(owner, attribute, wrapped)
    if not path:  # a module's function: also where other modules imported it by name
        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith("watcher") and getattr(module, attribute, None) is raw:
                setattr(module, attribute, wrapped)


def _count_compiling() -> None:
    compile_ = re._compile  # noqa: SLF001  # the one place every re.compile and re.search goes through

    def counted(pattern, flags):
        started = time.perf_counter()
        started_processor = time.thread_time()
        try:
            return compile_(pattern, flags)
        finally:
            elapsed = time.perf_counter() - started
            if elapsed > 2e-6:  # re's own cache answers in less
                seconds[_key("re compiling")] += elapsed
                processor[_key("re compiling")] += time.thread_time() - started_processor

    # Pickled patterns (the kept phrase book) name re._compile: this stands in under that
    # name, so pickling finds it, and a reading process gets re's own.
    counted.__module__, counted.__qualname__ = compile_.__module__, compile_.__qualname__
    re._compile = counted  # noqa: SLF001


def main(argv: list[str]) -> int:
    out, spawned_at, separator, *watcher_args = argv
    if separator != "--":
        raise SystemExit(__doc__)
    started = time.perf_counter()

    def write() -> None:
        figures = {
            "spawn_to_timer_seconds": STARTED - float(spawned_at),
            "in_process_seconds": time.perf_counter() - started,
            "seconds": dict(seconds),
            "processor_seconds": dict(processor),
            "calls": dict(calls),
            "missing": missing,
        }
        Path(out).write_text(json.dumps(figures, indent=2))

    atexit.register(write)
    _count_compiling()
    # What watcher.cli.main imports before the config, in its order: watcher.log first, as
    # it imports structlog without rich (a timed module imported before it would not).
    import watcher.cli  # noqa: F401
    import watcher.log  # noqa: F401
    import watcher.settings  # noqa: F401

    seconds["imports up to the command line"] = time.perf_counter() - started
    processor["imports up to the command line"] = time.thread_time()  # the thread started with the process
    installing = time.perf_counter()
    installing_processor = time.thread_time()
    for module_name, qualified in TIMED:
        _install(module_name, qualified)
    # Importing the timed modules here moves no work off the main thread: the scan imports
    # them there too, before its first IMAP command.
    seconds["imports of the timed modules"] = time.perf_counter() - installing
    processor["imports of the timed modules"] = time.thread_time() - installing_processor
    import watcher.cli as cli

    # As ``python -m watcher`` runs it: from this process's own command line, after which
    # the process ends (cli.main treats given arguments as a caller's own process).
    sys.argv = ["watcher", *watcher_args]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
