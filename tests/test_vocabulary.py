"""The shared vocabulary: countries, EU and Europe, times in Amsterdam, months."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mdrules.errors import DateRangeError, InputError
from mdrules.vocabulary import (
    COUNTRIES,
    EU_MEMBERS,
    EUROPE,
    WEEKDAYS,
    TimeWindow,
    add_months,
    country_code,
    in_eu,
    in_europe,
    local,
)


def test_country_lists() -> None:
    """ISO 3166-1 has 249 codes; the EU 27 members, all of them in Europe."""
    assert len(COUNTRIES) == 249
    assert len(EU_MEMBERS) == 27
    assert EU_MEMBERS <= EUROPE <= COUNTRIES


@pytest.mark.parametrize(
    ("code", "eu", "europe"),
    [("NL", True, True), ("NO", False, True), ("CH", False, True), ("GB", False, True),
     ("CY", True, True), ("TR", False, False), ("US", False, False), ("MA", False, False)],
)  # fmt: skip
def test_eu_and_europe(code: str, eu: bool, europe: bool) -> None:
    """Haarlem's EU and Leeuwarden's Europe are different lists."""
    assert in_eu(code) is eu
    assert in_europe(code) is europe


@pytest.mark.parametrize("code", ["XX", "EU", "NLD", "", "1"])
def test_unknown_country_code(code: str) -> None:
    """A code that is not an ISO 3166-1 alpha-2 country is refused with what was expected."""
    with pytest.raises(
        ValueError, match=r"^verwacht een landcode volgens ISO 3166-1 alpha-2"
    ) as refused:
        country_code(code)
    assert isinstance(refused.value, InputError)
    assert refused.value.render("en") == (
        f"expected an ISO 3166-1 alpha-2 country code such as NL, TR or US; got {code!r}"
    )


def test_a_date_outside_the_calendar() -> None:
    """A calculation that leaves the years 1 to 9999 says so, with the months it added."""
    with pytest.raises(DateRangeError) as refused:
        add_months(dt.date(9999, 12, 1), 5)
    assert str(refused.value) == (
        "verwacht datums die de berekening aankan (de jaren 1 tot en met 9999); opgegeven: "
        "9999-12-01 + 5 maanden"
    )
    assert refused.value.render("en") == (
        "expected dates the calculation can handle (years 1 to 9999); got 9999-12-01 + 5 months"
    )


OFFICE = TimeWindow(days=WEEKDAYS, start=dt.time(7, 45), end=dt.time(17, 0))


@pytest.mark.parametrize(
    ("moment", "inside"),
    [
        (dt.datetime(2026, 11, 23, 7, 44), False),
        (dt.datetime(2026, 11, 23, 7, 45), True),
        (dt.datetime(2026, 11, 23, 17, 0), True),
        (dt.datetime(2026, 11, 23, 17, 1), False),
        (dt.datetime(2026, 11, 21, 12, 0), False),
        (dt.datetime(2026, 11, 23, 15, 59, tzinfo=dt.UTC), True),
        (dt.datetime(2026, 11, 23, 16, 1, tzinfo=dt.UTC), False),
    ],
)
def test_time_window_boundaries(moment: dt.datetime, inside: bool) -> None:
    """Both ends of 't/m' hours are inside; weekends are not; aware times are converted."""
    assert OFFICE.contains(moment) is inside


def test_holidays_are_an_explicit_input() -> None:
    """A holiday given to the window closes it; none are assumed."""
    christmas = dt.date(2026, 12, 25)
    moment = dt.datetime(2026, 12, 25, 10, 0)
    assert OFFICE.contains(moment)
    assert not OFFICE.contains(moment, holidays=frozenset({christmas}))


def test_summer_time_is_amsterdam_time() -> None:
    """A UTC moment in summer is two hours later in Amsterdam."""
    assert local(dt.datetime(2026, 7, 1, 10, 0, tzinfo=dt.UTC)).hour == 12


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)), st.integers(0, 120))
def test_add_months_keeps_the_day_where_it_can(day: dt.date, months: int) -> None:
    """Adding months moves the month on, keeps the day or clamps it to the month's end."""
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or (later.day < day.day and (later + dt.timedelta(1)).day == 1)
