"""The fields of Haven's UI forms: selectors, suggested values, and form input → fields.

Forms hand the commands the same fields an action does, so a form refuses exactly what
an action refuses, with the same translated reasons shown on the field they are about.
Every drop-down whose options are Haven's own words (units, anchors, schedule kinds,
priorities) names a ``translation_key``: its labels live in the ``selector`` section of
translations/en.json. Template names come from the catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
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
    ATTR_EXPECTED_LIFE_YEARS,
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
    ATTR_WARRANTY_UNTIL,
    DEFAULT_LEAD_DAYS,
    EXPECTED_LIFE_MAX,
)
from .recurrence import (
    ANCHOR_COMPLETION,
    ANCHOR_FIXED,
    KIND_CRON,
    KIND_INTERVAL,
    KIND_METER,
    KIND_ONCE,
    UNITS,
    local_day,
)
from .schedules import SCHEDULE_FIELDS
from .store.models import Asset, Task

TEXT = selector.TextSelector()
MULTILINE = selector.TextSelector(selector.TextSelectorConfig(multiline=True))

# The first question of the task form; each kind then has a form of its own.
ATTR_SCHEDULE_KIND = "schedule_kind"
SCHEDULE_KINDS = (KIND_INTERVAL, KIND_CRON, KIND_METER, KIND_ONCE)
PRIORITIES = ("0", "1", "2", "3")
DEFAULT_UNIT = "months"


def suggested(value: Any) -> dict[str, Any]:
    """Return the description that suggests a value in a form field."""
    return {"suggested_value": None if value is None else str(value)}


def select(options: Sequence[tuple[str, str]]) -> selector.SelectSelector:
    """Return a drop-down of (value, label) options whose labels are data (names)."""
    return selector.SelectSelector(
        selector.SelectSelectorConfig(
            options=[
                selector.SelectOptionDict(value=v, label=label) for v, label in options
            ],
            mode=selector.SelectSelectorMode.DROPDOWN,
        )
    )


def choice(values: Sequence[str], translation_key: str) -> selector.SelectSelector:
    """Return a drop-down of Haven's own words, labelled from the translations."""
    return selector.SelectSelector(
        selector.SelectSelectorConfig(
            options=list(values),
            translation_key=translation_key,
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


# Refusals that name no field, and the form field each is about.
_ERROR_FIELDS = {
    "invalid_unit": ATTR_UNIT,
    "invalid_anchor": ATTR_ANCHOR,
    "invalid_cron": ATTR_CRON,
    "invalid_meter": ATTR_METER_ENTITY_ID,
    "invalid_meter_every": ATTR_METER_EVERY,
    "unknown_area": ATTR_AREA_ID,
    "unknown_asset": ATTR_ASSET_ID,
    "unknown_template": ATTR_TEMPLATE,
}


def form_errors(
    err: ServiceValidationError, fields: Mapping[str, Any]
) -> dict[str, str]:
    """Put a refusal on the form field it is about, or on the form."""
    key = str(err.translation_key)
    placeholders = err.translation_placeholders or {}
    field = placeholders.get("field") or _ERROR_FIELDS.get(key, "base")
    return {field if field in fields else "base": key}


# Assets

ASSET_FIELDS = (
    CONF_NAME,
    ATTR_AREA_ID,
    ATTR_MANUFACTURER,
    ATTR_MODEL,
    ATTR_SERIAL_NUMBER,
    ATTR_INSTALLED_ON,
    ATTR_WARRANTY_UNTIL,
    ATTR_EXPECTED_LIFE_YEARS,
    ATTR_NOTES,
)


def asset_schema(
    asset: Asset | None, area_id: str | None, templates: list[tuple[str, str]]
) -> vol.Schema:
    """Return the asset form, filled with an existing asset's values."""
    fields: dict[vol.Marker, Any] = {
        vol.Required(CONF_NAME, description=suggested(asset and asset.name)): TEXT,
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
        vol.Optional(
            ATTR_WARRANTY_UNTIL, description=suggested(asset and asset.warranty_until)
        ): selector.DateSelector(),
        vol.Optional(
            ATTR_EXPECTED_LIFE_YEARS,
            description=suggested(asset and asset.expected_life_years),
        ): number(1, EXPECTED_LIFE_MAX),
        vol.Optional(ATTR_NOTES, description=suggested(asset and asset.notes)): (
            MULTILINE
        ),
    }
    return vol.Schema(fields)


def asset_fields(user_input: Mapping[str, Any]) -> dict[str, Any]:
    """Return every asset field of a submitted form: an emptied field clears it."""
    return {key: user_input.get(key) for key in ASSET_FIELDS}


# Tasks


def task_start_schema(
    task: Task | None, kind: str, assets: list[tuple[str, str]]
) -> vol.Schema:
    """Return the first task form: its name, its asset (new tasks), how it comes due."""
    fields: dict[vol.Marker, Any] = {
        vol.Required(CONF_NAME, description=suggested(task and task.name)): TEXT,
    }
    if task is None and assets:
        fields[vol.Optional(ATTR_ASSET_ID)] = select(assets)
    fields[vol.Required(ATTR_SCHEDULE_KIND, default=kind)] = choice(
        SCHEDULE_KINDS, ATTR_SCHEDULE_KIND
    )
    return vol.Schema(fields)


def current_schedule(task: Task | None) -> dict[str, Any]:
    """Return a task's schedule as the fields of its kind's form."""
    values: dict[str, Any] = dict.fromkeys(SCHEDULE_FIELDS)
    if task is None:
        return values
    if task.schedule_kind in (KIND_INTERVAL, KIND_METER) and task.interval_every:
        values |= {ATTR_EVERY: task.interval_every, ATTR_UNIT: task.interval_unit}
    if task.schedule_kind == KIND_INTERVAL:
        values[ATTR_ANCHOR] = task.anchor
    elif task.schedule_kind == KIND_CRON:
        values[ATTR_CRON] = task.cron_schedule
    elif task.schedule_kind == KIND_METER:
        values |= {
            ATTR_METER_ENTITY_ID: task.meter_entity_id,
            ATTR_METER_EVERY: task.meter_every,
        }
    return values


def _kind_fields(kind: str, shown: Mapping[str, Any]) -> dict[vol.Marker, Any]:
    """Return the fields of one kind of schedule, suggesting the shown values."""
    every = vol.Optional if kind == KIND_METER else vol.Required
    interval: dict[vol.Marker, Any] = {
        every(ATTR_EVERY, description=suggested(shown.get(ATTR_EVERY))): number(
            1, 1000
        ),
        every(
            ATTR_UNIT, description=suggested(shown.get(ATTR_UNIT) or DEFAULT_UNIT)
        ): choice(UNITS, ATTR_UNIT),
    }
    if kind == KIND_INTERVAL:
        return interval | {
            vol.Required(
                ATTR_ANCHOR,
                description=suggested(shown.get(ATTR_ANCHOR) or ANCHOR_COMPLETION),
            ): choice((ANCHOR_COMPLETION, ANCHOR_FIXED), ATTR_ANCHOR)
        }
    if kind == KIND_CRON:
        return {
            vol.Required(ATTR_CRON, description=suggested(shown.get(ATTR_CRON))): TEXT
        }
    if kind == KIND_METER:
        meter: dict[vol.Marker, Any] = {
            vol.Required(
                ATTR_METER_ENTITY_ID,
                description=suggested(shown.get(ATTR_METER_ENTITY_ID)),
            ): selector.EntitySelector(selector.EntitySelectorConfig(domain="sensor")),
            vol.Required(
                ATTR_METER_EVERY, description=suggested(shown.get(ATTR_METER_EVERY))
            ): number(0.1, 1_000_000, 0.1),
        }
        return meter | interval
    return {}


def task_details_schema(
    kind: str, task: Task | None, tz: tzinfo
) -> tuple[vol.Schema, dict[str, Any]]:
    """Return one kind's task form and the values it shows.

    An existing task of the same kind shows its schedule; a new kind starts empty.
    A one-off task shows its due date (clearing it leaves the task without one);
    for the others an empty date keeps the due date or counts from now.
    """
    same_kind = task is not None and task.schedule_kind == kind
    shown = current_schedule(task if same_kind else None)
    if kind == KIND_ONCE and same_kind and task and task.next_due_at:
        shown[ATTR_FIRST_DUE] = local_day(task.next_due_at, tz).isoformat()
    fields = _kind_fields(kind, shown) | {
        vol.Optional(
            ATTR_FIRST_DUE, description=suggested(shown.get(ATTR_FIRST_DUE))
        ): selector.DateSelector(),
        vol.Optional(
            ATTR_LEAD_DAYS,
            description=suggested(task.lead_days if task else DEFAULT_LEAD_DAYS),
        ): number(0, 365),
        vol.Optional(
            ATTR_PRIORITY, description=suggested(task.priority if task else None)
        ): choice(PRIORITIES, ATTR_PRIORITY),
        vol.Optional(ATTR_NOTES, description=suggested(task and task.notes)): MULTILINE,
    }
    return vol.Schema(fields), shown


def _same(a: Any, b: Any) -> bool:
    """Compare a form value with a stored one (12.0 is 12, "" is nothing)."""
    if a in ("", None) or b in ("", None):
        return a in ("", None) and b in ("", None)
    if isinstance(a, int | float) or isinstance(b, int | float):
        try:
            return float(a) == float(b)
        except (TypeError, ValueError):
            return False
    return str(a).strip() == str(b).strip()


def task_fields(
    kind: str, user_input: Mapping[str, Any], shown: Mapping[str, Any]
) -> dict[str, Any]:
    """Return the fields of a submitted task form for the commands.

    Every schedule field is given (another kind's as None, so a new kind replaces
    the old one) unless the schedule is the one the form showed: then the schedule,
    and the due date that follows from it, stay as they are.
    """
    schedule: dict[str, Any] = dict.fromkeys(SCHEDULE_FIELDS)
    if kind in (KIND_INTERVAL, KIND_METER) and user_input.get(ATTR_EVERY) is not None:
        schedule |= {
            ATTR_EVERY: user_input[ATTR_EVERY],
            ATTR_UNIT: user_input.get(ATTR_UNIT) or DEFAULT_UNIT,
        }
    if kind == KIND_INTERVAL:
        schedule[ATTR_ANCHOR] = user_input.get(ATTR_ANCHOR) or ANCHOR_COMPLETION
    elif kind == KIND_CRON:
        schedule[ATTR_CRON] = str(user_input.get(ATTR_CRON) or "").strip()
    elif kind == KIND_METER:
        schedule |= {
            ATTR_METER_ENTITY_ID: user_input.get(ATTR_METER_ENTITY_ID),
            ATTR_METER_EVERY: user_input.get(ATTR_METER_EVERY),
        }
    fields: dict[str, Any] = {
        ATTR_LEAD_DAYS: user_input.get(ATTR_LEAD_DAYS),
        ATTR_PRIORITY: user_input.get(ATTR_PRIORITY),
        ATTR_NOTES: user_input.get(ATTR_NOTES),
    }
    unchanged = all(
        _same(schedule[key], shown.get(key))
        for key in SCHEDULE_FIELDS
        if key != ATTR_ANCHOR or kind == KIND_INTERVAL
    )
    if not unchanged:
        fields |= schedule
    due = user_input.get(ATTR_FIRST_DUE) or None
    if kind == KIND_ONCE:
        if not _same(due, shown.get(ATTR_FIRST_DUE)):
            fields[ATTR_FIRST_DUE] = due
    elif due:
        fields[ATTR_FIRST_DUE] = due
    return fields
