// A fake `hass` for the harness: a connection that speaks Haven's websocket contract
// (haven/subscribe with snapshot and changed events, haven/asset, haven/templates,
// haven/schedule_preview, auth/sign_path, call_service for Haven's actions) over generated
// data. A name containing "error" makes a write fail with a translated-looking message.

import type { HavenEvent, HomeAssistant, Log, Property, Task, Unit } from "../src/types";
import { generateProperty, statusFor } from "./generate";

type Listener = () => void;
const DAY = 86_400_000;
const LATENCY = 25;

function later<T>(value: () => T, ms = LATENCY): Promise<T> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(value());
      } catch (err) {
        reject(err);
      }
    }, ms),
  );
}

function addInterval(date: Date, every: number, unit: Unit): Date {
  const d = new Date(date);
  if (unit === "days") d.setDate(d.getDate() + every);
  else if (unit === "weeks") d.setDate(d.getDate() + 7 * every);
  else if (unit === "months") d.setMonth(d.getMonth() + every);
  else d.setFullYear(d.getFullYear() + every);
  return d;
}

class Refused extends Error {
  code = "invalid";
}

export class FakeConnection {
  connected = true;
  properties: Property[];
  logs = new Map<string, Log[]>();
  private subs = new Map<number, (e: HavenEvent) => void>();
  private listeners = new Map<string, Set<Listener>>();
  private nextId = 1;
  sent: Record<string, unknown>[] = [];

  constructor(properties: Property[]) {
    this.properties = properties;
    for (const p of properties) {
      this.logs.set(p.config_entry_id, [...p.recent_logs]);
    }
  }

  addEventListener(ev: string, cb: Listener): void {
    const set = this.listeners.get(ev) ?? new Set();
    set.add(cb);
    this.listeners.set(ev, set);
  }
  removeEventListener(ev: string, cb: Listener): void {
    this.listeners.get(ev)?.delete(cb);
  }
  private fire(ev: string): void {
    for (const cb of this.listeners.get(ev) ?? []) cb();
  }

  /** Drop the socket: subscriptions are forgotten, as the server forgets them. */
  disconnect(): void {
    this.connected = false;
    this.subs.clear();
    this.fire("disconnected");
  }
  reconnect(): void {
    this.connected = true;
    this.fire("ready");
  }

  get subscriptionCount(): number {
    return this.subs.size;
  }

  async subscribeMessage<T>(cb: (m: T) => void, msg: Record<string, unknown>): Promise<() => Promise<void>> {
    if (msg["type"] !== "haven/subscribe") throw new Error(`unknown subscription ${String(msg["type"])}`);
    const id = this.nextId++;
    const wanted = msg["config_entry_id"] as string | undefined;
    const send = (e: HavenEvent) => {
      if (wanted && "config_entry_id" in e && e.config_entry_id !== wanted) return;
      cb(e as unknown as T);
    };
    this.subs.set(id, send);
    const properties = this.properties.filter((p) => !wanted || p.config_entry_id === wanted);
    setTimeout(() => send({ kind: "snapshot", properties: structuredClone(properties) }), LATENCY);
    return async () => {
      this.subs.delete(id);
    };
  }

  private emit(e: HavenEvent): void {
    for (const send of this.subs.values()) send(structuredClone(e));
  }

  private property(entry: string): Property {
    const p = this.properties.find((x) => x.config_entry_id === entry);
    if (!p) throw new Refused("No loaded Haven property has that id");
    return p;
  }
  private owner(kind: "tasks" | "assets" | "supplies" | "inbox", id: string): Property {
    const key = { tasks: "task_id", assets: "asset_id", supplies: "supply_id", inbox: "inbox_item_id" }[kind];
    const p = this.properties.find((x) => (x[kind] as unknown as Record<string, unknown>[]).some((r) => r[key] === id));
    if (!p) throw new Refused(`Unknown ${kind.slice(0, -1)}: ${id}`);
    return p;
  }

