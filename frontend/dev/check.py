# ruff: noqa: INP001, T201
"""Drive the harness in headless Chromium: timings, screenshots, axe-core, and the main flows.

Run from frontend/ after `node build.mjs --dev` (scripts/frontend-browser-check does both):
    python dev/check.py            # writes dev/out/*.png and prints a summary
Needs Playwright for Python and Debian's chromium (/usr/bin/chromium); no browser download.
Exits non-zero when axe finds a critical or serious violation, a flow fails, or a budget
is missed (Home complete within 1 s, an asset page within 300 ms).
"""

from __future__ import annotations

from collections.abc import Callable
import json
import os
from pathlib import Path
import shutil
import subprocess
import sys
import time
import urllib.request

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "dev" / "out"
PORT = int(os.environ.get("PORT", "8766"))
BASE = f"http://127.0.0.1:{PORT}"
HOME_BUDGET_MS = 1000
ASSET_BUDGET_MS = 300
PHONE_WIDTH = 390
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
]

HOME_READY = """() => {
  const p = document.querySelector('haven-panel');
  const h = p && p.shadowRoot && p.shadowRoot.querySelector('haven-home');
  const s = h && h.shadowRoot && h.shadowRoot.querySelector('section[aria-labelledby=h-upcoming]');
  if (s) { window.__ready = performance.now(); return true; }
  return false;
}"""

ASSET_READY = """(withHistory) => {
  const p = document.querySelector('haven-panel');
  const v = p && p.shadowRoot && p.shadowRoot.querySelector('haven-asset-view');
  const root = v && v.shadowRoot;
  if (!root || !root.querySelector('h1') || !root.querySelector('#h-tasks')) return false;
  if (withHistory && !root.querySelector('.totals')) return false;
  window.__ready = performance.now();
  return true;
}"""

failures: list[str] = []
results: dict[str, object] = {}


def wait_server() -> None:
    """Wait until the harness server answers."""
    for _ in range(50):
        try:
            urllib.request.urlopen(f"{BASE}/haven", timeout=1).read()  # noqa: S310
        except OSError:
            time.sleep(0.1)
        else:
            return
    raise SystemExit("the harness server did not start")


def axe(page: Page, name: str) -> None:
    """Run axe-core on the page; critical and serious violations fail the run."""
    page.add_script_tag(url=f"{BASE}/node_modules/axe-core/axe.min.js")
    found = page.evaluate(
        """async () => {
          const r = await axe.run(document, {resultTypes: ['violations']});
          return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' > '))}));
        }"""
    )
    bad = [v for v in found if v["impact"] in ("critical", "serious")]
    results[f"axe {name}"] = {
        "violations": len(found),
        "critical_or_serious": len(bad),
        "ids": sorted({v["id"] for v in found}),
    }
    failures.extend(
        f"axe {name}: {v['impact']} {v['id']} ({v['help']}) at {v['nodes']}"
        for v in bad
    )


def shot(page: Page, name: str, full: bool = False) -> None:
    """Save a screenshot in dev/out."""
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=full)


def in_app_navigate(page: Page, path: str) -> None:
    """Navigate the way HA does: pushState and location-changed."""
    page.evaluate(
        "(p) => { history.pushState(null, '', p); window.dispatchEvent(new CustomEvent('location-changed')); }",
        path,
    )


def run(page: Page, name: str, fn: Callable[[Page], None]) -> None:
    """Run one check; a failure is recorded and the next check goes on."""
    try:
        fn(page)
    except Exception as err:  # noqa: BLE001 - every failure is reported, the run goes on
        failures.append(f"{name}: {err}")
        shot(page, f"failed-{name}")


