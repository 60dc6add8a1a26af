"""The options flow of a property: its settings, and its assets and tasks.

A menu leads to the settings (saving them ends the flow and reloads the property) and
to the asset and task editors. Each change is written through the property's commands
(the same validation and transaction as the actions) and comes back to the menu, which
says what was done, so several changes fit in one visit. A task's schedule kind is
chosen first; its form then shows only that kind's fields. Removals are confirmed on a
step that names the record and what goes with it.
"""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import (
    ConfigEntryState,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.exceptions import ServiceValidationError
import voluptuous as vol

from .commands import PropertyCommands
from .const import ATTR_ASSET_ID, ATTR_TASK_ID, ATTR_TEMPLATE, CONF_BUDGET
from .data import HavenConfigEntry
from .forms import (
    ATTR_SCHEDULE_KIND,
    asset_fields,
    asset_schema,
    form_errors,
    select,
    task_details_schema,
    task_fields,
    task_start_schema,
)
from .recurrence import KIND_CRON, KIND_INTERVAL, KIND_METER, KIND_ONCE
from .settings_form import settings_changes, settings_schema, settings_values
from .store.models import Asset, Task
from .store.writes import StaleRecordError
from .templates import async_get_templates
from .validation import clean_name, parse_budget

# Menus: the first one, and the ones that say what the last change did.
MENU_ADDED = "added"
MENU_UPDATED = "updated"
MENU_REMOVED = "removed"
MENU_GONE = "gone"


class HavenOptionsFlow(OptionsFlowWithReload):
    """A property's settings, and its assets and tasks, from its integration page."""

    def __init__(self) -> None:
        """Start with nothing chosen."""
        self._record_id: str | None = None
        self._task_start: dict[str, Any] = {}
        self._shown: dict[str, Any] = {}

    @property
    def _commands(self) -> PropertyCommands:
        entry: HavenConfigEntry = self.config_entry
        return entry.runtime_data.commands

    # The menu

    def _menu(self, step_id: str = "init", name: str = "") -> ConfigFlowResult:
        """Offer what can be done; after a change, say what it was."""
        view = self._commands.view
        options = ["settings", "add_asset"]
        if view.assets:
            options += ["edit_asset", "remove_asset"]
        options.append("add_task")
        if view.tasks:
            options += ["edit_task", "remove_task"]
        return self.async_show_menu(
            step_id=step_id,
            menu_options=options,
            description_placeholders={"name": name},
        )

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Offer what can be done, once the property is loaded."""
        if self.config_entry.state is not ConfigEntryState.LOADED:
            return self.async_abort(reason="not_loaded")
        return self._menu()

    # HA checks that every step a flow shows has a method; these menus are only
    # shown after a change, and a choice in them goes straight to the chosen step.

    async def async_step_added(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Say what was added."""
        return self._menu(MENU_ADDED)

    async def async_step_updated(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Say what was updated."""
        return self._menu(MENU_UPDATED)

    async def async_step_removed(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Say what was removed."""
        return self._menu(MENU_REMOVED)

    async def async_step_gone(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Say that the record chosen was removed meanwhile."""
        return self._menu(MENU_GONE)

    def _choose(
        self, step_id: str, key: str, options: list[tuple[str, str]]
    ) -> ConfigFlowResult:
        return self.async_show_form(
            step_id=step_id,
            data_schema=vol.Schema({vol.Required(key): select(options)}),
        )

    def _assets(self) -> list[tuple[str, str]]:
        view = self._commands.view

        def label(asset: Asset) -> str:
            zone = view.zones.get(asset.zone_id) if asset.zone_id else None
            return f"{asset.name} ({zone.name})" if zone else asset.name

        return sorted(
            ((a.id, label(a)) for a in view.assets.values()),
            key=lambda option: option[1].casefold(),
        )

    def _tasks(self) -> list[tuple[str, str]]:
        view = self._commands.view

        def label(task: Task) -> str:
            asset = view.assets.get(task.asset_id) if task.asset_id else None
            return f"{task.name} ({asset.name})" if asset else task.name

        return sorted(
            ((t.id, label(t)) for t in view.tasks.values()),
            key=lambda option: option[1].casefold(),
        )

    # Settings

    def _notify_targets(self) -> list[tuple[str, str]]:
        """Offer notify entities and mobile-app notify actions (actionable)."""
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
        """Reminders and notifications, capture, and per-task entities."""
        errors: dict[str, str] = {}
        if user_input is not None:
            # Written over the options as they are now, not as they were when the
            # form opened: only what the person changed replaces anything.
            changes = settings_changes(user_input, self._shown)
            try:
                parse_budget(changes.get(CONF_BUDGET))
            except ServiceValidationError:
                errors["base"] = "invalid_budget"
            else:
                return self.async_create_entry(
                    data={**self.config_entry.options, **changes}
                )
        self._shown = settings_values(self.config_entry.options)
        return self.async_show_form(
            step_id="settings",
            data_schema=settings_schema(self._shown, self._notify_targets()),
            errors=errors,
        )

    # Assets

    async def _async_save_asset(
        self, step_id: str, user_input: dict[str, Any] | None, asset: Asset | None
    ) -> ConfigFlowResult:
        commands = self._commands
        errors: dict[str, str] = {}
        if user_input is not None:
            fields = asset_fields(user_input)
            try:
                if asset is None:
                    fields[ATTR_TEMPLATE] = user_input.get(ATTR_TEMPLATE)
                    saved, _, _ = await commands.async_create_asset(fields)
                else:
                    saved = await commands.async_update_asset(asset.id, fields)
            except ServiceValidationError as err:
                errors = form_errors(err, fields)
            except StaleRecordError:
                return self._menu(MENU_GONE)
            else:
                return self._menu(
                    MENU_ADDED if asset is None else MENU_UPDATED, saved.name
                )
        templates: list[tuple[str, str]] = []
        if asset is None:
            catalogue = (await async_get_templates(self.hass)).values()
            templates = sorted(
                ((t.id, t.name) for t in catalogue), key=lambda t: t[1].casefold()
            )
        schema = asset_schema(
            asset, commands.view.area_of(asset) if asset else None, templates
        )
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
        return self._choose("edit_asset", ATTR_ASSET_ID, self._assets())

    async def async_step_edit_asset_details(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change an asset's details."""
        asset = self._commands.view.assets.get(self._record_id or "")
        if asset is None:
            return self._menu(MENU_GONE)
        return await self._async_save_asset("edit_asset_details", user_input, asset)

    async def async_step_remove_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the asset to remove."""
        if user_input is not None:
            self._record_id = user_input[ATTR_ASSET_ID]
            return await self.async_step_remove_asset_confirm()
        return self._choose("remove_asset", ATTR_ASSET_ID, self._assets())

    async def async_step_remove_asset_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Name the asset and what goes with it; remove it once confirmed."""
        view = self._commands.view
        asset = view.assets.get(self._record_id or "")
        if asset is None:
            return self._menu(MENU_GONE)
        if user_input is not None:
            try:
                # Options are an administrator-only page: no user to check.
                await self._commands.async_remove_asset(asset.id, user_id=None)
            except (ServiceValidationError, StaleRecordError):
                return self._menu(MENU_GONE)
            return self._menu(MENU_REMOVED, asset.name)
        supplies = sum(1 for s in view.supplies.values() if s.asset_id == asset.id)
        return self.async_show_form(
            step_id="remove_asset_confirm",
            description_placeholders={
                "name": asset.name,
                "tasks": str(len(view.asset_tasks(asset.id))),
                "supplies": str(supplies),
            },
        )

    # Tasks: the name and the kind of schedule first, then that kind's form.

    async def _async_task_start(
        self, step_id: str, user_input: dict[str, Any] | None, task: Task | None
    ) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            try:
                name = clean_name(user_input.get(CONF_NAME))
            except ServiceValidationError as err:
                errors = form_errors(err, user_input)
            else:
                self._task_start = {
                    CONF_NAME: name,
                    ATTR_ASSET_ID: user_input.get(ATTR_ASSET_ID) or None,
                }
                return await self._async_task_details(
                    user_input[ATTR_SCHEDULE_KIND], None
                )
        kind = task.schedule_kind if task else KIND_INTERVAL
        schema = task_start_schema(task, kind, [] if task else self._assets())
        if user_input is not None:
            schema = self.add_suggested_values_to_schema(schema, user_input)
        placeholders = {"name": task.name if task else ""}
        return self.async_show_form(
            step_id=step_id,
            data_schema=schema,
            errors=errors,
            description_placeholders=placeholders,
        )

    async def async_step_add_task(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Name a new task, choose its asset and how it comes due."""
        self._record_id = None
        return await self._async_task_start("add_task", user_input, None)

    async def async_step_edit_task(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the task to edit."""
        if user_input is not None:
            self._record_id = user_input[ATTR_TASK_ID]
            return await self.async_step_edit_task_start()
        return self._choose("edit_task", ATTR_TASK_ID, self._tasks())

    async def async_step_edit_task_start(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Rename a task, or change how it comes due."""
        task = self._commands.view.tasks.get(self._record_id or "")
        if task is None:
            return self._menu(MENU_GONE)
        return await self._async_task_start("edit_task_start", user_input, task)

    async def _async_task_details(
        self, kind: str, user_input: dict[str, Any] | None
    ) -> ConfigFlowResult:
        commands = self._commands
        task = None
        if self._record_id is not None and (
            (task := commands.view.tasks.get(self._record_id)) is None
        ):
            return self._menu(MENU_GONE)
        schema, shown = task_details_schema(kind, task, commands.view.tz)
        errors: dict[str, str] = {}
        if user_input is not None:
            fields = {
                CONF_NAME: self._task_start[CONF_NAME],
                **task_fields(kind, user_input, shown),
            }
            try:
                if task is None:
                    saved = await commands.async_create_task(
                        fields, self._task_start[ATTR_ASSET_ID]
                    )
                else:
                    saved = await commands.async_update_task(task.id, fields)
            except ServiceValidationError as err:
                errors = form_errors(err, user_input)
                schema = self.add_suggested_values_to_schema(schema, user_input)
            except StaleRecordError:
                return self._menu(MENU_GONE)
            else:
                return self._menu(
                    MENU_ADDED if task is None else MENU_UPDATED, saved.name
                )
        return self.async_show_form(
            step_id=f"task_{kind}",
            data_schema=schema,
            errors=errors,
            description_placeholders={"name": self._task_start[CONF_NAME]},
        )

    async def async_step_task_interval(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Every N days, weeks, months or years."""
        return await self._async_task_details(KIND_INTERVAL, user_input)

    async def async_step_task_cron(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """On a cron schedule."""
        return await self._async_task_details(KIND_CRON, user_input)

    async def async_step_task_meter(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Every N units of a meter sensor, optionally with a time limit."""
        return await self._async_task_details(KIND_METER, user_input)

    async def async_step_task_once(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Once, optionally by a date."""
        return await self._async_task_details(KIND_ONCE, user_input)

    async def async_step_remove_task(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the task to remove."""
        if user_input is not None:
            self._record_id = user_input[ATTR_TASK_ID]
            return await self.async_step_remove_task_confirm()
        return self._choose("remove_task", ATTR_TASK_ID, self._tasks())

    async def async_step_remove_task_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Name the task and what happens to its history; remove it once confirmed."""
        view = self._commands.view
        task = view.tasks.get(self._record_id or "")
        if task is None:
            return self._menu(MENU_GONE)
        if user_input is not None:
            try:
                # Options are an administrator-only page: no user to check.
                await self._commands.async_remove_task(task.id, user_id=None)
            except (ServiceValidationError, StaleRecordError):
                return self._menu(MENU_GONE)
            return self._menu(MENU_REMOVED, task.name)
        return self.async_show_form(
            step_id="remove_task_confirm",
            description_placeholders={
                "name": task.name,
                "supplies": str(len(view.task_supplies(task.id))),
            },
        )
