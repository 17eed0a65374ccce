import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/** Most tobacco barns or edible-fungi firms one county can plausibly convert in a year; above it is a typing error. */
export const MAX_CONVERSIONS_PER_YEAR = 100_000;

/** Earlier years are typing errors, not data: the hub's records start decades later. */
export const FIRST_COAL_REPLACEMENT_YEAR = 2000;

@Shared(Dataset.COAL_REPLACEMENT)
@ObjectType({
  description:
    "A county's agricultural coal replacement (农业散煤替代) in one year: tobacco curing barns and edible-fungi producers converted from loose coal to clean energy.",
})
@Entity({ tableName: "coal_replacements", schema: "agriculture" })
@Index({ properties: ["year"] })
export class CoalReplacement extends Contributed {
  @Field(() => ID, { description: "GB/T 2260 code of the county." })
  @PrimaryKey({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => Int)
  @PrimaryKey({ type: "integer" })
  year!: number;

  @Field(() => ID, { description: "The record's identity: county code and year, e.g. 411621/2021." })
  get id(): string {
    return `${this.regionCode}/${this.year}`;
  }

  @Field(() => RegionRef, { description: "The county." })
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Field(() => Int, { description: "Tobacco curing barns (烤烟房) converted in the year." })
  @Property({ fieldName: "tobacco_barns_converted", type: "integer" })
  tobaccoBarnsConverted!: number;

  @Field(() => Int, { description: "Edible-fungi producers (食用菌企业) converted in the year." })
  @Property({ fieldName: "edible_fungi_firms_converted", type: "integer" })
  edibleFungiFirmsConverted!: number;
}
