"""A real Home Assistant process with Haven, for system tests (crash test, smoke runs, browsers).

The harness only uses Haven's public interface: HA's REST API and websocket, actions,
Haven's HTTP upload, entity states and the files in the config folder. It needs nothing
but the standard library and aiohttp (a dependency of Home Assistant itself), so it runs
on the Python of whichever venv has the Home Assistant under test:

    async with HomeAssistantProcess(python, config_dir, demo=True) as ha:
        await ha.start()
        await ha.onboard()                       # owner (admin) user; ha.token is set
        entry_id = await ha.create_property("Test House")
        response = await ha.call("haven", "create_task", {...})
        async with ha.websocket() as ws:
            dashboard = await ws.command("haven/dashboard")
        ha.kill()                                # SIGKILL
        await ha.start()                         # same config folder, same port
        await ha.stop()                          # graceful

The config folder is laid out the way scripts/develop does it: configuration.yaml (HTTP on
127.0.0.1 and a free port, the SQLite recorder, Haven's debug log), and
custom_components/haven (plus haven_demo with `demo=True`) symlinked to this repository.
Home Assistant is started as `python -P -c <boot> --config DIR`, skipping its Python
version check on interpreters older than the one it declares (3.13.0, as scripts/develop).
Its console output (every log line at the configured levels) is appended to
`DIR/hass.out`, one "===== start N" header per start.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
import itertools
import json
import os
from pathlib import Path
import re
import signal
import socket
import time
from types import TracebackType
from typing import Any, Self
from zoneinfo import ZoneInfo

import aiohttp

_json = json  # rest() takes a `json` argument, as aiohttp does
REPO = Path(__file__).resolve().parent.parent

# Runs Home Assistant's own entry point; arguments follow `-c <this>` on the command line.
_BOOT = """
import sys
from homeassistant import __main__ as ha_main
from homeassistant.const import REQUIRED_PYTHON_VER
if sys.version_info[:3] < REQUIRED_PYTHON_VER:
    ha_main.validate_python = lambda: None
sys.argv[0] = "hass"
sys.exit(ha_main.main())
"""

# The time zone of every HA started here: a test's "today" is the day there.
TIME_ZONE = "Europe/Amsterdam"


def ha_day(offset: int = 0) -> str:
    """Return the ISO date `offset` days from today where the started HA is.

    Today there, not on this machine: the two differ around midnight.
    """
    return (
        datetime.now(ZoneInfo(TIME_ZONE)).date() + timedelta(days=offset)
    ).isoformat()


_CONFIGURATION = """\
# Written by tests_system/harness.py.
homeassistant:
  name: {name}
  time_zone: {time_zone}
  country: NL
  unit_system: metric
  currency: EUR
http:
  server_host: 127.0.0.1
  server_port: {port}
config:
todo:
calendar:
recorder:
{recorder}logger:
  default: warning
  logs:
    custom_components.haven: debug
{extra}"""

DEFAULT_PASSWORD = "haven-test-password"  # noqa: S105 - a throwaway local instance


class HarnessError(Exception):
    """Home Assistant did not do what the harness asked."""


class RequestError(HarnessError):
    """An HTTP request got an unexpected status."""

    def __init__(self, method: str, url: str, status: int, body: str) -> None:
        """Keep the status and body for callers that check them."""
        super().__init__(f"{method} {url}: HTTP {status}: {body[:2000]}")
        self.status = status
        self.body = body


class WebSocketError(HarnessError):
    """A websocket command answered with success false."""

    def __init__(self, message: Mapping[str, Any]) -> None:
        """Keep the error code and message."""
        error = message.get("error") or {}
        super().__init__(f"websocket error {error.get('code')}: {error.get('message')}")
        self.code: str | None = error.get("code")


def interrupt_on_sigterm() -> None:
    """Make SIGTERM behave as Ctrl-C, so that a killed run still kills its HA.

    HA runs in a session of its own (a Ctrl-C in the terminal does not reach it); the
    harness kills it when the run is interrupted (HomeAssistantProcess.close()).
    """

    def _interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _interrupt)


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True, slots=True)
class Tokens:
    """What HA's token endpoint returned for one user."""

    access_token: str
    refresh_token: str | None


