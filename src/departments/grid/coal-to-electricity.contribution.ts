import { Field, InputType, Int } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { regionByCode } from "../../common/regions.data.js";
import { MAX_HOUSEHOLDS } from "./coal-to-electricity.entity.js";

/** The first year the plan's coal-to-electricity programme counts. */
const FIRST_YEAR = 2000;

@InputType({ description: "Households of one county switched from coal to electric heating in one year." })
export class CoalToElectricityInput {
  @Field(() => String, { nullable: true, description: "GB/T 2260 code of a county-level region (county, county-level city or district), not a city." })
  countyCode?: string | null;

  @Field(() => Int, { nullable: true, description: `The year, ${FIRST_YEAR} to the current year.` })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: `Households switched that year, 0 to ${MAX_HOUSEHOLDS.toLocaleString("en")}.` })
  households?: number | null;
}

export const coalToElectricityContribution: ContributionSpec<CoalToElectricityInput> = {
  dataset: Dataset.COAL_TO_ELECTRICITY,
  table: "grid.coal_to_electricity",
  key: ["county_code", "year"],
  columns: [
    { name: "county_code", type: "text" },
    { name: "year", type: "integer" },
    { name: "households", type: "integer" },
  ],
  validate(r, c, v) {
    let county = c.region("countyCode", r.countyCode);
    if (county !== null && regionByCode(county)?.level !== "COUNTY") {
      county = c.error("countyCode", "BAD_FORMAT", `countyCode ${county} is a ${regionByCode(county)?.level.toLowerCase() ?? "region"}, not a county; send each county's households`);
    }
    const thisYear = Number(v.today.slice(0, 4));
    const year =
      typeof r.year === "number" && r.year > thisYear
        ? c.error("year", "FUTURE_TIME", `year ${r.year} is in the future (this is ${thisYear})`)
        : c.number("year", r.year, FIRST_YEAR, thisYear);
    return [county, year, c.number("households", r.households, 0, MAX_HOUSEHOLDS, "households")];
  },
};
