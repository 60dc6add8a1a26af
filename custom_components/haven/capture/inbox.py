"""A property's inbox and documents: capture, retry, triage, file, attach.

Every operation validates first (a refused call stores nothing: a staged file is
discarded), then writes the file before the row, so a row never points at a missing
file. Rows are written through the property's commands like every other write (one
transaction, then the view), and status changes are compare-and-set in the database:
a filed or dismissed item is never reopened by a late processing result.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ..commands import PropertyCommands
from ..const import (
    ATTR_ACTION,
    ATTR_ANCHOR,
    ATTR_ASSET_ID,
    ATTR_ASSIGNED_USER_ID,
    ATTR_CONFIG_ENTRY_ID,
    ATTR_COST,
    ATTR_CRON,
    ATTR_DEVICE_ID,
    ATTR_EVERY,
    ATTR_FIRST_DUE,
    ATTR_INBOX_ITEM_ID,
    ATTR_LEAD_DAYS,
    ATTR_LOG_ID,
    ATTR_NAME,
    ATTR_NEXT_DUE_AT,
    ATTR_NOTES,
    ATTR_PERFORMED_AT,
    ATTR_PRIORITY,
    ATTR_TASK_ID,
    ATTR_UNIT,
    ATTR_USER_ID,
    DOMAIN,
    EVENT_CAPTURE_CREATED,
    EVENT_CAPTURE_PROCESSED,
    NAME_MAX_LENGTH,
    TEXT_MAX_LENGTH,
)
from ..errors import invalid
from ..permissions import Access, async_require
from ..store import models
from ..store.models import (
    INBOX_FAILED,
    INBOX_FILED,
    INBOX_PENDING,
    INBOX_PROCESSING,
    OPEN_INBOX_STATUSES,
    Document,
    new_id,
)
from ..store.records import InboxItem
from ..store.writes import Operation, StaleRecordError, add, change_row
from ..validation import clean_name, clean_optional
from ..view import PropertyView, iso
from .files import (
    DOCUMENT_TYPES,
    FileStore,
    StagedFile,
    capture_key,
    document_key,
)
from .processor import CaptureProcessor

_SUMMARY_MAX = 120
OUTCOME_TASK = "task"
OUTCOME_LOG = "log"
OUTCOME_NOTE = "note"
OUTCOME_DISMISS = "dismiss"
OUTCOMES = (OUTCOME_TASK, OUTCOME_LOG, OUTCOME_NOTE, OUTCOME_DISMISS)
# Fields of triage_capture that go on to create_task when the outcome is a task.
TASK_FIELDS = frozenset(
    {
        ATTR_EVERY,
        ATTR_UNIT,
        ATTR_ANCHOR,
        ATTR_CRON,
        ATTR_FIRST_DUE,
        ATTR_LEAD_DAYS,
        ATTR_PRIORITY,
        ATTR_ASSIGNED_USER_ID,
    }
)


def summary(item: InboxItem) -> str:
    """Return what an inbox item says, in one line for a to-do list."""
    analysis = item.analysis or {}
    for text in (item.text, item.transcription, analysis.get("description")):
        if text and (line := " ".join(str(text).split())):
            return line if len(line) <= _SUMMARY_MAX else f"{line[: _SUMMARY_MAX - 1]}…"
    mime = item.mime_type or ""
    if mime.startswith("audio/"):
        return "Voice memo"
    if mime.startswith("image/"):
        return "Photo"
    return "Capture"


class Inbox:
    """Captures and documents of one property."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry[Any],
        commands: PropertyCommands,
        files: FileStore | None = None,
    ) -> None:
        """Bind to a loaded property."""
        self.hass = hass
        self.entry = entry
        self.commands = commands
        self.view: PropertyView = commands.view
        self.repository = commands.repository
        self.files = files or FileStore(hass)
        self.processor = CaptureProcessor(hass, entry, self)

    @property
    def property_id(self) -> str:
        """Return the property's id."""
        return self.view.property_id

    async def async_start(self) -> CALLBACK_TYPE:
        """Start processing, with the items a restart left unfinished first."""
        recovered = await self.repository.async_inbox_items(
            self.property_id, (INBOX_PENDING, INBOX_PROCESSING)
        )
        return self.processor.async_start([item.id for item in recovered])

    def media_content_id(self, item: InboxItem) -> str:
        """Return the media source id of a capture's file."""
        return f"media-source://{DOMAIN}/{self.entry.entry_id}/capture/{item.id}"

    def get_item(self, item_id: str) -> InboxItem:
        """Return an open inbox item of this property or refuse."""
        if (item := self.view.inbox.get(item_id)) is None:
            raise invalid("unknown_inbox_item", inbox_item_id=item_id)
        return item

    # Captures

    async def async_capture(
        self,
        *,
        text: Any = None,
        staged: StagedFile | None = None,
        asset_id: str | None = None,
        user_id: str | None = None,
    ) -> InboxItem:
        """Store a capture as a PENDING inbox item and queue it for processing."""
        try:
            clean_text = clean_optional(text, "text", TEXT_MAX_LENGTH)
            if asset_id:
                self.commands.get_asset(asset_id)
            if clean_text is None and staged is None:
                raise invalid("capture_empty")
        except HomeAssistantError:
            if staged:
                await self.files.async_discard(staged)
            raise
        item_id = new_id()
        key = None
        if staged:
            key = capture_key(self.property_id, item_id, staged)
            await self.files.async_commit(staged, key)
        values = {
            "id": item_id,
            "property_id": self.property_id,
            "asset_id": asset_id or None,
            "user_id": user_id,
            "status": INBOX_PENDING,
            "text": clean_text,
            "storage_key": key,
            "mime_type": staged.mime_type if staged else None,
        }
        try:
            item = (
                await self.commands.async_write(add(models.InboxItem, values))
            ).inbox[0]
        except BaseException:
            if key:
                await self.files.async_delete(key)
            raise
        self.hass.bus.async_fire(EVENT_CAPTURE_CREATED, self._event(item))
        self.processor.async_enqueue(item.id)
        return item

    def _event(self, item: InboxItem) -> dict[str, Any]:
        return {
            ATTR_CONFIG_ENTRY_ID: self.entry.entry_id,
            ATTR_INBOX_ITEM_ID: item.id,
            ATTR_ASSET_ID: item.asset_id,
            ATTR_DEVICE_ID: self.commands.devices.device_id(
                item.asset_id or self.property_id
            ),
            ATTR_USER_ID: item.user_id,
            "status": item.status,
            "mime_type": item.mime_type,
            "created_at": iso(item.created_at),
        }

    async def _async_set(
        self, item_id: str, changes: Mapping[str, Any], statuses: tuple[str, ...]
    ) -> InboxItem | None:
        """Change an item only while it is in one of statuses; None if it was not."""
        try:
            change = await self.commands.async_write(
                change_row(
                    models.InboxItem, item_id, changes, expect={"status": statuses}
                )
            )
        except StaleRecordError:
            return None
        return change.inbox[0]

    async def async_claim(
        self, item_id: str, statuses: tuple[str, ...]
    ) -> InboxItem | None:
        """Mark an item PROCESSING if it is in one of statuses; None if it was not.

        One conditional update, so an item queued twice is still processed once.
        """
        changes = {
            "status": INBOX_PROCESSING,
            "attempts": models.InboxItem.attempts + 1,
        }
        return await self._async_set(item_id, changes, statuses)

    async def async_processed(self, item_id: str, changes: dict[str, Any]) -> None:
        """Record a processing result, unless the item was filed meanwhile."""
        item = await self._async_set(item_id, changes, (INBOX_PROCESSING,))
        if item is None:
            return
        self.hass.bus.async_fire(
            EVENT_CAPTURE_PROCESSED,
            self._event(item)
            | {
                "transcription": item.transcription,
                "analysis": item.analysis,
                "error": item.error,
                "processed_at": iso(item.processed_at),
            },
        )

    async def async_retry(self, item_id: str) -> InboxItem:
        """Queue a FAILED item again (after fixing what its reason says)."""
        item = self.get_item(item_id)
        if item.status != INBOX_FAILED:
            raise invalid("not_failed", inbox_item_id=item_id, status=item.status)
        retried = await self._async_set(
            item_id, {"status": INBOX_PENDING, "error": None}, (INBOX_FAILED,)
        )
        if retried is None:
            raise invalid("not_failed", inbox_item_id=item_id, status=item.status)
        self.processor.async_enqueue(retried.id)
        return retried

    async def async_triage(
        self,
        item_id: str,
        outcome: str,
        fields: Mapping[str, Any],
        *,
        user_id: str | None,
    ) -> dict[str, Any]:
        """Turn an item into a task, a log entry or a note, or dismiss it; file it.

        Dismissing is a removal (see permissions.py): administrators only.
        """
        if outcome == OUTCOME_DISMISS:
            await async_require(self.hass, user_id, Access.REMOVE, "triage_capture")
        item = self.get_item(item_id)
        if outcome not in OUTCOMES:
            raise invalid(
                "invalid_outcome", outcome=outcome, outcomes=", ".join(OUTCOMES)
            )
        analysis = item.analysis or {}
        asset_id = (
            fields.get(ATTR_ASSET_ID)
            or item.asset_id
            or (analysis.get("suggested_asset_id") if outcome != OUTCOME_NOTE else None)
        )
        if asset_id and asset_id not in self.view.assets:
            if fields.get(ATTR_ASSET_ID):
                raise invalid("unknown_asset", asset_id=asset_id)
            asset_id = None  # the asset suggested or captured with was removed
        said = summary(item)
        notes = fields.get(ATTR_NOTES) or _notes(item)
        response: dict[str, Any] = {ATTR_INBOX_ITEM_ID: item_id}
        outcome_id = None
        operations: list[Operation] = []
        if outcome == OUTCOME_TASK:
            name = fields.get(ATTR_NAME) or analysis.get("suggested_task") or said
            task_fields = {
                key: value for key, value in fields.items() if key in TASK_FIELDS
            } | {ATTR_NAME: _fit(name), ATTR_NOTES: notes}
            outcome_id, operation = await self.commands.async_task_operations(
                task_fields, asset_id or None
            )
            operations.append(operation)
        elif outcome == OUTCOME_LOG:
            if not asset_id:
                raise invalid("log_needs_asset")
            operation = self.commands.log_operation(
                asset_id,
                action=fields.get(ATTR_ACTION) or _fit(said),
                performed_at=fields.get(ATTR_PERFORMED_AT),
                notes=notes,
                cost=fields.get(ATTR_COST),
                user_id=user_id,
            )
            operations.append(operation)
        filed: dict[str, Any] = {
            "status": INBOX_FILED,
            "outcome": outcome,
            "asset_id": asset_id,
        }
        if outcome == OUTCOME_NOTE and notes and notes != _notes(item):
            filed["text"] = notes
        # The record and the filing in one transaction, and only while the item is
        # still open: a second triage (or a late one) is refused and creates nothing.
        try:
            change = await self.commands.async_write(
                *operations,
                self._file(item_id, filed, outcome_id),
            )
        except StaleRecordError:
            raise invalid("inbox_item_filed", inbox_item_id=item_id) from None
        if change.tasks:
            task = change.tasks[0]
            response |= {
                ATTR_TASK_ID: task.id,
                ATTR_NEXT_DUE_AT: iso(task.next_due_at),
            }
        if change.logs:
            response[ATTR_LOG_ID] = change.logs[0].id
        return response | {ATTR_ASSET_ID: asset_id}

    @staticmethod
    def _file(item_id: str, filed: dict[str, Any], outcome_id: str | None) -> Operation:
        filed = filed | {"outcome_id": outcome_id}
        return change_row(
            models.InboxItem, item_id, filed, expect={"status": OPEN_INBOX_STATUSES}
        )

    async def async_file(self, item_id: str, user_id: str | None) -> None:
        """File an item as a note (the Inbox list's item was ticked)."""
        await self.async_triage(item_id, OUTCOME_NOTE, {}, user_id=user_id)

    # Documents

    async def async_attach_document(
        self,
        asset_id: str,
        *,
        name: Any = None,
        staged: StagedFile | None,
        source_name: str | None = None,
    ) -> Document:
        """Store a manual, receipt or warranty for an asset."""
        try:
            self.commands.get_asset(asset_id)
            if staged is None:
                raise invalid("document_needs_file")
            if staged.mime_type not in DOCUMENT_TYPES:
                raise invalid(
                    "file_type_not_allowed",
                    type=staged.mime_type,
                    allowed=", ".join(sorted(DOCUMENT_TYPES)),
                )
            clean = clean_name(name or Path(source_name or "").stem or "Document")
        except HomeAssistantError:
            if staged:
                await self.files.async_discard(staged)
            raise
        document_id = new_id()
        key = document_key(self.property_id, asset_id, document_id, staged)
        await self.files.async_commit(staged, key)
        values = {
            "id": document_id,
            "property_id": self.property_id,
            "asset_id": asset_id,
            "name": clean,
            "storage_key": key,
            "mime_type": staged.mime_type,
            "size": staged.size,
        }
        try:
            change = await self.commands.async_write(add(Document, values))
        except BaseException:
            await self.files.async_delete(key)
            raise
        return change.documents[0]

    # Reading

    def open_items(self) -> list[InboxItem]:
        """Return the open items, oldest first."""
        return [
            item
            for item in self.view.inbox.values()
            if item.status in OPEN_INBOX_STATUSES
        ]

    def as_dict(self, item: InboxItem) -> dict[str, Any]:
        """Return an item as the dashboard and actions show it."""
        return {
            ATTR_INBOX_ITEM_ID: item.id,
            "summary": summary(item),
            "status": item.status,
            ATTR_ASSET_ID: item.asset_id,
            ATTR_USER_ID: item.user_id,
            "text": item.text,
            "transcription": item.transcription,
            "analysis": item.analysis,
            "error": item.error,
            "mime_type": item.mime_type,
            "media_content_id": self.media_content_id(item)
            if item.storage_key
            else None,
            "created_at": iso(item.created_at),
            "processed_at": iso(item.processed_at),
        }


def _fit(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NAME_MAX_LENGTH else f"{text[: NAME_MAX_LENGTH - 1]}…"


def _notes(item: InboxItem) -> str | None:
    parts = [item.text, item.transcription]
    if description := (item.analysis or {}).get("description"):
        parts.append(description)
    notes = "\n".join(dict.fromkeys(p for p in parts if p))
    return notes[:TEXT_MAX_LENGTH] or None
