"""The tools of Haven's LLM API that change records (see llm_tools.py for the rules)."""

from __future__ import annotations

from typing import Any

from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util
from homeassistant.util.json import JsonObjectType
import voluptuous as vol

from .const import EVERY_MAX
from .llm_tools import Finder, WritingTool
from .view import iso

UNITS = ("days", "weeks", "months", "years")

_TASK = vol.Required("task", description="task id or name")
_ASSET = vol.Optional(
    "asset", description="the task's asset (id or name), to tell tasks apart"
)


# What was done, when and at what cost: the fields of a completion and of logged work.
_WORK_FIELDS: dict[vol.Marker, Any] = {
    vol.Optional("performed_at", description="ISO 8601 date or date-time"): cv.string,
    vol.Optional("notes"): cv.string,
    vol.Optional("cost", description="in the home's currency"): vol.All(
        vol.Coerce(float), vol.Range(min=0)
    ),
}


class CompleteTask(WritingTool):
    """Mark a task done."""

    name = "haven_complete_task"
    description = (
        "Mark a maintenance task done (now, or when it was done), with notes and cost."
    )
    parameters = vol.Schema(
        {
            _TASK: cv.string,
            _ASSET: cv.string,
            **_WORK_FIELDS,
        }
    )

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Complete the task as the caller."""
        entry, task = found.task(args["task"], args.get("asset"))
        log, task = await entry.runtime_data.commands.async_complete_task(
            task.id,
            performed_at=args.get("performed_at"),
            notes=args.get("notes"),
            cost=args.get("cost"),
            user_id=user_id,
        )
        return {
            "task_id": task.id,
            "log_id": log.id,
            "next_due_at": iso(task.next_due_at),
        }


class SnoozeTask(WritingTool):
    """Move a task's due date."""

    name = "haven_snooze_task"
    description = "Snooze a task: move its due date later by some days, or to a date, without marking it done."
    parameters = vol.Schema(
        {
            _TASK: cv.string,
            _ASSET: cv.string,
            vol.Exclusive("days", "when"): vol.All(int, vol.Range(min=1, max=3660)),
            vol.Exclusive(
                "until", "when", description="ISO 8601 date or date-time"
            ): cv.string,
        }
    )

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Snooze the task."""
        entry, task = found.task(args["task"], args.get("asset"))
        days = args.get("days")
        task = await entry.runtime_data.commands.async_snooze_task(
            task.id,
            until=args.get("until"),
            duration=dt_util.dt.timedelta(days=days) if days else None,
            user_id=user_id,
        )
        return {"task_id": task.id, "next_due_at": iso(task.next_due_at)}


class SkipTask(WritingTool):
    """Skip a task's current occurrence."""

    name = "haven_skip_task"
    description = "Skip a recurring task's current occurrence: it moves to the next one and the skip is logged."
    parameters = vol.Schema({_TASK: cv.string, _ASSET: cv.string})

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Skip the task."""
        entry, task = found.task(args["task"], args.get("asset"))
        task = await entry.runtime_data.commands.async_skip_task(
            task.id, user_id=user_id
        )
        return {"task_id": task.id, "next_due_at": iso(task.next_due_at)}


class LogWork(WritingTool):
    """Log one-off work on an asset."""

    name = "haven_log_work"
    description = "Record work done on an asset that is not one of its tasks (a repair, a service visit)."
    parameters = vol.Schema(
        {
            vol.Required("asset", description="asset id or name"): cv.string,
            vol.Required("action", description="what was done"): cv.string,
            **_WORK_FIELDS,
        }
    )

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Log the work as the caller."""
        entry, asset = found.asset(args["asset"])
        log = await entry.runtime_data.commands.async_log_maintenance(
            asset.id,
            action=args["action"],
            performed_at=args.get("performed_at"),
            notes=args.get("notes"),
            cost=args.get("cost"),
            user_id=user_id,
        )
        return {"log_id": log.id, "asset_id": asset.id}


class CaptureNote(WritingTool):
    """Put a note into a property's inbox."""

    name = "haven_capture_note"
    description = "Capture a note into Haven's inbox to sort out later (optionally about an asset)."
    parameters = vol.Schema(
        {
            vol.Required("text"): cv.string,
            vol.Optional("asset", description="asset id or name"): cv.string,
            vol.Optional("property", description="property name or id"): cv.string,
        }
    )

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Capture the note as the caller."""
        if args.get("asset"):
            entry, asset = found.asset(
                args["asset"], found.properties(args.get("property"))
            )
            asset_id: str | None = asset.id
        else:
            entry, asset_id = found.one_property(args.get("property")), None
        item = await entry.runtime_data.inbox.async_capture(
            text=args["text"], asset_id=asset_id, user_id=user_id
        )
        return {"inbox_item_id": item.id}


class AddTask(WritingTool):
    """Add a recurring (or one-off) task to an asset."""

    name = "haven_add_task"
    description = (
        "Add a maintenance task to an asset: every N days/weeks/months/years from "
        "the last completion, or once (without every/unit)."
    )
    parameters = vol.Schema(
        {
            vol.Required("asset", description="asset id or name"): cv.string,
            vol.Required("name", description="what to do, as a to-do item"): cv.string,
            vol.Inclusive("every", "interval"): vol.All(
                int, vol.Range(min=1, max=EVERY_MAX)
            ),
            vol.Inclusive("unit", "interval"): vol.In(UNITS),
            vol.Optional("first_due", description="ISO 8601 date"): cv.string,
            vol.Optional("notes"): cv.string,
        }
    )

    async def async_run(
        self, found: Finder, args: dict[str, Any], user_id: str | None
    ) -> JsonObjectType:
        """Create the task."""
        entry, asset = found.asset(args["asset"])
        fields = {
            key: args[key]
            for key in ("name", "every", "unit", "first_due", "notes")
            if key in args
        }
        task = await entry.runtime_data.commands.async_create_task(fields, asset.id)
        return {"task_id": task.id, "next_due_at": iso(task.next_due_at)}
