"""Selectors shared by Haven's UI forms (the property form and its settings)."""

from __future__ import annotations

from typing import Any

from homeassistant.helpers import selector

TEXT = selector.TextSelector()
MULTILINE = selector.TextSelector(selector.TextSelectorConfig(multiline=True))


def suggested(value: Any) -> dict[str, Any]:
    """Return the description that suggests a value in a form field."""
    return {"suggested_value": None if value is None else str(value)}


def number(minimum: float, maximum: float, step: float = 1) -> selector.NumberSelector:
    """Return a number box."""
    return selector.NumberSelector(
        selector.NumberSelectorConfig(
            min=minimum, max=maximum, step=step, mode=selector.NumberSelectorMode.BOX
        )
    )
