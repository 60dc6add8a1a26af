"""Translated errors: the caller's mistakes (validation) and Haven's own failures."""

from __future__ import annotations

from typing import Any

from homeassistant.core import async_get_hass_or_none
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.translation import async_get_cached_translations

from .const import DOMAIN

# A value quoted back in a message is cut here: a refusal of a huge string must not
# become a huge message.
_VALUE_MAX = 200


def field_label(field: str) -> str:
    """Return a field's translated label ("Notes" for notes), the key if unknown.

    Labels live in the "common" section of the translations (``field_<key>``); they
    are loaded with the integration, in the language Home Assistant is set to.
    """
    if (hass := async_get_hass_or_none()) is None:
        return field
    key = f"component.{DOMAIN}.common.field_{field}"
    for language in (hass.config.language, "en"):
        texts = async_get_cached_translations(hass, language, "common", DOMAIN)
        if label := texts.get(key):
            return label
    return field


def quoted(value: Any) -> str:
    """Return a value as a message may show it: one line, at most _VALUE_MAX long."""
    text = " ".join(str(value).split())
    return text if len(text) <= _VALUE_MAX else f"{text[: _VALUE_MAX - 1]}…"


def invalid(key: str, **placeholders: Any) -> ServiceValidationError:
    """Return a translated validation error (see "exceptions" in en.json).

    A ``field`` placeholder names the field a refusal is about: it stays the field's
    key (forms put the error on that field) and adds ``label``, its translated name,
    which the messages use, so they read as sentences ("Notes must be …").
    """
    values = {k: quoted(v) for k, v in placeholders.items()}
    if (field := placeholders.get("field")) is not None:
        values["label"] = field_label(str(field))
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=key,
        translation_placeholders=values,
    )
