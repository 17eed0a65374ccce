import { Field, InputType, Int } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { Dataset } from "../../common/datasets.js";
import { regionByCode } from "../../common/regions.data.js";
import { FIRST_COAL_REPLACEMENT_YEAR, MAX_CONVERSIONS_PER_YEAR } from "./coal-replacement.entity.js";

@InputType({ description: "One county's agricultural coal replacement in one year." })
export class CoalReplacementInput {
  @Field(() => String, { nullable: true, description: "GB/T 2260 code of a county (county, county-level city or district), not a city." })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: `The year, ${FIRST_COAL_REPLACEMENT_YEAR} to this year.` })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: `Tobacco curing barns converted in the year, 0 to ${MAX_CONVERSIONS_PER_YEAR.toLocaleString("en")}.` })
  tobaccoBarnsConverted?: number | null;

  @Field(() => Int, { nullable: true, description: `Edible-fungi producers converted in the year, 0 to ${MAX_CONVERSIONS_PER_YEAR.toLocaleString("en")}.` })
  edibleFungiFirmsConverted?: number | null;
}

function county(c: RowCheck, v: string | null | undefined): string | null {
  const code = c.region("regionCode", v);
  if (code === null) return null;
  const level = regionByCode(code)?.level;
  if (level !== "COUNTY") return c.error("regionCode", "BAD_FORMAT", `regionCode ${code} is a ${level === "CITY" ? "city" : "province"}, not a county; report coal replacement per county`);
  return code;
}

function year(c: RowCheck, v: number | null | undefined, today: string): number | null {
  const thisYear = Number(today.slice(0, 4));
  if (v !== null && v !== undefined && v > thisYear) return c.error("year", "FUTURE_TIME", `year ${v} is in the future (this year is ${thisYear})`);
  return c.number("year", v, FIRST_COAL_REPLACEMENT_YEAR, thisYear);
}

export const coalReplacementContribution: ContributionSpec<CoalReplacementInput> = {
  dataset: Dataset.COAL_REPLACEMENT,
  table: "agriculture.coal_replacements",
  key: ["region_code", "year"],
  columns: [
    { name: "region_code", type: "text" },
    { name: "year", type: "integer" },
    { name: "tobacco_barns_converted", type: "integer" },
    { name: "edible_fungi_firms_converted", type: "integer" },
  ],
  validate(r, c, v) {
    return [
      county(c, r.regionCode),
      year(c, r.year, v.today),
      c.number("tobaccoBarnsConverted", r.tobaccoBarnsConverted, 0, MAX_CONVERSIONS_PER_YEAR, "barns"),
      c.number("edibleFungiFirmsConverted", r.edibleFungiFirmsConverted, 0, MAX_CONVERSIONS_PER_YEAR, "firms"),
    ];
  },
};
