"""Business-day and working-hours arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from watcher.model import PolicySettings
from watcher.workdays import (
    add_business_days,
    business_days_between,
    business_morning_after,
    holiday_dates,
    in_working_hours,
    is_business_day,
    local_date,
    next_business_morning,
    next_window,
    short_date,
    start_of_day,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
PLAIN = PolicySettings(timezone="UTC")
GERMANY = PolicySettings(timezone="Europe/Berlin", country="DE")
BAVARIA = PolicySettings(timezone="Europe/Berlin", country="DE", subdivision="BY")
BRITAIN = PolicySettings(timezone="Europe/London", country="GB")
USA = PolicySettings(timezone="America/New_York", country="US")


@pytest.mark.parametrize(
    ("start", "n", "settings", "expected"),
    [
        (date(2024, 11, 5), 2, PLAIN, date(2024, 11, 7)),  # Tue + 2 = Thu
        (date(2024, 11, 8), 1, PLAIN, date(2024, 11, 11)),  # Fri + 1 = Mon
        (date(2024, 11, 9), 1, PLAIN, date(2024, 11, 11)),  # Sat + 1 = Mon
        (date(2024, 11, 5), 7, PLAIN, date(2024, 11, 14)),
        (date(2024, 11, 5), 0, PLAIN, date(2024, 11, 5)),
        (date(2024, 11, 11), -1, PLAIN, date(2024, 11, 8)),  # Mon - 1 = Fri
        (date(2024, 10, 2), 1, GERMANY, date(2024, 10, 4)),  # 3 Oct, German Unity Day
        (date(2024, 10, 2), 1, PLAIN, date(2024, 10, 3)),  # no country: no holidays
        (date(2024, 10, 31), 1, BAVARIA, date(2024, 11, 4)),  # 1 Nov All Saints in Bavaria, then weekend
        (date(2024, 10, 31), 1, GERMANY, date(2024, 11, 1)),  # not a federal holiday
        (date(2024, 12, 24), 1, BRITAIN, date(2024, 12, 27)),  # Christmas and Boxing Day
        (date(2024, 11, 27), 1, USA, date(2024, 11, 29)),  # Thanksgiving
        (date(2024, 12, 31), 1, GERMANY, date(2025, 1, 2)),  # across the year, New Year's Day
        (date(2024, 10, 4), -1, GERMANY, date(2024, 10, 2)),
    ],
)
def test_add_business_days(start: date, n: int, settings: PolicySettings, expected: date) -> None:
    assert add_business_days(start, n, settings) == expected


def test_custom_work_week_is_respected() -> None:
    sunday_to_thursday = PolicySettings(work_days=(6, 0, 1, 2, 3))
    assert add_business_days(date(2024, 11, 7), 1, sunday_to_thursday) == date(2024, 11, 10)
    assert not is_business_day(date(2024, 11, 8), sunday_to_thursday)


def test_no_business_day_at_all_is_an_error() -> None:
    with pytest.raises(ValueError, match="work_days"):
        add_business_days(date(2024, 11, 5), 1, PolicySettings(work_days=()))


def test_unknown_country_is_an_error() -> None:
    with pytest.raises(ValueError, match="ZZ"):
        is_business_day(date(2024, 11, 5), PolicySettings(country="ZZ"))


def test_holiday_calendar_is_cached_per_country_and_year() -> None:
    holiday_dates.cache_clear()
    is_business_day(date(2024, 10, 3), GERMANY)
    is_business_day(date(2024, 12, 25), GERMANY)
    is_business_day(date(2025, 1, 1), GERMANY)
    info = holiday_dates.cache_info()
    assert (info.misses, info.hits) == (2, 1)


def test_start_of_day_keeps_local_nine_across_dst_in_berlin() -> None:
    before = start_of_day(date(2024, 10, 25), GERMANY)  # CEST, UTC+2
    after = start_of_day(date(2024, 10, 28), GERMANY)  # CET, UTC+1
    assert before.astimezone(BERLIN).time() == time(9, 0)
    assert after.astimezone(BERLIN).time() == time(9, 0)
    assert before.astimezone(UTC).hour == 7
    assert after.astimezone(UTC).hour == 8


def test_business_morning_after_across_new_york_dst() -> None:
    friday = date(2024, 11, 1)  # EDT; clocks go back on Sun 3 Nov
    monday_morning = business_morning_after(friday, 1, USA)
    assert monday_morning == datetime(2024, 11, 4, 9, 0, tzinfo=NEW_YORK)
    assert monday_morning.astimezone(UTC).hour == 14
    # Same-zone subtraction is wall-clock arithmetic; the real elapsed time has the extra hour.
    elapsed = monday_morning.astimezone(UTC) - start_of_day(friday, USA).astimezone(UTC)
    assert elapsed == timedelta(days=3, hours=1)


def test_local_date_uses_the_settings_zone() -> None:
    late_evening_in_new_york = datetime(2024, 11, 6, 2, 30, tzinfo=UTC)
    assert local_date(late_evening_in_new_york, USA) == date(2024, 11, 5)
    assert local_date(late_evening_in_new_york, PLAIN) == date(2024, 11, 6)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        in_working_hours(datetime(2024, 11, 5, 10, 0), PLAIN)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2024, 11, 5, 10, 0, tzinfo=BERLIN), datetime(2024, 11, 6, 9, 0, tzinfo=BERLIN)),
        (datetime(2024, 11, 8, 16, 0, tzinfo=BERLIN), datetime(2024, 11, 11, 9, 0, tzinfo=BERLIN)),
        (datetime(2024, 10, 2, 23, 30, tzinfo=BERLIN), datetime(2024, 10, 4, 9, 0, tzinfo=BERLIN)),
        # 23:30 UTC on Fri 25 Oct is already Saturday in Berlin
        (datetime(2024, 10, 25, 23, 30, tzinfo=UTC), datetime(2024, 10, 28, 9, 0, tzinfo=BERLIN)),
    ],
)
def test_next_business_morning(moment: datetime, expected: datetime) -> None:
    assert next_business_morning(moment, GERMANY) == expected


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (datetime(2024, 11, 5, 9, 0, tzinfo=BERLIN), True),
        (datetime(2024, 11, 5, 8, 59, tzinfo=BERLIN), False),
        (datetime(2024, 11, 5, 17, 59, tzinfo=BERLIN), True),
        (datetime(2024, 11, 5, 18, 0, tzinfo=BERLIN), False),
        (datetime(2024, 11, 9, 11, 0, tzinfo=BERLIN), False),  # Saturday
        (datetime(2024, 10, 3, 11, 0, tzinfo=BERLIN), False),  # holiday
        (datetime(2024, 11, 5, 8, 30, tzinfo=UTC), True),  # 09:30 in Berlin
    ],
)
def test_in_working_hours(moment: datetime, inside: bool) -> None:
    assert in_working_hours(moment, GERMANY) is inside


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2024, 11, 5, 7, 0, tzinfo=BERLIN), datetime(2024, 11, 5, 9, 0, tzinfo=BERLIN)),
        (datetime(2024, 11, 5, 12, 0, tzinfo=BERLIN), datetime(2024, 11, 5, 12, 0, tzinfo=BERLIN)),
        (datetime(2024, 11, 5, 19, 0, tzinfo=BERLIN), datetime(2024, 11, 6, 9, 0, tzinfo=BERLIN)),
        (datetime(2024, 11, 8, 18, 0, tzinfo=BERLIN), datetime(2024, 11, 11, 9, 0, tzinfo=BERLIN)),
        (datetime(2024, 11, 10, 12, 0, tzinfo=BERLIN), datetime(2024, 11, 11, 9, 0, tzinfo=BERLIN)),
        (datetime(2024, 10, 3, 7, 0, tzinfo=BERLIN), datetime(2024, 10, 4, 9, 0, tzinfo=BERLIN)),
        (datetime(2024, 10, 26, 12, 0, tzinfo=BERLIN), datetime(2024, 10, 28, 9, 0, tzinfo=BERLIN)),
    ],
)
def test_next_window(moment: datetime, expected: datetime) -> None:
    window = next_window(moment, GERMANY)
    assert window == expected
    assert in_working_hours(window, GERMANY)


def test_next_window_honours_custom_hours() -> None:
    settings = PolicySettings(timezone="America/New_York", work_start=time(8, 30), work_end=time(16, 0))
    moment = datetime(2024, 11, 5, 16, 0, tzinfo=NEW_YORK)
    assert next_window(moment, settings) == datetime(2024, 11, 6, 8, 30, tzinfo=NEW_YORK)


def test_business_days_between() -> None:
    assert business_days_between(date(2024, 11, 5), date(2024, 11, 14), PLAIN) == 7
    assert business_days_between(date(2024, 10, 2), date(2024, 10, 7), GERMANY) == 2
    assert business_days_between(date(2024, 11, 5), date(2024, 11, 5), PLAIN) == 0


def test_short_date() -> None:
    assert short_date(date(2024, 11, 5)) == "Tue 5 Nov"
    assert short_date(date(2025, 1, 1)) == "Wed 1 Jan"
