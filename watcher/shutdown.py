"""The end of a watcher process: what the interpreter may leave to the operating system
(and, for a one-off scan, the garbage in cycles it may leave there too).

When a process ends, Python clears every module and collects the cycles that leaves
(functions and their module's globals, classes, the classifier's phrase book): for a
first scan of 10,000 messages that took 0.14 to 0.21 s of processor time after the
command had returned, more than connecting and the config check together (measured
with ``bench/phases.py`` and an exit hook, at a load average of 8 on 2 cores). The
operating system frees that memory at once. ``gc.freeze`` at exit moves every object
to the garbage collector's permanent generation, so those collections find nothing to
do (0.01 to 0.02 s): what is still run is everything that frees a resource, as it
would anyway: the ``atexit`` functions (logging's flush, ``weakref.finalize``), the
flushing of standard output and error, and the finalizers of objects outside cycles.
watcher closes its database and connections itself before the command returns; an
object left in a cycle at exit loses its finalizer, which Python never promised to run.
"""

from __future__ import annotations

import atexit
import gc

_registered = False
_paused = False


def skip_teardown_at_exit() -> None:
    """Have the garbage collector skip the process's objects when it ends (once per
    process; later calls do nothing). The process runs as before until then."""
    global _registered
    if not _registered:
        atexit.register(gc.freeze)
        _registered = True


def no_cycle_collection() -> None:
    """Turn the cyclic garbage collector off for the rest of a one-off command (``watcher
    scan``); the daemon and the board keep it. Objects outside cycles are freed as before,
    as soon as nothing refers to them: only garbage in cycles waits for the process's end.

    A first scan's objects that live long enough to be collected (the session's search
    answers, the header fields read, the classifier's memory) were traversed for nothing:
    measured on the benchmark's 10,000-message mailbox, the collector took 0.042 to 0.049 s
    of a first scan's 0.68 to 0.73 s of processor time (119 young collections, counted
    with ``gc.callbacks``; raising the thresholds to 5,000 or 50,000 only made them fewer
    and longer), and with it off a collection at the command's end found 33 objects in
    cycles, the same 33 for a scan reading 10,000 messages' headers as for one reading a
    tenth of them, the peak RSS unchanged (66.5 to 67.7 MB; 93 MB reading every header of
    a Maildir). The scan's reports were the same byte for byte.

    ``cycle_collection_back`` turns it on again when the command returns (for a caller that
    runs commands in its own process: a test, a script).
    """
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def cycle_collection_back(process_ends: bool = False) -> None:
    """The collector on again after ``no_cycle_collection``, if that turned it off.

    ``process_ends``: the process ends once the command returns (``watcher`` run from the
    command line): what the command left is moved to the permanent generation first, as
    at exit, so that the allocations counted while the collector was off set off no
    collection of it all. Otherwise (a test, a script or a service running commands in
    its own process) nothing is frozen: the garbage the command left in cycles is
    collected as any other, where frozen it would stay for the rest of the process."""
    global _paused
    if _paused:
        if process_ends:
            gc.freeze()
        gc.enable()
        _paused = False
