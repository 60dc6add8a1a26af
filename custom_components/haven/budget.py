"""The yearly budget of a property: a warning when this year's upkeep passes it.

When what the property cost this year (the sums in ``costs.py``) passes its budget (a
setting), ``haven_budget_exceeded`` fires once for that year. Like a reminder it is
recorded before the event fires (a notice in the announcements table, per property
and year), so it fires exactly once, also across restarts; it is checked after every
write that logged a cost and when the property loads (a budget lowered below what was
already spent).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
import logging
from typing import Any

from homeassistant.core import callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError

from .commands import PropertyCommands
from .const import ATTR_CONFIG_ENTRY_ID, CONF_BUDGET, EVENT_BUDGET_EXCEEDED
from .costs import PropertyCosts
from .store.models import NOTICE_BUDGET
from .store.writes import Change, record_announcements
from .validation import parse_budget

_LOGGER = logging.getLogger(__name__)


def budget_of(options: Mapping[str, Any]) -> Decimal | None:
    """Return a property's yearly budget (a setting), None when it has none."""
    try:
        return parse_budget(options.get(CONF_BUDGET))
    except ServiceValidationError:
        return None  # only a hand-edited setting: the form refuses a bad one


def notice_due(year: int) -> datetime:
    """Return how a year is recorded with its notice (a moment, whatever the zone)."""
    return datetime(year, 1, 1, tzinfo=UTC)


class BudgetWatch:
    """Fires the budget warning of one property, once a year."""

    def __init__(
        self,
        commands: PropertyCommands,
        costs: PropertyCosts,
        sent: list[tuple[str, datetime, str]],
    ) -> None:
        """Start from the budget notices already stored."""
        self.commands = commands
        self.costs = costs
        self._years = {due.year for _, due, kind in sent if kind == NOTICE_BUDGET}

    @callback
    def async_changed(self, change: Change) -> None:
        """Check the budget after a write that logged a cost."""
        if any(log.cost is not None for log in change.logs):
            self.async_check()

    @callback
    def async_check(self) -> None:
        """Warn when this year's spend passed the budget (not yet warned this year)."""
        budget, year = self.costs.budget, self.costs.year
        spent = self.costs.spent_this_year
        if budget is None or spent <= budget or year in self._years:
            return
        self._years.add(year)
        self.commands.hass.async_create_task(
            self._async_announce(year, budget, spent), "haven budget", eager_start=True
        )

    async def _async_announce(self, year: int, budget: Decimal, spent: Decimal) -> None:
        """Record the warning, then fire it (only if the database did not hold it)."""
        view = self.commands.view
        try:
            change = await self.commands.async_write(
                record_announcements(
                    view.property_id,
                    [(view.property_id, notice_due(year), NOTICE_BUDGET)],
                )
            )
        except HomeAssistantError as err:
            # Not recorded, so not sent: the next cost logged this year warns again.
            _LOGGER.warning("Haven could not record the budget warning (%s)", err)
            self._years.discard(year)
            return
        if not change.announcements:
            return
        self.commands.hass.bus.async_fire(
            EVENT_BUDGET_EXCEEDED,
            {
                ATTR_CONFIG_ENTRY_ID: self.commands.entry_id,
                "year": year,
                "budget": float(budget),
                "spent": float(spent),
                "over_by": float(spent - budget),
                "currency": self.commands.hass.config.currency,
            },
        )
