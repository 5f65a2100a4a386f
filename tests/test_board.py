"""The board as a user meets it: `watcher board` as a real process, Debian's Chromium driving the page.

The database is the bundled example's, filled by a real `watcher scan`; every check of
what changed asks `watcher status --json` (or `interview list --json`) as a subprocess.
"""

from __future__ import annotations

import http.client
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.child_process import dies_with_this_process
from tests.test_cli import REPO, watcher

selenium = pytest.importorskip("selenium")
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

WAIT = 30
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
)


class Board:
    def __init__(self, process: subprocess.Popen[str], url: str) -> None:
        self.process = process
        self.url = url
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "", parts.port or 0
        self.origin = f"http://{parts.netloc}"
        self.token = parts.query.removeprefix("token=")


@contextmanager
def running_board(config: Path, env: dict[str, str] | None = None) -> Iterator[Board]:
    """`watcher board --no-browser` on ``config`` until the block ends (then SIGTERM, exit 0)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "watcher", "--config", str(config), "board", "--no-browser"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env={**os.environ, **(env or {})},
        preexec_fn=dies_with_this_process(),
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:") and "?token=" in first, process.stderr.read() if process.stderr else ""
        yield Board(process, first)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""


@pytest.fixture
def board(example_db) -> Iterator[Board]:
    with running_board(example_db) as started:
        yield started


@pytest.fixture
def browser(tmp_path_factory) -> Iterator[webdriver.Chrome]:
    started = start_browser(tmp_path_factory.mktemp("chromium"))
    try:
        yield started
    finally:
        started.quit()


def start_browser(folder: Path) -> webdriver.Chrome:
    """Headless Chromium under chromedriver, both gone with this process even if it is killed."""
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.fail("chromium and chromedriver not found: install the Debian packages chromium and chromium-driver")
    options = Options()
    # chromedriver dies with this process (its death signal); Chromium, chromedriver's own
    # child, would outlive it, so it is started through setpriv with the same death signal
    # (kept across exec), set against chromedriver.
    launcher = folder / "chromium"
    launcher.write_text(f'#!/bin/sh\nexec setpriv --pdeathsig TERM -- {shlex.quote(chromium)} "$@"\n')
    launcher.chmod(0o755)
    options.binary_location = str(launcher)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={folder / 'profile'}")
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager look for a driver online
    service = Service(executable_path=driver, popen_kw={"preexec_fn": dies_with_this_process()})
    started = webdriver.Chrome(options=options, service=service)
    started.set_page_load_timeout(WAIT)
    return started


def status(config: Path) -> dict[str, dict]:
    result = watcher("status", "--json", config=config)
    assert result.returncode == 0, result.stderr
    return {i["id"]: i for i in json.loads(result.stdout)["interviews"]}


def expected_column(interview: dict, now: datetime) -> str:
    """The column the board's legend promises for what `watcher status --json` says."""
    if interview["status"] in ("closed", "dropped"):
        return "closed"
    if interview["status"] == "heard_back":
        return {"offer": "offer", "rejection": "rejected"}.get(interview["outcome"], "next_step")
    if interview["when"] and datetime.fromisoformat(interview["when"]) > now:
        return "upcoming"
    step = interview["next_step"]
    if step and step["action"] == "thank_you":
        return "to_thank"
    if step and datetime.fromisoformat(step["due"]) <= now:
        return "follow_up_due"
    return "waiting"


def wait_for_note(browser, words: str) -> None:
    """Wait until the page's status line says ``words`` (the page may be reloading meanwhile)."""
    WebDriverWait(browser, WAIT, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
        lambda b: words in b.find_element(By.ID, "note").text)


def wait_for(browser, css: str):
    return WebDriverWait(browser, WAIT).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def test_the_board_shows_each_interview_in_its_column(board, browser, example_db, tmp_path, capsys):
    browser.get(board.url)
    wait_for(browser, ".columns")
    interviews = status(example_db)
    assert len(interviews) == 4
    now = datetime.now(UTC)
    for interview_id, interview in interviews.items():
        cards = browser.find_elements(By.CSS_SELECTOR, f'[data-interview="{interview_id}"].card')
        assert len(cards) == 1, interview_id
        column = cards[0].find_element(By.XPATH, "./ancestor::section[@data-stage]")
        assert column.get_attribute("data-stage") == expected_column(interview, now), interview_id
        assert interview["company"] in cards[0].text
    shot = tmp_path / "board.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    with capsys.disabled():
        print(f"\nboard screenshot: {shot}")


