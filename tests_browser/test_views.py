"""The panel's views and deep links, on a desktop and a phone, with axe-core."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from .instance import Instance
from .pages import (
    axe_violations,
    navigate,
    no_sideways_scroll,
    open_panel,
    panel,
    shot,
    sign_in,
    task_row,
)


def _asset_id(ha: Instance, name: str) -> str:
    assets = ha.dashboard()["assets"]
    return next(a["asset_id"] for a in assets if a["name"] == name)


def test_sign_in_opens_the_panel(ha: Instance, browser: Browser) -> None:
    """HA's login form leads straight to the deep link asked for (the inbox)."""
    context = sign_in(browser, ha.base_url, "owner", path="/haven/inbox")
    try:
        page = context.new_page()
        open_panel(page, "/haven/inbox")
        expect(panel(page).locator("haven-inbox h1")).to_have_text("Inbox")
    finally:
        context.close()


def test_home(page: Page, ha: Instance, axe_source: Path) -> None:
    """Health, the overdue task of the demo, upcoming groups, recent work, the address."""
    home = open_panel(page)
    expect(home.locator(".stat").first).to_contain_text("House health")
    overdue = home.locator("section[aria-labelledby=h-overdue]")
    expect(task_row(overdue, "Inspect the flue")).to_be_visible()
    expect(home.locator("section[aria-labelledby=h-upcoming]")).to_contain_text(
        "Basement"
    )
    expect(home.locator("section[aria-labelledby=h-recent]")).to_contain_text(
        "Replaced the door seal"
    )
    # The property's address is shown in the panel's header.
    expect(panel(page).locator("header")).to_contain_text("1 Example Street")
    shot(page, "docs-home")
    assert axe_violations(page, "haven-panel", axe_source) == []


def test_home_filters_and_groups(page: Page) -> None:
    """Search, zone filter and grouping by asset narrow what is listed."""
    home = open_panel(page)
    home.get_by_role("searchbox", name="Search tasks").fill("filter")
    expect(home.locator("p.results")).to_contain_text("match")
    upcoming = home.locator("section[aria-labelledby=h-upcoming]")
    expect(upcoming.locator(".task-name").first).to_contain_text("filter")
    home.get_by_role("button", name="Clear filters").click()
    home.get_by_role("button", name="Asset", exact=True).click()
    expect(upcoming.get_by_role("button", name="Furnace")).to_be_visible()


def test_asset_page(page: Page, ha: Instance, axe_source: Path) -> None:
    """An asset's page: details, tasks with schedules, history with costs."""
    dishwasher = _asset_id(ha, "Dishwasher")
    view = open_panel(page, f"/haven/asset/{dishwasher}")
    expect(view.locator("h1")).to_have_text("Dishwasher")
    expect(view.locator("section[aria-labelledby=h-details]")).to_contain_text("Bosch")
    expect(
        view.locator("section[aria-labelledby=h-tasks] li.task").first
    ).to_be_visible()
    history = view.locator("section[aria-labelledby=h-history]")
    expect(history).to_contain_text("Replaced the door seal")
    expect(history.locator(".totals").first).to_contain_text("34.50")
    shot(page, "docs-asset")
    assert axe_violations(page, "haven-panel", axe_source) == []


def test_links_move_between_views(page: Page, ha: Instance, axe_source: Path) -> None:
    """From home to an asset (its link), back, to the inbox, and unknown assets."""
    home = open_panel(page)
    overdue = home.locator("section[aria-labelledby=h-overdue]")
    task_row(overdue, "Inspect the flue").get_by_role("link", name="Furnace").click()
    expect(page).to_have_url(f"{ha.base_url}/haven/asset/{_asset_id(ha, 'Furnace')}")
    expect(panel(page).locator("haven-asset-view h1")).to_have_text("Furnace")
    panel(page).get_by_role("button", name="Back").click()
    expect(panel(page).locator("haven-home")).to_be_visible()
    panel(page).get_by_role("link", name="Inbox").click()
    expect(page).to_have_url(f"{ha.base_url}/haven/inbox")
    expect(panel(page).locator("haven-inbox h1")).to_have_text("Inbox")
    assert axe_violations(page, "haven-panel", axe_source) == []
    navigate(page, "/haven/asset/no-such-asset")
    expect(panel(page).locator("haven-asset-view")).to_contain_text(
        "This asset no longer exists."
    )


def test_phone_layout(phone: Page, ha: Instance, axe_source: Path) -> None:
    """At 390 px every view fits the screen: nothing scrolls sideways."""
    home = open_panel(phone)
    expect(home.locator("section[aria-labelledby=h-overdue]")).to_be_visible()
    assert no_sideways_scroll(phone) == 0
    shot(phone, "docs-phone-home")
    assert axe_violations(phone, "haven-panel", axe_source) == []
    open_panel(phone, f"/haven/asset/{_asset_id(ha, 'Furnace')}")
    expect(panel(phone).locator("section[aria-labelledby=h-history]")).to_be_visible()
    assert no_sideways_scroll(phone) == 0
    open_panel(phone, "/haven/inbox")
    assert no_sideways_scroll(phone) == 0
    # A dialog at phone width too.
    open_panel(phone)
    panel(phone).get_by_role("button", name="Add task").click()
    expect(phone.locator("dialog[open]")).to_be_visible()
    assert no_sideways_scroll(phone) == 0
    assert axe_violations(phone, "haven-task-dialog", axe_source) == []
