/**
 * The dashboard's chart options, built from the API's answers. Each chart's `aria.label.description` is its
 * accessible text (ECharts puts it on the chart's container as aria-label, role img): every city's value,
 * target and status in words, the same words the bar's tooltip shows.
 */
import type { Lang } from "../i18n";
import { AQI_COLOURS, STATUS_COLOURS } from "./colours";
import { CATEGORIES, categoryName, dict, metricName, statusName } from "./dict";
import type { ChartOption } from "./echarts";
import type { AqiCategory, BarMetric, CityRankRow, DayAqi, TargetProgress, TargetStatus } from "./queries";
import { SUMMARY_FIELD } from "./queries";
import { tr } from "../i18n";

export const cityName = (r: { name: string; nameEn: string }, lang: Lang) => (lang === "zh" ? r.name : r.nameEn);

const isRatio = (m: BarMetric) => m === "GOOD_DAY_RATIO" || m === "HEAVY_POLLUTION_DAY_RATIO";

/** The unit a metric is shown in: ratios as percentages, concentrations in the API's own unit. */
export function shownUnit(m: BarMetric, apiUnit: string | undefined): string {
  return isRatio(m) ? "%" : (apiUnit ?? "µg/m³");
}

/** A figure as shown: a ratio (0.605) as a percentage (60.5), a concentration as the API published it. */
export function shown(m: BarMetric, v: number | null | undefined): number | null {
  if (v == null) return null;
  return isRatio(m) ? Math.round(v * 1000) / 10 : v;
}

/** One city's bar: the figure, the target that applies (its own, its city's or the province's) and the API's status. */
export interface Bar {
  code: string;
  city: string;
  value: number | null;
  unit: string;
  progress: TargetProgress | null;
  status: TargetStatus | "NO_TARGET";
  text: string;
}

/** The annual target of a metric applying to a city in `year`, as targetProgress reports it. */
function annual(row: CityRankRow, m: BarMetric, year: number): TargetProgress | null {
  return row.region.targetProgress.find((p) => p.metric === m && p.period === String(year)) ?? null;
}

export function bars(rows: CityRankRow[], m: BarMetric, year: number, lang: Lang): Bar[] {
  const byCode = [...rows].sort((a, b) => a.region.code.localeCompare(b.region.code));
  return byCode.map((row) => {
    const progress = annual(row, m, year);
    // the figure the status was judged on; without a target, the year's evaluation
    const raw = progress ? progress.actual : row.airQuality[SUMMARY_FIELD[m]];
    const unit = shownUnit(m, progress?.unit);
    const value = shown(m, raw);
    const city = cityName(row.region, lang);
    const status = progress ? progress.status : "NO_TARGET";
    const shownValue = value == null ? tr(lang, dict, "noValue") : withUnit(value, unit);
    const text = progress
      ? tr(lang, dict, "chartItem", {
          city,
          metric: metricName(m, lang),
          value: shownValue,
          targetLabel: targetLabel(progress, row.region.code, lang),
          cmp: progress.comparison === "AT_MOST" ? "≤" : "≥",
          target: withUnit(shown(m, progress.target)!, unit),
          status: statusName(status, lang),
        })
      : tr(lang, dict, "chartItemNoTarget", { city, metric: metricName(m, lang), value: shownValue });
    return { code: row.region.code, city, value, unit, progress, status, text };
  });
}

/** 52 µg/m³, 60.5% */
const withUnit = (v: number, unit: string) => (unit === "%" ? `${v}%` : `${v} ${unit}`);

function targetLabel(p: TargetProgress, cityCode: string, lang: Lang): string {
  if (p.targetRegion.level === "PROVINCE") return tr(lang, dict, "provinceTarget");
  if (p.targetRegion.code === cityCode) return tr(lang, dict, "ownTarget");
  return tr(lang, dict, "cityTarget");
}

/** A metric's bars: coloured by status, the province's target as a line, a city's own target as a mark on its bar. */
export function barOption(m: BarMetric, list: Bar[], year: number, lang: Lang): ChartOption {
  const unit = list.find((b) => b.progress)?.unit ?? shownUnit(m, undefined);
  const province = list.find((b) => b.progress?.targetRegion.level === "PROVINCE")?.progress ?? null;
  const own = list.map((b) => (b.progress && b.progress.targetRegion.level !== "PROVINCE" ? shown(m, b.progress.target) : null));
  const description = tr(lang, dict, "chartDesc", { year, count: list.length, metric: metricName(m, lang), unit, items: list.map((b) => b.text).join(lang === "zh" ? "；" : "; ") });
  return {
    aria: { enabled: true, label: { enabled: true, description } },
    animation: false,
    grid: { left: 48, right: 16, top: 28, bottom: 64 },
    tooltip: {
      trigger: "item",
      confine: true,
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }).dataIndex;
        return escapeHtml(list[i]?.text ?? "");
      },
    },
    xAxis: { type: "category", data: list.map((b) => b.city), axisLabel: { interval: 0, rotate: 45, fontSize: 11 } },
    yAxis: { type: "value", name: unit, nameTextStyle: { align: "left" }, scale: false },
    series: [
      {
        type: "bar",
        name: metricName(m, lang),
        barMaxWidth: 22,
        data: list.map((b) => ({ value: b.value ?? "-", itemStyle: { color: STATUS_COLOURS[b.status] } })),
        markLine: province
          ? {
              silent: true,
              symbol: "none",
              lineStyle: { color: "#222", type: "dashed", width: 1.5 },
              label: { formatter: `${tr(lang, dict, "provinceTarget")} ${province.comparison === "AT_MOST" ? "≤" : "≥"} ${shown(m, province.target)}`, position: "insideEndTop", fontSize: 11 },
              data: [{ yAxis: shown(m, province.target) ?? 0 }],
            }
          : undefined,
      },
      {
        // a city's own target (or its city's), where it is not the province's: a dash across its bar
        type: "scatter",
        name: tr(lang, dict, "ownTarget"),
        symbol: "rect",
        symbolSize: [24, 3],
        itemStyle: { color: "#222" },
        tooltip: { show: false },
        silent: true,
        data: own.map((v) => v ?? "-"),
      },
    ],
  };
}

