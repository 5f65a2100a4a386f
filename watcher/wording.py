"""What watcher's identifiers say, as a person says them: the kinds of message and the
interview statuses, in the same words in the terminal, on the board and in notices (the
JSON keeps the identifiers). Kept gentle, as the advice watcher follows asks: a no is
"a decision (not this time)", never a verdict on the person."""

from __future__ import annotations

from watcher.model import UNKNOWN_KIND

KIND_WORDS = {
    "rejection": "a decision (not this time)",
    "offer": "an offer",
    "next_step": "a next step",
    "acknowledgement": "a holding reply",
    "auto_reply": "an out-of-office reply",
    "bulk": "bulk mail",
    "other": "a reply",
    UNKNOWN_KIND: "could not read this message: look at it yourself",
    "thank_you": "your thank-you",
    "follow_up": "your follow-up",
}
STATUS_WORDS = {
    "awaiting": "awaiting reply",
    "heard_back": "heard back",
    "dropped": "moved on",
    "closed": "closed",
}


def kind_words(kind: str | None) -> str:
    """``kind`` (model.RECEIVED_KINDS, SENT_KINDS or UNKNOWN_KIND) in words; no kind is
    ``unknown``, and a kind this table lacks is shown as it is."""
    return KIND_WORDS.get(kind or UNKNOWN_KIND, kind or UNKNOWN_KIND)


def status_words(status: str, outcome: str | None = None) -> str:
    """An interview's status (policy.Decision.status) in words, with what was heard when
    it decided ("heard back: an offer")."""
    said = STATUS_WORDS.get(status, status)
    return f"{said}: {kind_words(outcome)}" if outcome else said
