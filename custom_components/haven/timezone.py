"""Following Home Assistant's time zone: due moments stay on their local day and time.

A task due on a day is stored as the start of that day in the home's time zone, and a
cron task at its wall-clock time there. When the zone changes (the household moved,
or a wrong zone was corrected), those moments would keep the old zone: a 09:00 cron
task would show 10:00 once, a filter change would fall due an hour early. So the zone
the moments were computed in is kept with the property (in its metadata); at start
and on ``core_config_updated`` a different zone moves them — day-granular moments to
the same local day's start in the new zone, cron tasks to their next occurrence at
the same wall time — in one write through the commands, which also moves the view to
the new zone (statuses, reminders and the calendar follow it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
import logging
from typing import Any

from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .commands import PropertyCommands
from .recurrence import (
    KIND_CRON,
    is_day_granular,
    local_day,
    next_cron,
    start_of_day,
)
from .store import models
from .store.records import Task
from .store.writes import Operation, change_row

_LOGGER = logging.getLogger(__name__)

META_TIME_ZONE = "time_zone"


def zone_name(tz: tzinfo) -> str:
    """Return a time zone's name as stored (its IANA key)."""
    return str(getattr(tz, "key", tz))


def _same_wall_time(moment: datetime, old: tzinfo, new: tzinfo) -> datetime:
    """Return the moment with the same local date and time in the new zone."""
    wall = moment.astimezone(old).replace(tzinfo=None)
    return dt_util.as_utc(wall.replace(tzinfo=new))


def moved(task: Task, old: tzinfo, new: tzinfo) -> dict[str, Any]:
    """Return what a change of zone changes on a task (nothing for exact moments)."""
    changes: dict[str, Any] = {}
    due = task.next_due_at
    if due is not None and is_day_granular(due, old):
        changes["next_due_at"] = start_of_day(local_day(due, old), new)
    elif (
        due is not None
        and task.schedule_kind == KIND_CRON
        and task.cron_schedule
        and task.snoozed_until is None
    ):
        # The cron's first occurrence from the same wall time in the new zone.
        start = _same_wall_time(due, old, new) - timedelta(seconds=1)
        changes["next_due_at"] = next_cron(task.cron_schedule, start, new)
    if (snoozed := task.snoozed_until) is not None and is_day_granular(snoozed, old):
        changes["snoozed_until"] = start_of_day(local_day(snoozed, old), new)
    if (anchor := task.anchor_at) is not None and is_day_granular(anchor, old):
        changes["anchor_at"] = start_of_day(local_day(anchor, old), new)
    return {
        column: value
        for column, value in changes.items()
        if getattr(task, column) != value
    }


def moves(tasks: Iterable[Task], old: tzinfo, new: tzinfo) -> list[Operation]:
    """Return the operations that move tasks' due moments to a new zone."""
    operations = []
    for task in tasks:
        try:
            changes = moved(task, old, new)
        except (ValueError, OverflowError) as err:
            # A moment at the calendar's edge stays as it is; the rest still moves.
            _LOGGER.warning("Could not move %s to %s: %s", task.name, new, err)
            continue
        if changes:
            operations.append(change_row(models.Task, task.id, changes))
    return operations


class TimeZoneFollower:
    """Keeps one property's due moments in Home Assistant's time zone."""

    def __init__(self, commands: PropertyCommands) -> None:
        """Bind to a loaded property."""
        self.commands = commands
        self._lock = asyncio.Lock()

    async def async_follow(self, new: tzinfo | None = None) -> None:
        """Move the property to HA's zone if its moments were computed in another."""
        async with self._lock:
            new = new or dt_util.get_default_time_zone()
            view = self.commands.view
            prop = view.property
            stored = (prop.meta or {}).get(META_TIME_ZONE)
            if stored == zone_name(new) and zone_name(view.tz) == stored:
                return
            old = dt_util.get_time_zone(stored) if stored else None
            operations = moves(view.tasks.values(), old, new) if old else []
            meta = {**(prop.meta or {}), META_TIME_ZONE: zone_name(new)}
            await self.commands.async_write(
                *operations,
                change_row(models.Property, prop.id, {"meta": meta}),
                tz=new,
            )
            if old and zone_name(old) != zone_name(new):
                _LOGGER.info(
                    "Moved %s due moments of %s from %s to %s",
                    len(operations),
                    prop.name,
                    zone_name(old),
                    zone_name(new),
                )

    @callback
    def async_start(self, hass: HomeAssistant) -> CALLBACK_TYPE:
        """Follow changes of HA's time zone; return how to stop."""

        @callback
        def _changed(event: Event) -> None:
            if zone_name(dt_util.get_default_time_zone()) != zone_name(
                self.commands.view.tz
            ):
                hass.async_create_task(self.async_follow(), eager_start=True)

        return hass.bus.async_listen(EVENT_CORE_CONFIG_UPDATE, _changed)
