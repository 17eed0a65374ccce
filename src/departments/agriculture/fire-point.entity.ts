import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum FirePointSource {
  SATELLITE = "SATELLITE",
  DRONE = "DRONE",
  PATROL = "PATROL",
}
registerEnumType(FirePointSource, { name: "FirePointSource" });

/**
 * CNY deducted for each confirmed straw-burning fire point: task 20 (任务20, 秸秆禁烧) of the 2021 plan
 * deducts 500,000 per confirmed fire point from the county where it burned.
 */
export const DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY = 500_000;

@Shared(Dataset.FIRE_POINTS)
@ObjectType({ description: "A straw-burning fire point detected by satellite, drone or patrol." })
@Directive('@key(fields: "id")')
@Entity({ tableName: "fire_points", schema: "agriculture" })
@Index({ properties: ["regionCode", "detectedAt"] })
export class FirePoint extends Contributed {
  @Field(() => ID, { description: "The detecting system's identifier." })
  @PrimaryKey({ type: "text" })
  id!: string;

  @Field()
  @Property({ fieldName: "detected_at", type: "timestamptz" })
  detectedAt!: Date;

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => RegionRef, { description: "The county (or city) where it burned." })
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Field(() => Float)
  @Property({ type: "double" })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: "double" })
  longitude!: number;

  @Field(() => FirePointSource)
  @Property({ type: "text" })
  source!: FirePointSource;

  @Field({ description: "Confirmed on the ground as straw burning (核实确认); unconfirmed points carry no deduction." })
  @Property({ type: "boolean", default: false })
  confirmed!: boolean;

  @Field(() => Float, {
    description: `CNY deducted for this fire point: ${DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY.toLocaleString("en")} when confirmed (task 20), else 0. Derived, never contributed.`,
  })
  get deduction(): number {
    return this.confirmed ? DEDUCTION_PER_CONFIRMED_FIRE_POINT_CNY : 0;
  }
}
