"""The interview import file and the field parser the CLI shares with it."""

from __future__ import annotations

import re

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from watcher.config import ConfigError
from watcher.interviews_file import load_interviews, parse_interview_fields, slugify
from watcher.model import Interview

GOOD = """\
[[interview]]
id = "acme-backend"
company = "Acme"
role = "Backend engineer"
when = 2026-11-02T10:00:00+01:00
contacts = ["Jane@Acme.example", "bob@acme.example", "jane@acme.example"]
domains = ["Acme.example", "@jobs.acme.example"]
via = "Recruiter@Agency.example"
feedback_by = 2026-11-09
notes = "Met Jane and Bob"

[interview.policy]
follow_up_days = 4
working_hours = "08:00-16:00"

[[interview]]
company = "Globex Corporation"
when = 2026-11-03T23:30:00-05:00
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "interviews.toml"
    path.write_text(text)
    return path


def test_good_rows(tmp_path: Path) -> None:
    interviews, errors = load_interviews(write(tmp_path, GOOD))
    assert errors == []
    acme, globex = interviews
    assert acme == Interview(
        id="acme-backend",
        company="Acme",
        role="Backend engineer",
        when=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
        contacts=("jane@acme.example", "bob@acme.example"),
        domains=("acme.example", "jobs.acme.example"),
        via="recruiter@agency.example",
        feedback_by=date(2026, 11, 9),
        notes="Met Jane and Bob",
        policy={"follow_up_days": 4, "working_hours": "08:00-16:00"},
    )
    # The derived id uses the date where the interview took place, not the UTC date.
    assert globex.id == "globex-corporation-2026-11-03"
    assert globex.when == datetime(2026, 11, 4, 4, 30, tzinfo=UTC)
    assert (globex.contacts, globex.domains, globex.policy, globex.role) == ((), (), {}, None)


BAD_ROWS = [
    (
        'id = "globex-2"\ncompany = "Globex"\nwhen = 2026-11-02T10:00:00\n',
        "interview[1] (id 'globex-2'): when: the time has no UTC offset: add one",
    ),
    ('company = "Globex"\nwhen = 2026-11-02\n', "interview[1]: when: 2026-11-02 has no time: at what time was the interview?"),
    ('company = "Globex"\nwhen = 10:00:00\n', "interview[1]: when: a time alone is not enough"),
    ('company = "Globex"\nwhen = "next tuesday"\n', "interview[1]: when: not a date and time"),
    ('company = "Globex"\n', "interview[1]: when: required key is missing"),
    ("when = 2026-11-02T10:00:00Z\n", "interview[1]: company: required key is missing"),
    ('company = " "\nwhen = 2026-11-02T10:00:00Z\n', "interview[1]: company: must not be empty"),
    (
        'id = "Globex 2"\ncompany = "G"\nwhen = 2026-11-02T10:00:00Z\n',
        "interview[1] (id 'Globex 2'): id: 'Globex 2' is not a valid id",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\ncomapny = "x"\n',
        "interview[1]: comapny: unknown key (did you mean 'company'?)",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\ncontacts = ["nobody"]\n',
        "interview[1]: contacts[0]: 'nobody' is not a mail address",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\ndomains = ["hr@g.example"]\n',
        "interview[1]: domains[0]: 'hr@g.example' is an address",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\ndomains = ["not a domain"]\n',
        "interview[1]: domains[0]: 'not a domain' is not a domain name",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\nvia = "agency"\n',
        "interview[1]: via: 'agency' is not a mail address",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\nfeedback_by = 2026-11-09T12:00:00Z\n',
        "interview[1]: feedback_by: give a plain date",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\nfeedback_by = "soon"\n',
        "interview[1]: feedback_by: not a date",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\n[interview.policy]\nfolow_up_days = 4\n',
        "interview[1]: policy.folow_up_days: unknown key (did you mean 'follow_up_days'?)",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\n[interview.policy]\nworking_hours = "17:00-08:00"\n',
        "interview[1]: policy.working_hours: the start must come before the end",
    ),
    (
        'company = "G"\nwhen = 2026-11-02T10:00:00Z\npolicy = 3\n',
        "interview[1]: policy: Input should be a valid dictionary",
    ),
    (
        'id = "acme-backend"\ncompany = "Acme"\nwhen = 2026-11-02T10:00:00Z\n',
        "interview[1] (id 'acme-backend'): id: duplicate of interview[0]",
    ),
]


@pytest.mark.parametrize(("row", "expected"), BAD_ROWS, ids=[expected for _, expected in BAD_ROWS])
def test_bad_row_is_reported_and_good_row_kept(tmp_path: Path, row: str, expected: str) -> None:
    text = GOOD.split("[[interview]]\ncompany")[0] + "[[interview]]\n" + row
    interviews, errors = load_interviews(write(tmp_path, text))
    assert [interview.id for interview in interviews] == ["acme-backend"]
    assert any(re.sub(r"^line \d+: ", "", line).startswith(expected) for line in errors), errors
    assert all(re.match(r"^line \d+: ", line) for line in errors), errors


def test_all_problems_of_a_row_at_once(tmp_path: Path) -> None:
    text = '[[interview]]\nid = "x"\nwhen = 2026-11-02\nvia = "nope"\n[interview.policy]\nreply_days = -1\n'
    _, errors = load_interviews(write(tmp_path, text))
    assert sorted(line.split(": ")[2] for line in errors) == ["company", "policy.reply_days", "via", "when"]
    # Each at its key's line; the missing company at the table's own.
    assert sorted(line.split(": ")[0] for line in errors) == ["line 1", "line 3", "line 4", "line 6"]


def test_duplicate_derived_id_suggests_an_id(tmp_path: Path) -> None:
    row = '[[interview]]\ncompany = "Acme"\nwhen = 2026-11-02T{}:00:00+01:00\n'
    interviews, errors = load_interviews(write(tmp_path, row.format("10") + row.format("15")))
    assert [interview.id for interview in interviews] == ["acme-2026-11-02"]
    assert errors == [
        "line 4: interview[1] (id 'acme-2026-11-02'): id: duplicate of interview[0]; add an id to tell them apart"
    ]


def test_file_level_problems(tmp_path: Path) -> None:
    _, errors = load_interviews(write(tmp_path, 'interviews = []\n[interview]\ncompany = "A"\n'))
    assert errors == [
        "interviews: unknown key (did you mean 'interview'?)",
        "interview: write each interview as an [[interview]] table (a list of tables)",
    ]
    with pytest.raises(ConfigError, match="line 1, column"):
        load_interviews(write(tmp_path, "[[interview]\n"))
    with pytest.raises(ConfigError, match="not found"):
        load_interviews(tmp_path / "missing.toml")


def test_empty_file_has_no_interviews(tmp_path: Path) -> None:
    assert load_interviews(write(tmp_path, "")) == ([], [])


# --- the CLI's entry point ---------------------------------------------------------------


def test_cli_strings() -> None:
    interview = parse_interview_fields(
        {
            "company": "Initech",
            "when": "2026-11-03T10:00+01:00",
            "contacts": "Peter@Initech.example, bill@initech.example",
            "domains": "initech.example",
            "feedback_by": "2026-11-10",
        },
        "interview",
    )
    assert interview.id == "initech-2026-11-03"
    assert interview.when == datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    assert interview.contacts == ("peter@initech.example", "bill@initech.example")
    assert interview.domains == ("initech.example",)
    assert interview.feedback_by == date(2026, 11, 10)


def test_naive_time_takes_the_default_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    summer = parse_interview_fields({"company": "A", "when": "2026-07-01T10:00"}, default_tz=berlin)
    winter = parse_interview_fields({"company": "A", "when": datetime(2026, 12, 1, 10, 0)}, default_tz=berlin)
    assert summer.when == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    assert winter.when == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    fixed = parse_interview_fields({"company": "A", "when": "2026-12-01T10:00-03:00"}, default_tz=berlin)
    assert fixed.when == datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=-3))).astimezone(UTC)


def test_errors_without_where_start_with_the_key() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_interview_fields({"company": "A", "when": "2026-11-03T10:00"})
    assert caught.value.errors == [
        "when: the time has no UTC offset: add one, e.g. 2026-11-03T10:00:00+01:00"
    ]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Acme GmbH & Co. KG", "acme-gmbh-co-kg"),
        ("Société Générale", "societe-generale"),
        ("  --Globex--  ", "globex"),
        ("42 Labs", "42-labs"),
        ("株式会社", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_company_without_ascii_still_gets_an_id() -> None:
    interview = parse_interview_fields({"company": "株式会社", "when": "2026-11-03T10:00Z"})
    assert interview.id == "interview-2026-11-03"


# -- a whole file that cannot be read, through the real `watcher scan` ------------------------


def test_a_syntax_error_in_the_interviews_file_fails_the_scan_and_keeps_the_interviews(tmp_path: Path) -> None:
    """Before, the scan printed the error among the tables and exited 0; a script or a timer
    running `watcher scan` never learnt that the file it relies on was not read."""
    import json
    import shutil

    from tests.test_cli import REPO, watcher

    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    first = watcher("scan", "--no-notify", config=config)
    assert first.returncode == 0, first.stderr

    interviews = tmp_path / "examples" / "interviews.toml"
    lines = interviews.read_text().splitlines()
    lines.insert(3, 'company = "Acme Analytics')  # a quote left open on line 4
    interviews.write_text("\n".join(lines) + "\n")
    broken = watcher("-q", "scan", "--no-notify", config=config)
    assert broken.returncode == 2, broken.stdout + broken.stderr  # a config error, as for the config file
    said = broken.stderr.strip().splitlines()
    assert len(said) == 1, said  # told once, not again by a log line
    assert str(interviews) in said[0] and "line 4" in said[0]
    assert "fix it and run `watcher scan` again" in said[0]
    assert "interviews read from it before are kept" in said[0]

    checked = watcher("-q", "check", config=config)
    assert checked.returncode == 1
    [line] = [line for line in checked.stdout.splitlines() if "TOML syntax error" in line]
    assert line.startswith(f"interviews file {interviews}, line 4, column ") and line.count(str(interviews)) == 1

    kept = json.loads(watcher("interview", "list", "--json", config=config).stdout)
    assert {i["id"] for i in kept} >= {"acme-data-engineer", "globex-backend"}  # nothing forgotten

    interviews.write_text("oops = [\n")  # unclosed at the end: tomllib names no line; the file's last one
    unclosed = watcher("-q", "scan", "--json", "--no-notify", config=config)
    assert unclosed.returncode == 2
    errors = json.loads(unclosed.stdout)["import_errors"]
    assert len(errors) == 1 and "line 1 (the end of the file)" in errors[0]

    interviews.unlink()
    missing = watcher("-q", "scan", "--no-notify", config=config)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert "create it, one [[interview]] table per interview" in missing.stderr  # what to do
    assert "or take interviews_file out of the config" in missing.stderr
    checked = watcher("-q", "check", config=config).stdout
    assert "or take interviews_file out of the config" in checked


# -- rows added to the config's interviews file, between scans ----------------------------

NEW_ROW = '\n[[interview]]\nid = "hooli-sre"\ncompany = "Hooli"\nwhen = 2026-11-20T10:00:00+00:00\n'
BAD_ROW = '\n[[interview]]\nid = "wayne-pm"\ncompany = "Wayne"\nwhen = 2026-11-20\n'  # no time


def _example_with_rows_added(tmp_path: Path) -> tuple[Path, Path]:
    """The bundled example scanned once, then a good row and a bad one added to its file."""
    import shutil

    from tests.test_cli import REPO, watcher

    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text())
    scanned = watcher("scan", "--no-notify", "--now", "2026-11-23T10:00", config=config)
    assert scanned.returncode == 0, scanned.stderr
    interviews = tmp_path / "examples" / "interviews.toml"
    interviews.write_text(interviews.read_text() + NEW_ROW + BAD_ROW)
    return config, interviews


def _told_once(result, interviews: Path) -> str:
    """The bad row's one line, wherever it was said (standard output or error, log included)."""
    said = [line for line in (result.stdout + result.stderr).splitlines() if "'wayne-pm'" in line]
    assert len(said) == 1, said
    line = said[0]
    assert str(interviews) in line and "line 49: interview[5] (id 'wayne-pm'): when: 2026-11-20 has no time" in line
    assert "not read until it is fixed in the file; read well before, its interview stays as it was" in line
    return line


