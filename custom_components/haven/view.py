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
nothing is scheduled). Statuses only change at known moments, kept in a heap, so the
scheduler arms one timer for the earliest of them instead of polling.

Every write reaches the view the same way: ``async_apply`` with the ``Change`` the
repository returned. The view updates its rows and indexes, then tells the entities
whose records changed, then the change listeners (the property's clock, the meter
tracker, websocket subscribers) — each once per write. Nothing in a write walks every
task: indexes by asset, by status, by meter and by due order are updated per row.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo
import heapq

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
from .store.writes import (
    KIND_ASSET,
    KIND_INBOX,
    KIND_SUPPLY,
    KIND_TASK,
    KIND_ZONE,
    Change,
)

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
type ChangeListener = Callable[[Change], None]
"""Called with each change once the view holds it."""


def iso(moment: datetime | None) -> str | None:
    """Return a moment as ISO 8601 in HA's time zone, as people and templates read it."""
    return dt_util.as_local(moment).isoformat() if moment else None


def overdue_from(due: datetime, tz: tzinfo) -> datetime:
    """Return when a task due at a moment becomes overdue."""
    if is_day_granular(due, tz):
        return start_of_day(local_day(due, tz) + timedelta(days=1), tz)
    return due


def task_done(task: Task) -> bool:
    """Return whether a one-off task was done (it has no due moment left)."""
    return (
        task.schedule_kind == KIND_ONCE
        and task.next_due_at is None
        and task.last_completed_at is not None
    )


