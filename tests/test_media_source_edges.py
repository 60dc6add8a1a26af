"""The Haven media source: its folders, audio shown as audio, and what it cannot find.

Real HA, the real recorder and media source, real files (the capture fixtures).
"""

from __future__ import annotations

from pathlib import Path

from homeassistant.components import media_source
from homeassistant.components.media_player import MediaClass
from homeassistant.core import HomeAssistant
import pytest

from custom_components.haven.const import DOMAIN

from .capture_support import (  # noqa: F401 - test_flow_handler is a fixture
    CaptureParts,
    copy_fixture,
    test_flow_handler,
)
from .test_capture import call, files_dir, parts, processed, setup_home
from .test_capture_edges import capture_file
from .test_file_checks import VALID_PDF

pytestmark = [
    pytest.mark.storage,
    pytest.mark.usefixtures("test_flow_handler", "parts"),
]
__all__ = ["files_dir", "parts"]

ROOT = f"media-source://{DOMAIN}"


async def test_captures_and_documents_folders(
    hass: HomeAssistant, files_dir: Path
) -> None:
    """Captures lists memos (as audio) and photos, newest first; Documents, manuals."""
    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    for fixture in ("photo.jpg", "dryer_vent.ogg"):
        await call(
            hass,
            "capture",
            {
                "config_entry_id": entry.entry_id,
                "file_path": str(copy_fixture(fixture, files_dir)),
            },
        )
    await call(hass, "capture", {"config_entry_id": entry.entry_id, "text": "no file"})
    manual = files_dir / "manual.pdf"
    manual.write_bytes(VALID_PDF)
    await call(
        hass,
        "attach_document",
        {"asset_id": asset["asset_id"], "file_path": str(manual), "name": "Manual"},
    )
    await processed(hass, entry)
    captures = await media_source.async_browse_media(
        hass, f"{ROOT}/{entry.entry_id}/captures"
    )
    assert captures.title == "Captures"
    assert [
        (c.title, c.media_class, c.media_content_type, c.can_play)
        for c in captures.children or []
    ] == [
        ("clean the dryer vent", MediaClass.MUSIC, "audio/ogg", True),
        ("Photo", MediaClass.IMAGE, "image/jpeg", True),
    ]
    documents = await media_source.async_browse_media(
        hass, f"{ROOT}/{entry.entry_id}/documents"
    )
    assert documents.title == "Documents"
    assert [
        (c.title, c.media_class, c.media_content_type) for c in documents.children or []
    ] == [("Manual", MediaClass.APP, "application/pdf")]


async def test_what_is_not_there_is_unresolvable(
    hass: HomeAssistant, files_dir: Path
) -> None:
    """An unknown property, folder, asset or file: the media source says so."""
    entry = await setup_home(hass)
    await setup_home(hass)  # a second property: the lookup goes past it
    item_id = await capture_file(hass, entry, copy_fixture("photo.jpg", files_dir))
    base = f"{ROOT}/{entry.entry_id}"
    for folder in (f"{ROOT}/nope", f"{base}/receipts", f"{base}/asset/nope"):
        with pytest.raises(media_source.Unresolvable):
            await media_source.async_browse_media(hass, folder)
    for item in (
        f"{ROOT}/nope/capture/{item_id}",
        f"{base}/capture/nope",
        f"{base}/document/{item_id}",
    ):
        with pytest.raises(media_source.Unresolvable):
            await media_source.async_resolve_media(hass, item, None)
    resolved = await media_source.async_resolve_media(
        hass, f"{base}/capture/{item_id}", None
    )
    assert resolved.mime_type == "image/jpeg"
