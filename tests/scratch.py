"""Temporary folders the tests make outside pytest's own ``tmp_path`` (mode 0700, too tight
for Dovecot's unprivileged processes): all under one tree, a folder per test run, so that a
run killed before its teardown (SIGKILL, a timeout) leaves nothing that the next run keeps.

The layout is ``<tempdir>/watcher-tests-<uid>/run-<pid>/<prefix>XXXXXXXX``. The first
folder a run makes removes the run folders of processes no longer running; the runs going
on at the same time (from other checkouts too) keep theirs. pytest's own temporary folders
are pytest's to rotate (it keeps the last three runs').
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(tempfile.gettempdir()) / f"watcher-tests-{os.getuid()}"
# The run folder, for the processes a test starts: they make theirs in their run's folder.
RUN_VARIABLE = "WATCHER_TEST_RUN_DIR"


def scratch_dir(prefix: str) -> Path:
    """Make a new empty folder (mode 0755, reachable by other users' processes) in this
    run's folder and return it. The caller removes it when done; if the run is killed
    first, the next run removes it."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=_run_folder()))
    path.chmod(0o755)
    return path


def remove_run_folder() -> None:
    """Remove this run's folder with whatever its tests left in it (at the end of the run)."""
    folder = ROOT / f"run-{os.getpid()}"
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


def sweep(root: Path = ROOT) -> list[Path]:
    """Remove the run folders under ``root`` whose process is no longer running; return them."""
    removed = []
    for folder in sorted(root.glob("run-*")):
        pid = folder.name.removeprefix("run-")
        if pid.isdigit() and not running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def running(pid: int) -> bool:
    """True while ``pid`` is a live process; a zombie (exited, not yet reaped) is not."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def _run_folder() -> Path:
    given = os.environ.get(RUN_VARIABLE)
    if given and Path(given).is_dir():
        return Path(given)
    sweep()
    ROOT.mkdir(mode=0o755, exist_ok=True)
    ROOT.chmod(0o755)
    folder = ROOT / f"run-{os.getpid()}"
    folder.mkdir(mode=0o755, exist_ok=True)
    folder.chmod(0o755)
    os.environ[RUN_VARIABLE] = str(folder)
    return folder