  private summary(p: Property) {
    const now = new Date();
    const counts = { overdue: 0, due_soon: 0, ok: 0, unscheduled: 0, done: 0, paused: 0 };
    for (const t of p.tasks) counts[t.status]++;
    const scheduled = p.tasks.length - counts.unscheduled - counts.done - counts.paused;
    p.counts = counts;
    p.health = scheduled ? Math.round((100 * (scheduled - counts.overdue)) / scheduled) : 100;
    const logs = this.logs.get(p.config_entry_id) ?? [];
    p.spent_this_year =
      Math.round(logs.filter((l) => new Date(l.performed_at).getFullYear() === now.getFullYear()).reduce((s, l) => s + (l.cost ?? 0), 0) * 100) / 100;
    const { zones: _z, assets: _a, tasks: _t, supplies: _s, inbox: _i, recent_logs: _r, ...summary } = p;
    return summary;
  }

  private log(p: Property, values: Partial<Log> & { action: string; kind: Log["kind"] }): Log {
    const log: Log = {
      log_id: `log-${Date.now()}-${this.nextId++}`,
      user_id: "u1",
      user_name: "Ann",
      performed_at: new Date().toISOString(),
      ...values,
    };
    const all = this.logs.get(p.config_entry_id) ?? [];
    all.unshift(log);
    all.sort((a, b) => (a.performed_at < b.performed_at ? 1 : -1));
    this.logs.set(p.config_entry_id, all);
    p.recent_logs = all.slice(0, 10);
    return log;
  }

  private setDue(t: Task, due: Date | undefined): void {
    if (due) t.next_due_at = due.toISOString();
    else delete t.next_due_at;
    t.status = statusFor(due, t.lead_days, new Date());
  }

  private next(t: Task, from: Date): Date | undefined {
    const s = t.schedule;
    if (s.kind === "interval") return addInterval(from, s.every ?? 1, s.unit ?? "months");
    if (s.kind === "cron") return addInterval(from, 1, "months");
    return undefined;
  }

  private refreshAsset(p: Property, assetId: string | undefined) {
    const a = p.assets.find((x) => x.asset_id === assetId);
    if (a) a.overdue = p.tasks.some((t) => t.asset_id === a.asset_id && t.status === "overdue");
    return a;
  }

