"""The schemas of Haven's actions: which fields exist, their types and ranges.

The schemas type every field (dates, numbers with ranges, choices, entity ids, text
with length limits). A refusal is a translated ``ServiceValidationError`` naming the
field by its translated label: Home Assistant (2026.2 and the newest releases alike)
hands a schema's ``vol.Invalid`` to the caller as it is, untranslated, so
``ActionSchema`` translates it here. Rules across fields and rules that need the
records (a task's schedule, a date in the future) stay in the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
import math
from typing import Any

from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .capture.inbox import OUTCOMES
from .const import (
    ATTR_ACTION,
    ATTR_ACTIVE_MONTHS,
    ATTR_ANCHOR,
    ATTR_AREA_ID,
    ATTR_ASSET_ID,
    ATTR_ASSIGNED_USER_ID,
    ATTR_ASSIGNEES,
    ATTR_CAMERA_ENTITY_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_COST,
    ATTR_CRON,
    ATTR_DEVICE_ID,
    ATTR_DURATION,
    ATTR_EVERY,
    ATTR_EXPECTED_LIFE_YEARS,
    ATTR_FILE_PATH,
    ATTR_FIRST_DUE,
    ATTR_INBOX_ITEM_ID,
    ATTR_INSTALLED_ON,
    ATTR_LEAD_DAYS,
    ATTR_LIMIT,
    ATTR_MANUFACTURER,
    ATTR_MEDIA_CONTENT_ID,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
    ATTR_MODEL,
    ATTR_NAME,
    ATTR_NOTES,
    ATTR_OUTCOME,
    ATTR_PART_NUMBER,
    ATTR_PERFORMED_AT,
    ATTR_PRIORITY,
    ATTR_PURCHASE_URL,
    ATTR_QUANTITY,
    ATTR_ROTATE,
    ATTR_SERIAL_NUMBER,
    ATTR_SINCE,
    ATTR_SUPPLY_ID,
    ATTR_TASK_ID,
    ATTR_TEMPLATE,
    ATTR_TEXT,
    ATTR_UNIT,
    ATTR_UNTIL,
    ATTR_WARRANTY_UNTIL,
    ATTR_ZONE,
    COST_MAX,
    CRON_MAX_LENGTH,
    EVERY_MAX,
    EXPECTED_LIFE_MAX,
    ID_MAX_LENGTH,
    LEAD_DAYS_MAX,
    METER_EVERY_MAX,
    NAME_MAX_LENGTH,
    PATH_MAX_LENGTH,
    SNOOZE_MAX_DAYS,
    TEXT_MAX_LENGTH,
    URL_MAX_LENGTH,
)
from .errors import invalid
from .recurrence import ANCHOR_COMPLETION, ANCHOR_FIXED, UNITS
from .validation import parse_cost

# Field → (translation key, placeholder that quotes the value, other placeholders),
# one line per field whatever the action: a field means the same everywhere.
_REFUSALS: dict[str, tuple[str, str, dict[str, Any]]] = {}


def _field(
    key: str,
    validator: Callable[[Any], Any],
    refusal: str,
    quote: str = "value",
    **placeholders: Any,
) -> tuple[str, Callable[[Any], Any]]:
    """Declare a field: its validator and the translated refusal of a bad value."""
    _REFUSALS[key] = (refusal, quote, placeholders)
    return key, validator


def _maybe(validator: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Accept None or an empty string (a cleared field) as None."""

    def _validate(value: Any) -> Any:
        if value is None or value == "":
            return None
        return validator(value)

    return _validate


