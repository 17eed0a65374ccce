import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { ConstructionSiteStatus } from "./construction-site.entity.js";

@InputType({ description: "One construction site." })
export class ConstructionSiteInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => Float, { nullable: true, description: "m², above 0 and at most 10 km²." })
  areaM2?: number | null;

  @Field(() => String, { nullable: true, description: "Credit code of the builder (checked)." })
  builderCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "PLANNED, ACTIVE, SUSPENDED or COMPLETED." })
  status?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; not in the future unless the site is PLANNED." })
  startedOn?: string | null;
}

export const constructionSiteContribution: ContributionSpec<ConstructionSiteInput> = {
  dataset: Dataset.CONSTRUCTION_SITES,
  table: "housing.construction_sites",
  key: ["code"],
  columns: [
    { name: "code", type: "text" },
    { name: "name", type: "text" },
    { name: "region_code", type: "text" },
    { name: "latitude", type: "double precision" },
    { name: "longitude", type: "double precision" },
    { name: "area_m2", type: "double precision" },
    { name: "builder_credit_code", type: "text" },
    { name: "status", type: "text" },
    { name: "started_on", type: "date" },
  ],
  validate(r, c, v) {
    const status = c.enumValue("status", r.status, Object.values(ConstructionSiteStatus));
    const startedOn = c.date("startedOn", r.startedOn, status === ConstructionSiteStatus.PLANNED ? {} : { notAfter: v.today });
    const area = r.areaM2 === 0 ? c.error("areaM2", "OUT_OF_RANGE", "areaM2 must be above 0") : c.number("areaM2", r.areaM2, 0, 10_000_000, "m²");
    return [
      c.code("code", r.code),
      c.text("name", r.name),
      c.region("regionCode", r.regionCode),
      c.latitude("latitude", r.latitude),
      c.longitude("longitude", r.longitude),
      area,
      c.creditCode("builderCreditCode", r.builderCreditCode),
      status,
      startedOn,
    ];
  },
};
