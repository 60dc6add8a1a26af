"""Constants shared by every part of Haven."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "haven"

# Limits a person would hit only by mistake; they keep rows and device names sane.
NAME_MAX_LENGTH: Final = 100
TEXT_MAX_LENGTH: Final = 2000
ID_MAX_LENGTH: Final = 100
URL_MAX_LENGTH: Final = 2000
PATH_MAX_LENGTH: Final = 4096
CRON_MAX_LENGTH: Final = 100
# Dates Haven keeps: older or later ones are typing mistakes (year 1, 9999), and the
# bounds keep every computed moment (next due, snooze, offsets) far from datetime's
# own limits, where arithmetic overflows.
EARLIEST_YEAR: Final = 1900
LATEST_YEAR: Final = 2200
# Money is kept to the cent, up to the maximum the actions document.
COST_MAX: Final = 1_000_000
# A meter interval larger than this is a typing mistake (hours, cycles, km).
METER_EVERY_MAX: Final = 1_000_000
# The longest snooze, in days.
SNOOZE_MAX_DAYS: Final = 3650
# An interval is 1 to EVERY_MAX of a unit; a reminder comes up to LEAD_DAYS_MAX early.
EVERY_MAX: Final = 1000
LEAD_DAYS_MAX: Final = 365

# Config entry data keys.
CONF_ADDRESS: Final = "address"

# Options (the settings form of the options flow).
CONF_NOTIFY_TARGETS: Final = "notify_targets"
CONF_REMINDER_TIME: Final = "reminder_time"
CONF_REPEAT_DAYS: Final = "repeat_days"
CONF_QUIET_START: Final = "quiet_start"
CONF_QUIET_END: Final = "quiet_end"
CONF_SHOPPING_LIST: Final = "shopping_list"
DEFAULT_REMINDER_TIME: Final = "09:00:00"
# Money and warranties: the year's budget (none by default) and how many days before
# a warranty ends its reminder comes.
CONF_BUDGET: Final = "budget"
CONF_WARRANTY_DAYS: Final = "warranty_reminder_days"
DEFAULT_WARRANTY_DAYS: Final = 30
WARRANTY_DAYS_MAX: Final = 365
# The longest expected life of an asset, in years.
EXPECTED_LIFE_MAX: Final = 200
# Per-task entities (a next-due sensor and a "mark done" button for every task) are
# opt-in: a home with thousands of tasks should not load thousands of registry entries.
CONF_TASK_ENTITIES: Final = "task_entities"
DEFAULT_TASK_ENTITIES: Final = False

# Action (service) field names: part of the public contract, extend but never rename.
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
ATTR_ASSET_ID: Final = "asset_id"
ATTR_DEVICE_ID: Final = "device_id"
ATTR_AREA_ID: Final = "area_id"
ATTR_ZONE: Final = "zone"
ATTR_TEMPLATE: Final = "template"
ATTR_MANUFACTURER: Final = "manufacturer"
ATTR_MODEL: Final = "model"
ATTR_SERIAL_NUMBER: Final = "serial_number"
ATTR_INSTALLED_ON: Final = "installed_on"
ATTR_WARRANTY_UNTIL: Final = "warranty_until"
ATTR_EXPECTED_LIFE_YEARS: Final = "expected_life_years"
ATTR_NOTES: Final = "notes"
ATTR_NAME: Final = "name"
ATTR_TASK_IDS: Final = "task_ids"
ATTR_TASK_ID: Final = "task_id"
ATTR_EVERY: Final = "every"
ATTR_UNIT: Final = "unit"
ATTR_ANCHOR: Final = "anchor"
ATTR_CRON: Final = "cron"
ATTR_METER_ENTITY_ID: Final = "meter_entity_id"
ATTR_METER_EVERY: Final = "meter_every"
ATTR_FIRST_DUE: Final = "first_due"
ATTR_LEAD_DAYS: Final = "lead_days"
ATTR_PRIORITY: Final = "priority"
ATTR_ASSIGNED_USER_ID: Final = "assigned_user_id"
ATTR_ASSIGNEES: Final = "assignees"
ATTR_ROTATE: Final = "rotate"
ATTR_ACTIVE_MONTHS: Final = "active_months"
ATTR_PERFORMED_AT: Final = "performed_at"
ATTR_COST: Final = "cost"
ATTR_UNTIL: Final = "until"
ATTR_DURATION: Final = "duration"
ATTR_ACTION: Final = "action"
ATTR_LOG_ID: Final = "log_id"
ATTR_NEXT_DUE_AT: Final = "next_due_at"
ATTR_SUPPLY_ID: Final = "supply_id"
ATTR_PART_NUMBER: Final = "part_number"
ATTR_PURCHASE_URL: Final = "purchase_url"
ATTR_QUANTITY: Final = "quantity"
ATTR_SINCE: Final = "since"
ATTR_LIMIT: Final = "limit"
ATTR_USER_ID: Final = "user_id"
# Import and export (haven.import, haven.import_from, haven.export_csv).
ATTR_MODE: Final = "mode"
ATTR_SOURCE: Final = "source"
ATTR_DRY_RUN: Final = "dry_run"

DEFAULT_LEAD_DAYS: Final = 7

# Kinds of log entry.
LOG_COMPLETED: Final = "completed"
LOG_SKIPPED: Final = "skipped"
LOG_MANUAL: Final = "manual"

# Events: part of the public contract.
EVENT_TASK_COMPLETED: Final = "haven_task_completed"
EVENT_TASK_DUE: Final = "haven_task_due"
EVENT_BUDGET_EXCEEDED: Final = "haven_budget_exceeded"
EVENT_WARRANTY_ENDING: Final = "haven_warranty_ending"
EVENT_TASK_SNOOZED: Final = "haven_task_snoozed"
EVENT_TASK_SKIPPED: Final = "haven_task_skipped"

# Sub-folder of the HA config folder that holds Haven's files (captures, documents).
FILES_FOLDER: Final = "haven"

# The capture inbox: options, action fields and events (public contract).
CONF_STT_PIPELINE: Final = "stt_pipeline"
CONF_AI_TASK_ENTITY: Final = "ai_task_entity"
ATTR_INBOX_ITEM_ID: Final = "inbox_item_id"
ATTR_DOCUMENT_ID: Final = "document_id"
ATTR_TEXT: Final = "text"
ATTR_MEDIA_CONTENT_ID: Final = "media_content_id"
ATTR_CAMERA_ENTITY_ID: Final = "camera_entity_id"
ATTR_FILE_PATH: Final = "file_path"
ATTR_OUTCOME: Final = "outcome"
EVENT_CAPTURE_CREATED: Final = "haven_capture_created"
EVENT_CAPTURE_PROCESSED: Final = "haven_capture_processed"

# Dispatcher signals: a property was loaded or unloaded (live views follow them).
SIGNAL_PROPERTY_LOADED: Final = "haven_property_loaded"
SIGNAL_PROPERTY_UNLOADED: Final = "haven_property_unloaded"