def test_interview_list_shows_the_file_s_new_rows_before_a_scan_and_a_bad_row_once(tmp_path: Path) -> None:
    """Before, the list read the database only: an interview added to the file since the last
    scan was missing, and so was any word about the row that could not be read."""
    import json

    from tests.test_cli import watcher

    config, interviews = _example_with_rows_added(tmp_path)
    listed = watcher("interview", "list", config=config, env={"COLUMNS": "200"})
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[1]: line for line in listed.stdout.splitlines() if line.startswith("│ ")}
    assert "not stored yet" in rows["hooli-sre"] and "open" in rows["acme-data-engineer"]
    assert "wayne-pm" not in rows
    _told_once(listed, interviews)

    records = json.loads(watcher("interview", "list", "--json", config=config).stdout)
    assert {r["id"]: r["stored"] for r in records} == {
        "acme-data-engineer": True, "globex-backend": True, "initech-pm": True, "umbrella-research": True,
        "hooli-sre": False}

    assert watcher("scan", "--no-notify", "--now", "2026-11-23T10:00", config=config).returncode == 0
    after = json.loads(watcher("interview", "list", "--json", config=config).stdout)
    assert {r["id"]: r["stored"] for r in after}["hooli-sre"] is True


def test_a_scan_tells_a_bad_row_once_with_its_file_and_key(tmp_path: Path) -> None:
    """Before, a scan told it twice: in its report and again in a warning of the log."""
    from tests.test_cli import watcher

    config, interviews = _example_with_rows_added(tmp_path)
    scanned = watcher("scan", "--no-notify", "--now", "2026-11-23T10:00", config=config, env={"COLUMNS": "400"})
    assert scanned.returncode == 0, scanned.stderr
    assert _told_once(scanned, interviews) in scanned.stdout  # in the report, for the person who ran it


