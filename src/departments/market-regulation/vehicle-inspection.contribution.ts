import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { Dataset } from "../../common/datasets.js";
import { ComplianceResult } from "./compliance.js";
import { InspectionMethod } from "./vehicle-inspection.entity.js";

@InputType({ description: "One vehicle emission inspection. Times and enums are strings so that a bad value rejects its row, not the batch." })
export class VehicleInspectionInput {
  @Field(() => String, { nullable: true, description: "The inspection report's number." })
  inspectionNo?: string | null;

  @Field(() => String, { nullable: true, description: "VIN of the inspected vehicle (checked)." })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "Code of the inspection agency, already registered by market regulation." })
  agencyCode?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 8601 with an offset, not in the future." })
  inspectedAt?: string | null;

  @Field(() => String, { nullable: true, description: `${Object.values(InspectionMethod).join(", ")}.` })
  method?: string | null;

  @Field(() => String, { nullable: true, description: "PASS or FAIL." })
  result?: string | null;

  // Any JSON is let through the schema so a malformed value rejects its row, not the batch.
  @Field(() => GraphQLJSON, { nullable: true, description: "Measured values by name, each a number ≥ 0, e.g. {\"opacityK\": 0.42}; optional." })
  measuredValues?: unknown;
}

const MAX_MEASURED_VALUES = 100;
const MEASURE_NAME_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** The measured values as JSON text (null when absent), or null with an error when one is unusable. */
function measuredValues(c: RowCheck, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || Array.isArray(value)) {
    return c.error("measuredValues", "BAD_FORMAT", `measuredValues must be an object of named numbers, e.g. {"opacityK": 0.42}; got ${JSON.stringify(value)}`);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return null;
  if (entries.length > MAX_MEASURED_VALUES) return c.error("measuredValues", "TOO_LONG", `${entries.length} measured values; at most ${MAX_MEASURED_VALUES} are allowed`);
  let ok = true;
  for (const [name, x] of entries) {
    if (!MEASURE_NAME_RE.test(name)) {
      ok = false;
      c.error("measuredValues", "BAD_FORMAT", `measured value name ${JSON.stringify(name)} must start with a letter and hold at most 64 letters, digits, _, . and -`);
    } else if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
      ok = false;
      c.error("measuredValues", "OUT_OF_RANGE", `measuredValues.${name} is ${JSON.stringify(x)}; every measured value must be a finite number ≥ 0`);
    }
  }
  return ok ? JSON.stringify(value) : null;
}

export const vehicleInspectionContribution: ContributionSpec<VehicleInspectionInput> = {
  dataset: Dataset.VEHICLE_INSPECTIONS,
  table: "market_regulation.vehicle_inspections",
  key: ["inspection_no"],
  columns: [
    { name: "inspection_no", type: "text" },
    { name: "vin", type: "text" },
    { name: "agency_code", type: "text" },
    { name: "inspected_at", type: "timestamptz" },
    { name: "method", type: "text" },
    { name: "result", type: "text" },
    { name: "measured_values", type: "jsonb" },
  ],
  references: [{ column: "agency_code", field: "agencyCode", table: "market_regulation.inspection_agencies", keyColumn: "code", what: "inspection agency" }],
  validate(r, c, v) {
    return [
      c.code("inspectionNo", r.inspectionNo),
      c.vin("vin", r.vin),
      c.code("agencyCode", r.agencyCode),
      c.dateTime("inspectedAt", r.inspectedAt, { notAfter: v.now }),
      c.enumValue("method", r.method, Object.values(InspectionMethod)),
      c.enumValue("result", r.result, Object.values(ComplianceResult)),
      measuredValues(c, r.measuredValues),
    ];
  },
};
