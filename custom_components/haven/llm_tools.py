"""The tools Haven gives conversation agents (see llm_api.py).

Each tool checks its arguments against its schema first (a wrong type is a translated
error, and nothing changes), finds the records it names by id or by name, and writes
through the property's commands as the user the agent speaks for. Results are plain
JSON in the shapes of Haven's websocket API (serialize.py).
"""

from __future__ import annotations

from typing import Any, ClassVar

from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv, llm
from homeassistant.util import dt as dt_util
from homeassistant.util.json import JsonObjectType
import voluptuous as vol

from .assist.answers import asset_candidates, task_candidates
from .assist.language import Language, async_get_languages, pick
from .assist.matching import Candidate, match
from .const import DOMAIN
from .data import HavenConfigEntry, entry_for_id, loaded_entries
from .errors import invalid
from .permissions import Access, async_require
from .serialize import asset_dict, document_dict, log_dict, supply_dict, task_dict
from .store.records import Asset, Task
from .view import STATUS_DONE, PropertyView

STATUSES = ("overdue", "due_soon", "ok", "unscheduled", "done", "open")
DEFAULT_LIMIT = 50


def _annotations(*, read_only: bool) -> Any:
    """Describe a tool's behaviour on HA releases that ask (None before)."""
    factory = getattr(llm, "ToolAnnotations", None)
    if factory is None:
        return None
    return factory(
        read_only=read_only, destructive=False, idempotent=read_only, open_world=False
    )


def _result(data: JsonObjectType) -> Any:
    """Return a tool's answer as the running HA release expects it."""
    factory = getattr(llm, "ToolResult", None)
    return data if factory is None else factory(data=data)


class HavenTool(llm.Tool):
    """A Haven tool: validated arguments, records found by id or name, the caller's user."""

    integration = DOMAIN
    read_only: ClassVar[bool] = False

    def __init__(self) -> None:
        """Describe the tool's behaviour to releases that ask."""
        self.annotations = _annotations(read_only=self.read_only)

    async def async_call(
        self,
        hass: HomeAssistant,
        tool_input: llm.ToolInput,
        llm_context: llm.LLMContext,
    ) -> JsonObjectType:
        """Check the arguments, then run the tool."""
        try:
            args = self.parameters(tool_input.tool_args)
        except vol.Invalid as err:
            raise invalid(
                "invalid_tool_arguments", tool=self.name, error=str(err)
            ) from None
        user_id = llm_context.context.user_id if llm_context.context else None
        language = pick(await async_get_languages(hass), llm_context.language)
        found = Finder(hass, language)
        data = await self.async_run(found, args, user_id)
        return _result(data)  # type: ignore[no-any-return]

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Do the tool's work."""
        raise NotImplementedError


class WritingTool(HavenTool):
    """A tool that changes records: only for users who may change them."""

    async def async_call(
        self,
        hass: HomeAssistant,
        tool_input: llm.ToolInput,
        llm_context: llm.LLMContext,
    ) -> JsonObjectType:
        """Refuse a user who may only look (Haven's permission rule), then run."""
        user_id = llm_context.context.user_id if llm_context.context else None
        await async_require(hass, user_id, Access.CHANGE, self.name)
        return await super().async_call(hass, tool_input, llm_context)


class Finder:
    """Finds the properties, assets and tasks a tool call names (by id or name)."""

    def __init__(self, hass: HomeAssistant, language: Language) -> None:
        """Search the loaded properties."""
        self.hass = hass
        self.language = language
        self.entries = loaded_entries(hass)

    def properties(self, name: str | None) -> list[HavenConfigEntry]:
        """Return the property named (by config entry id or title), or all."""
        if not name:
            return self.entries
        for entry in self.entries:
            if name in (entry.entry_id, entry.title) or (
                entry.title.casefold() == name.casefold()
            ):
                return [entry]
        return [entry_for_id(self.hass, name)]

    def one_property(self, name: str | None) -> HavenConfigEntry:
        """Return the one property meant (the only one when not named)."""
        entries = self.properties(name)
        if len(entries) != 1:
            raise invalid("property_required")
        return entries[0]

    def asset(
        self, name: str, entries: list[HavenConfigEntry] | None = None
    ) -> tuple[HavenConfigEntry, Asset]:
        """Return the asset with this id or name, or refuse."""
        entries = self.entries if entries is None else entries
        for entry in entries:
            if asset := entry.runtime_data.view.assets.get(name):
                return entry, asset
        return self._one(
            name,
            match(name, asset_candidates(entries), self.language),
            "unknown_asset_name",
        )

    def task(
        self, name: str, asset: str | None = None
    ) -> tuple[HavenConfigEntry, Task]:
        """Return the task with this id or name (on the asset named), or refuse."""
        for entry in self.entries:
            if task := entry.runtime_data.view.tasks.get(name):
                return entry, task
        phrase = f"{name} {asset}" if asset else name
        return self._one(
            name,
            match(phrase, task_candidates(self.entries), self.language),
            "unknown_task_name",
        )

    @staticmethod
    def _one[T](name: str, found: list[Candidate[T]], error: str) -> T:
        if not found:
            raise invalid(error, name=name)
        if len(found) > 1:
            names = sorted(
                {f"{c.name} ({c.within})" if c.within else c.name for c in found}
            )
            raise invalid("ambiguous_name", name=name, candidates=", ".join(names))
        return found[0].record


