import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { ComplianceResult } from "./compliance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum FuelGrade {
  GASOLINE_92 = "GASOLINE_92",
  GASOLINE_95 = "GASOLINE_95",
  GASOLINE_98 = "GASOLINE_98",
  DIESEL_0 = "DIESEL_0",
  DIESEL_MINUS_10 = "DIESEL_MINUS_10",
  DIESEL_MINUS_20 = "DIESEL_MINUS_20",
  DIESEL_MINUS_35 = "DIESEL_MINUS_35",
}
registerEnumType(FuelGrade, {
  name: "FuelGrade",
  description: "Motor gasoline by research octane number (GB 17930) and automotive diesel by cold-filter grade (GB 19147).",
  valuesConfig: {
    GASOLINE_92: { description: "92号汽油" },
    GASOLINE_95: { description: "95号汽油" },
    GASOLINE_98: { description: "98号汽油" },
    DIESEL_0: { description: "0号柴油" },
    DIESEL_MINUS_10: { description: "-10号柴油" },
    DIESEL_MINUS_20: { description: "-20号柴油" },
    DIESEL_MINUS_35: { description: "-35号柴油" },
  },
});

@Shared(Dataset.FUEL_SAMPLES)
@ObjectType({ description: "A fuel sample drawn at a filling station and tested against the national standard (成品油质量抽检)." })
@Directive('@key(fields: "sampleNo")')
@Entity({ tableName: "fuel_samples", schema: "market_regulation" })
@Index({ properties: ["stationCode", "sampledOn"] })
export class FuelSample extends Contributed {
  @Field(() => ID, { description: "The sampling report's number." })
  @PrimaryKey({ fieldName: "sample_no", type: "text" })
  sampleNo!: string;

  @Property({ fieldName: "station_code", type: "text" })
  stationCode!: string;

  @Field(() => DateScalar, { description: "The day the sample was drawn." })
  @Property({ fieldName: "sampled_on", type: "date" })
  sampledOn!: string;

  @Field(() => FuelGrade)
  @Property({ fieldName: "fuel_grade", type: "text" })
  fuelGrade!: FuelGrade;

  @Field(() => ComplianceResult)
  @Property({ type: "text" })
  result!: ComplianceResult;

  @Field(() => [String], { description: "The test items that failed (e.g. 硫含量, 蒸气压); empty when the sample passed." })
  @Property({ fieldName: "failed_items", type: "json" })
  failedItems!: string[];
}