class HomeAssistantWebSocket:
    """One authenticated websocket connection to HA (`async with ha.websocket() as ws`)."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """Wrap an authenticated connection; start reading its messages."""
        self._ws = ws
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._event_handlers: dict[int, Callable[[dict[str, Any]], None]] = {}
        self._reader = asyncio.create_task(self._read())
        self.closed = asyncio.Event()

    async def _read(self) -> None:
        try:
            async for message in self._ws:
                if message.type is not aiohttp.WSMsgType.TEXT:
                    break
                payload = json.loads(message.data)
                for item in payload if isinstance(payload, list) else [payload]:
                    self._dispatch(item)
        finally:
            self.closed.set()
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(HarnessError("websocket closed"))

    def _dispatch(self, item: dict[str, Any]) -> None:
        msg_id = item.get("id")
        if item.get("type") == "event" and msg_id in self._event_handlers:
            self._event_handlers[msg_id](item["event"])
        elif item.get("type") == "result" and msg_id in self._pending:
            future = self._pending.pop(msg_id)
            if not future.done():
                future.set_result(item)

    async def command(self, command_type: str, **fields: Any) -> Any:
        """Send one command and return its result; raise WebSocketError on failure."""
        msg_id = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = (
            asyncio.get_running_loop().create_future()
        )
        self._pending[msg_id] = future
        await self._ws.send_json({"id": msg_id, "type": command_type, **fields})
        result = await future
        if not result.get("success"):
            raise WebSocketError(result)
        return result.get("result")

    async def subscribe_events(
        self, event_type: str, handler: Callable[[dict[str, Any]], None]
    ) -> None:
        """Call handler(event) for every event of this type from now on."""
        await self.subscribe("subscribe_events", handler, event_type=event_type)

    async def subscribe(
        self,
        command_type: str,
        handler: Callable[[dict[str, Any]], None],
        **fields: Any,
    ) -> None:
        """Send a subscription command; call handler(event) for each of its events."""
        msg_id = next(self._ids)
        self._event_handlers[msg_id] = handler
        future: asyncio.Future[dict[str, Any]] = (
            asyncio.get_running_loop().create_future()
        )
        self._pending[msg_id] = future
        await self._ws.send_json({"id": msg_id, "type": command_type, **fields})
        result = await future
        if not result.get("success"):
            raise WebSocketError(result)

    async def call_service(
        self,
        domain: str,
        service: str,
        data: Mapping[str, Any] | None = None,
        *,
        return_response: bool = True,
    ) -> Any:
        """Call an action over the websocket; return its response (or None)."""
        result = await self.command(
            "call_service",
            domain=domain,
            service=service,
            service_data=dict(data or {}),
            return_response=return_response,
        )
        return result.get("response") if isinstance(result, dict) else None

    async def close(self) -> None:
        """Close the connection."""
        await self._ws.close()
        with contextlib.suppress(Exception):
            await self._reader


class HomeAssistantProcess:
    """A Home Assistant process with Haven on its own config folder and port."""

    def __init__(
        self,
        python: str | os.PathLike[str],
        config_dir: str | os.PathLike[str],
        *,
        port: int | None = None,
        demo: bool = False,
        name: str = "Haven Test",
        recorder: Mapping[str, Any] | None = None,
        extra_configuration: str = "",
        hass_args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
        repo: Path = REPO,
    ) -> None:
        """Describe the instance; nothing runs or is written until prepare()/start().

        python: the interpreter of the venv that has Home Assistant installed.
        demo: also load dev/haven_demo, which creates a "Demo House" property at start.
        recorder: options for the `recorder:` section (e.g. {"db_url": ...}); SQLite by default.
        extra_configuration: YAML appended to configuration.yaml.
        hass_args: more arguments for `hass` (e.g. ["--skip-pip"]).
        """
        self.python = str(python)
        self.config_dir = Path(config_dir).resolve()
        self.port = port or free_port()
        self.demo = demo
        self.name = name
        self.recorder = dict(recorder or {})
        self.extra_configuration = extra_configuration
        self.hass_args = list(hass_args)
        self.env = dict(os.environ if env is None else env)
        self.repo = repo
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.client_id = f"{self.base_url}/"
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0
        self.tokens: Tokens | None = None
        self._session: aiohttp.ClientSession | None = None

    # Life cycle

    async def __aenter__(self) -> Self:
        """Return self; the process is started by start()."""
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Kill the process if it still runs and close the HTTP session."""
        await self.close()

    @property
    def session(self) -> aiohttp.ClientSession:
        """The HTTP client session (created on first use)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=120)
            )
        return self._session

    @property
    def token(self) -> str:
        """The owner's access token (after onboard())."""
        if self.tokens is None:
            raise HarnessError("not onboarded yet: call onboard() first")
        return self.tokens.access_token

    @property
    def console_log(self) -> Path:
        """Where HA's console output (all its log lines) goes, appended per start."""
        return self.config_dir / "hass.out"

    @property
    def database(self) -> Path:
        """The default SQLite recorder database file."""
        return self.config_dir / "home-assistant_v2.db"

    @property
    def running(self) -> bool:
        """Whether the process has been started and has not exited."""
        return self.process is not None and self.process.returncode is None

    def prepare(self) -> None:
        """Write the config folder: configuration.yaml and the custom_components symlinks."""
        components = self.config_dir / "custom_components"
        components.mkdir(parents=True, exist_ok=True)
        links = {"haven": self.repo / "custom_components" / "haven"}
        if self.demo:
            links["haven_demo"] = self.repo / "dev" / "haven_demo"
        for link_name, target in links.items():
            link = components / link_name
            if link.is_symlink() or link.exists():
                link.unlink()
            link.symlink_to(target, target_is_directory=True)
        # Written on every start, so that it always matches this object's settings.
        recorder = "".join(
            f"  {key}: {json.dumps(value)}\n" for key, value in self.recorder.items()
        )
        extra = self.extra_configuration
        if self.demo:
            extra = f"haven_demo:\n{extra}"
        (self.config_dir / "configuration.yaml").write_text(
            _CONFIGURATION.format(
                name=json.dumps(self.name),
                time_zone=TIME_ZONE,
                port=self.port,
                recorder=recorder,
                extra=extra,
            ),
            encoding="utf-8",
        )

    async def start(self, timeout: float = 300, *, wait: bool = True) -> None:
        """Start HA (prepare() first) and wait until it runs; re-authenticate if onboarded.

        With wait=False, return as soon as the process is spawned (to kill it mid-start).
        """
        if self.running:
            raise HarnessError("Home Assistant is already running")
        self.prepare()
        if self._session is not None:
            # Connections kept alive to an earlier process are of no use to this one.
            await self._session.close()
            self._session = None
        self.starts += 1
        with self.console_log.open("a", encoding="utf-8") as out:
            out.write(f"===== start {self.starts} at {time.strftime('%H:%M:%S')}\n")
        out_fd = os.open(self.console_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        try:
            self.process = await asyncio.create_subprocess_exec(
                self.python,
                "-P",
                "-c",
                _BOOT,
                "--config",
                str(self.config_dir),
                "--log-no-color",
                *self.hass_args,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out_fd,
                stderr=out_fd,
                env=self.env,
                cwd=self.config_dir,
                start_new_session=True,
            )
        finally:
            os.close(out_fd)
        if not wait:
            return
        await self.wait_http(timeout)
        if self.tokens is not None:
            # Access tokens live 30 minutes: start every life with a fresh one.
            with contextlib.suppress(HarnessError):
                await self.refresh()
            await self.wait_running(timeout)

    async def wait_http(self, timeout: float = 300) -> None:
        """Wait until HA's HTTP server answers (HA has finished its start stages)."""
        deadline = time.monotonic() + timeout
        while True:
            self._check_alive()
            with contextlib.suppress(aiohttp.ClientError, OSError, TimeoutError):
                # Needs no token (a request without one to /api/ would log a warning).
                async with self.session.get(
                    f"{self.base_url}/auth/providers",
                    timeout=aiohttp.ClientTimeout(total=5),
                ) as response:
                    if response.status < 500:
                        return
            if time.monotonic() > deadline:
                raise HarnessError(
                    f"Home Assistant did not answer HTTP on {self.base_url} in {timeout} s;"
                    f" see {self.console_log}"
                )
            await asyncio.sleep(0.25)

    async def wait_running(self, timeout: float = 300) -> None:
        """Wait until HA's core state is RUNNING (needs a token)."""
        deadline = time.monotonic() + timeout
        while True:
            self._check_alive()
            config = await self.rest("GET", "/api/config")
            if config.get("state") == "RUNNING":
                return
            if time.monotonic() > deadline:
                raise HarnessError(f"Home Assistant state is {config.get('state')}")
            await asyncio.sleep(0.25)

    def _check_alive(self) -> None:
        if self.process is None or self.process.returncode is not None:
            code = None if self.process is None else self.process.returncode
            raise HarnessError(
                f"Home Assistant is not running (exit code {code}); see {self.console_log}"
            )

    async def stop(self, timeout: float = 120) -> int:
        """Stop HA gracefully (SIGTERM, as systemd does); SIGKILL after timeout seconds."""
        process = self.process
        if process is None:
            return 0
        if process.returncode is not None:
            return process.returncode
        process.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(timeout):
                code = await process.wait()
        except TimeoutError:
            self.kill()
            raise HarnessError(
                f"Home Assistant did not stop within {timeout} s; killed it"
            ) from None
        self._kill_group()  # anything HA started and left behind
        return code

    def kill(self) -> None:
        """Kill HA at once (SIGKILL to its whole process group), as a power cut would."""
        self._kill_group()

    async def wait_exit(self) -> int | None:
        """Wait for the killed or stopped process to be reaped."""
        if self.process is None:
            return None
        return await self.process.wait()

    def _kill_group(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)

    async def restart(self, timeout: float = 300) -> None:
        """Stop gracefully, then start again on the same config folder and port."""
        await self.stop()
        await self.start(timeout)

    async def close(self) -> None:
        """Kill HA if it still runs; close the HTTP session."""
        if self.running:
            self.kill()
            await self.wait_exit()
        if self._session is not None:
            await self._session.close()

    # Users and tokens

    async def onboard(
        self,
        name: str = "Owner",
        username: str = "owner",
        password: str = DEFAULT_PASSWORD,
        *,
        core_config: bool = False,
    ) -> str:
        """Create the owner (an administrator) over REST; return its access token.

        Also finishes the analytics and integration steps. The core_config step is left
        open unless core_config=True: finishing it makes HA set up the met,
        google_translate, radio_browser and shopping_list integrations, which install
        packages and reach out to the internet. Pass True when nothing may show the
        onboarding wizard (a browser test of the frontend).
        """
        response = await self.rest(
            "POST",
            "/api/onboarding/users",
            json={
                "client_id": self.client_id,
                "name": name,
                "username": username,
                "password": password,
                "language": "en",
            },
            auth=False,
        )
        self.tokens = await self._exchange_code(response["auth_code"])
        steps = {
            step["step"]: step["done"]
            for step in await self.rest("GET", "/api/onboarding", auth=False)
        }
        if core_config and not steps.get("core_config"):
            await self.rest("POST", "/api/onboarding/core_config", json={})
        if not steps.get("analytics"):
            await self.rest("POST", "/api/onboarding/analytics", json={})
        if not steps.get("integration"):
            await self.rest(
                "POST",
                "/api/onboarding/integration",
                json={
                    "client_id": self.client_id,
                    "redirect_uri": f"{self.base_url}/?auth_callback=1",
                },
            )
        await self.wait_running()
        await self._keep_http_config()
        return self.token

    async def _keep_http_config(self) -> None:
        """Confirm the HTTP settings HA took from configuration.yaml (HA 2026.10+).

        From 2026.10 HA moves them into its storage as a trial that it reverts, with a
        restart on its default port, unless confirmed within five minutes. Older HA
        does not know the command.
        """
        async with self.websocket() as ws:
            try:
                config = await ws.command("http/config")
            except WebSocketError as err:
                if err.code == "unknown_command":
                    return
                raise
            if config.get("pending") and config.get("active_config_type") == "pending":
                await ws.command("http/config/promote")

    async def _exchange_code(self, code: str) -> Tokens:
        async with self.session.post(
            f"{self.base_url}/auth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": self.client_id,
            },
        ) as response:
            body = await response.text()
            if response.status != 200:
                raise RequestError("POST", "/auth/token", response.status, body)
            tokens = json.loads(body)
        return Tokens(tokens["access_token"], tokens.get("refresh_token"))

    async def refresh(self, tokens: Tokens | None = None) -> Tokens:
        """Get a new access token from a refresh token (the owner's by default)."""
        tokens = tokens or self.tokens
        if tokens is None or tokens.refresh_token is None:
            raise HarnessError("no refresh token")
        async with self.session.post(
            f"{self.base_url}/auth/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": tokens.refresh_token,
                "client_id": self.client_id,
            },
        ) as response:
            body = await response.text()
            if response.status != 200:
                raise RequestError("POST", "/auth/token", response.status, body)
        fresh = Tokens(json.loads(body)["access_token"], tokens.refresh_token)
        if tokens == self.tokens:
            self.tokens = fresh
        return fresh

    async def login(self, username: str, password: str = DEFAULT_PASSWORD) -> Tokens:
        """Log a user in through HA's login flow (as the frontend does); return tokens."""
        flow = await self.rest(
            "POST",
            "/auth/login_flow",
            json={
                "client_id": self.client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": f"{self.base_url}/?auth_callback=1",
            },
            auth=False,
        )
        result = await self.rest(
            "POST",
            f"/auth/login_flow/{flow['flow_id']}",
            json={
                "client_id": self.client_id,
                "username": username,
                "password": password,
            },
            auth=False,
        )
        if result.get("type") != "create_entry":
            raise HarnessError(f"login of {username} failed: {result}")
        return await self._exchange_code(result["result"])

    async def create_user(
        self,
        name: str,
        username: str,
        password: str = DEFAULT_PASSWORD,
        *,
        admin: bool = False,
    ) -> tuple[str, Tokens]:
        """Create a user (not an administrator by default); return its id and tokens."""
        group = "system-admin" if admin else "system-users"
        async with self.websocket() as ws:
            created = await ws.command(
                "config/auth/create", name=name, group_ids=[group]
            )
            user_id: str = created["user"]["id"]
            await ws.command(
                "config/auth_provider/homeassistant/create",
                user_id=user_id,
                username=username,
                password=password,
            )
        return user_id, await self.login(username, password)

    # REST, actions, uploads, websocket

    async def rest(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        data: Any = None,
        token: str | None = None,
        auth: bool = True,
        expect: Sequence[int] = (200, 201),
    ) -> Any:
        """Send a request to HA; return the decoded JSON (or text); raise on other status."""
        headers = {}
        if auth:
            headers["Authorization"] = f"Bearer {token or self.token}"
        async with self.session.request(
            method, f"{self.base_url}{path}", json=json, data=data, headers=headers
        ) as response:
            body = await response.text()
            if response.status not in expect:
                raise RequestError(method, path, response.status, body)
            if response.content_type == "application/json":
                return _json.loads(body) if body else None
            return body

    async def call(
        self,
        domain: str,
        service: str,
        data: Mapping[str, Any] | None = None,
        *,
        token: str | None = None,
        return_response: bool = True,
    ) -> Any:
        """Call an action over REST; return its response (or the changed states)."""
        query = "?return_response" if return_response else ""
        result = await self.rest(
            "POST",
            f"/api/services/{domain}/{service}{query}",
            json=dict(data or {}),
            token=token,
        )
        if return_response:
            return result["service_response"]
        return result

    async def upload_capture(
        self,
        *,
        text: str | None = None,
        file: tuple[str, bytes, str] | None = None,
        config_entry_id: str | None = None,
        asset_id: str | None = None,
        token: str | None = None,
    ) -> dict[str, Any]:
        """POST /api/haven/capture (multipart); file is (filename, content, mime type)."""
        form = aiohttp.FormData()
        if config_entry_id:
            form.add_field("config_entry_id", config_entry_id)
        if asset_id:
            form.add_field("asset_id", asset_id)
        if text is not None:
            form.add_field("text", text)
        if file is not None:
            filename, content, mime = file
            form.add_field("file", content, filename=filename, content_type=mime)
        result: dict[str, Any] = await self.rest(
            "POST", "/api/haven/capture", data=form, token=token, expect=(201,)
        )
        return result

    @contextlib.asynccontextmanager
    async def websocket(
        self, token: str | None = None
    ) -> AsyncIterator[HomeAssistantWebSocket]:
        """Open an authenticated websocket connection, closed on leaving the block."""
        ws = await self.session.ws_connect(
            f"{self.base_url}/api/websocket", max_msg_size=0, heartbeat=30
        )
        try:
            hello = await ws.receive_json()
            if hello.get("type") != "auth_required":
                raise HarnessError(f"unexpected websocket greeting: {hello}")
            await ws.send_json({"type": "auth", "access_token": token or self.token})
            answer = await ws.receive_json()
            if answer.get("type") != "auth_ok":
                raise HarnessError(f"websocket authentication failed: {answer}")
            client = HomeAssistantWebSocket(ws)
            try:
                yield client
            finally:
                await client.close()
        finally:
            await ws.close()

    # Haven

    async def create_property(self, name: str, address: str | None = None) -> str:
        """Create a Haven property through its config flow over REST; return the entry id."""
        flow = await self.rest(
            "POST",
            "/api/config/config_entries/flow",
            json={"handler": "haven", "show_advanced_options": False},
        )
        user_input = {"name": name} | ({"address": address} if address else {})
        result = await self.rest(
            "POST",
            f"/api/config/config_entries/flow/{flow['flow_id']}",
            json=user_input,
        )
        if result.get("type") != "create_entry":
            raise HarnessError(
                f"the Haven config flow did not create an entry: {result}"
            )
        entry_id: str = result["result"]["entry_id"]
        await self.wait_for(
            lambda: self._entry_loaded(entry_id), 60, f"property {name} to load"
        )
        return entry_id

    async def haven_entries(self) -> list[dict[str, Any]]:
        """Haven's config entries (entry_id, title, state, ...)."""
        entries: list[dict[str, Any]] = await self.rest(
            "GET", "/api/config/config_entries/entry?domain=haven"
        )
        return entries

    async def _entry_loaded(self, entry_id: str) -> bool:
        return any(
            entry["entry_id"] == entry_id and entry["state"] == "loaded"
            for entry in await self.haven_entries()
        )

    async def states(self) -> list[dict[str, Any]]:
        """Every entity state (GET /api/states)."""
        states: list[dict[str, Any]] = await self.rest("GET", "/api/states")
        return states

    async def wait_for(
        self,
        condition: Callable[[], Awaitable[bool]],
        timeout: float,
        what: str,
        interval: float = 0.25,
    ) -> None:
        """Poll an async condition until it holds; raise after timeout seconds."""
        deadline = time.monotonic() + timeout
        while not await condition():
            self._check_alive()
            if time.monotonic() > deadline:
                raise HarnessError(f"timed out after {timeout} s waiting for {what}")
            await asyncio.sleep(interval)

    # Logs

    def log_lines(self, start: int | None = None) -> list[str]:
        """HA's console output, of all starts or only of start number `start`."""
        if not self.console_log.exists():
            return []
        lines = self.console_log.read_text(
            encoding="utf-8", errors="replace"
        ).splitlines()
        if start is None:
            return lines
        selected: list[str] = []
        current = 0
        for line in lines:
            if (match := _START.match(line)) is not None:
                current = int(match.group(1))
            elif current == start:
                selected.append(line)
        return selected

    def haven_problems(self, start: int | None = None) -> list[str]:
        """Log records at ERROR/CRITICAL from Haven, and tracebacks through Haven's code.

        Haven's records are those of the custom_components.haven loggers; a traceback
        counts when one of its frames is in custom_components/haven (or it names Haven's
        loggers), whoever logged it. Each problem is the record's lines.
        """
        problems: list[str] = []
        for record in _records(self.log_lines(start)):
            head = record[0]
            level = _LEVEL.search(head)
            severe = level is not None and level.group(1) in {"ERROR", "CRITICAL"}
            rest = "\n".join(record[1:])
            from_haven = _HAVEN_LOGGER in head
            traceback_through_haven = "Traceback" in rest and (
                _HAVEN_PATH in rest or _HAVEN_LOGGER in rest
            )
            if (severe and from_haven) or traceback_through_haven:
                problems.append("\n".join(record))
        return problems


_HAVEN_LOGGER = "custom_components.haven"
_HAVEN_PATH = "custom_components/haven/"
_START = re.compile(r"^===== start (\d+)")
_LEVEL = re.compile(r"^\S+ \S+ (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")
_RECORD_START = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")


def _records(lines: list[str]) -> list[list[str]]:
    """Group log lines into records: a timestamped line and its continuation lines."""
    records: list[list[str]] = []
    for line in lines:
        if _START.match(line):
            records.append([])  # a start header ends the record before it
        elif _RECORD_START.match(line) or not records:
            records.append([line])
        else:
            records[-1].append(line)
    return [record for record in records if record]