def _guarded(validator: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Turn any error of a validator into vol.Invalid (a refusal naming the field).

    HA's own validators assume sensible types: cv.entity_domain raises TypeError for
    false, timedelta() OverflowError for 1e300 days.
    """

    def _validate(value: Any) -> Any:
        try:
            return validator(value)
        except vol.Invalid:
            raise
        except (TypeError, ValueError, OverflowError, ArithmeticError) as err:
            raise vol.Invalid(str(err)) from err

    return _validate


def _text(max_length: int) -> Callable[[Any], Any]:
    return vol.All(cv.string, vol.Length(max=max_length))


def _whole(minimum: int, maximum: int) -> Callable[[Any], Any]:
    """Return a validator of whole numbers (2, 2.0, "2"; not 2.5, inf or true)."""

    def _validate(value: Any) -> int:
        if isinstance(value, bool):
            raise vol.Invalid("not a number")
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError) as err:
            raise vol.Invalid("not a number") from err
        if not number.is_integer() or not minimum <= number <= maximum:
            raise vol.Invalid("out of range")
        return int(number)

    return _validate


def _whole_field(key: str, low: int, high: int) -> tuple[str, Callable[[Any], Any]]:
    """Declare an optional whole-number field; its refusal names the range."""
    return _field(key, _maybe(_whole(low, high)), "invalid_number", min=low, max=high)


def _positive(maximum: float) -> Callable[[Any], float]:
    """Return a validator of finite numbers above 0 and up to maximum."""

    def _validate(value: Any) -> float:
        if isinstance(value, bool):
            raise vol.Invalid("not a number")
        try:
            number = float(value)
        except (TypeError, ValueError, OverflowError) as err:
            raise vol.Invalid("not a number") from err
        if not (math.isfinite(number) and 0 < number <= maximum):
            raise vol.Invalid("out of range")
        return number

    return _validate


def _moment(value: Any) -> Any:
    """Accept a date or a date-time (its range is checked where it is used)."""
    try:
        return vol.Any(cv.date, cv.datetime)(value)
    except ValueError as err:  # 2026-02-30T00:00 reaches datetime() itself
        raise vol.Invalid("not a date") from err


def _duration(value: Any) -> timedelta:
    """Accept a positive duration up to SNOOZE_MAX_DAYS (1e300 days overflows)."""
    try:
        period: timedelta = cv.positive_time_period(value)
    except (OverflowError, ValueError, TypeError) as err:
        raise vol.Invalid("not a duration") from err
    if not timedelta(0) < period <= timedelta(days=SNOOZE_MAX_DAYS):
        raise vol.Invalid("out of range")
    return period


def _cost(value: Any) -> Decimal | None:
    """Accept money in whole cents (validation.parse_cost is the one rule)."""
    if isinstance(value, (list, dict)):
        raise vol.Invalid("not an amount")
    try:
        return parse_cost(value)
    except ServiceValidationError as err:
        raise vol.Invalid("not an amount") from err


_ID = vol.All(cv.string, vol.Length(min=1, max=ID_MAX_LENGTH))

# Every field of every action, once.
CONFIG_ENTRY_ID = _field(ATTR_CONFIG_ENTRY_ID, _ID, "invalid_text", max=ID_MAX_LENGTH)
ASSET_ID = _field(ATTR_ASSET_ID, _maybe(_ID), "invalid_text", max=ID_MAX_LENGTH)
DEVICE_ID = _field(ATTR_DEVICE_ID, _maybe(_ID), "invalid_text", max=ID_MAX_LENGTH)
TASK_ID = _field(ATTR_TASK_ID, _maybe(_ID), "invalid_text", max=ID_MAX_LENGTH)
SUPPLY_ID = _field(ATTR_SUPPLY_ID, _ID, "invalid_text", max=ID_MAX_LENGTH)
INBOX_ITEM_ID = _field(ATTR_INBOX_ITEM_ID, _ID, "invalid_text", max=ID_MAX_LENGTH)
NAME = _field(ATTR_NAME, _text(NAME_MAX_LENGTH), "invalid_text", max=NAME_MAX_LENGTH)
NOTES = _field(
    ATTR_NOTES, _maybe(_text(TEXT_MAX_LENGTH)), "invalid_text", max=TEXT_MAX_LENGTH
)


def _short_text(key: str) -> tuple[str, Callable[[Any], Any]]:
    return _field(
        key, _maybe(_text(NAME_MAX_LENGTH)), "invalid_text", max=NAME_MAX_LENGTH
    )


AREA_ID = _short_text(ATTR_AREA_ID)
ZONE = _short_text(ATTR_ZONE)
TEMPLATE = _short_text(ATTR_TEMPLATE)
MANUFACTURER = _short_text(ATTR_MANUFACTURER)
MODEL = _short_text(ATTR_MODEL)
SERIAL_NUMBER = _short_text(ATTR_SERIAL_NUMBER)
PART_NUMBER = _short_text(ATTR_PART_NUMBER)
ASSIGNED_USER_ID = _short_text(ATTR_ASSIGNED_USER_ID)
ASSIGNEES = _field(ATTR_ASSIGNEES, _maybe(cv.entity_ids), "unknown_person", "person")
ROTATE = _field(ATTR_ROTATE, cv.boolean, "invalid_boolean")
_MONTHS = vol.All(cv.ensure_list, [_whole(1, 12)])
ACTIVE_MONTHS = _field(ATTR_ACTIVE_MONTHS, _maybe(_MONTHS), "invalid_months")
ACTION = _field(
    ATTR_ACTION, _text(NAME_MAX_LENGTH), "invalid_text", max=NAME_MAX_LENGTH
)
OPTIONAL_ACTION = (ATTR_ACTION, _maybe(_text(NAME_MAX_LENGTH)))
PURCHASE_URL = _field(
    ATTR_PURCHASE_URL, _maybe(_text(URL_MAX_LENGTH)), "invalid_text", max=URL_MAX_LENGTH
)
INSTALLED_ON = _field(ATTR_INSTALLED_ON, _maybe(cv.date), "invalid_date")
WARRANTY_UNTIL = _field(ATTR_WARRANTY_UNTIL, _maybe(cv.date), "invalid_date")
EXPECTED_LIFE_YEARS = _whole_field(ATTR_EXPECTED_LIFE_YEARS, 1, EXPECTED_LIFE_MAX)
EVERY = _whole_field(ATTR_EVERY, 1, EVERY_MAX)
UNIT = _field(
    ATTR_UNIT, _maybe(vol.In(UNITS)), "invalid_unit", "unit", units=", ".join(UNITS)
)
ANCHOR = _field(
    ATTR_ANCHOR,
    _maybe(vol.In((ANCHOR_COMPLETION, ANCHOR_FIXED))),
    "invalid_anchor",
    "anchor",
)
CRON = _field(
    ATTR_CRON, _maybe(_text(CRON_MAX_LENGTH)), "invalid_text", max=CRON_MAX_LENGTH
)
METER_ENTITY_ID = _field(
    ATTR_METER_ENTITY_ID, _maybe(cv.entity_id), "invalid_entity_id"
)
METER_EVERY = _field(
    ATTR_METER_EVERY,
    _maybe(_positive(METER_EVERY_MAX)),
    "invalid_meter_every",
    max=METER_EVERY_MAX,
)
FIRST_DUE = _field(ATTR_FIRST_DUE, _maybe(_moment), "invalid_date")
LEAD_DAYS = _whole_field(ATTR_LEAD_DAYS, 0, LEAD_DAYS_MAX)
PRIORITY = _whole_field(ATTR_PRIORITY, 0, 3)
PERFORMED_AT = _field(ATTR_PERFORMED_AT, _maybe(_moment), "invalid_date")
COST = _field(ATTR_COST, _maybe(_cost), "invalid_cost", max=COST_MAX)
UNTIL = _field(ATTR_UNTIL, _maybe(_moment), "invalid_date")
DURATION = _field(
    ATTR_DURATION,
    _maybe(_duration),
    "invalid_duration",
    "duration",
    max_days=SNOOZE_MAX_DAYS,
)
SINCE = _field(ATTR_SINCE, _maybe(_moment), "invalid_date")
LIMIT = _whole_field(ATTR_LIMIT, 1, 100000)
QUANTITY = _whole_field(ATTR_QUANTITY, 0, 100000)
TEXT = _field(
    ATTR_TEXT, _maybe(_text(TEXT_MAX_LENGTH)), "invalid_text", max=TEXT_MAX_LENGTH
)
MEDIA_CONTENT_ID = _field(
    ATTR_MEDIA_CONTENT_ID,
    _maybe(_text(URL_MAX_LENGTH)),
    "invalid_text",
    max=URL_MAX_LENGTH,
)
CAMERA_ENTITY_ID = _field(
    ATTR_CAMERA_ENTITY_ID, _maybe(cv.entity_domain("camera")), "invalid_camera"
)
FILE_PATH = _field(
    ATTR_FILE_PATH, _maybe(_text(PATH_MAX_LENGTH)), "invalid_text", max=PATH_MAX_LENGTH
)
OUTCOME = _field(
    ATTR_OUTCOME,
    vol.In(OUTCOMES),
    "invalid_outcome",
    "outcome",
    outcomes=", ".join(OUTCOMES),
)


class ActionSchema(vol.Schema):
    """A schema whose refusals are translated errors naming the field."""

    def __init__(
        self,
        *fields: tuple[str, Callable[[Any], Any]],
        required: tuple[str, ...] = (),
        targets: bool = False,
    ) -> None:
        """Build the schema from declared fields (required ones by key).

        With targets, the call may also name entities, devices or areas (the task
        actions: a task's entities stand for the task).
        """
        schema: dict[Any, Any] = {
            (vol.Required if key in required else vol.Optional)(key): _guarded(
                validator
            )
            for key, validator in fields
        }
        if targets:
            schema.update(
                {
                    marker: _guarded(validator)
                    for marker, validator in cv.ENTITY_SERVICE_FIELDS.items()
                }
            )
        super().__init__(schema)

    def __call__(self, data: Any, *args: Any, **kwargs: Any) -> Any:
        """Validate an action's data; refuse with a translated error."""
        try:
            return super().__call__(data, *args, **kwargs)  # type: ignore[no-untyped-call]
        except vol.Invalid as err:
            raise self._refusal(err, data) from None

    def _refusal(self, err: vol.Invalid, data: Any) -> ServiceValidationError:
        errors = getattr(err, "errors", None) or [err]
        first = errors[0]
        key = first.path[0] if first.path else None
        known = {str(marker) for marker in self.schema}
        if not isinstance(data, dict) or key is None:
            return invalid("invalid_data")
        if str(key) not in known:
            return invalid("unknown_field", name=key)
        if key not in data:
            return invalid("field_required", field=key)
        value = data[key]
        refusal, quote, placeholders = _REFUSALS.get(
            key, ("invalid_field", "value", {})
        )
        if refusal == "invalid_text" and isinstance(value, str):
            # Text of the right type: too long, or an id left empty.
            refusal = "name_too_long" if value.strip() else "name_empty"
        return invalid(refusal, field=key, **{quote: value}, **placeholders)


_LIFETIME = (INSTALLED_ON, WARRANTY_UNTIL, EXPECTED_LIFE_YEARS)
_ASSET_FIELDS = (AREA_ID, ZONE, MANUFACTURER, MODEL, SERIAL_NUMBER, NOTES, *_LIFETIME)
_ASSET_REF = (ASSET_ID, DEVICE_ID)

CREATE_ASSET_SCHEMA = ActionSchema(
    CONFIG_ENTRY_ID,
    NAME,
    TEMPLATE,
    *_ASSET_FIELDS,
    required=(ATTR_CONFIG_ENTRY_ID, ATTR_NAME),
)
UPDATE_ASSET_SCHEMA = ActionSchema(*_ASSET_REF, NAME, *_ASSET_FIELDS)
REMOVE_ASSET_SCHEMA = ActionSchema(*_ASSET_REF)

_SCHEDULE = (EVERY, UNIT, ANCHOR, CRON, METER_ENTITY_ID, METER_EVERY, FIRST_DUE)
_HOUSEHOLD = (ASSIGNED_USER_ID, ASSIGNEES, ROTATE, ACTIVE_MONTHS)
_TASK_FIELDS = (*_SCHEDULE, LEAD_DAYS, PRIORITY, NOTES, *_HOUSEHOLD)

CREATE_TASK_SCHEMA = ActionSchema(
    NAME, *_ASSET_REF, CONFIG_ENTRY_ID, *_TASK_FIELDS, required=(ATTR_NAME,)
)
UPDATE_TASK_SCHEMA = ActionSchema(TASK_ID, NAME, *_TASK_FIELDS, targets=True)
REMOVE_TASK_SCHEMA = ActionSchema(TASK_ID, targets=True)
COMPLETE_TASK_SCHEMA = ActionSchema(TASK_ID, PERFORMED_AT, NOTES, COST, targets=True)
SNOOZE_TASK_SCHEMA = ActionSchema(TASK_ID, UNTIL, DURATION, targets=True)
SKIP_TASK_SCHEMA = ActionSchema(TASK_ID, targets=True)
# Pause or resume a task, or with config_entry_id (and no task) the whole property.
PAUSE_SCHEMA = ActionSchema(TASK_ID, CONFIG_ENTRY_ID, UNTIL, targets=True)
RESUME_SCHEMA = ActionSchema(TASK_ID, CONFIG_ENTRY_ID, targets=True)
LOG_MAINTENANCE_SCHEMA = ActionSchema(
    *_ASSET_REF, ACTION, PERFORMED_AT, NOTES, COST, required=(ATTR_ACTION,)
)
GET_HISTORY_SCHEMA = ActionSchema(CONFIG_ENTRY_ID, *_ASSET_REF, TASK_ID, SINCE, LIMIT)
_SUPPLY_FIELDS = (PART_NUMBER, PURCHASE_URL, QUANTITY, TASK_ID)
ADD_SUPPLY_SCHEMA = ActionSchema(
    *_ASSET_REF, NAME, *_SUPPLY_FIELDS, required=(ATTR_NAME,)
)
UPDATE_SUPPLY_SCHEMA = ActionSchema(
    SUPPLY_ID, NAME, *_SUPPLY_FIELDS, required=(ATTR_SUPPLY_ID,)
)
EXPORT_SCHEMA = ActionSchema(CONFIG_ENTRY_ID, required=(ATTR_CONFIG_ENTRY_ID,))

# The capture actions (capture/services.py).
CAPTURE_SCHEMA = ActionSchema(
    CONFIG_ENTRY_ID,
    TEXT,
    MEDIA_CONTENT_ID,
    CAMERA_ENTITY_ID,
    FILE_PATH,
    *_ASSET_REF,
    required=(ATTR_CONFIG_ENTRY_ID,),
)
INBOX_ITEM_SCHEMA = ActionSchema(INBOX_ITEM_ID, required=(ATTR_INBOX_ITEM_ID,))
TRIAGE_SCHEMA = ActionSchema(
    INBOX_ITEM_ID,
    OUTCOME,
    *_ASSET_REF,
    (ATTR_NAME, _maybe(_text(NAME_MAX_LENGTH))),
    NOTES,
    EVERY,
    UNIT,
    ANCHOR,
    CRON,
    FIRST_DUE,
    LEAD_DAYS,
    PRIORITY,
    ASSIGNED_USER_ID,
    OPTIONAL_ACTION,
    PERFORMED_AT,
    COST,
    required=(ATTR_INBOX_ITEM_ID, ATTR_OUTCOME),
)
ATTACH_DOCUMENT_SCHEMA = ActionSchema(
    *_ASSET_REF,
    (ATTR_NAME, _maybe(_text(NAME_MAX_LENGTH))),
    FILE_PATH,
    MEDIA_CONTENT_ID,
)
