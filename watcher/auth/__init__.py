"""Where credentials come from: passwords, OAuth2 sign-ins and provider presets.

- ``passwords``: a command, an environment variable, a systemd credential, the keyring;
- ``oauth2``: fresh access tokens from a stored sign-in (refreshed before they expire);
- ``flows``: the OAuth2 sign-in flows ``watcher login`` runs;
- ``tokens``: where tokens are kept (keyring or a 0600 file);
- ``providers``: the mail provider presets in ``watcher/data/providers.toml``.

``secret_for`` is what the mail edges (IMAP, SMTP) ask on every (re)connect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from watcher.auth.oauth2 import SignInRequired
    from watcher.auth.passwords import CredentialError


def secret_for(source: Any) -> str:
    """The secret to log in with for an ImapAccount or an EmailConfig: a password or an access token.

    With ``auth = "oauth2"`` and an ``oauth2`` table, a current access token (refreshed
    when it is about to expire); otherwise the password chain of ``watcher.auth.passwords``
    (with ``auth = "oauth2"``, ``password_command`` prints the token). Raise SignInRequired
    when the account must sign in again, CredentialError when no secret can be had.
    """
    from watcher.auth.passwords import password_for

    oauth2 = getattr(source, "oauth2", None)
    if getattr(source, "auth", "password") == "oauth2" and oauth2 is not None and not source.password_command:
        from watcher.auth.oauth2 import access_token  # the token store (keyring): only for OAuth2

        return access_token(source.name, oauth2)
    return password_for(source)


def __getattr__(name: str) -> Any:
    # Imported on first use, so that reading the provider presets (``watcher init``'s
    # arguments) does not load the keyring.
    if name == "CredentialError":
        from watcher.auth.passwords import CredentialError

        return CredentialError
    if name == "SignInRequired":
        from watcher.auth.oauth2 import SignInRequired

        return SignInRequired
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CredentialError", "SignInRequired", "secret_for"]
