"""Translated errors for the caller's mistakes, and the checks that raise them."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from .const import DOMAIN, NAME_MAX_LENGTH, TEXT_MAX_LENGTH


def invalid(key: str, **placeholders: Any) -> ServiceValidationError:
    """Return a translated validation error (see "exceptions" in en.json)."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders={k: str(v) for k, v in placeholders.items()},
    )


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
    return clean_optional(value, "notes", TEXT_MAX_LENGTH)


def parse_date(value: Any, field: str) -> date | None:
    """Parse an ISO date (YYYY-MM-DD); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    parsed = dt_util.parse_date(str(value))
    if parsed is None:
        raise invalid("invalid_date", field=field, value=value)
    return parsed


def parse_int(value: Any, field: str, minimum: int, maximum: int) -> int:
    """Return an integer within bounds; refuse anything else."""
    try:
        number = int(value)
        if number != float(value):
            raise ValueError  # noqa: TRY301 - 2.5 days is no interval
    except (TypeError, ValueError):
        raise invalid("invalid_number", field=field, min=minimum, max=maximum) from None
    if not minimum <= number <= maximum:
        raise invalid("invalid_number", field=field, min=minimum, max=maximum)
    return number


def parse_moment(value: Any, field: str) -> datetime | None:
    """Parse an ISO date or date-time; a date means the start of that local day."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        parsed = dt_util.parse_datetime(str(value))
        if parsed is None:
            day = dt_util.parse_date(str(value))
            if day is None:
                raise invalid("invalid_date", field=field, value=value)
            parsed = datetime.combine(day, time())
        moment = parsed
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt_util.get_default_time_zone())
    return dt_util.as_utc(moment)


def parse_cost(value: Any) -> Decimal | None:
    """Parse a non-negative amount of money, kept to cents."""
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise invalid("invalid_cost", value=value) from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e10"):
        raise invalid("invalid_cost", value=value)
    return amount
