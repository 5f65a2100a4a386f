"""Registered domains by the Public Suffix List (watcher/domains.py), the parsed list kept
between runs."""

from __future__ import annotations

import publicsuffixlist
import pytest

from watcher import domains

HOSTS = ("careers.contoso.co.uk", "jobs.example.com", "a.b.github.io", "mail.xn--80ak6aa92e.com",
         "xn--fiqs8s", "contoso.com.br", "localhost", "recruiting.Fabrikam.DE.")


@pytest.fixture
def parsed(monkeypatch, tmp_path) -> list[int]:
    """Each parse of the list (a count), with the kept results in a folder of the test's own."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    count: list[int] = []
    parse = publicsuffixlist.PublicSuffixList._parse
    monkeypatch.setattr(publicsuffixlist.PublicSuffixList, "_parse",
                        lambda self, *args, **kwargs: count.append(1) or parse(self, *args, **kwargs))
    domains._suffix_list.cache_clear()
    domains.registered_domain.cache_clear()
    yield count
    domains._suffix_list.cache_clear()
    domains.registered_domain.cache_clear()


def _answers() -> list[str]:
    domains._suffix_list.cache_clear()  # as a new process would
    domains.registered_domain.cache_clear()
    return [domains.registered_domain(host) for host in HOSTS]


def test_a_later_run_reads_the_parsed_list_kept_and_answers_the_same(parsed) -> None:
    first = _answers()
    kept = _answers()
    assert parsed == [1], "the second run parsed the list again instead of reading the kept one"
    assert first == kept == ["contoso.co.uk", "example.com", "b.github.io", "xn--80ak6aa92e.com", "xn--fiqs8s",
                             "contoso.com.br", "localhost", "fabrikam.de"]


def test_another_version_of_the_package_parses_its_list_again(parsed, monkeypatch) -> None:
    _answers()
    monkeypatch.setattr(publicsuffixlist, "__version__", publicsuffixlist.__version__ + ".1")
    assert _answers()[0] == "contoso.co.uk"
    assert parsed == [1, 1]
