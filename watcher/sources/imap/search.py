"""SEARCH (RFC 3501 6.4.4) on the selected folder: UID ranges, arrival dates.

Answers are asked in UID windows of ``SEARCH_WINDOW``: one answer for a whole
100,000-message folder is a line of 600 KB that imapclient splits and converts in one go,
the largest allocation of a first sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

SEARCH_WINDOW = 10_000


def uids_in_range(client: Any, first_uid: int, last_uid: int, since: date | None = None,
                  extra: Sequence[Any] = ()) -> list[int]:
    """UIDs from first_uid to last_uid (both included) of the selected folder, ascending;
    with ``since``, only messages that arrived on or after that day; ``extra`` adds search
    keys (imapclient's criteria list)."""
    criteria: list[Any] = ["UID", f"{first_uid}:{last_uid}"]
    if since is not None:
        criteria += ["SINCE", since]
    criteria += list(extra)
    uids = client.search(criteria)
    # "UID N:M" beyond the newest UID still answers with the newest message (RFC 3501 "*").
    return sorted(uid for uid in uids if first_uid <= uid <= last_uid)


def windows(first_uid: int, last_uid: int, size: int | None = None) -> list[tuple[int, int]]:
    """(first, last) UID windows of at most ``size`` UIDs covering first_uid..last_uid."""
    step = size or SEARCH_WINDOW
    start = max(first_uid, 1)
    return [(low, min(low + step - 1, last_uid)) for low in range(start, last_uid + 1, step)]