def task_status(task: Task, now: datetime, tz: tzinfo) -> str:
    """Return a task's status at a moment."""
    due = task.next_due_at
    if due is None:
        return STATUS_DONE if task_done(task) else STATUS_UNSCHEDULED
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
    """Current records of one property, their statuses, and who to tell on change."""

    def __init__(self, snapshot: PropertySnapshot, tz: tzinfo, now: datetime) -> None:
        """Start from what the repository loaded."""
        self.tz = tz
        self.property: Property = snapshot.property
        self.zones: dict[str, Zone] = {zone.id: zone for zone in snapshot.zones}
        self.assets: dict[str, Asset] = {asset.id: asset for asset in snapshot.assets}
        self.tasks: dict[str, Task] = {}
        self.supplies: dict[str, Supply] = {}
        self.status: dict[str, str] = {}
        self._by_status: defaultdict[str, set[str]] = defaultdict(set)
        self._by_asset: defaultdict[str, set[str]] = defaultdict(set)
        self._by_meter: defaultdict[str, set[str]] = defaultdict(set)
        self._supplies_by_task: defaultdict[str, set[str]] = defaultdict(set)
        # Each task's status-change moments, and a heap of them (stale entries are
        # skipped lazily: an entry counts only while its task still has that moment).
        self._changes: dict[str, tuple[datetime, ...]] = {}
        self._moments: list[tuple[datetime, str]] = []
        # Tasks in due order (undated last), for the to-do list and the calendar.
        self._order: list[tuple[datetime, str, str]] = []
        self._order_key: dict[str, tuple[datetime, str, str]] = {}
        for task in snapshot.tasks:
            self._index(task, now)
        for supply in snapshot.supplies:
            self._put_supply(supply)
        # Open captures (not yet filed), oldest first.
        self.inbox: dict[str, InboxItem] = {
            item.id: item
            for item in sorted(snapshot.inbox, key=lambda i: (i.created_at, i.id))
        }
        self._listeners: defaultdict[str, list[CALLBACK_TYPE]] = defaultdict(list)
        self._structure_listeners: list[StructureListener] = []
        self._change_listeners: list[ChangeListener] = []

    # Indexes

    def _index(self, task: Task, now: datetime) -> None:
        """Add or replace a task in the rows and every index."""
        if (old := self.tasks.get(task.id)) is not None:
            self._unindex(old)
        self.tasks[task.id] = task
        if task.asset_id:
            self._by_asset[task.asset_id].add(task.id)
        if task.meter_entity_id:
            self._by_meter[task.meter_entity_id].add(task.id)
        moments = _status_changes(task, self.tz)
        self._changes[task.id] = moments
        for moment in moments:
            if moment > now:
                heapq.heappush(self._moments, (moment, task.id))
        key = (task.next_due_at or _NEVER, task.name.casefold(), task.id)
        insort(self._order, key)
        self._order_key[task.id] = key
        self._set_status(task.id, task_status(task, now, self.tz))

    def _unindex(self, task: Task) -> None:
        _discard(self._by_asset, task.asset_id, task.id)
        _discard(self._by_meter, task.meter_entity_id, task.id)
        self._changes.pop(task.id, None)
        if (key := self._order_key.pop(task.id, None)) is not None:
            del self._order[bisect_left(self._order, key)]
        if (status := self.status.pop(task.id, None)) is not None:
            self._by_status[status].discard(task.id)

    def _set_status(self, task_id: str, status: str) -> bool:
        """Record a task's status; return whether it changed."""
        old = self.status.get(task_id)
        if old == status:
            return False
        if old is not None:
            self._by_status[old].discard(task_id)
        self._by_status[status].add(task_id)
        self.status[task_id] = status
        return True

    def _put_supply(self, supply: Supply) -> None:
        if (old := self.supplies.get(supply.id)) is not None:
            _discard(self._supplies_by_task, old.task_id, old.id)
        self.supplies[supply.id] = supply
        if supply.task_id:
            self._supplies_by_task[supply.task_id].add(supply.id)

    def _drop_supply(self, supply_id: str) -> None:
        if (old := self.supplies.pop(supply_id, None)) is not None:
            _discard(self._supplies_by_task, old.task_id, old.id)

    # Reading

    @property
    def property_id(self) -> str:
        """Return the property's id."""
        return self.property.id

    def zone_for_area(self, area_id: str) -> Zone | None:
        """Return the zone linked to an HA area, if the property has one."""
        return next(
            (zone for zone in self.zones.values() if zone.area_id == area_id), None
        )

    def area_of(self, asset: Asset) -> str | None:
        """Return the HA area an asset is in (through its zone)."""
        zone = self.zones.get(asset.zone_id) if asset.zone_id else None
        return zone.area_id if zone else None

    def asset_tasks(self, asset_id: str) -> list[Task]:
        """Return an asset's tasks."""
        return [self.tasks[task_id] for task_id in self._by_asset.get(asset_id, ())]

    def task_supplies(self, task_id: str) -> list[Supply]:
        """Return the supplies a task uses."""
        return [
            self.supplies[i] for i in sorted(self._supplies_by_task.get(task_id, ()))
        ]

    def meter_tasks(self, entity_id: str) -> list[Task]:
        """Return the tasks that follow a meter sensor."""
        return [self.tasks[task_id] for task_id in self._by_meter.get(entity_id, ())]

    @property
    def meters(self) -> set[str]:
        """Return the meter sensors that tasks follow."""
        return set(self._by_meter)

    def ordered_tasks(self) -> Iterator[Task]:
        """Yield every task, soonest due first (undated last), then by name."""
        return (self.tasks[task_id] for _, _, task_id in self._order)

    def first_due(self) -> Task | None:
        """Return the task due soonest, None when no task has a due moment."""
        if self._order and self._order[0][0] is not _NEVER:
            return self.tasks[self._order[0][2]]
        return None

    def count(self, status: str) -> int:
        """Return how many tasks have a status."""
        return len(self._by_status.get(status, ()))

    def tasks_with(self, status: str, limit: int | None = None) -> list[Task]:
        """Return the tasks with a status, soonest due first (the first limit)."""
        tasks = (self.tasks[i] for i in self._by_status.get(status, ()))

        def key(task: Task) -> tuple[datetime, str, str]:
            return self._order_key[task.id]

        if limit is None:
            return sorted(tasks, key=key)
        return heapq.nsmallest(limit, tasks, key=key)

    @property
    def health(self) -> int:
        """Return the share of scheduled tasks that are not overdue, in percent."""
        scheduled = len(self.status) - self.count(STATUS_UNSCHEDULED)
        scheduled -= self.count(STATUS_DONE)
        if scheduled <= 0:
            return 100
        return round(100 * (scheduled - self.count(STATUS_OVERDUE)) / scheduled)

    def asset_has_overdue(self, asset_id: str) -> bool:
        """Return whether any task of an asset is overdue."""
        return any(
            self.status.get(task_id) == STATUS_OVERDUE
            for task_id in self._by_asset.get(asset_id, ())
        )

    def next_status_change(self, now: datetime) -> datetime | None:
        """Return the earliest moment at which a status changes (past ones first)."""
        heap = self._moments
        while heap:
            moment, task_id = heap[0]
            if moment in self._changes.get(task_id, ()):
                return moment
            heapq.heappop(heap)
        return None

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

    @callback
    def async_listen_changes(self, listener: ChangeListener) -> CALLBACK_TYPE:
        """Call listener with every change, after the entities were told."""
        self._change_listeners.append(listener)
        return lambda: self._change_listeners.remove(listener)

    @property
    def listener_count(self) -> int:
        """Return how many listeners are subscribed (diagnostics, leak checks)."""
        return (
            sum(len(listeners) for listeners in self._listeners.values())
            + len(self._structure_listeners)
            + len(self._change_listeners)
        )

    @callback
    def _async_tell(
        self, keys: set[str], added: list[tuple[str, str]], change: Change
    ) -> None:
        for kind, record_id in added:
            for structure_listener in list(self._structure_listeners):
                structure_listener(kind, record_id)
        for key in keys:
            for listener in list(self._listeners.get(key, ())):
                listener()
        for change_listener in list(self._change_listeners):
            change_listener(change)

    # Writes: the one way in

    def _move_zone(self, tz: tzinfo, now: datetime) -> set[str]:
        """Take in a new time zone; return the keys of every task and asset."""
        # Statuses and the moments they change at depend on the zone: every task.
        self.tz = tz
        self._moments = []
        keys: set[str] = set()
        for task in list(self.tasks.values()):
            self._index(task, now)
            keys.update(filter(None, (task.id, task.asset_id)))
        return keys

    @callback
    def async_apply(self, change: Change, now: datetime) -> None:
        """Take in what a write changed; tell each entity concerned once, then the rest."""
        keys: set[str] = set()
        added: list[tuple[str, str]] = []
        house = False
        if change.tz is not None:
            keys.update(self._move_zone(change.tz, now))
            house = True
        if change.prop is not None:
            self.property = change.prop
            house = True
        for zone in change.zones:
            self.zones[zone.id] = zone
            keys.add(zone.id)
        for asset in change.assets:
            if asset.id not in self.assets:
                added.append(("asset", asset.id))
            self.assets[asset.id] = asset
            keys.add(asset.id)
        for task in change.tasks:
            if (old := self.tasks.get(task.id)) is None:
                added.append(("task", task.id))
            elif old.asset_id:
                keys.add(old.asset_id)
            self._index(task, now)
            keys.add(task.id)
            if task.asset_id:
                keys.add(task.asset_id)
            house = True
        for supply in change.supplies:
            self._put_supply(supply)
            keys.update((supply.id, supply.asset_id))
        for log in change.logs:
            if log.asset_id:
                keys.add(log.asset_id)
        for item in change.inbox:
            if item.status in OPEN_INBOX_STATUSES:
                self.inbox[item.id] = item
            else:
                self.inbox.pop(item.id, None)
            keys.update((INBOX_KEY, item.id))
        removed = change.removed
        for task_id in removed.get(KIND_TASK, ()):
            if (gone := self.tasks.pop(task_id, None)) is not None:
                self._unindex(gone)
                keys.update(filter(None, (task_id, gone.asset_id)))
                house = True
        for supply_id in removed.get(KIND_SUPPLY, ()):
            self._drop_supply(supply_id)
            keys.add(supply_id)
        for asset_id in removed.get(KIND_ASSET, ()):
            if self.assets.pop(asset_id, None) is not None:
                keys.add(asset_id)
        for zone_id in removed.get(KIND_ZONE, ()):
            self.zones.pop(zone_id, None)
        for item_id in removed.get(KIND_INBOX, ()):
            if self.inbox.pop(item_id, None) is not None:
                keys.update((INBOX_KEY, item_id))
        if house:
            keys.add(PROPERTY_KEY)
        self._async_tell(keys, added, change)

    @callback
    def async_refresh_statuses(self, now: datetime) -> None:
        """Move statuses along as time passes; tell only what changed."""
        moved: list[Task] = []
        heap = self._moments
        while heap and heap[0][0] <= now:
            moment, task_id = heapq.heappop(heap)
            if moment not in self._changes.get(task_id, ()):
                continue
            task = self.tasks[task_id]
            if self._set_status(task_id, task_status(task, now, self.tz)):
                moved.append(task)
        if not moved:
            return
        keys = {PROPERTY_KEY}
        for task in moved:
            keys.update(filter(None, (task.id, task.asset_id)))
        self._async_tell(keys, [], Change(tasks=moved, written=False))


def _discard(index: defaultdict[str, set[str]], key: str | None, value: str) -> None:
    """Remove a value from an index entry, and the entry once empty."""
    if key is None or (values := index.get(key)) is None:
        return
    values.discard(value)
    if not values:
        del index[key]
