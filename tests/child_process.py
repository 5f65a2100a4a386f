"""Servers the tests start die with the process that started them, even on its SIGKILL.

A fixture's teardown never runs when the test run is killed (a ``timeout`` around
``tests/run``, SIGKILL, an out-of-memory kill), so every long-lived server is started as a
direct child in the foreground with ``preexec_fn=dies_with_this_process()``: Linux's
``prctl(PR_SET_PDEATHSIG, SIGTERM)`` sends it SIGTERM when its parent goes away.

Caveats (prctl(2)):
- The death signal fires when the parent *thread* that forked the child exits, not the
  whole process. Start servers from a thread that lives as long as they should: pytest's
  fixtures and the benchmark run in the main thread, whose end is the process's end.
- The setting is cleared in the child's own children (fork) and kept across execve, so it
  covers the server's master process only; Dovecot's and dbus-daemon's helpers exit on
  their own once their master is gone.
- If the parent died between fork and prctl, no signal ever comes: the child compares its
  parent with the pid recorded before the fork and exits at once if they differ.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
from collections.abc import Callable
from functools import partial

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def dies_with_this_process() -> Callable[[], None]:
    """A ``preexec_fn`` for ``subprocess.Popen``: the child gets SIGTERM when the calling thread ends.

    Call it in the thread that calls Popen (see the module's caveats).
    """
    return partial(_set_death_signal, os.getpid())


def _set_death_signal(parent: int) -> None:
    # Runs in the child between fork and exec. An OSError here makes Popen raise it: a start
    # that fails loudly beats a server that may outlive its test.
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"prctl(PR_SET_PDEATHSIG) failed: {os.strerror(errno)}")
    if os.getppid() != parent:  # the parent died before the setting took effect
        os._exit(1)


def stop_child(process: subprocess.Popen, timeout: float = 10.0) -> None:
    """SIGTERM ``process``, wait up to ``timeout`` seconds, then SIGKILL; always reaps it.

    Reaping matters: an unreaped child is a zombie, which still answers ``os.kill(pid, 0)``.
    """
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
