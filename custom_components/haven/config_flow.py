"""UI flows: create a property, reconfigure it, and manage its assets from the UI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import (
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import selector
import voluptuous as vol

from .const import (
    ATTR_AREA_ID,
    ATTR_ASSET_ID,
    ATTR_INSTALLED_ON,
    ATTR_MANUFACTURER,
    ATTR_MODEL,
    ATTR_NOTES,
    ATTR_SERIAL_NUMBER,
    CONF_ADDRESS,
    DOMAIN,
)
from .errors import clean_name, clean_optional

if TYPE_CHECKING:
    from . import HavenConfigEntry
    from .store.models import Asset

_TEXT = selector.TextSelector()
_MULTILINE = selector.TextSelector(selector.TextSelectorConfig(multiline=True))


def _property_schema(name: str, address: str | None) -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_NAME, default=name): _TEXT,
            vol.Optional(
                CONF_ADDRESS, description={"suggested_value": address}
            ): _MULTILINE,
        }
    )


class HavenConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a property: one config entry per home."""

    VERSION = 1

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: HavenConfigEntry) -> HavenOptionsFlow:
        """Return the flow that manages a property's assets."""
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


def _asset_schema(asset: Asset | None, area_id: str | None) -> vol.Schema:
    """Return the asset form, filled with an existing asset's values."""

    def suggested(value: Any) -> dict[str, Any]:
        return {"suggested_value": None if value is None else str(value)}

    return vol.Schema(
        {
            vol.Required(
                CONF_NAME, default=asset.name if asset else vol.UNDEFINED
            ): _TEXT,
            vol.Optional(ATTR_AREA_ID, description=suggested(area_id)): (
                selector.AreaSelector()
            ),
            vol.Optional(
                ATTR_MANUFACTURER, description=suggested(asset and asset.manufacturer)
            ): _TEXT,
            vol.Optional(
                ATTR_MODEL, description=suggested(asset and asset.model)
            ): _TEXT,
            vol.Optional(
                ATTR_SERIAL_NUMBER, description=suggested(asset and asset.serial_number)
            ): _TEXT,
            vol.Optional(
                ATTR_INSTALLED_ON, description=suggested(asset and asset.installed_on)
            ): selector.DateSelector(),
            vol.Optional(ATTR_NOTES, description=suggested(asset and asset.notes)): (
                _MULTILINE
            ),
        }
    )


class HavenOptionsFlow(OptionsFlowWithReload):
    """Add, edit and remove a property's assets from its integration page."""

    _asset_id: str

    @property
    def _entry(self) -> HavenConfigEntry:
        return self.config_entry

    def _asset_choice(self) -> vol.Schema:
        assets = sorted(
            self._entry.runtime_data.view.assets.values(),
            key=lambda a: a.name.casefold(),
        )
        return vol.Schema(
            {
                vol.Required(ATTR_ASSET_ID): selector.SelectSelector(
                    selector.SelectSelectorConfig(
                        options=[
                            selector.SelectOptionDict(value=a.id, label=a.name)
                            for a in assets
                        ],
                        mode=selector.SelectSelectorMode.DROPDOWN,
                    )
                )
            }
        )

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Offer what can be done."""
        options = ["add_asset"]
        if self._entry.runtime_data.view.assets:
            options += ["edit_asset", "remove_asset"]
        return self.async_show_menu(step_id="init", menu_options=options)

    async def _async_save_asset(
        self, step_id: str, user_input: dict[str, Any] | None, asset: Asset | None
    ) -> ConfigFlowResult:
        manager = self._entry.runtime_data.manager
        errors: dict[str, str] = {}
        if user_input is not None:
            # Every field of the form is sent: an emptied field clears the value.
            fields = {
                key: user_input.get(key)
                for key in (
                    CONF_NAME,
                    ATTR_AREA_ID,
                    ATTR_MANUFACTURER,
                    ATTR_MODEL,
                    ATTR_SERIAL_NUMBER,
                    ATTR_INSTALLED_ON,
                    ATTR_NOTES,
                )
            }
            try:
                if asset is None:
                    saved, _, _ = await manager.async_create_asset(fields)
                else:
                    saved = await manager.async_update_asset(asset.id, fields)
            except ServiceValidationError as err:
                field = (err.translation_placeholders or {}).get("field", "base")
                errors[field if field in fields else "base"] = str(err.translation_key)
            else:
                return self.async_abort(
                    reason="asset_added" if asset is None else "asset_updated",
                    description_placeholders={"name": saved.name},
                )
        area_id = None
        if asset and asset.zone_id and (zone := manager.view.zones.get(asset.zone_id)):
            area_id = zone.area_id
        schema = _asset_schema(asset, area_id)
        if user_input is not None:
            schema = self.add_suggested_values_to_schema(schema, user_input)
        return self.async_show_form(step_id=step_id, data_schema=schema, errors=errors)

    async def async_step_add_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Create an asset."""
        return await self._async_save_asset("add_asset", user_input, None)

    async def async_step_edit_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the asset to edit."""
        if user_input is not None:
            self._asset_id = user_input[ATTR_ASSET_ID]
            return await self.async_step_edit_asset_details()
        return self.async_show_form(
            step_id="edit_asset", data_schema=self._asset_choice()
        )

    async def async_step_edit_asset_details(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change an asset's details."""
        asset = self._entry.runtime_data.view.assets.get(self._asset_id)
        if asset is None:
            return self.async_abort(reason="asset_gone")
        return await self._async_save_asset("edit_asset_details", user_input, asset)

    async def async_step_remove_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Remove an asset with its history (the UI is admin-only)."""
        if user_input is not None:
            manager = self._entry.runtime_data.manager
            asset = manager.view.assets.get(user_input[ATTR_ASSET_ID])
            if asset is None:
                return self.async_abort(reason="asset_gone")
            await manager.async_remove_asset(asset.id)
            return self.async_abort(
                reason="asset_removed", description_placeholders={"name": asset.name}
            )
        return self.async_show_form(
            step_id="remove_asset", data_schema=self._asset_choice()
        )
