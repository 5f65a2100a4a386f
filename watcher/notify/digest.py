"""The wording every channel shares: one headline per notice, one title and a list of lines per digest.

The desktop popup and the e-mail digest both take their words from here, so the two never
tell the same story differently. Nothing here reads the text of anyone's mail: a notice
carries the company, the action and one ``why`` sentence written by the pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from watcher.model import ACTIONS, HEARD_BACK_ACTION, Notice

# Em dash between the parts of a line: it reads as a pause and never occurs in a company name.
SEPARATOR = " \u2014 "
# How many items an e-mail subject names before it stops listing.
SUBJECT_ITEMS = 3


@dataclass(frozen=True)
class Wording:
    headline: str  # the whole story of one notice: an e-mail subject or a popup summary
    short: str  # the same, for a list of several in one subject
    due: str  # "what is due", in a digest line


_WORDING: dict[str, Wording] = {
    "thank_you": Wording("Send {company} a thank-you note", "thank {company}", "thank-you note"),
    "follow_up_1": Wording("Follow up with {company} today", "follow up with {company}", "polite follow-up"),
    "follow_up_2": Wording(
        "One last follow-up to {company}", "last follow-up to {company}", "one last follow-up"
    ),
    "move_on": Wording("Time to move on from {company}", "move on from {company}", "time to move on"),
    "ask_feedback": Wording(
        "Ask {company} for a few words of feedback", "ask {company} for feedback", "ask for feedback"
    ),
    "reply": Wording("{company} is waiting for your answer", "answer {company}", "reply to their message"),
    "offer_deadline": Wording(
        "Decide on the {company} offer", "decide on the {company} offer", "offer deadline"
    ),
    HEARD_BACK_ACTION: Wording("{company} replied", "{company} replied", "replied"),
    # Not about an interview: the daemon's word that it cannot read a mailbox ("company" names it).
    "account_error": Wording("Cannot log in to {company}", "cannot log in to {company}", "login refused"),
    # The provider refused an account's OAuth2 sign-in (watcher.auth.refusals).
    "sign_in_refused": Wording("Sign in again to {company}", "sign in again to {company}", "sign in again"),
}

# News first: a reply from an employer matters more than any reminder.
_ORDER = {action: rank for rank, action in enumerate((HEARD_BACK_ACTION, *ACTIONS))}


def _wording(notice: Notice) -> Wording:
    return _WORDING.get(notice.action, Wording("{company}: " + notice.action, "{company}", notice.action))


def ordered(notices: Sequence[Notice]) -> list[Notice]:
    """News first, then reminders in the order a follow-up schedule runs; stable otherwise."""
    return sorted(notices, key=lambda notice: _ORDER.get(notice.action, len(_ORDER)))


def headline(notice: Notice) -> str:
    """One notice as a single line: "Acme replied: next step", "Follow up with Globex today".

    For news the pipeline's own title names what kind of reply arrived, so it wins.
    """
    if notice.action == HEARD_BACK_ACTION and notice.title:
        return notice.title
    return _wording(notice).headline.format(company=notice.company)


def short_headline(notice: Notice) -> str:
    return _wording(notice).short.format(company=notice.company)


def popup_summary(notices: Sequence[Notice]) -> str:
    """The desktop summary: the one story, or a count when there are several."""
    if len(notices) == 1:
        return headline(notices[0])
    return f"{len(notices)} interview updates"


def email_subject(notices: Sequence[Notice]) -> str:
    """An inbox subject that tells the story on its own, naming the first few items."""
    items = ordered(notices)
    if len(items) == 1:
        return headline(items[0])
    # Each wording once: three replies from Acme read "Acme replied", not three times.
    distinct = list(dict.fromkeys(short_headline(notice) for notice in items))
    named = ", ".join(distinct[:SUBJECT_ITEMS])
    # "and N more" rather than "...": Python folds a header before a word it cannot break.
    rest = len(distinct) - SUBJECT_ITEMS
    more = f", and {rest} more" if rest > 0 else ""
    return f"{len(items)} interview updates: {named}{more}"


def line(notice: Notice) -> str:
    """ "company — what is due — why"; news reads "Acme replied: offer — why"."""
    if notice.action == HEARD_BACK_ACTION:
        parts = [headline(notice)]
    else:
        parts = [notice.company, _wording(notice).due]
    if notice.why:
        parts.append(notice.why)
    return SEPARATOR.join(parts)


def lines(notices: Sequence[Notice]) -> list[str]:
    return [line(notice) for notice in ordered(notices)]
