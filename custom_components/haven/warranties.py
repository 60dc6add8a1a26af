"""Warranties and lifetimes of a property's assets.

An asset may have a warranty (its last day) and an expected life in years; it is past
its expected life from the day its installation day plus those years comes.

A reminder comes a set number of days before a warranty ends (a property setting), at
the reminders' time of day and outside quiet hours, through the property's clock (the
one scheduler) and notifier. Like a task's reminder it is recorded before it is sent
(a notice in the announcements table, per asset and warranty day), so it comes exactly
once, also across a restart; ``haven_warranty_ending`` fires with it. A warranty that
already ended when its reminder would come is not announced any more.

The clock also wakes at the start of the day an asset's expected life ends, so its
problem sensor shows it past its expected life from that moment.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
import heapq
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.util import dt as dt_util

from .commands import PropertyCommands
from .const import (
    ATTR_ASSET_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_WARRANTY_UNTIL,
    EVENT_WARRANTY_ENDING,
)
from .notify import Notifier
from .recurrence import add_interval, local_day, start_of_day
from .reminders import unquiet
from .store.models import NOTICE_WARRANTY
from .store.records import Asset
from .store.writes import KIND_ASSET, Change, record_announcements
from .view import iso_day

# What the clock wakes for: a warranty's reminder, the end of an expected life.
_REMIND = "warranty"
_LIFE = "life"


def expected_end(asset: Asset) -> date | None:
    """Return the day an asset's expected life ends (installed on + years)."""
    if asset.installed_on is None or not asset.expected_life_years:
        return None
    return add_interval(asset.installed_on, asset.expected_life_years, "years")


def lifetime_attributes(asset: Asset, today: date) -> dict[str, Any]:
    """Return an asset's warranty and expected life, as its entities show them (ISO)."""
    end, until = expected_end(asset), asset.warranty_until
    return {
        ATTR_WARRANTY_UNTIL: iso_day(until),
        "expected_end": iso_day(end),
        "past_expected_life": end is not None and end <= today,
    }


def notice_due(day: date) -> datetime:
    """Return how a warranty's last day is recorded with its notice (a moment)."""
    return datetime.combine(day, time(), UTC)


class Warranties:
    """Plans and records the warranty reminders and life ends of one property."""

    def __init__(
        self,
        commands: PropertyCommands,
        notifier: Notifier,
        days: int,
        sent: list[tuple[str, datetime, str]],
    ) -> None:
        """Start from the warranty notices already stored."""
        self.commands = commands
        self.view = commands.view
        self.hass: HomeAssistant = commands.hass
        self.notifier = notifier
        self.days = days
        self._sent = {
            (asset_id, due.date())
            for asset_id, due, kind in sent
            if kind == NOTICE_WARRANTY
        }
        # Per (asset, what): its moment; and a heap of them (stale entries skipped).
        self._next: dict[tuple[str, str], datetime] = {}
        self._heap: list[tuple[datetime, str, str]] = []
        now = dt_util.utcnow()
        for asset in self.view.assets.values():
            self._plan(asset, now)

    def _moments(self, asset: Asset) -> list[tuple[datetime, str]]:
        """Return when the clock must wake for an asset."""
        tz, settings = self.view.tz, self.notifier.settings
        moments = []
        until = asset.warranty_until
        if until is not None and (asset.id, until) not in self._sent:
            day = until - timedelta(days=self.days)
            moment = datetime.combine(day, settings.at, tzinfo=tz)
            moments.append((unquiet(moment, settings, tz), _REMIND))
        if (end := expected_end(asset)) is not None:
            moments.append((start_of_day(end, tz), _LIFE))
        return moments

    def _plan(self, asset: Asset, now: datetime) -> None:
        """Note when the clock must wake for an asset (not for a life long ended)."""
        wanted = {
            what: moment
            for moment, what in self._moments(asset)
            if what == _REMIND or moment > now
        }
        for what in (_REMIND, _LIFE):
            key = (asset.id, what)
            if (moment := wanted.get(what)) is None:
                self._next.pop(key, None)
            elif self._next.get(key) != moment:
                self._next[key] = moment
                heapq.heappush(self._heap, (moment, asset.id, what))

    @callback
    def async_changed(self, change: Change) -> None:
        """Re-plan the assets a write touched."""
        if not change.written:
            return
        now = dt_util.utcnow()
        # A new time zone moves every moment (they fall at a local time of day).
        for asset in self.view.assets.values() if change.tz else change.assets:
            self._plan(asset, now)
        for asset_id in change.removed.get(KIND_ASSET, ()):
            for what in (_REMIND, _LIFE):
                self._next.pop((asset_id, what), None)

    def next_moment(self) -> datetime | None:
        """Return the earliest moment the clock must wake for."""
        heap = self._heap
        while heap:
            moment, asset_id, what = heap[0]
            if self._next.get((asset_id, what)) == moment:
                return moment
            heapq.heappop(heap)
        return None

    @callback
    def async_on_time(self, now: datetime) -> list[Asset]:
        """Show the lives that ended; take the warranties ending soon, to announce."""
        ended: set[str] = set()
        ending: list[Asset] = []
        heap = self._heap
        while heap and heap[0][0] <= now:
            moment, asset_id, what = heapq.heappop(heap)
            if self._next.get((asset_id, what)) != moment:
                continue
            del self._next[(asset_id, what)]
            asset = self.view.assets[asset_id]
            if what == _LIFE:
                ended.add(asset_id)
                continue
            assert asset.warranty_until is not None
            self._sent.add((asset_id, asset.warranty_until))
            if local_day(now, self.view.tz) <= asset.warranty_until:
                ending.append(asset)
        if ended:
            self.view.async_tell_keys(ended)
        return ending

    @callback
    def async_retry(self, assets: list[Asset], at: datetime) -> None:
        """Take back warranty reminders whose record failed: due again at ``at``."""
        for asset in assets:
            if asset.warranty_until is not None:
                self._sent.discard((asset.id, asset.warranty_until))
            if asset.id in self.view.assets:
                self._next[(asset.id, _REMIND)] = at
                heapq.heappush(self._heap, (at, asset.id, _REMIND))

    async def async_announce(self, assets: list[Asset], now: datetime) -> None:
        """Record the reminders, then fire the events and notify (exactly once)."""
        change = await self.commands.async_write(
            record_announcements(
                self.view.property_id,
                [
                    (asset.id, notice_due(asset.warranty_until), NOTICE_WARRANTY)
                    for asset in assets
                    if asset.warranty_until is not None
                ],
            )
        )
        new = {row.task_id for row in change.announcements}
        today = local_day(now, self.view.tz)
        for asset in assets:
            if asset.id not in new or asset.warranty_until is None:
                continue
            days_left = (asset.warranty_until - today).days
            self.hass.bus.async_fire(
                EVENT_WARRANTY_ENDING,
                {
                    ATTR_CONFIG_ENTRY_ID: self.commands.entry_id,
                    ATTR_ASSET_ID: asset.id,
                    "name": asset.name,
                    ATTR_WARRANTY_UNTIL: asset.warranty_until.isoformat(),
                    "days_left": days_left,
                },
            )
            await self.notifier.async_send_notice(
                "warranty_ending",
                {
                    "asset": asset.name,
                    "date": asset.warranty_until.isoformat(),
                    "days": str(days_left),
                },
                f"haven_warranty_{asset.id}",
            )
