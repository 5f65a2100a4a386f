"""What kind of sender an address is, as every stage asks it: one list of no-reply addresses.

The list is ``watcher/data/no_reply_senders.txt``. Classification reads a no-reply sender's
mail as a machine's notice (a holding reply unless it states a decision); the schedule
and the drafts answer the people of the interview instead of such an address.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_SEPARATORS = re.compile(r"[-_.]")


@lru_cache(maxsize=1)
def no_reply_words() -> tuple[str, ...]:
    """The squashed local parts of ``no_reply_senders.txt`` ("noreply", "mailerdaemon", ...)."""
    text = (resources.files("watcher") / "data" / "no_reply_senders.txt").read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(_SEPARATORS.sub("", line) for line in lines if line)


def is_no_reply(address: str) -> bool:
    """Whether nobody reads ``address`` (``No-Reply@ashbyhq.com``, ``jobs_noreply@x.com``): True or False."""
    local = address.strip().strip("<>").rpartition("@")[0] or address
    squashed = _SEPARATORS.sub("", local.lower())
    return any(word in squashed for word in no_reply_words())
