import { Field, Float, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { SITE_REFERENCE } from "./dust-check.contribution.js";
import { MAX_SITE_PM10 } from "./dust-monitor-reading.entity.js";

@InputType({ description: "One hour of a construction site's online dust monitor." })
export class DustMonitorReadingInput {
  @Field(() => String, { nullable: true, description: "A registered construction site." })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: "Start of the hour, ISO 8601 with an offset, on the hour, not in the future." })
  hour?: string | null;

  @Field(() => Float, { nullable: true, description: `Mean PM10 of the hour, µg/m³, 0 to ${MAX_SITE_PM10}.` })
  pm10?: number | null;
}

export const dustMonitorReadingContribution: ContributionSpec<DustMonitorReadingInput> = {
  dataset: Dataset.DUST_MONITOR_READINGS,
  table: "housing.dust_monitor_readings",
  key: ["site_code", "hour"],
  columns: [
    { name: "site_code", type: "text" },
    { name: "hour", type: "timestamptz" },
    { name: "pm10", type: "double precision" },
  ],
  references: [SITE_REFERENCE],
  validate(r, c, v) {
    const hour = c.hourStart("hour", r.hour, { notAfter: v.now });
    return [c.code("siteCode", r.siteCode), hour, c.number("pm10", r.pm10, 0, MAX_SITE_PM10, "µg/m³")];
  },
};
