"""The one timer of Haven, shared by every property, and each property's clock jobs.

The timer is armed for the earliest moment at which anything of any property needs
attention — a task's status changing, a reminder falling due, the export to save —
never a timer or a poll per task. Each write re-arms it once (the property's clock
listens to its view). An hourly scan catches anything a clock jump or a suspended
machine made the timer miss. One property's fault never stops another's jobs.

A property's clock moves its statuses along, has its reminders (and its warranty
reminders) announced, starts the year's cost sums afresh on New Year, and saves
its export (the safety copy beside the database) a minute after the last write, and
when Home Assistant stops.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from functools import partial
import logging
from pathlib import Path
from typing import Any, Protocol

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import CALLBACK_TYPE, Event, HassJob, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_time_interval,
)
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .costs import COSTS_KEY, PropertyCosts
from .household import Household
from .recovery import export_path
from .reminders import Reminders
from .store.backups import EmptyExportRefusedError, write_export
from .store.repository import Repository
from .store.writes import Change
from .view import PropertyView
from .warranties import Warranties

_LOGGER = logging.getLogger(__name__)

DATA_SCHEDULER: HassKey[HavenScheduler] = HassKey("haven_scheduler")
SAFETY_SCAN_INTERVAL = timedelta(hours=1)
# How long after the last write the export is saved.
EXPORT_DELAY = timedelta(minutes=1)
# A clock job that failed (the database away) is tried again this much later, not
# at once: its moment has passed, and an immediate retry would spin.
RETRY_DELAY = timedelta(minutes=5)


class Clocked(Protocol):
    """A property as the scheduler sees it."""

    def next_moment(self, now: datetime) -> datetime | None:
        """Return the next moment it needs waking, if any."""

    def async_on_time(self, now: datetime) -> None:
        """Do what is due at now."""


class HavenScheduler:
    """One timer for all properties, plus an hourly safety scan."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Start empty; properties join as they load."""
        self.hass = hass
        self._members: list[Clocked] = []
        self._unsub_timer: CALLBACK_TYPE | None = None
        self._armed_for: datetime | None = None
        self._unsub_scan: CALLBACK_TYPE | None = None
        self._unsub_stop: CALLBACK_TYPE | None = None

    @classmethod
    @callback
    def async_get(cls, hass: HomeAssistant) -> HavenScheduler:
        """Return the scheduler of this HA instance."""
        if (scheduler := hass.data.get(DATA_SCHEDULER)) is None:
            scheduler = hass.data[DATA_SCHEDULER] = cls(hass)
        return scheduler

    @callback
    def async_add(self, member: Clocked) -> CALLBACK_TYPE:
        """Keep a property on time until the returned callback is called."""
        self._members.append(member)
        if self._unsub_scan is None:
            self._unsub_scan = async_track_time_interval(
                self.hass, self._async_scan, SAFETY_SCAN_INTERVAL
            )
            self._unsub_stop = self.hass.bus.async_listen(
                EVENT_HOMEASSISTANT_STOP, self._async_stop
            )
        self.async_rearm()

        @callback
        def _remove() -> None:
            self._members.remove(member)
            if not self._members:
                self._async_stop()
            else:
                self.async_rearm()

        return _remove

    @callback
    def _async_stop(self, _event: Event | None = None) -> None:
        """Stop all timers (last property unloaded, or HA stopping)."""
        self._disarm()
        for unsub in (self._unsub_scan, self._unsub_stop):
            if unsub:
                unsub()
        self._unsub_scan = self._unsub_stop = None

    def _disarm(self) -> None:
        if self._unsub_timer:
            self._unsub_timer()
        self._unsub_timer = None
        self._armed_for = None

    @callback
    def async_rearm(self) -> None:
        """Arm the timer for the earliest moment any property needs."""
        now = dt_util.utcnow()
        moments = []
        for member in self._members:
            try:
                if (moment := member.next_moment(now)) is not None:
                    moments.append(moment)
            except Exception:
                _LOGGER.exception("Haven's clock failed for %s", member)
        moment = min(moments, default=None)
        if moment == self._armed_for and self._unsub_timer:
            return
        self._disarm()
        if moment is not None:
            self._armed_for = moment
            self._unsub_timer = async_track_point_in_utc_time(
                self.hass, self._async_fire, moment
            )

    @callback
    def _async_fire(self, now: datetime) -> None:
        self._unsub_timer = None
        self._armed_for = None
        self._async_run(max(now, dt_util.utcnow()))

    @callback
    def _async_scan(self, now: datetime) -> None:
        self._async_run(dt_util.utcnow())

    @callback
    def _async_run(self, now: datetime) -> None:
        for member in list(self._members):
            try:
                member.async_on_time(now)
            except Exception:
                # One property's fault must not stop the others' reminders.
                _LOGGER.exception("Haven's clock failed for %s", member)
        self.async_rearm()


