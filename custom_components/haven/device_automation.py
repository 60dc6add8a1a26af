"""What the device automation platforms share: an asset's device and its tasks.

The automation editor offers Haven's triggers, conditions and actions on an asset's
device page. The asset is read from the device's identifier (the device registry is
loaded before any integration, so triggers attach at start-up even before Haven's
properties are); its tasks come from the loaded property, for the editor's task picker.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er, selector
import voluptuous as vol

from .const import ATTR_TASK_ID, DOMAIN
from .data import loaded_entries
from .view import PropertyView

TASK_FIELD = ATTR_TASK_ID


def asset_id_of(hass: HomeAssistant, device_id: str) -> str | None:
    """Return the id of the asset a device stands for (None: not an asset's device)."""
    device = dr.async_get(hass).async_get(device_id)
    if device is None:
        return None
    ids = {record for domain, record in device.identifiers if domain == DOMAIN}
    for entry in loaded_entries(hass):
        if found := ids & entry.runtime_data.view.assets.keys():
            return next(iter(found))
    # Before its property is loaded, an asset's device is any Haven device that is
    # not a property's (a property's device has no parent).
    return next(iter(ids)) if device.via_device_id and ids else None


def view_of(hass: HomeAssistant, asset_id: str) -> PropertyView | None:
    """Return the loaded view holding an asset."""
    for entry in loaded_entries(hass):
        if asset_id in entry.runtime_data.view.assets:
            return entry.runtime_data.view
    return None


def overdue_sensor(hass: HomeAssistant, asset_id: str) -> str | None:
    """Return the entity id of an asset's "maintenance overdue" sensor."""
    return er.async_get(hass).async_get_entity_id(
        "binary_sensor", DOMAIN, f"{asset_id}_overdue"
    )


def task_picker(hass: HomeAssistant, device_id: str, required: bool) -> vol.Schema:
    """Return the editor's extra field choosing one of the asset's tasks."""
    asset_id = asset_id_of(hass, device_id)
    view = view_of(hass, asset_id) if asset_id else None
    tasks = []
    if view is not None and asset_id is not None:
        tasks = sorted(view.asset_tasks(asset_id), key=lambda task: task.name)
    field = vol.Required if required else vol.Optional
    options = [
        selector.SelectOptionDict(value=task.id, label=task.name) for task in tasks
    ]
    return vol.Schema(
        {
            field(TASK_FIELD): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=options, mode=selector.SelectSelectorMode.DROPDOWN
                )
            )
        }
    )
