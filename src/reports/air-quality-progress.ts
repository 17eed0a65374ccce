import { AirQualityProgressDocument } from "../client/index.js";
import { fetchTolerant, parseYear, type ReportDefinition, type Row } from "./report.js";

/**
 * The province and every city against the plan's targets of a year: `Region.targetProgress`, which applies the
 * region's own target, else its city's, else the province's, and judges the status. `margin` is how far
 * inside the target the actual is (target − actual for AT_MOST, actual − target for AT_LEAST; negative: outside).
 */
export const airQualityProgress: ReportDefinition = {
  name: "air-quality-progress",
  description: "every city and the province against the plan's annual and stage targets, with status",
  options: { year: { type: "string", description: "the plan year", required: true } },
  async run(client, options) {
    const year = parseYear(options.year);
    const notes: string[] = [];
    const data = await fetchTolerant(client, AirQualityProgressDocument, { year }, notes);
    const rows: Row[] = [];
    for (const region of [...data.province, ...[...data.cities].sort((a, b) => a.code.localeCompare(b.code))]) {
      for (const t of region.targetProgress) {
        const own = t.targetRegion.code === region.code;
        rows.push({
          regionCode: region.code,
          region: region.name,
          metric: t.metric,
          period: t.period,
          comparison: t.comparison === "AT_MOST" ? "≤" : "≥",
          target: t.target,
          targetOf: own ? "own" : t.targetRegion.code === data.province[0]?.code ? "province" : t.targetRegion.code,
          actual: t.actual,
          unit: t.unit,
          margin: t.actual === null ? null : t.comparison === "AT_MOST" ? t.target - t.actual : t.actual - t.target,
          status: t.status,
        });
      }
    }
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(String(r.status), (counts.get(String(r.status)) ?? 0) + 1);
    notes.push(`status: ${[...counts].map(([s, n]) => `${s} ${n}`).join(", ")}`);
    return {
      name: this.name,
      title: `Air quality against the plan's targets, ${year}`,
      parameters: { year },
      columns: [
        { key: "regionCode", header: "code" },
        { key: "region", header: "region" },
        { key: "metric", header: "metric" },
        { key: "period", header: "period" },
        { key: "comparison", header: "" },
        { key: "target", header: "target" },
        { key: "targetOf", header: "target of" },
        { key: "actual", header: "actual", digits: 3 },
        { key: "unit", header: "unit" },
        { key: "margin", header: "margin", digits: 3 },
        { key: "status", header: "status" },
      ],
      rows,
      notes,
    };
  },
};
