"""Usage-based schedules: reading meter sensors and following them.

A meter task is due every N units of a numeric sensor (runtime hours, cycles, km): due
once the sensor passed its baseline plus N; a counter that resets keeps the progress
made. One state listener follows every meter sensor the property's tasks use, and is
re-made only when that set of sensors changes.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from datetime import datetime
import math
from typing import Any

from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util

from .errors import invalid
from .recurrence import meter_reached
from .store.records import Task
from .store.writes import Change
from .view import PropertyView

type MeterWrite = Callable[[str, Mapping[str, Any]], Coroutine[Any, Any, None]]
"""Store a task's new meter columns."""


def meter_value(hass: HomeAssistant, entity_id: str) -> float:
    """Return a meter sensor's numeric reading or refuse."""
    if (state := hass.states.get(entity_id)) is None:
        raise invalid("invalid_meter", entity_id=entity_id, state="missing")
    try:
        value = float(state.state)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise invalid("invalid_meter", entity_id=entity_id, state=state.state)
    return value


def reading_changes(task: Task, value: float, now: datetime) -> dict[str, Any] | None:
    """Return the task columns a new reading changes, None when none worth a write."""
    if task.meter_every is None:
        return None
    baseline = task.meter_baseline if task.meter_baseline is not None else value
    last = task.meter_last_value if task.meter_last_value is not None else baseline
    changes: dict[str, Any] = {"meter_last_value": value}
    if value < last:
        # The counter was reset (a new odometer, a replaced controller): keep the
        # progress made so far by moving the baseline below the new reading.
        baseline = value - (last - baseline)
        changes["meter_baseline"] = baseline
    if meter_reached(value, baseline, task.meter_every) and (
        task.next_due_at is None or task.next_due_at > now
    ):
        changes["next_due_at"] = now
    if len(changes) == 1 and abs(value - last) < task.meter_every / 100:
        # Only the reading moved, and not by much: a sensor that updates every
        # minute must not cost a database write every minute. Resets are still
        # seen against the reading last stored.
        return None
    return changes


class MeterTracker:
    """Follows the meter sensors of one property's tasks."""

    def __init__(
        self, hass: HomeAssistant, view: PropertyView, write: MeterWrite
    ) -> None:
        """Bind to a property's view; write stores what a reading changed."""
        self.hass = hass
        self.view = view
        self._write = write
        self._meters: frozenset[str] = frozenset()
        self._unsub: CALLBACK_TYPE | None = None

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Follow the meters now and as tasks change; return how to stop."""
        self._async_follow()
        unsub_changes = self.view.async_listen_changes(self._async_changed)

        @callback
        def _stop() -> None:
            unsub_changes()
            if self._unsub:
                self._unsub()
                self._unsub = None

        return _stop

    @callback
    def _async_changed(self, change: Change) -> None:
        if change.written and change.task_ids():
            self._async_follow()

    @callback
    def _async_follow(self) -> None:
        meters = frozenset(self.view.meters)
        if meters == self._meters:
            return
        if self._unsub:
            self._unsub()
            self._unsub = None
        self._meters = meters
        if meters:
            self._unsub = async_track_state_change_event(
                self.hass, meters, self._async_state_changed
            )

    @callback
    def _async_state_changed(self, event: Event[EventStateChangedData]) -> None:
        if (state := event.data["new_state"]) is None:
            return
        try:
            value = float(state.state)
        except ValueError:
            return  # unavailable or unknown: wait for the next reading
        now = dt_util.utcnow()
        for task in self.view.meter_tasks(state.entity_id):
            if (changes := reading_changes(task, value, now)) is not None:
                self.hass.async_create_task(
                    self._write(task.id, changes), eager_start=True
                )
