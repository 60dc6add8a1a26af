"""The household's writes that time and people drive: pauses, seasons, persons leaving.

Pausing and resuming a task or the whole property (by hand or at a chosen moment),
moving a seasonal task's open occurrence to its next season when the season ends, and
dropping a removed person from the tasks they were assigned. Every change goes
through the property's commands (one transaction each); the property's clock asks
``next_moment`` when it next needs to act and calls ``async_on_time`` then (see
seasons.py for the rules).
"""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime
import logging
from typing import Any

from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from .assignees import forget_person
from .commands import PropertyCommands
from .const import ATTR_UNTIL, DOMAIN
from .errors import invalid
from .schedules import due_after, task_schedule
from .seasons import into_season, resumed_due, season_end
from .store import models
from .store.records import Task
from .store.writes import Operation, change_row
from .validation import parse_moment
from .view import STATUS_PAUSED

_LOGGER = logging.getLogger(__name__)


class Household:
    """Pauses, seasons and persons of one property."""

    def __init__(self, commands: PropertyCommands) -> None:
        """Bind to a loaded property."""
        self.commands = commands
        self.view = commands.view
        self._running = False
        self._failed: set[datetime] = set()

    def _until(self, until: Any, now: datetime) -> datetime | None:
        moment = parse_moment(until, ATTR_UNTIL)
        if moment is not None and moment <= now:
            raise invalid("pause_in_past", until=moment.isoformat())
        return moment

    async def async_pause(self, task_id: str | None, until: Any = None) -> None:
        """Pause a task (or with None the whole property), until a moment or resumed.

        Pausing what is paused only changes until when.
        """
        now = dt_util.utcnow()
        moment = self._until(until, now)
        if task_id is None:
            paused_at = self.view.property.paused_at or now
            row: tuple[type[models.Property | models.Task], str] = (
                models.Property,
                self.view.property_id,
            )
        else:
            # Paused while the house is: it has rested since the house's pause began.
            task = self.commands.get_task(task_id)
            paused_at = task.paused_at or self.view.property.paused_at or now
            row = (models.Task, task_id)
        changes = {"paused_at": paused_at, "paused_until": moment}
        await self.commands.async_write(change_row(*row, changes))

    async def async_resume(self, task_id: str | None) -> None:
        """Resume a paused task (or with None the property); its dues move on."""
        now = dt_util.utcnow()
        if task_id is not None:
            task = self.commands.get_task(task_id)
            if task.paused_at is None:
                raise invalid("not_paused", name=task.name)
            # While the house stays paused, its own resume moves it only by the time
            # it rested before the house's pause; the house's resume moves the rest.
            end = now
            if (house := self.view.property.paused_at) is not None:
                end = max(task.paused_at, min(now, house))
            operations = [self._resumed(task, task.paused_at, end)]
        else:
            prop = self.view.property
            if prop.paused_at is None:
                raise invalid("not_paused", name=prop.name)
            # Tasks paused on their own stay paused; the others move on.
            operations = [
                self._resumed(task, prop.paused_at, now, keep_paused=True)
                for task in self.view.tasks.values()
                if task.paused_at is None and task.next_due_at is not None
            ]
            operations.append(
                change_row(
                    models.Property, prop.id, {"paused_at": None, "paused_until": None}
                )
            )
        await self.commands.async_write(*operations)

    def _resumed(
        self, task: Task, paused_at: datetime, now: datetime, keep_paused: bool = False
    ) -> Operation:
        tz = self.view.tz
        due = due_after(
            lambda: resumed_due(task, task_schedule(task, tz), paused_at, now, tz),
            task.name,
        )
        changes: dict[str, Any] = {"next_due_at": due}
        if task.snoozed_until is not None:
            changes["snoozed_until"] = due
        if not keep_paused:
            changes |= {"paused_at": None, "paused_until": None}
        return change_row(models.Task, task.id, changes)

    async def async_forget_person(self, person_id: str) -> None:
        """Drop a person removed from Home Assistant from every task's assignees."""
        issue_id = f"assignee_without_phone_{self.commands.entry_id}_{person_id}"
        ir.async_delete_issue(self.commands.hass, DOMAIN, issue_id)
        if changed := forget_person(self.view.tasks, person_id):
            await self.commands.async_write(
                *(
                    change_row(models.Task, task_id, {"assignees": assignees or None})
                    for task_id, assignees in changed.items()
                )
            )

    # The clock

    def _ends(self) -> list[tuple[datetime, str]]:
        """Return when each seasonal task's open occurrence goes out of season."""
        tz = self.view.tz
        return [
            (end, task_id)
            for task_id in self.view.seasonal
            if (end := season_end(self.view.tasks[task_id], tz)) is not None
        ]

    def _resumes(self) -> list[tuple[datetime, str | None]]:
        """Return when the property and its paused tasks resume on their own."""
        resumes: list[tuple[datetime, str | None]] = []
        if (until := self.view.property.paused_until) is not None:
            resumes.append((until, None))
        resumes.extend(
            (task.paused_until, task.id)
            for task in self.view.tasks_with(STATUS_PAUSED)
            if task.paused_until is not None
        )
        return resumes

    def next_moment(self) -> datetime | None:
        """Return when a pause ends or a season does, the earliest (not while busy)."""
        if self._running:
            return None
        moments = [at for at, _ in self._ends()] + [at for at, _ in self._resumes()]
        return min((m for m in moments if m not in self._failed), default=None)

    async def async_on_time(self, now: datetime) -> None:
        """Resume what was paused until now; move occurrences out of ended seasons.

        One that cannot be done is logged and left (never retried in a loop).
        """
        self._running = True
        try:
            for at, task_id in sorted(
                self._resumes(), key=lambda r: (r[1] is None, r[0])
            ):
                if at <= now:
                    await self._async_guarded(at, self.async_resume(task_id))
            tz = self.view.tz
            for at, task_id in self._ends():
                if at <= now:
                    task = self.view.tasks[task_id]
                    due = into_season(
                        task_schedule(task, tz), at, task.active_months, tz
                    )
                    changes = {"next_due_at": due, "snoozed_until": None}
                    await self._async_guarded(
                        at,
                        self.commands.async_write(
                            change_row(models.Task, task_id, changes)
                        ),
                    )
        finally:
            self._running = False

    async def _async_guarded(self, at: datetime, job: Awaitable[Any]) -> None:
        try:
            await job
        except HomeAssistantError as err:
            self._failed.add(at)
            _LOGGER.warning("Haven could not resume or move a task on time: %s", err)