def timings(page: Page) -> None:
    """Measure Home, asset pages and rendering every task."""
    page.goto(f"{BASE}/haven")
    page.wait_for_function(HOME_READY, polling="raf")
    home = page.evaluate("window.__ready")
    results["home complete after navigation start (ms)"] = round(home)
    if home > HOME_BUDGET_MS:
        failures.append(f"Home took {home:.0f} ms (budget 1000)")
    long_tasks = page.evaluate(
        """() => new Promise(r => { const l = [];
          new PerformanceObserver(list => l.push(...list.getEntries().map(e => e.duration)))
            .observe({type: 'longtask', buffered: true});
          setTimeout(() => r(l), 200); })"""
    )
    results["long tasks during load (ms)"] = [round(x) for x in long_tasks]
    # The asset page, navigated to from Home as a click would.
    for i, asset in enumerate(["asset-5", "asset-77", "asset-250"]):
        page.evaluate("window.__t0 = performance.now()")
        in_app_navigate(page, f"/haven/asset/{asset}")
        page.wait_for_function(ASSET_READY, arg=False, polling="raf")
        first = page.evaluate("window.__ready - window.__t0")
        page.wait_for_function(ASSET_READY, arg=True, polling="raf")
        full = page.evaluate("window.__ready - window.__t0")
        results[f"asset page {i + 1}: shown / with history (ms)"] = [
            round(first),
            round(full),
        ]
        if first > ASSET_BUDGET_MS:
            failures.append(f"asset page took {first:.0f} ms (budget 300)")
        in_app_navigate(page, "/haven")
        page.wait_for_function(HOME_READY, polling="raf")
    # Every upcoming group opened at once: the whole thousand rendered.
    took = page.evaluate(
        """async () => {
          const home = document.querySelector('haven-panel').shadowRoot.querySelector('haven-home');
          const t0 = performance.now();
          for (const b of home.shadowRoot.querySelectorAll('.group-toggle[aria-expanded=false]')) b.click();
          await home.updateComplete;
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          return [performance.now() - t0, home.shadowRoot.querySelectorAll('li.task').length];
        }"""
    )
    results["open every group: ms / task rows"] = [round(took[0]), took[1]]
    # Search across the thousand tasks.
    page.fill("haven-home input[type=search]", "furnace filter")
    page.wait_for_selector("haven-home p.results")
    results["search result"] = page.inner_text("haven-home p.results").split("\n")[0]


def desktop_views(page: Page, dark: bool) -> None:
    """Screenshots and axe of every view at desktop width."""
    suffix = "-dark" if dark else ""
    page.goto(f"{BASE}/haven{'?dark' if dark else ''}")
    page.wait_for_function(HOME_READY, polling="raf")
    shot(page, f"home-desktop{suffix}")
    axe(page, f"home{suffix}")
    page.goto(f"{BASE}/haven/asset/asset-0{'?dark' if dark else ''}")
    page.wait_for_function(ASSET_READY, arg=True, polling="raf")
    page.wait_for_timeout(150)
    shot(page, f"asset-desktop{suffix}")
    axe(page, f"asset{suffix}")
    page.goto(f"{BASE}/haven/inbox{'?dark' if dark else ''}")
    page.wait_for_selector("haven-inbox li")
    page.wait_for_timeout(200)
    shot(page, f"inbox-desktop{suffix}")
    axe(page, f"inbox{suffix}")
    page.goto(f"{BASE}/haven?cards{'&dark' if dark else ''}")
    page.wait_for_selector("haven-overview-card li.task")
    shot(page, f"cards{suffix}")
    axe(page, f"cards{suffix}")


def phone_views(page: Page) -> None:
    """Screenshots at 390 px; no sideways scrolling."""
    page.goto(f"{BASE}/haven")
    page.wait_for_function(HOME_READY, polling="raf")
    shot(page, "home-390")
    width = page.evaluate("document.documentElement.scrollWidth")
    results["390 px: page scroll width"] = width
    if width > PHONE_WIDTH:
        failures.append(f"390 px layout scrolls sideways ({width} px)")
    page.click("haven-home li.task button[aria-label^='Mark']")
    page.wait_for_selector("haven-complete-dialog dialog[open]")
    shot(page, "complete-dialog-390")
    axe(page, "complete dialog")
    page.keyboard.press("Escape")
    page.wait_for_selector("haven-complete-dialog", state="detached")
    page.goto(f"{BASE}/haven/asset/asset-0")
    page.wait_for_function(ASSET_READY, arg=True, polling="raf")
    shot(page, "asset-390", full=True)
    page.goto(f"{BASE}/haven/inbox?dark")
    page.wait_for_selector("haven-inbox li")
    page.wait_for_timeout(200)
    shot(page, "inbox-390-dark", full=True)