def _meter(hass: HomeAssistant) -> Any:
    def state(entity_id: str) -> tuple[float | None, str | None]:
        if (current := hass.states.get(entity_id)) is None:
            return None, None
        try:
            return float(current.state), current.attributes.get("unit_of_measurement")
        except ValueError:
            return None, current.attributes.get("unit_of_measurement")

    return state


def _task(found: Finder, entry: HavenConfigEntry, task: Task) -> dict[str, Any]:
    view = entry.runtime_data.view
    data = task_dict(view, task, _meter(found.hass))
    if task.asset_id and (asset := view.assets.get(task.asset_id)):
        data["asset"] = asset.name
    if len(found.entries) > 1:
        data["property"] = entry.title
    return data


def _wanted(
    view: PropertyView, task: Task, asset_id: str | None, status: str | None, zone: str
) -> bool:
    """Return whether a task passes a listing's asset, status and zone filters."""
    if asset_id and task.asset_id != asset_id:
        return False
    task_status = view.status.get(task.id)
    if status == "open":
        if task_status == STATUS_DONE:
            return False
    elif status and status != task_status:
        return False
    if not zone:
        return True
    asset = view.assets.get(task.asset_id) if task.asset_id else None
    row = view.zones.get(asset.zone_id) if asset and asset.zone_id else None
    return row is not None and row.name.casefold() == zone


class ListTasks(HavenTool):
    """List tasks by due window, asset, zone and status."""

    name = "haven_list_tasks"
    description = (
        "List Haven maintenance tasks, soonest due first, optionally only those due "
        "within some days, of one asset or zone, or with one status."
    )
    read_only = True
    parameters = vol.Schema(
        {
            vol.Optional("status", description="open = not done"): vol.In(STATUSES),
            vol.Optional("due_within_days"): vol.All(int, vol.Range(min=0, max=3660)),
            vol.Optional("asset", description="asset id or name"): cv.string,
            vol.Optional("zone", description="zone (area) name"): cv.string,
            vol.Optional("property", description="property name or id"): cv.string,
            vol.Optional("limit", default=DEFAULT_LIMIT): vol.All(
                int, vol.Range(min=1, max=500)
            ),
        }
    )

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Return the tasks asked for and how many there are in all."""
        entries = found.properties(args.get("property"))
        asset_id = (
            found.asset(args["asset"], entries)[1].id if args.get("asset") else None
        )
        until = None
        if (days := args.get("due_within_days")) is not None:
            until = dt_util.utcnow() + dt_util.dt.timedelta(days=days)
        status, zone = args.get("status"), (args.get("zone") or "").casefold()
        tasks: list[Any] = []
        total = 0
        for entry in entries:
            view = entry.runtime_data.view
            for task in view.ordered_tasks():
                if until is not None and (
                    task.next_due_at is None or task.next_due_at > until
                ):
                    break
                if not _wanted(view, task, asset_id, status, zone):
                    continue
                total += 1
                if len(tasks) < args["limit"]:
                    tasks.append(_task(found, entry, task))
        return {"tasks": tasks, "total": total}


class AssetDetails(HavenTool):
    """An asset with its tasks, history, supplies and documents."""

    name = "haven_asset_details"
    description = (
        "Show one asset: details, zone, tasks, the work done on it (newest first), "
        "its supplies and documents, and what it cost this year and in all."
    )
    read_only = True
    parameters = vol.Schema(
        {
            vol.Required("asset", description="asset id or name"): cv.string,
            vol.Optional("history_limit", default=20): vol.All(
                int, vol.Range(min=1, max=500)
            ),
        }
    )

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Return everything Haven knows about an asset."""
        entry, asset = found.asset(args["asset"])
        data = entry.runtime_data
        view = data.view
        repository = data.commands.repository
        logs = await repository.async_logs(
            property_id=view.property_id, asset_id=asset.id, limit=args["history_limit"]
        )
        documents = await repository.async_documents(view.property_id, asset.id)
        users = {
            user.id: user.name or "" for user in await found.hass.auth.async_get_users()
        }
        lifetime, this_year = data.costs.asset(asset.id)
        zone = view.zones.get(asset.zone_id) if asset.zone_id else None
        return {
            "asset": asset_dict(view, asset, None)
            | {"zone": zone.name if zone else None},
            "tasks": [_task(found, entry, task) for task in view.asset_tasks(asset.id)],
            "history": [log_dict(log, users) for log in logs],
            "supplies": [
                supply_dict(s) for s in view.supplies.values() if s.asset_id == asset.id
            ],
            "documents": [document_dict(entry.entry_id, d) for d in documents],
            "cost": {
                "this_year": float(this_year),
                "total": float(lifetime),
                "currency": found.hass.config.currency,
            },
        }
