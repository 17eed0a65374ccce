import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/** The stored hour of a reading for the whole day (GraphQL answers null for it). */
export const WHOLE_DAY = -1;

@Shared(Dataset.ELECTRICITY_READINGS)
@ObjectType({ description: "One meter's electricity use on one day, or in one hour of that day (用电监管)." })
@Entity({ tableName: "electricity_readings", schema: "grid" })
@Index({ properties: ["creditCode", "day"] })
export class ElectricityReading extends Contributed {
  @Field(() => ID, { description: "The grid company's meter number." })
  @PrimaryKey({ fieldName: "meter_no", type: "text" })
  meterNo!: string;

  @Field(() => DateScalar)
  @PrimaryKey({ type: "date" })
  day!: string;

  /** 0–23 (China time) for an hourly reading, WHOLE_DAY (-1) for the day's; `hour` in GraphQL (ElectricityReadingResolver). */
  @PrimaryKey({ type: "smallint" })
  hour!: number;

  @Field(() => ID, { description: "The enterprise the meter supplies." })
  @Property({ fieldName: "credit_code", type: "text" })
  creditCode!: string;

  @Field(() => Float)
  @Property({ type: "double" })
  kwh!: number;
}
