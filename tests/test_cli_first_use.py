"""What a first-time user meets on the command line: `watcher` run as a subprocess."""

from __future__ import annotations

from tests.test_cli import bare, watcher  # noqa: F401  (bare is a fixture)


def test_a_missing_default_config_points_to_watcher_init(tmp_path):
    home = tmp_path / "xdg"
    result = watcher("todo", env={"XDG_CONFIG_HOME": str(home)})
    assert result.returncode == 2
    assert str(home / "watcher" / "config.toml") in result.stderr
    assert "watcher init" in result.stderr
    assert "Traceback" not in result.stderr

