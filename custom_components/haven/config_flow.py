"""The property's config flow: create a property (one per home) and reconfigure it.

Before a property is created the flow opens Haven's tables in the recorder's database
(creating or migrating them), so a database that is not ready, or that a newer Haven
wrote, is reported in the dialog rather than by a property that fails to load.
"""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_NAME
from homeassistant.core import callback
from homeassistant.exceptions import ServiceValidationError
import voluptuous as vol

from .const import CONF_ADDRESS, DOMAIN
from .data import HavenConfigEntry
from .forms import MULTILINE, TEXT
from .options_flow import HavenOptionsFlow
from .store.migrations import SchemaTooNewError
from .store.repository import DatabaseNotReadyError, Repository
from .validation import clean_name, clean_optional


def _property_schema(name: str, address: str | None) -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_NAME, default=name): TEXT,
            vol.Optional(
                CONF_ADDRESS, description={"suggested_value": address}
            ): MULTILINE,
        }
    )


class HavenConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a property: one config entry per home."""

    VERSION = 1

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: HavenConfigEntry) -> HavenOptionsFlow:
        """Return the flow of a property's settings."""
        return HavenOptionsFlow()

    def _validate(
        self,
        user_input: dict[str, Any],
        errors: dict[str, str],
        own_entry_id: str | None,
    ) -> dict[str, Any]:
        """Return clean entry data; fill errors for the form otherwise."""
        try:
            name = clean_name(user_input.get(CONF_NAME))
        except ServiceValidationError as err:
            errors[CONF_NAME] = str(err.translation_key)
        try:
            address = clean_optional(user_input.get(CONF_ADDRESS), CONF_ADDRESS, 500)
        except ServiceValidationError as err:
            errors[CONF_ADDRESS] = str(err.translation_key)
        if errors:
            return {}
        taken = {
            entry.title.casefold()
            for entry in self._async_current_entries(include_ignore=False)
            if entry.entry_id != own_entry_id
        }
        if name.casefold() in taken:
            errors[CONF_NAME] = "name_exists"
            return {}
        return {CONF_NAME: name, CONF_ADDRESS: address}

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the property's name (HA's location name by default) and address."""
        errors: dict[str, str] = {}
        if user_input is not None and (
            data := self._validate(user_input, errors, None)
        ):
            try:
                await Repository.async_get(self.hass)
            except DatabaseNotReadyError:
                errors["base"] = "database_not_ready"
            except SchemaTooNewError as err:
                return self.async_abort(
                    reason="schema_too_new",
                    description_placeholders={"version": str(err.found)},
                )
            else:
                return self.async_create_entry(title=data[CONF_NAME], data=data)
        user_input = user_input or {}
        return self.async_show_form(
            step_id="user",
            data_schema=_property_schema(
                user_input.get(CONF_NAME, self.hass.config.location_name),
                user_input.get(CONF_ADDRESS),
            ),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Rename the property or change its address."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None and (
            data := self._validate(user_input, errors, entry.entry_id)
        ):
            return self.async_update_reload_and_abort(
                entry, title=data[CONF_NAME], data=data
            )
        current = user_input or entry.data
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=_property_schema(
                current.get(CONF_NAME, entry.title), current.get(CONF_ADDRESS)
            ),
            errors=errors,
        )
