"""The options flow of a property: its settings, and its assets and tasks."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigFlowResult, OptionsFlowWithReload
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import selector
import voluptuous as vol

from .commands import PropertyCommands
from .const import (
    ATTR_ASSET_ID,
    ATTR_FIRST_DUE,
    ATTR_TASK_ID,
    ATTR_TEMPLATE,
    CONF_AI_TASK_ENTITY,
    CONF_NOTIFY_TARGETS,
    CONF_QUIET_END,
    CONF_QUIET_START,
    CONF_REMINDER_TIME,
    CONF_REPEAT_DAYS,
    CONF_SHOPPING_LIST,
    CONF_STT_PIPELINE,
    DEFAULT_REMINDER_TIME,
)
from .data import HavenConfigEntry
from .forms import (
    ASSET_FIELDS,
    TASK_FIELDS,
    asset_schema,
    form_errors,
    number,
    select,
    suggested,
    task_schema,
)
from .store.models import Asset, Task
from .templates import async_get_templates


class HavenOptionsFlow(OptionsFlowWithReload):
    """Add, edit and remove a property's assets and tasks from its integration page."""

    _record_id: str

    @property
    def _entry(self) -> HavenConfigEntry:
        return self.config_entry

    @property
    def _commands(self) -> PropertyCommands:
        return self._entry.runtime_data.commands

    def _choice(self, key: str, options: list[tuple[str, str]]) -> vol.Schema:
        return vol.Schema({vol.Required(key): select(options)})

    def _assets(self) -> list[tuple[str, str]]:
        assets = self._commands.view.assets.values()
        return sorted(((a.id, a.name) for a in assets), key=lambda o: o[1].casefold())

    def _tasks(self) -> list[tuple[str, str]]:
        view = self._commands.view
        return sorted(
            (
                (
                    t.id,
                    f"{t.name} ({view.assets[t.asset_id].name})"
                    if t.asset_id
                    else t.name,
                )
                for t in view.tasks.values()
            ),
            key=lambda o: o[1].casefold(),
        )

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Offer what can be done."""
        view = self._commands.view
        options = ["settings", "add_asset"]
        if view.assets:
            options += ["edit_asset", "remove_asset"]
        options.append("add_task")
        if view.tasks:
            options += ["edit_task", "remove_task"]
        return self.async_show_menu(step_id="init", menu_options=options)

    # Settings

    def _notify_targets(self) -> list[tuple[str, str]]:
        """Offer notify entities and mobile-app notify services (actionable)."""
        hass = self.hass
        entities = [
            (entity_id, f"{state.name} ({entity_id})")
            for entity_id in hass.states.async_entity_ids("notify")
            if (state := hass.states.get(entity_id))
        ]
        services = [
            (f"notify.{name}", f"notify.{name}")
            for name in hass.services.async_services_for_domain("notify")
            if name.startswith("mobile_app_")
        ]
        return sorted(entities) + sorted(services)

    async def async_step_settings(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Reminders: who is told, when, and where supplies go."""
        if user_input is not None:
            options = {
                CONF_NOTIFY_TARGETS: user_input.get(CONF_NOTIFY_TARGETS, []),
                CONF_REMINDER_TIME: user_input.get(
                    CONF_REMINDER_TIME, DEFAULT_REMINDER_TIME
                ),
                CONF_REPEAT_DAYS: int(user_input.get(CONF_REPEAT_DAYS) or 0),
                CONF_QUIET_START: user_input.get(CONF_QUIET_START),
                CONF_QUIET_END: user_input.get(CONF_QUIET_END),
                CONF_SHOPPING_LIST: user_input.get(CONF_SHOPPING_LIST),
                CONF_STT_PIPELINE: user_input.get(CONF_STT_PIPELINE) or None,
                CONF_AI_TASK_ENTITY: user_input.get(CONF_AI_TASK_ENTITY) or None,
            }
            return self.async_create_entry(data={**self._entry.options, **options})
        current = self._entry.options
        targets = self._notify_targets()
        known = {value for value, _ in targets}
        targets += [
            (t, t) for t in current.get(CONF_NOTIFY_TARGETS, []) if t not in known
        ]
        schema = vol.Schema(
            {
                vol.Optional(
                    CONF_NOTIFY_TARGETS,
                    default=current.get(CONF_NOTIFY_TARGETS, []),
                ): selector.SelectSelector(
                    selector.SelectSelectorConfig(
                        options=[
                            selector.SelectOptionDict(value=v, label=label)
                            for v, label in targets
                        ],
                        multiple=True,
                        custom_value=True,
                        mode=selector.SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Required(
                    CONF_REMINDER_TIME,
                    default=current.get(CONF_REMINDER_TIME, DEFAULT_REMINDER_TIME),
                ): selector.TimeSelector(),
                vol.Optional(
                    CONF_REPEAT_DAYS, default=current.get(CONF_REPEAT_DAYS, 0)
                ): number(0, 30),
                vol.Optional(
                    CONF_QUIET_START,
                    description=suggested(current.get(CONF_QUIET_START)),
                ): selector.TimeSelector(),
                vol.Optional(
                    CONF_QUIET_END, description=suggested(current.get(CONF_QUIET_END))
                ): selector.TimeSelector(),
                vol.Optional(
                    CONF_SHOPPING_LIST,
                    description=suggested(current.get(CONF_SHOPPING_LIST)),
                ): selector.EntitySelector(
                    selector.EntitySelectorConfig(domain="todo")
                ),
                vol.Optional(
                    CONF_STT_PIPELINE,
                    description=suggested(current.get(CONF_STT_PIPELINE)),
                ): selector.AssistPipelineSelector(),
                vol.Optional(
                    CONF_AI_TASK_ENTITY,
                    description=suggested(current.get(CONF_AI_TASK_ENTITY)),
                ): selector.EntitySelector(
                    selector.EntitySelectorConfig(domain="ai_task")
                ),
            }
        )
        return self.async_show_form(step_id="settings", data_schema=schema)

    # Assets

    async def _async_save_asset(
        self, step_id: str, user_input: dict[str, Any] | None, asset: Asset | None
    ) -> ConfigFlowResult:
        commands = self._commands
        errors: dict[str, str] = {}
        if user_input is not None:
            # Every field of the form is sent: an emptied field clears the value.
            fields = {key: user_input.get(key) for key in ASSET_FIELDS}
            try:
                if asset is None:
                    fields[ATTR_TEMPLATE] = user_input.get(ATTR_TEMPLATE)
                    saved, _, _ = await commands.async_create_asset(fields)
                else:
                    saved = await commands.async_update_asset(asset.id, fields)
            except ServiceValidationError as err:
                errors = form_errors(err, fields)
            else:
                return self.async_abort(
                    reason="asset_added" if asset is None else "asset_updated",
                    description_placeholders={"name": saved.name},
                )
        area_id = None
        if asset and asset.zone_id and (zone := commands.view.zones.get(asset.zone_id)):
            area_id = zone.area_id
        templates: list[tuple[str, str]] = []
        if asset is None:
            templates = [
                (t.id, t.name) for t in (await async_get_templates(self.hass)).values()
            ]
        schema = asset_schema(asset, area_id, templates)
        if user_input is not None:
            schema = self.add_suggested_values_to_schema(schema, user_input)
        return self.async_show_form(step_id=step_id, data_schema=schema, errors=errors)

    async def async_step_add_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Create an asset, optionally from a template with its usual tasks."""
        return await self._async_save_asset("add_asset", user_input, None)

    async def async_step_edit_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the asset to edit."""
        if user_input is not None:
            self._record_id = user_input[ATTR_ASSET_ID]
            return await self.async_step_edit_asset_details()
        return self.async_show_form(
            step_id="edit_asset",
            data_schema=self._choice(ATTR_ASSET_ID, self._assets()),
        )

    async def async_step_edit_asset_details(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change an asset's details."""
        asset = self._commands.view.assets.get(self._record_id)
        if asset is None:
            return self.async_abort(reason="asset_gone")
        return await self._async_save_asset("edit_asset_details", user_input, asset)

    async def async_step_remove_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Remove an asset with its history (the UI is admin-only)."""
        if user_input is not None:
            asset = self._commands.view.assets.get(user_input[ATTR_ASSET_ID])
            if asset is None:
                return self.async_abort(reason="asset_gone")
            await self._commands.async_remove_asset(asset.id)
            return self.async_abort(
                reason="asset_removed", description_placeholders={"name": asset.name}
            )
        return self.async_show_form(
            step_id="remove_asset",
            data_schema=self._choice(ATTR_ASSET_ID, self._assets()),
        )

    # Tasks

    async def _async_save_task(
        self, step_id: str, user_input: dict[str, Any] | None, task: Task | None
    ) -> ConfigFlowResult:
        commands = self._commands
        errors: dict[str, str] = {}
        if user_input is not None:
            fields = {key: user_input.get(key) for key in TASK_FIELDS}
            # An empty date keeps the task's due date; a new one moves it.
            if user_input.get(ATTR_FIRST_DUE):
                fields[ATTR_FIRST_DUE] = user_input[ATTR_FIRST_DUE]
            try:
                if task is None:
                    saved = await commands.async_create_task(
                        fields, user_input.get(ATTR_ASSET_ID) or None
                    )
                else:
                    saved = await commands.async_update_task(task.id, fields)
            except ServiceValidationError as err:
                errors = form_errors(err, fields)
            else:
                return self.async_abort(
                    reason="task_added" if task is None else "task_updated",
                    description_placeholders={"name": saved.name},
                )
        schema = task_schema(task, self._assets())
        if user_input is not None:
            schema = self.add_suggested_values_to_schema(schema, user_input)
        return self.async_show_form(step_id=step_id, data_schema=schema, errors=errors)

    async def async_step_add_task(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Create a task on an asset, or house-wide."""
        return await self._async_save_task("add_task", user_input, None)

    async def async_step_edit_task(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the task to edit."""
        if user_input is not None:
            self._record_id = user_input[ATTR_TASK_ID]
            return await self.async_step_edit_task_details()
        return self.async_show_form(
            step_id="edit_task", data_schema=self._choice(ATTR_TASK_ID, self._tasks())
        )

    async def async_step_edit_task_details(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change a task's name, schedule and details."""
        task = self._commands.view.tasks.get(self._record_id)
        if task is None:
            return self.async_abort(reason="task_gone")
        return await self._async_save_task("edit_task_details", user_input, task)

    async def async_step_remove_task(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Remove a task; its history stays."""
        if user_input is not None:
            task = self._commands.view.tasks.get(user_input[ATTR_TASK_ID])
            if task is None:
                return self.async_abort(reason="task_gone")
            await self._commands.async_remove_task(task.id)
            return self.async_abort(
                reason="task_removed", description_placeholders={"name": task.name}
            )
        return self.async_show_form(
            step_id="remove_task", data_schema=self._choice(ATTR_TASK_ID, self._tasks())
        )
