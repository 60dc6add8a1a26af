"""Field parsing: any value becomes a column value in range, or a translated refusal.

The to-do lists, the panel's websocket commands, the UI flows and the importers hand
``validation.py`` values that no action schema has checked. Whatever they hold, the
parsers answer with a value within Haven's limits or a ServiceValidationError whose
translation key and placeholders name the field and the limits: never another
exception (which would reach the user as a traceback).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util
from hypothesis import given, strategies as st
import pytest

from custom_components.haven.const import COST_MAX, EARLIEST_YEAR, LATEST_YEAR
from custom_components.haven.validation import (
    parse_budget,
    parse_cost,
    parse_date,
    parse_int,
    parse_moment,
)

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.dates(),
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())),
)
# Text shaped like dates and times, with any year, month, day, hour and offset.
DATE_LIKE = st.builds(
    "{:04d}-{:02d}-{:02d}{}".format,
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.one_of(
        st.just(""),
        st.builds(
            "T{:02d}:{:02d}:00{}".format,
            st.integers(0, 25),
            st.integers(0, 60),
            st.sampled_from(["", "Z", "+01:00", "-05:00", "+23:59", "+25:00"]),
        ),
    ),
)


def refusal(call: Any, *args: Any) -> ServiceValidationError | None:
    """Call a parser; return its refusal, None when it accepted the value."""
    try:
        call(*args)
    except ServiceValidationError as err:
        return err
    return None


@given(value=ANYTHING)
def test_numbers_in_bounds_or_refused_naming_the_bounds(value: Any) -> None:
    """parse_int takes whole numbers within bounds, refuses the rest with them."""
    err = refusal(parse_int, value, "every", 1, 1000)
    if err is None:
        number = parse_int(value, "every", 1, 1000)
        assert isinstance(number, int)
        assert not isinstance(value, bool)
        assert 1 <= number <= 1000
        assert number == value or number == int(str(value))
    else:
        assert err.translation_key == "invalid_number"
        assert err.translation_placeholders is not None
        assert err.translation_placeholders["field"] == "every"
        assert (
            err.translation_placeholders["min"],
            err.translation_placeholders["max"],
        ) == ("1", "1000")


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        (True, False),  # true is no number of days
        (2.5, False),  # nor is half a day
        (float("inf"), False),
        ("7", True),
        (7.0, True),
        (0, False),
        (1001, False),
    ],
)
def test_numbers_examples(value: Any, accepted: bool) -> None:
    """The cases a form or a to-do list actually sends."""
    assert (refusal(parse_int, value, "every", 1, 1000) is None) is accepted


@given(value=st.one_of(ANYTHING, DATE_LIKE))
def test_moments_within_the_years_or_refused(value: Any) -> None:
    """parse_moment gives a UTC moment within Haven's years, or a translated refusal."""
    err = refusal(parse_moment, value, "performed_at")
    if err is not None:
        assert err.translation_key in ("invalid_date", "date_out_of_range")
        assert err.translation_placeholders is not None
        assert err.translation_placeholders["field"] == "performed_at"
        return
    moment = parse_moment(value, "performed_at")
    if value is None or value == "":
        assert moment is None
        return
    assert moment is not None
    assert moment.tzinfo is UTC
    assert EARLIEST_YEAR - 1 <= moment.year <= LATEST_YEAR + 1


@given(value=st.one_of(ANYTHING, DATE_LIKE))
def test_dates_within_the_years_or_refused(value: Any) -> None:
    """parse_date gives a date within Haven's years, or a translated refusal."""
    err = refusal(parse_date, value, "installed_on")
    if err is not None:
        assert err.translation_key in ("invalid_date", "date_out_of_range")
        return
    day = parse_date(value, "installed_on")
    if day is not None:
        assert EARLIEST_YEAR <= day.year <= LATEST_YEAR


def test_moments_examples() -> None:
    """A day means local midnight; naive times are local; offsets are honoured."""
    tz = dt_util.get_default_time_zone()
    midnight = datetime.combine(date(2026, 3, 1), time(), tzinfo=tz)
    assert parse_moment(date(2026, 3, 1), "since") == dt_util.as_utc(midnight)
    assert parse_moment("2026-03-01", "since") == dt_util.as_utc(midnight)
    assert parse_moment(datetime(2026, 3, 1), "since") == dt_util.as_utc(midnight)  # noqa: DTZ001 - naive: local
    assert parse_moment("2026-03-01T10:00:00+01:00", "since") == datetime(
        2026, 3, 1, 9, tzinfo=UTC
    )
    assert parse_date(datetime(2026, 3, 1, 23, 0), "since") == date(2026, 3, 1)  # noqa: DTZ001
    for bad, key in (
        ("2026-02-30", "invalid_date"),
        ("2026-03-01T10:00:00+25:00", "invalid_date"),
        ("9999-12-31T23:00:00-05:00", "date_out_of_range"),
        (date(1, 1, 1), "date_out_of_range"),
    ):
        err = refusal(parse_moment, bad, "since")
        assert err is not None
        assert err.translation_key == key, bad


@given(value=ANYTHING)
def test_costs_in_whole_cents_or_refused(value: Any) -> None:
    """parse_cost keeps whole cents from 0 to the maximum; refuses anything else."""
    err = refusal(parse_cost, value)
    if err is not None:
        assert err.translation_key == "invalid_cost"
        assert err.translation_placeholders is not None
        assert err.translation_placeholders["max"] == str(COST_MAX)
        return
    amount = parse_cost(value)
    if amount is not None:
        assert 0 <= amount <= COST_MAX
        assert amount == amount.quantize(Decimal("0.01"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12.5", Decimal("12.50")),
        (" 3 ", Decimal("3.00")),
        (0, Decimal("0.00")),
        ("0.001", None),  # a fraction of a cent is refused, not rounded
        (True, None),
        ("-1", None),
        ("NaN", None),
    ],
)
def test_costs_examples(value: Any, expected: Decimal | None) -> None:
    """Amounts people type, and what a careless caller sends."""
    if expected is None:
        assert refusal(parse_cost, value) is not None
    else:
        assert parse_cost(value) == expected


def test_budget_must_be_above_zero() -> None:
    """A yearly budget of 0 (or a bad amount) is refused with its own message."""
    assert parse_budget("") is None
    assert parse_budget("250") == Decimal("250.00")
    for bad in (0, "0.00", "x", "-5"):
        err = refusal(parse_budget, bad)
        assert err is not None
        assert err.translation_key == "invalid_budget"
