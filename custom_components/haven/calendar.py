"""The Maintenance schedule calendar: projected due dates ahead, completions behind."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from homeassistant.components.calendar import CalendarEntity, CalendarEvent
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util

from .assignees import assigned_text
from .const import DOMAIN, LOG_COMPLETED
from .data import HavenConfigEntry
from .entity import HavenEntity
from .recurrence import is_day_granular, local_day, occurrences
from .schedules import task_schedule
from .seasons import in_season
from .view import PROPERTY_KEY

if TYPE_CHECKING:
    from .commands import PropertyCommands
    from .store.records import Task

PARALLEL_UPDATES = 0

# A cron task due every few minutes must not flood a year-long view.
MAX_OCCURRENCES_PER_TASK = 400
TIMED_EVENT_LENGTH = timedelta(minutes=30)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HavenConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the property's Maintenance calendar."""
    async_add_entities([MaintenanceCalendar(entry.runtime_data.commands)])


class MaintenanceCalendar(HavenEntity, CalendarEntity):
    """Due dates of every task, projected forward, and the work done."""

    _attr_translation_key = "maintenance"

    def __init__(self, commands: PropertyCommands) -> None:
        """Show one property's schedule."""
        super().__init__(
            commands, PROPERTY_KEY, f"{commands.view.property_id}_calendar"
        )
        self._assigned = "{persons}"

    async def async_added_to_hass(self) -> None:
        """Read how an event says who a task is assigned to."""
        await super().async_added_to_hass()
        texts = await async_get_translations(
            self.hass, self.hass.config.language, "common", [DOMAIN]
        )
        key = f"component.{DOMAIN}.common.todo_assigned"
        self._assigned = texts.get(key, "Assigned to {persons}.")

    def _description(self, task: Task) -> str | None:
        """Return who the task is assigned to, then its notes."""
        lines = (assigned_text(self.hass, task, self._assigned), task.notes)
        return "\n\n".join(filter(None, lines)) or None

    @property
    def suggested_object_id(self) -> str | None:
        """Keep calendar.<property>_maintenance, the id from before its new name.

        Installs that have the calendar keep their entity id anyway (the registry
        holds it); new ones get the same, as documented.
        """
        return "maintenance"

    def _title(self, task: Task) -> str:
        if task.asset_id and (asset := self.view.assets.get(task.asset_id)):
            return f"{task.name} ({asset.name})"
        return task.name

    def _event(self, task: Task, due: datetime) -> CalendarEvent:
        tz = self.view.tz
        if is_day_granular(due, tz):
            day = local_day(due, tz)
            return CalendarEvent(
                start=day,
                end=day + timedelta(days=1),
                summary=self._title(task),
                description=self._description(task),
                uid=f"{task.id}_{day.isoformat()}",
            )
        local = due.astimezone(tz)
        return CalendarEvent(
            start=local,
            end=local + TIMED_EVENT_LENGTH,
            summary=self._title(task),
            description=self._description(task),
            uid=f"{task.id}_{local.isoformat()}",
        )

    @property
    def event(self) -> CalendarEvent | None:
        """Return the task due soonest (overdue ones first)."""
        if (task := self.view.first_due()) is None or task.next_due_at is None:
            return None
        return self._event(task, task.next_due_at)

    async def async_get_events(
        self, hass: HomeAssistant, start_date: datetime, end_date: datetime
    ) -> list[CalendarEvent]:
        """Return due dates projected into the window and completions within it."""
        view = self.view
        start, end = dt_util.as_utc(start_date), dt_util.as_utc(end_date)
        events: list[CalendarEvent] = []
        for task in view.tasks.values():
            if task.next_due_at is None:
                continue
            schedule = task_schedule(task, view.tz)
            for count, due in enumerate(
                occurrences(schedule, task.next_due_at, end, view.tz)
            ):
                if count >= MAX_OCCURRENCES_PER_TASK:
                    break
                if not in_season(task.active_months, due, view.tz):
                    continue  # a seasonal task's rule in its off months
                event = self._event(task, due)
                if dt_util.as_utc(_as_datetime(event.end)) > start:
                    events.append(event)
        logs = await self.commands.repository.async_logs(
            property_id=view.property_id, since=start, until=end
        )
        for log in logs:
            if log.kind != LOG_COMPLETED:
                continue
            asset = view.assets.get(log.asset_id) if log.asset_id else None
            local = log.performed_at.astimezone(view.tz)
            events.append(
                CalendarEvent(
                    start=local,
                    end=local + TIMED_EVENT_LENGTH,
                    summary=f"✓ {log.action}" + (f" ({asset.name})" if asset else ""),
                    description=log.notes,
                    uid=log.id,
                )
            )
        return sorted(events, key=lambda e: _as_datetime(e.start))


def _as_datetime(value: date | datetime) -> datetime:
    """Return an event boundary as an aware datetime (all-day events start at midnight)."""
    if isinstance(value, datetime):
        return value
    return dt_util.start_of_local_day(value)
