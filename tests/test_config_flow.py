"""The config flow: creating a property (with its database checked) and reconfiguring it."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

from homeassistant.config_entries import SOURCE_USER
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.migrations import SchemaTooNewError
from custom_components.haven.store.models import Property
from custom_components.haven.store.repository import DatabaseNotReadyError

from .conftest import db_rows, device_of, setup_property

pytestmark = pytest.mark.storage

OPEN_DATABASE = "custom_components.haven.config_flow.Repository.async_get"


async def test_user_flow_creates_property(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """The form suggests HA's location name; submitting creates a loaded property."""
    hass.config.location_name = "Maple House"
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    schema = result["data_schema"]
    assert schema is not None
    assert schema({})["name"] == "Maple House"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": " Maple House ", "address": "12 Maple Rd"}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Maple House"
    assert result["data"] == {"name": "Maple House", "address": "12 Maple Rd"}
    assert result["result"].state.value == "loaded"
    (prop,) = await db_rows(hass, Property)
    assert (prop.name, prop.address) == ("Maple House", "12 Maple Rd")


@pytest.mark.parametrize(
    ("user_input", "errors"),
    [
        ({"name": "  "}, {"name": "name_empty"}),
        ({"name": "n" * 101}, {"name": "name_too_long"}),
        ({"name": "home"}, {"name": "name_exists"}),
        ({"name": " HOME "}, {"name": "name_exists"}),
        ({"name": "Cabin", "address": "a" * 501}, {"address": "name_too_long"}),
    ],
)
async def test_user_flow_errors_then_recovers(
    recorder_mock: Any,
    hass: HomeAssistant,
    user_input: dict[str, Any],
    errors: dict[str, str],
) -> None:
    """A bad name shows the error on the form; correcting it creates the entry."""
    await setup_property(hass, "Home")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], user_input
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors
    assert len(hass.config_entries.async_entries(DOMAIN)) == 1

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Cabin"}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert len(await db_rows(hass, Property)) == 2


async def test_user_flow_database_not_ready(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """A database that is not ready is said on the form; a retry once it is works."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    with patch(OPEN_DATABASE, side_effect=DatabaseNotReadyError):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"name": "Home"}
        )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "database_not_ready"}
    assert hass.config_entries.async_entries(DOMAIN) == []

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Home"}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_user_flow_database_from_newer_haven(
    recorder_mock: Any, hass: HomeAssistant
) -> None:
    """Tables written by a newer Haven stop the flow with the version found."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    with patch(OPEN_DATABASE, side_effect=SchemaTooNewError(99)):
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {"name": "Home"}
        )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "schema_too_new"
    assert result["description_placeholders"] == {"version": "99"}
    assert hass.config_entries.async_entries(DOMAIN) == []


async def test_reconfigure_renames_property(
    hass: HomeAssistant, entry: MockConfigEntry
) -> None:
    """Reconfiguring renames the entry, the property row and its device."""
    await setup_property(hass, "Cabin")
    result = await entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reconfigure"
    schema = result["data_schema"]
    assert schema is not None
    assert schema({})["name"] == "Home"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "Town house", "address": "3 High St"}
    )
    await hass.async_block_till_done()
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert entry.title == "Town house"
    assert entry.data == {"name": "Town house", "address": "3 High St"}
    prop = next(
        p for p in await db_rows(hass, Property) if p.config_entry_id == entry.entry_id
    )
    assert (prop.name, prop.address) == ("Town house", "3 High St")
    device = device_of(hass, prop.id)
    assert device is not None
    assert device.name == "Town house"


@pytest.mark.parametrize(
    ("user_input", "errors"),
    [
        ({"name": ""}, {"name": "name_empty"}),
        ({"name": "n" * 101}, {"name": "name_too_long"}),
        ({"name": "cabin"}, {"name": "name_exists"}),
        ({"name": "Home", "address": "a" * 501}, {"address": "name_too_long"}),
    ],
)
async def test_reconfigure_errors_then_recovers(
    hass: HomeAssistant,
    entry: MockConfigEntry,
    user_input: dict[str, Any],
    errors: dict[str, str],
) -> None:
    """Reconfiguring refuses what creating refuses; keeping its own name is fine."""
    await setup_property(hass, "Cabin")
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], user_input
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == errors
    assert entry.title == "Home"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"name": "HOME", "address": "1 Elm St"}
    )
    await hass.async_block_till_done()
    assert result["reason"] == "reconfigure_successful"
    assert (entry.title, entry.data["address"]) == ("HOME", "1 Elm St")