def test_every_control_has_a_label_and_the_page_fits_a_narrow_window(board, browser):
    browser.set_window_size(420, 900)
    browser.get(board.url)
    wait_for(browser, ".columns")
    link = browser.find_element(By.CSS_SELECTOR, ".card h3 a")
    browser.get(link.get_attribute("href"))
    wait_for(browser, "#snooze-week")
    unlabelled = browser.execute_script(
        "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
        ".filter(e => !e.labels || e.labels.length === 0).map(e => e.outerHTML)"
    )
    assert unlabelled == []
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def _open_card(browser, board: Board, interview_id: str) -> None:
    browser.get(board.url)
    card = wait_for(browser, f'.card[data-interview="{interview_id}"] a')
    card.click()
    wait_for(browser, "#snooze-week")


def test_snooze_and_done_clicked_on_the_page_change_the_database(board, browser, example_db):
    before = status(example_db)
    interview_id = next(i for i, s in before.items() if s["next_step"])
    step = before[interview_id]["next_step"]

    _open_card(browser, board, interview_id)
    browser.find_element(By.ID, "snooze-week").click()
    wait_for_note(browser, "snoozed until")
    after_snooze = status(example_db)[interview_id]
    assert datetime.fromisoformat(after_snooze["next_step"]["due"]) >= datetime.now(UTC) + timedelta(days=6)

    browser.find_element(By.ID, "done").click()
    wait_for_note(browser, "marked done")
    after_done = status(example_db)[interview_id]
    assert after_done["next_step"] is None or after_done["next_step"]["action"] != step["action"]
    listed = watcher("interview", "show", interview_id, "--json", config=example_db)
    assert listed.returncode == 0
    assert json.loads(listed.stdout)["snoozed_until"] is not None


def test_the_page_updates_by_itself_when_the_database_changes(board, browser, example_db):
    interview_id = next(iter(status(example_db)))
    _open_card(browser, board, interview_id)
    assert "Snoozed until" not in browser.find_element(By.TAG_NAME, "main").text
    changed = watcher("snooze", interview_id, "2w", config=example_db)
    assert changed.returncode == 0, changed.stderr
    WebDriverWait(browser, WAIT, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
        lambda b: "Snoozed until" in b.find_element(By.TAG_NAME, "main").text)


def _request(board: Board, method: str, path: str, headers: dict[str, str], body: str = "") -> int:
    connection = http.client.HTTPConnection(board.host, board.port, timeout=WAIT)
    try:
        connection.putrequest(method, path, skip_host=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body.encode())
        return connection.getresponse().status
    finally:
        connection.close()


def test_requests_without_the_token_from_a_foreign_host_or_origin_are_refused(board, example_db):
    host = f"127.0.0.1:{board.port}"
    token = f"?token={board.token}"
    interview_id = next(iter(status(example_db)))
    form = f"interview={interview_id}&for=1w"
    snooze = f"/act/snooze{token}"
    form_headers = {"Host": host, "Origin": board.origin, "Content-Type": "application/x-www-form-urlencoded"}

    assert _request(board, "GET", f"/{token}", {"Host": host}) == 200
    assert _request(board, "GET", "/", {"Host": host}) == 403
    assert _request(board, "GET", "/?token=wrong", {"Host": host}) == 403
    assert _request(board, "GET", "/static/board.css", {"Host": host}) == 403
    assert _request(board, "GET", f"/{token}", {"Host": f"evil.example:{board.port}"}) == 403
    assert _request(board, "POST", snooze, {**form_headers, "Origin": "http://evil.example"}, form) == 403
    assert _request(board, "POST", snooze, {k: v for k, v in form_headers.items() if k != "Origin"}, form) == 403
    shown = watcher("interview", "show", interview_id, "--json", config=example_db)
    assert json.loads(shown.stdout)["snoozed_until"] is None
    # The same request from the page itself goes through: the refusals above were the guard's.
    assert _request(board, "POST", snooze, form_headers, form) == 303
    shown = watcher("interview", "show", interview_id, "--json", config=example_db)
    assert json.loads(shown.stdout)["snoozed_until"] is not None


