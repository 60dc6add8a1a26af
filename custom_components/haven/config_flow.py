"""UI flows: create a property, reconfigure it, and manage its assets from the UI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.config_entries import (
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import selector
import voluptuous as vol

from .const import (
    ATTR_ANCHOR,
    ATTR_AREA_ID,
    ATTR_ASSET_ID,
    ATTR_CRON,
    ATTR_EVERY,
    ATTR_FIRST_DUE,
    ATTR_INSTALLED_ON,
    ATTR_LEAD_DAYS,
    ATTR_MANUFACTURER,
    ATTR_METER_ENTITY_ID,
    ATTR_METER_EVERY,
    ATTR_MODEL,
    ATTR_NOTES,
    ATTR_PRIORITY,
    ATTR_SERIAL_NUMBER,
    ATTR_TASK_ID,
    ATTR_TEMPLATE,
    ATTR_UNIT,
    CONF_ADDRESS,
    CONF_AI_TASK_ENTITY,
    CONF_NOTIFY_TARGETS,
    CONF_QUIET_END,
    CONF_QUIET_START,
    CONF_REMINDER_TIME,
    CONF_REPEAT_DAYS,
    CONF_SHOPPING_LIST,
    CONF_STT_PIPELINE,
    DEFAULT_LEAD_DAYS,
    DEFAULT_REMINDER_TIME,
    DOMAIN,
)
from .errors import clean_name, clean_optional
from .manager import SCHEDULE_FIELDS
from .recurrence import ANCHOR_COMPLETION, ANCHOR_FIXED, UNITS
from .templates import async_get_templates

if TYPE_CHECKING:
    from . import HavenConfigEntry
    from .manager import PropertyManager
    from .store.models import Asset, Task

_TEXT = selector.TextSelector()
_MULTILINE = selector.TextSelector(selector.TextSelectorConfig(multiline=True))


def _property_schema(name: str, address: str | None) -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_NAME, default=name): _TEXT,
            vol.Optional(
                CONF_ADDRESS, description={"suggested_value": address}
            ): _MULTILINE,
        }
    )


class HavenConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a property: one config entry per home."""

    VERSION = 1

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: HavenConfigEntry) -> HavenOptionsFlow:
        """Return the flow that manages a property's assets."""
        return HavenOptionsFlow()

    def _validate(
        self,
        user_input: dict[str, Any],
        errors: dict[str, str],
        own_entry_id: str | None,
    ) -> dict[str, Any]:
        """Return clean entry data; fill errors for the form otherwise."""
        try:
            name = clean_name(user_input.get(CONF_NAME))
        except ServiceValidationError as err:
            errors[CONF_NAME] = str(err.translation_key)
        try:
            address = clean_optional(user_input.get(CONF_ADDRESS), CONF_ADDRESS, 500)
        except ServiceValidationError as err:
            errors[CONF_ADDRESS] = str(err.translation_key)
        if errors:
            return {}
        taken = {
            entry.title.casefold()
            for entry in self._async_current_entries(include_ignore=False)
            if entry.entry_id != own_entry_id
        }
        if name.casefold() in taken:
            errors[CONF_NAME] = "name_exists"
            return {}
        return {CONF_NAME: name, CONF_ADDRESS: address}

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the property's name (HA's location name by default) and address."""
        errors: dict[str, str] = {}
        if user_input is not None and (
            data := self._validate(user_input, errors, None)
        ):
            return self.async_create_entry(title=data[CONF_NAME], data=data)
        user_input = user_input or {}
        return self.async_show_form(
            step_id="user",
            data_schema=_property_schema(
                user_input.get(CONF_NAME, self.hass.config.location_name),
                user_input.get(CONF_ADDRESS),
            ),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Rename the property or change its address."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None and (
            data := self._validate(user_input, errors, entry.entry_id)
        ):
            return self.async_update_reload_and_abort(
                entry, title=data[CONF_NAME], data=data
            )
        current = user_input or entry.data
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=_property_schema(
                current.get(CONF_NAME, entry.title), current.get(CONF_ADDRESS)
            ),
            errors=errors,
        )


def _suggested(value: Any) -> dict[str, Any]:
    return {"suggested_value": None if value is None else str(value)}


def _select(options: list[tuple[str, str]]) -> selector.SelectSelector:
    return selector.SelectSelector(
        selector.SelectSelectorConfig(
            options=[
                selector.SelectOptionDict(value=v, label=label) for v, label in options
            ],
            mode=selector.SelectSelectorMode.DROPDOWN,
        )
    )


def _number(minimum: float, maximum: float, step: float = 1) -> selector.NumberSelector:
    return selector.NumberSelector(
        selector.NumberSelectorConfig(
            min=minimum, max=maximum, step=step, mode=selector.NumberSelectorMode.BOX
        )
    )


_ASSET_FIELDS = (
    CONF_NAME,
    ATTR_AREA_ID,
    ATTR_MANUFACTURER,
    ATTR_MODEL,
    ATTR_SERIAL_NUMBER,
    ATTR_INSTALLED_ON,
    ATTR_NOTES,
)
_TASK_FIELDS = (
    CONF_NAME,
    *SCHEDULE_FIELDS,
    ATTR_LEAD_DAYS,
    ATTR_PRIORITY,
    ATTR_NOTES,
)


def _asset_schema(
    asset: Asset | None, area_id: str | None, templates: list[tuple[str, str]]
) -> vol.Schema:
    """Return the asset form, filled with an existing asset's values."""
    fields: dict[vol.Marker, Any] = {
        vol.Required(CONF_NAME, default=asset.name if asset else vol.UNDEFINED): _TEXT,
    }
    if templates:
        fields[vol.Optional(ATTR_TEMPLATE)] = _select(templates)
    fields |= {
        vol.Optional(ATTR_AREA_ID, description=_suggested(area_id)): (
            selector.AreaSelector()
        ),
        vol.Optional(
            ATTR_MANUFACTURER, description=_suggested(asset and asset.manufacturer)
        ): _TEXT,
        vol.Optional(ATTR_MODEL, description=_suggested(asset and asset.model)): _TEXT,
        vol.Optional(
            ATTR_SERIAL_NUMBER, description=_suggested(asset and asset.serial_number)
        ): _TEXT,
        vol.Optional(
            ATTR_INSTALLED_ON, description=_suggested(asset and asset.installed_on)
        ): selector.DateSelector(),
        vol.Optional(ATTR_NOTES, description=_suggested(asset and asset.notes)): (
            _MULTILINE
        ),
    }
    return vol.Schema(fields)