  private service(service: string, d: Record<string, unknown>): Record<string, unknown> | undefined {
    if (typeof d["name"] === "string" && d["name"].toLowerCase().includes("error")) {
      throw new Refused(`Haven refused this: “${d["name"]}” is not a valid name (simulated error).`);
    }
    const now = new Date();
    switch (service) {
      case "complete_task":
      case "skip_task":
      case "snooze_task": {
        const id = String(d["task_id"]);
        const p = this.owner("tasks", id);
        const t = p.tasks.find((x) => x.task_id === id)!;
        let log: Log | undefined;
        if (service === "complete_task") {
          const at = d["performed_at"] ? new Date(String(d["performed_at"])) : now;
          if (at.getTime() > now.getTime() + 120_000) throw new Refused("The completion time is in the future.");
          t.last_completed_at = at.toISOString();
          delete t.snoozed_until;
          this.setDue(t, this.next(t, at));
          if (t.schedule.kind === "once") t.status = "done";
          const values: Partial<Log> & { action: string; kind: Log["kind"] } = { kind: "completed", action: t.name, task_id: t.task_id, performed_at: at.toISOString() };
          if (t.asset_id) values.asset_id = t.asset_id;
          if (typeof d["cost"] === "number") values.cost = d["cost"];
          if (typeof d["notes"] === "string") values.notes = d["notes"];
          log = this.log(p, values);
        } else if (service === "skip_task") {
          this.setDue(t, this.next(t, t.next_due_at ? new Date(t.next_due_at) : now));
          const values: Partial<Log> & { action: string; kind: Log["kind"] } = { kind: "skipped", action: t.name, task_id: t.task_id };
          if (t.asset_id) values.asset_id = t.asset_id;
          log = this.log(p, values);
        } else {
          const until = d["until"]
            ? new Date(`${String(d["until"])}T00:00:00`)
            : new Date(now.getTime() + Number((d["duration"] as { days?: number })?.days ?? 1) * DAY);
          if (until <= now) throw new Refused("You cannot snooze into the past.");
          t.snoozed_until = until.toISOString();
          this.setDue(t, until);
        }
        const asset = this.refreshAsset(p, t.asset_id);
        this.emit({
          kind: "changed",
          config_entry_id: p.config_entry_id,
          property: this.summary(p),
          tasks: [t],
          ...(asset ? { assets: [asset] } : {}),
          ...(log ? { logs: [log] } : {}),
        });
        return { next_due_at: t.next_due_at, ...(log ? { log_id: log.log_id } : {}) };
      }
      case "create_asset": {
        const p = this.property(String(d["config_entry_id"]));
        let zoneId: string | undefined;
        const zones = [];
        if (d["area_id"]) zoneId = p.zones.find((z) => z.area_id === d["area_id"])?.zone_id;
        if (d["zone"]) {
          let z = p.zones.find((x) => x.name.toLowerCase() === String(d["zone"]).toLowerCase());
          if (!z) {
            z = { zone_id: `zone-${Date.now()}`, area_id: `area_${Date.now()}`, name: String(d["zone"]) };
            p.zones.push(z);
            zones.push(z);
          }
          zoneId = z.zone_id;
        }
        const asset = { asset_id: `asset-new-${this.nextId++}`, name: String(d["name"]), overdue: false, ...(zoneId ? { zone_id: zoneId } : {}) };
        for (const k of ["manufacturer", "model", "serial_number", "installed_on", "notes"] as const) {
          if (typeof d[k] === "string") (asset as Record<string, unknown>)[k] = d[k];
        }
        p.assets.push(asset);
        const tasks: Task[] = [];
        if (d["template"]) {
          const t: Task = { task_id: `task-new-${this.nextId++}`, name: "Replace the air filter", asset_id: asset.asset_id, priority: 2, lead_days: 7, status: "ok", all_day: true, schedule: { kind: "interval", every: 3, unit: "months" } };
          this.setDue(t, addInterval(now, 3, "months"));
          p.tasks.push(t);
          tasks.push(t);
        }
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p), assets: [asset], zones, tasks });
        return { asset_id: asset.asset_id, task_ids: tasks.map((t) => t.task_id) };
      }
      case "update_asset": {
        const id = String(d["asset_id"]);
        const p = this.owner("assets", id);
        const a = p.assets.find((x) => x.asset_id === id)!;
        for (const [k, v] of Object.entries(d)) {
          if (k === "asset_id" || k === "zone" || k === "area_id") continue;
          if (v === null) delete (a as unknown as Record<string, unknown>)[k];
          else (a as unknown as Record<string, unknown>)[k] = v;
        }
        const zones = [];
        if (d["area_id"]) a.zone_id = p.zones.find((z) => z.area_id === d["area_id"])?.zone_id ?? a.zone_id;
        if (d["zone"]) {
          let z = p.zones.find((x) => x.name === d["zone"]);
          if (!z) {
            z = { zone_id: `zone-${Date.now()}`, name: String(d["zone"]) };
            p.zones.push(z);
            zones.push(z);
          }
          a.zone_id = z.zone_id;
        }
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, assets: [a], zones });
        return undefined;
      }
      case "remove_asset": {
        const id = String(d["asset_id"]);
        const p = this.owner("assets", id);
        const tasks = p.tasks.filter((t) => t.asset_id === id).map((t) => t.task_id);
        const supplies = p.supplies.filter((s) => s.asset_id === id).map((s) => s.supply_id);
        p.assets = p.assets.filter((a) => a.asset_id !== id);
        p.tasks = p.tasks.filter((t) => t.asset_id !== id);
        p.supplies = p.supplies.filter((s) => s.asset_id !== id);
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p), removed: { assets: [id], tasks, supplies } });
        return undefined;
      }
      case "create_task":
      case "update_task": {
        const creating = service === "create_task";
        const p = creating
          ? d["asset_id"]
            ? this.owner("assets", String(d["asset_id"]))
            : this.property(String(d["config_entry_id"]))
          : this.owner("tasks", String(d["task_id"]));
        if (d["cron"] !== undefined && String(d["cron"]).trim().split(/\s+/).length !== 5) {
          throw new Refused(`“${String(d["cron"])}” is not a valid cron expression.`);
        }
        let t: Task;
        if (creating) {
          t = { task_id: `task-new-${this.nextId++}`, name: String(d["name"]), priority: 1, lead_days: 7, status: "ok", all_day: true, schedule: { kind: "once" } };
          if (d["asset_id"]) t.asset_id = String(d["asset_id"]);
          p.tasks.push(t);
        } else {
          t = p.tasks.find((x) => x.task_id === d["task_id"])!;
        }
        if (typeof d["name"] === "string") t.name = d["name"];
        if (typeof d["priority"] === "number") t.priority = d["priority"];
        if (typeof d["lead_days"] === "number") t.lead_days = d["lead_days"];
        if (d["notes"] === null) delete t.notes;
        else if (typeof d["notes"] === "string") t.notes = d["notes"];
        if (Array.isArray(d["assignees"])) t.assignees = d["assignees"].map(String);
        if (typeof d["rotate"] === "boolean") t.rotate = d["rotate"];
        if (Array.isArray(d["active_months"])) t.active_months = d["active_months"].map(Number);
        if (d["cron"]) t.schedule = { kind: "cron", cron: String(d["cron"]) };
        else if (d["meter_entity_id"]) t.schedule = { kind: "meter", meter_entity_id: String(d["meter_entity_id"]), meter_every: Number(d["meter_every"]) };
        else if (d["every"]) t.schedule = { kind: "interval", every: Number(d["every"]), unit: (d["unit"] as Unit) ?? "months", anchor: (d["anchor"] as "fixed" | "completion") ?? "completion" };
        else if (creating) t.schedule = { kind: "once" };
        const first = d["first_due"] ? new Date(`${String(d["first_due"])}T09:00:00`) : undefined;
        const kept = t.next_due_at ? new Date(t.next_due_at) : undefined;
        const noDate = t.schedule.kind === "meter" || t.schedule.kind === "once";
        this.setDue(t, first ?? (noDate ? (creating ? undefined : kept) : this.next(t, now)));
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p), tasks: [t] });
        return { task_id: t.task_id, next_due_at: t.next_due_at };
      }
      case "pause":
      case "resume": {
        const pausing = service === "pause";
        if (d["task_id"]) {
          const id = String(d["task_id"]);
          const p = this.owner("tasks", id);
          const t = p.tasks.find((x) => x.task_id === id)!;
          t.paused = pausing;
          t.status = pausing ? "paused" : "ok";
          this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p), tasks: [t] });
        } else {
          const p = this.property(String(d["config_entry_id"]));
          p.paused = pausing;
          this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p) });
        }
        return undefined;
      }
      case "remove_task": {
        const id = String(d["task_id"]);
        const p = this.owner("tasks", id);
        p.tasks = p.tasks.filter((t) => t.task_id !== id);
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p), removed: { tasks: [id] } });
        return undefined;
      }
      case "add_supply":
      case "update_supply": {
        const p = service === "add_supply" ? this.owner("assets", String(d["asset_id"])) : this.owner("supplies", String(d["supply_id"]));
        let s = p.supplies.find((x) => x.supply_id === d["supply_id"]);
        if (!s) {
          s = { supply_id: `supply-new-${this.nextId++}`, asset_id: String(d["asset_id"]), name: String(d["name"]) };
          p.supplies.push(s);
        }
        for (const [k, v] of Object.entries(d)) {
          if (k === "supply_id" || k === "asset_id") continue;
          if (v === null) delete (s as unknown as Record<string, unknown>)[k];
          else (s as unknown as Record<string, unknown>)[k] = v;
        }
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, supplies: [s] });
        return { supply_id: s.supply_id };
      }
      case "log_maintenance": {
        const p = this.owner("assets", String(d["asset_id"]));
        const values: Partial<Log> & { action: string; kind: Log["kind"] } = { kind: "manual", action: String(d["action"]), asset_id: String(d["asset_id"]) };
        if (typeof d["cost"] === "number") values.cost = d["cost"];
        if (typeof d["performed_at"] === "string") values.performed_at = new Date(d["performed_at"]).toISOString();
        const log = this.log(p, values);
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p), logs: [log] });
        return { log_id: log.log_id };
      }
      case "triage_capture": {
        const id = String(d["inbox_item_id"]);
        const p = this.owner("inbox", id);
        p.inbox = p.inbox.filter((i) => i.inbox_item_id !== id);
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, property: this.summary(p), removed: { inbox: [id] } });
        return { inbox_item_id: id };
      }
      case "retry_capture": {
        const id = String(d["inbox_item_id"]);
        const p = this.owner("inbox", id);
        const item = p.inbox.find((i) => i.inbox_item_id === id)!;
        item.status = "PROCESSING";
        delete item.error;
        this.emit({ kind: "changed", config_entry_id: p.config_entry_id, inbox: [item] });
        setTimeout(() => {
          item.status = "PROCESSED";
          item.analysis = { description: "A label reading “Rheem XE50, 2019”." };
          this.emit({ kind: "changed", config_entry_id: p.config_entry_id, inbox: [item] });
        }, 1500);
        return { inbox_item_id: id, status: "PROCESSING" };
      }
      default:
        throw new Refused(`Unknown action haven.${service}`);
    }
  }

  /** A capture stored by the dev server's upload endpoint shows up in the inbox. */
  addCapture(entry: string, id: string, text: string | undefined, mime: string | undefined, assetId: string | undefined): void {
    const p = this.property(entry);
    const item = {
      inbox_item_id: id,
      summary: text || (mime?.startsWith("audio/") ? "Voice memo" : "Photo"),
      status: "PENDING" as const,
      user_id: "u1",
      user_name: "Ann",
      created_at: new Date().toISOString(),
      ...(text ? { text } : {}),
      ...(mime ? { mime_type: mime, file_path: `/api/haven/files/${entry}/capture/${id}` } : {}),
      ...(assetId ? { asset_id: assetId } : {}),
    };
    p.inbox.push(item);
    this.emit({ kind: "changed", config_entry_id: entry, inbox: [item] });
  }

  async sendMessagePromise<T>(msg: Record<string, unknown>): Promise<T> {
    this.sent.push(msg);
    if (!this.connected) throw { code: "connection_lost", message: "Connection lost" };
    if (msg["type"] === "call_service" && msg["domain"] === "haven") {
      return later(() => {
        try {
          return { response: this.service(String(msg["service"]), (msg["service_data"] ?? {}) as Record<string, unknown>) } as T;
        } catch (err) {
          throw { code: (err as Refused).code ?? "home_assistant_error", message: (err as Error).message };
        }
      });
    }
    return this.callWS<T>(msg);
  }

  async callWS<T>(msg: Record<string, unknown>): Promise<T> {
    return later(() => {
      switch (msg["type"]) {
        case "auth/sign_path":
          return { path: `${String(msg["path"])}?authSig=dev` } as T;
        case "haven/templates":
          return {
            templates: [
              { id: "furnace", name: "Furnace", category: "hvac", tasks: [{ name: "Replace the air filter", every: 3, unit: "months" }, { name: "Professional inspection", every: 1, unit: "years" }] },
              { id: "smoke_alarm", name: "Smoke alarm", category: "safety", tasks: [{ name: "Test the alarm", every: 1, unit: "months" }] },
              { id: "dishwasher", name: "Dishwasher", category: "kitchen", tasks: [{ name: "Clean the filter", every: 1, unit: "months" }] },
            ],
          } as T;
        case "haven/asset": {
          const id = String(msg["asset_id"]);
          const p = this.owner("assets", id);
          const asset = p.assets.find((a) => a.asset_id === id)!;
          const logs = (this.logs.get(p.config_entry_id) ?? []).filter((l) => l.asset_id === id);
          const year = new Date().getFullYear();
          const sum = (ls: Log[]) => Math.round(ls.reduce((s, l) => s + (l.cost ?? 0), 0) * 100) / 100;
          return {
            asset,
            logs,
            total_cost: sum(logs),
            cost_this_year: sum(logs.filter((l) => new Date(l.performed_at).getFullYear() === year)),
            documents: id === "asset-0" ? [{ document_id: "doc-1", name: "Owner's manual.pdf", mime_type: "application/pdf", size: 2_345_678, file_path: `/api/haven/files/${p.config_entry_id}/document/doc-1`, created_at: "2025-11-02T10:00:00Z" }] : [],
            captures: p.inbox.filter((i) => i.asset_id === id),
          } as T;
        }
        case "haven/schedule_preview": {
          const now = new Date();
          if (msg["cron"] !== undefined) {
            const cron = String(msg["cron"]).trim();
            if (cron.split(/\s+/).length !== 5) throw { code: "invalid", message: `“${cron}” is not a valid cron expression.` };
            return { description: `Cron ${cron} (dev preview)`, next: [1, 2, 3, 4, 5].map((i) => addInterval(now, i, "months").toISOString()) } as T;
          }
          if (msg["meter_entity_id"]) {
            return { description: `Every ${String(msg["meter_every"] ?? "?")} units`, next: [], meter: { value: 1234, unit: "h" } } as T;
          }
          const every = Number(msg["every"] ?? 1);
          if (!(every > 0)) throw { code: "invalid", message: "The interval must be at least 1." };
          const unit = (msg["unit"] as Unit) ?? "months";
          const first = msg["first_due"] ? new Date(`${String(msg["first_due"])}T09:00:00`) : addInterval(now, every, unit);
          const next = [first];
          for (let i = 1; i < 5; i++) next.push(addInterval(next[i - 1]!, every, unit));
          return { description: `Every ${every} ${unit}`, next: next.map((d) => d.toISOString()) } as T;
        }
        default:
          throw { code: "unknown_command", message: `Unknown command ${String(msg["type"])}` };
      }
    });
  }
}

