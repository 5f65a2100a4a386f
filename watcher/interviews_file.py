"""The interview import file: a TOML list of ``[[interview]]`` tables.

Each table has these keys::

    [[interview]]
    id = "acme-backend"              # optional slug: lower-case letters, digits, dashes
    company = "Acme"                 # required
    role = "Backend engineer"
    when = 2026-11-02T10:00:00+01:00 # a TOML date-time; without an offset, in [policy] timezone
    contacts = ["jane@acme.example"]
    domains = ["acme.example"]       # bare domains, no "@"
    via = "recruiter@agency.example"
    feedback_by = 2026-11-09         # the date they promised news by
    notes = "Met Jane and Bob"
    [interview.policy]               # per-interview [policy] overrides
    follow_up_days = 4

Without ``id``, one is made from the company and the interview's date (in the offset
given), e.g. ``acme-2026-11-02``. Rows are checked one by one: the good ones are
returned, and each bad one gives one error line per problem, e.g.
``interview[3] (id 'globex-2'): when: ...`` (rows are counted from 0 in file order).
Of two rows with the same id, the later one is the error.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from email.utils import parseaddr
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import Annotated, Any

import structlog
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationError, ValidationInfo

from watcher.config import (
    ConfigError,
    KeyProblem,
    KeyProblems,
    normalize_address,
    read_toml,
    unknown_key_message,
    validate_policy_overrides,
    validation_problems,
)
from watcher.model import Interview
from watcher.moments import OFFSET_EXAMPLE
from watcher.moments import in_zone, read_moment

log = structlog.get_logger(__name__)

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DOMAIN_RE = re.compile(r"^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
FILE_KEYS = ("interview",)


def slugify(text: str) -> str:
    """``"Acme GmbH & Co."`` -> ``"acme-gmbh-co"``: ASCII lower-case letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _as_list(value: Any) -> Any:
    """The CLI passes ``"a@x, b@y"``; the file passes a TOML array."""
    if isinstance(value, str):
        return [part for part in (piece.strip() for piece in value.split(",")) if part]
    return value


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _domain(value: str) -> str:
    domain = value.strip().lower().removeprefix("@").rstrip(".")
    if "@" in domain:
        raise ValueError(f"'{value}' is an address: put it in contacts, or give only its domain")
    if not _DOMAIN_RE.match(domain):
        raise ValueError(f"'{value}' is not a domain name such as 'acme.example'")
    return domain


def _slug(value: str) -> str:
    if not SLUG_RE.match(value):
        raise ValueError(
            f"'{value}' is not a valid id: use lower-case letters, digits and dashes, e.g. 'acme-2'"
        )
    return value


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _when(value: Any, info: ValidationInfo) -> datetime:
    # Pydantic turns only ValueError into a message for the user, so a wrong type is one too.
    if isinstance(value, str):
        value = read_moment(value)
    if isinstance(value, datetime):
        return _aware(value, (info.context or {}).get("default_tz"))
    if isinstance(value, date):
        if (info.context or {}).get("default_tz") is not None:
            raise ValueError(f"{value.isoformat()} has no time: at what time was the interview? "
                             f"Write it like {value.isoformat()}T10:00")
        problem = f"{value.isoformat()} has no time: at what time was the interview? Give the time and a UTC offset"
    elif isinstance(value, time):
        problem = "a time alone is not enough: give the date, time and a UTC offset"
    else:
        problem = "write a date and time with a UTC offset"
    raise ValueError(f"{problem}, e.g. {OFFSET_EXAMPLE}")


def _aware(value: datetime, default_tz: tzinfo | None) -> datetime:
    if value.tzinfo is not None and value.utcoffset() is not None:
        return value
    if default_tz is None:
        raise ValueError(f"the time has no UTC offset: add one, e.g. {OFFSET_EXAMPLE}")
    return in_zone(value, default_tz)


def _feedback_by(value: Any) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"not a date: {value.strip()!r}; write it like 2026-11-09") from None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValueError("give a plain date, e.g. 2026-11-09")  # noqa: TRY004 - pydantic reports ValueError only
    return value


