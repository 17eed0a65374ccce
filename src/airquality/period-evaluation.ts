// A period's evaluation as the province reports it: HJ 663-2013's items with validity judged per pollutant
// (GB 3095-2012 §8), the composite index (城市环境空气质量排名技术规定, 2018) and GB/T 8170 rounding, each
// published figure rounded once. A city's figures come from its daily values as published; a province's
// figure is the mean of its cities' unrounded figures, rounded once.
import { categoryOf } from "./aqi.js";
import { percentile } from "./percentile.js";
import { EVALUATION_ITEMS, rulesetFor, type Category, type EvaluationItem, type Ruleset } from "./ruleset.js";
import { REPORTING_DIGITS, roundHalfEven } from "./rounding.js";
import { periodValidity } from "./validity.js";

export const CATEGORIES: readonly Category[] = Object.freeze(["EXCELLENT", "GOOD", "LIGHT", "MODERATE", "HEAVY", "SEVERE"]);

/** One day of a city, as published: daily values already rounded (integers, CO one decimal), null = missing. */
export interface PublishedDay {
  readonly date: string;
  readonly values: Readonly<Partial<Record<EvaluationItem, number | null>>>;
  /** The day's AQI from the indicators valid that day; null when none was. */
  readonly aqi: number | null;
}

/** Per item: its own valid days, mean, percentile, exceedance days and rate, and single index. */
export type ItemFigure = "validDays" | "mean" | "percentile" | "exceedanceDays" | "exceedanceRate" | "index";
export type DayFigure = "aqiDays" | "goodDays" | "heavyPollutionDays" | "goodDayRatio" | "heavyPollutionDayRatio" | "compositeIndex";
/** Every figure of an evaluation by name: "PM25.mean", "days.EXCELLENT", "goodDayRatio", … */
export type FigureName = DayFigure | `days.${Category}` | `${EvaluationItem}.${ItemFigure}`;
export type Figures = Readonly<Record<FigureName, number | null>>;

export interface Coverage {
  /** The period has the daily coverage GB 3095 requires (324 a year, 27 a month, 25 in February). */
  readonly complete: boolean;
  readonly missingReason: string | null;
}

export interface PeriodEvaluation {
  readonly from: string;
  readonly to: string;
  /** Rounded once to the reporting precision (GB/T 8170); what is published and judged against targets. */
  readonly published: Figures;
  /** The same figures before that rounding (a city's are still computed from its published daily values). */
  readonly unrounded: Figures;
  /** Per item, and for the AQI days behind the day ratios. */
  readonly coverage: Readonly<Record<EvaluationItem | "AQI", Coverage>>;
  /** Every item and the AQI days covered. */
  readonly complete: boolean;
  /** What is missing, each reason once with the items it applies to; null when complete. */
  readonly missingReason: string | null;
}

const ITEM_FIGURES: readonly ItemFigure[] = ["validDays", "mean", "percentile", "exceedanceDays", "exceedanceRate", "index"];
export const FIGURE_NAMES: readonly FigureName[] = Object.freeze([
  "aqiDays",
  "goodDays",
  "heavyPollutionDays",
  "goodDayRatio",
  "heavyPollutionDayRatio",
  "compositeIndex",
  ...CATEGORIES.map((c) => `days.${c}` as const),
  ...EVALUATION_ITEMS.flatMap((i) => ITEM_FIGURES.map((f) => `${i}.${f}` as const)),
]);

/** The reporting precision (decimals) of a figure. */
export function digitsOf(name: FigureName): number {
  if (name === "compositeIndex" || name.endsWith(".index")) return REPORTING_DIGITS.index;
  if (name.endsWith("Ratio") || name.endsWith("Rate")) return REPORTING_DIGITS.ratio;
  if (name.endsWith(".mean") || name.endsWith(".percentile")) return name.startsWith("CO.") ? REPORTING_DIGITS.co : REPORTING_DIGITS.concentration;
  return REPORTING_DIGITS.days;
}

