// Haven's live data in the browser: the snapshot of each property, with `changed` events
// applied by id. Pure functions: a new `HavenData` comes back whenever something moved, and
// only the collections that changed are copied, so Lit re-renders what depends on them.

import type {
  Asset,
  HavenEvent,
  InboxItem,
  Log,
  Property,
  PropertySummary,
  Supply,
  Task,
  Zone,
} from "../types";

export const RECENT_LOGS = 10;

export interface PropertyData {
  summary: PropertySummary;
  zones: Map<string, Zone>;
  assets: Map<string, Asset>;
  tasks: Map<string, Task>;
  supplies: Map<string, Supply>;
  inbox: Map<string, InboxItem>;
  recentLogs: Log[];
}

export interface HavenData {
  /** Increases with every change, so views can tell cheaply that something moved. */
  version: number;
  /** Properties in the order the server sent them. */
  properties: Map<string, PropertyData>;
}

export const EMPTY: HavenData = { version: 0, properties: new Map() };

function byId<T>(items: T[] | undefined, key: keyof T): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) {
    map.set(item[key] as unknown as string, item);
  }
  return map;
}

export function propertyFromSnapshot(p: Property): PropertyData {
  const { zones, assets, tasks, supplies, inbox, recent_logs, ...summary } = p;
  return {
    summary,
    zones: byId(zones, "zone_id"),
    assets: byId(assets, "asset_id"),
    tasks: byId(tasks, "task_id"),
    supplies: byId(supplies, "supply_id"),
    inbox: byId(inbox, "inbox_item_id"),
    recentLogs: (recent_logs ?? []).slice(0, RECENT_LOGS),
  };
}

function merge<T>(
  current: Map<string, T>,
  changed: T[] | undefined,
  removed: string[] | undefined,
  key: keyof T,
): Map<string, T> {
  if (!changed?.length && !removed?.length) {
    return current;
  }
  const next = new Map(current);
  for (const item of changed ?? []) {
    next.set(item[key] as unknown as string, item);
  }
  for (const id of removed ?? []) {
    next.delete(id);
  }
  return next;
}

function mergeLogs(current: Log[], added: Log[] | undefined, removed: string[] | undefined): Log[] {
  if (!added?.length && !removed?.length) {
    return current;
  }
  const gone = new Set(removed ?? []);
  const seen = new Set<string>();
  const all = [...(added ?? []), ...current].filter((log) => {
    if (gone.has(log.log_id) || seen.has(log.log_id)) {
      return false;
    }
    seen.add(log.log_id);
    return true;
  });
  all.sort((a, b) => (a.performed_at < b.performed_at ? 1 : a.performed_at > b.performed_at ? -1 : 0));
  return all.slice(0, RECENT_LOGS);
}

/** Apply one event of `haven/subscribe`; returns the same object when nothing changed. */
export function applyEvent(data: HavenData, event: HavenEvent): HavenData {
  if (event.kind === "snapshot") {
    const properties = new Map(data.properties);
    for (const p of event.properties) {
      properties.set(p.config_entry_id, propertyFromSnapshot(p));
    }
    return { version: data.version + 1, properties };
  }
  if (event.kind === "unloaded") {
    if (!data.properties.has(event.config_entry_id)) {
      return data;
    }
    const properties = new Map(data.properties);
    properties.delete(event.config_entry_id);
    return { version: data.version + 1, properties };
  }
  const current = data.properties.get(event.config_entry_id);
  if (!current) {
    // A change for a property we have no snapshot of (yet): nothing to apply it to.
    return data;
  }
  const removed = event.removed ?? {};
  const next: PropertyData = {
    summary: event.property ?? current.summary,
    zones: merge(current.zones, event.zones, removed.zones, "zone_id"),
    assets: merge(current.assets, event.assets, removed.assets, "asset_id"),
    tasks: merge(current.tasks, event.tasks, removed.tasks, "task_id"),
    supplies: merge(current.supplies, event.supplies, removed.supplies, "supply_id"),
    inbox: merge(current.inbox, event.inbox, removed.inbox, "inbox_item_id"),
    recentLogs: mergeLogs(current.recentLogs, event.logs, removed.logs),
  };
  const properties = new Map(data.properties);
  properties.set(event.config_entry_id, next);
  return { version: data.version + 1, properties };
}

/** A snapshot after a reconnect replaces everything we had (a property may have gone). */
export function resetWith(data: HavenData, event: HavenEvent): HavenData {
  return applyEvent({ version: data.version, properties: new Map() }, event);
}