def _contact_address(value: str) -> str:
    """``value`` as ``normalize_address`` gives it, from a bare address or from a mailbox as mail
    programs copy it, "Jo Müller <jo.mueller@fabrikam.example>" (RFC 5322 name-addr): its address."""
    if "<" in value and value.rstrip().endswith(">"):
        address = parseaddr(value)[1]
        if address:
            return normalize_address(address)
    return normalize_address(value)


Address = Annotated[str, AfterValidator(_contact_address)]
Domain = Annotated[str, AfterValidator(_domain)]
Text = Annotated[str, AfterValidator(_non_blank)]


class _InterviewRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, AfterValidator(_slug)] | None = None
    company: Text
    role: Text | None = None
    when: Annotated[datetime, BeforeValidator(_when)]
    contacts: Annotated[list[Address], BeforeValidator(_as_list)] = []
    domains: Annotated[list[Domain], BeforeValidator(_as_list)] = []
    via: Address | None = None
    feedback_by: Annotated[date, BeforeValidator(_feedback_by)] | None = None
    notes: Text | None = None
    policy: dict[str, Any] | None = None


def _prefixed(where: str, lines: list[str]) -> list[str]:
    return [f"{where}: {line}" if where else line for line in lines]


def _derived_id(company: str, when: datetime) -> str:
    return f"{slugify(company) or 'interview'}-{when.date().isoformat()}"


class InterviewFieldsError(ConfigError):
    """An interview's fields that are not usable; ``problems`` are KeyProblems under the
    interview's keys (``("when",)``, ``("policy", "follow_up_days")``), ``errors`` the lines
    ``"{where}: key: message"`` a file's reader gets."""

    def __init__(self, problems: list[KeyProblem], where: str) -> None:
        self.problems = problems
        super().__init__(_prefixed(where, [problem.in_file("") for problem in problems]))


def _policy_overrides(raw: Any) -> tuple[dict[str, object], list[KeyProblem]]:
    if not isinstance(raw, Mapping):
        return {}, []  # absent, or not a table: the row schema reports that
    try:
        return validate_policy_overrides(raw, "policy"), []
    except KeyProblems as exc:
        return {}, [replace(problem, path=("policy", *problem.path)) for problem in exc.problems]


def promise_problem(when: datetime, feedback_by: date | None) -> str | None:
    """Why a promised date cannot be right for an interview at ``when`` (its own day, in
    its own zone), or None: news is never promised for before the interview."""
    if feedback_by is None or feedback_by >= when.date():
        return None
    return f"{feedback_by.isoformat()} is before the interview ({when.date().isoformat()}): " \
           "news cannot be promised for before it"


def parse_interview_fields(
    mapping: Mapping[str, Any], where: str = "", *, default_tz: tzinfo | None = None
) -> Interview:
    """One interview from ``[[interview]]`` keys (TOML values, or strings from the CLI).

    ``when`` without an offset is accepted only when ``default_tz`` is given (it is then
    read as a time in that zone). Errors are raised as one InterviewFieldsError, each line
    ``"{where}: key: message"``.
    """
    problems: list[KeyProblem] = []
    row: _InterviewRow | None = None
    try:
        row = _InterviewRow.model_validate(dict(mapping), context={"default_tz": default_tz})
    except ValidationError as exc:
        problems += validation_problems(exc, _InterviewRow, top_level=True)
    policy, policy_problems = _policy_overrides(mapping.get("policy"))
    problems += policy_problems
    problem = promise_problem(row.when, row.feedback_by) if row is not None else None
    if problem:
        problems.append(KeyProblem(("feedback_by",), problem))
    if problems or row is None:
        raise InterviewFieldsError(problems, where)
    return Interview(
        id=row.id or _derived_id(row.company, row.when),
        company=row.company,
        role=row.role,
        when=row.when.astimezone(UTC),
        contacts=_unique(row.contacts),
        domains=_unique(row.domains),
        via=row.via,
        feedback_by=row.feedback_by,
        notes=row.notes,
        policy=policy,
    )


