import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Metric } from "../../shared/metrics.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { describeDataset } from "../../common/dataset.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";

registerEnumType(Metric, { name: "Metric", description: "An indicator metric; each belongs to the department that produces it." });

export const Comparison = defineEnum("Comparison", ["AT_MOST", "AT_LEAST"], "How a value meets a target: at most (≤) or at least (≥) it.");
export type Comparison = EnumOf<typeof Comparison>;

export const TargetStatus = defineEnum(
  "TargetStatus",
  ["MET", "ON_TRACK", "AT_RISK", "MISSED", "NO_DATA"],
  "MET / MISSED: the period has ended and the value meets / fails the target. ON_TRACK / AT_RISK: the period is still running and the value so far meets / fails it. NO_DATA: no value.",
);
export type TargetStatus = EnumOf<typeof TargetStatus>;

describeDataset({ dataset: Dataset.TARGETS, sharing: "OPEN", catalogue: "Annual and stage targets of the 2021 plan per region.", table: "environment.targets" });

@Shared(Dataset.TARGETS)
@ObjectType({ description: "A numeric target of the plan for a region, metric and period." })
@Entity({ tableName: "targets", schema: "environment" })
export class Target {
  @PrimaryKey({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => Metric)
  @PrimaryKey({ type: "text" })
  metric!: Metric;

  @Field()
  @PrimaryKey({ type: "text" })
  period!: string;

  @Field(() => Comparison)
  @Property({ type: "text" })
  comparison!: Comparison;

  @Field(() => Float)
  @Property({ type: "double" })
  value!: number;

  @Field({ description: "Where the plan sets it, e.g. 二(一)." })
  @Property({ fieldName: "source_clause", type: "text" })
  sourceClause!: string;
}
