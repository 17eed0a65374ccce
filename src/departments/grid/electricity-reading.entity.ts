import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";

@ObjectType({ description: "One meter's electricity use on one day (用电监管)." })
@Entity({ tableName: "electricity_readings", schema: "grid" })
@Index({ properties: ["creditCode", "day"] })
export class ElectricityReading extends Contributed {
  @Field(() => ID, { description: "The grid company's meter number." })
  @PrimaryKey({ fieldName: "meter_no", type: "text" })
  meterNo!: string;

  @Field(() => DateScalar)
  @PrimaryKey({ type: "date" })
  day!: string;

  @Field(() => ID, { description: "The enterprise the meter supplies." })
  @Property({ fieldName: "credit_code", type: "text" })
  creditCode!: string;

  @Field(() => Float)
  @Property({ type: "double" })
  kwh!: number;
}
