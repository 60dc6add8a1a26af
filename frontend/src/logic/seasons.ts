// Seasons as the panel shows them: a task's active months in words.

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** A month's name in a locale (1 = January). */
export function monthName(month: number, locale: string, width: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" }).format(new Date(Date.UTC(2024, month - 1, 1)));
}

/**
 * Active months as runs of consecutive months, a run may wrap over the new year:
 * [4..11] → [[4, 11]]; [11, 12, 1, 2] → [[11, 2]]; [1, 3] → [[1, 1], [3, 3]].
 */
export function monthRuns(months: readonly number[]): [number, number][] {
  const on = new Set(months.filter((m) => m >= 1 && m <= 12));
  if (!on.size || on.size === 12) {
    return [];
  }
  // Start after an inactive month so a run over December–January stays one run.
  const start = MONTHS.find((m) => on.has(m) && !on.has(m === 1 ? 12 : m - 1)) ?? 1;
  const runs: [number, number][] = [];
  for (let i = 0; i < 12; i++) {
    const m = ((start - 1 + i) % 12) + 1;
    if (!on.has(m)) {
      continue;
    }
    const last = runs[runs.length - 1];
    if (last && last[1] === (m === 1 ? 12 : m - 1)) {
      last[1] = m;
    } else {
      runs.push([m, m]);
    }
  }
  return runs;
}

/** "April – November", "January, March" (empty when the task is active all year). */
export function seasonText(months: readonly number[] | undefined, locale: string): string {
  return monthRuns(months ?? [])
    .map(([a, b]) => (a === b ? monthName(a, locale) : `${monthName(a, locale)} – ${monthName(b, locale)}`))
    .join(", ");
}
