import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { DEPARTMENTS } from "../../common/departments.js";
import { Metric, METRIC_INFO } from "../../common/metrics.js";
import { parsePeriod } from "./period.js";

@InputType({ description: "One indicator value. The unit is the metric's; the producing department is the caller." })
export class IndicatorInput {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "A metric the caller's department owns." })
  metric?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM..YYYY-MM." })
  period?: string | null;

  @Field(() => Float, { nullable: true, description: "In the metric's unit; ratios are fractions 0..1." })
  value?: number | null;
}

const METRICS = Object.values(Metric);

export const indicatorContribution: ContributionSpec<IndicatorInput> = {
  dataset: Dataset.INDICATORS,
  table: "environment.indicators",
  key: ["region_code", "metric", "period"],
  columns: [
    { name: "region_code", type: "text" },
    { name: "metric", type: "text" },
    { name: "period", type: "text" },
    { name: "value", type: "double precision" },
    { name: "unit", type: "text" },
    { name: "source_department", type: "text" },
  ],
  contributors: DEPARTMENTS.filter((d) => METRICS.some((m) => METRIC_INFO[m].owner === d)),
  validate(r, c, v) {
    const caller = v.ctx.principal.department;
    const metric = c.enumValue("metric", r.metric, METRICS);
    if (metric !== null && METRIC_INFO[metric].owner !== caller) {
      c.error("metric", "NOT_OWNED", `${metric} belongs to ${METRIC_INFO[metric].owner}; ${caller} may contribute only ${METRICS.filter((m) => METRIC_INFO[m].owner === caller).join(", ")}`);
    }
    const period = r.period?.trim() ?? "";
    if (!period) c.error("period", "REQUIRED", "period is required (YYYY, YYYY-MM or YYYY-MM..YYYY-MM)");
    else if (!parsePeriod(period)) c.error("period", "BAD_PERIOD", `period ${JSON.stringify(r.period)} is not YYYY, YYYY-MM or YYYY-MM..YYYY-MM (months in order)`);
    const info = metric ? METRIC_INFO[metric] : null;
    const value = info ? c.number("value", r.value, info.min, info.max, info.unit) : null;
    return [c.region("regionCode", r.regionCode), metric, period, value, info?.unit ?? null, caller];
  },
};
