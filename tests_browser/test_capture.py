"""Capture from the phone: a photo, a voice memo, filed as a task.

A photo through the file chooser, a voice memo recorded from the microphone
(Chromium's fake one says SPOKEN), transcribed by the tests' pocketsphinx engine through Assist, shown in the inbox and filed as a task.
"""

from __future__ import annotations

from pathlib import Path
import time
from typing import Any

from playwright.sync_api import Page, expect

from .conftest import SPOKEN
from .instance import Instance
from .pages import axe_violations, dialog, open_panel, panel, shot, toast

RECORD_SECONDS = (
    5  # longer than the spoken phrase (0.3 s of silence, about 3 s of speech)
)


def _inbox(ha: Instance) -> list[dict[str, Any]]:
    return list(ha.dashboard()["inbox"])


def test_photo_through_the_file_chooser(
    phone: Page, ha: Instance, media: dict[str, Path], axe_source: Path
) -> None:
    """A photo with a line of text, about an asset: in the inbox with its picture."""
    open_panel(phone)
    panel(phone).get_by_role("button", name="Capture something").click()
    form = dialog(phone)
    with phone.expect_file_chooser() as chooser:
        form.get_by_role("button", name="Take or choose a photo").click()
    assert chooser.value.element.get_attribute("capture") == "environment"
    chooser.value.set_files(media["photo"])
    expect(form.locator(".preview img")).to_be_visible()
    expect(form).to_contain_text("leak.jpg")
    form.get_by_role("textbox", name="Or type a note").fill(
        "Water stain under the sink"
    )
    form.get_by_role("combobox", name="About (optional)").select_option(
        label="Dishwasher"
    )
    shot(phone, "docs-capture-photo")
    assert axe_violations(phone, "haven-capture-dialog", axe_source) == []
    form.get_by_role("button", name="Send to inbox").click()
    expect(toast(phone)).to_contain_text("Sent to the inbox.")
    item = next(i for i in _inbox(ha) if i.get("text") == "Water stain under the sink")
    assert item["mime_type"] == "image/jpeg"

    open_panel(phone, "/haven/inbox")
    card = panel(phone).locator("haven-inbox li", has_text="Water stain under the sink")
    picture = card.locator("haven-media img")
    expect(picture).to_be_visible()
    expect(picture).to_have_attribute("alt", "Photo: Water stain under the sink")
    expect(card).to_contain_text("Dishwasher")
    phone.wait_for_function(
        "(img) => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )


def test_voice_memo_transcribed_and_filed_as_a_task(
    phone: Page, ha: Instance, axe_source: Path
) -> None:
    """Record, stop, send; the transcript appears live in the inbox; file it as a task."""
    before = {i["inbox_item_id"] for i in _inbox(ha)}
    open_panel(phone, "/haven/inbox")
    panel(phone).get_by_role("button", name="Capture something").click()
    form = dialog(phone)
    form.get_by_role("button", name="Record a voice memo").click()
    status = form.locator("p.recording")
    expect(status).to_contain_text("Recording…")
    shot(phone, "docs-capture-recording")
    time.sleep(RECORD_SECONDS)
    form.get_by_role("button", name="Stop recording").click()
    expect(form.locator(".preview audio")).to_be_attached()
    expect(form.locator(".preview")).to_contain_text("Voice memo (0:0")
    form.get_by_role("button", name="Send to inbox").click()
    expect(toast(phone)).to_contain_text("Sent to the inbox.")

    # Processed in the background (ffmpeg, then the STT engine); the inbox follows live.
    card = panel(phone).locator("haven-inbox li", has_text=SPOKEN)
    expect(card).to_be_visible(timeout=60_000)
    expect(card).to_contain_text("What was said")
    expect(card).to_contain_text("Understood")
    expect(card.locator("haven-media audio")).to_be_attached()
    (item,) = [i for i in _inbox(ha) if i["inbox_item_id"] not in before]
    assert item["transcription"] == SPOKEN
    assert item["mime_type"].startswith("audio/")
    shot(phone, "docs-inbox")
    assert axe_violations(phone, "haven-panel", axe_source) == []

    card.get_by_role("button", name="File it").click()
    triage = dialog(phone)
    expect(triage.get_by_role("radio", name="A task")).to_be_checked()
    name = triage.get_by_role("textbox", name="Name", exact=True)
    expect(name).to_have_value(SPOKEN)
    name.fill("Replace the furnace filter")
    triage.get_by_role("combobox", name="Asset", exact=True).select_option(
        label="Furnace"
    )
    triage.get_by_role("spinbutton", name="Every").fill("3")
    triage.get_by_role("combobox", name="Unit").select_option(label="months")
    expect(triage.get_by_role("textbox", name="Notes")).to_have_value(SPOKEN)
    assert axe_violations(phone, "haven-triage-dialog", axe_source) == []
    triage.get_by_role("button", name="File it").click()
    expect(toast(phone)).to_contain_text("Capture filed.")
    expect(card).to_have_count(0)

    snapshot = ha.dashboard()
    assert item["inbox_item_id"] not in {i["inbox_item_id"] for i in snapshot["inbox"]}
    furnace = next(a for a in snapshot["assets"] if a["name"] == "Furnace")
    task = next(
        t
        for t in snapshot["tasks"]
        if t["name"] == "Replace the furnace filter" and t.get("notes") == SPOKEN
    )
    assert task["asset_id"] == furnace["asset_id"]
    assert task["schedule"] == {
        "kind": "interval",
        "every": 3,
        "unit": "months",
        "anchor": "completion",
    }
