// A generated home for the development harness: deterministic (seeded), as large as asked
// (default 12 zones, 300 assets, 1,000 tasks), with supplies, logs and inbox items.

import type { Asset, InboxItem, Log, Property, Supply, Task, TaskStatus, Unit, Zone } from "../src/types";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = [
  "Basement", "Kitchen", "Garage", "Attic", "Laundry room", "Living room",
  "Bathroom", "Garden", "Roof", "Bedroom", "Office", "Utility room",
];
const ASSETS = [
  ["Furnace", "Lennox", "EL296V"], ["Water heater", "Rheem", "XE50"], ["Dishwasher", "Bosch", "SHPM88"],
  ["Fridge", "LG", "LRMVS3006"], ["Dryer", "Whirlpool", "WED5605"], ["Washer", "Miele", "W1"],
  ["Smoke alarm", "Kidde", "i12060"], ["CO alarm", "First Alert", "CO615"], ["Sump pump", "Zoeller", "M53"],
  ["Gutters", "", ""], ["Heat pump", "Daikin", "Altherma 3"], ["Range hood", "Broan", "BCSD130"],
  ["Lawn mower", "Honda", "HRX217"], ["Water softener", "Culligan", "HE"], ["Air purifier", "Coway", "AP-1512"],
  ["Garage door", "Chamberlain", "B970"], ["Chimney", "", ""], ["Dehumidifier", "Frigidaire", "FFAD5033"],
] as const;
const TASKS = [
  ["Replace the air filter", 3, "months"], ["Clean the filter", 1, "months"], ["Test the alarm", 1, "months"],
  ["Flush the tank", 1, "years"], ["Inspect the seals", 6, "months"], ["Descale", 3, "months"],
  ["Clean the coils", 1, "years"], ["Check the pressure", 2, "weeks"], ["Replace the battery", 1, "years"],
  ["Lubricate moving parts", 6, "months"], ["Professional service", 1, "years"], ["Clear the drain", 4, "weeks"],
] as const;
const PEOPLE = [
  ["u1", "Ann"], ["u2", "Ben"], ["u3", "Chloé"],
] as const;

const DAY = 86_400_000;

export function statusFor(due: Date | undefined, leadDays: number, now: Date): TaskStatus {
  if (!due) {
    return "unscheduled";
  }
  if (due.getTime() < now.getTime()) {
    return "overdue";
  }
  if (due.getTime() < now.getTime() + leadDays * DAY) {
    return "due_soon";
  }
  return "ok";
}

export interface GenerateOptions {
  zones?: number;
  assets?: number;
  tasks?: number;
  seed?: number;
  now?: Date;
  entryId?: string;
  name?: string;
}

