"""watcher: tells a job seeker, once, when an interview reply arrived or a follow-up is due."""

__version__ = "0.1.0"

from watcher import method_code as _method_code

_method_code.install()  # before any dataclass is made: their methods' code is kept compiled
