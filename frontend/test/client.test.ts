import { test } from "node:test";
import assert from "node:assert/strict";
import { errorMessage, HavenClient, SNAPSHOT_WAIT_MS, type ClientState } from "../src/data/client";
import type { HavenEvent, HomeAssistant, Property } from "../src/types";

/** Home Assistant's connection as the client uses it: subscriptions and two events. */
class FakeConnection {
  connected = true;
  readonly subscriptions: { callback: (e: HavenEvent) => void; unsubscribed: boolean }[] = [];
  private readonly handlers = new Map<string, Set<() => void>>();

  async subscribeMessage<T>(callback: (e: T) => void): Promise<() => Promise<void>> {
    const sub = { callback: callback as unknown as (e: HavenEvent) => void, unsubscribed: false };
    this.subscriptions.push(sub);
    return async () => {
      sub.unsubscribed = true;
    };
  }
  sendMessagePromise<T>(): Promise<T> {
    return Promise.resolve(undefined as T);
  }
  addEventListener(event: string, cb: () => void): void {
    this.handlers.set(event, (this.handlers.get(event) ?? new Set()).add(cb));
  }
  removeEventListener(event: string, cb: () => void): void {
    this.handlers.get(event)?.delete(cb);
  }
  fire(event: "ready" | "disconnected"): void {
    for (const cb of this.handlers.get(event) ?? []) {
      cb();
    }
  }
}

const flush = () => new Promise<void>((resolve) => setImmediate(() => resolve()));

function snapshot(name: string): HavenEvent {
  const property = {
    config_entry_id: "e",
    property_id: "p",
    name,
    currency: "EUR",
    health: 100,
    counts: { overdue: 0, due_soon: 0, ok: 0, unscheduled: 0, done: 0 },
    spent_this_year: 0,
    zones: [],
    assets: [],
    tasks: [],
    supplies: [],
    inbox: [],
    recent_logs: [],
  } as unknown as Property;
  return { kind: "snapshot", properties: [property] };
}

function setUp(connected = true): { conn: FakeConnection; states: ClientState[]; stop: () => void } {
  const conn = new FakeConnection();
  conn.connected = connected;
  const hass = { connection: conn, states: {}, language: "en" } as unknown as HomeAssistant;
  const states: ClientState[] = [];
  const stop = HavenClient.for(hass).listen((s) => states.push(s));
  return { conn, states, stop };
}

const last = (states: ClientState[]) => states[states.length - 1]!;

test("a subscription whose snapshot never comes is made again", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const { conn, states, stop } = setUp();
  await flush();
  assert.equal(conn.subscriptions.length, 1);
  t.mock.timers.tick(SNAPSHOT_WAIT_MS);
  await flush();
  assert.equal(conn.subscriptions.length, 2);
  assert.equal(conn.subscriptions[0]!.unsubscribed, true);
  conn.subscriptions[1]!.callback(snapshot("Home"));
  assert.equal(last(states).link, "live");
  assert.equal(last(states).data.properties.get("e")?.summary.name, "Home");
  // Once the snapshot is in, no more attempts.
  t.mock.timers.tick(SNAPSHOT_WAIT_MS);
  await flush();
  assert.equal(conn.subscriptions.length, 2);
  stop();
  assert.equal(conn.subscriptions[1]!.unsubscribed, true);
});

test("after a reconnect the view says so, then takes the fresh snapshot", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const { conn, states, stop } = setUp();
  await flush();
  conn.subscriptions[0]!.callback(snapshot("Before"));
  conn.connected = false;
  conn.fire("disconnected");
  assert.equal(last(states).link, "reconnecting");
  // The data stays on screen meanwhile.
  assert.equal(last(states).data.properties.get("e")?.summary.name, "Before");
  conn.connected = true;
  conn.fire("ready");
  assert.equal(conn.subscriptions.length, 1); // a moment later, not at once
  t.mock.timers.tick(SNAPSHOT_WAIT_MS / 4);
  await flush();
  assert.equal(conn.subscriptions.length, 2);
  conn.subscriptions[1]!.callback(snapshot("After"));
  assert.equal(last(states).link, "live");
  assert.equal(last(states).data.properties.get("e")?.summary.name, "After");
  stop();
});

test("nothing is sent while the connection is down; ready starts it", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const { conn, states, stop } = setUp(false);
  await flush();
  assert.equal(conn.subscriptions.length, 0);
  assert.equal(last(states).link, "connecting");
  conn.connected = true;
  conn.fire("ready");
  t.mock.timers.tick(SNAPSHOT_WAIT_MS / 4);
  await flush();
  assert.equal(conn.subscriptions.length, 1);
  stop();
});

test("an action's refusal is shown as Haven's sentence alone", () => {
  assert.equal(
    errorMessage({
      code: "service_validation_error",
      message: "Validation error: Only an administrator may do this (remove_task): it removes records",
      translation_key: "admin_required",
    }),
    "Only an administrator may do this (remove_task): it removes records",
  );
  // Other errors keep their message as it is.
  assert.equal(errorMessage({ code: "home_assistant_error", message: "Validation error: x" }), "Validation error: x");
  assert.equal(errorMessage({ error: { message: "nested" } }), "nested");
  assert.equal(errorMessage(new Error("thrown")), "thrown");
  assert.equal(errorMessage("text"), "text");
  assert.equal(errorMessage({ code: "unknown_error" }), "unknown_error");
});

test("an upload whose token cannot be refreshed did not reach Home Assistant", async () => {
  const hass = {
    connection: new FakeConnection(),
    states: {},
    auth: {
      expired: true,
      data: { access_token: "old" },
      refreshAccessToken: () => Promise.reject(new TypeError("Failed to fetch")),
    },
  } as unknown as HomeAssistant;
  const result = await HavenClient.for(hass).upload("/api/haven/capture", new FormData());
  assert.deepEqual(result, { status: 0, body: {} });
});
