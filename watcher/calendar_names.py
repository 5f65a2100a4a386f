"""English names of months and weekdays: the one table every part of watcher writes or reads.

Written: notices, drafts and the report ("Tue 3 Nov", "Tuesday 3 November"), in English
whatever the machine's locale, as the templates are. Read: the three-letter month of
RFC 5322 Date headers and of IMAP INTERNALDATE (RFC 3501), and weekday names in the
config. Words for reading a message's text in seven languages are phrase data instead
(``watcher/data/phrases/*.toml``, ``[dates]``).
"""

from __future__ import annotations

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # Monday = 0
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTHS)  # "Jan" ... "Dec", as RFC 5322 and RFC 3501 write them
WEEKDAY_ABBREVIATIONS = tuple(name[:3] for name in WEEKDAYS)  # "Mon" ... "Sun"
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_ABBREVIATIONS, start=1)}  # "Jan" -> 1