# -- times written without an offset, and zone names ---------------------------------------


def _example(tmp_path: Path, zone: str = "Europe/Berlin") -> tuple[Path, Path]:
    """The bundled example with its config's ``[policy] timezone`` set to ``zone``."""
    import shutil

    from tests.test_cli import REPO

    shutil.copytree(REPO / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.db*"))
    config = tmp_path / "config.toml"
    config.write_text((REPO / "config.example.toml").read_text().replace(
        'timezone = "Europe/Berlin"', f'timezone = "{zone}"'))
    return config, tmp_path / "examples" / "interviews.toml"


def _listed(config: Path) -> dict[str, str]:
    import json

    from tests.test_cli import watcher

    listed = watcher("interview", "list", "--json", config=config)
    assert listed.returncode == 0, listed.stderr
    return {r["id"]: r["when"] for r in json.loads(listed.stdout)}


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_interview_add_reads_a_zone_name_and_a_time_without_offset_in_the_configured_zone(tmp_path: Path) -> None:
    from tests.test_cli import watcher

    config, _ = _example(tmp_path, "America/New_York")
    named = watcher("interview", "add", "--company", "Quillmoor", "--id", "quillmoor",
                    "--when", "2026-12-03 14:00 Europe/Berlin", config=config)
    assert named.returncode == 0, named.stderr
    plain = watcher("interview", "add", "--company", "Tessaly", "--id", "tessaly",
                    "--when", "2026-12-03 14:00", config=config)
    assert plain.returncode == 0, plain.stderr
    listed = _listed(config)
    assert _utc(listed["quillmoor"]) == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    assert _utc(listed["tessaly"]) == datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # New York, UTC-5

    help_text = " ".join(watcher("interview", "add", "--help").stdout.split())
    assert "[policy] timezone" in help_text and "'2026-11-03 10:00 Europe/Berlin'" in help_text


@pytest.mark.parametrize(("typed", "said"), [
    ("2026-12-03 14:00 Europe/Berln", "--when: unknown time zone 'Europe/Berln': use an IANA name"),
    ("2026-12-03T14:00+01:00 Europe/Berlin", "gives both a UTC offset and a time zone"),
    ("2026-03-29 02:30", "--when: 2026-03-29T02:30 does not exist in Europe/Berlin (the clocks go forward then)"),
    ("2026-10-25 02:30 Europe/Berlin",
     ("--when: 2026-10-25T02:30 happens twice in Europe/Berlin, as the clocks go back: write its offset, "
      "2026-10-25T02:30+02:00 or 2026-10-25T02:30+01:00")),
])
def test_interview_add_refuses_a_time_it_cannot_place(tmp_path: Path, typed: str, said: str) -> None:
    from tests.test_cli import watcher

    config, _ = _example(tmp_path)
    result = watcher("interview", "add", "--company", "Quillmoor", "--when", typed, config=config)
    assert result.returncode == 2
    assert said in result.stderr, result.stderr


def test_the_interviews_file_reads_a_local_time_in_the_configured_zone(tmp_path: Path) -> None:
    """A TOML local date-time (no offset) is a wall-clock time in ``[policy] timezone``, read
    again in the new zone when the setting changes; a string may name its zone."""
    from tests.test_cli import watcher

    config, interviews = _example(tmp_path, "Europe/Lisbon")
    interviews.write_text(interviews.read_text()
                          + '\n[[interview]]\nid = "quillmoor"\ncompany = "Quillmoor"\nwhen = 2026-11-05T14:30:00\n'
                          + '\n[[interview]]\nid = "tessaly"\ncompany = "Tessaly"\n'
                            'when = "2026-11-05 14:30 Asia/Tokyo"\n')
    scanned = watcher("scan", "--no-notify", "--now", "2026-11-23T10:00", config=config)
    assert scanned.returncode == 0, scanned.stderr
    assert "left out" not in scanned.stdout + scanned.stderr
    listed = _listed(config)
    assert _utc(listed["quillmoor"]) == datetime(2026, 11, 5, 14, 30, tzinfo=UTC)  # Lisbon in winter: UTC
    assert _utc(listed["tessaly"]) == datetime(2026, 11, 5, 5, 30, tzinfo=UTC)

    config.write_text(config.read_text().replace('timezone = "Europe/Lisbon"', 'timezone = "Europe/Berlin"'))
    assert watcher("scan", "--no-notify", "--now", "2026-11-23T10:00", config=config).returncode == 0
    assert _utc(_listed(config)["quillmoor"]) == datetime(2026, 11, 5, 13, 30, tzinfo=UTC)


def test_a_local_time_the_configured_zone_skips_is_a_bad_row_with_its_line_and_key(tmp_path: Path) -> None:
    from tests.test_cli import watcher

    config, interviews = _example(tmp_path)
    before = interviews.read_text()
    interviews.write_text(before + '\n[[interview]]\nid = "quillmoor"\ncompany = "Quillmoor"\n'
                                   'when = 2026-03-29T02:30:00\n')
    line = before.count("\n") + 5
    checked = watcher("check", config=config)
    said = [text for text in checked.stdout.splitlines() if "quillmoor" in text]
    assert len(said) == 1, checked.stdout
    assert (f"line {line}: interview[4] (id 'quillmoor'): when: 2026-03-29T02:30 does not exist in Europe/Berlin"
            in said[0]), said
