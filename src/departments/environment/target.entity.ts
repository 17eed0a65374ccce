import { registerEnumType } from "type-graphql";
import { Metric, METRIC_INFO } from "../../shared/metrics.js";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regions } from "./region.entity.js";

// Each metric's words and unit, from its declaration (defineMetric).
registerEnumType(Metric, {
  name: "Metric",
  description: "An indicator metric; each belongs to the department that produces it.",
  valuesConfig: Object.fromEntries(
    Object.values(Metric).map((m) => {
      const info = METRIC_INFO[m];
      const what = info.description.charAt(0).toUpperCase() + info.description.slice(1);
      return [m, { description: `${what}. Unit: ${info.unit}; contributions from ${info.min} to ${info.max}; produced by ${info.owner}${info.outsideHub ? ", reported from outside the hub" : ""}.` }];
    }),
  ) as never,
});

export const Comparison = defineEnum("Comparison", { AT_MOST: "Met when the value is at most the target (≤), e.g. PM2.5 ≤ 53 µg/m³.", AT_LEAST: "Met when the value is at least the target (≥), e.g. good-day ratio ≥ 65%." }, "How a value meets a target: at most (≤) or at least (≥) it.");
export type Comparison = EnumOf<typeof Comparison>;

export const TargetStatus = defineEnum(
  "TargetStatus",
  {
    MET: "The period has ended and the value meets the target.",
    ON_TRACK: "The period is still running and the value so far meets the target.",
    AT_RISK: "The period is still running and the value so far fails the target.",
    MISSED: "The period has ended and the value fails the target.",
    NO_DATA: "There is no value for the region and period yet.",
  },
  "MET / MISSED: the period has ended and the value meets / fails the target. ON_TRACK / AT_RISK: the period is still running and the value so far meets / fails it. NO_DATA: no value.",
);
export type TargetStatus = EnumOf<typeof TargetStatus>;

/** The plan's targets: inserted once from the plan (reference-data.ts), set by environment admins (target.resolver.ts). */
export const targets = defineDataset({
  dataset: Dataset.TARGETS,
  sharing: "OPEN",
  catalogue: "Annual and stage targets of the 2021 plan per region.",
  name: "Target",
  description: "A numeric target of the plan for a region, metric and period.",
  table: "environment.targets",
  key: ["regionCode", "metric", "period"],
  fields: {
    regionCode: { type: "String", hidden: true },
    metric: { type: "String", enum: Metric, description: "What the target is set on." },
    period: { type: "String", description: "The period the target covers: YYYY (a year), YYYY-MM (a month) or YYYY-MM..YYYY-MM (a stage of whole months)." },
    comparison: { type: "String", enum: Comparison, description: "Whether the value must stay at most (≤) or reach at least (≥) the target." },
    value: { type: "Float", description: "The target value, in the metric's unit; ratios are fractions 0..1." },
    sourceClause: { type: "String", description: "Where the plan sets it, e.g. 二(一)." },
  },
  links: { region: { by: "regionCode", to: () => regions, nullable: false, description: "The province, city or county the target is set for." } },
});

export const Target = targets.entity;
export type Target = Row<typeof targets>;
