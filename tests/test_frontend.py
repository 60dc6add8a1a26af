"""The front end: the bundle served with a versioned URL, the panel, the cards on every page."""

from __future__ import annotations

import hashlib

from homeassistant.components.frontend import DATA_EXTRA_MODULE_URL
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.haven.frontend import MODULE_PATH, async_register_frontend

# HA's frontend component serves the files of the home-assistant-frontend package
# (pinned by HA: 20260128.6 for 2026.2.3); without it the component cannot load.
pytest.importorskip("hass_frontend", reason="home-assistant-frontend is not installed")


async def test_panel_module_and_cards(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """One registration: a cached module under a content-hash URL, a panel for all users."""
    assert await async_setup_component(hass, "http", {})
    assert await async_setup_component(hass, "frontend", {})
    await async_register_frontend(hass)
    await async_register_frontend(hass)  # a second call changes nothing

    version = hashlib.sha256(MODULE_PATH.read_bytes()).hexdigest()[:12]
    url = f"/haven_frontend/haven.js?v={version}"
    assert url in hass.data[DATA_EXTRA_MODULE_URL].urls

    ws = await hass_ws_client(hass)
    await ws.send_json({"id": 1, "type": "get_panels"})
    panels = (await ws.receive_json())["result"]
    panel = panels["haven"]
    assert panel["title"] == "Haven"
    assert panel["icon"] == "mdi:home-heart"
    assert panel["require_admin"] is False
    # Newer HA adds settings of its own (handle_safe_area): compare Haven's.
    assert (
        panel["config"]["_panel_custom"]
        | {
            "name": "haven-panel",
            "embed_iframe": False,
            "trust_external": False,
            "module_url": url,
        }
        == panel["config"]["_panel_custom"]
    )

    client = await hass_client()
    response = await client.get(url)
    assert response.status == 200
    assert "javascript" in response.headers["Content-Type"]
    assert "max-age" in response.headers.get("Cache-Control", "")
    body = await response.text()
    assert "haven-panel" in body
