"""The shipped units run under a real systemd user manager, installed as the README says.

There is no systemd as PID 1 here, and `systemd --user` refuses to start unless the system
was booted with it (it looks for /run/systemd/system). The test gives the manager a mount
namespace of its own (`unshare -m`, root only) where /run/systemd is an empty tmpfs with that
folder in it, and /mnt a tmpfs holding the user's home (bound from the test's temp dir: the
units' PrivateTmp=yes hides /tmp from the services, and would hide the manager's notify
socket in a runtime folder there), the checkout and its virtual environment (bound there
too, since a checkout under /tmp would be hidden from the services as well). Nothing
outside that namespace changes.
No journald runs here: a drop-in sends each service's output and log to files instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.child_process import dies_with_this_process, stop_child

REPO = Path(__file__).resolve().parent.parent
MANAGER = Path("/lib/systemd/systemd")
HOME = "/mnt/home"  # where the user's home is inside the namespace
RUNTIME = "/mnt/runtime"  # $XDG_RUNTIME_DIR inside it
CHECKOUT = "/mnt/checkout"  # REPO inside it
VENV = "/mnt/venv"  # sys.prefix (the test's virtual environment) inside it
UNITS = ("watcher.service", "watcher-scan.service", "watcher-scan.timer")

REPLY = (
    "From: Anna Berg <anna.berg@acme-analytics.com>\r\nTo: me@example.org\r\n"
    "Subject: Re: Data Engineer interview\r\nDate: Mon, 02 Nov 2026 09:00:00 +0000\r\n"
    "Message-ID: <unit-reply-1@acme-analytics.com>\r\n\r\n"
    "Hello, thank you for your time last week. We will come back to you next week.\r\n"
)


def _can_make_a_namespace() -> str | None:
    """Why the user manager cannot run here, or None when it can."""
    if not MANAGER.exists() or not shutil.which("unshare") or not shutil.which("nsenter"):
        return "systemd, unshare or nsenter is missing"
    if os.geteuid() != 0:
        return "a private mount namespace for the user manager needs root here"
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True, timeout=10)
    return None if probe.returncode == 0 else f"unshare -m refused: {probe.stderr.decode(errors='replace')}"


class UserManager:
    """A `systemd --user` in its own mount namespace; commands run inside it with nsenter."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"  # seen inside as HOME
        self.env = {  # the runtime folder (the notify socket's) outside /tmp, as /run/user/UID is
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": HOME, "XDG_RUNTIME_DIR": RUNTIME,
            "XDG_CONFIG_HOME": f"{HOME}/.config", "LANG": "C.UTF-8",
        }
        setup = (
            "set -e; mount -t tmpfs tmpfs /run/systemd; mkdir /run/systemd/system; "
            f"mount -t tmpfs tmpfs /mnt; mkdir {HOME}; mount --bind {self.home} {HOME}; mkdir -m 0700 {RUNTIME}; "
            f"mkdir {CHECKOUT} {VENV}; mount --bind {REPO} {CHECKOUT}; mount --bind {sys.prefix} {VENV}; "
            f"exec {MANAGER} --user --log-target=console --log-level=notice"
        )
        self.process = subprocess.Popen(
            ["unshare", "-m", "--propagation", "private", "sh", "-c", setup], env=self.env,
            stdout=(root / "manager.log").open("wb"), stderr=subprocess.STDOUT, preexec_fn=dies_with_this_process(),
        )
        deadline = time.monotonic() + 30
        while self.systemctl("is-system-running").stdout.strip() not in ("running", "degraded"):
            assert self.process.poll() is None, (root / "manager.log").read_text()
            assert time.monotonic() < deadline, "the user manager did not come up"
            time.sleep(0.2)

    def run(self, *command: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["nsenter", "--target", str(self.process.pid), "--mount", "--", *command],
                              capture_output=True, text=True, env=self.env, timeout=timeout)

    def systemctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run("systemctl", "--user", "--no-pager", *args)

    def show(self, unit: str, *names: str) -> dict[str, str]:
        shown = self.systemctl("show", unit, *(f"--property={name}" for name in names)).stdout
        return dict(line.partition("=")[::2] for line in shown.splitlines() if "=" in line)

    def stop(self) -> None:
        self.systemctl("exit")
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            stop_child(self.process)