def _task_schema(task: Task | None, assets: list[tuple[str, str]]) -> vol.Schema:
    """Return the task form, filled with an existing task's values."""
    fields: dict[vol.Marker, Any] = {
        vol.Required(CONF_NAME, default=task.name if task else vol.UNDEFINED): _TEXT,
    }
    if task is None:
        fields[vol.Optional(ATTR_ASSET_ID)] = _select(assets)
    fields |= {
        vol.Optional(
            ATTR_EVERY, description=_suggested(task and task.interval_every)
        ): (_number(1, 1000)),
        vol.Optional(
            ATTR_UNIT,
            description=_suggested((task and task.interval_unit) or "months"),
        ): _select([(unit, unit) for unit in UNITS]),
        vol.Optional(
            ATTR_ANCHOR,
            description=_suggested((task and task.anchor) or ANCHOR_COMPLETION),
        ): _select(
            [(ANCHOR_COMPLETION, ANCHOR_COMPLETION), (ANCHOR_FIXED, ANCHOR_FIXED)]
        ),
        vol.Optional(
            ATTR_CRON, description=_suggested(task and task.cron_schedule)
        ): _TEXT,
        vol.Optional(
            ATTR_METER_ENTITY_ID, description=_suggested(task and task.meter_entity_id)
        ): selector.EntitySelector(selector.EntitySelectorConfig(domain="sensor")),
        vol.Optional(
            ATTR_METER_EVERY, description=_suggested(task and task.meter_every)
        ): _number(0, 1_000_000, 0.1),
        vol.Optional(ATTR_FIRST_DUE): selector.DateSelector(),
        vol.Optional(
            ATTR_LEAD_DAYS,
            description=_suggested(task.lead_days if task else DEFAULT_LEAD_DAYS),
        ): _number(0, 365),
        vol.Optional(ATTR_PRIORITY, description=_suggested(task and task.priority)): (
            _number(0, 3)
        ),
        vol.Optional(
            ATTR_NOTES, description=_suggested(task and task.notes)
        ): _MULTILINE,
    }
    return vol.Schema(fields)


def _form_errors(err: ServiceValidationError, fields: dict[str, Any]) -> dict[str, str]:
    """Put a refusal on the form field it is about, or on the form."""
    field = (err.translation_placeholders or {}).get("field", "base")
    return {field if field in fields else "base": str(err.translation_key)}


