import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { Dataset } from "../../common/datasets.js";
import { ComplianceResult } from "./compliance.js";
import { FuelGrade } from "./fuel-sample.entity.js";

@InputType({ description: "One fuel sample. Dates and enums are strings so that a bad value rejects its row, not the batch." })
export class FuelSampleInput {
  @Field(() => String, { nullable: true, description: "The sampling report's number." })
  sampleNo?: string | null;

  @Field(() => String, { nullable: true, description: "Code of the filling station, already registered by market regulation." })
  stationCode?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not in the future." })
  sampledOn?: string | null;

  @Field(() => String, { nullable: true, description: `${Object.values(FuelGrade).join(", ")}.` })
  fuelGrade?: string | null;

  @Field(() => String, { nullable: true, description: "PASS or FAIL." })
  result?: string | null;

  // A null item must reject its row only, so the list's items are nullable too.
  @Field(() => [String], { nullable: "itemsAndList", description: "The failed test items: at least one for FAIL, none (or null) for PASS." })
  failedItems?: (string | null)[] | null;
}

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

export const fuelSampleContribution: ContributionSpec<FuelSampleInput> = {
  dataset: Dataset.FUEL_SAMPLES,
  table: "market_regulation.fuel_samples",
  key: ["sample_no"],
  columns: [
    { name: "sample_no", type: "text" },
    { name: "station_code", type: "text" },
    { name: "sampled_on", type: "date" },
    { name: "fuel_grade", type: "text" },
    { name: "result", type: "text" },
    { name: "failed_items", type: "jsonb" },
  ],
  references: [{ column: "station_code", field: "stationCode", table: "market_regulation.fuel_stations", keyColumn: "code", what: "filling station" }],
  validate(r, c, v) {
    const sampleNo = c.code("sampleNo", r.sampleNo);
    const stationCode = c.code("stationCode", r.stationCode);
    const sampledOn = c.date("sampledOn", r.sampledOn, { notAfter: v.today });
    const fuelGrade = c.enumValue("fuelGrade", r.fuelGrade, Object.values(FuelGrade));
    const result = c.enumValue("result", r.result, Object.values(ComplianceResult));
    const items = failedItems(c, r.failedItems);
    if (result === ComplianceResult.FAIL && items !== null && items.length === 0) {
      c.error("failedItems", "BAD_FORMAT", "a FAIL sample must name at least one failed test item in failedItems, e.g. 硫含量");
    } else if (result === ComplianceResult.PASS && items !== null && items.length > 0) {
      c.error("failedItems", "BAD_FORMAT", `a PASS sample cannot have failed items (${items.join(", ")}); send FAIL or leave failedItems empty`);
    }
    // COPY writes a value as its text: a jsonb column needs the JSON, not the array's toString().
    return [sampleNo, stationCode, sampledOn, fuelGrade, result, items === null ? null : JSON.stringify(items)];
  },
};
