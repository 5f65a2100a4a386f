"""A watcher process leaves its objects to the operating system at exit
(watcher/shutdown.py): the garbage collector's permanent generation holds them when the
interpreter tears the modules down, so the teardown's collections skip them. A scan runs
without the cyclic collector; every other command keeps it."""

from __future__ import annotations

import mailbox
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


def _config_arguments(tmp_path) -> list[str]:
    """``--config`` and a config for an empty Maildir account."""
    mailbox.Maildir(tmp_path / "Maildir", create=True)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[me]\naddresses = ["me@example.org"]\n[database]\npath = "{tmp_path / "w.db"}"\n'
        f'[[account]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path / "Maildir"}"\n'
        '[policy]\ntimezone = "UTC"\ncountry = ""\n'
    )
    return ["--config", str(config)]


def _collector_in_command(tmp_path, *argv: str) -> tuple[bool, bool]:
    """(whether the collector ran while the command read its config, whether it runs
    again once the command returned)."""
    arguments = [*_config_arguments(tmp_path), *argv]
    code = ("import gc\nimport watcher.cli as cli\nreal = cli._load\n"
            "def load(args):\n    print('during', gc.isenabled())\n    return real(args)\n"
            f"cli._load = load\nrc = cli.main({arguments!r})\n"
            "print('after', gc.isenabled())\nraise SystemExit(rc)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    seen = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("during ", "after ")))
    assert done.returncode == 0 and len(seen) == 2, done.stderr[-2000:]
    return seen["during"] == "True", seen["after"] == "True"


def test_a_scan_runs_without_the_cycle_collector_other_commands_with_it(tmp_path) -> None:
    assert _collector_in_command(tmp_path, "scan", "--json", "--no-notify") == (False, True)
    assert _collector_in_command(tmp_path, "status", "--json") == (True, True)


def test_the_collector_runs_again_when_a_scan_fails_before_it_starts(tmp_path) -> None:
    """Whatever fails once the collector is off (here, setting up the log) turns it back on."""
    code = ("import gc\nimport watcher.log as log\nimport watcher.cli as cli\n"
            "def broken(*args, **kwargs):\n    raise RuntimeError('log setup failed')\n"
            "log.setup = broken\n"
            "try:\n    cli.main(['--config', 'nowhere.toml', 'scan'])\nexcept RuntimeError:\n    pass\n"
            "print('after', gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=False, cwd=tmp_path)
    assert "after True" in done.stdout.splitlines(), (done.stdout, done.stderr[-2000:])


def test_a_scan_run_in_process_leaves_its_garbage_to_the_collector(tmp_path) -> None:
    """A caller that runs a scan in its own process (a test, a script) keeps running after
    it: what the scan left in cycles while the collector was off is collected afterwards,
    not moved to the permanent generation for good."""
    arguments = [*_config_arguments(tmp_path), "scan", "--json", "--no-notify"]
    # A cycle made while the scan runs (the collector off), unreachable once it returns.
    code = ("import gc, weakref\nimport watcher.cli as cli\nreal = cli._load\nleft = []\n"
            "class Node:\n    pass\n"
            "def load(args):\n    node = Node()\n    node.itself = node\n    left.append(weakref.ref(node))\n"
            "    return real(args)\n"
            f"cli._load = load\nrc = cli.main({arguments!r})\ngc.collect()\n"
            "print('kept', left[0]() is not None, gc.isenabled())\nraise SystemExit(rc)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "kept False True" in done.stdout.splitlines(), (done.stdout, done.stderr[-2000:])
