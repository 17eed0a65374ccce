import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";

@InputType({ description: "One checkpoint camera." })
export class CheckpointInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true, description: "The road it watches." }) road?: string | null;
}

export const checkpointContribution: ContributionSpec<CheckpointInput> = {
  dataset: Dataset.CHECKPOINTS,
  table: "public_security.checkpoints",
  key: ["code"],
  columns: [
    { name: "code", type: "text" },
    { name: "name", type: "text" },
    { name: "region_code", type: "text" },
    { name: "latitude", type: "double precision" },
    { name: "longitude", type: "double precision" },
    { name: "road", type: "text" },
  ],
  validate(r, c) {
    return [c.code("code", r.code), c.text("name", r.name), c.region("regionCode", r.regionCode), c.latitude("latitude", r.latitude), c.longitude("longitude", r.longitude), c.text("road", r.road)];
  },
};
