"""Fields as callers give them → column values, or a translated refusal.

Actions, to-do lists, UI flows and the panel hand Haven loosely typed fields; these
functions turn them into the values the tables hold, checking every rule on the way, and
compute what follows from them (a schedule's first due moment). They read nothing but
their arguments, so a refused call changes nothing, and every check lives in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_EXPECTED_LIFE_YEARS,
    ATTR_INSTALLED_ON,
    ATTR_MANUFACTURER,
    ATTR_MODEL,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_PART_NUMBER,
    ATTR_PURCHASE_URL,
    ATTR_QUANTITY,
    ATTR_SERIAL_NUMBER,
    ATTR_WARRANTY_UNTIL,
    COST_MAX,
    EARLIEST_YEAR,
    EXPECTED_LIFE_MAX,
    LATEST_YEAR,
    NAME_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    URL_MAX_LENGTH,
)
from .errors import invalid

# Asset fields that map one to one onto optional text columns.
_OPTIONAL_TEXT = (ATTR_MANUFACTURER, ATTR_MODEL, ATTR_SERIAL_NUMBER)


def clean_name(value: Any, field: str = "name") -> str:
    """Return a stripped name; refuse an empty or over-long one."""
    name = str(value or "").strip()
    if not name:
        raise invalid("name_empty", field=field)
    if len(name) > NAME_MAX_LENGTH:
        raise invalid("name_too_long", field=field, max=NAME_MAX_LENGTH)
    return name


def clean_optional(
    value: Any, field: str, max_length: int = NAME_MAX_LENGTH
) -> str | None:
    """Return stripped optional text, None when empty; refuse over-long text."""
    text = str(value or "").strip()
    if len(text) > max_length:
        raise invalid("name_too_long", field=field, max=max_length)
    return text or None


def clean_notes(value: Any) -> str | None:
    """Return stripped notes, None when empty."""
    return clean_optional(value, ATTR_NOTES, TEXT_MAX_LENGTH)


def _in_range(day: date, field: str, value: Any) -> None:
    """Refuse a day outside the years Haven keeps."""
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise invalid(
            "date_out_of_range",
            field=field,
            value=value,
            min=f"{EARLIEST_YEAR}-01-01",
            max=f"{LATEST_YEAR}-12-31",
        )


def parse_date(value: Any, field: str) -> date | None:
    """Parse an ISO date (YYYY-MM-DD) within Haven's years; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed: date | None = value.date()
    elif isinstance(value, date):
        parsed = value
    else:
        parsed = dt_util.parse_date(str(value))
    if parsed is None:
        raise invalid("invalid_date", field=field, value=value)
    _in_range(parsed, field, value)
    return parsed


def parse_int(value: Any, field: str, minimum: int, maximum: int) -> int:
    """Return an integer within bounds; refuse anything else."""
    try:
        if isinstance(value, bool):
            raise TypeError  # noqa: TRY301 - true is no number of days
        number = int(value)
        if number != float(value):
            raise ValueError  # noqa: TRY301 - 2.5 days is no interval
    except (TypeError, ValueError, OverflowError):
        raise invalid("invalid_number", field=field, min=minimum, max=maximum) from None
    if not minimum <= number <= maximum:
        raise invalid("invalid_number", field=field, min=minimum, max=maximum)
    return number


