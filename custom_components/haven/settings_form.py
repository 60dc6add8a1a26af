"""The settings form of a property: reminders, money, capture and per-task entities.

Saving writes only the settings the person changed, over the options as they are at
that moment: a setting changed elsewhere while the form was open (a repair removing a
phone, another browser window) is not put back, and options the form does not show
are never lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.data_entry_flow import section
from homeassistant.helpers import selector
import voluptuous as vol

from .const import (
    CONF_AI_TASK_ENTITY,
    CONF_BUDGET,
    CONF_NOTIFY_TARGETS,
    CONF_QUIET_END,
    CONF_QUIET_START,
    CONF_REMINDER_TIME,
    CONF_REPEAT_DAYS,
    CONF_SHOPPING_LIST,
    CONF_STT_PIPELINE,
    CONF_TASK_ENTITIES,
    CONF_WARRANTY_DAYS,
    COST_MAX,
    DEFAULT_REMINDER_TIME,
    DEFAULT_TASK_ENTITIES,
    DEFAULT_WARRANTY_DAYS,
    WARRANTY_DAYS_MAX,
)
from .forms import number, suggested

# The settings form's sections and the options each holds.
SETTINGS_SECTIONS: dict[str, tuple[str, ...]] = {
    "reminders": (
        CONF_NOTIFY_TARGETS,
        CONF_REMINDER_TIME,
        CONF_REPEAT_DAYS,
        CONF_QUIET_START,
        CONF_QUIET_END,
        CONF_SHOPPING_LIST,
        CONF_WARRANTY_DAYS,
    ),
    "money": (CONF_BUDGET,),
    "capture": (CONF_STT_PIPELINE, CONF_AI_TASK_ENTITY),
    "entities": (CONF_TASK_ENTITIES,),
}


def settings_values(options: Mapping[str, Any]) -> dict[str, Any]:
    """Return the settings in effect: the options, with the defaults filled in."""
    return {
        CONF_NOTIFY_TARGETS: list(options.get(CONF_NOTIFY_TARGETS) or []),
        CONF_REMINDER_TIME: options.get(CONF_REMINDER_TIME) or DEFAULT_REMINDER_TIME,
        CONF_REPEAT_DAYS: int(options.get(CONF_REPEAT_DAYS) or 0),
        CONF_QUIET_START: options.get(CONF_QUIET_START) or None,
        CONF_QUIET_END: options.get(CONF_QUIET_END) or None,
        CONF_SHOPPING_LIST: options.get(CONF_SHOPPING_LIST) or None,
        CONF_WARRANTY_DAYS: int(
            options.get(CONF_WARRANTY_DAYS) or DEFAULT_WARRANTY_DAYS
        ),
        # 0 is no budget Haven keeps, but it must reach the check, not clear it.
        CONF_BUDGET: None
        if options.get(CONF_BUDGET) in (None, "")
        else options[CONF_BUDGET],
        CONF_STT_PIPELINE: options.get(CONF_STT_PIPELINE) or None,
        CONF_AI_TASK_ENTITY: options.get(CONF_AI_TASK_ENTITY) or None,
        CONF_TASK_ENTITIES: bool(
            options.get(CONF_TASK_ENTITIES, DEFAULT_TASK_ENTITIES)
        ),
    }


def settings_changes(
    user_input: Mapping[str, Any], shown: Mapping[str, Any]
) -> dict[str, Any]:
    """Return the settings a submitted form changed from the values it showed.

    Only these are written over the options as they are at saving time, so a setting
    changed elsewhere while the form was open (a repair removing a phone, another
    window) is not put back, and options the form does not show are never lost.
    """
    flat: dict[str, Any] = {}
    for name, keys in SETTINGS_SECTIONS.items():
        values = user_input.get(name) or {}
        flat |= {key: values.get(key) for key in keys}
    # An emptied optional field is absent from the input: it clears the setting.
    submitted = settings_values(flat) | {
        CONF_TASK_ENTITIES: bool(flat[CONF_TASK_ENTITIES])
    }
    return {key: value for key, value in submitted.items() if value != shown[key]}


def settings_schema(
    shown: Mapping[str, Any], targets: list[tuple[str, str]]
) -> vol.Schema:
    """Return the settings form: reminders, capture and entities, each a section."""
    known = {value for value, _ in targets}
    targets = targets + [(t, t) for t in shown[CONF_NOTIFY_TARGETS] if t not in known]
    time = selector.TimeSelector()

    def optional(key: str) -> vol.Optional:
        return vol.Optional(key, description=suggested(shown[key]))

    reminders = vol.Schema(
        {
            # Suggested, not a default: a list emptied by the person stays empty.
            vol.Optional(
                CONF_NOTIFY_TARGETS,
                description={"suggested_value": shown[CONF_NOTIFY_TARGETS]},
            ): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=[
                        selector.SelectOptionDict(value=v, label=label)
                        for v, label in targets
                    ],
                    multiple=True,
                    custom_value=True,
                    mode=selector.SelectSelectorMode.DROPDOWN,
                )
            ),
            vol.Required(CONF_REMINDER_TIME, default=shown[CONF_REMINDER_TIME]): time,
            vol.Optional(CONF_REPEAT_DAYS, default=shown[CONF_REPEAT_DAYS]): number(
                0, 30
            ),
            optional(CONF_QUIET_START): time,
            optional(CONF_QUIET_END): time,
            optional(CONF_SHOPPING_LIST): selector.EntitySelector(
                selector.EntitySelectorConfig(domain="todo")
            ),
            vol.Required(CONF_WARRANTY_DAYS, default=shown[CONF_WARRANTY_DAYS]): number(
                1, WARRANTY_DAYS_MAX
            ),
        }
    )
    # No lower bound in the box: a budget of 0 or less gets a translated refusal.
    money = vol.Schema(
        {
            optional(CONF_BUDGET): selector.NumberSelector(
                selector.NumberSelectorConfig(
                    max=COST_MAX, step="any", mode=selector.NumberSelectorMode.BOX
                )
            )
        }
    )
    capture = vol.Schema(
        {
            optional(CONF_STT_PIPELINE): selector.AssistPipelineSelector(),
            optional(CONF_AI_TASK_ENTITY): selector.EntitySelector(
                selector.EntitySelectorConfig(domain="ai_task")
            ),
        }
    )
    entities = vol.Schema(
        {
            vol.Required(
                CONF_TASK_ENTITIES, default=shown[CONF_TASK_ENTITIES]
            ): selector.BooleanSelector()
        }
    )
    return vol.Schema(
        {
            vol.Required("reminders"): section(reminders, {"collapsed": False}),
            vol.Required("money"): section(money, {"collapsed": False}),
            vol.Required("capture"): section(capture, {"collapsed": False}),
            vol.Required("entities"): section(entities, {"collapsed": False}),
        }
    )