class HavenOptionsFlow(OptionsFlowWithReload):
    """Add, edit and remove a property's assets and tasks from its integration page."""

    _record_id: str

    @property
    def _entry(self) -> HavenConfigEntry:
        return self.config_entry

    @property
    def _manager(self) -> PropertyManager:
        return self._entry.runtime_data.manager

    def _choice(self, key: str, options: list[tuple[str, str]]) -> vol.Schema:
        return vol.Schema({vol.Required(key): _select(options)})

    def _assets(self) -> list[tuple[str, str]]:
        assets = self._manager.view.assets.values()
        return sorted(((a.id, a.name) for a in assets), key=lambda o: o[1].casefold())

    def _tasks(self) -> list[tuple[str, str]]:
        view = self._manager.view
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
        view = self._manager.view
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
                ): _number(0, 30),
                vol.Optional(
                    CONF_QUIET_START,
                    description=_suggested(current.get(CONF_QUIET_START)),
                ): selector.TimeSelector(),
                vol.Optional(
                    CONF_QUIET_END, description=_suggested(current.get(CONF_QUIET_END))
                ): selector.TimeSelector(),
                vol.Optional(
                    CONF_SHOPPING_LIST,
                    description=_suggested(current.get(CONF_SHOPPING_LIST)),
                ): selector.EntitySelector(
                    selector.EntitySelectorConfig(domain="todo")
                ),
                vol.Optional(
                    CONF_STT_PIPELINE,
                    description=_suggested(current.get(CONF_STT_PIPELINE)),
                ): selector.AssistPipelineSelector(),
                vol.Optional(
                    CONF_AI_TASK_ENTITY,
                    description=_suggested(current.get(CONF_AI_TASK_ENTITY)),
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
        manager = self._manager
        errors: dict[str, str] = {}
        if user_input is not None:
            # Every field of the form is sent: an emptied field clears the value.
            fields = {key: user_input.get(key) for key in _ASSET_FIELDS}
            try:
                if asset is None:
                    fields[ATTR_TEMPLATE] = user_input.get(ATTR_TEMPLATE)
                    saved, _, _ = await manager.async_create_asset(fields)
                else:
                    saved = await manager.async_update_asset(asset.id, fields)
            except ServiceValidationError as err:
                errors = _form_errors(err, fields)
            else:
                return self.async_abort(
                    reason="asset_added" if asset is None else "asset_updated",
                    description_placeholders={"name": saved.name},
                )
        area_id = None
        if asset and asset.zone_id and (zone := manager.view.zones.get(asset.zone_id)):
            area_id = zone.area_id
        templates: list[tuple[str, str]] = []
        if asset is None:
            templates = [
                (t.id, t.name) for t in (await async_get_templates(self.hass)).values()
            ]
        schema = _asset_schema(asset, area_id, templates)
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
        asset = self._manager.view.assets.get(self._record_id)
        if asset is None:
            return self.async_abort(reason="asset_gone")
        return await self._async_save_asset("edit_asset_details", user_input, asset)

    async def async_step_remove_asset(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Remove an asset with its history (the UI is admin-only)."""
        if user_input is not None:
            asset = self._manager.view.assets.get(user_input[ATTR_ASSET_ID])
            if asset is None:
                return self.async_abort(reason="asset_gone")
            await self._manager.async_remove_asset(asset.id)
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
        manager = self._manager
        errors: dict[str, str] = {}
        if user_input is not None:
            fields = {key: user_input.get(key) for key in _TASK_FIELDS}
            # An empty date keeps the task's due date; a new one moves it.
            if user_input.get(ATTR_FIRST_DUE):
                fields[ATTR_FIRST_DUE] = user_input[ATTR_FIRST_DUE]
            try:
                if task is None:
                    saved = await manager.async_create_task(
                        fields, user_input.get(ATTR_ASSET_ID) or None
                    )
                else:
                    saved = await manager.async_update_task(task.id, fields)
            except ServiceValidationError as err:
                errors = _form_errors(err, fields)
            else:
                return self.async_abort(
                    reason="task_added" if task is None else "task_updated",
                    description_placeholders={"name": saved.name},
                )
        schema = _task_schema(task, self._assets())
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
        task = self._manager.view.tasks.get(self._record_id)
        if task is None:
            return self.async_abort(reason="task_gone")
        return await self._async_save_task("edit_task_details", user_input, task)

    async def async_step_remove_task(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Remove a task; its history stays."""
        if user_input is not None:
            task = self._manager.view.tasks.get(user_input[ATTR_TASK_ID])
            if task is None:
                return self.async_abort(reason="task_gone")
            await self._manager.async_remove_task(task.id)
            return self.async_abort(
                reason="task_removed", description_placeholders={"name": task.name}
            )
        return self.async_show_form(
            step_id="remove_task", data_schema=self._choice(ATTR_TASK_ID, self._tasks())
        )