def parse_moment(value: Any, field: str) -> datetime | None:
    """Parse an ISO date or date-time; a date means the start of that local day.

    The day is checked against Haven's years before any conversion, so an offset at
    the edge of the calendar (9999-12-31T23:00-05:00) is refused, not overflowed.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        try:
            parsed = dt_util.parse_datetime(str(value))
        except ValueError:  # an offset beyond a day, for one
            parsed = None
        if parsed is None:
            day = dt_util.parse_date(str(value))
            if day is None:
                raise invalid("invalid_date", field=field, value=value)
            parsed = datetime.combine(day, time())
        moment = parsed
    _in_range(moment.date(), field, value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt_util.get_default_time_zone())
    return dt_util.as_utc(moment)


def parse_cost(value: Any) -> Decimal | None:
    """Parse an amount of money from 0 to COST_MAX, in whole cents; None when empty.

    A fraction of a cent is refused rather than rounded: the caller meant something
    else, and a silently changed amount would be worse than a refusal.
    """
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool):
            raise InvalidOperation  # noqa: TRY301 - true is no amount
        amount = Decimal(str(value).strip())
        if not amount.is_finite() or not 0 <= amount <= COST_MAX:
            raise InvalidOperation  # noqa: TRY301
        cents = amount.quantize(Decimal("0.01"))
        if cents != amount:
            raise InvalidOperation  # noqa: TRY301 - a fraction of a cent
    except InvalidOperation:
        raise invalid("invalid_cost", value=value, max=COST_MAX) from None
    return cents


def parse_budget(value: Any) -> Decimal | None:
    """Parse a yearly budget: an amount above 0, in whole cents; None when empty."""
    if value is None or value == "":
        return None
    try:
        amount = parse_cost(value)
    except ServiceValidationError:
        amount = None
    if not amount:
        raise invalid("invalid_budget", value=value, max=COST_MAX)
    return amount


# Assets


def asset_columns(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the asset fields present and return their column values."""
    columns: dict[str, Any] = {}
    if ATTR_NAME in fields:
        columns["name"] = clean_name(fields[ATTR_NAME])
    for field in _OPTIONAL_TEXT:
        if field in fields:
            columns[field] = clean_optional(fields[field], field)
    for field in (ATTR_INSTALLED_ON, ATTR_WARRANTY_UNTIL):
        if field in fields:
            columns[field] = parse_date(fields[field], field)
    if ATTR_EXPECTED_LIFE_YEARS in fields:
        years = fields[ATTR_EXPECTED_LIFE_YEARS]
        columns["expected_life_years"] = (
            None
            if years is None or years == ""
            else parse_int(years, ATTR_EXPECTED_LIFE_YEARS, 1, EXPECTED_LIFE_MAX)
        )
    if ATTR_NOTES in fields:
        columns["notes"] = clean_notes(fields[ATTR_NOTES])
    return columns


# Supplies and logs


def supply_columns(fields: Mapping[str, Any], creating: bool) -> dict[str, Any]:
    """Validate the supply fields present (the task link is checked by the caller)."""
    columns: dict[str, Any] = {}
    if ATTR_NAME in fields or creating:
        columns["name"] = clean_name(fields.get(ATTR_NAME))
    if ATTR_PART_NUMBER in fields:
        columns["part_number"] = clean_optional(
            fields[ATTR_PART_NUMBER], ATTR_PART_NUMBER
        )
    if ATTR_PURCHASE_URL in fields:
        url = clean_optional(
            fields[ATTR_PURCHASE_URL], ATTR_PURCHASE_URL, URL_MAX_LENGTH
        )
        if url and not url.startswith(("https://", "http://")):
            raise invalid("invalid_url", url=url)
        columns["purchase_url"] = url
    if ATTR_QUANTITY in fields:
        quantity = fields[ATTR_QUANTITY]
        columns["quantity"] = (
            None
            if quantity is None or quantity == ""
            else parse_int(quantity, ATTR_QUANTITY, 0, 100000)
        )
    return columns


def log_values(
    property_id: str,
    asset_id: str | None,
    action: str,
    *,
    notes: Any,
    cost: Any,
    performed_at: datetime,
    user_id: str | None,
) -> dict[str, Any]:
    """Return the columns of a log entry."""
    return {
        "property_id": property_id,
        "asset_id": asset_id,
        "action": action,
        "notes": clean_notes(notes),
        "cost": parse_cost(cost),
        "performed_at": performed_at,
        "user_id": user_id,
    }