const itemC = (item: EvaluationItem): ItemFigure => (item === "CO" || item === "O3_8H" ? "percentile" : "mean");

function publish(unrounded: Figures): Figures {
  return Object.fromEntries(FIGURE_NAMES.map((n) => [n, unrounded[n] === null ? null : roundHalfEven(unrounded[n]!, digitsOf(n))])) as Figures;
}

/** Groups identical reasons: "2021-03: 26 daily values, need 27 (AQI, PM25)". */
function describeMissing(coverage: Readonly<Record<string, Coverage>>): string | null {
  const byReason = new Map<string, string[]>();
  for (const [what, c] of Object.entries(coverage)) if (!c.complete) byReason.set(c.missingReason!, [...(byReason.get(c.missingReason!) ?? []), what]);
  return byReason.size === 0 ? null : [...byReason].map(([reason, what]) => `${reason} (${what.join(", ")})`).join("; ");
}

function coverageOf(dates: readonly string[], from: string, to: string, ruleset: Ruleset): Coverage {
  const v = periodValidity(dates, from, to, ruleset);
  return { complete: v.valid, missingReason: v.reason };
}

/**
 * A city's evaluation of [from, to] from its published days (dates inside the period, one per date). Each item
 * is taken over its own valid days and its coverage checked on them; the day ratios over the days with an AQI.
 * A figure whose coverage fails is missing (null); day counts stay. The single index I_i = C_i / S_i uses C_i
 * as published, is rounded to two decimals, and the composite index is the sum of the rounded single indices.
 */
export function evaluateCity(days: readonly PublishedDay[], from: string, to: string, ruleset: Ruleset = rulesetFor(from)): PeriodEvaluation {
  const seen = new Set<string>();
  for (const d of days) {
    if (d.date < from || d.date > to) throw new RangeError(`evaluateCity: ${d.date} lies outside ${from}..${to}`);
    if (seen.has(d.date)) throw new RangeError(`evaluateCity: duplicate date ${d.date}`);
    seen.add(d.date);
  }
  const ev = ruleset.evaluation;
  const f: Record<string, number | null> = {};
  const coverage: Record<string, Coverage> = {};

  const aqiDays = days.filter((d) => d.aqi !== null);
  coverage.AQI = coverageOf(aqiDays.map((d) => d.date), from, to, ruleset);
  const counts = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const d of aqiDays) {
    const c = categoryOf(d.aqi!, rulesetFor(d.date)).category;
    counts.set(c, counts.get(c)! + 1);
  }
  for (const c of CATEGORIES) f[`days.${c}`] = counts.get(c)!;
  f.aqiDays = aqiDays.length;
  f.goodDays = aqiDays.filter((d) => d.aqi! <= ev.goodDayMaxAqi).length;
  f.heavyPollutionDays = aqiDays.filter((d) => d.aqi! > ev.heavyPollutionAboveAqi).length;
  const ratio = (n: number) => (coverage.AQI!.complete && aqiDays.length > 0 ? n / aqiDays.length : null);
  f.goodDayRatio = ratio(f.goodDays);
  f.heavyPollutionDayRatio = ratio(f.heavyPollutionDays);

  for (const item of EVALUATION_ITEMS) {
    const valid = days.filter((d) => typeof d.values[item] === "number");
    const values = valid.map((d) => d.values[item]!);
    const cov = (coverage[item] = coverageOf(valid.map((d) => d.date), from, to, ruleset));
    const exceeding = values.filter((v) => v > ev.dailyLimits[item]).length;
    f[`${item}.validDays`] = values.length;
    f[`${item}.exceedanceDays`] = exceeding;
    f[`${item}.mean`] = cov.complete ? values.reduce((a, b) => a + b, 0) / values.length : null;
    f[`${item}.percentile`] = cov.complete ? percentile(values, ev.percentiles[item]) : null;
    f[`${item}.exceedanceRate`] = cov.complete ? exceeding / values.length : null;
  }

  // C_i as published: the single index is computed from the published concentration.
  const published = publish({ ...f, compositeIndex: null, ...Object.fromEntries(EVALUATION_ITEMS.map((i) => [`${i}.index`, null])) } as Figures);
  let composite: number | null = 0;
  let compositeRounded: number | null = 0;
  const indexRounded: Record<string, number | null> = {};
  for (const item of EVALUATION_ITEMS) {
    const c = published[`${item}.${itemC(item)}`];
    const index = c === null ? null : c / ev.compositeStandards[item];
    f[`${item}.index`] = index;
    indexRounded[`${item}.index`] = index === null ? null : roundHalfEven(index, REPORTING_DIGITS.index);
    composite = composite === null || index === null ? null : composite + index;
    compositeRounded = compositeRounded === null || index === null ? null : compositeRounded + indexRounded[`${item}.index`]!;
  }
  f.compositeIndex = composite;
  const unrounded = f as Figures;
  return {
    from,
    to,
    unrounded,
    // the composite is the sum of the rounded single indices; rounding that sum only clears binary noise
    published: { ...publish(unrounded), ...indexRounded, compositeIndex: compositeRounded === null ? null : roundHalfEven(compositeRounded, REPORTING_DIGITS.index) },
    coverage: coverage as PeriodEvaluation["coverage"],
    complete: Object.values(coverage).every((c) => c.complete),
    missingReason: describeMissing(coverage),
  };
}

