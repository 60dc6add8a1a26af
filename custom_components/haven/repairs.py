"""Repairs: a reminder target that no longer exists can be removed from the settings."""

from __future__ import annotations

from typing import Any

from homeassistant.components.repairs import ConfirmRepairFlow, RepairsFlow
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResult

from .const import CONF_NOTIFY_TARGETS, CONF_SHOPPING_LIST


class RemoveTargetFlow(ConfirmRepairFlow):
    """Confirm, then drop the missing target from the property's options."""

    def __init__(self, entry_id: str, target: str) -> None:
        """Remember which target of which property."""
        super().__init__()
        self._entry_id = entry_id
        self._target = target

    async def async_step_confirm(
        self, user_input: dict[str, str] | None = None
    ) -> FlowResult:
        """Remove the target and reload the property with its new settings."""
        if user_input is not None and (
            entry := self.hass.config_entries.async_get_entry(self._entry_id)
        ):
            options = dict(entry.options)
            options[CONF_NOTIFY_TARGETS] = [
                t for t in options.get(CONF_NOTIFY_TARGETS, []) if t != self._target
            ]
            if options.get(CONF_SHOPPING_LIST) == self._target:
                options[CONF_SHOPPING_LIST] = None
            self.hass.config_entries.async_update_entry(entry, options=options)
            self.hass.config_entries.async_schedule_reload(entry.entry_id)
        return await super().async_step_confirm(user_input)


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, Any] | None
) -> RepairsFlow:
    """Return the flow that fixes an issue Haven raised."""
    assert data is not None
    return RemoveTargetFlow(str(data["entry_id"]), str(data["target"]))