export function makeHass(conn: FakeConnection, dark = false, language = "en"): HomeAssistant {
  const states: HomeAssistant["states"] = {
    "sensor.furnace_runtime": { entity_id: "sensor.furnace_runtime", state: "1234.5", attributes: { friendly_name: "Furnace runtime", unit_of_measurement: "h" } },
    "sensor.dishwasher_cycles": { entity_id: "sensor.dishwasher_cycles", state: "312", attributes: { friendly_name: "Dishwasher cycles" } },
    "sensor.car_odometer": { entity_id: "sensor.car_odometer", state: "48210", attributes: { friendly_name: "Car odometer", unit_of_measurement: "km" } },
    "sensor.outdoor_condition": { entity_id: "sensor.outdoor_condition", state: "sunny", attributes: { friendly_name: "Outdoor condition" } },
    "person.ann": { entity_id: "person.ann", state: "home", attributes: { friendly_name: "Ann" } },
    "person.ben": { entity_id: "person.ben", state: "away", attributes: { friendly_name: "Ben" } },
  };
  return {
    states,
    user: { id: "u1", name: "Ann", is_admin: true },
    language,
    locale: { language, time_zone: "server" },
    config: { time_zone: "Europe/Paris", currency: "EUR" },
    themes: { darkMode: dark },
    connection: conn as unknown as HomeAssistant["connection"],
    callWS: (m) => conn.callWS(m),
    auth: { data: { access_token: "dev-token" }, expired: false },
  };
}

export function makeProperties(size: "large" | "small" = "large"): Property[] {
  if (size === "small") {
    return [generateProperty({ zones: 4, assets: 12, tasks: 30, seed: 7 })];
  }
  return [
    generateProperty({ seed: 42 }),
    generateProperty({ seed: 9, entryId: "entry-cabin", name: "Lake cabin", zones: 3, assets: 10, tasks: 25 }),
  ];
}