@pytest.fixture
def manager(tmp_path):
    why = _can_make_a_namespace()
    if why:
        pytest.skip(f"no systemd user manager here ({why}); test_systemd_units.py verifies the units")
    home = tmp_path / "home"
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    # Where `pipx install .` puts it, as the units expect; this one runs the checkout's watcher
    # through the paths the namespace binds them to (the checkout first: it is installed editable).
    (bin_dir / "watcher").write_text(
        f'#!/bin/sh\nPYTHONPATH={CHECKOUT} exec {VENV}/bin/python -m watcher "$@"\n')
    (bin_dir / "watcher").chmod(0o755)
    (home / ".config" / "watcher").mkdir(parents=True)
    for sub in ("cur", "new", "tmp"):
        (home / "mail" / sub).mkdir(parents=True)
    (home / "mail" / "new" / "1.unit-reply").write_text(REPLY)
    (home / ".config" / "watcher" / "config.toml").write_text(
        f'[me]\naddresses = ["me@example.org"]\n[policy]\ntimezone = "UTC"\n'
        f'[notify.desktop]\nenabled = false\n'
        f'[[account]]\nname = "home"\ntype = "maildir"\npath = "{HOME}/mail"\nlookback_days = 3650\n'
    )
    units = home / ".config" / "systemd" / "user"
    units.mkdir(parents=True)
    for name in UNITS:  # README: cp systemd/watcher* ~/.config/systemd/user/
        shutil.copy(REPO / "systemd" / name, units / name)
    for name in ("watcher.service", "watcher-scan.service"):  # no journald here: standard error to a file
        (units / f"{name}.d").mkdir()
        (units / f"{name}.d" / "log.conf").write_text(
            f"[Service]\nStandardOutput=append:{HOME}/services.out\nStandardError=append:{HOME}/services.log\n")
    found = UserManager(tmp_path)
    found.home = home
    yield found
    found.stop()


def _log(manager: UserManager) -> str:
    path = manager.home / "services.log"
    return path.read_text() if path.exists() else ""


def test_the_daemon_unit_starts_watcher_run_reloads_and_stops_cleanly(manager):
    started = manager.systemctl("start", "watcher.service")  # Type=notify: returns once READY=1 came
    assert started.returncode == 0, started.stderr + _log(manager)
    shown = manager.show("watcher.service", "ActiveState", "SubState", "MainPID", "StatusText", "ExecStart")
    assert (shown["ActiveState"], shown["SubState"]) == ("active", "running"), shown
    assert "watcher run" in shown["ExecStart"]
    command = Path(f"/proc/{shown['MainPID']}/cmdline").read_bytes().split(b"\0")
    assert b"-m" in command and b"watcher" in command and b"run" in command, command
    assert shown["StatusText"], "the daemon tells systemctl status what it is doing"
    # The first sync stored the reply in the state folder the unit lets it write.
    assert (manager.home / ".local" / "state" / "watcher" / "watcher.db").is_file(), _log(manager)

    reloaded = manager.systemctl("reload", "watcher.service")
    assert reloaded.returncode == 0, reloaded.stderr
    assert manager.show("watcher.service", "ActiveState")["ActiveState"] == "active"

    began = time.monotonic()
    stopped = manager.systemctl("stop", "watcher.service")
    took = time.monotonic() - began
    assert stopped.returncode == 0, stopped.stderr
    after = manager.show("watcher.service", "ActiveState", "Result", "ExecMainCode", "ExecMainStatus")
    assert after["ActiveState"] == "inactive" and after["Result"] == "success", after | {"log": _log(manager)}
    assert took < 15, f"stopping took {took:.1f} s (TimeoutStopSec=20s would kill it)"
    assert "Traceback" not in _log(manager)


def test_the_scan_timer_enables_as_the_readme_says_and_its_scan_succeeds(manager):
    enabled = manager.systemctl("enable", "--now", "watcher-scan.timer")
    assert enabled.returncode == 0, enabled.stderr
    assert manager.show("watcher-scan.timer", "ActiveState")["ActiveState"] == "active"
    scanned = manager.systemctl("start", "watcher-scan.service")  # Type=oneshot: returns when the scan ended
    assert scanned.returncode == 0, scanned.stderr + _log(manager)
    shown = manager.show("watcher-scan.service", "Result", "ExecMainStatus")
    assert shown == {"Result": "success", "ExecMainStatus": "0"}, shown | {"log": _log(manager)}
    assert (manager.home / ".local" / "state" / "watcher" / "watcher.db").is_file()
    assert _log(manager) == "", "a scan's normal run (--quiet) logs nothing"
    assert "account home" in (manager.home / "services.out").read_text(), "its report, on standard output"
