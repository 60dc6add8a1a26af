"""Translated errors: the caller's mistakes (validation) and Haven's own failures."""

from __future__ import annotations

from typing import Any

from homeassistant.exceptions import ServiceValidationError

from .const import DOMAIN


def invalid(key: str, **placeholders: Any) -> ServiceValidationError:
    """Return a translated validation error (see "exceptions" in en.json)."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders={k: str(v) for k, v in placeholders.items()},
    )