/** The composite index, best first: the API's ranks and indices. */
export function rankingOption(rows: CityRankRow[], year: number, lang: Lang): ChartOption {
  const items = rows.map((r) =>
    r.rank == null
      ? tr(lang, dict, "rankingUnranked", { city: cityName(r.region, lang) })
      : tr(lang, dict, "rankingItem", { rank: r.rank, city: cityName(r.region, lang), index: r.compositeIndex ?? "" }),
  );
  const description = tr(lang, dict, "rankingDesc", { year, count: rows.length, items: items.join(lang === "zh" ? "；" : "; ") });
  return {
    aria: { enabled: true, label: { enabled: true, description } },
    animation: false,
    grid: { left: 96, right: 48, top: 8, bottom: 24 },
    tooltip: { trigger: "item", formatter: (p: unknown) => escapeHtml(items[(p as { dataIndex: number }).dataIndex] ?? "") },
    xAxis: { type: "value", name: tr(lang, dict, "compositeIndex"), nameLocation: "middle", nameGap: 20, min: 0 },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((r) => `${r.rank ?? "—"}  ${cityName(r.region, lang)}`),
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: "bar",
        name: tr(lang, dict, "compositeIndex"),
        barMaxWidth: 14,
        itemStyle: { color: "#3f6fb5" },
        label: { show: true, position: "right", fontSize: 11 },
        data: rows.map((r) => r.compositeIndex ?? "-"),
      },
    ],
  };
}

/** A city's days of the year on a calendar, each in its HJ 633 category's colour (the API's category). */
export function calendarOption(city: string, days: DayAqi[], year: number, lang: Lang): ChartOption {
  const withAqi = days.filter((d) => d.aqi != null && d.category != null);
  const counts = CATEGORIES.map((c) => ({ c, n: withAqi.filter((d) => d.category === c).length }));
  const worst = withAqi.reduce<DayAqi | null>((w, d) => (w == null || d.aqi! > w.aqi! ? d : w), null);
  const description = tr(lang, dict, "calendarDesc", {
    city,
    year,
    counts: counts.map(({ c, n }) => tr(lang, dict, "calendarDays", { category: categoryName(c, lang), days: n })).join(lang === "zh" ? "，" : ", "),
    worst: worst ? tr(lang, dict, "calendarWorst", { aqi: worst.aqi!, date: worst.date, category: categoryName(worst.category!, lang) }) : tr(lang, dict, "calendarNone"),
  });
  const byDate = new Map(withAqi.map((d) => [d.date, d]));
  return {
    aria: { enabled: true, label: { enabled: true, description } },
    animation: false,
    tooltip: {
      trigger: "item",
      formatter: (p: unknown) => {
        const date = ((p as { value: [string, number, number] }).value ?? [])[0];
        const d = byDate.get(date);
        if (!d) return "";
        const primary = d.primaryPollutants.length ? ` · ${tr(lang, dict, "primary")} ${d.primaryPollutants.join(", ")}` : "";
        return escapeHtml(`${city} ${d.date} AQI ${d.aqi} ${categoryName(d.category!, lang)}${primary}`);
      },
    },
    visualMap: {
      type: "piecewise",
      dimension: 2,
      orient: "horizontal",
      left: "center",
      bottom: 0,
      pieces: CATEGORIES.map((c, i) => ({ value: i, color: AQI_COLOURS[c], label: categoryName(c, lang) })),
      textStyle: { fontSize: 11 },
    },
    calendar: {
      range: String(year),
      top: 28,
      left: 36,
      right: 12,
      cellSize: ["auto", 15],
      splitLine: { lineStyle: { color: "#666", width: 1 } },
      itemStyle: { borderColor: "#fff", borderWidth: 1, color: "#eee" },
      dayLabel: { firstDay: 1, nameMap: lang === "zh" ? "ZH" : "EN", fontSize: 10 },
      monthLabel: { nameMap: lang === "zh" ? "ZH" : "EN", fontSize: 11 },
      yearLabel: { show: false },
    },
    series: [
      {
        type: "heatmap",
        coordinateSystem: "calendar",
        data: withAqi.map((d) => [d.date, d.aqi!, CATEGORIES.indexOf(d.category as AqiCategory)]),
      },
    ],
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
