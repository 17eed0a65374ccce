import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

/** More households than this in one county and year is a typing error (Henan's largest counties have ~500,000). */
export const MAX_HOUSEHOLDS = 2_000_000;

@Shared(Dataset.COAL_TO_ELECTRICITY)
@ObjectType({
  description: "Rural households of a county switched from coal to electric heating (煤改电) in one year, as the grid company connected them.",
})
@Entity({ tableName: "coal_to_electricity", schema: "grid" })
@Index({ properties: ["year", "countyCode"] })
export class CoalToElectricity extends Contributed {
  @PrimaryKey({ fieldName: "county_code", type: "text" })
  countyCode!: string;

  @Field(() => RegionRef, { description: "The county (county-level region: county, county-level city or district)." })
  get county(): RegionRef {
    return regionRef(this.countyCode);
  }

  @Field(() => Int)
  @PrimaryKey({ type: "integer" })
  year!: number;

  @Field(() => Int, { description: `Households switched in the year, 0 to ${MAX_HOUSEHOLDS.toLocaleString("en")}.` })
  @Property({ type: "integer" })
  households!: number;
}
