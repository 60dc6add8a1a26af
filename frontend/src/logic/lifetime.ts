// Warranties, expected lives and the year's budget, as the panel shows them. Pure: the
// caller passes today's day number in the home's time zone (dayNumber()).

import { dayNumberOfDate } from "./format";

/** The day an expected life ends: installed on + years (29 February → 28 February). */
export function expectedEnd(installedOn: string | undefined, years: number | undefined): string | undefined {
  if (!installedOn || !years) {
    return undefined;
  }
  const [y, m, d] = installedOn.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) {
    return undefined;
  }
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** Whether an asset is past its expected life on a day (from the day the life ends). */
export function isPastLife(
  asset: { installed_on?: string; expected_life_years?: number },
  today: number,
): boolean {
  const end = expectedEnd(asset.installed_on, asset.expected_life_years);
  return end !== undefined && dayNumberOfDate(end) <= today;
}

export type WarrantyState = { state: "none" } | { state: "ended" } | { state: "active"; daysLeft: number };

/** How an asset's warranty stands on a day (it covers its last day). */
export function warrantyState(until: string | undefined, today: number): WarrantyState {
  if (!until) {
    return { state: "none" };
  }
  const daysLeft = dayNumberOfDate(until) - today;
  return daysLeft < 0 ? { state: "ended" } : { state: "active", daysLeft };
}

/** What is left of a budget, or how far it was passed (amounts in cents-safe numbers). */
export function budgetStanding(spent: number, budget: number | undefined): { left: number; over: number } | undefined {
  if (budget === undefined || budget <= 0) {
    return undefined;
  }
  const cents = Math.round(budget * 100) - Math.round(spent * 100);
  return { left: Math.max(cents, 0) / 100, over: Math.max(-cents, 0) / 100 };
}

/** Whole years typed in a form: empty → null (cleared), else 1 to 200, or undefined if invalid. */
export function parseYears(raw: string | undefined): number | null | undefined {
  const value = raw?.trim() ?? "";
  if (value === "") {
    return null;
  }
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 200 ? n : undefined;
}
