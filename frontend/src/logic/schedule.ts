// A task's schedule in plain words ("Every 3 months, counted from the last completion").
// Common cron expressions are described here; anything else shows the expression itself
// (the task dialog asks the server's `haven/schedule_preview` for the exact words).

import type { Localize } from "../i18n";
import type { Schedule } from "../types";

export interface ScheduleWords {
  localize: Localize;
  /** Friendly name of a sensor entity (its friendly_name), for meter schedules. */
  entityName?: (entityId: string) => string;
  /** Formats a weekday index (0 = Sunday) and a month index (1..12) in the user's language. */
  weekday?: (day: number) => string;
  month?: (month: number) => string;
  /** "09:00" or "9:00 AM" for an hour and minute. */
  time?: (hour: number, minute: number) => string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function describeInterval(every: number, unit: string, localize: Localize): string {
  return localize(`schedule.every_${unit}`, { count: every });
}

function isNumber(field: string): boolean {
  return /^\d+$/.test(field);
}

/** Plain words for the cron forms people write; undefined when it is something else. */
export function describeCron(expr: string, words: ScheduleWords): string | undefined {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) {
    return undefined;
  }
  const [min, hour, dom, mon, dow] = fields as [string, string, string, string, string];
  if (!isNumber(min) || !isNumber(hour)) {
    return undefined;
  }
  const h = Number(hour);
  const m = Number(min);
  if (h > 23 || m > 59) {
    return undefined;
  }
  const time = words.time ? words.time(h, m) : `${pad(h)}:${pad(m)}`;
  const l = words.localize;
  if (dom === "*" && mon === "*" && dow === "*") {
    return l("schedule.cron_daily", { time });
  }
  if (dom === "*" && mon === "*" && /^[0-7](,[0-7])*$/.test(dow)) {
    const days = dow
      .split(",")
      .map((d) => (words.weekday ? words.weekday(Number(d) % 7) : d))
      .join(", ");
    return l("schedule.cron_weekly", { days, time });
  }
  if (isNumber(dom) && mon === "*" && dow === "*") {
    return l("schedule.cron_monthly", { day: Number(dom), time });
  }
  if (isNumber(dom) && isNumber(mon) && dow === "*") {
    const month = words.month ? words.month(Number(mon)) : mon;
    return l("schedule.cron_yearly", { day: Number(dom), month, time });
  }
  return undefined;
}

export function describeSchedule(schedule: Schedule, words: ScheduleWords): string {
  const l = words.localize;
  switch (schedule.kind) {
    case "interval": {
      const every = describeInterval(schedule.every ?? 1, schedule.unit ?? "months", l);
      return schedule.anchor === "fixed"
        ? l("schedule.fixed", { every })
        : l("schedule.from_completion", { every });
    }
    case "cron": {
      const cron = schedule.cron ?? "";
      return describeCron(cron, words) ?? l("schedule.cron_custom", { cron });
    }
    case "meter": {
      const entity = schedule.meter_entity_id ?? "";
      const sensor = words.entityName ? words.entityName(entity) : entity;
      const meter = l("schedule.meter", { count: schedule.meter_every ?? 0, sensor });
      if (schedule.every && schedule.unit) {
        const backstop = describeInterval(schedule.every, schedule.unit, l);
        return l("schedule.meter_backstop", { meter, backstop: backstop.toLowerCase() });
      }
      return meter;
    }
    case "once":
    default:
      return l("schedule.once");
  }
}
