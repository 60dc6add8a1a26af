"""Constants shared by every part of Haven."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "haven"

# Limits a person would hit only by mistake; they keep rows and device names sane.
NAME_MAX_LENGTH: Final = 100
TEXT_MAX_LENGTH: Final = 2000

# Config entry data keys.
CONF_ADDRESS: Final = "address"
CONF_PROPERTY_ID: Final = "property_id"

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
ATTR_NOTES: Final = "notes"
ATTR_NAME: Final = "name"
ATTR_TASK_IDS: Final = "task_ids"

# Sub-folder of the HA config folder that holds Haven's files (captures, documents).
FILES_FOLDER: Final = "haven"
