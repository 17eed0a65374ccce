import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

@Shared(Dataset.COAL_CHECKS)
@ObjectType({ description: "A quarterly quality check of the coal burnt at a power plant (电厂燃煤质量抽检): one per plant and quarter." })
@Entity({ tableName: "coal_checks", schema: "market_regulation" })
export class CoalCheck extends Contributed {
  @Field(() => ID, { description: "Credit code of the plant's operating enterprise." })
  @PrimaryKey({ fieldName: "plant_credit_code", type: "text" })
  plantCreditCode!: string;

  @Field({ description: "The quarter checked, written YYYY-Qn, e.g. 2021-Q1." })
  @PrimaryKey({ type: "text" })
  quarter!: string;

  @Field(() => ID, { description: "The check's identity: plant credit code and quarter, e.g. 91410100MA3X5Y7B2K/2021-Q1." })
  get id(): string {
    return `${this.plantCreditCode}/${this.quarter}`;
  }

  @Field(() => Float, { description: "Total sulphur, % by mass (St,d)." })
  @Property({ fieldName: "sulphur_percent", type: "double" })
  sulphurPercent!: number;

  @Field(() => Float, { description: "Ash, % by mass (Ad)." })
  @Property({ fieldName: "ash_percent", type: "double" })
  ashPercent!: number;

  @Field(() => Float, { description: "Net calorific value as received (Qnet,ar), MJ/kg." })
  @Property({ fieldName: "calorific_value", type: "double" })
  calorificValue!: number;
}
