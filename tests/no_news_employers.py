"""The employers of the no-news mailboxes (tests/test_no_news_mail.py, tests/test_no_news_kinds.py):
one interview logged with each and the user's thank-you note to it, which the replies answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Employer:
    """One employer: its interview (``table()``, an ``[[interview]]`` table of the interviews
    file, at ``interview_hour`` on 2026-11-``interview_day`` in Central European time) and the
    user's thank-you note to its ``contact`` (Message-ID ``thanks_id``)."""

    lang: str
    id: str
    company: str
    role: str
    contact: str  # "Name <address>"
    thanks_subject: str
    thanks_body: str
    interview_day: int
    interview_hour: int = 10
    thanks_domain: str = "example.org"  # of the thank-you note's Message-ID

    @property
    def address(self) -> str:
        return self.contact.rsplit("<", 1)[1].rstrip(">")

    @property
    def domain(self) -> str:
        return self.address.split("@", 1)[1]

    @property
    def thanks_id(self) -> str:
        return f"<thanks.{self.id}@{self.thanks_domain}>"

    def table(self) -> str:
        return (f'[[interview]]\nid = "{self.id}"\ncompany = "{self.company}"\nrole = "{self.role}"\n'
                f"when = 2026-11-{self.interview_day:02d}T{self.interview_hour:02d}:00:00+01:00\n"
                f'contacts = ["{self.address}"]\ndomains = ["{self.domain}"]\n')


def by_lang(*employers: Employer) -> dict[str, Employer]:
    """The employers by language, one each."""
    table = {e.lang: e for e in employers}
    assert len(table) == len(employers), "one employer per language"
    return table
