import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { FirePointSource } from "./fire-point.entity.js";

@InputType({ description: "One straw-burning fire point." })
export class FirePointInput {
  @Field(() => String, { nullable: true, description: "The detecting system's identifier." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 8601 with an offset, not in the future." })
  detectedAt?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the county (or city)." })
  regionCode?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "SATELLITE, DRONE or PATROL." })
  source?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Confirmed on the ground as straw burning; false (the default) while unconfirmed." })
  confirmed?: boolean | null;
}

export const firePointContribution: ContributionSpec<FirePointInput> = {
  dataset: Dataset.FIRE_POINTS,
  table: "agriculture.fire_points",
  key: ["id"],
  columns: [
    { name: "id", type: "text" },
    { name: "detected_at", type: "timestamptz" },
    { name: "region_code", type: "text" },
    { name: "latitude", type: "double precision" },
    { name: "longitude", type: "double precision" },
    { name: "source", type: "text" },
    { name: "confirmed", type: "boolean" },
  ],
  validate(r, c, v) {
    return [
      c.code("id", r.id),
      c.dateTime("detectedAt", r.detectedAt, { notAfter: v.now }),
      c.region("regionCode", r.regionCode),
      c.latitude("latitude", r.latitude),
      c.longitude("longitude", r.longitude),
      c.enumValue("source", r.source, Object.values(FirePointSource)),
      r.confirmed ?? false,
    ];
  },
};
