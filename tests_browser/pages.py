"""What the tests do in the browser: sign in, open the panel, dialogs, axe, screenshots.

Playwright's CSS locators look inside open shadow roots, so `haven-panel`, the views,
their dialogs and the cards are reached by plain selectors under HA's own elements.
"""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
import os
from pathlib import Path
import re
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from tests_system.harness import DEFAULT_PASSWORD

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "out"
DESKTOP = {"width": 1280, "height": 860}
# The people of the house: their browsers are in the home's time zone and speak English.
PEOPLE: dict[str, Any] = {"timezone_id": "Europe/Amsterdam", "locale": "en-GB"}
PHONE = {"width": 390, "height": 844}
# HA's own timeouts are generous on a shared 2-core machine; so are the tests' waits
# (actions and `expect`), which only take that long when the machine is busy.
TIMEOUT_MS = 20_000
expect.set_options(timeout=TIMEOUT_MS)


def sign_in(
    browser: Browser,
    base_url: str,
    username: str,
    path: str = "/haven",
    state_file: Path | None = None,
) -> BrowserContext:
    """Sign in through HA's login form ("keep me logged in"); return the context.

    With state_file, the signed-in storage (HA's tokens in localStorage) is saved there
    for later contexts of the same user.
    """
    context = browser.new_context(viewport=DESKTOP, base_url=base_url, **PEOPLE)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(path)
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    keep = page.locator("ha-formfield input[type=checkbox], ha-checkbox input").first
    if keep.count() and not keep.is_checked():
        keep.check()
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(re.compile(re.escape(base_url + path) + r"($|[?#])"))
    expect(page.locator("haven-panel")).to_be_attached()
    if state_file is not None:
        context.storage_state(path=str(state_file))
    page.close()
    return context


def new_page(
    browser: Browser,
    base_url: str,
    state_file: Path,
    viewport: dict[str, int] | None = None,
    **options: Any,
) -> Page:
    """A fresh tab of a signed-in user (a context of its own)."""
    context = browser.new_context(
        viewport=viewport or DESKTOP,
        base_url=base_url,
        storage_state=str(state_file),
        **(PEOPLE | options),
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


def panel(page: Page) -> Locator:
    """Haven's panel element."""
    return page.locator("haven-panel")


def open_panel(page: Page, path: str = "/haven") -> Locator:
    """Load a panel URL and wait until its view shows live data."""
    page.goto(path)
    view = panel(page).locator("haven-home, haven-asset-view, haven-inbox").first
    expect(view).to_be_visible()
    expect(panel(page).locator("main > p.empty[role=status]")).to_have_count(0)
    return view


def navigate(page: Page, path: str) -> None:
    """Move inside HA's single-page app the way a link does (no reload)."""
    page.evaluate(
        """(p) => { history.pushState(null, '', p);
                    window.dispatchEvent(new CustomEvent('location-changed')); }""",
        path,
    )


def dialog(page: Page) -> Locator:
    """The open Haven dialog (a native modal <dialog>)."""
    return page.locator("dialog[open]")


def toast(page: Page) -> Locator:
    """Haven's status line (the message after an action)."""
    return page.locator(".toast")


def task_row(scope: Page | Locator, name: str) -> Locator:
    """The row of a task, by its name."""
    page = scope if isinstance(scope, Page) else scope.page
    exact = re.compile(f"^{re.escape(name)}$")
    return scope.locator("li.task", has=page.locator(".task-name", has_text=exact))


def shot(page: Page, name: str, *, full_page: bool = False) -> Path:
    """Save a screenshot under tests_browser/out/<HA version>/ (and the docs' ones).

    With HAVEN_SCREENSHOTS set to a folder, screenshots named `docs-*` are saved
    there too (scripts/test-browser --screenshots writes docs/screenshots/).
    """
    version = os.environ.get("HAVEN_BROWSER_HA_VERSION", "ha")
    folder = OUT / version
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page, animations="disabled")
    docs = os.environ.get("HAVEN_SCREENSHOTS")
    if docs and name.startswith("docs-"):
        target = Path(docs) / f"{name.removeprefix('docs-')}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target), full_page=full_page, animations="disabled")
    return path


AXE_SCRIPT = """async (selector) => {
  // The element (found through open shadow roots) and everything inside it.
  const find = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) return inner; }
    }
    return null;
  };
  const target = find(document);
  if (!target) return {error: `no ${selector}`};
  const result = await axe.run(target, {resultTypes: ['violations']});
  return {violations: result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target))}))};
}"""


def axe_violations(page: Page, selector: str, axe_source: Path) -> list[str]:
    """Run axe-core on one of Haven's elements; return its critical or serious findings.

    Only Haven's own elements are scanned: HA's sidebar and toolbars are HA's to fix.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source.read_text(encoding="utf-8"))
    result = page.evaluate(AXE_SCRIPT, selector)
    assert "error" not in result, result
    return [
        f"{v['impact']} {v['id']}: {v['help']} at {v['nodes']}"
        for v in result["violations"]
        if v["impact"] in {"critical", "serious"}
    ]


def no_sideways_scroll(page: Page) -> int:
    """How far the page scrolls sideways (0 when nothing is wider than the screen)."""
    return int(
        page.evaluate(
            """() => {
              const doc = document.scrollingElement;
              let worst = doc.scrollWidth - doc.clientWidth;
              // HA scrolls its views inside its own elements: check every scroller.
              const walk = (root) => {
                for (const el of root.querySelectorAll('*')) {
                  const style = getComputedStyle(el);
                  if (['auto', 'scroll'].includes(style.overflowX) && el.clientWidth > 0) {
                    worst = Math.max(worst, el.scrollWidth - el.clientWidth);
                  }
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(document);
              return worst;
            }"""
        )
    )


@contextlib.contextmanager
def console_errors(page: Page) -> Iterator[list[str]]:
    """Collect the page's console errors and uncaught exceptions meanwhile."""
    errors: list[str] = []

    def _console(message: Any) -> None:
        if message.type == "error":
            errors.append(message.text)

    def _error(error: Any) -> None:
        errors.append(str(error))

    page.on("console", _console)
    page.on("pageerror", _error)
    try:
        yield errors
    finally:
        page.remove_listener("console", _console)
        page.remove_listener("pageerror", _error)
