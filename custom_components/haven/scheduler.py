"""The one timer of Haven, shared by every property.

It is armed for the earliest moment at which anything of any property needs
attention — a task's status changing, a reminder falling due — never a timer or a
poll per task. Every write re-arms it. An hourly scan catches anything a clock jump or
a suspended machine made the timer miss.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.event import (
    async_track_point_in_utc_time,
    async_track_time_interval,
)
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

DATA_SCHEDULER: HassKey[HavenScheduler] = HassKey("haven_scheduler")
SAFETY_SCAN_INTERVAL = timedelta(hours=1)


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
        moment = min(
            (m for member in self._members if (m := member.next_moment(now))),
            default=None,
        )
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
            member.async_on_time(now)
        self.async_rearm()
