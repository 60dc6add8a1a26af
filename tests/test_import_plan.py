"""The importers' pure parts: amounts written by people, dates, intervals, odd shapes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from custom_components.haven.importers import home_keeper, maintenance_supporter
from custom_components.haven.importers.plan import (
    Plan,
    UnknownVersionError,
    day,
    fit_interval,
    moment,
    money,
    number,
    text,
    whole,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 1, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        (12.5, "12.50"),
        (0, "0.00"),
        ("12,50", "12.50"),
        ("12.5", "12.50"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1'234.50", "1234.50"),
        ("€ 12,50", "12.50"),
        ("12,50 EUR", "12.50"),
        ("1.149,00 €", "1149.00"),
        ("19.999", None),  # a lone separator before three digits: which one?
        ("1,234", None),
        ("-5", None),
        ("1e5", None),
        ("12 50", None),
        ("abc", None),
        (True, None),
        (float("nan"), None),
        (2e6, None),
        ("", "none"),
        (None, "none"),
    ],
)
def test_money(value: Any, amount: str | None) -> None:
    """Amounts as people and programs write them; ambiguous or odd ones refused."""
    if amount == "none":
        assert money(value) is None
    elif amount is None:
        with pytest.raises(ValueError):  # noqa: PT011 - one refusal for all of them
            money(value)
    else:
        assert money(value) == Decimal(amount)


def test_dates_numbers_and_text() -> None:
    """Dates within Haven's years, numbers that are numbers, text that fits."""
    assert day("2024-10-15") == date(2024, 10, 15)
    assert day("2024-10-15T10:00:00+02:00") == date(2024, 10, 15)
    assert day("0001-01-01") is None
    assert day(20241015) is None
    assert moment("2025-02-20", BERLIN) == datetime(2025, 2, 19, 23, tzinfo=UTC)
    assert moment("9999-12-31T00:00:00", BERLIN) is None
    assert moment("not a date", BERLIN) is None
    assert whole("2") == 2
    assert whole(2.5) is None
    assert whole(True) is None
    assert number("inf") is None
    assert number("1.5") == 1.5
    plan = Plan("test", 1)
    assert text("x" * 300, plan, "item") == "x" * 99 + "…"
    assert text({"a": 1}, plan, "item") is None
    assert [p.code for p in plan.problems] == ["too_long"]


def test_intervals() -> None:
    """Long intervals in days become weeks when they can; others are problems."""
    plan = Plan("test", 1)
    assert fit_interval(2, "weeks", plan, "a") == (2, "weeks")
    assert fit_interval(1050, "days", plan, "b") == (150, "weeks")
    assert fit_interval(3650, "days", plan, "c") is None
    assert fit_interval(0, "days", plan, "d") is None
    assert [(p.item, p.code) for p in plan.problems] == [
        ("c", "interval"),
        ("d", "interval"),
    ]


def _hk(tasks: dict[str, Any], assets: dict[str, Any] | None = None) -> Plan:
    store = {"version": 1, "data": {"tasks": tasks, "assets": assets or {}}}
    return home_keeper.read(store, BERLIN, NOW)


def test_home_keeper_odd_tasks() -> None:
    """A fixed schedule without its next due, an unknown unit, no name."""
    plan = _hk(
        {
            "f": {
                "name": "Fixed",
                "recurrence_type": "fixed",
                "interval": 1,
                "freq": "MONTHLY",
                "anchor": "2024-01-31T10:00:00+01:00",
            },
            "u": {"name": "Odd", "recurrence_type": "floating", "unit": "hours"},
            "n": {"recurrence_type": "floating", "interval": 1, "unit": "days"},
            "x": {"name": "Bad freq", "recurrence_type": "fixed", "freq": "YEARLY"},
        }
    )
    fixed, odd, unnamed, bad = plan.tasks
    assert (fixed.every, fixed.unit, fixed.anchor) == (1, "months", "fixed")
    assert fixed.first_due == datetime(2025, 3, 30, 22, tzinfo=UTC)
    assert odd.every is None
    assert unnamed.name == "Maintenance"
    assert bad.every is None
    assert {(p.item, p.code) for p in plan.problems} == {
        ("Odd", "invalid"),
        ("n", "no_name"),
        ("Bad freq", "invalid"),
    }


@pytest.mark.parametrize("store", [[], {"version": 1, "data": {"tasks": []}}])
def test_home_keeper_odd_shapes(store: Any) -> None:
    """A store that is not the shape Home Keeper writes is refused."""
    with pytest.raises(home_keeper.PeerFormatError):
        home_keeper.read(store, BERLIN, NOW)


def test_maintenance_supporter_odd_shapes() -> None:
    """Tasks as a list, an object without a name, a store of a newer version."""
    entry = maintenance_supporter.ObjectEntry(
        "e1",
        1,
        "",
        {
            "object": {"id": "o1"},
            "tasks": [
                {
                    "id": "t1",
                    "name": "Weekly",
                    "interval_days": 1,
                    "interval_unit": "weeks",
                },
                {
                    "id": "t2",
                    "name": "Fortnight",
                    "interval_days": 14,
                    "interval_unit": "moons",
                },
            ],
        },
    )
    plan = maintenance_supporter.read([entry], {}, BERLIN, NOW)
    (asset,) = plan.assets
    assert asset.name == "Maintenance object"
    weekly, moons = plan.tasks
    assert (weekly.every, weekly.unit) == (1, "weeks")
    assert moons.every is None
    assert {p.code for p in plan.problems} == {"no_name", "interval"}
    with pytest.raises(UnknownVersionError) as err:
        maintenance_supporter.read(
            [entry], {"e1": {"version": 1, "data": {"version": 2}}}, BERLIN, NOW
        )
    assert err.value.version == 2
