"""The in-memory view of one property that entities and websocket commands read.

It is filled once at setup and then updated by every write with the rows the write
returned, so reading a state never touches the database and nothing polls. Listeners
subscribe to the keys they show (a record id, or ``PROPERTY_KEY`` for house-wide
figures) and only those are called when that record changes.

Each task has a status derived from its next due moment and the clock:

- ``overdue``: the due moment has passed (for a task due on a day: that day is over);
- ``due_soon``: within the task's lead days before it is due (including its due day);
- ``ok``: further away; ``unscheduled``: no due moment (a meter not reached yet, a
  one-off without a date); ``done``: a one-off that was completed.

House health is the share of scheduled tasks that are not overdue, in percent (100 when
nothing is scheduled). Statuses only change at known moments, so the manager arms one
timer for the earliest of them instead of polling.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta, tzinfo

from homeassistant.core import CALLBACK_TYPE, callback
from homeassistant.util import dt as dt_util

from .recurrence import KIND_ONCE, is_day_granular, local_day, start_of_day
from .store.models import (
    OPEN_INBOX_STATUSES,
    Asset,
    InboxItem,
    Property,
    Supply,
    Task,
    Zone,
)
from .store.repository import PropertySnapshot

PROPERTY_KEY = "property"
# Listeners of the inbox as a whole (the Inbox list, the open items sensor).
INBOX_KEY = "inbox"
STATUS_OVERDUE = "overdue"
STATUS_DUE_SOON = "due_soon"
STATUS_OK = "ok"
STATUS_UNSCHEDULED = "unscheduled"
STATUS_DONE = "done"

_NEVER = datetime.max.replace(tzinfo=UTC)

type StructureListener = Callable[[str, str], None]
"""Called with ("task" or "asset", record id) when a record is added."""


def iso(moment: datetime | None) -> str | None:
    """Return a moment as ISO 8601 in HA's time zone, as people and templates read it."""
    return dt_util.as_local(moment).isoformat() if moment else None


def overdue_from(due: datetime, tz: tzinfo) -> datetime:
    """Return when a task due at a moment becomes overdue."""
    if is_day_granular(due, tz):
        return start_of_day(local_day(due, tz) + timedelta(days=1), tz)
    return due


def task_status(task: Task, now: datetime, tz: tzinfo) -> str:
    """Return a task's status at a moment."""
    due = task.next_due_at
    if due is None:
        if task.schedule_kind == KIND_ONCE and task.last_completed_at:
            return STATUS_DONE
        return STATUS_UNSCHEDULED
    if now >= overdue_from(due, tz):
        return STATUS_OVERDUE
    if now >= due - timedelta(days=task.lead_days):
        return STATUS_DUE_SOON
    return STATUS_OK


def _status_changes(task: Task, tz: tzinfo) -> tuple[datetime, ...]:
    if (due := task.next_due_at) is None:
        return ()
    return (due - timedelta(days=task.lead_days), overdue_from(due, tz))