class PropertyClock:
    """The clock jobs of one property: statuses, reminders, the export, the new year."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        repository: Repository,
        view: PropertyView,
        reminders: Reminders,
        costs: PropertyCosts,
        warranties: Warranties,
    ) -> None:
        """Bind to a loaded property."""
        self.hass = hass
        self.entry_id = entry_id
        self.repository = repository
        self.view = view
        self.reminders = reminders
        self.costs = costs
        self.warranties = warranties
        # Pauses that end and seasons that close (household.py).
        self.household = Household(reminders.commands)
        self._scheduler = HavenScheduler.async_get(hass)
        self._export_at: datetime | None = None
        # When a failed New Year reload or pause/season job may be tried again.
        self._retry_new_year: datetime | None = None
        self._retry_household: datetime | None = None
        # Records were removed since the property loaded: an export without records
        # may then replace one with records (else it never does).
        self._emptied = False

    def __repr__(self) -> str:
        """Name the property in logs."""
        return f"<PropertyClock {self.view.property.name}>"

    @property
    def export_path(self) -> Path:
        """Return where this property's export is kept."""
        return export_path(self.hass, self.entry_id)

    @callback
    def async_start(self) -> CALLBACK_TYPE:
        """Join the scheduler and follow the view's writes; return how to stop."""
        unsub_changes = self.view.async_listen_changes(self._async_changed)
        leave = self._scheduler.async_add(self)
        # The last writes must be in the export before HA is gone: saved as a
        # shutdown job, which HA awaits first, while the recorder still runs (a stop
        # listener could reach the recorder after its executor closed).
        unsub_stop = self.hass.async_add_shutdown_job(HassJob(self.async_flush_export))

        @callback
        def _stop() -> None:
            unsub_changes()
            leave()
            unsub_stop()

        return _stop

    @callback
    def _async_changed(self, change: Change) -> None:
        """Plan the reminders a write touched, plan the export, re-arm once."""
        self.reminders.async_changed(change)
        self.warranties.async_changed(change)
        if any(change.removed.values()):
            self._emptied = True
        if change.tz is not None:
            self.hass.async_create_task(
                self._async_new_year(dt_util.utcnow(), force=True), eager_start=True
            )
        if change.written and self._export_at is None:
            self._export_at = dt_util.utcnow() + EXPORT_DELAY
        self._scheduler.async_rearm()

    def next_moment(self, now: datetime) -> datetime | None:
        """Return when this property next needs the scheduler."""
        moments = (
            self.view.next_status_change(now),
            self.reminders.next_moment(),
            self.warranties.next_moment(),
            self._export_at,
            _later(self.costs.year_end, self._retry_new_year),
            _later(self.household.next_moment(), self._retry_household),
        )
        return min((m for m in moments if m is not None), default=None)

    @callback
    def async_on_time(self, now: datetime) -> None:
        """Move statuses along, announce the reminders that have come, save the export."""
        self.view.async_refresh_statuses(now)
        moment = _later(self.household.next_moment(), self._retry_household)
        if moment is not None and moment <= now:
            self.hass.async_create_task(self._async_household(now), eager_start=True)
        if batch := self.reminders.async_on_time(now):
            self._announce(
                self.reminders.async_announce(batch),
                partial(self.reminders.async_retry, batch),
                now,
            )
        if ending := self.warranties.async_on_time(now):
            self._announce(
                self.warranties.async_announce(ending, now),
                partial(self.warranties.async_retry, ending),
                now,
            )
        if self._export_at is not None and self._export_at <= now:
            self.hass.async_create_task(self.async_flush_export(), eager_start=True)
        if not self.costs.year_begin <= now < self.costs.year_end and (
            self._retry_new_year is None or self._retry_new_year <= now
        ):
            self.hass.async_create_task(self._async_new_year(now), eager_start=True)

    def _announce(
        self,
        job: Coroutine[Any, Any, None],
        retry: Callable[[datetime], None],
        now: datetime,
    ) -> None:
        """Record and send reminders; when the record fails, try again later."""

        async def _announce() -> None:
            try:
                await job
            except HomeAssistantError as err:
                # Nothing was recorded, so nothing was sent: all of it comes again.
                _LOGGER.warning(
                    "Haven could not record its reminders (%s): retrying", err
                )
                retry(now + RETRY_DELAY)
                self._scheduler.async_rearm()

        self.hass.async_create_task(_announce(), "haven reminders", eager_start=True)

    async def _async_household(self, now: datetime) -> None:
        """Resume what is due to resume, close seasons; then re-arm the timer."""
        try:
            await self.household.async_on_time(now)
        except HomeAssistantError as err:
            _LOGGER.warning(
                "Haven could not resume or close a season (%s): retrying", err
            )
            self._retry_household = now + RETRY_DELAY
        else:
            self._retry_household = None
        finally:
            self._scheduler.async_rearm()

    async def _async_new_year(self, now: datetime, force: bool = False) -> None:
        """Start this year's cost sums afresh (at local midnight on January 1st).

        Also when the clock was set back past the start of the year, and (forced)
        when the time zone changed: the year then starts at another moment.
        """
        if not force and self.costs.year_begin <= now < self.costs.year_end:
            return
        try:
            fresh = await PropertyCosts.async_load(
                self.repository, self.view.property_id, self.view.tz, now
            )
        except HomeAssistantError as err:
            _LOGGER.warning(
                "Haven could not start the year's costs (%s): retrying", err
            )
            self._retry_new_year = now + RETRY_DELAY
            self._scheduler.async_rearm()
            return
        self._retry_new_year = None
        self.costs.reload_from(fresh)
        # This year's sums start again: the entities showing them follow.
        self.view.async_tell_keys({COSTS_KEY, *self.view.assets})
        self._scheduler.async_rearm()

    async def async_flush_export(self, _event: Event | None = None) -> None:
        """Save the export now if writes are waiting for it (never fails loudly)."""
        if self._export_at is None:
            return
        try:
            await self.async_export()
        except (OSError, RuntimeError, ValueError, HomeAssistantError) as err:
            # The export is a safety copy: failing to refresh it must not stop an
            # unload or a shutdown. The next write or start-up tries again.
            _LOGGER.warning(
                "Could not save Haven's export %s: %s", self.export_path, err
            )

    async def async_export(self) -> dict[str, int]:
        """Write the export now (and keep a copy); return the rows of each table."""
        self._export_at = None
        export = await self.repository.async_export(self.view.property_id)
        try:
            await self.hass.async_add_executor_job(
                write_export, self.export_path, export, dt_util.utcnow(), self._emptied
            )
        except EmptyExportRefusedError as err:
            # The records may be missing by mistake (a table emptied behind Haven's
            # back): the export that holds them is worth more than a fresh one.
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="export_would_empty",
                translation_placeholders={"path": str(self.export_path)},
            ) from err
        return {table: len(rows) for table, rows in export["tables"].items()}


def _later(moment: datetime | None, not_before: datetime | None) -> datetime | None:
    """Return a job's moment, held back to its retry moment after a failure."""
    if moment is None or not_before is None:
        return moment
    return max(moment, not_before)