def flows(page: Page) -> None:
    """Complete, refused write, removal meanwhile, reconnect, deep link."""
    page.goto(f"{BASE}/haven")
    page.wait_for_function(HOME_READY, polling="raf")
    # Complete the first overdue task with a cost: the toast says so and it leaves Overdue.
    first = page.locator("section[aria-labelledby=h-overdue] li.task").first
    name = first.locator(".task-name").inner_text()
    first.locator("button[aria-label^='Mark']").click()
    page.fill("haven-complete-dialog input[name=cost]", "12,50")
    page.click("haven-complete-dialog button[type=submit]")
    page.wait_for_selector("haven-complete-dialog", state="detached")
    toast = page.locator("haven-panel .toast").inner_text()
    results["complete: toast"] = toast
    assert name in toast, toast
    # A refused write keeps the dialog open with the input and shows the server's message.
    page.click("haven-home button:has-text('Add task')")
    page.wait_for_selector("haven-task-dialog dialog[open]")
    page.check("haven-task-dialog input[name=kind][value=cron]")
    page.fill("haven-task-dialog input[name=name]", "Make an error")
    page.fill("haven-task-dialog input[name=cron]", "0 9 1 *")
    page.wait_for_selector("haven-task-dialog .preview .error-text")
    results["cron preview error"] = page.inner_text(
        "haven-task-dialog .preview .error-text"
    )
    page.fill("haven-task-dialog input[name=cron]", "0 9 1 * *")
    page.wait_for_selector("haven-task-dialog .preview li")
    shot(page, "task-dialog-cron")
    axe(page, "task dialog")
    page.click("haven-task-dialog button[type=submit]")
    page.wait_for_selector("haven-task-dialog p.error")
    results["refused write: message"] = page.inner_text("haven-task-dialog p.error")
    assert page.input_value("haven-task-dialog input[name=name]") == "Make an error"
    page.keyboard.press("Escape")
    page.wait_for_selector("haven-task-dialog", state="detached")
    # A task removed while its dialog is open: the dialog closes with a message.
    page.locator(
        "section[aria-labelledby=h-overdue] li.task button[aria-label^='Snooze']"
    ).first.click()
    page.wait_for_selector("haven-snooze-dialog dialog[open]")
    task_id = page.evaluate(
        """() => { const d = document.querySelector('haven-panel').shadowRoot.querySelector('haven-snooze-dialog');
                   return d.params.taskId; }"""
    )
    page.evaluate(
        "(id) => havenDev.conn.sendMessagePromise({type: 'call_service', domain: 'haven', service: 'remove_task', service_data: {task_id: id}})",
        task_id,
    )
    page.wait_for_selector("haven-snooze-dialog", state="detached")
    results["removed meanwhile: toast"] = page.locator(
        "haven-panel .toast"
    ).inner_text()
    # Connection lost and back: a reconnecting banner, then one fresh subscription.
    page.evaluate("havenDev.conn.disconnect()")
    page.wait_for_selector("haven-panel .banner")
    results["disconnected: banner"] = page.inner_text("haven-panel .banner")
    page.evaluate("havenDev.conn.reconnect()")
    page.wait_for_selector("haven-panel .banner", state="detached")
    results["reconnected: subscriptions"] = page.evaluate(
        "havenDev.conn.subscriptionCount"
    )
    # Deep link and back.
    page.locator("haven-home .group-toggle").first.click()
    page.locator(
        "section[aria-labelledby=h-upcoming] li.task button[aria-label^='More']"
    ).first.click()
    page.click("haven-task-menu-dialog button:has-text('Open')")
    page.wait_for_function(ASSET_READY, arg=False, polling="raf")
    results["deep link"] = page.evaluate("location.pathname")


