// Heavy-pollution warning level from a daily AQI forecast, per the national unified criteria (2019).
// These are not part of HJ 633, so they live here rather than in a Ruleset.

export type WarningLevel = "RED" | "ORANGE" | "YELLOW";

export interface WarningSuggestion {
  readonly level: WarningLevel | null;
  /** Human-readable justification (also explains why no warning is due). */
  readonly reason: string;
  /** 0-based forecast-day indices of the run that triggered the level; null without a warning. */
  readonly run: { readonly start: number; readonly end: number } | null;
}

export const WARNING_CRITERIA_2019 = Object.freeze({
  /** A day counts towards a run when its AQI is strictly above this (重度 and worse). */
  runAboveAqi: 200,
  /** A run day counts as 严重 when its AQI is strictly above this. */
  severeAboveAqi: 300,
  /** Any single day at or above this is red on its own. */
  redAnyDayAtLeast: 500,
  red: { minRunDays: 4, minSevereDays: 2 },
  orange: { minRunDays: 3, minSevereDays: 1 },
  yellow: { minRunDays: 2, minSevereDays: 0 },
});

const RANK: Record<WarningLevel, number> = { YELLOW: 1, ORANGE: 2, RED: 3 };
/** Highest first: a run takes the highest level whose criteria it meets. */
const LEVELS = ["red", "orange", "yellow"] as const;

/**
 * Suggest a warning level for a forecast given as consecutive daily AQIs (index 0 = first forecast
 * day). Red: ≥ 4 consecutive days > 200 with ≥ 2 of them > 300, or any day ≥ 500. Orange: ≥ 3
 * consecutive days > 200 with ≥ 1 of them > 300. Yellow: ≥ 2 consecutive days > 200. The highest
 * level any run reaches wins; on equal levels the earliest run is reported.
 */
export function suggestWarningLevel(forecastAqi: readonly number[]): WarningSuggestion {
  forecastAqi.forEach((aqi, i) => {
    if (!Number.isFinite(aqi) || aqi < 0) {
      throw new RangeError(`suggestWarningLevel: day ${i + 1} AQI must be a finite number ≥ 0, got ${aqi}`);
    }
  });
  const c = WARNING_CRITERIA_2019;
  type Candidate = WarningSuggestion & { level: WarningLevel };
  const candidates: Candidate[] = [];

  let i = 0;
  while (i < forecastAqi.length) {
    if (forecastAqi[i]! <= c.runAboveAqi) {
      i++;
      continue;
    }
    const start = i;
    while (i < forecastAqi.length && forecastAqi[i]! > c.runAboveAqi) i++;
    const end = i - 1;
    const run = forecastAqi.slice(start, end + 1);
    const length = run.length;
    const severe = run.filter((a) => a > c.severeAboveAqi).length;
    const where = `days ${start + 1}–${end + 1}`;
    const describe = `forecast AQI > ${c.runAboveAqi} on ${length} consecutive days (${where}), ${severe} of them > ${c.severeAboveAqi}`;

    const peakIndex = run.findIndex((a) => a >= c.redAnyDayAtLeast);
    if (peakIndex >= 0) {
      candidates.push({
        level: "RED",
        reason: `forecast AQI ${run[peakIndex]} on day ${start + peakIndex + 1} reaches ${c.redAnyDayAtLeast}`,
        run: { start, end },
      });
    }
    const level = LEVELS.find((l) => length >= c[l].minRunDays && severe >= c[l].minSevereDays);
    if (level) candidates.push({ level: level.toUpperCase() as WarningLevel, reason: describe, run: { start, end } });
  }

  // Strictly greater keeps the earliest run among equal levels.
  let best: Candidate | null = null;
  for (const s of candidates) {
    if (best === null || RANK[s.level] > RANK[best.level]) best = s;
  }
  return (
    best ?? {
      level: null,
      reason:
        forecastAqi.length === 0
          ? "no forecast days"
          : `no ${c.yellow.minRunDays} consecutive forecast days with AQI > ${c.runAboveAqi}`,
      run: null,
    }
  );
}
