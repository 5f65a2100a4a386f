"""The board as a Starlette app: pages, the user's actions as form posts, and a guard in front.

The guard refuses (403) every request that lacks the board's token (in the query or in
the cookie the first page sets), whose ``Host`` is not the served address (DNS
rebinding), or that changes something without the page's own ``Origin`` (cross-site
requests). Every action goes through ``watcher.actions``, the same code as the CLI.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from http.cookies import CookieError, SimpleCookie
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import structlog
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from watcher import actions
from watcher.config import Config
from watcher.model import RECEIVED_KINDS, SENT_KINDS
from watcher.store import Store
from watcher.web.view import STAGES, BoardSource, fingerprint_of

log = structlog.get_logger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD"})
SNOOZE_CHOICES = {"1d": timedelta(days=1), "1w": timedelta(weeks=1)}


def templates() -> Environment:
    """The board's Jinja2 templates (package data), HTML-escaped by default."""
    return Environment(
        loader=PackageLoader("watcher.web", "templates"),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def stylesheet() -> str:
    return files("watcher.web").joinpath("static/board.css").read_text("utf-8")


def cookie_name(port: int) -> str:
    # Cookies ignore ports: two boards on one machine must not overwrite each other's.
    return f"watcher_board_{port}"


class Guard:
    """ASGI middleware: the token, the Host and, for changes, the Origin must be the board's own."""

    def __init__(self, app: ASGIApp, *, token: str, port: int) -> None:
        self.app = app
        self.token = token
        self.host = f"127.0.0.1:{port}"
        self.origin = f"http://{self.host}"
        self.cookie = cookie_name(port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        reason = self.refusal(scope)
        if reason is not None:
            log.warning("board.refused", method=scope["method"], path=scope["path"], reason=reason)
            await PlainTextResponse(f"Forbidden: {reason}.", status_code=403)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def refusal(self, scope: Scope) -> str | None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("host") != self.host:
            return "this board answers only at its own address"
        if not self._has_token(scope, headers):
            return "open the board with the address `watcher board` printed (it holds the token)"
        if scope["method"] not in SAFE_METHODS and headers.get("origin") != self.origin:
            return "changes are accepted only from the board's own page"
        return None

    def _has_token(self, scope: Scope, headers: dict[str, str]) -> bool:
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        offered = query.get("token", [])
        cookies = SimpleCookie()
        try:
            cookies.load(headers.get("cookie", ""))
        except CookieError:  # a malformed Cookie header is simply no token
            cookies = SimpleCookie()
        if self.cookie in cookies:
            offered.append(cookies[self.cookie].value)
        return any(secrets.compare_digest(value.encode(), self.token.encode()) for value in offered)


def create_app(config: Config, *, token: str, port: int, clock: Callable[[], datetime] | None = None) -> ASGIApp:
    """The board for ``config``'s database, guarded for ``http://127.0.0.1:{port}`` and ``token``."""
    source = BoardSource(config)
    env = templates()
    now = clock or (lambda: datetime.now(UTC))
    cookie = cookie_name(port)
    kinds = sorted(set(RECEIVED_KINDS) | set(SENT_KINDS))

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(stages=STAGES, static=False, kinds=kinds, **context)
        response = HTMLResponse(html, status_code=status)
        # Later requests (styles, script, forms) carry the token in this cookie. Strict:
        # never sent along with a request another site starts.
        response.set_cookie(cookie, token, httponly=True, samesite="strict", path="/")
        return response

    def board_page(request: Request) -> Response:
        with Store.open(config.database) as store:
            board = source.board(store, now())
        return page("board.html", board=board, fingerprint=board.fingerprint(),
                    note=request.query_params.get("note", ""))

    def detail_page(request: Request) -> Response:
        with Store.open(config.database) as store:
            detail = source.detail(store, request.path_params["id"], now())
        if detail is None:
            return page("missing.html", status=404, what=request.path_params["id"])
        return page("interview.html", d=detail, fingerprint=fingerprint_of(detail),
                    note=request.query_params.get("note", ""))

    def fingerprint(request: Request) -> Response:
        interview_id = request.query_params.get("interview")
        with Store.open(config.database) as store:
            if interview_id:
                value = fingerprint_of(source.detail(store, interview_id, now()))
            else:
                value = source.board(store, now()).fingerprint()
        return PlainTextResponse(value, headers={"Cache-Control": "no-store"})

    async def act(request: Request) -> Response:
        form = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True)
        field = {key: values[-1].strip() for key, values in form.items()}
        back = field.get("back", "/")
        if not back.startswith("/") or back.startswith("//"):
            back = "/"
        try:
            with Store.open(config.database) as store:
                note = _apply(request.path_params["action"], field, store, source, now())
        except actions.ActionError as exc:
            note = str(exc)
        return RedirectResponse(f"{back}?{urlencode({'note': note})}", status_code=303)

    routes = [
        Route("/", board_page),
        Route("/interview/{id}", detail_page),
        Route("/fingerprint", fingerprint),
        Route("/act/{action}", act, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static"),
    ]
    return Guard(Starlette(routes=routes), token=token, port=port)


def _apply(action: str, field: dict[str, str], store: Store, source: BoardSource, now: datetime) -> str:
    """Run one board action through ``watcher.actions``; return the sentence the page shows."""
    interview = field.get("interview", "")
    if action == "done":
        actions.mark_done(store, interview, field.get("step", ""), now)
        return f"{interview}: marked done"
    if action == "snooze":
        until = _snooze_until(field, now, source)
        actions.snooze(store, interview, until)
        return f"{interview}: snoozed until {until.astimezone(source.zone):%a %d %b %Y %H:%M}"
    if action == "close":
        actions.close(store, interview, field.get("reason") or None)
        return f"{interview}: closed"
    if action == "reopen":
        actions.reopen(store, interview)
        return f"{interview}: reopened"
    if action == "feedback-by":
        actions.set_feedback_by(store, interview, _date(field.get("date", "")))
        return f"{interview}: news promised by {field.get('date')}"
    message = field.get("message", "")
    if action == "assign":
        target = field.get("interview") or None
        actions.assign_message(store, message, target, field.get("kind") or None)
        return f"message tied to {target}" if target else "message untied"
    if action == "dismiss":  # a message held for review: it concerns no interview
        actions.assign_message(store, message, None, None)
        return "message untied"
    if action == "dismiss-suggestion":
        actions.dismiss_suggestion(store, message)
        return "no longer suggested"
    if action == "log":
        # The time taken, when the invitation names none or offers several (a local time).
        taken = field.get("when", "").strip()
        logged = actions.log_from_invitation(store, message, source.zone, when=_local_time(taken, source) if taken else None)
        return f"logged {logged.id}"
    raise actions.ActionError(f"unknown action {action!r}")


def _local_time(text: str, source: BoardSource) -> datetime:
    """A form's datetime-local value ("2026-11-10T14:00"), in the user's time zone."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise actions.ActionError(f"not a date and time: {text!r} (use 2026-11-10T14:00)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=source.zone)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise actions.ActionError(f"not a date: {text!r} (use 2026-12-01)") from None


def _snooze_until(field: dict[str, str], now: datetime, source: BoardSource) -> datetime:
    choice = field.get("for", "")
    if choice in SNOOZE_CHOICES:
        return now + SNOOZE_CHOICES[choice]
    # A date: until the start of that day, in the user's time zone.
    return datetime.combine(_date(field.get("until", "")), time(0), source.zone)
