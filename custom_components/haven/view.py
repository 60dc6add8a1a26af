"""The in-memory view of one property that entities and websocket commands read.

It is filled once at setup and then updated by every write with the rows the write
returned, so reading a state never touches the database and nothing polls. Listeners
subscribe to the keys they show (a record id, or ``PROPERTY_KEY`` for house-wide
figures) and only those are called when that record changes.

Each task has a status derived from its next due moment and the clock: ``overdue``
(the due moment has passed; for a task due on a day, that day is over), ``due_soon``
(within its lead days before it is due, due day included), ``ok`` (further away),
``unscheduled`` (no due moment: a meter not reached yet, a one-off without a date) or
``done`` (a one-off that was completed) or ``paused`` (the task or its whole property
is paused: neither due nor overdue, see seasons.py).

House health is the share of scheduled tasks that are not overdue, in percent (100 when
nothing is scheduled). Statuses only change at known moments, kept in a heap, so the
scheduler arms one timer for the earliest of them instead of polling.

Every write reaches the view the same way: ``async_apply`` with the ``Change`` the
repository returned. The view updates its rows and indexes, then tells the entities
whose records changed, then the change listeners (the property's clock, the meter
tracker, websocket subscribers) — each once per write. Nothing in a write walks every
task: the indexes (by asset, meter, status and due order) are updated per row, and a
big home's tasks are indexed in one pass at set-up.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
import heapq

from homeassistant.core import callback
from homeassistant.util import dt as dt_util

from .listeners import ViewListeners
from .recurrence import KIND_ONCE, is_day_granular, local_day, start_of_day
from .seasons import is_paused
from .store.models import OPEN_INBOX_STATUSES
from .store.records import Asset, InboxItem, Property, Supply, Task, Zone
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
STATUS_PAUSED = "paused"

_NEVER = datetime.max.replace(tzinfo=UTC)

type OrderKey = tuple[datetime, str, str]
"""A task's place in due order: (next due or never, name folded, id)."""


def iso(moment: datetime | None) -> str | None:
    """Return a moment as ISO 8601 in HA's time zone, as people and templates read it."""
    return dt_util.as_local(moment).isoformat() if moment else None


def iso_day(day: date | None) -> str | None:
    """Return a day as YYYY-MM-DD."""
    return day.isoformat() if day else None


@lru_cache(maxsize=4096)
def overdue_from(due: datetime, tz: tzinfo) -> datetime:
    """Return when a task due at a moment becomes overdue (remembered per moment)."""
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


def _status(task: Task, now: datetime, changes: tuple[datetime, ...]) -> str:
    """Return a task's status at a moment, from its status-change moments."""
    if not changes:
        return STATUS_DONE if task_done(task) else STATUS_UNSCHEDULED
    due_soon, overdue = changes
    if now >= overdue:
        return STATUS_OVERDUE
    if now >= due_soon:
        return STATUS_DUE_SOON
    return STATUS_OK


def task_status(task: Task, now: datetime, tz: tzinfo) -> str:
    """Return a task's status at a moment."""
    return _status(task, now, _status_changes(task, tz))


def _status_changes(task: Task, tz: tzinfo) -> tuple[datetime, ...]:
    """Return when a task becomes due soon and overdue (nothing without a due)."""
    if (due := task.next_due_at) is None:
        return ()
    return (due - timedelta(days=task.lead_days), overdue_from(due, tz))


def _due_order(task: Task) -> OrderKey:
    return (task.next_due_at or _NEVER, task.name.casefold(), task.id)