def test_the_export_opens_in_the_browser_and_shows_every_interview(example_db, browser, tmp_path):
    path = tmp_path / "board.html"
    result = watcher("board", "--export", str(path), config=example_db)
    assert result.returncode == 0, result.stderr
    html = path.read_text()
    assert path.stat().st_mode & 0o777 == 0o600  # it names everyone you talk to
    assert "<script" not in html and "/static/" not in html and "<form" not in html
    browser.get(path.as_uri())
    wait_for(browser, ".columns")
    for interview_id, interview in status(example_db).items():
        card = browser.find_element(By.CSS_SELECTOR, f'.card[data-interview="{interview_id}"]')
        assert interview["company"] in card.text
        assert browser.find_element(By.ID, f"detail-{interview_id}").is_displayed()


def test_a_card_shows_news_you_logged_by_hand_as_the_last_word(example_db, browser, tmp_path):
    logged = watcher("interview", "log", "umbrella-research", "--heard", "next_step", "--at", "2026-11-25T10:00",
                     config=example_db)
    assert logged.returncode == 0, logged.stderr
    path = tmp_path / "board.html"
    assert watcher("board", "--export", str(path), config=example_db).returncode == 0
    browser.get(path.as_uri())
    wait_for(browser, ".columns")
    card = browser.find_element(By.CSS_SELECTOR, '.card[data-interview="umbrella-research"] .last')
    assert card.text == "Last: Wed 25 Nov: you logged: heard a next step"
    # ...and its timeline says it in the same words (before: "you logged: heard next_step").
    timeline = browser.find_element(By.ID, "detail-umbrella-research").get_attribute("textContent")
    assert "you logged: heard a next step" in timeline and "next_step" not in timeline
    other = browser.find_element(By.CSS_SELECTOR, '.card[data-interview="acme-data-engineer"] .last')
    assert "you logged" not in other.text  # its latest word came by mail


def test_a_card_words_what_it_heard_without_brackets_in_brackets(board, browser, example_db):
    logged = watcher("interview", "log", "umbrella-research", "--heard", "rejection", "--at", "2026-11-25T10:00",
                     config=example_db)
    assert logged.returncode == 0, logged.stderr
    _open_card(browser, board, "umbrella-research")
    said = browser.find_element(By.XPATH, '//dt[text()="Status"]/following-sibling::dd[1]')
    assert said.text == "heard back: a decision (not this time)"


def test_a_running_board_leaves_its_address_for_notice_buttons_and_takes_it_away(example_db):
    from watcher.config import load_config
    from watcher.web.server import board_file, running_board

    database = load_config(example_db).database
    process = subprocess.Popen(
        [sys.executable, "-m", "watcher", "--config", str(example_db), "board", "--no-browser", "--port", "0"],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert running_board(database) == url
        assert board_file(database).stat().st_mode & 0o777 == 0o600
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=WAIT) == 0
    assert running_board(database) is None and not board_file(database).exists()


def test_log_this_interview_from_a_suggestion_and_reach_the_cards_by_keyboard(board, browser, example_db):
    from selenium.webdriver.common.keys import Keys

    browser.get(board.url)
    wait_for(browser, ".columns")
    # Keyboard only: the first Tab reaches the skip link, the following ones the first card.
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    reached = []
    for _ in range(3):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        reached.append(browser.switch_to.active_element.get_attribute("href") or "")
    assert any("/interview/" in href for href in reached)

    before = json.loads(watcher("interview", "list", "--json", config=example_db).stdout)
    offered = [b for b in browser.find_elements(By.TAG_NAME, "button") if b.text == "Log this interview"]
    assert offered
    # The bundled Acme final round offers two times: its form asks for the one taken.
    form = offered[0].find_element(By.XPATH, "./ancestor::form")
    for field in form.find_elements(By.CSS_SELECTOR, 'input[name="when"]'):
        assert field.get_attribute("required") is not None
        browser.execute_script("arguments[0].value = '2026-11-10T14:00'", field)
    offered[0].click()
    wait_for_note(browser, "logged")
    after = json.loads(watcher("interview", "list", "--json", config=example_db).stdout)
    assert len(after) == len(before) + 1
    new = next(i for i in after if i["id"] not in {j["id"] for j in before})
    assert browser.find_elements(By.CSS_SELECTOR, f'.card[data-interview="{new["id"]}"]')
    still = [b for b in browser.find_elements(By.TAG_NAME, "button") if b.text == "Log this interview"]
    assert len(still) == len(offered) - 1


