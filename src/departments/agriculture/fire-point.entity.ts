import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";

export enum FirePointSource {
  SATELLITE = "SATELLITE",
  DRONE = "DRONE",
  PATROL = "PATROL",
}
registerEnumType(FirePointSource, { name: "FirePointSource" });

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
}
