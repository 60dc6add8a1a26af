"""Repairs: fix flows for the issues Haven raises.

- a reminder target that no longer exists can be removed from the settings;
- a property whose records are missing and whose export is damaged: restore an older
  copy of the export, or start with no records, on purpose (see ``recovery.py``);
- a task whose stored schedule cannot be used: reset its schedule, or remove it
  (see ``unreadable.py``).
"""

from __future__ import annotations

from typing import Any

from homeassistant.components.repairs import ConfirmRepairFlow, RepairsFlow
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResult
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.selector import (
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
)
from homeassistant.util import dt as dt_util
import voluptuous as vol

from .const import CONF_NOTIFY_TARGETS, CONF_SHOPPING_LIST, DOMAIN
from .data import HavenConfigEntry
from .recovery import (
    ISSUE_EXPORT_DAMAGED,
    GoodCopy,
    async_good_copies,
    async_restore_copy,
    async_start_empty,
)
from .store.export import ExportError
from .store.writes import StaleRecordError
from .unreadable import (
    ISSUE_UNREADABLE,
    async_remove_task,
    async_reset_schedule,
    issue_id as unreadable_issue_id,
)

# What a copy's summary counts, in the order shown.
_COUNTED = (
    ("haven_asset", "asset", "assets"),
    ("haven_task", "task", "tasks"),
    ("haven_supply", "supply", "supplies"),
    ("haven_log", "log entry", "log entries"),
    ("haven_document", "document", "documents"),
    ("haven_inbox_item", "capture", "captures"),
)


class RemoveTargetFlow(ConfirmRepairFlow):
    """Confirm, then drop the missing target from the property's options."""

    def __init__(self, entry_id: str, target: str) -> None:
        """Remember which target of which property."""
        super().__init__()
        self._entry_id = entry_id
        self._target = target

    async def async_step_confirm(
        self, user_input: dict[str, str] | None = None
    ) -> FlowResult:
        """Remove the target and reload the property with its new settings."""
        if user_input is not None and (
            entry := self.hass.config_entries.async_get_entry(self._entry_id)
        ):
            options = dict(entry.options)
            options[CONF_NOTIFY_TARGETS] = [
                t for t in options.get(CONF_NOTIFY_TARGETS, []) if t != self._target
            ]
            if options.get(CONF_SHOPPING_LIST) == self._target:
                options[CONF_SHOPPING_LIST] = None
            self.hass.config_entries.async_update_entry(entry, options=options)
            self.hass.config_entries.async_schedule_reload(entry.entry_id)
        return await super().async_step_confirm(user_input)


def describe(copy: GoodCopy) -> str:
    """Return how a copy is listed: when it was saved and what it holds."""
    saved = dt_util.as_local(copy.saved_at).strftime("%Y-%m-%d %H:%M")
    held = [
        f"{count} {one if count == 1 else many}"
        for table, one, many in _COUNTED
        if (count := copy.counts.get(table, 0))
    ]
    return f"{saved} — {', '.join(held) or 'no records'}"


