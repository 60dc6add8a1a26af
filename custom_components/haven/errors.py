"""Translated errors for the caller's mistakes, and the checks that raise them."""

from __future__ import annotations

from datetime import date
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