class PropertyView:
    """Current records of one property, their statuses, and who to tell on change.

    Besides the rows it keeps small indexes (tasks by asset, status counts, each task's
    next status-change moments) so that reading a state or re-arming the timer does
    not walk every task of a large home.
    """

    def __init__(self, snapshot: PropertySnapshot, tz: tzinfo, now: datetime) -> None:
        """Start from what the repository loaded."""
        self.tz = tz
        self.property: Property = snapshot.property
        self.zones: dict[str, Zone] = {zone.id: zone for zone in snapshot.zones}
        self.assets: dict[str, Asset] = {asset.id: asset for asset in snapshot.assets}
        self.tasks: dict[str, Task] = {}
        self.supplies: dict[str, Supply] = {
            supply.id: supply for supply in snapshot.supplies
        }
        self.status: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        self._by_asset: defaultdict[str, set[str]] = defaultdict(set)
        self._changes: dict[str, tuple[datetime, ...]] = {}
        for task in snapshot.tasks:
            self._index(task, now)
        # Open captures (not yet filed), oldest first.
        self.inbox: dict[str, InboxItem] = {
            item.id: item
            for item in sorted(snapshot.inbox, key=lambda i: (i.created_at, i.id))
        }
        self._listeners: defaultdict[str, list[CALLBACK_TYPE]] = defaultdict(list)
        self._structure_listeners: list[StructureListener] = []

    def _index(self, task: Task, now: datetime) -> None:
        """Add or replace a task in the rows and every index."""
        if (old := self.tasks.get(task.id)) is not None:
            self._unindex(old)
        self.tasks[task.id] = task
        if task.asset_id:
            self._by_asset[task.asset_id].add(task.id)
        self._changes[task.id] = _status_changes(task, self.tz)
        self._set_status(task.id, task_status(task, now, self.tz))

    def _unindex(self, task: Task) -> None:
        if task.asset_id and (ids := self._by_asset.get(task.asset_id)):
            ids.discard(task.id)
            if not ids:
                del self._by_asset[task.asset_id]
        self._changes.pop(task.id, None)
        if (status := self.status.pop(task.id, None)) is not None:
            self._counts[status] -= 1

    def _set_status(self, task_id: str, status: str) -> bool:
        """Record a task's status; return whether it changed."""
        old = self.status.get(task_id)
        if old == status:
            return False
        if old is not None:
            self._counts[old] -= 1
        self._counts[status] += 1
        self.status[task_id] = status
        return True

    @property
    def property_id(self) -> str:
        """Return the property's id."""
        return self.property.id

    def zone_for_area(self, area_id: str) -> Zone | None:
        """Return the zone linked to an HA area, if the property has one."""
        return next(
            (zone for zone in self.zones.values() if zone.area_id == area_id), None
        )

    def asset_tasks(self, asset_id: str) -> list[Task]:
        """Return an asset's tasks."""
        return [self.tasks[task_id] for task_id in self._by_asset.get(asset_id, ())]

    def task_supplies(self, task_id: str) -> list[Supply]:
        """Return the supplies a task uses."""
        return [s for s in self.supplies.values() if s.task_id == task_id]

    # House-wide figures, from the indexes (no database, no walk over every task).

    def count(self, status: str) -> int:
        """Return how many tasks have a status."""
        return self._counts[status]

    def tasks_with(self, status: str) -> list[Task]:
        """Return the tasks with a status, soonest due first."""
        return sorted(
            (self.tasks[i] for i, value in self.status.items() if value == status),
            key=lambda task: (task.next_due_at or _NEVER, task.name),
        )

    @property
    def health(self) -> int:
        """Return the share of scheduled tasks that are not overdue, in percent."""
        scheduled = len(self.status) - self._counts[STATUS_UNSCHEDULED]
        scheduled -= self._counts[STATUS_DONE]
        if scheduled <= 0:
            return 100
        return round(100 * (scheduled - self._counts[STATUS_OVERDUE]) / scheduled)

    def asset_has_overdue(self, asset_id: str) -> bool:
        """Return whether any task of an asset is overdue."""
        return any(
            self.status.get(task_id) == STATUS_OVERDUE
            for task_id in self._by_asset.get(asset_id, ())
        )

    def next_status_change(self, now: datetime) -> datetime | None:
        """Return the earliest moment after now at which a status changes."""
        return min(
            (m for moments in self._changes.values() for m in moments if m > now),
            default=None,
        )

    # Inbox (its changes never touch the task-based figures)

    @callback
    def async_put_inbox_item(self, item: InboxItem) -> None:
        """Add or replace an open capture; a filed one leaves the inbox."""
        if item.status in OPEN_INBOX_STATUSES:
            self.inbox[item.id] = item
        else:
            self.inbox.pop(item.id, None)
        self._async_notify((INBOX_KEY, item.id), house=False)

    # Listeners

    @callback
    def async_subscribe(self, key: str, listener: CALLBACK_TYPE) -> CALLBACK_TYPE:
        """Call listener whenever the record with this key changes."""
        self._listeners[key].append(listener)

        @callback
        def _unsubscribe() -> None:
            self._listeners[key].remove(listener)
            if not self._listeners[key]:
                del self._listeners[key]

        return _unsubscribe

    @callback
    def async_listen_structure(self, listener: StructureListener) -> CALLBACK_TYPE:
        """Call listener when a task or an asset is added (platforms add entities)."""
        self._structure_listeners.append(listener)
        return lambda: self._structure_listeners.remove(listener)

    @property
    def listener_count(self) -> int:
        """Return how many listeners are subscribed (diagnostics, leak checks)."""
        return sum(len(listeners) for listeners in self._listeners.values()) + len(
            self._structure_listeners
        )

    @callback
    def _async_notify(self, keys: Iterable[str], house: bool = True) -> None:
        """Call the listeners of the keys, and of the house-wide figures if asked."""
        for key in {*keys, PROPERTY_KEY} if house else set(keys):
            for listener in list(self._listeners.get(key, ())):
                listener()

    @callback
    def _async_added(self, kind: str, record_id: str) -> None:
        for listener in list(self._structure_listeners):
            listener(kind, record_id)

    # Writes (only the manager calls these, with rows fresh from the repository)

    @callback
    def async_set_property(self, prop: Property) -> None:
        """Replace the property row."""
        self.property = prop
        self._async_notify(())

    @callback
    def async_put_zone(self, zone: Zone) -> None:
        """Add or replace a zone."""
        self.zones[zone.id] = zone
        self._async_notify((zone.id,))

    @callback
    def async_put_asset(self, asset: Asset) -> None:
        """Add or replace an asset."""
        added = asset.id not in self.assets
        self.assets[asset.id] = asset
        if added:
            self._async_added("asset", asset.id)
        self._async_notify((asset.id,))

    @callback
    def async_put(
        self,
        now: datetime,
        tasks: Iterable[Task] = (),
        supplies: Iterable[Supply] = (),
    ) -> None:
        """Add or replace tasks and supplies; tell each listener once."""
        keys: set[str] = set()
        added: list[str] = []
        tasks = list(tasks)
        for task in tasks:
            if (old := self.tasks.get(task.id)) is None:
                added.append(task.id)
            elif old.asset_id:
                keys.add(old.asset_id)
            self._index(task, now)
            keys.add(task.id)
            if task.asset_id:
                keys.add(task.asset_id)
        for supply in supplies:
            self.supplies[supply.id] = supply
            keys.update((supply.id, supply.asset_id))
        for task_id in added:
            self._async_added("task", task_id)
        # Supplies alone change no house-wide figure.
        self._async_notify(keys, house=bool(tasks))

    @callback
    def async_drop_task(self, task_id: str) -> None:
        """Forget a task; its supplies stay, unlinked (as the repository left them)."""
        task = self.tasks.pop(task_id)
        self._unindex(task)
        for supply in self.task_supplies(task_id):
            supply.task_id = None
        self._async_notify((task_id, *([task.asset_id] if task.asset_id else [])))

    @callback
    def async_drop_asset(self, asset_id: str) -> None:
        """Forget an asset and everything that hung off it."""
        self.assets.pop(asset_id, None)
        gone_tasks = [task.id for task in self.asset_tasks(asset_id)]
        for task_id in gone_tasks:
            self._unindex(self.tasks.pop(task_id))
        for supply_id in [
            s.id for s in self.supplies.values() if s.asset_id == asset_id
        ]:
            del self.supplies[supply_id]
        self._async_notify((asset_id, *gone_tasks))

    @callback
    def async_refresh_statuses(self, now: datetime) -> None:
        """Recompute every status as time passes; tell only what changed."""
        keys: set[str] = set()
        for task in self.tasks.values():
            if self._set_status(task.id, task_status(task, now, self.tz)):
                keys.add(task.id)
                if task.asset_id:
                    keys.add(task.asset_id)
        if keys:
            self._async_notify(keys)
