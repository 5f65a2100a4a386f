"""`watcher board --port`: a port that is taken or no port at all is refused with what to do."""

from __future__ import annotations

import socket

from tests.test_cli import bare, watcher  # noqa: F401 (fixture)


def test_a_port_another_program_listens_on_is_named_with_what_to_do(bare):  # noqa: F811
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = watcher("board", "--port", str(port), "--no-browser", config=bare)
    assert result.returncode == 2
    assert result.stderr == (f"watcher: cannot serve the board on 127.0.0.1:{port}: another program listens on it; "
                             "give another with --port, or leave --port out for a free one\n")
    assert result.stdout == ""


def test_a_number_that_is_no_port_is_refused_before_anything_runs(bare):  # noqa: F811
    result = watcher("board", "--port", "99999", "--no-browser", config=bare)
    assert result.returncode == 2
    assert "argument --port: '99999' is not a port: give a number from 1 to 65535" in result.stderr
    assert "Traceback" not in result.stderr
