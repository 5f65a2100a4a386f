"""The run-up from a platform (the receipt of the application, the invitation through its reply
address, the booking's confirmation, the user's answer) is tied to the interview as context
and changes nothing that is decided: at every moment the to-do list, the scan's verdict, the
notices it would send and the board's card are those of the same interview with no mail at
all; the interview's timeline and report show it. Run as a user would: `watcher scan` over a
real Maildir, the board read from the same database.
"""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.corpus_scan import USER, config_text, maildir_account
from tests.test_cli import watcher
from tests.test_match_traps import raw_message, t
from watcher.settings import load_config
from watcher.store import Store
from watcher.web.view import BoardSource

INTERVIEWS = """
[[interview]]
id = "corvina"
company = "Corvina Analytics Ltd"
role = "Data Engineer"
when = 2026-11-16T10:00:00+00:00
contacts = ["amelia.hart@corvina.co.uk"]
domains = ["corvina.co.uk"]
"""

RUN_UP = (
    t("q1", "receipt", "corvina", "Corvina Analytics <no-reply@us.greenhouse-mail.io>", USER,
      "Thanks for applying to Corvina Analytics Ltd",
      "Hi Alex,\n\nThank you for applying for the Data Engineer role at Corvina Analytics Ltd. We have received "
      "your application and will review it carefully.\n\nCorvina Analytics Talent", datetime(2026, 10, 22, 9, tzinfo=UTC)),
    t("q2", "invitation", "corvina", "Amelia Hart <no-reply@us.greenhouse-mail.io>", USER,
      "Corvina Analytics Ltd - Data Engineer interview",
      "Hi Alex,\n\nWe'd like to invite you to an interview for the Data Engineer role at Corvina Analytics Ltd "
      "on Monday 16 November at 10:00. Could you confirm that this works?\n\nAmelia Hart",
      datetime(2026, 11, 3, 11, tzinfo=UTC), reply_to="Amelia Hart <reply+77ab@us.greenhouse-mail.io>"),
    t("q3", "answer", "corvina", USER, "Amelia Hart <reply+77ab@us.greenhouse-mail.io>",
      "Re: Corvina Analytics Ltd - Data Engineer interview",
      "Hi Amelia,\n\nThank you, Monday 16 November at 10:00 suits me.\n\nBest,\nAlex",
      datetime(2026, 11, 3, 15, tzinfo=UTC), parent="q2"),
    t("q4", "booking", "corvina", "Calendly <notifications@calendly.com>", USER,
      "Confirmed: Data Engineer interview with Corvina Analytics Ltd",
      "Hi Alex,\n\nA new event has been scheduled.\n\nEvent: Data Engineer interview - Corvina Analytics Ltd\n"
      "Date: Monday, 16 November 2026, 10:00 (GMT)\n\nCancel or reschedule.", datetime(2026, 11, 4, 8, tzinfo=UTC)),
)
FAMILY = {probe.name: probe for probe in RUN_UP}
# Before the interview, the morning after it (thank-you due), weeks later (follow-ups).
MOMENTS = ("2026-11-10T10:00", "2026-11-17T10:00", "2026-11-27T10:00", "2026-12-14T10:00")


def _setup(root: Path, mail: tuple = ()) -> Path:
    root.mkdir()
    (root / "interviews.toml").write_text(INTERVIEWS, encoding="utf-8")
    inbox, sent = root / "inbox", root / "sent"
    boxes = {False: mailbox.Maildir(inbox, create=True), True: mailbox.Maildir(sent, create=True)}
    for probe in mail:
        boxes[probe.sent].add(raw_message(probe, FAMILY))
    config = root / "config.toml"
    config.write_text(config_text(root, maildir_account(inbox, sent)), encoding="utf-8")
    return config


def _json(config: Path, *args: str) -> dict[str, Any]:
    result = watcher(*args, "--json", config=config)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _board_card(config: Path, moment: str) -> dict[str, Any]:
    settings = load_config(config)
    now = datetime.fromisoformat(moment).replace(tzinfo=UTC)
    with Store.open(settings.database) as store:
        board = BoardSource(settings).board(store, now)
    [(column, card)] = [(c.stage, card) for c in board.columns for card in c.cards]
    fields = {name: value for name, value in vars(card).items() if name != "last_message"}
    return {"column": column, **fields, "review": len(board.review), "suggestions": len(board.suggestions)}


def _decided(config: Path, moment: str) -> tuple[Any, ...]:
    """What the to-do list, the scan, the notices it would send and the board say at ``moment``."""
    todo = _json(config, "todo", "--all", "--now", moment)["interviews"]
    scan = _json(config, "scan", "--no-notify", "--now", moment)
    [interview] = scan["interviews"]
    notices = sorted((n["action"], n["interview"]) for n in scan.get("notices", []))
    return todo, interview, notices, _board_card(config, moment)


@pytest.fixture
def configs(tmp_path: Path) -> tuple[Path, Path]:
    return _setup(tmp_path / "run_up", RUN_UP), _setup(tmp_path / "no_mail")


def test_the_run_up_is_shown_and_decides_nothing(configs: tuple[Path, Path]) -> None:
    with_run_up, without = configs
    first = _json(with_run_up, "scan", "--no-notify", "--now", MOMENTS[0])
    tied = {m["message_id"]: m for m in first["messages"] if m.get("interview") == "corvina"}
    assert set(tied) == {probe.message_id for probe in RUN_UP}, first["messages"]
    assert tied[RUN_UP[0].message_id]["kind"] == "acknowledgement"
    assert tied[RUN_UP[1].message_id]["kind"] == "next_step"
    assert "new repl" not in first.get("text", "")
    _json(without, "scan", "--no-notify", "--now", MOMENTS[0])
    for moment in MOMENTS:
        got, expected = _decided(with_run_up, moment), _decided(without, moment)
        assert got == expected, moment
        _todo, interview, notices, _card = got
        assert interview["last_heard"] is None and interview["status"] != "heard_back", interview
        assert all(action not in ("heard_back", "reply") for action, _ in notices), notices
    # The timeline and the report show it, oldest first.
    shown = _json(with_run_up, "interview", "show", "corvina", "--now", MOMENTS[-1])
    assert [m["message_id"] for m in shown["messages"]] == [probe.message_id for probe in RUN_UP]
    settings = load_config(with_run_up)
    with Store.open(settings.database) as store:
        detail = BoardSource(settings).detail(store, "corvina", datetime(2026, 12, 14, 10, tzinfo=UTC))
    assert detail is not None
    assert [item.what for item in detail.timeline][:4] == ["received", "received", "sent", "received"]
    assert all("context, not feedback" in item.detail for item in detail.timeline[:4])