def interview_fields(interview: Interview) -> dict[str, Any]:
    """The ``[[interview]]`` keys of a stored interview, for editing and validating again."""
    fields: dict[str, Any] = {"id": interview.id, "company": interview.company, "when": interview.when,
                              "contacts": list(interview.contacts), "domains": list(interview.domains)}
    for key in ("role", "via", "feedback_by", "notes"):
        if getattr(interview, key) is not None:
            fields[key] = getattr(interview, key)
    if interview.policy:
        fields["policy"] = dict(interview.policy)
    return fields


def _row_label(index: int, raw: Any) -> str:
    label = f"interview[{index}]"
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str):
        label += f" (id '{raw['id']}')"
    return label


def _rows(raw: Mapping[str, Any]) -> tuple[list[Any], list[str]]:
    errors = [f"{key}: {unknown_key_message(key, FILE_KEYS)}" for key in raw if key not in FILE_KEYS]
    rows = raw.get("interview", [])
    if not isinstance(rows, list):
        return [], errors + ["interview: write each interview as an [[interview]] table (a list of tables)"]
    return rows, errors


def _read_file(path: Path) -> Mapping[str, Any]:
    """The TOML file's tables, or the ``interview`` list of a ``watcher export`` (JSON)."""
    if path.suffix.lower() != ".json":
        return read_toml(path, "interviews file")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read it as JSON: {exc}"]) from exc
    if not isinstance(document, Mapping):
        raise ConfigError([f"{path}: not a watcher export (an object with an 'interview' list)"])
    return {"interview": document.get("interview", [])}


_TABLE_HEADER = re.compile(r"^\s*\[\[\s*interview\s*\]\]")


def _line_of(error: str, label: str, lines: list[str], headers: list[int], index: int) -> str:
    """Prefix an error "label: key: ..." with the line of that key in the row's table,
    or of the table's header ("line 19: interview[1]: when: ...")."""
    if index >= len(headers):
        return error
    number = headers[index]
    if error.startswith(f"{label}: "):
        path = error[len(label) + 2:].split(":", 1)[0].split("[", 1)[0].strip()
        table, _, key = path.rpartition(".")  # "policy.reply_days" sits in [interview.policy]
        end = headers[index + 1] - 1 if index + 1 < len(headers) else len(lines)
        start = headers[index]
        if table:
            sub = re.compile(rf"^\s*\[\s*interview\.{re.escape(table)}\s*\]")
            start = next((n for n in range(start, end + 1) if sub.match(lines[n - 1])), start)
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        number = next((n for n in range(start, end + 1) if pattern.match(lines[n - 1])), number)
    return f"line {number}: {error}"


def load_interviews(path: Path, zone: tzinfo | None = None) -> tuple[list[Interview], list[str]]:
    """The good interviews in ``path`` and one error line per problem in the bad rows,
    each starting with its line number in the file ("line 19: interview[1] (id 'x'): when: ...").

    A ``when`` without a UTC offset (a TOML local date-time, or a string without one) is a
    wall-clock time in ``zone`` (the config's ``[policy] timezone``; None: such a row is bad);
    one the zone's clocks skip or show twice is a bad row (``watcher.moments.in_zone``). A file that is missing or
    is not valid TOML raises ConfigError (file, line, column).
    """
    rows, errors = _rows(_read_file(path))
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    headers = [n for n, line in enumerate(lines, start=1) if _TABLE_HEADER.match(line)]
    interviews: list[Interview] = []
    first_row: dict[str, int] = {}
    for index, raw in enumerate(rows):
        label = _row_label(index, raw)
        found: list[str] = []
        if not isinstance(raw, Mapping):
            found.append(f"{label}: must be a table")
        else:
            try:
                interview = parse_interview_fields(raw, label, default_tz=zone)
            except ConfigError as exc:
                found += exc.errors
            else:
                if interview.id in first_row:
                    label = f"interview[{index}] (id '{interview.id}')"
                    hint = "" if "id" in raw else "; add an id to tell them apart"
                    found.append(f"{label}: id: duplicate of interview[{first_row[interview.id]}]{hint}")
                else:
                    first_row[interview.id] = index
                    interviews.append(interview)
        errors += [_line_of(error, label, lines, headers, index) for error in found]
    log.info("interviews_file_read", path=str(path), good=len(interviews), errors=len(errors))
    return interviews, errors
