"""The Home Assistant under test: started like scripts/develop, driven from a sync test.

The harness (tests_system/harness.py) is asyncio; Playwright's API used by the tests is
synchronous. The harness therefore runs on an event loop in a thread of its own, and
`Instance` offers blocking calls into it.

Which Home Assistant runs is chosen by the environment (scripts/test-browser sets it):

- by default the host's `.venv` (HA 2026.2.3, Python 3.13);
- with `HAVEN_CHROOT_ROOT` (the Debian sid tree of scripts/test-latest-ha) and
  `HAVEN_CHROOT_PYTHON` (a venv's python inside it), that HA on Python 3.14, started in
  the tree through scripts/lib/chroot-python. The tree shares the host's network, so
  the host's Chromium reaches it on 127.0.0.1; its config folder lives in the tree's
  /tmp and links to the repository at /src (bind-mounted read-only).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
import os
from pathlib import Path
import shutil
import tempfile
import threading
import time
from typing import Any

from tests_system.harness import (
    REPO,
    HarnessError,
    HomeAssistantProcess,
    Tokens,
)
from tests_system.smoke import DEMO_PROPERTY

STT_INTEGRATION = REPO / "tests_system" / "haven_test_stt"
GRAMMAR = REPO / "tests" / "fixtures" / "capture" / "phrases.gram"
STT_ENTITY = "stt.pocketsphinx"
GUEST = ("Guest", "guest")

# What the harness's configuration.yaml gets besides Haven and the demo property:
# Assist (for the speech-to-text of voice memos), the tests' STT engine, and person
# (the owner gets a person entity at onboarding, which the task dialog offers).
EXTRA_CONFIGURATION = """\
assist_pipeline:
haven_test_stt:
person:
"""


class Loop:
    """An asyncio event loop running in a daemon thread."""

    def __init__(self) -> None:
        """Start the loop."""
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run[T](self, coro: Coroutine[Any, Any, T], timeout: float = 300) -> T:
        """Run a coroutine on the loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        """Stop the loop."""
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


def chroot_settings() -> tuple[Path, str] | None:
    """Return the chroot's root and python when the tests run HA inside it."""
    root = os.environ.get("HAVEN_CHROOT_ROOT")
    python = os.environ.get("HAVEN_CHROOT_PYTHON")
    if not root or not python:
        return None
    return Path(root), python


