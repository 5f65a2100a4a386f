"""Drafts as a channel: each reminder's draft appended to an IMAP folder, flagged \\Draft.

The draft is one click from sending in the user's own mail program; watcher never
sends it. Treated as a channel so the store's exactly-once ledger covers it too: a
draft is appended once, however often the step is looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from watcher.model import Notice
from watcher.notify import NotifyError
from watcher.notify.drafts import draft_message_id, draft_to_mime
from watcher.sources import FolderMissing


class DraftsFolderMissing(FolderMissing):
    """The ``[drafts] imap_folder`` is not on the server; the message lists the folders it has
    and says what to set."""


@contextmanager
def drafts_folder_named(source, folder: str) -> Iterator[None]:
    """``with drafts_folder_named(source, folder):`` around commands on the drafts folder of an
    open IMAP ``source``: a FolderMissing becomes a DraftsFolderMissing naming the account, the
    folder, the folders the server lists (LIST) and the setting to change."""
    try:
        yield
    except FolderMissing as exc:
        if isinstance(exc, DraftsFolderMissing):
            raise
        from watcher.sources.imap.folders import absent_folder_text

        listed = source.folder_names()
        raise DraftsFolderMissing(
            source.account,
            f"{absent_folder_text(folder, listed, '[drafts] imap_folder')}: set [drafts] imap_folder to one of"
            " them, or make the folder in your mail program",
        ) from None


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
            with open_source(self.account, self.get_password) as source, drafts_folder_named(source, self.folder):
                for n in drafted:
                    assert n.draft is not None
                    # The same Message-ID `watcher draft --save` gives it: filed once either way.
                    message_id = draft_message_id(n.interview, n.action, n.key, self.sender)
                    raw = draft_to_mime(n.draft, self.sender, message_id, name=self.sender_name)
                    source.append(self.folder, raw, ("\\Draft",))
        except DraftsFolderMissing as exc:
            raise NotifyError(f"drafts not saved: {exc}") from None
        except SourceError as exc:
            raise NotifyError(f"drafts not saved to {self.account.name}/{self.folder}: {exc}") from None
