"""The options flow of a property: its settings.

Reminders and notifications, money, capture, and per-task entities, each a section of one
form;
saving replaces only what the person changed and reloads the property. Assets, tasks and
supplies are records, not settings: they are edited in the Haven panel (and by the
actions), never here.
"""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigFlowResult, OptionsFlowWithReload
from homeassistant.exceptions import ServiceValidationError

from .const import CONF_BUDGET
from .settings_form import settings_changes, settings_schema, settings_values
from .validation import parse_budget


class HavenOptionsFlow(OptionsFlowWithReload):
    """A property's settings, from its integration page (Configure)."""

    def __init__(self) -> None:
        """Start with nothing shown."""
        self._shown: dict[str, Any] = {}

    def _notify_targets(self) -> list[tuple[str, str]]:
        """Offer notify entities and mobile-app notify actions (actionable)."""
        hass = self.hass
        entities = [
            (entity_id, f"{state.name} ({entity_id})")
            for entity_id in hass.states.async_entity_ids("notify")
            if (state := hass.states.get(entity_id))
        ]
        services = [
            (f"notify.{name}", f"notify.{name}")
            for name in hass.services.async_services_for_domain("notify")
            if name.startswith("mobile_app_")
        ]
        return sorted(entities) + sorted(services)

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Reminders and notifications, money, capture, and per-task entities."""
        errors: dict[str, str] = {}
        if user_input is not None:
            # Written over the options as they are now, not as they were when the
            # form opened: only what the person changed replaces anything.
            changes = settings_changes(user_input, self._shown)
            try:
                parse_budget(changes.get(CONF_BUDGET))
            except ServiceValidationError:
                errors["base"] = "invalid_budget"
            else:
                return self.async_create_entry(
                    data={**self.config_entry.options, **changes}
                )
        self._shown = settings_values(self.config_entry.options)
        return self.async_show_form(
            step_id="init",
            data_schema=settings_schema(self._shown, self._notify_targets()),
            errors=errors,
        )
