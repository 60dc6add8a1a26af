"""Haven as an LLM API, selectable in any conversation agent's options.

Any agent (OpenAI, Anthropic, Ollama, Google…) with "Haven" ticked can read and keep
the home's maintenance.

The prompt says what Haven is and how the home is laid out — properties, zones and
assets by name, counts of tasks by status — kept short for a home with a thousand
tasks; the model asks the tools for the tasks themselves. The tools are in
``llm_tools.py`` (reading) and ``llm_write_tools.py``; each finds records by id or by name (as people name them), acts as
the user the agent speaks for, and refuses bad input with a translated error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import llm
from homeassistant.util import dt as dt_util

from .const import DOMAIN
from .data import HavenConfigEntry, loaded_entries
from .llm_tools import AssetDetails, HavenTool, ListTasks
from .llm_write_tools import (
    AddTask,
    CaptureNote,
    CompleteTask,
    LogWork,
    SkipTask,
    SnoozeTask,
)
from .view import STATUS_DUE_SOON, STATUS_OVERDUE

API_NAME: Final = "Haven"
TOOLS: Final[tuple[type[HavenTool], ...]] = (
    ListTasks,
    AssetDetails,
    CompleteTask,
    SnoozeTask,
    SkipTask,
    LogWork,
    CaptureNote,
    AddTask,
)
# Assets named in the prompt, per property; the tools list the rest.
PROMPT_ASSETS: Final = 60

PROMPT: Final = (
    "Haven keeps this home's maintenance in Home Assistant: properties (homes), their "
    "zones (areas), the assets in them (appliances, systems, vehicles) and each asset's "
    "recurring tasks with due dates, plus a log of work done, supplies, documents and an "
    "inbox of captured notes. Use Haven's tools to answer questions about upkeep and to "
    "record work: find tasks with haven_list_tasks, look at an asset with "
    "haven_asset_details, and name tasks and assets by id when a tool gave you one. "
    "Completing, snoozing and skipping record who asked. Haven's tools never remove "
    "anything. Dates are ISO 8601 in the home's time zone ({tz}); today is {today}."
)


def layout(entry: HavenConfigEntry) -> str:
    """Return one property's layout in a few lines: zones, assets, task counts."""
    view = entry.runtime_data.view
    zones = {zone.id: zone.name for zone in view.zones.values()}
    assets = sorted(view.assets.values(), key=lambda asset: asset.name.casefold())
    named = [
        f"{asset.name} ({zones[asset.zone_id]})"
        if asset.zone_id in zones
        else asset.name
        for asset in assets[:PROMPT_ASSETS]
    ]
    if len(assets) > PROMPT_ASSETS:
        named.append(f"and {len(assets) - PROMPT_ASSETS} more")
    lines = [
        f"Property {entry.title!r} (config_entry_id {entry.entry_id}):",
        f"- zones: {', '.join(sorted(zones.values())) or 'none'}",
        f"- assets: {', '.join(named) or 'none'}",
        (
            f"- tasks: {len(view.tasks)} in all, {view.count(STATUS_OVERDUE)} overdue, "
            f"{view.count(STATUS_DUE_SOON)} due soon; {len(view.inbox)} open inbox items"
        ),
    ]
    return "\n".join(lines)


@dataclass(slots=True, kw_only=True)
class HavenAPI(llm.API):
    """Haven's tools and what the model should know about the home."""

    async def async_get_api_instance(
        self, llm_context: llm.LLMContext
    ) -> llm.APIInstance:
        """Return the prompt for the home as it is now, and the tools."""
        now = dt_util.now()
        parts = [PROMPT.format(tz=now.tzname(), today=now.date().isoformat())]
        entries = loaded_entries(self.hass)
        parts.extend(layout(entry) for entry in entries)
        if not entries:
            parts.append("No property is set up in Haven yet.")
        return llm.APIInstance(
            api=self,
            api_prompt="\n".join(parts),
            llm_context=llm_context,
            tools=[tool() for tool in TOOLS],
        )


@callback
def async_register_llm_api(hass: HomeAssistant) -> None:
    """Offer Haven to conversation agents (once, for every property)."""
    llm.async_register_api(hass, HavenAPI(hass=hass, id=DOMAIN, name=API_NAME))
