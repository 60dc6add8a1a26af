"""The fields of Haven's UI forms (selectors, suggested values, errors on fields)."""

from __future__ import annotations

from typing import Any

from homeassistant.const import CONF_NAME
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import selector
import voluptuous as vol

from .const import (
    ATTR_ANCHOR,
    ATTR_AREA_ID,
    ATTR_ASSET_ID,
    ATTR_CRON,
    ATTR_EVERY,
    ATTR_FIRST_DUE,
    ATTR_INSTALLED_ON,
    ATTR_LEAD_DAYS,
    ATTR_MANUFACTURER,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
    ATTR_MODEL,
    ATTR_NOTES,
    ATTR_PRIORITY,
    ATTR_SERIAL_NUMBER,
    ATTR_TEMPLATE,
    ATTR_UNIT,
    DEFAULT_LEAD_DAYS,
)
from .recurrence import ANCHOR_COMPLETION, ANCHOR_FIXED, UNITS
from .schedules import SCHEDULE_FIELDS
from .store.models import Asset, Task

TEXT = selector.TextSelector()
MULTILINE = selector.TextSelector(selector.TextSelectorConfig(multiline=True))


def suggested(value: Any) -> dict[str, Any]:
    """Return the description that suggests a value in a form field."""
    return {"suggested_value": None if value is None else str(value)}


def select(options: list[tuple[str, str]]) -> selector.SelectSelector:
    """Return a drop-down of (value, label) options."""
    return selector.SelectSelector(
        selector.SelectSelectorConfig(
            options=[
                selector.SelectOptionDict(value=v, label=label) for v, label in options
            ],
            mode=selector.SelectSelectorMode.DROPDOWN,
        )
    )


def number(minimum: float, maximum: float, step: float = 1) -> selector.NumberSelector:
    """Return a number box."""
    return selector.NumberSelector(
        selector.NumberSelectorConfig(
            min=minimum, max=maximum, step=step, mode=selector.NumberSelectorMode.BOX
        )
    )


ASSET_FIELDS = (
    CONF_NAME,
    ATTR_AREA_ID,
    ATTR_MANUFACTURER,
    ATTR_MODEL,
    ATTR_SERIAL_NUMBER,
    ATTR_INSTALLED_ON,
    ATTR_NOTES,
)
TASK_FIELDS = (
    CONF_NAME,
    *SCHEDULE_FIELDS,
    ATTR_LEAD_DAYS,
    ATTR_PRIORITY,
    ATTR_NOTES,
)


def asset_schema(
    asset: Asset | None, area_id: str | None, templates: list[tuple[str, str]]
) -> vol.Schema:
    """Return the asset form, filled with an existing asset's values."""
    fields: dict[vol.Marker, Any] = {
        vol.Required(CONF_NAME, default=asset.name if asset else vol.UNDEFINED): TEXT,
    }
    if templates:
        fields[vol.Optional(ATTR_TEMPLATE)] = select(templates)
    fields |= {
        vol.Optional(ATTR_AREA_ID, description=suggested(area_id)): (
            selector.AreaSelector()
        ),
        vol.Optional(
            ATTR_MANUFACTURER, description=suggested(asset and asset.manufacturer)
        ): TEXT,
        vol.Optional(ATTR_MODEL, description=suggested(asset and asset.model)): TEXT,
        vol.Optional(
            ATTR_SERIAL_NUMBER, description=suggested(asset and asset.serial_number)
        ): TEXT,
        vol.Optional(
            ATTR_INSTALLED_ON, description=suggested(asset and asset.installed_on)
        ): selector.DateSelector(),
        vol.Optional(ATTR_NOTES, description=suggested(asset and asset.notes)): (
            MULTILINE
        ),
    }
    return vol.Schema(fields)


def task_schema(task: Task | None, assets: list[tuple[str, str]]) -> vol.Schema:
    """Return the task form, filled with an existing task's values."""
    fields: dict[vol.Marker, Any] = {
        vol.Required(CONF_NAME, default=task.name if task else vol.UNDEFINED): TEXT,
    }
    if task is None:
        fields[vol.Optional(ATTR_ASSET_ID)] = select(assets)
    fields |= {
        vol.Optional(ATTR_EVERY, description=suggested(task and task.interval_every)): (
            number(1, 1000)
        ),
        vol.Optional(
            ATTR_UNIT,
            description=suggested((task and task.interval_unit) or "months"),
        ): select([(unit, unit) for unit in UNITS]),
        vol.Optional(
            ATTR_ANCHOR,
            description=suggested((task and task.anchor) or ANCHOR_COMPLETION),
        ): select(
            [(ANCHOR_COMPLETION, ANCHOR_COMPLETION), (ANCHOR_FIXED, ANCHOR_FIXED)]
        ),
        vol.Optional(
            ATTR_CRON, description=suggested(task and task.cron_schedule)
        ): TEXT,
        vol.Optional(
            ATTR_METER_ENTITY_ID, description=suggested(task and task.meter_entity_id)
        ): selector.EntitySelector(selector.EntitySelectorConfig(domain="sensor")),
        vol.Optional(
            ATTR_METER_EVERY, description=suggested(task and task.meter_every)
        ): number(0, 1_000_000, 0.1),
        vol.Optional(ATTR_FIRST_DUE): selector.DateSelector(),
        vol.Optional(
            ATTR_LEAD_DAYS,
            description=suggested(task.lead_days if task else DEFAULT_LEAD_DAYS),
        ): number(0, 365),
        vol.Optional(ATTR_PRIORITY, description=suggested(task and task.priority)): (
            number(0, 3)
        ),
        vol.Optional(ATTR_NOTES, description=suggested(task and task.notes)): MULTILINE,
    }
    return vol.Schema(fields)


def form_errors(err: ServiceValidationError, fields: dict[str, Any]) -> dict[str, str]:
    """Put a refusal on the form field it is about, or on the form."""
    field = (err.translation_placeholders or {}).get("field", "base")
    return {field if field in fields else "base": str(err.translation_key)}
