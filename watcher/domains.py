"""The registered domain of a host name, by the Public Suffix List (the ``publicsuffixlist`` package).

``registered_domain("careers.contoso.co.uk")`` is ``contoso.co.uk``: the part an organisation
registers, under a suffix anyone may register below (``co.uk``, ``com.br``, ``github.io``).
Two host names with the same registered domain belong to one registrant; two with the
same registered name under different suffixes (``contoso.es``, ``contoso.com``) often do.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _suffix_list():  # type: ignore[no-untyped-def]
    from publicsuffixlist import PublicSuffixList  # its list takes ~0.1 s to load: only when asked

    return PublicSuffixList()


@lru_cache(maxsize=4096)
def registered_domain(host: str) -> str:
    """The registered domain of ``host`` (lower-case, no trailing dot); ``host`` itself when it
    is a public suffix or has no dot."""
    host = host.strip().lower().rstrip(".")
    if "." not in host:
        return host
    return _suffix_list().privatesuffix(host) or host


def registered_name(host: str) -> str:
    """The label an organisation registered: ``contoso`` of ``careers.contoso.co.uk``."""
    return registered_domain(host).partition(".")[0]