class DamagedExportFlow(RepairsFlow):
    """Restore an older copy of a damaged export, or start empty: the person chooses."""

    def __init__(self, entry_id: str) -> None:
        """Remember which property."""
        super().__init__()
        self._entry_id = entry_id
        self._copies: dict[str, GoodCopy] = {}

    def _placeholders(self) -> dict[str, str]:
        issue = ir.async_get(self.hass).async_get_issue(self.handler, self.issue_id)
        placeholders = dict((issue.translation_placeholders or {}) if issue else {})
        placeholders["copies"] = str(len(self._copies))
        return placeholders

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> FlowResult:
        """Offer the choice (restoring only when a good copy exists)."""
        if self.hass.config_entries.async_get_entry(self._entry_id) is None:
            return self.async_abort(reason="entry_gone")
        self._copies = {
            copy.path.name: copy
            for copy in await async_good_copies(self.hass, self._entry_id)
        }
        options = ["restore", "start_empty"] if self._copies else ["start_empty"]
        return self.async_show_menu(
            step_id="init",
            menu_options=options,
            description_placeholders=self._placeholders(),
        )

    async def async_step_restore(
        self, user_input: dict[str, Any] | None = None
    ) -> FlowResult:
        """Restore the chosen copy (all or nothing), then load the property."""
        errors: dict[str, str] = {}
        placeholders = self._placeholders() | {"error": ""}
        if user_input is not None:
            copy = self._copies[user_input["copy"]]
            try:
                await async_restore_copy(self.hass, self._entry_id, copy.path)
            except (ExportError, HomeAssistantError, OSError) as err:
                errors["base"] = "restore_failed"
                placeholders["error"] = f"\n\n{err}"
            else:
                return self._done()
        options = [
            SelectOptionDict(value=name, label=describe(copy))
            for name, copy in self._copies.items()
        ]
        schema = vol.Schema(
            {
                vol.Required("copy", default=options[0]["value"]): SelectSelector(
                    SelectSelectorConfig(options=options, mode=SelectSelectorMode.LIST)
                )
            }
        )
        return self.async_show_form(
            step_id="restore",
            data_schema=schema,
            errors=errors,
            description_placeholders=placeholders,
        )

    async def async_step_start_empty(
        self, user_input: dict[str, Any] | None = None
    ) -> FlowResult:
        """Confirm, then start the property with no records."""
        entry = self.hass.config_entries.async_get_entry(self._entry_id)
        if entry is None:
            return self.async_abort(reason="entry_gone")
        if user_input is not None:
            try:
                await async_start_empty(self.hass, entry)
            except HomeAssistantError as err:
                return self.async_abort(
                    reason="start_empty_failed",
                    description_placeholders={"error": str(err)},
                )
            return self._done()
        return self.async_show_form(
            step_id="start_empty", description_placeholders=self._placeholders()
        )

    def _done(self) -> FlowResult:
        self.hass.config_entries.async_schedule_reload(self._entry_id)
        return self.async_create_entry(data={})


class UnreadableTaskFlow(RepairsFlow):
    """A task left out because its schedule cannot be used: reset it, or remove it."""

    def __init__(self, entry_id: str, task_id: str) -> None:
        """Remember which task of which property."""
        super().__init__()
        self._entry_id = entry_id
        self._task_id = task_id

    def _entry(self) -> HavenConfigEntry | None:
        entry: HavenConfigEntry | None = self.hass.config_entries.async_get_entry(
            self._entry_id
        )
        return entry if entry is not None and hasattr(entry, "runtime_data") else None

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> FlowResult:
        """Offer to reset the task's schedule or to remove the task."""
        if self._entry() is None:
            return self.async_abort(reason="not_loaded")
        issue = ir.async_get(self.hass).async_get_issue(self.handler, self.issue_id)
        return self.async_show_menu(
            step_id="init",
            menu_options=["reset_schedule", "remove_task"],
            description_placeholders=dict(
                (issue.translation_placeholders or {}) if issue else {}
            ),
        )

    async def async_step_reset_schedule(
        self, user_input: dict[str, Any] | None = None
    ) -> FlowResult:
        """Make it a one-off task without a date; it shows again, ready to edit."""
        return await self._async_fix("reset")

    async def async_step_remove_task(
        self, user_input: dict[str, Any] | None = None
    ) -> FlowResult:
        """Remove the task (its history stays)."""
        return await self._async_fix("remove")

    async def _async_fix(self, how: str) -> FlowResult:
        if (entry := self._entry()) is None:
            return self.async_abort(reason="not_loaded")
        commands = entry.runtime_data.commands
        try:
            if how == "reset":
                await async_reset_schedule(commands, self._task_id)
            else:
                await async_remove_task(commands, self._task_id)
        except (HomeAssistantError, StaleRecordError, ValueError) as err:
            return self.async_abort(
                reason="fix_failed", description_placeholders={"error": str(err)}
            )
        ir.async_delete_issue(
            self.hass, DOMAIN, unreadable_issue_id(self._entry_id, self._task_id)
        )
        return self.async_create_entry(data={})


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, Any] | None
) -> RepairsFlow:
    """Return the flow that fixes an issue Haven raised."""
    assert data is not None
    flow = data.get("flow")
    if flow == ISSUE_EXPORT_DAMAGED:
        return DamagedExportFlow(str(data["entry_id"]))
    if flow == ISSUE_UNREADABLE:
        return UnreadableTaskFlow(str(data["entry_id"]), str(data["row_id"]))
    return RemoveTargetFlow(str(data["entry_id"]), str(data["target"]))
