"""Drafts as a channel: each reminder's draft appended to an IMAP folder, flagged \\Draft.

The draft is one click from sending in the user's own mail program; watcher never
sends it. Treated as a channel so the store's exactly-once ledger covers it too: a
draft is appended once, however often the step is looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from watcher.model import Notice
from watcher.notify import NotifyError
from watcher.notify.drafts import draft_message_id, draft_to_mime


class ImapDraftsChannel:
    name = "drafts"
    drafts_only = True

    def __init__(self, account, folder: str, sender: str, get_password: Callable[[], str],
                 *, sender_name: str | None = None) -> None:
        self.account = account
        self.folder = folder
        self.sender = sender  # the address: it also names each draft's Message-ID
        self.sender_name = sender_name  # [me] name, the From's display name
        self.get_password = get_password

    def unusable_reason(self) -> str | None:
        return None

    def send(self, notices: Sequence[Notice]) -> None:
        from watcher.sources import SourceError, open_source

        drafted = [n for n in notices if n.draft is not None]
        if not drafted:
            return  # news and move-on carry no draft: nothing to file, nothing failed
        try:
            with open_source(self.account, self.get_password) as source:
                for n in drafted:
                    assert n.draft is not None
                    # The same Message-ID `watcher draft --save` gives it: filed once either way.
                    message_id = draft_message_id(n.interview, n.action, n.key, self.sender)
                    raw = draft_to_mime(n.draft, self.sender, message_id, name=self.sender_name)
                    source.append(self.folder, raw, ("\\Draft",))
        except SourceError as exc:
            raise NotifyError(f"drafts not saved to {self.account.name}/{self.folder}: {exc}") from None
