"""Haven's cards on a dashboard.

From the raw configuration and the card picker, their visual editors, live data,
Done from a card, and the capture card's dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Locator, Page, expect
import pytest

from tests_system.harness import ha_day

from .instance import Instance
from .pages import PHONE, axe_violations, dialog, new_page, shot, task_row, toast

DASHBOARD = "haven-cards"


@pytest.fixture(scope="module")
def furnace(ha: Instance) -> dict[str, Any]:
    """The demo's furnace."""
    return next(a for a in ha.dashboard()["assets"] if a["name"] == "Furnace")


@pytest.fixture(scope="module")
def dashboard(ha: Instance, furnace: dict[str, Any]) -> str:
    """A dashboard with the three cards, written as its raw configuration would be."""
    ha.ws(
        "lovelace/dashboards/create",
        url_path=DASHBOARD,
        title="Home upkeep",
        icon="mdi:home-heart",
        require_admin=False,
        show_in_sidebar=True,
        mode="storage",
    )
    ha.ws(
        "lovelace/config/save",
        url_path=DASHBOARD,
        config={
            "views": [
                {
                    "title": "Upkeep",
                    "path": "upkeep",
                    "cards": [
                        {"type": "custom:haven-overview-card"},
                        {
                            "type": "custom:haven-asset-card",
                            "asset_id": furnace["asset_id"],
                        },
                        {"type": "custom:haven-capture-card"},
                    ],
                }
            ]
        },
    )
    return f"/{DASHBOARD}/upkeep"


def _card(page: Page, tag: str) -> Locator:
    return page.locator(f"hui-card {tag}, {tag}").first


def _cards(ha: Instance) -> list[dict[str, Any]]:
    config = ha.ws("lovelace/config", url_path=DASHBOARD)
    return list(config["views"][0]["cards"])


def test_cards_show_live_data(
    browser: Browser, owner_state: Path, ha: Instance, dashboard: str, axe_source: Path
) -> None:
    """Opened directly (the module races HA's app), every card renders, on a phone too."""
    for viewport in (None, PHONE):
        page = new_page(browser, ha.base_url, owner_state, viewport=viewport)
        try:
            page.goto(dashboard)
            overview = _card(page, "haven-overview-card")
            expect(overview.locator("ha-card")).to_contain_text("Demo House")
            expect(overview).to_contain_text("Inspect the flue")
            asset = _card(page, "haven-asset-card")
            expect(asset.locator("h2")).to_have_text("Furnace")
            capture = _card(page, "haven-capture-card")
            expect(
                capture.get_by_role("button", name="Capture something")
            ).to_be_visible()
            for tag in (
                "haven-overview-card",
                "haven-asset-card",
                "haven-capture-card",
            ):
                assert axe_violations(page, tag, axe_source) == [], tag
            shot(page, "docs-cards" if viewport is None else "cards-phone")
        finally:
            page.context.close()


def test_done_from_the_asset_card(
    page: Page, ha: Instance, dashboard: str, furnace: dict[str, Any]
) -> None:
    """Done on a card opens the same dialog; the card follows the write at once."""
    task_id = ha.call(
        "create_task",
        {
            "asset_id": furnace["asset_id"],
            "name": "Check the condensate drain",
            "every": 6,
            "unit": "months",
            "first_due": ha_day(-1),
        },
    )["task_id"]
    page.goto(dashboard)
    card = _card(page, "haven-asset-card")
    row = task_row(card, "Check the condensate drain")
    expect(row.locator(".chip")).to_contain_text("Due")
    row.get_by_role("button", name="Mark Check the condensate drain done").click()
    dialog(page).get_by_role("button", name="Mark done").click()
    expect(toast(page)).to_contain_text("Check the condensate drain done.")
    expect(row.locator(".chip")).to_contain_text("Due in")
    record = next(t for t in ha.dashboard()["tasks"] if t["task_id"] == task_id)
    assert record["status"] == "ok"


def test_capture_card_opens_the_capture_dialog(
    page: Page, dashboard: str, axe_source: Path
) -> None:
    """The capture card's button opens the capture dialog over the dashboard."""
    page.goto(dashboard)
    _card(page, "haven-capture-card").get_by_role(
        "button", name="Capture something"
    ).click()
    form = dialog(page)
    expect(form.get_by_role("heading")).to_have_text("Capture something")
    expect(form.get_by_role("button", name="Record a voice memo")).to_be_visible()
    assert axe_violations(page, "haven-capture-dialog", axe_source) == []
    form.get_by_role("button", name="Cancel").click()
    expect(dialog(page)).to_have_count(0)


def test_card_picker_and_visual_editors(
    page: Page, ha: Instance, dashboard: str
) -> None:
    """The card picker lists Haven's cards; each card's visual editor opens and saves."""
    page.goto(f"{dashboard}?edit=1")
    page.get_by_role("button", name="Add card").click()
    # HA 2026.10 opens the dialog on "By entity"; 2026.2 on "By card".
    page.get_by_role("tab", name="By card").click()
    picker = page.locator("hui-card-picker")
    # HA 2026.2 labels the search field (search-input); 2026.10 only gives it a placeholder
    # (ha-input-search).
    picker.get_by_role("textbox", name="Search cards").or_(
        picker.get_by_placeholder("Search cards", exact=True)
    ).fill("Haven")
    for name in ("Haven overview", "Haven asset", "Haven capture"):
        expect(picker.get_by_text(name, exact=True)).to_be_visible()
    # The overview card from the picker: its visual editor opens; a title is set.
    picker.locator(
        "div.card", has=page.locator(".card-header", has_text="Haven overview")
    ).click()
    editor = page.locator("haven-card-editor")
    expect(editor).to_be_visible()
    editor.get_by_role("textbox", name="Title").fill("Our home")
    editor.get_by_role("textbox", name="Title").press("Tab")
    expect(page.locator("hui-dialog-edit-card haven-overview-card")).to_contain_text(
        "Our home"
    )
    shot(page, "card-editor")
    page.locator("hui-dialog-edit-card").get_by_role("button", name="Save").click()
    ha.wait_for(
        lambda: any(
            c["type"] == "custom:haven-overview-card" and c.get("title") == "Our home"
            for c in _cards(ha)
        ),
        "the overview card saved",
    )
    expect(page.locator("haven-overview-card", has_text="Our home")).to_have_count(1)

    # The capture card's editor picks its asset by name.
    capture = page.locator("hui-card-options", has=page.locator("haven-capture-card"))
    capture.get_by_role("button", name="Edit").click()
    editor = page.locator("haven-card-editor")
    asset = editor.get_by_role("combobox", name="Asset")
    expect(asset.locator("option", has_text="Furnace")).to_have_count(1)
    assert "Furnace" in asset.inner_text()
    asset.select_option(label="Dishwasher")
    page.locator("hui-dialog-edit-card").get_by_role("button", name="Save").click()
    dishwasher = next(a for a in ha.dashboard()["assets"] if a["name"] == "Dishwasher")
    ha.wait_for(
        lambda: any(
            c["type"] == "custom:haven-capture-card"
            and c.get("asset_id") == dishwasher["asset_id"]
            for c in _cards(ha)
        ),
        "the capture card saved",
    )