def test_a_step_already_announced_stays_on_its_card_with_its_draft_and_done_button(
        example_db, notification_server, browser, tmp_path):
    # Initech's first follow-up falls due on Monday 23 Nov; a scan then announces it. Until the
    # follow-up is sent, the card must say so as `watcher todo` does: not "nothing to do".
    example_db.write_text(example_db.read_text().replace(
        "[notify.desktop]\nenabled = false", "[notify.desktop]\nenabled = true"))
    env = {"DBUS_SESSION_BUS_ADDRESS": notification_server.address}
    scan = watcher("scan", "--now", "2026-11-23T10:00", "--notify", config=example_db, env=env)
    assert scan.returncode == 0, scan.stderr
    notification_server.wait_for_calls(1)
    [initech] = [i for i in json.loads(watcher("todo", "--json", config=example_db, env=env).stdout)["interviews"]
                 if i["id"] == "initech-pm"]
    assert initech["next_step"]["action"] == "follow_up_1" and initech["next_step"]["announced_at"]

    path = tmp_path / "board.html"
    assert watcher("board", "--export", str(path), config=example_db, env=env).returncode == 0
    browser.get(path.as_uri())
    wait_for(browser, ".columns")
    card = browser.find_element(By.CSS_SELECTOR, '.card[data-interview="initech-pm"]')
    column = card.find_element(By.XPATH, "./ancestor::section[@data-stage]")
    assert column.get_attribute("data-stage") == "follow_up_due"
    assert "follow up" in card.text and "Nothing to do" not in card.text
    assert "follow up (reminded Mon 23 Nov)" in card.text  # as `watcher todo` says it
    detail = browser.find_element(By.ID, "detail-initech-pm")
    assert "Following up on our interview" in detail.text  # the draft of the announced step


def test_a_running_board_offers_done_for_a_step_already_announced(example_db, notification_server, browser):
    example_db.write_text(example_db.read_text().replace(
        "[notify.desktop]\nenabled = false", "[notify.desktop]\nenabled = true"))
    env = {"DBUS_SESSION_BUS_ADDRESS": notification_server.address}
    scan = watcher("scan", "--now", "2026-11-23T10:00", "--notify", config=example_db, env=env)
    assert scan.returncode == 0, scan.stderr
    with running_board(example_db, env) as board:
        _open_card(browser, board, "initech-pm")
        assert browser.find_element(By.ID, "done").text == "Done: follow up"
        assert "Following up on our interview" in browser.find_element(By.TAG_NAME, "main").text


def test_news_promised_by_is_offered_only_where_the_board_can_change_it(board, browser, example_db):
    """Before, the board offered the date's form for an interview kept in the interviews
    file, then refused what was typed in it."""
    added = watcher("interview", "add", "--company", "Hooli", "--when", "2026-11-20T10:00", "--id", "hooli",
                    config=example_db)
    assert added.returncode == 0, added.stderr
    _open_card(browser, board, "acme-data-engineer")  # from the interviews file
    assert "set feedback_by in the interviews file" in browser.find_element(By.ID, "feedback-by-in-file").text
    assert not browser.find_elements(By.CSS_SELECTOR, 'form[action="/act/feedback-by"]')
    promised = browser.find_element(By.XPATH, '//dt[text()="News promised by"]/following-sibling::dd[1]')
    assert promised.text == "2026-11-06 (a holding reply moved it from 2026-11-03, the date you logged)"

    _open_card(browser, board, "hooli")  # logged here: the board changes it
    form = browser.find_element(By.CSS_SELECTOR, 'form[action="/act/feedback-by"]')
    field = form.find_element(By.NAME, "date")
    browser.execute_script("arguments[0].value = '2026-11-27'", field)
    form.find_element(By.TAG_NAME, "button").click()
    wait_for_note(browser, "hooli: news promised by 2026-11-27")
    shown = json.loads(watcher("interview", "show", "hooli", "--json", config=example_db).stdout)
    assert shown["feedback_by"] == "2026-11-27" and shown["decision"]["promised_by"] == "2026-11-27"
