import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { Department, DEPARTMENTS } from "../../shared/departments.js";
import { Metric, METRIC_INFO } from "../../shared/metrics.js";
import { regionScope } from "../../common/region-scope.js";
import { regions } from "./region.entity.js";
import { parsePeriod } from "./period.js";
import "./target.entity.js"; // registers Metric

const METRICS = Object.values(Metric);

export const indicators = defineDataset({
  dataset: Dataset.INDICATORS,
  sharing: "OPEN",
  catalogue: "Plan indicators (PM2.5, good days, …) per region and period.",
  name: "Indicator",
  description: "One number for a region and a period, with its unit, producer and, where the plan sets one, target and status.",
  table: "environment.indicators",
  key: ["regionCode", "metric", "period"],
  fields: {
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the province, city or county the value is for.", check: (c, v: string | null) => c.region("regionCode", v) },
    metric: {
      description: "What the value measures; each metric belongs to the department that produces it.",
      type: "String",
      enum: Metric,
      input: "A metric the caller's department owns.",
      check: (c, v: string | null, { ctx }) => {
        const caller = ctx.principal.department;
        const metric = c.enumValue("metric", v, METRICS);
        if (metric !== null && METRIC_INFO[metric].owner !== caller) {
          c.error("metric", "NOT_OWNED", `${metric} belongs to ${METRIC_INFO[metric].owner}; ${caller} may contribute only ${METRICS.filter((m) => METRIC_INFO[m].owner === caller).join(", ")}`);
        }
        return metric;
      },
    },
    period: {
      type: "String",
      description: "YYYY (a year), YYYY-MM (a month) or YYYY-MM..YYYY-MM (a stage of whole months).",
      input: "YYYY, YYYY-MM or YYYY-MM..YYYY-MM.",
      check: (c, v: string | null) => {
        const period = v?.trim() ?? "";
        if (!period) c.error("period", "REQUIRED", "period is required (YYYY, YYYY-MM or YYYY-MM..YYYY-MM)");
        else if (!parsePeriod(period)) c.error("period", "BAD_PERIOD", `period ${JSON.stringify(v)} is not YYYY, YYYY-MM or YYYY-MM..YYYY-MM (months in order)`);
        return period;
      },
    },
    value: {
      description: "The value, in the metric's unit (`unit`); ratios are fractions 0..1.",
      type: "Float",
      input: "In the metric's unit; ratios are fractions 0..1.",
      check: (c, v: number | null, _v, _r, { metric }) => {
        const info = metric ? METRIC_INFO[metric as Metric] : null;
        return info ? c.number("value", v, info.min, info.max, info.unit) : null;
      },
    },
    // the metric's unit and the caller: not contributed
    unit: { type: "String", description: "The metric's unit, e.g. µg/m³, ratio, days, t/(month·km²).", derived: true, check: (_c, _v: never, _x, _r, { metric }) => (metric ? METRIC_INFO[metric as Metric].unit : null) },
    sourceDepartment: {
      type: "String",
      enum: Department,
      description: "The department that produced the number (the metric's owner).",
      derived: true,
      check: (_c, _v: never, { ctx }) => ctx.principal.department,
    },
  },
  list: {
    query: "indicators",
    description: "Indicators of every department, filtered.",
    order: ["regionCode", "metric", "period"],
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
      metric: { type: "String", enum: Metric },
      period: { type: "String", description: "Only values of exactly this period: YYYY, YYYY-MM or YYYY-MM..YYYY-MM." },
    },
  },
  history: "Every version of this indicator value, oldest first.",
  links: { region: { by: "regionCode", to: () => regions, nullable: false, description: "The province, city or county the value is for." } },
  contribution: {
    mutation: "contributeIndicators",
    description: "Contributes indicators; a department may send only the metrics it owns (others are rejected with NOT_OWNED).",
    input: "One indicator value. The unit is the metric's; the producing department is the caller.",
    contributors: DEPARTMENTS.filter((d) => METRICS.some((m) => METRIC_INFO[m].owner === d)),
  },
});
/** One number for a region and a period, e.g. Zhengzhou's 2021 PM2.5 mean. */
export type Indicator = Row<typeof indicators>;
