"""The tests' own temporary folders: a run killed before its teardown leaves nothing that
the next run keeps (tests/scratch.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.scratch import RUN_VARIABLE, scratch_dir, sweep
from tests.test_cli import REPO

CHILD = """
import time
from tests.scratch import scratch_dir
print(scratch_dir("watcher-killed-"), flush=True)
time.sleep(600)
"""


def test_the_folders_of_a_killed_run_are_removed_and_a_running_ones_kept():
    mine = scratch_dir("watcher-live-")  # this run's folder, made before the other run's
    env = {k: v for k, v in os.environ.items() if k != RUN_VARIABLE}  # a run of its own
    try:
        child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True, cwd=REPO,
                                 env=env)
        try:
            made = Path(child.stdout.readline().strip())
        finally:
            child.kill()  # no teardown, no atexit
            child.wait(10)
            child.stdout.close()
        assert made.is_dir() and made.parent.name == f"run-{child.pid}"
        (made / "mail").mkdir()  # something inside, as a server leaves
        assert mine.parent.name == f"run-{os.getpid()}" and (mine.stat().st_mode & 0o777) == 0o755
        removed = sweep()
        assert made.parent in removed and not made.parent.exists()
        assert mine.is_dir()  # this run is still going: its folder stays
    finally:
        shutil.rmtree(mine, ignore_errors=True)
