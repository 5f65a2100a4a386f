"""watcher: tells a job seeker, once, when an interview reply arrived or a follow-up is due."""

__version__ = "0.1.0"
