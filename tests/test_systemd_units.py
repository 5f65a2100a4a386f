"""The shipped systemd user units pass `systemd-analyze verify` with no complaint."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

UNITS = sorted((Path(__file__).parent.parent / "systemd").glob("watcher*.*"))
COMPLAINTS = ("Failed to parse", "Unknown key", "bad unit file setting", "is not executable", "Unknown section")


def _verify(units: list[Path], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("systemd-analyze")
    assert tool, "systemd-analyze is missing: the test command installs Debian's systemd package"
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    fake = home / ".local" / "bin" / "watcher"  # ExecStart must name an executable
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    return subprocess.run([tool, "--user", "verify", *map(str, units)], capture_output=True, text=True,
                          env=env, timeout=60)


def test_units_are_shipped():
    names = {u.name for u in UNITS}
    assert {"watcher-scan.service", "watcher-scan.timer"} <= names


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_unit_verifies(unit, tmp_path):
    result = _verify([unit], tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if any(c in line for c in COMPLAINTS)], output


def test_verify_catches_a_broken_unit(tmp_path):
    broken = tmp_path / "watcher-broken.service"
    broken.write_text("[Service]\nExecStrat=%h/.local/bin/watcher scan\nExecStart=%h/.local/bin/watcher scan\n")
    result = _verify([broken], tmp_path)
    assert "Unknown key" in result.stdout + result.stderr


# The service units' exposure as `systemd-analyze security` rates it (0 safest, 10 most
# exposed). The daemon's unit was rated 8.2 before it was hardened.
MOST_EXPOSURE = 5.0
SERVICES = [u for u in UNITS if u.suffix == ".service"]


def _exposure(unit: Path, tmp_path: Path) -> float:
    tool = shutil.which("systemd-analyze")
    assert tool, "systemd-analyze is missing: the test command installs Debian's systemd package"
    result = subprocess.run([tool, "security", "--offline=true", "--no-pager", str(unit)],
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout + result.stderr)
    assert match, result.stdout + result.stderr
    return float(match.group(1))


@pytest.mark.parametrize("unit", SERVICES, ids=lambda u: u.name)
def test_service_exposure_is_low(unit, tmp_path):
    assert _exposure(unit, tmp_path) <= MOST_EXPOSURE


def test_exposure_rates_an_unhardened_unit_high(tmp_path):
    bare = tmp_path / "watcher-bare.service"
    bare.write_text("[Service]\nExecStart=/bin/true\n")
    assert _exposure(bare, tmp_path) > MOST_EXPOSURE
