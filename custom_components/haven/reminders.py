"""Reminders of one property: when they fall, and that each is announced once.

For each occurrence of a task (its current due moment) there are up to three kinds of
announcement: ``lead`` (the task's lead days before it is due), ``due`` (on the due day
at the configured time of day, or at the due moment of a task due at a set time) and
``repeat:N`` (every few days while it stays overdue, if configured). A reminder that
falls in quiet hours waits until they end. When ``due`` comes, ``haven_task_due``
fires and the task's supplies go to the shopping list.

What was announced is written to the database before anything is sent, so a restart
never repeats a reminder; what fell due while HA was down is announced after start-up.
When several kinds are pending at once (HA was down for a while), only the most
advanced is sent, and the event still fires exactly once. How a reminder is delivered
(targets, digests, phone answers, the shopping list) is ``notify.py``'s job.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import heapq
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .commands import PropertyCommands
from .const import (
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DEVICE_ID,
    ATTR_TASK_ID,
    EVENT_TASK_DUE,
    LOG_COMPLETED,
)
from .notify import Notifier, ReminderSettings
from .recurrence import is_day_granular, local_day
from .seasons import in_season
from .store.records import Task
from .store.writes import Change, record_announcements
from .view import STATUS_DONE, STATUS_PAUSED, STATUS_UNSCHEDULED, iso

KIND_LEAD = "lead"
KIND_DUE = "due"
KIND_REPEAT = "repeat"
KIND_SUPPLIES = "supplies"
# Occurrences whose reminder moments are remembered at most (then forgotten at once).
MAX_REMEMBERED = 4096

# Tasks whose reminders have come, each with the kinds to announce.
type Batch = list[tuple[Task, list[str]]]


def unquiet(moment: datetime, settings: ReminderSettings, tz: Any) -> datetime:
    """Move a moment that falls in quiet hours to their end."""
    start, end = settings.quiet_start, settings.quiet_end
    if start is None or end is None or start == end:
        return moment
    local = moment.astimezone(tz)
    clock = local.time().replace(tzinfo=None)
    day = local.date()
    if start < end:
        if not start <= clock < end:
            return moment
    elif end <= clock < start:
        return moment
    elif clock >= start:
        day += timedelta(days=1)
    return datetime.combine(day, end, tzinfo=tz).astimezone(dt_util.UTC)


class Reminders:
    """Plans and records one property's reminders; the notifier delivers them."""

    def __init__(
        self,
        commands: PropertyCommands,
        notifier: Notifier,
        sent: list[tuple[str, datetime, str]],
    ) -> None:
        """Start from the announcements already stored."""
        self.commands = commands
        self.view = commands.view
        self.hass: HomeAssistant = commands.hass
        self.notifier = notifier
        self.settings: ReminderSettings = notifier.settings
        # Per task: the occurrence (due moment) and the kinds announced for it.
        self._sent: dict[str, tuple[datetime, set[str]]] = {}
        for task_id, due_at, kind in sent:
            current = self._sent.get(task_id)
            if current is None or current[0] < due_at:
                self._sent[task_id] = (due_at, {kind})
            elif current[0] == due_at:
                current[1].add(kind)
        # Per task: its next reminder, and a heap of them (stale entries skipped).
        self._next: dict[str, datetime] = {}
        self._heap: list[tuple[datetime, str]] = []
        # When the due and lead reminders of a due moment fall: the same for every
        # task due then (a big home has thousands of tasks on a few hundred days).
        self._falls: dict[tuple[datetime, int], tuple[datetime, datetime | None]] = {}
        for task in self.view.tasks.values():
            self._plan(task, push=False)
        heapq.heapify(self._heap)

    # Planning

    def _kinds_sent(self, task: Task) -> set[str]:
        current = self._sent.get(task.id)
        if current is None or current[0] != task.next_due_at:
            return set()
        return current[1]

    def _falling(
        self, due: datetime, lead_days: int
    ) -> tuple[datetime, datetime | None]:
        """Return when the due and the lead reminder of an occurrence fall."""
        if (known := self._falls.get((due, lead_days))) is not None:
            return known
        if len(self._falls) > MAX_REMEMBERED:
            self._falls.clear()
        tz, settings = self.view.tz, self.settings
        moment = due
        if is_day_granular(due, tz):
            moment = datetime.combine(local_day(due, tz), settings.at, tzinfo=tz)
        due_moment = unquiet(moment, settings, tz)
        lead = None
        if lead_days:
            day = local_day(due, tz) - timedelta(days=lead_days)
            lead = unquiet(datetime.combine(day, settings.at, tzinfo=tz), settings, tz)
        known = self._falls[(due, lead_days)] = (due_moment, lead)
        return known

    def _moments(self, task: Task) -> list[tuple[datetime, str]]:
        """Return the task's reminders not sent yet, earliest first."""
        if task.next_due_at is None or self.view.status.get(task.id) in (
            STATUS_DONE,
            STATUS_UNSCHEDULED,
            STATUS_PAUSED,
        ):
            return []
        tz = self.view.tz
        sent = self._kinds_sent(task)
        due_moment, lead = self._falling(task.next_due_at, task.lead_days)
        moments: list[tuple[datetime, str]] = []
        # A date set inside its own lead window (a snooze, a new task) gets no
        # "due soon" reminder right away: the due reminder follows soon enough.
        if (
            lead is not None
            and KIND_LEAD not in sent
            and task.updated_at <= lead < due_moment
        ):
            moments.append((lead, KIND_LEAD))
        if KIND_DUE not in sent:
            moments.append((due_moment, KIND_DUE))
        if self.settings.repeat_days:
            count = 1 + max(
                (int(k.split(":")[1]) for k in sent if k.startswith(KIND_REPEAT)),
                default=0,
            )
            repeat = due_moment + timedelta(days=self.settings.repeat_days * count)
            moments.append(
                (unquiet(repeat, self.settings, tz), f"{KIND_REPEAT}:{count}")
            )
        # Nothing is announced in a seasonal task's off months.
        return [m for m in moments if in_season(task.active_months, m[0], tz)]

    def _plan(self, task: Task, push: bool = True) -> None:
        """Note the task's next reminder (push=False: the caller heapifies)."""
        moments = self._moments(task)
        if not moments:
            self._next.pop(task.id, None)
            return
        moment = min(moment for moment, _ in moments)
        if self._next.get(task.id) != moment:
            self._next[task.id] = moment
            if not push:
                self._heap.append((moment, task.id))
            elif len(self._heap) < 2 * len(self._next) + 64:
                heapq.heappush(self._heap, (moment, task.id))
            else:
                # Re-planned tasks leave stale entries behind: rebuild now and then.
                self._heap = [(at, task_id) for task_id, at in self._next.items()]
                heapq.heapify(self._heap)

    @callback
    def async_changed(self, change: Change) -> None:
        """Re-plan the tasks a write touched; clear the phones of completed ones."""
        if not change.written:
            return
        # A new time zone moves every reminder (they fall at a local time of day);
        # pausing or resuming the property stops or restarts them all.
        every = change.tz is not None or change.prop is not None
        for task_id in set(self.view.tasks) if every else change.task_ids():
            if (task := self.view.tasks.get(task_id)) is None:
                self._next.pop(task_id, None)
                self._sent.pop(task_id, None)
            else:
                self._plan(task)
        for log in change.logs:
            if log.kind == LOG_COMPLETED and log.task_id:
                self.notifier.async_clear(log.task_id)

    def next_moment(self) -> datetime | None:
        """Return the earliest reminder not sent yet."""
        heap = self._heap
        while heap:
            moment, task_id = heap[0]
            if self._next.get(task_id) == moment:
                return moment
            heapq.heappop(heap)
        return None

    # Sending

    @callback
    def async_on_time(self, now: datetime) -> Batch:
        """Take the reminders whose moment has come: noted as sent, to announce next."""
        batch: Batch = []
        heap = self._heap
        while heap and heap[0][0] <= now:
            moment, task_id = heapq.heappop(heap)
            if self._next.get(task_id) != moment:
                continue
            # Taken off the heap: planning the task again puts it back.
            del self._next[task_id]
            task = self.view.tasks[task_id]
            kinds = [kind for at, kind in self._moments(task) if at <= now]
            if kinds:
                batch.append((task, kinds))
            else:
                self._plan(task)
        for task, kinds in batch:
            assert task.next_due_at is not None
            if KIND_DUE in kinds and self._supplies(task):
                kinds.append(KIND_SUPPLIES)
            due_at, sent = self._sent.get(task.id, (task.next_due_at, set()))
            if due_at != task.next_due_at:
                sent = set()
            self._sent[task.id] = (task.next_due_at, sent | set(kinds))
            self._plan(task)
        return batch

    @callback
    def async_retry(self, batch: Batch, at: datetime) -> None:
        """Take back reminders whose record failed: they are due again at ``at``."""
        for task, kinds in batch:
            current = self._sent.get(task.id)
            if current is not None and current[0] == task.next_due_at:
                current[1].difference_update(kinds)
            if task.id in self.view.tasks:
                self._next[task.id] = at
                heapq.heappush(self._heap, (at, task.id))

    def _supplies(self, task: Task) -> list[str]:
        return [
            " ".join(
                filter(None, (s.name, f"({s.part_number})" if s.part_number else None))
            )
            for s in self.view.task_supplies(task.id)
        ]

    async def async_announce(self, batch: Batch) -> None:
        """Record the batch, then fire events, notify and fill the shopping list.

        Only what the database did not hold yet is announced: exactly once.
        """
        change = await self.commands.async_write(
            record_announcements(
                self.view.property_id,
                [
                    (task.id, due_at, kind)
                    for task, kinds in batch
                    if (due_at := task.next_due_at) is not None
                    for kind in kinds
                ],
            )
        )
        new = {(row.task_id, row.kind) for row in change.announcements}
        batch = [
            (task, fresh)
            for task, kinds in batch
            if (fresh := [kind for kind in kinds if (task.id, kind) in new])
        ]
        if not batch:
            return
        notes: list[tuple[Task, str]] = []
        for task, kinds in batch:
            if KIND_DUE in kinds:
                self._fire_due(task)
            if KIND_SUPPLIES in kinds:
                await self.notifier.async_add_supplies(self._supplies(task))
            told = [kind for kind in kinds if kind != KIND_SUPPLIES]
            if told:
                notes.append((task, told[-1].split(":")[0]))
        await self.notifier.async_send(notes)

    def _fire_due(self, task: Task) -> None:
        self.hass.bus.async_fire(
            EVENT_TASK_DUE,
            {
                ATTR_CONFIG_ENTRY_ID: self.commands.entry_id,
                ATTR_ASSET_ID: task.asset_id,
                ATTR_DEVICE_ID: self.commands.devices.device_id(
                    task.asset_id or task.property_id
                ),
                ATTR_TASK_ID: task.id,
                "name": task.name,
                "due_at": iso(task.next_due_at),
                "supplies": [
                    {
                        "name": s.name,
                        "part_number": s.part_number,
                        "purchase_url": s.purchase_url,
                        "quantity": s.quantity,
                    }
                    for s in self.view.task_supplies(task.id)
                ],
            },
        )
