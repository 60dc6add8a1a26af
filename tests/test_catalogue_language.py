"""The template catalogue in the home's language (names from the translation files)."""

from __future__ import annotations

import json

from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
import pytest

from custom_components.haven.const import DOMAIN
from custom_components.haven.store.models import Supply, Task
from custom_components.haven.templates import CATALOGUE_PATH, async_get_templates

from .conftest import db_rows, setup_property


@pytest.mark.storage
async def test_an_asset_from_a_template_speaks_the_home_s_language(
    recorder_mock: Recorder, hass: HomeAssistant
) -> None:
    """In a German home, a furnace's tasks and supplies get the German catalogue names."""
    german = json.loads(
        (CATALOGUE_PATH.parent / "translations" / "de.json").read_text("utf-8")
    )["catalogue"]["furnace"]
    await hass.config.async_update(language="de")
    entry = await setup_property(hass)
    await hass.services.async_call(
        DOMAIN,
        "create_asset",
        {"config_entry_id": entry.entry_id, "name": "Heizung", "template": "furnace"},
        blocking=True,
    )

    names = {task.name for task in await db_rows(hass, Task)}
    assert names == {task["name"] for task in german["tasks"].values()}
    supplies = {supply.name for supply in await db_rows(hass, Supply)}
    assert supplies == set(german["supplies"].values())
    # The panel's list in the reader's language, whatever the home's.
    english = await async_get_templates(hass, "en")
    assert english["furnace"].name == "Furnace"
    assert (await async_get_templates(hass))["furnace"].name == german["name"]
