import { AirQualityProgressDocument } from "../client/index.js";
import { BY_YEAR, defineReport, fetchTolerant, tally } from "./report.js";

/**
 * The province and every city against the plan's targets of a year: `Region.targetProgress`, which applies the
 * region's own target, else its city's, else the province's, and judges the status. `margin` is how far
 * inside the target the actual is (target − actual for AT_MOST, actual − target for AT_LEAST; negative: outside).
 */
export const airQualityProgress = defineReport({
  name: "air-quality-progress",
  description: "every city and the province against the plan's annual and stage targets, with status",
  ...BY_YEAR,
  options: { year: { ...BY_YEAR.options.year, description: "the plan year" } },
  title: ({ year }) => `Air quality against the plan's targets, ${year}`,
  async items(client, { year }, notes) {
    const data = await fetchTolerant(client, AirQualityProgressDocument, { year }, notes);
    const province = data.province[0]?.code;
    const regions = [...data.province, ...[...data.cities].sort((a, b) => a.code.localeCompare(b.code))];
    const items = regions.flatMap((region) => region.targetProgress.map((t) => ({ region, t, province })));
    notes.push(`status: ${tally(items.map(({ t }) => t.status))}`);
    return items;
  },
  columns: [
    { key: "regionCode", header: "code", value: ({ region }) => region.code },
    { key: "region", header: "region", value: ({ region }) => region.name },
    { key: "metric", header: "metric", value: ({ t }) => t.metric },
    { key: "period", header: "period", value: ({ t }) => t.period },
    { key: "comparison", header: "", value: ({ t }) => (t.comparison === "AT_MOST" ? "≤" : "≥") },
    { key: "target", header: "target", value: ({ t }) => t.target },
    { key: "targetOf", header: "target of", value: ({ region, t, province }) => (t.targetRegion.code === region.code ? "own" : t.targetRegion.code === province ? "province" : t.targetRegion.code) },
    { key: "actual", header: "actual", digits: 3, value: ({ t }) => t.actual },
    { key: "unit", header: "unit", value: ({ t }) => t.unit },
    { key: "margin", header: "margin", digits: 3, value: ({ t }) => (t.actual === null ? null : t.comparison === "AT_MOST" ? t.target - t.actual : t.actual - t.target) },
    { key: "status", header: "status", value: ({ t }) => t.status },
  ],
});