export function generateProperty(options: GenerateOptions = {}): Property {
  const r = rng(options.seed ?? 42);
  const now = options.now ?? new Date();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const entry = options.entryId ?? "entry-home";
  const zones: Zone[] = ZONES.slice(0, options.zones ?? 12).map((name, i) => ({
    zone_id: `zone-${i}`,
    area_id: `area_${i}`,
    name,
  }));
  const assets: Asset[] = [];
  for (let i = 0; i < (options.assets ?? 300); i++) {
    const [kind, maker, model] = pick(ASSETS);
    const zone = i % 23 === 22 ? undefined : pick(zones);
    const a: Asset = {
      asset_id: `asset-${i}`,
      device_id: `device-${i}`,
      name: `${kind} ${i + 1}`,
      overdue: false,
    };
    if (zone) a.zone_id = zone.zone_id;
    if (maker) a.manufacturer = maker;
    if (model) a.model = model;
    if (r() < 0.5) a.serial_number = `SN${Math.floor(r() * 1e8)}`;
    if (r() < 0.6) a.installed_on = new Date(now.getTime() - Math.floor(r() * 3650) * DAY).toISOString().slice(0, 10);
    if (r() < 0.2) a.notes = "Access panel behind the shelf; the manual is in the drawer.";
    assets.push(a);
  }
  const tasks: Task[] = [];
  for (let i = 0; i < (options.tasks ?? 1000); i++) {
    const [name, every, unit] = pick(TASKS);
    const houseWide = i % 50 === 49;
    const asset = houseWide ? undefined : assets[i % assets.length]!;
    const leadDays = pick([3, 7, 7, 14]);
    const offset = r() < 0.06 ? -Math.floor(r() * 60) - 1 : r() < 0.1 ? Math.floor(r() * leadDays) : Math.floor(r() * 365) + leadDays;
    const meter = i % 97 === 0;
    const due = meter ? undefined : new Date(now.getTime() + offset * DAY + Math.floor(r() * DAY));
    const t: Task = {
      task_id: `task-${i}`,
      name,
      priority: Math.floor(r() * 4),
      lead_days: leadDays,
      status: statusFor(due, leadDays, now),
      all_day: true,
      schedule: meter
        ? { kind: "meter", meter_entity_id: "sensor.furnace_runtime", meter_every: 500 }
        : i % 31 === 0
          ? { kind: "cron", cron: "0 9 1 * *" }
          : { kind: "interval", every, unit: unit as Unit, anchor: i % 5 === 0 ? "fixed" : "completion" },
    };
    if (asset) t.asset_id = asset.asset_id;
    if (due) t.next_due_at = due.toISOString();
    if (meter) t.meter = { value: 1234, baseline: 1000, progress: 0.47, unit: "h" };
    if (r() < 0.7) t.last_completed_at = new Date(now.getTime() - Math.floor(r() * 200) * DAY).toISOString();
    if (i % 7 === 0) t.assignees = [pick(["person.ann", "person.ben"])];
    tasks.push(t);
    if (asset && t.status === "overdue") asset.overdue = true;
  }
  const supplies: Supply[] = assets.slice(0, 120).map((a, i) => {
    const s: Supply = { supply_id: `supply-${i}`, asset_id: a.asset_id, name: `${a.name.split(" ")[0]} filter` };
    if (i % 2 === 0) s.quantity = i % 5;
    if (i % 3 === 0) s.part_number = `PN-${1000 + i}`;
    if (i % 4 === 0) s.purchase_url = "https://example.com/shop";
    return s;
  });
  const logs: Log[] = [];
  for (let i = 0; i < 40; i++) {
    const task = tasks[(i * 7) % tasks.length]!;
    const [uid, uname] = pick(PEOPLE);
    const log: Log = {
      log_id: `log-${i}`,
      kind: i % 9 === 0 ? "manual" : "completed",
      action: task.name,
      task_id: task.task_id,
      user_id: uid,
      user_name: uname,
      performed_at: new Date(now.getTime() - i * 2.5 * DAY - Math.floor(r() * DAY)).toISOString(),
    };
    if (task.asset_id) log.asset_id = task.asset_id;
    if (i % 3 === 0) log.cost = Math.round(r() * 20000) / 100;
    if (i % 4 === 0) log.notes = "Used the spare from the garage shelf.";
    logs.push(log);
  }
  const inbox: InboxItem[] = [
    {
      inbox_item_id: "inbox-1",
      summary: "The basement smells damp",
      status: "PROCESSED",
      user_id: "u1",
      user_name: "Ann",
      text: "The basement smells damp",
      analysis: { description: "Possible humidity problem near the sump pump.", suggested_task: "Check the dehumidifier", suggested_asset: assets[8]!.name, suggested_asset_id: assets[8]!.asset_id },
      created_at: new Date(now.getTime() - 3 * 3600_000).toISOString(),
      processed_at: new Date(now.getTime() - 3 * 3600_000 + 5000).toISOString(),
    },
    {
      inbox_item_id: "inbox-2",
      summary: "Replace the furnace filter in the basement",
      status: "PROCESSED",
      user_id: "u2",
      user_name: "Ben",
      transcription: "replace the furnace filter in the basement",
      mime_type: "audio/wav",
      file_path: `/api/haven/files/${entry}/capture/inbox-2`,
      created_at: new Date(now.getTime() - 26 * 3600_000).toISOString(),
    },
    {
      inbox_item_id: "inbox-3",
      summary: "Photo of the water heater label",
      status: "FAILED",
      user_id: "u3",
      user_name: "Chloé",
      mime_type: "image/svg+xml",
      file_path: `/api/haven/files/${entry}/capture/inbox-3`,
      error: "No AI task entity is set for captures. Choose one under Configure → Settings.",
      created_at: new Date(now.getTime() - 50 * 3600_000).toISOString(),
    },
  ];
  const counts = { overdue: 0, due_soon: 0, ok: 0, unscheduled: 0, done: 0, paused: 0 };
  for (const t of tasks) counts[t.status]++;
  const scheduled = tasks.length - counts.unscheduled - counts.done - counts.paused;
  return {
    config_entry_id: entry,
    property_id: `property-${entry}`,
    name: options.name ?? "Maple Street",
    currency: "EUR",
    health: scheduled ? Math.round((100 * (scheduled - counts.overdue)) / scheduled) : 100,
    counts,
    spent_this_year: Math.round(logs.reduce((s, l) => s + (l.cost ?? 0), 0) * 100) / 100,
    is_admin_required_for_removal: true,
    zones,
    assets,
    tasks,
    supplies,
    inbox,
    recent_logs: logs.slice(0, 10),
  };
}

/** All logs the generator made, for `haven/asset` history (the snapshot has only 10). */
export function generatedLogs(p: Property): Log[] {
  return p.recent_logs;
}
