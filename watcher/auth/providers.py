"""Provider presets: the mail providers watcher knows, from ``watcher/data/providers.toml``.

``preset(name)`` returns one ``Preset``; ``preset_for_address(address)`` picks one by the
address's domain. The file is data: a provider is added there, not here. ``load_presets``
checks the whole file and raises ``PresetError`` naming the provider and the key.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal, get_args

SignIn = Literal["oauth2", "app_password", "password"]
FlowProvider = Literal["microsoft", "google"]
TlsMode = Literal["implicit", "starttls"]


class PresetError(Exception):
    """The presets file is wrong: the message names the provider and the key."""


@dataclass(frozen=True)
class Server:
    """One server of a preset: host, port, TLS mode."""

    host: str
    port: int
    tls: TlsMode


@dataclass(frozen=True)
class Preset:
    """What ``provider = NAME`` fills in on an account."""

    key: str
    name: str
    domains: tuple[str, ...]
    imap: Server
    smtp: Server
    sent_folder: str | None  # None: the server marks it (SPECIAL-USE \\Sent)
    sign_in: tuple[SignIn, ...]
    oauth2: FlowProvider | None
    client_id: str  # watcher's own registration; "" while it has none
    app_password: str | None  # where to make one, one sentence

    @property
    def default_auth(self) -> Literal["password", "oauth2"]:
        """``auth`` when the account does not say: the first sign-in method the provider takes."""
        return "oauth2" if self.sign_in[0] == "oauth2" else "password"


def _server(raw: Any, where: str) -> Server:
    if not isinstance(raw, dict) or set(raw) != {"host", "port", "tls"}:
        raise PresetError(f"{where}: write {{ host = ..., port = ..., tls = ... }}")
    host, port, tls = raw["host"], raw["port"], raw["tls"]
    if not isinstance(host, str) or not host or "." not in host:
        raise PresetError(f"{where}.host: not a host name")
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        raise PresetError(f"{where}.port: not a port number")
    if tls not in get_args(TlsMode):
        raise PresetError(f"{where}.tls: use 'implicit' or 'starttls'")
    return Server(host, port, tls)


_KEYS = {"name", "domains", "imap", "smtp", "sent", "sign_in", "oauth2", "client_id", "app_password"}


def _preset(key: str, raw: Any) -> Preset:
    where = f"providers.toml [{key}]"
    if not isinstance(raw, dict):
        raise PresetError(f"{where}: must be a table")
    unknown = set(raw) - _KEYS
    if unknown:
        raise PresetError(f"{where}: unknown keys {sorted(unknown)}")
    for required in ("name", "domains", "imap", "smtp", "sent", "sign_in"):
        if required not in raw:
            raise PresetError(f"{where}.{required}: required key is missing")
    domains = raw["domains"]
    if not isinstance(domains, list) or any(
        not isinstance(d, str) or d != d.lower() or "." not in d for d in domains
    ):
        raise PresetError(f"{where}.domains: a list of lower-case domain names")
    sign_in = raw["sign_in"]
    if not isinstance(sign_in, list) or not sign_in or any(s not in get_args(SignIn) for s in sign_in):
        raise PresetError(f"{where}.sign_in: a non-empty list of {', '.join(get_args(SignIn))}")
    oauth2 = raw.get("oauth2")
    if ("oauth2" in sign_in) != (oauth2 is not None):
        raise PresetError(f"{where}.oauth2: name the flow's provider exactly when sign_in has 'oauth2'")
    if oauth2 is not None and oauth2 not in get_args(FlowProvider):
        raise PresetError(f"{where}.oauth2: use one of {', '.join(get_args(FlowProvider))}")
    app_password = raw.get("app_password")
    if "app_password" in sign_in and not app_password:
        raise PresetError(f"{where}.app_password: say where to make one")
    sent = raw["sent"]
    if not isinstance(sent, str) or not sent:
        raise PresetError(f"{where}.sent: 'special-use' or a folder name")
    client_id = raw.get("client_id", "")
    if not isinstance(client_id, str):
        raise PresetError(f"{where}.client_id: a string ('' while watcher has no registration)")
    return Preset(
        key=key,
        name=str(raw["name"]),
        domains=tuple(domains),
        imap=_server(raw["imap"], f"{where}.imap"),
        smtp=_server(raw["smtp"], f"{where}.smtp"),
        sent_folder=None if sent == "special-use" else sent,
        sign_in=tuple(sign_in),
        oauth2=oauth2,
        client_id=client_id,
        app_password=app_password,
    )


def parse_presets(text: str) -> dict[str, Preset]:
    """Every preset in ``text`` (TOML), checked; PresetError on the first problem."""
    raw = tomllib.loads(text)
    presets = {key: _preset(key, value) for key, value in raw.items()}
    owners: dict[str, str] = {}
    for preset in presets.values():
        for domain in preset.domains:
            if domain in owners:
                raise PresetError(f"providers.toml: {domain} is listed by both {owners[domain]} and {preset.key}")
            owners[domain] = preset.key
    return presets


@functools.cache
def load_presets() -> dict[str, Preset]:
    """The bundled presets, by key (``gmail``, ``outlook``, ...)."""
    text = resources.files("watcher").joinpath("data/providers.toml").read_text(encoding="utf-8")
    return parse_presets(text)


def preset(name: str) -> Preset | None:
    """The preset called ``name``, or None."""
    return load_presets().get(name)


def preset_for_address(address: str) -> Preset | None:
    """The preset whose domains hold ``address``'s domain, or None (a custom or company domain)."""
    domain = address.rpartition("@")[2].strip().lower()
    for candidate in load_presets().values():
        if domain in candidate.domains:
            return candidate
    return None
