"""Make docs/board.png: the board on the bundled example, in Debian's headless Chromium.

    .venv/bin/python docs/board_screenshot.py

Copies examples/ to a temp dir, scans it, serves the board, and saves the screenshot.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        shutil.copytree(REPO / "examples", tmp / "examples", ignore=shutil.ignore_patterns("*.db*"))
        config = tmp / "config.toml"
        config.write_text((REPO / "config.example.toml").read_text())
        watcher = [sys.executable, "-m", "watcher", "--config", str(config)]
        subprocess.run([*watcher, "scan", "--no-notify"], check=True, capture_output=True, cwd=REPO)
        board = subprocess.Popen([*watcher, "board", "--no-browser"], stdout=subprocess.PIPE, text=True, cwd=REPO)
        try:
            url = board.stdout.readline().strip() if board.stdout else ""
            options = Options()
            options.binary_location = shutil.which("chromium") or "chromium"
            for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-first-run",
                         "--window-size=1500,820", f"--user-data-dir={tmp / 'profile'}"):
                options.add_argument(flag)
            driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
            try:
                driver.get(url)
                WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".columns")))
                driver.save_screenshot(str(REPO / "docs" / "board.png"))
            finally:
                driver.quit()
        finally:
            board.send_signal(signal.SIGTERM)
            board.wait(timeout=30)


if __name__ == "__main__":
    main()
