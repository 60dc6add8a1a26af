"""What upkeep costs: per asset and for the whole property, in total and this year.

Sums come from the logs' costs: loaded with one grouped query at start, then kept
up to date from each write's new log entries (a log is never changed, only added, or
removed with its asset). "This year" is the home's calendar year: at midnight on
January 1st (local time) the clock asks for a fresh load. The sums are brought up to
date before the entities are told about a write (a derived listener of the view), so
the entities showing them (``COSTS_KEY``, each asset's id) never show an old sum.

A property may have a yearly budget (a setting): the sums say what is left of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Any

from homeassistant.core import CALLBACK_TYPE, callback

from .store.models import Log
from .store.repository import Repository
from .store.writes import KIND_ASSET, Change

ZERO = Decimal(0)
# The key of house-wide costs (logs without an asset).
HOUSE = ""
# The view key of entities showing the property's sums.
COSTS_KEY = "costs"


def year_start(moment: datetime, tz: tzinfo, offset: int = 0) -> datetime:
    """Return the start of the local year of a moment (plus offset years), aware."""
    local = moment.astimezone(tz)
    return local.replace(
        year=local.year + offset,
        month=1,
        day=1,
        hour=0,
        minute=0,
        second=0,
        microsecond=0,
    )


def history_totals(
    logs: Iterable[Log], tz: tzinfo
) -> tuple[dict[str | None, Decimal], dict[int, Decimal]]:
    """Return the costs of log entries summed by asset (None: house-wide) and year."""
    by_asset: defaultdict[str | None, Decimal] = defaultdict(lambda: ZERO)
    by_year: defaultdict[int, Decimal] = defaultdict(lambda: ZERO)
    for log in logs:
        if log.cost is not None:
            by_asset[log.asset_id] += log.cost
            by_year[log.performed_at.astimezone(tz).year] += log.cost
    return dict(by_asset), dict(sorted(by_year.items()))


class PropertyCosts:
    """Running cost totals of one property."""

    def __init__(
        self,
        lifetime: dict[str, Decimal],
        this_year: dict[str, Decimal],
        year: tuple[datetime, datetime],
        budget: Decimal | None = None,
    ) -> None:
        """Start from loaded sums (keyed by asset id, HOUSE for house-wide work)."""
        self.budget = budget
        self._lifetime: defaultdict[str, Decimal] = defaultdict(lambda: ZERO, lifetime)
        self._this_year: defaultdict[str, Decimal] = defaultdict(
            lambda: ZERO, this_year
        )
        self.year_begin, self.year_end = year
        self._listeners: list[Callable[[], None]] = []

    @classmethod
    async def async_load(
        cls,
        repository: Repository,
        property_id: str,
        tz: tzinfo,
        now: datetime,
        budget: Decimal | None = None,
    ) -> PropertyCosts:
        """Load the sums of a property's costs (and keep its yearly budget)."""
        start = year_start(now, tz)
        lifetime, this_year = await repository.async_cost_totals(property_id, start)
        return cls(
            {k or HOUSE: v for k, v in lifetime.items()},
            {k or HOUSE: v for k, v in this_year.items()},
            (start, year_start(now, tz, 1)),
            budget,
        )

    def reload_from(self, other: PropertyCosts) -> None:
        """Take over freshly loaded sums (a new year began)."""
        self._lifetime = other._lifetime
        self._this_year = other._this_year
        self.year_begin, self.year_end = other.year_begin, other.year_end
        self._async_tell()

    @property
    def spent_this_year(self) -> Decimal:
        """Return what the whole property cost this year."""
        return sum(self._this_year.values(), ZERO)

    @property
    def spent_in_total(self) -> Decimal:
        """Return what the whole property cost, all years."""
        return sum(self._lifetime.values(), ZERO)

    @property
    def year(self) -> int:
        """Return the (local) year the sums of this year are of."""
        return self.year_begin.year

    def budget_attributes(self) -> dict[str, Any]:
        """Return the budget, what is left of it and whether it was passed."""
        if self.budget is None:
            return {}
        spent = self.spent_this_year
        return {
            "budget": float(self.budget),
            "budget_left": float(max(self.budget - spent, ZERO)),
            "over_budget": spent > self.budget,
        }

    def asset(self, asset_id: str) -> tuple[Decimal, Decimal]:
        """Return an asset's (lifetime, this year) cost."""
        return self._lifetime.get(asset_id, ZERO), self._this_year.get(asset_id, ZERO)

    @callback
    def async_listen(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call listener when the sums were loaded afresh (a new year).

        Changes made by a write are not announced here: they arrive with the write's
        change, to listeners of the view registered after these sums.
        """
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _async_tell(self) -> None:
        for listener in list(self._listeners):
            listener()

    @callback
    def async_changed(self, change: Change) -> Iterable[str]:
        """Add the costs of new log entries; forget removed assets' sums.

        Return the keys of the entities showing sums that moved.
        """
        moved: set[str] = set()
        for log in change.logs:
            if log.cost is None:
                continue
            key = log.asset_id or HOUSE
            self._lifetime[key] += log.cost
            if self.year_begin <= log.performed_at < self.year_end:
                self._this_year[key] += log.cost
            moved.update((key, COSTS_KEY))
        for asset_id in change.removed.get(KIND_ASSET, ()):
            self._lifetime.pop(asset_id, None)
            if self._this_year.pop(asset_id, None):
                moved.add(COSTS_KEY)
        moved.discard(HOUSE)
        return moved
