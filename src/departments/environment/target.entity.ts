import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Metric } from "../../common/metrics.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { describeDataset } from "../../common/dataset.js";

registerEnumType(Metric, { name: "Metric", description: "An indicator metric; each belongs to the department that produces it." });

export enum Comparison {
  AT_MOST = "AT_MOST",
  AT_LEAST = "AT_LEAST",
}
registerEnumType(Comparison, { name: "Comparison", description: "How a value meets a target: at most (≤) or at least (≥) it." });

export enum TargetStatus {
  MET = "MET",
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  MISSED = "MISSED",
  NO_DATA = "NO_DATA",
}
registerEnumType(TargetStatus, {
  name: "TargetStatus",
  description:
    "MET / MISSED: the period has ended and the value meets / fails the target. ON_TRACK / AT_RISK: the period is still running and the value so far meets / fails it. NO_DATA: no value.",
});

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
