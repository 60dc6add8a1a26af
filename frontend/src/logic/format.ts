// Dates, times and money as a person reads them: in the user's language and the home's
// (or the browser's) time zone, relative to now where that reads better.

export interface FormatContext {
  /** BCP 47 language tag, e.g. "en", "de", "pt-BR". */
  locale: string;
  /** IANA time zone the user reads times in. */
  timeZone: string;
  /** "12" / "24" / undefined (language default). */
  hour12?: boolean;
}

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown time zone or locale: fall back to English in UTC rather than throwing.
      f = new Intl.DateTimeFormat("en", { ...options, timeZone: "UTC" });
    }
    formatters.set(key, f);
  }
  return f;
}

/** The wall-clock parts of an instant in a time zone. */
export function zonedParts(
  date: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = dtf("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour") % 24,
    minute: get("minute"),
    second: get("second"),
  };
}

/** Offset of a time zone from UTC at an instant, in minutes (e.g. +60 for Paris in winter). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const dayCache = new Map<string, number>();

/** Calendar day number (days since 1970-01-01) of an instant, as seen in a time zone. */
export function dayNumber(date: Date, timeZone: string): number {
  const time = date.getTime();
  const key = `${timeZone}|${time}`;
  const hit = dayCache.get(key);
  if (hit !== undefined) {
    return hit;
  }
  // format() of a numeric en-CA date ("2026-03-10") is much cheaper than formatToParts().
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = dtf("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, f);
  }
  const m = /(\d+)\D+(\d+)\D+(\d+)/.exec(f.format(date));
  const day = m
    ? Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS)
    : Math.floor(time / DAY_MS);
  if (dayCache.size > 5000) {
    dayCache.clear();
  }
  dayCache.set(key, day);
  return day;
}

/** Day number of a plain date "YYYY-MM-DD" (no time zone involved). */
export function dayNumberOfDate(ymd: string): number {
  const [y, m, d] = ymd.split("-").map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Value for `<input type="datetime-local">` showing `date` in `timeZone`. */
export function toDatetimeLocal(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Value for `<input type="date">` showing the day of `date` in `timeZone`. */
export function toDateInput(date: Date, timeZone: string): string {
  return toDatetimeLocal(date, timeZone).slice(0, 10);
}

function offsetString(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * ISO 8601 with the zone's offset for a `datetime-local` value read as wall-clock time in
 * `timeZone` ("2026-03-01T09:30" in Europe/Paris -> "2026-03-01T09:30:00+01:00").
 * Returns undefined for an empty or malformed value.
 */
export function fromDatetimeLocal(value: string, timeZone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) {
    return undefined;
  }
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const guess = Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0);
  // The offset at the guessed instant, then again at the corrected one (DST edges).
  let offset = zoneOffsetMinutes(new Date(guess), timeZone);
  offset = zoneOffsetMinutes(new Date(guess - offset * 60_000), timeZone);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(s ?? 0)}${offsetString(offset)}`;
}

export function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) {
    return undefined;
  }
  // A plain date is a calendar day: read it at noon UTC so no time zone moves its day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDate(iso: string | undefined, ctx: FormatContext): string {
  const date = parseDate(iso);
  if (!date) {
    return "";
  }
  const plain = iso !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return dtf(ctx.locale, {
    timeZone: plain ? "UTC" : ctx.timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
  }).format(date);
}

export function formatDateTime(iso: string | undefined, ctx: FormatContext): string {
  const date = parseDate(iso);
  if (!date) {
    return "";
  }
  const options: Intl.DateTimeFormatOptions = {
    timeZone: ctx.timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  };
  if (ctx.hour12 !== undefined) {
    options.hour12 = ctx.hour12;
  }
  return dtf(ctx.locale, options).format(date);
}

export function formatTime(iso: string | undefined, ctx: FormatContext): string {
  const date = parseDate(iso);
  if (!date) {
    return "";
  }
  const options: Intl.DateTimeFormatOptions = {
    timeZone: ctx.timeZone,
    hour: "numeric",
    minute: "2-digit",
  };
  if (ctx.hour12 !== undefined) {
    options.hour12 = ctx.hour12;
  }
  return dtf(ctx.locale, options).format(date);
}

const relFormatters = new Map<string, Intl.RelativeTimeFormat>();

function rtf(locale: string): Intl.RelativeTimeFormat {
  let f = relFormatters.get(locale);
  if (!f) {
    try {
      f = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    } catch {
      f = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
    }
    relFormatters.set(locale, f);
  }
  return f;
}

/**
 * "today", "tomorrow", "in 3 days", "2 weeks ago", "in 4 hours" … relative to `now`.
 * A due day (`allDay`) is compared by calendar days in the user's time zone; a due moment
 * within the next or last day is said in hours or minutes.
 */
export function formatRelative(
  iso: string | undefined,
  now: Date,
  ctx: FormatContext,
  allDay = false,
): string {
  const date = parseDate(iso);
  if (!date) {
    return "";
  }
  const f = rtf(ctx.locale);
  const diffMs = date.getTime() - now.getTime();
  if (!allDay && Math.abs(diffMs) < DAY_MS) {
    const minutes = Math.round(diffMs / 60_000);
    if (Math.abs(minutes) < 60) {
      return f.format(minutes, "minute");
    }
    return f.format(Math.round(diffMs / 3_600_000), "hour");
  }
  const plain = iso !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const days =
    (plain ? dayNumberOfDate(iso!) : dayNumber(date, ctx.timeZone)) - dayNumber(now, ctx.timeZone);
  const abs = Math.abs(days);
  if (abs < 14) {
    return f.format(days, "day");
  }
  if (abs < 60) {
    return f.format(Math.round(days / 7), "week");
  }
  if (abs < 365 * 2) {
    return f.format(Math.round(days / 30.44), "month");
  }
  return f.format(Math.round(days / 365.25), "year");
}

const moneyFormatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number | undefined, currency: string, locale: string): string {
  if (amount === undefined || Number.isNaN(amount)) {
    return "";
  }
  const key = `${locale}|${currency}`;
  let f = moneyFormatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { style: "currency", currency });
    } catch {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    moneyFormatters.set(key, f);
  }
  return f.format(amount);
}

export function formatNumber(value: number, locale: string, maxFractionDigits = 2): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
  } catch {
    return String(value);
  }
}

/** Read a number typed in a form, accepting a decimal comma ("12,50"). */
export function parseAmount(value: string): number | undefined {
  const cleaned = value.trim().replace(/\s/g, "").replace(",", ".");
  if (cleaned === "") {
    return undefined;
  }
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${pad(s % 60)}`;
}

export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${formatNumber(bytes / 1024, locale, 0)} KB`;
  }
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}
