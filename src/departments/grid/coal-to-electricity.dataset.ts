import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { regionByCode } from "../../shared/regions.data.js";

/** More households than this in one county and year is a typing error (Henan's largest counties have ~500,000). */
export const MAX_HOUSEHOLDS = 2_000_000;
/** The first year the plan's coal-to-electricity programme counts. */
const FIRST_YEAR = 2000;

export const coalToElectricity = defineDataset({
  dataset: Dataset.COAL_TO_ELECTRICITY,
  sharing: "OPEN",
  catalogue: "Households switched from coal to electric heating per county and year.",
  name: "CoalToElectricity",
  description: "Rural households of a county switched from coal to electric heating (煤改电) in one year, as the grid company connected them.",
  table: "grid.coal_to_electricity",
  key: ["countyCode", "year"],
  fields: {
    countyCode: {
      type: "String",
      hidden: true,
      input: "GB/T 2260 code of a county-level region (county, county-level city or district), not a city.",
      check(c, v: string | null) {
        const county = c.region("countyCode", v);
        if (county === null || regionByCode(county)?.level === "COUNTY") return county;
        return c.error("countyCode", "BAD_FORMAT", `countyCode ${county} is a ${regionByCode(county)?.level.toLowerCase() ?? "region"}, not a county; send each county's households`);
      },
    },
    year: {
      description: "The calendar year the households were switched from coal to electric heating in.",
      type: "Int",
      input: `The year, ${FIRST_YEAR} to the current year.`,
      check(c, year: number | null, v) {
        const thisYear = Number(v.today.slice(0, 4));
        if (typeof year === "number" && year > thisYear) return c.error("year", "FUTURE_TIME", `year ${year} is in the future (this is ${thisYear})`);
        return c.number("year", year, FIRST_YEAR, thisYear);
      },
    },
    households: {
      type: "Int",
      description: `Households switched in the year, 0 to ${MAX_HOUSEHOLDS.toLocaleString("en")}.`,
      input: `Households switched that year, 0 to ${MAX_HOUSEHOLDS.toLocaleString("en")}.`,
      check: (c, v: number | null) => c.number("households", v, 0, MAX_HOUSEHOLDS, "households"),
    },
  },
  computed: {
    county: { type: () => RegionRef, description: "The county (county-level region: county, county-level city or district).", get: (r: { countyCode: string }) => regionRef(r.countyCode) },
  },
  indexes: [["year", "countyCode"]],
  list: {
    query: "coalToElectricity",
    description: "Coal-to-electricity households per county and year, ordered by county, then year.",
    order: ["countyCode", "year"],
    filters: {
      regionCode: { type: "ID", description: "A region: a county, or a city (its counties) or the province.", where: (code: string) => ({ countyCode: { $in: regionScope(code, "filter.regionCode") } }) },
      year: { type: "Int" },
    },
  },
  history: "Every version of this record, oldest first.",
  contribution: {
    mutation: "contributeCoalToElectricity",
    description: "Contributes coal-to-electricity households (grid only); upserts by (countyCode, year).",
    input: "Households of one county switched from coal to electric heating in one year.",
  },
});
export type CoalToElectricity = Row<typeof coalToElectricity>;
