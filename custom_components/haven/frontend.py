"""Haven's front end: the "Haven" sidebar panel and the Lovelace cards.

Both come from one ES module, ``www/haven.js``, built from ``frontend/`` and committed
(HACS installs the repository as it is). It is served with cache headers under a URL
that carries a hash of its content, so every new version reaches browsers at once and
an unchanged one stays cached. The panel is registered for every user; the same module
is added to every page so the cards work without a manual "add resource" step.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Final

from homeassistant.components import panel_custom
from homeassistant.components.frontend import add_extra_js_url
from homeassistant.components.http import StaticPathConfig
from homeassistant.core import HomeAssistant
from homeassistant.util.hass_dict import HassKey

_LOGGER = logging.getLogger(__name__)

MODULE_PATH: Final = Path(__file__).parent / "www" / "haven.js"
# Not under /haven: that prefix belongs to the panel's own pages (/haven/asset/<id>, …).
STATIC_URL: Final = "/haven_frontend/haven.js"
PANEL_URL_PATH: Final = "haven"
PANEL_ELEMENT: Final = "haven-panel"
PANEL_TITLE: Final = "Haven"
PANEL_ICON: Final = "mdi:home-heart"
_REGISTERED: HassKey[str] = HassKey("haven_frontend")


def _module_version(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


async def async_register_frontend(hass: HomeAssistant) -> None:
    """Serve the module, register the panel and load the cards on every page (once)."""
    if _REGISTERED in hass.data:
        return
    version = await hass.async_add_executor_job(_module_version, MODULE_PATH)
    url = f"{STATIC_URL}?v={version}"
    hass.data[_REGISTERED] = url
    await hass.http.async_register_static_paths(
        [StaticPathConfig(STATIC_URL, str(MODULE_PATH), cache_headers=True)]
    )
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_ELEMENT,
        sidebar_title=PANEL_TITLE,
        sidebar_icon=PANEL_ICON,
        module_url=url,
        require_admin=False,
    )
    # The same URL as the panel's: the browser loads and runs the module only once.
    add_extra_js_url(hass, url)
    _LOGGER.debug("Haven's panel and cards are served from %s", url)
