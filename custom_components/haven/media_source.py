"""The "Haven" media source: captures and documents, by property and by asset.

Identifiers: ``<entry_id>`` (a property), ``<entry_id>/captures``,
``<entry_id>/documents``, ``<entry_id>/asset/<asset_id>``, and the files themselves,
``<entry_id>/capture/<inbox item id>`` and ``<entry_id>/document/<document id>``.
A file resolves to Haven's authenticated file URL (the frontend signs it for the
browser) and to its local path, which AI tasks read for photo attachments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from homeassistant.components.media_player import MediaClass
from homeassistant.components.media_source import (
    BrowseMediaSource,
    MediaSource,
    MediaSourceItem,
    PlayMedia,
    Unresolvable,
)
from homeassistant.core import HomeAssistant

from .capture.http import stored_file
from .capture.inbox import summary
from .const import DOMAIN

if TYPE_CHECKING:
    from .data import HavenConfigEntry
    from .store.models import Document
from .store.records import InboxItem

_ASSET_DEPTH = 2  # <entry_id>/asset/<asset_id>


async def async_get_media_source(hass: HomeAssistant) -> MediaSource:
    """Return Haven's media source."""
    return HavenMediaSource(hass)


def _media_class(mime: str | None) -> MediaClass:
    if (mime or "").startswith("image/"):
        return MediaClass.IMAGE
    if (mime or "").startswith("audio/"):
        return MediaClass.MUSIC
    return MediaClass.APP


class HavenMediaSource(MediaSource):
    """Browse and resolve Haven's files."""

    name = "Haven"

    def __init__(self, hass: HomeAssistant) -> None:
        """Serve every loaded property."""
        super().__init__(DOMAIN)
        self.hass = hass

    def _entry(self, entry_id: str) -> HavenConfigEntry:
        entries: list[HavenConfigEntry] = self.hass.config_entries.async_loaded_entries(
            DOMAIN
        )
        for entry in entries:
            if entry.entry_id == entry_id:
                return entry
        raise Unresolvable(f"No loaded Haven property {entry_id}")

    async def async_resolve_media(self, item: MediaSourceItem) -> PlayMedia:
        """Return the file of a capture or document."""
        entry_id, kind, record_id = [*item.identifier.split("/"), "", ""][:3]
        entry = self._entry(entry_id)
        found = await stored_file(entry, kind, record_id)
        if found is None:
            raise Unresolvable(f"No Haven file {item.identifier}")
        path, mime = found
        return PlayMedia(
            f"/api/haven/files/{entry_id}/{kind}/{record_id}", mime, path=path
        )

    async def async_browse_media(self, item: MediaSourceItem) -> BrowseMediaSource:
        """Browse properties, then their captures, documents and assets."""
        parts = item.identifier.split("/") if item.identifier else []
        if not parts:
            entries: list[HavenConfigEntry] = (
                self.hass.config_entries.async_loaded_entries(DOMAIN)
            )
            return self._folder(
                "",
                "Haven",
                [self._folder(e.entry_id, e.title, None) for e in entries],
            )
        entry = self._entry(parts[0])
        view = entry.runtime_data.view
        if len(parts) == 1:
            children = [
                self._folder(f"{entry.entry_id}/captures", "Captures", None),
                self._folder(f"{entry.entry_id}/documents", "Documents", None),
                *(
                    self._folder(f"{entry.entry_id}/asset/{asset.id}", asset.name, None)
                    for asset in sorted(
                        view.assets.values(), key=lambda a: a.name.casefold()
                    )
                ),
            ]
            return self._folder(entry.entry_id, entry.title, children)
        repository = entry.runtime_data.commands.repository
        kind = parts[1]
        asset_id = parts[2] if kind == "asset" and len(parts) > _ASSET_DEPTH else None
        if kind not in ("captures", "documents", "asset") or (
            kind == "asset" and asset_id not in view.assets
        ):
            raise Unresolvable(f"No Haven folder {item.identifier}")
        children = []
        if kind in ("captures", "asset"):
            items = await repository.async_inbox_items(view.property_id)
            children += [
                self._capture(entry, i)
                for i in reversed(items)
                if i.storage_key and (asset_id is None or i.asset_id == asset_id)
            ]
        if kind in ("documents", "asset"):
            documents = await repository.async_documents(view.property_id, asset_id)
            children += [self._document(entry, d) for d in documents]
        title = {"captures": "Captures", "documents": "Documents"}.get(kind) or (
            view.assets[asset_id].name if asset_id else ""
        )
        return self._folder(item.identifier, title, children)

    def _folder(
        self, identifier: str, title: str, children: list[BrowseMediaSource] | None
    ) -> BrowseMediaSource:
        return BrowseMediaSource(
            domain=DOMAIN,
            identifier=identifier or None,
            media_class=MediaClass.DIRECTORY,
            media_content_type="",
            title=title,
            can_play=False,
            can_expand=True,
            children=children,
            children_media_class=MediaClass.DIRECTORY if children is None else None,
        )

    def _capture(self, entry: HavenConfigEntry, item: InboxItem) -> BrowseMediaSource:
        return self._file(
            f"{entry.entry_id}/capture/{item.id}", summary(item), item.mime_type
        )

    def _document(
        self, entry: HavenConfigEntry, document: Document
    ) -> BrowseMediaSource:
        return self._file(
            f"{entry.entry_id}/document/{document.id}",
            document.name,
            document.mime_type,
        )

    def _file(self, identifier: str, title: str, mime: str | None) -> BrowseMediaSource:
        return BrowseMediaSource(
            domain=DOMAIN,
            identifier=identifier,
            media_class=_media_class(mime),
            media_content_type=mime or "",
            title=title,
            can_play=True,
            can_expand=False,
            thumbnail=None,
        )
