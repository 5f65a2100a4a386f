"""The end of a watcher process: what the interpreter may leave to the operating system.

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


def skip_teardown_at_exit() -> None:
    """Have the garbage collector skip the process's objects when it ends (once per
    process; later calls do nothing). The process runs as before until then."""
    global _registered
    if not _registered:
        atexit.register(gc.freeze)
        _registered = True
