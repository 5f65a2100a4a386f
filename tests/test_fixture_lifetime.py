"""The tests' servers die with the process that started them, even when it is SIGKILLed.

Each case (Dovecot, dbus-daemon, the OAuth2 server, chromedriver with its Chromium) starts a small Python process that starts one server through its fixture's own
code, SIGKILLs that process (no teardown, no atexit), and checks that the server's main
process is gone within seconds and its listening socket closed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scratch import running, scratch_dir
from tests.test_cli import REPO

GONE_WITHIN = 10.0  # seconds; a SIGTERMed server is usually gone in well under one

STARTERS = {
    "dovecot": """
from tests.fixtures_dovecot import DovecotServer
import time
server = DovecotServer(base=folder).start()
# Dovecot's own word; on a loaded machine the file was once not there yet when the ports
# already answered, so it is waited for (bounded).
pid_file, deadline = folder / "run" / "master.pid", time.monotonic() + 30
while not pid_file.exists() and time.monotonic() < deadline:
    time.sleep(0.05)
master = int(pid_file.read_text().split()[0])
started = {"pids": [master], "port": server.port}
""",
    "dbus": """
from tests.fixtures_dbus import _start_bus
process, address = _start_bus(folder)
started = {"pids": [process.pid], "socket": str(folder / "bus")}
""",
    "chromium": """
from tests.test_board import start_browser
browser = start_browser(folder)
driver = browser.service.process.pid
# chromedriver starts Chromium from one of its threads: read every thread's children.
chromium = [int(pid) for task in Path(f"/proc/{driver}/task").iterdir() for pid in (task / "children").read_text().split()]
assert chromium, "no Chromium under chromedriver"
started = {"pids": [driver, *chromium], "port": browser.service.port}
""",
    "oauth": """
from tests.fixtures_oauth import start_oauth_server
server = start_oauth_server(folder)
started = {"pids": [server.process.pid], "port": server.port}
""",
}

SCRIPT = """
import json, sys, time
from pathlib import Path
folder = Path(sys.argv[1])
{starter}
print(json.dumps(started), flush=True)
time.sleep(600)
"""


@pytest.fixture
def folder() -> Iterator[Path]:
    # Not under tmp_path (mode 0700): Dovecot's unprivileged processes must reach it.
    path = scratch_dir("watcher-lifetime-")
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _left(started: dict) -> list[int]:
    """The started processes still running."""
    return [pid for pid in started.get("pids", ()) if running(pid)]


def _accepts(started: dict) -> bool:
    if "port" in started:
        family, target = socket.AF_INET, ("127.0.0.1", started["port"])
    else:
        family, target = socket.AF_UNIX, started["socket"]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.settimeout(1)
        try:
            probe.connect(target)
        except OSError:
            return False
    return True


@pytest.mark.parametrize("server", sorted(STARTERS))
def test_a_server_dies_with_the_process_that_started_it_even_on_sigkill(server: str, folder: Path) -> None:
    starter = subprocess.Popen(
        [sys.executable, "-c", SCRIPT.format(starter=STARTERS[server]), str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    started: dict = {}
    try:
        assert starter.stdout is not None
        line = starter.stdout.readline()
        assert line, f"the {server} server did not start: {starter.stderr.read() if starter.stderr else ''}"
        started = json.loads(line)
        assert all(running(pid) for pid in started["pids"]) and _accepts(started)

        starter.send_signal(signal.SIGKILL)
        starter.wait(timeout=GONE_WITHIN)
        deadline = time.monotonic() + GONE_WITHIN
        while (_left(started) or _accepts(started)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _left(started), f"the {server} server ({_left(started)}) outlived its starter"
        assert not _accepts(started), f"the {server} server's socket still accepts after its starter died"
    finally:
        if starter.poll() is None:
            starter.kill()
            starter.wait()
        for pid in _left(started):  # never leave it running, even when the test fails
            os.kill(pid, signal.SIGKILL)
