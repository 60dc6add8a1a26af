"""Development only: give a fresh `scripts/develop` instance a demo property.

It goes through Haven's public paths a user would take (the config flow, then the
create_asset action), once, when no property exists yet.
"""

from __future__ import annotations

from datetime import timedelta
import logging

from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.start import async_at_started
from homeassistant.helpers.typing import ConfigType
from homeassistant.util import dt as dt_util

_LOGGER = logging.getLogger(__name__)
DOMAIN = "haven_demo"

DEMO_ASSETS = [
    {
        "name": "Furnace",
        "template": "furnace",
        "zone": "Basement",
        "manufacturer": "Carrier",
        "model": "59TP6",
        "installed_on": "2019-10-14",
    },
    {
        "name": "Water heater",
        "template": "water_heater_tank",
        "zone": "Basement",
        "manufacturer": "A. O. Smith",
        "model": "GCR-50",
    },
    {
        "name": "Sump pump",
        "template": "sump_pump",
        "zone": "Basement",
        "manufacturer": "Zoeller",
        "model": "M53",
    },
    {
        "name": "Dishwasher",
        "template": "dishwasher",
        "zone": "Kitchen",
        "manufacturer": "Bosch",
        "model": "SHPM88Z75N",
        "serial_number": "FD0042",
    },
    {
        "name": "Refrigerator",
        "template": "refrigerator",
        "zone": "Kitchen",
        "manufacturer": "LG",
        "model": "LRMVS3006S",
    },
    {
        "name": "Smoke alarm",
        "template": "smoke_alarm",
        "zone": "Hallway",
        "manufacturer": "Kidde",
        "model": "i12060",
    },
    {"name": "Gutters", "template": "gutters", "zone": "Outside"},
    {
        "name": "Lawn mower",
        "template": "lawn_mower",
        "zone": "Garage",
        "manufacturer": "Honda",
        "model": "HRN216",
    },
]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Seed the demo property once HA has started."""

    async def _seed(hass: HomeAssistant) -> None:
        if hass.config_entries.async_entries("haven"):
            return
        result = await hass.config_entries.flow.async_init(
            "haven",
            context={"source": SOURCE_USER},
            data={"name": "Demo House", "address": "1 Example Street"},
        )
        if result["type"] is not FlowResultType.CREATE_ENTRY:
            _LOGGER.error("Could not create the demo property: %s", result)
            return
        entry_id = result["result"].entry_id
        await hass.async_block_till_done()
        assets = {}
        for asset in DEMO_ASSETS:
            response = await hass.services.async_call(
                "haven",
                "create_asset",
                {"config_entry_id": entry_id, **asset},
                blocking=True,
                return_response=True,
            )
            assets[asset["name"]] = response["asset_id"]  # type: ignore[index]
        # Something overdue and something done, so the dashboard has a story to tell.
        await hass.services.async_call(
            "haven",
            "create_task",
            {
                "asset_id": assets["Furnace"],
                "name": "Inspect the flue",
                "every": 1,
                "unit": "years",
                "first_due": (dt_util.now() - timedelta(days=12)).date().isoformat(),
                "priority": 2,
            },
            blocking=True,
            return_response=True,
        )
        await hass.services.async_call(
            "haven",
            "log_maintenance",
            {
                "asset_id": assets["Dishwasher"],
                "action": "Replaced the door seal",
                "cost": 34.5,
                "performed_at": (dt_util.now() - timedelta(days=40)).isoformat(),
            },
            blocking=True,
            return_response=True,
        )
        _LOGGER.info("Created the demo property with %s assets", len(DEMO_ASSETS))

    async_at_started(hass, _seed)
    return True