class Instance:
    """One running Home Assistant with Haven, the demo property and a guest user."""

    def __init__(self) -> None:
        """Describe it; start() starts it."""
        self.loop = Loop()
        chroot = chroot_settings()
        if chroot is None:
            self.config_dir = Path(tempfile.mkdtemp(prefix="haven-browser-"))
            python: str = str(REPO / ".venv" / "bin" / "python")
            repo = REPO
            env = None
        else:
            root, inside = chroot
            self.config_dir = Path(
                tempfile.mkdtemp(prefix="haven-browser-", dir=root / "tmp")
            )
            python = str(REPO / "scripts" / "lib" / "chroot-python")
            repo = Path("/src")
            env = {**os.environ, "HAVEN_CHROOT_PYTHON": inside}
        self.chroot = chroot is not None
        self.process = HomeAssistantProcess(
            python,
            self.config_dir,
            demo=True,
            name=DEMO_PROPERTY,
            extra_configuration=EXTRA_CONFIGURATION,
            repo=repo,
            env=env,
        )
        self.entry_id = ""
        self.version = ""
        self.guest_id = ""
        self.guest: Tokens | None = None

    # Life cycle

    def start(self) -> None:
        """Start HA, onboard, wait for the demo property, configure Assist and a guest."""
        self._install_stt()
        started = time.monotonic()
        self.run(self.process.start())
        self.run(self.process.onboard(core_config=True))
        self.run(
            self.process.wait_for(self._demo_seeded, 300, "the demo property"),
            timeout=320,
        )
        config = self.run(self.process.rest("GET", "/api/config"))
        self.version = config["version"]
        self.run(self._use_test_stt())
        self.guest_id, self.guest = self.run(self.process.create_user(*GUEST))
        print(
            f"\nHome Assistant {self.version} ready on {self.base_url} after "
            f"{time.monotonic() - started:.1f} s (config {self.config_dir})"
        )

    def close(self) -> list[str]:
        """Stop HA gracefully; return Haven's errors and tracebacks from its log."""
        try:
            if self.process.running:
                self.run(self.process.stop())
        finally:
            problems = self.process.haven_problems()
            self.run(self.process.close())
            self.loop.close()
        return problems

    def remove_config(self) -> None:
        """Delete the config folder (after a run that passed)."""
        shutil.rmtree(self.config_dir, ignore_errors=True)

    def _install_stt(self) -> None:
        """Copy the tests' STT integration and its grammar into custom_components."""
        target = self.config_dir / "custom_components" / "haven_test_stt"
        shutil.copytree(
            STT_INTEGRATION,
            target,
            ignore=shutil.ignore_patterns("__pycache__"),
            dirs_exist_ok=True,
        )
        shutil.copy(GRAMMAR, target / "phrases.gram")

    async def _demo_seeded(self) -> bool:
        entries = [
            e
            for e in await self.process.haven_entries()
            if e["title"] == DEMO_PROPERTY and e["state"] == "loaded"
        ]
        if not entries:
            return False
        history = await self.process.call(
            "haven", "get_history", {"config_entry_id": entries[0]["entry_id"]}
        )
        if not history["logs"]:
            return False
        self.entry_id = entries[0]["entry_id"]
        return True

    async def _use_test_stt(self) -> None:
        """Make an Assist pipeline with the tests' STT engine the preferred one."""

        async def _stt_ready() -> bool:
            return any(
                s["entity_id"] == STT_ENTITY for s in await self.process.states()
            )

        await self.process.wait_for(_stt_ready, 60, STT_ENTITY)
        async with self.process.websocket() as ws:
            pipeline = await ws.command(
                "assist_pipeline/pipeline/create",
                conversation_engine="conversation.home_assistant",
                conversation_language="en",
                language="en",
                name="Haven tests",
                stt_engine=STT_ENTITY,
                stt_language="en",
                tts_engine=None,
                tts_language=None,
                tts_voice=None,
                wake_word_entity=None,
                wake_word_id=None,
            )
            await ws.command(
                "assist_pipeline/pipeline/set_preferred", pipeline_id=pipeline["id"]
            )

    # Calls into HA

    def run[T](self, coro: Coroutine[Any, Any, T], timeout: float = 300) -> T:
        """Run a harness coroutine."""
        return self.loop.run(coro, timeout)

    @property
    def base_url(self) -> str:
        """HA's address."""
        return self.process.base_url

    def call(
        self,
        service: str,
        data: dict[str, Any],
        *,
        domain: str = "haven",
        token: str | None = None,
    ) -> Any:
        """Call an action (Haven's by default) over REST; return its response."""
        return self.run(self.process.call(domain, service, data, token=token))

    def todo_items(self, entity_id: str) -> list[dict[str, Any]]:
        """The items of a to-do list (todo.get_items)."""
        response = self.call("get_items", {"entity_id": entity_id}, domain="todo")
        items: list[dict[str, Any]] = response[entity_id]["items"]
        return items

    def ws(self, command: str, **fields: Any) -> Any:
        """Send one websocket command as the owner; return its result."""

        async def _command() -> Any:
            async with self.process.websocket() as ws:
                return await ws.command(command, **fields)

        return self.run(_command())

    def dashboard(self) -> dict[str, Any]:
        """The demo property as haven/subscribe's first message shows it."""

        async def _snapshot() -> dict[str, Any]:
            async with self.process.websocket() as ws:
                first: asyncio.Future[dict[str, Any]] = (
                    asyncio.get_running_loop().create_future()
                )
                await ws.subscribe(
                    "haven/subscribe",
                    lambda event: first.done() or first.set_result(event),
                    config_entry_id=self.entry_id,
                )
                event = await asyncio.wait_for(first, 30)
                return dict(event["properties"][0])

        return self.run(_snapshot())

    def state(self, entity_id: str) -> dict[str, Any] | None:
        """One entity's state, None when it has none."""
        return next(
            (s for s in self.run(self.process.states()) if s["entity_id"] == entity_id),
            None,
        )

    def wait_for(self, condition: Any, what: str, timeout: float = 30) -> None:
        """Poll a plain function until it returns true."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise HarnessError(f"timed out after {timeout} s waiting for {what}")
            time.sleep(0.25)

    def stop(self) -> None:
        """Stop HA gracefully (the connection drops for every browser)."""
        self.run(self.process.stop())

    def start_again(self) -> None:
        """Start HA again on the same folder and port."""
        self.run(self.process.start())