/**
 * A region of several cities (the province): every figure is the arithmetic mean of its cities' unrounded
 * figures for the same period, rounded once — the way the provincial bulletins and the plan's targets count.
 * A figure is missing when any city's is; coverage fails when any city's does, naming the cities.
 */
export function evaluateRegionOfCities(cities: ReadonlyMap<string, PeriodEvaluation>, from: string, to: string): PeriodEvaluation {
  if (cities.size === 0) throw new RangeError("evaluateRegionOfCities: no cities");
  const all = [...cities.values()];
  const unrounded = Object.fromEntries(
    FIGURE_NAMES.map((n) => {
      const xs = all.map((e) => e.unrounded[n]);
      return [n, xs.some((x) => x === null) ? null : (xs as number[]).reduce((a, b) => a + b, 0) / xs.length];
    }),
  ) as Figures;
  const coverage = Object.fromEntries(
    (["AQI", ...EVALUATION_ITEMS] as const).map((what) => {
      const failing = [...cities].filter(([, e]) => !e.coverage[what].complete);
      return [what, { complete: failing.length === 0, missingReason: failing.length === 0 ? null : failing.map(([code, e]) => `${code} ${e.coverage[what].missingReason}`).join("; ") }];
    }),
  ) as PeriodEvaluation["coverage"];
  return {
    from,
    to,
    unrounded,
    published: publish(unrounded),
    coverage,
    complete: Object.values(coverage).every((c) => c.complete),
    missingReason: describeMissing(coverage),
  };
}

export interface Ranked<T> {
  readonly rank: number | null;
  readonly entry: T;
}

/**
 * Ranks by published composite index, smallest (best) first; equal indices share a rank (1, 1, 3). Entries
 * without an index come last, unranked, in the order given.
 */
export function rankByCompositeIndex<T>(entries: readonly T[], indexOf: (e: T) => number | null): Ranked<T>[] {
  const withIndex = entries.filter((e) => indexOf(e) !== null).sort((a, b) => indexOf(a)! - indexOf(b)!);
  const ranked: Ranked<T>[] = [];
  withIndex.forEach((e, i) => {
    const prev = ranked[i - 1];
    ranked.push({ entry: e, rank: prev && indexOf(prev.entry) === indexOf(e) ? prev.rank : i + 1 });
  });
  return [...ranked, ...entries.filter((e) => indexOf(e) === null).map((entry) => ({ entry, rank: null }))];
}
