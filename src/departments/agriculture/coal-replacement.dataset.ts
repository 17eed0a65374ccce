import { ID } from "type-graphql";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { regionByCode } from "../../shared/regions.data.js";

/** Most tobacco barns or edible-fungi firms one county can plausibly convert in a year; above it is a typing error. */
export const MAX_CONVERSIONS_PER_YEAR = 100_000;

/** Earlier years are typing errors, not data: the hub's records start decades later. */
export const FIRST_COAL_REPLACEMENT_YEAR = 2000;

export const coalReplacement = defineDataset({
  dataset: Dataset.COAL_REPLACEMENT,
  sharing: "OPEN",
  catalogue: "Rural coal replacement (散煤替代) per county and year.",
  name: "CoalReplacement",
  description:
    "A county's agricultural coal replacement (农业散煤替代) in one year: tobacco curing barns and edible-fungi producers converted from loose coal to clean energy.",
  table: "agriculture.coal_replacements",
  key: ["regionCode", "year"],
  fields: {
    regionCode: {
      type: "ID",
      description: "GB/T 2260 code of the county.",
      input: "GB/T 2260 code of a county (county, county-level city or district), not a city.",
      check(c, v: string | null) {
        const code = c.region("regionCode", v);
        if (code === null) return null;
        const level = regionByCode(code)?.level;
        if (level !== "COUNTY") return c.error("regionCode", "BAD_FORMAT", `regionCode ${code} is a ${level === "CITY" ? "city" : "province"}, not a county; report coal replacement per county`);
        return code;
      },
    },
    year: {
      description: "The calendar year the conversions were made in.",
      type: "Int",
      input: `The year, ${FIRST_COAL_REPLACEMENT_YEAR} to this year.`,
      check(c, year: number | null, { today }) {
        const thisYear = Number(today.slice(0, 4));
        if (year !== null && year !== undefined && year > thisYear) return c.error("year", "FUTURE_TIME", `year ${year} is in the future (this year is ${thisYear})`);
        return c.number("year", year, FIRST_COAL_REPLACEMENT_YEAR, thisYear);
      },
    },
    tobaccoBarnsConverted: {
      type: "Int",
      description: "Tobacco curing barns (烤烟房) converted in the year.",
      input: `Tobacco curing barns converted in the year, 0 to ${MAX_CONVERSIONS_PER_YEAR.toLocaleString("en")}.`,
      check: (c, v: number | null) => c.number("tobaccoBarnsConverted", v, 0, MAX_CONVERSIONS_PER_YEAR, "barns"),
    },
    edibleFungiFirmsConverted: {
      type: "Int",
      description: "Edible-fungi producers (食用菌企业) converted in the year.",
      input: `Edible-fungi producers converted in the year, 0 to ${MAX_CONVERSIONS_PER_YEAR.toLocaleString("en")}.`,
      check: (c, v: number | null) => c.number("edibleFungiFirmsConverted", v, 0, MAX_CONVERSIONS_PER_YEAR, "firms"),
    },
  },
  computed: {
    id: { type: () => ID, description: "The record's identity: county code and year, e.g. 411621/2021.", get: (r: { regionCode: string; year: number }) => `${r.regionCode}/${r.year}` },
    region: { type: () => RegionRef, description: "The county.", get: (r: { regionCode: string }) => regionRef(r.regionCode) },
  },
  indexes: [["year"]],
  list: {
    query: "coalReplacements",
    description: "Agricultural coal replacement (tobacco barns, edible-fungi producers) per county and year, by county code, then year.",
    order: ["regionCode", "year"],
    skipEmpty: true,
    filters: {
      regionCode: { type: "ID", description: "A region; its counties are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code, "filter.regionCode") } }) },
      year: { type: "Int" },
    },
  },
  history: "Every version of this record, oldest first, the current one last.",
  contribution: {
    mutation: "contributeCoalReplacements",
    description: "Contributes agricultural coal replacement per county and year (agriculture only); upserts by (regionCode, year).",
    input: "One county's agricultural coal replacement in one year.",
  },
});
export type CoalReplacement = Row<typeof coalReplacement>;
