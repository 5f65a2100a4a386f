"""A watcher process leaves its objects to the operating system at exit
(watcher/shutdown.py): the garbage collector's permanent generation holds them when the
interpreter tears the modules down, so the teardown's collections skip them."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Registered before watcher's own exit function, this one runs after it (atexit runs the
# last registered first) and reports how many objects the collector then skips.
PROBE = """
import atexit, gc
atexit.register(lambda: print("frozen", gc.get_freeze_count()))
"""


def _frozen_at_exit(code: str) -> int:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(PROBE + code)],
                          capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("frozen ")]
    assert lines, done.stderr[-2000:]
    return int(lines[-1].split()[1])


def test_a_command_leaves_its_objects_to_the_system_at_exit() -> None:
    frozen = _frozen_at_exit("""
from watcher.cli import main
try:
    main(["--help"])
except SystemExit:
    pass
""")
    assert frozen > 10_000  # every module's objects, not a few


def test_importing_watcher_alone_changes_nothing_at_exit() -> None:
    # Only running a command asks for it: a library user's process ends as Python's does.
    assert _frozen_at_exit("import watcher.cli") == 0


def test_asking_twice_registers_once() -> None:
    assert _frozen_at_exit("""
import atexit
from watcher.shutdown import skip_teardown_at_exit
calls = []
real = atexit.register
atexit.register = lambda function, *args: (calls.append(function), real(function, *args))[1]
skip_teardown_at_exit()
skip_teardown_at_exit()
assert len(calls) == 1, calls
""") > 0
