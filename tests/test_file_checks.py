"""Files are checked by parsing them, not by their first bytes; they are kept private."""

from __future__ import annotations

import io
from pathlib import Path
import stat

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from PIL import Image
import pytest

from custom_components.haven.capture.files import sniff
from custom_components.haven.store.models import Document, InboxItem

from .capture_support import (  # noqa: F401 - test_flow_handler is a fixture
    FIXTURES,
    CaptureParts,
    test_flow_handler,
)
from .conftest import db_rows
from .test_capture import call, files_dir, parts, processed, setup_home

pytestmark = [
    pytest.mark.storage,
    pytest.mark.usefixtures("test_flow_handler", "parts"),
]
__all__ = ["files_dir", "parts"]

PHOTO = (FIXTURES / "photo.jpg").read_bytes()
VALID_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def image(kind: str) -> bytes:
    """Return a small real image of a kind, made by Pillow."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 80, 20)).save(buffer, kind)
    return buffer.getvalue()


LIES = {
    "utf16_html_as_mp3": ("memo.mp3", "<html><body>hi</body></html>".encode("utf-16")),
    "three_byte_jpeg": ("photo.jpg", b"\xff\xd8\xff"),
    "jpeg_header_then_zeros": ("photo.jpg", b"\xff\xd8\xff" + b"\x00" * 100),
    "half_a_jpeg": ("photo.jpg", PHOTO[: len(PHOTO) // 2]),
    "id3_then_text": ("memo.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"words " * 80),
    "id3_only": ("memo.mp3", b"ID3" + b"\x00" * 200),
    "png_with_bad_crc": ("p.png", image("PNG")[:-5] + b"XXXXX"),
    "riff_wave_garbage": (
        "memo.wav",
        b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(256)) * 8,
    ),
    "ogg_header_only": ("memo.ogg", b"OggS" + b"\x00" * 300),
    "heic_brand_only": ("p.heic", b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100),
}


@pytest.mark.parametrize("name_and_data", LIES.values(), ids=LIES.keys())
async def test_files_that_do_not_parse_are_refused(
    hass: HomeAssistant, files_dir: Path, name_and_data: tuple[str, bytes]
) -> None:
    """Each is refused with a translated reason; nothing is stored."""
    entry = await setup_home(hass)
    name, data = name_and_data
    path = files_dir / name
    path.write_bytes(data)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "capture", {"config_entry_id": entry.entry_id, "file_path": str(path)}
        )
    assert err.value.translation_key in ("file_not_valid", "file_type_not_allowed")
    assert str(err.value) != err.value.translation_key
    assert str(path) not in str(err.value)
    assert await db_rows(hass, InboxItem) == []
    haven = Path(hass.config.path("haven"))
    assert not [p for p in haven.rglob("*") if p.is_file()]


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n<html>not a pdf</html>\n", b"%PDF-", VALID_PDF[:-8]],
    ids=["html", "header_only", "no_trailer"],
)
async def test_a_pdf_that_is_not_a_pdf_is_refused(
    hass: HomeAssistant, files_dir: Path, data: bytes
) -> None:
    """A document must end with a PDF trailer."""
    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    path = files_dir / "manual.pdf"
    path.write_bytes(data)
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass,
            "attach_document",
            {"asset_id": asset["asset_id"], "file_path": str(path)},
        )
    assert err.value.translation_key == "file_not_valid"
    assert await db_rows(hass, Document) == []


GOOD = {
    **{
        name: (name, (FIXTURES / name).read_bytes())
        for name in (
            "photo.jpg",
            "dryer_vent.ogg",
            "furnace_filter.wav",
            "smoke_alarm.mp3",
            "water_heater.m4a",
        )
    },
    "png": ("p.png", image("PNG")),
    "gif": ("p.gif", image("GIF")),
    "webp": ("p.webp", image("WEBP")),
}


@pytest.mark.parametrize("name_and_data", GOOD.values(), ids=GOOD.keys())
async def test_real_files_are_accepted(
    hass: HomeAssistant, files_dir: Path, name_and_data: tuple[str, bytes]
) -> None:
    """The fixtures and real images pass, and are stored privately (0600 in 0700)."""
    entry = await setup_home(hass)
    name, data = name_and_data
    path = files_dir / name
    path.write_bytes(data)
    response = await call(
        hass, "capture", {"config_entry_id": entry.entry_id, "file_path": str(path)}
    )
    await processed(hass, entry)
    [item] = await db_rows(hass, InboxItem)
    assert item.id == response["inbox_item_id"]
    haven = Path(hass.config.path("haven"))
    stored = haven / str(item.storage_key)
    assert stored.read_bytes() == data
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    folder = stored.parent
    while folder != haven.parent:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        folder = folder.parent


async def test_documents_are_private(hass: HomeAssistant, files_dir: Path) -> None:
    """A real PDF is accepted and stored 0600 in 0700 folders."""
    entry = await setup_home(hass)
    asset = await call(
        hass, "create_asset", {"config_entry_id": entry.entry_id, "name": "Boiler"}
    )
    path = files_dir / "manual.pdf"
    path.write_bytes(VALID_PDF)
    await call(
        hass, "attach_document", {"asset_id": asset["asset_id"], "file_path": str(path)}
    )
    [row] = await db_rows(hass, Document)
    stored = Path(hass.config.path("haven", row.storage_key))
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    for folder in (stored.parent, stored.parent.parent, stored.parent.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_utf16_text_is_no_mpeg_frame() -> None:
    """A UTF-16 byte order mark is not an MPEG frame sync."""
    assert sniff("<html>".encode("utf-16") + b"\x00" * 60) is None
    assert sniff((FIXTURES / "smoke_alarm.mp3").read_bytes()[:64]) == "audio/mpeg"


async def test_no_ffprobe_no_audio(
    hass: HomeAssistant, files_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ffprobe audio cannot be checked: refused, in words, nothing stored."""
    monkeypatch.setattr(
        "custom_components.haven.capture.checks.shutil.which", lambda _: None
    )
    entry = await setup_home(hass)
    path = files_dir / "memo.ogg"
    path.write_bytes((FIXTURES / "dryer_vent.ogg").read_bytes())
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "capture", {"config_entry_id": entry.entry_id, "file_path": str(path)}
        )
    assert err.value.translation_key == "file_check_unavailable"
    assert "ffprobe" in str(err.value)
    assert await db_rows(hass, InboxItem) == []


async def test_ffprobe_beside_ffmpeg_is_timed(
    hass: HomeAssistant,
    files_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The ffprobe beside HA's ffmpeg is used; one that hangs is stopped in time."""
    from homeassistant.components.ffmpeg import get_ffmpeg_manager  # noqa: PLC0415

    tools = tmp_path / "tools"
    tools.mkdir()
    hanging = tools / "ffprobe"
    hanging.write_text("#!/bin/sh\nexec sleep 30\n")
    hanging.chmod(0o755)
    manager = get_ffmpeg_manager(hass)
    monkeypatch.setattr(manager, "_bin", str(tools / "ffmpeg"))
    manager.__dict__.pop("binary", None)  # a cached property
    monkeypatch.setattr("custom_components.haven.capture.checks.PROBE_TIMEOUT", 0.5)
    entry = await setup_home(hass)
    path = files_dir / "memo.ogg"
    path.write_bytes((FIXTURES / "dryer_vent.ogg").read_bytes())
    with pytest.raises(ServiceValidationError) as err:
        await call(
            hass, "capture", {"config_entry_id": entry.entry_id, "file_path": str(path)}
        )
    assert "took over 0.5 seconds" in str(err.value)
    manager.__dict__.pop("binary", None)
