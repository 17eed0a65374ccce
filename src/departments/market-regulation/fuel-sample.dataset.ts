import { raw } from "@mikro-orm/core";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionScope } from "../../common/region-scope.js";
import { ComplianceResult } from "./compliance.js";
import { fuelStation } from "./fuel-station.dataset.js";

export const FuelGrade = defineEnum(
  "FuelGrade",
  {
    GASOLINE_92: "Motor gasoline, research octane number 92 (92号汽油).",
    GASOLINE_95: "Motor gasoline, research octane number 95 (95号汽油).",
    GASOLINE_98: "Motor gasoline, research octane number 98 (98号汽油).",
    DIESEL_0: "Automotive diesel, grade 0: freezing point at most 0 °C (0号柴油).",
    DIESEL_MINUS_10: "Automotive diesel, grade -10: freezing point at most −10 °C (-10号柴油).",
    DIESEL_MINUS_20: "Automotive diesel, grade -20: freezing point at most −20 °C (-20号柴油).",
    DIESEL_MINUS_35: "Automotive diesel, grade -35: freezing point at most −35 °C (-35号柴油).",
  },
  "Motor gasoline by research octane number (GB 17930) and automotive diesel by cold-filter grade (GB 19147).",
);
export type FuelGrade = EnumOf<typeof FuelGrade>;

const MAX_FAILED_ITEMS = 50;
const MAX_ITEM_LENGTH = 100;

/** The failed items trimmed and without repeats, or null when one of them is unusable. */
function failedItems(c: RowCheck, items: readonly (string | null)[] | null | undefined): string[] | null {
  const out: string[] = [];
  let ok = true;
  (items ?? []).forEach((item, i) => {
    const s = item?.trim();
    if (!s) {
      c.error("failedItems", "REQUIRED", `failedItems[${i}] is empty; name the failed test item, e.g. 硫含量`);
      ok = false;
    } else if (s.length > MAX_ITEM_LENGTH) {
      c.error("failedItems", "TOO_LONG", `failedItems[${i}] is ${s.length} characters; at most ${MAX_ITEM_LENGTH} are allowed`);
      ok = false;
    } else if (!out.includes(s)) {
      out.push(s);
    }
  });
  if (out.length > MAX_FAILED_ITEMS) return c.error("failedItems", "TOO_LONG", `${out.length} failed items; at most ${MAX_FAILED_ITEMS} are allowed`);
  return ok ? out : null;
}

export const fuelSample = defineDataset({
  dataset: Dataset.FUEL_SAMPLES,
  sharing: "CONDITIONAL",
  catalogue: "Fuel quality samples taken at filling stations and their results.",
  name: "FuelSample",
  description: "A fuel sample drawn at a filling station and tested against the national standard (成品油质量抽检).",
  directives: ['@key(fields: "sampleNo")'],
  table: "market_regulation.fuel_samples",
  key: ["sampleNo"],
  fields: {
    sampleNo: { type: "ID", description: "The sampling report's number.", input: "The sampling report's number.", check: (c, v: string | null) => c.code("sampleNo", v) },
    stationCode: { type: "String", hidden: true, input: "Code of the filling station, already registered by market regulation.", check: (c, v: string | null) => c.code("stationCode", v) },
    sampledOn: { type: "Date", description: "The day the sample was drawn.", input: "YYYY-MM-DD, not in the future.", check: (c, v: string | null, { today }) => c.date("sampledOn", v, { notAfter: today }) },
    fuelGrade: { type: "String", description: "The grade of fuel sampled: gasoline by octane number, diesel by cold-filter grade.", enum: FuelGrade, input: `${Object.values(FuelGrade).join(", ")}.` },
    result: { type: "String", description: "Whether the sample met its national standard (GB 17930 gasoline, GB 19147 diesel).", enum: ComplianceResult },
    failedItems: {
      type: "JSON",
      graphql: () => [String],
      description: "The test items that failed (e.g. 硫含量, 蒸气压); empty when the sample passed.",
      // a null item must reject its row only, so the list's items are nullable too
      inputType: () => [String],
      inputNullable: "itemsAndList",
      input: "The failed test items: at least one for FAIL, none (or null) for PASS.",
      check(c, v: (string | null)[] | null, _, row) {
        const items = failedItems(c, v);
        // the result as its own check normalizes it: anything else is neither PASS nor FAIL
        const result = typeof row.result === "string" ? row.result.trim().toUpperCase() : null;
        if (result === ComplianceResult.FAIL && items !== null && items.length === 0) {
          c.error("failedItems", "BAD_FORMAT", "a FAIL sample must name at least one failed test item in failedItems, e.g. 硫含量");
        } else if (result === ComplianceResult.PASS && items !== null && items.length > 0) {
          c.error("failedItems", "BAD_FORMAT", `a PASS sample cannot have failed items (${items.join(", ")}); send FAIL or leave failedItems empty`);
        }
        // COPY writes a value as its text: a jsonb column needs the JSON, not the array's toString().
        return items === null ? null : JSON.stringify(items);
      },
    },
  },
  indexes: [["stationCode", "sampledOn"]],
  list: {
    query: "fuelSamples",
    description: "Fuel samples, oldest first (by sampling day, then sample number).",
    nullable: true,
    order: ["sampledOn", "sampleNo"],
    skipEmpty: true,
    filters: {
      stationCode: { type: "ID", description: "The filling station's code." },
      regionCode: {
        type: "ID",
        description: "A region: samples at the stations registered in it or its subregions.",
        // The region is the station's, which a sample does not repeat: a subquery keeps the page one statement.
        where: (code: string) => ({
          stationCode: { $in: raw("(select code from market_regulation.fuel_stations where region_code in (?))", [regionScope(code, "filter.regionCode")]) },
        }),
      },
      ...periodFilters("sampledOn", "Date"),
      result: { type: "String", enum: ComplianceResult },
      fuelGrade: { type: "String", enum: FuelGrade },
    },
  },
  byKey: { query: "fuelSample", description: "One fuel sample by its report number; null when there is none." },
  history: "Every version of this sample record, oldest first, the current one last.",
  links: { station: { by: "stationCode", to: () => fuelStation, description: "The filling station sampled." } },
  listedOn: {
    fuelSamples: { parent: () => fuelStation.entity, key: "code", by: "stationCode", order: { sampledOn: "desc", sampleNo: "desc" }, description: "The fuel samples drawn at this station, newest first.", nullable: true },
  },
  contribution: {
    mutation: "contributeFuelSamples",
    description: "Contributes fuel samples (market regulation only); the station must be registered; upserts by sample number.",
    input: "One fuel sample. Dates and enums are strings so that a bad value rejects its row, not the batch.",
    references: [{ column: "station_code", field: "stationCode", table: "market_regulation.fuel_stations", keyColumn: "code", what: "filling station" }],
  },
});
export type FuelSample = Row<typeof fuelSample>;

/** A station's samples, newest first. */