class PropertyView(ViewListeners):
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
        # Per status, its tasks' order keys in due order: the sensors list the first
        # few of a status without sorting them all.
        self._by_status: defaultdict[str, list[OrderKey]] = defaultdict(list)
        self._by_asset: defaultdict[str, set[str]] = defaultdict(set)
        self._by_meter: defaultdict[str, set[str]] = defaultdict(set)
        # Tasks active in some months only (their season ends move them on).
        self.seasonal: set[str] = set()
        self._supplies_by_task: defaultdict[str, set[str]] = defaultdict(set)
        # Each task's status-change moments, and a heap of them (stale entries are
        # skipped lazily: an entry counts only while its task still has that moment).
        self._changes: dict[str, tuple[datetime, ...]] = {}
        self._moments: list[tuple[datetime, str]] = []
        # Tasks in due order (undated last), for the to-do list and the calendar.
        self._order: list[OrderKey] = []
        self._order_key: dict[str, OrderKey] = {}
        self._load_tasks(snapshot.tasks, now)
        for supply in snapshot.supplies:
            self._put_supply(supply)
        # Open captures (not yet filed), oldest first.
        self.inbox: dict[str, InboxItem] = {
            item.id: item
            for item in sorted(snapshot.inbox, key=lambda i: (i.created_at, i.id))
        }
        super().__init__()

    # Indexes

    def _load_tasks(self, tasks: list[Task], now: datetime) -> None:
        """Index the tasks loaded at set-up: each sorted list is sorted once."""
        for task in tasks:
            key, status = self._put(task, now, heap=False)
            self.status[task.id] = status
            self._by_status[status].append(key)
        heapq.heapify(self._moments)
        self._order = sorted(self._order_key.values())
        for keys in self._by_status.values():
            keys.sort()

    def _index(self, task: Task, now: datetime) -> None:
        """Add or replace a task in the rows and every index."""
        if (old := self.tasks.get(task.id)) is not None:
            self._unindex(old)
        key, status = self._put(task, now, heap=True)
        insort(self._order, key)
        self._set_status(task.id, status)

    def _put(self, task: Task, now: datetime, heap: bool) -> tuple[OrderKey, str]:
        """Add a task to the rows and unsorted indexes; return its key and status."""
        self.tasks[task.id] = task
        if task.asset_id:
            self._by_asset[task.asset_id].add(task.id)
        if task.meter_entity_id:
            self._by_meter[task.meter_entity_id].add(task.id)
        if task.active_months:
            self.seasonal.add(task.id)
        paused = is_paused(task, self.property) and not task_done(task)
        changes = self._changes[task.id] = (
            () if paused else _status_changes(task, self.tz)
        )
        for moment in changes:
            if moment > now:
                if heap:
                    heapq.heappush(self._moments, (moment, task.id))
                else:
                    self._moments.append((moment, task.id))
        if heap and len(self._moments) > 4 * len(self.tasks) + 64:
            self._compact_moments()
        key = self._order_key[task.id] = _due_order(task)
        return key, STATUS_PAUSED if paused else _status(task, now, changes)

    def _compact_moments(self) -> None:
        """Drop the stale entries that writes left in the heap (now and then)."""
        live = {(m, t) for m, t in self._moments if m in self._changes.get(t, ())}
        self._moments = list(live)
        heapq.heapify(self._moments)

    def _unindex(self, task: Task) -> None:
        _discard(self._by_asset, task.asset_id, task.id)
        _discard(self._by_meter, task.meter_entity_id, task.id)
        self.seasonal.discard(task.id)
        self._changes.pop(task.id, None)
        if (key := self._order_key.pop(task.id, None)) is not None:
            _remove_key(self._order, key)
            if (status := self.status.pop(task.id, None)) is not None:
                _remove_key(self._by_status[status], key)

    def _set_status(self, task_id: str, status: str) -> bool:
        """Record a task's status; return whether it changed."""
        old = self.status.get(task_id)
        if old == status:
            return False
        key = self._order_key[task_id]
        if old is not None:
            _remove_key(self._by_status[old], key)
        insort(self._by_status[status], key)
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
        keys = self._by_status.get(status, [])
        return [self.tasks[task_id] for _, _, task_id in keys[:limit]]

    @property
    def health(self) -> int:
        """Return the share of scheduled tasks that are not overdue, in percent."""
        scheduled = len(self.status) - self.count(STATUS_UNSCHEDULED)
        scheduled -= self.count(STATUS_DONE) + self.count(STATUS_PAUSED)
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

    # Writes: the one way in

    def _reindex(self, now: datetime) -> set[str]:
        """Index every task again (new zone, property paused); return their keys."""
        self._moments = []
        keys: set[str] = set()
        for task in list(self.tasks.values()):
            self._index(task, now)
            keys.update(filter(None, (task.id, task.asset_id)))
        return keys

    def _take_property(self, prop: Property, now: datetime) -> set[str]:
        """Take in the property's row; paused or resumed, every task's status moves."""
        pausing = (prop.paused_at is None) != (self.property.paused_at is None)
        self.property = prop
        return self._reindex(now) if pausing else set()

    @callback
    def async_apply(self, change: Change, now: datetime) -> None:
        """Take in what a write changed; tell each entity concerned once, then the rest."""
        keys: set[str] = set()
        added: list[tuple[str, str]] = []
        house = False
        if change.tz is not None:
            # Statuses and the moments they change at depend on the zone.
            self.tz = change.tz
            keys.update(self._reindex(now))
            house = True
        if change.prop is not None:
            keys.update(self._take_property(change.prop, now))
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
            if self._set_status(task_id, _status(task, now, self._changes[task_id])):
                moved.append(task)
        if not moved:
            return
        keys = {PROPERTY_KEY}
        for task in moved:
            keys.update(filter(None, (task.id, task.asset_id)))
        self._async_tell(keys, [], Change(tasks=moved, written=False))


def _remove_key(keys: list[OrderKey], key: OrderKey) -> None:
    del keys[bisect_left(keys, key)]  # it is there: keys are unique


def _discard(index: defaultdict[str, set[str]], key: str | None, value: str) -> None:
    """Remove a value from an index entry, and the entry once empty."""
    if key is None or (values := index.get(key)) is None:
        return
    values.discard(value)
    if not values:
        del index[key]