def capture(page: Page) -> None:
    """Voice memo, the same photo twice, and a refused file type."""
    page.goto(f"{BASE}/haven")
    page.wait_for_function(HOME_READY, polling="raf")
    before = page.evaluate("() => [...havenDev.conn.properties[0].inbox].length")
    page.click("haven-panel button.fab")
    page.wait_for_selector("haven-capture-dialog dialog[open]")
    page.click("haven-capture-dialog button:has-text('Record')")
    page.wait_for_selector("haven-capture-dialog .recording")
    page.wait_for_timeout(1500)
    page.click("haven-capture-dialog button:has-text('Stop')")
    page.wait_for_selector("haven-capture-dialog audio")
    shot(page, "capture-dialog-recorded")
    axe(page, "capture dialog")
    page.fill(
        "haven-capture-dialog textarea[name=text]", "The dryer makes a rattling noise"
    )
    page.click("haven-capture-dialog button[type=submit]")
    page.wait_for_selector("haven-capture-dialog", state="detached")
    after = page.evaluate("() => havenDev.conn.properties[0].inbox.length")
    results["voice memo capture: inbox before/after"] = [before, after]
    assert after == before + 1
    # A photo chosen from a file, twice the same file (the input is cleared each time).
    photo = OUT / "photo.svg"
    photo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    for _ in range(2):
        page.click("haven-panel button.fab")
        page.wait_for_selector("haven-capture-dialog dialog[open]")
        with page.expect_file_chooser() as chooser:
            page.click("haven-capture-dialog button:has-text('Choose a file')")
        chooser.value.set_files(str(photo))
        page.wait_for_selector("haven-capture-dialog .preview img")
        page.click("haven-capture-dialog button[type=submit]")
        page.wait_for_selector("haven-capture-dialog", state="detached")
    # A refused type shows the translated message and keeps the dialog.
    bad = OUT / "notes.txt"
    bad.write_text("not a photo")
    page.click("haven-panel button.fab")
    page.wait_for_selector("haven-capture-dialog dialog[open]")
    page.set_input_files("haven-capture-dialog #picker", str(bad))
    page.click("haven-capture-dialog button[type=submit]")
    page.wait_for_selector("haven-capture-dialog p.error")
    results["refused upload: message"] = page.inner_text("haven-capture-dialog p.error")
    page.keyboard.press("Escape")
    results["inbox after captures"] = page.evaluate(
        "() => havenDev.conn.properties[0].inbox.length"
    )


def main() -> int:
    """Start the server, run every check, print the figures."""
    OUT.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(  # noqa: S603 - node and our own script
        [shutil.which("node") or "node", "dev/serve.mjs"],
        cwd=ROOT,
        env={**os.environ, "PORT": str(PORT)},
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_server()
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True, args=ARGS
            )
            desktop = browser.new_context(viewport={"width": 1280, "height": 900})
            page = desktop.new_page()
            page.on("pageerror", lambda e: failures.append(f"page error: {e}"))
            run(page, "timings", timings)
            run(page, "desktop light", lambda pg: desktop_views(pg, dark=False))
            run(page, "desktop dark", lambda pg: desktop_views(pg, dark=True))
            run(page, "flows", flows)
            run(page, "capture", capture)
            phone = browser.new_context(
                viewport={"width": 390, "height": 844},
                device_scale_factor=2,
                is_mobile=True,
                has_touch=True,
            )
            mobile = phone.new_page()
            mobile.on(
                "pageerror", lambda e: failures.append(f"page error (390 px): {e}")
            )
            run(mobile, "phone", phone_views)
            browser.close()
    finally:
        server.terminate()
        server.wait()
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if failures:
        print("\nFAILURES:\n" + "\n".join(failures))
        return 1
    print(f"\nall browser checks passed; screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
