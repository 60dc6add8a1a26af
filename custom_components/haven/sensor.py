"""Sensors: house health, counts of tasks, upkeep spent this year; each task's due."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util import dt as dt_util

from .capture.inbox import summary
from .const import ATTR_TASK_ID
from .costs import COSTS_KEY, PropertyCosts
from .data import HavenConfigEntry
from .entity import HavenEntity, HavenTaskEntity, async_add_task_entities
from .view import (
    INBOX_KEY,
    PROPERTY_KEY,
    STATUS_DUE_SOON,
    STATUS_OVERDUE,
    STATUS_PAUSED,
    PropertyView,
    iso,
)

if TYPE_CHECKING:
    from .commands import PropertyCommands
    from .store.records import Task

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class HavenSensorDescription(SensorEntityDescription):
    """A house-wide figure read from the view."""

    value_fn: Callable[[PropertyView], int]
    tasks_fn: Callable[[PropertyView], list[Task]] | None = None
    attributes_fn: Callable[[PropertyView], dict[str, Any]] | None = None
    # The view key whose changes update it (the inbox changes on its own).
    listen_key: str = PROPERTY_KEY


# Attribute lists stay short so the recorder does not store large states.
MAX_LISTED_TASKS = 20

PROPERTY_SENSORS = (
    HavenSensorDescription(
        key="health",
        translation_key="health",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda view: view.health,
        attributes_fn=lambda view: {
            "paused": view.property.paused_at is not None,
            "paused_until": iso(view.property.paused_until),
            "paused_tasks": view.count(STATUS_PAUSED),
        },
    ),
    HavenSensorDescription(
        key="overdue_tasks",
        translation_key="overdue_tasks",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda view: view.count(STATUS_OVERDUE),
        tasks_fn=lambda view: view.tasks_with(STATUS_OVERDUE, MAX_LISTED_TASKS),
    ),
    HavenSensorDescription(
        key="due_soon_tasks",
        translation_key="due_soon_tasks",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda view: view.count(STATUS_DUE_SOON),
        tasks_fn=lambda view: view.tasks_with(STATUS_DUE_SOON, MAX_LISTED_TASKS),
    ),
    HavenSensorDescription(
        key="open_inbox_items",
        translation_key="open_inbox_items",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda view: len(view.inbox),
        attributes_fn=lambda view: {
            "items": [
                {
                    "inbox_item_id": item.id,
                    "summary": summary(item),
                    "status": item.status,
                }
                for item in list(view.inbox.values())[:MAX_LISTED_TASKS]
            ]
        },
        listen_key=INBOX_KEY,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the property's sensors, and next-due sensors of tasks where wanted."""
    commands = entry.runtime_data.commands
    view = commands.view
    async_add_entities(
        [
            *(
                PropertySensor(commands, description)
                for description in PROPERTY_SENSORS
            ),
            SpentThisYearSensor(commands, entry.runtime_data.costs),
        ]
    )
    async_add_task_entities(
        entry,
        async_add_entities,
        "sensor",
        "next_due",
        lambda task_id: TaskDueSensor(commands, view.tasks[task_id]),
    )


class PropertySensor(HavenEntity, SensorEntity):
    """A house-wide figure."""

    entity_description: HavenSensorDescription

    def __init__(
        self, commands: PropertyCommands, description: HavenSensorDescription
    ) -> None:
        """Describe the figure."""
        super().__init__(
            commands,
            description.listen_key,
            f"{commands.view.property_id}_{description.key}",
        )
        self.entity_description = description

    @property
    def native_value(self) -> int:
        """Return the figure."""
        return self.entity_description.value_fn(self.view)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """List the tasks counted (soonest first), for dashboards and automations."""
        if self.entity_description.attributes_fn is not None:
            return self.entity_description.attributes_fn(self.view)
        if self.entity_description.tasks_fn is None:
            return None
        view = self.view
        return {
            "tasks": [
                {
                    ATTR_TASK_ID: task.id,
                    "name": task.name,
                    "asset": view.assets[task.asset_id].name if task.asset_id else None,
                    "due": iso(task.next_due_at),
                }
                for task in self.entity_description.tasks_fn(view)
            ]
        }


class SpentThisYearSensor(HavenEntity, SensorEntity):
    """What the property's upkeep cost this year, reset on January 1st (local)."""

    _attr_translation_key = "spent_this_year"
    _attr_device_class = SensorDeviceClass.MONETARY
    _attr_state_class = SensorStateClass.TOTAL
    _attr_suggested_display_precision = 2

    def __init__(self, commands: PropertyCommands, costs: PropertyCosts) -> None:
        """Show the property's sums, in Home Assistant's currency."""
        super().__init__(commands, COSTS_KEY, f"{commands.view.property_id}_spent")
        self.costs = costs
        self._attr_native_unit_of_measurement = commands.hass.config.currency

    @property
    def native_value(self) -> Decimal:
        """Return what was spent this year."""
        return self.costs.spent_this_year

    @property
    def last_reset(self) -> datetime:
        """Return when this year began (local midnight on January 1st)."""
        return dt_util.as_utc(self.costs.year_begin)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the year, the budget and what is left of it."""
        return {"year": self.costs.year, **self.costs.budget_attributes()}


class TaskDueSensor(HavenTaskEntity, SensorEntity):
    """When a task is due next."""

    _attr_translation_key = "next_due"
    _attr_device_class = SensorDeviceClass.TIMESTAMP

    def __init__(self, commands: PropertyCommands, task: Task) -> None:
        """Show one task."""
        super().__init__(commands, task, "next_due")

    @property
    def native_value(self) -> datetime | None:
        """Return the next due moment."""
        return task.next_due_at if (task := self.task) else None

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return the task's id and status, and a meter task's progress."""
        if (task := self.task) is None:
            return None
        attributes: dict[str, Any] = {
            ATTR_TASK_ID: task.id,
            "status": self.view.status.get(task.id),
            "last_completed": task.last_completed_at,
            "assignees": task.assignees or [],
            "paused_until": iso(task.paused_until),
        }
        if task.meter_entity_id and task.meter_every:
            attributes |= meter_attributes(task)
        return attributes


def meter_attributes(task: Task) -> dict[str, Any]:
    """Return a meter task's sensor, interval and progress since its last completion.

    From the reading last stored, which follows the sensor whenever it moved by a
    hundredth of the interval (so the attributes change when the state is written).
    """
    every = task.meter_every or 0.0
    reading = task.meter_last_value
    baseline = task.meter_baseline if task.meter_baseline is not None else reading
    progress = None
    if reading is not None and baseline is not None and every > 0:
        progress = round(100 * (reading - baseline) / every, 1)
    return {
        "meter_entity_id": task.meter_entity_id,
        "meter_every": every,
        "meter_value": reading,
        "meter_progress": progress,
    }
