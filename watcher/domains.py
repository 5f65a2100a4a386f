"""The registered domain of a host name, by the Public Suffix List (the ``publicsuffixlist`` package).

``registered_domain("careers.contoso.co.uk")`` is ``contoso.co.uk``: the part an organisation
registers, under a suffix anyone may register below (``co.uk``, ``com.br``, ``github.io``).
Two host names with the same registered domain belong to one registrant; two with the
same registered name under different suffixes (``contoso.es``, ``contoso.com``) often do.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _suffix_list():  # type: ignore[no-untyped-def]
    """The list, parsed once and kept between runs (``watcher.kept``, keyed by the list's
    file and the package's version): parsing it takes 0.03 s of a first scan's start (it
    puts each of its 10,000 suffixes through the IDNA codec), reading the kept copy 0.002 s."""
    import publicsuffixlist  # only when asked

    from watcher.kept import kept_result

    version = publicsuffixlist.__version__
    return kept_result("suffixes", Path(publicsuffixlist.PSLFILE),
                       lambda: (publicsuffixlist.PublicSuffixList(), version),
                       checked_by=("domains.py",), still_true=lambda kept_version: kept_version == version)


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
