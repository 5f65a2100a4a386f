"""Business days and working hours, in the user's time zone.

A business day is one of ``PolicySettings.work_days`` that is not a public holiday.
Holidays come from the ``holidays`` package, and only when ``country`` (and,
optionally, ``subdivision``) is set. Working hours run from ``work_start``
(inclusive) to ``work_end`` (exclusive) local time on business days.

Every datetime returned here is timezone-aware, in the settings' zone. Local
times are built from the calendar date and the wall-clock time, so 09:00 stays
09:00 on both sides of a daylight-saving change.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from watcher.calendar_names import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from watcher.model import PolicySettings

# A year holds at most ~250 business days; no real calendar needs more than a few
# years of searching, so a longer search means the settings leave no business day.
_MAX_SEARCH_DAYS = 3 * 366



@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def zone(settings: PolicySettings) -> ZoneInfo:
    """The settings' time zone."""
    return _zone(settings.timezone)


@lru_cache(maxsize=256)
def holiday_dates(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    """Public holidays of one country (and subdivision) in one year.

    Raises ValueError when the ``holidays`` package does not know the country or
    subdivision.
    """
    import holidays  # only when a country is set

    try:
        calendar = holidays.country_holidays(country, subdiv=subdivision, years=year)
    except NotImplementedError as error:
        raise ValueError(
            f"unknown holiday calendar: country={country!r} subdivision={subdivision!r}"
        ) from error
    return frozenset(calendar.keys())


def is_holiday(day: date, settings: PolicySettings) -> bool:
    if settings.country is None:
        return False
    return day in holiday_dates(settings.country, settings.subdivision, day.year)


def is_business_day(day: date, settings: PolicySettings) -> bool:
    return day.weekday() in settings.work_days and not is_holiday(day, settings)


def add_business_days(day: date, n: int, settings: PolicySettings) -> date:
    """The nth business day after ``day`` (before it when n is negative); ``day`` itself when n is 0."""
    if n == 0:
        return day
    step = timedelta(days=1 if n > 0 else -1)
    remaining = abs(n)
    current = day
    for _ in range(_MAX_SEARCH_DAYS * remaining):
        current += step
        if is_business_day(current, settings):
            remaining -= 1
            if remaining == 0:
                return current
    raise ValueError(
        f"no business day found near {day.isoformat()}: check work_days and the holiday calendar"
    )


def local_date(moment: datetime, settings: PolicySettings) -> date:
    """The calendar date of ``moment`` in the settings' zone."""
    return _localize(moment, settings).date()


def start_of_day(day: date, settings: PolicySettings) -> datetime:
    """``work_start`` on ``day``, local time."""
    return datetime.combine(day, settings.work_start, tzinfo=zone(settings))


def next_business_morning(moment: datetime, settings: PolicySettings) -> datetime:
    """The start of working hours on the first business day after ``moment``'s local date."""
    return start_of_day(add_business_days(local_date(moment, settings), 1, settings), settings)


def business_morning_after(day: date, n: int, settings: PolicySettings) -> datetime:
    """The start of working hours on the nth business day after ``day`` ("n business days after")."""
    return start_of_day(add_business_days(day, n, settings), settings)


def in_working_hours(moment: datetime, settings: PolicySettings) -> bool:
    local = _localize(moment, settings)
    if not is_business_day(local.date(), settings):
        return False
    return settings.work_start <= local.time() < settings.work_end


def next_window(moment: datetime, settings: PolicySettings) -> datetime:
    """``moment`` itself when it falls inside working hours, else the next start of working hours."""
    local = _localize(moment, settings)
    today = local.date()
    if is_business_day(today, settings):
        if local.time() < settings.work_start:
            return start_of_day(today, settings)
        if local.time() < settings.work_end:
            return moment
    return next_business_morning(moment, settings)


def business_days_between(earlier: date, later: date, settings: PolicySettings) -> int:
    """How many business days lie after ``earlier`` up to and including ``later``."""
    count = 0
    current = earlier
    while current < later:
        current += timedelta(days=1)
        if is_business_day(current, settings):
            count += 1
    return count


def short_date(day: date) -> str:
    """The way a notice names a day, "Tue 3 Nov" (fixed English names, whatever the locale)."""
    return f"{WEEKDAY_ABBREVIATIONS[day.weekday()]} {day.day} {MONTH_ABBREVIATIONS[day.month - 1]}"


def _localize(moment: datetime, settings: PolicySettings) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a timezone-aware datetime is required")
    return moment.astimezone(zone(settings))
