"""``watcher draft ID [STEP]``: the draft for an interview's next step, ready to paste or filed once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from watcher import actions
from watcher.actions import ActionError
from watcher.config import Config
from watcher.model import ACTIONS, Draft, Interview, Step
from watcher.notify.drafts import draft_message_id, draft_to_mime, nobody_known
from watcher.pipeline import Pipeline
from watcher.policy import default_recipients


@dataclass(frozen=True)
class StepDraft:
    """A step's draft and the Message-ID it is filed under."""

    interview: Interview
    action: str
    draft: Draft
    message_id: str


def step_draft(pipeline: Pipeline, interview_id: str, step: str | None, now: datetime) -> StepDraft | None:
    """The draft for the interview's current step (or ``step``, a policy action name).

    None when there is no step to do and none was named. Raise ActionError for an
    unknown interview or step, or a step that has no draft (move on, offer deadline).
    """
    interview = actions.require_interview(pipeline.store, interview_id)
    [state] = [s for s in pipeline.decide(now) if s.interview.id == interview.id]
    decision = state.decision
    current = decision.to_do
    named = step is not None
    if step is None:
        if current is None:
            return None
        step = current.action
    if step == "follow_up":
        step = current.action if current and current.action.startswith("follow_up") else "follow_up_1"
    if step not in ACTIONS:
        raise ActionError(f"no step {step!r} (steps: {', '.join(ACTIONS)}, or follow_up for the next one)")
    planned = next((s for s in (*decision.reminded, *decision.overdue,
                                *([decision.next_step] if decision.next_step else [])) if s.action == step), None)
    recipients = (planned.recipients if planned else ()) or decision.recipients or default_recipients(interview)
    draft = pipeline.draft_for(interview, decision, planned or Step(action=step, due=now, recipients=recipients))
    if draft is None and not named:  # the step to do now is one watcher writes nothing for
        from watcher.todo import STEP_WORDS

        raise ActionError(f"the next step for {interview.id}, {STEP_WORDS.get(step, step)}, has no draft: nothing"
                          f" to write (a draft of another step: `watcher draft {interview.id} STEP`, STEP one of"
                          " thank_you, follow_up, ask_feedback, reply)")
    if draft is None:
        raise ActionError(f"{step} has no draft: nothing to write")
    key = planned.key if planned else ""
    sender = pipeline.config.me[0]
    return StepDraft(interview, step, draft, draft_message_id(interview.id, step, key, sender))


def draft_json(found: StepDraft) -> dict[str, Any]:
    """``{"interview", "action", "to": [...], "subject", "body", "message_id"}``."""
    return {"interview": found.interview.id, "action": found.action, "to": list(found.draft.to),
            "subject": found.draft.subject, "body": found.draft.body, "message_id": found.message_id}


def print_draft(found: StepDraft, out: TextIO) -> None:
    """To, Subject, a blank line and the body: ready to paste."""
    nobody = f"({nobody_known(found.interview.id)})"
    print(f"To: {', '.join(found.draft.to) or nobody}", file=out)
    print(f"Subject: {found.draft.subject}", file=out)
    print(file=out)
    out.write(found.draft.body)


def save_draft(found: StepDraft, config: Config, password) -> bool:
    """File the draft in the configured IMAP drafts folder, flagged \\Draft; False when it
    was there already (found by its Message-ID, so never twice).

    Raise ActionError when no drafts folder is configured; DraftsFolderMissing (a SourceError)
    naming the folders the server has when the folder is not there; SourceError when the server fails.
    """
    from watcher.notify.imap_drafts import drafts_folder_named
    from watcher.sources import open_source

    folder = config.drafts.imap_folder
    if not folder and not any(a.type == "imap" for a in config.accounts):
        raise ActionError("--save files a draft in an IMAP account's drafts folder, and no IMAP account is"
                          " configured (a Maildir or an mbox is only read): leave out --save and paste the draft"
                          " into your mail program")
    if not folder:
        raise ActionError('no drafts folder configured: set [drafts] imap_folder = "Drafts"')
    account = next(a for a in config.accounts if a.name == config.drafts.account)
    sender = config.me[0]
    with open_source(account, lambda: password(account)) as source, drafts_folder_named(source, folder):
        if source.has_message_id(folder, found.message_id):
            return False
        source.append(folder, draft_to_mime(found.draft, sender, found.message_id, name=config.me_name),
                      ("\\Draft",))
    return True
