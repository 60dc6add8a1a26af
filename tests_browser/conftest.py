"""Fixtures: one real Home Assistant per run, one Chromium, signed-in tabs, media files.

The session starts HA the way scripts/develop does (tests_system/harness.py: its own
config folder and port, the demo property), with the tests' pocketsphinx STT engine as
the preferred Assist pipeline's, and a non-administrator "guest". Chromium is Debian's
(/usr/bin/chromium), headless, with a fake microphone that plays an espeak-ng recording.
"""

from __future__ import annotations

from collections.abc import Iterator
import os
from pathlib import Path
import shutil
import subprocess

from playwright.sync_api import Browser, Page, Playwright, sync_playwright
import pytest

from .instance import GUEST, Instance
from .pages import PHONE, new_page, sign_in

CHROMIUM = os.environ.get("HAVEN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "capture"
# What the fake microphone says (a phrase of the tests' STT grammar).
SPOKEN = "replace the furnace filter in the basement"


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The files the tests upload: a photo, a spoken WAV, a PDF, refused and huge files."""
    folder = tmp_path_factory.mktemp("media")
    photo = folder / "leak.jpg"
    shutil.copy(FIXTURES / "photo.jpg", photo)
    # The fake microphone: en-us (Chromium records other voices too quietly for the
    # recogniser), 48 kHz 16-bit mono, padded with silence to longer than the memo
    # (Chromium loops the file).
    spoken = folder / "spoken.wav"
    _run("espeak-ng", "-v", "en-us", "-w", str(folder / "raw.wav"), SPOKEN)
    _run(
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
        "-i", str(folder / "raw.wav"),
        "-af", "adelay=300,apad=whole_dur=6",
        "-ar", "48000", "-ac", "1", "-c:a", "pcm_s16le", str(spoken),
    )  # fmt: skip
    pdf = folder / "Furnace manual.pdf"
    pdf.write_bytes(_minimal_pdf("Furnace manual"))
    refused = folder / "notes.jpg"  # a text file that calls itself a photo
    refused.write_text("not a photo at all\n" * 20, encoding="utf-8")
    huge = folder / "huge.jpg"  # a JPEG header, then 26 MB: over Haven's 25 MB limit
    with huge.open("wb") as out:
        out.write((FIXTURES / "photo.jpg").read_bytes())
        out.truncate(26 * 1024 * 1024)
    return {
        "photo": photo,
        "spoken": spoken,
        "pdf": pdf,
        "refused": refused,
        "huge": huge,
    }


def _minimal_pdf(title: str) -> bytes:
    """A one-page PDF with a line of text (valid enough for any viewer)."""
    stream = f"BT /F1 24 Tf 72 720 Td ({title}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@pytest.fixture(scope="session")
def ha() -> Iterator[Instance]:
    """The running Home Assistant (fails the run at the end on Haven errors in its log)."""
    instance = Instance()
    os.environ.setdefault("HAVEN_BROWSER_HA_VERSION", "starting")
    try:
        instance.start()
        os.environ["HAVEN_BROWSER_HA_VERSION"] = instance.version
        yield instance
    finally:
        problems = instance.close()
    if problems:
        pytest.fail(
            f"Haven logged errors (config kept in {instance.config_dir}):\n"
            + "\n\n".join(problems),
            pytrace=False,
        )
    instance.remove_config()


@pytest.fixture(scope="session")
def axe_source() -> Path:
    """axe-core's script (scripts/test-browser installs the version package.json pins)."""
    path = (
        Path(os.environ.get("HAVEN_AXE", "")) if os.environ.get("HAVEN_AXE") else None
    )
    candidates = [
        path,
        Path(__file__).resolve().parent.parent
        / "frontend"
        / "node_modules"
        / "axe-core"
        / "axe.min.js",
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_file():
            return candidate
    pytest.fail("axe-core not found: run scripts/test-browser (or set HAVEN_AXE)")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """Playwright, once per run (its sync API runs one instance at a time)."""
    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright: Playwright, media: dict[str, Path]) -> Iterator[Browser]:
    """Headless Chromium with a fake microphone that says SPOKEN."""
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            *CHROMIUM_ARGS,
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={media['spoken']}",
        ],
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def browser_without_microphone_permission(playwright: Playwright) -> Iterator[Browser]:
    """Chromium whose permission prompts are answered "block" (headless default)."""
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[*CHROMIUM_ARGS, "--use-fake-device-for-media-stream"],
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def owner_state(
    ha: Instance, browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The owner signed in once through HA's login form; the saved storage."""
    state = tmp_path_factory.mktemp("owner") / "state.json"
    sign_in(browser, ha.base_url, "owner", state_file=state).close()
    return state


@pytest.fixture(scope="session")
def guest_state(
    ha: Instance, browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The guest (not an administrator) signed in through the login form."""
    state = tmp_path_factory.mktemp("guest") / "state.json"
    sign_in(browser, ha.base_url, GUEST[1], state_file=state).close()
    return state


@pytest.fixture
def page(ha: Instance, browser: Browser, owner_state: Path) -> Iterator[Page]:
    """A desktop-sized tab of the owner."""
    tab = new_page(browser, ha.base_url, owner_state)
    yield tab
    tab.context.close()


@pytest.fixture
def phone(ha: Instance, browser: Browser, owner_state: Path) -> Iterator[Page]:
    """A phone-sized tab (390 px wide, touch) of the owner."""
    tab = new_page(
        browser,
        ha.base_url,
        owner_state,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    yield tab
    tab.context.close()
