import { GraphQLJSONObject } from "graphql-scalars";
import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { ComplianceResult } from "./compliance.js";
import { inspectionAgency } from "./inspection-agency.dataset.js";

export const InspectionMethod = defineEnum(
  "InspectionMethod",
  {
    DOUBLE_IDLE: "Two-speed idle, 双怠速法 (GB 18285).",
    STEADY_STATE_LOADED: "Steady-state loaded, 稳态工况法, ASM (GB 18285).",
    TRANSIENT_LOADED: "Simplified transient loaded, 简易瞬态工况法, VMAS (GB 18285).",
    LUG_DOWN: "Lug-down, 加载减速法 (GB 3847).",
    FREE_ACCELERATION: "Free acceleration, 自由加速法 (GB 3847).",
  },
  "Test procedures of GB 18285-2018 (spark ignition) and GB 3847-2018 (compression ignition).",
);
export type InspectionMethod = EnumOf<typeof InspectionMethod>;

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

export const vehicleInspection = defineDataset({
  dataset: Dataset.VEHICLE_INSPECTIONS,
  sharing: "CONDITIONAL",
  catalogue: "Periodic emission inspections of vehicles and their results.",
  name: "VehicleInspection",
  description: "A periodic emission inspection of a vehicle at an inspection agency (机动车排放定期检验).",
  directives: ['@key(fields: "inspectionNo")'],
  table: "market_regulation.vehicle_inspections",
  key: ["inspectionNo"],
  fields: {
    inspectionNo: { type: "ID", description: "The inspection report's number.", input: "The inspection report's number.", check: (c, v: string | null) => c.code("inspectionNo", v) },
    vin: { type: "ID", description: "VIN of the inspected vehicle.", input: "VIN of the inspected vehicle (checked).", check: (c, v: string | null) => c.vin("vin", v) },
    agencyCode: { type: "String", hidden: true, input: "Code of the inspection agency, already registered by market regulation.", check: (c, v: string | null) => c.code("agencyCode", v) },
    inspectedAt: {
      type: "DateTime",
      description: "When the test was run.",
      input: "ISO 8601 with an offset, not in the future.",
      check: (c, v: string | null, { now }) => c.dateTime("inspectedAt", v, { notAfter: now }),
    },
    method: { type: "String", description: "The test procedure used (GB 18285-2018 for spark ignition, GB 3847-2018 for compression ignition).", enum: InspectionMethod, input: `${Object.values(InspectionMethod).join(", ")}.` },
    result: { type: "String", description: "Whether the vehicle passed the emission inspection.", enum: ComplianceResult },
    measuredValues: {
      type: "JSON",
      graphql: () => GraphQLJSONObject,
      nullable: true,
      description: "The measured values by name, each a number ≥ 0 in the method's unit (e.g. {\"opacityK\": 0.42} m⁻¹); null when not reported.",
      input: "Measured values by name, each a number ≥ 0, e.g. {\"opacityK\": 0.42}; optional.",
      check: (c, v: unknown) => measuredValues(c, v),
    },
  },
  indexes: [
    ["vin", "inspectedAt"],
    ["agencyCode", "inspectedAt"],
  ],
  list: {
    query: "vehicleInspections",
    description: "Vehicle emission inspections, oldest first; `from` and `to` are China-time dates, both inclusive.",
    nullable: true,
    order: ["inspectedAt", "inspectionNo"],
    skipEmpty: true,
    filters: {
      vin: { type: "ID", description: "Only inspections of this vehicle (its VIN, upper-cased before matching).", where: (vin: string) => ({ vin: vin.toUpperCase() }) },
      agencyCode: { type: "ID", description: "The inspection agency's code." },
      result: { type: "String", enum: ComplianceResult },
      method: { type: "String", enum: InspectionMethod },
      ...periodFilters("inspectedAt", "DateTime"),
    },
  },
  byKey: { query: "vehicleInspection", description: "One vehicle inspection by its report number; null when there is none." },
  history: "Every version of this inspection record, oldest first, the current one last.",
  links: { agency: { by: "agencyCode", to: () => inspectionAgency, description: "The agency that ran the inspection." } },
  contribution: {
    mutation: "contributeVehicleInspections",
    description: "Contributes vehicle emission inspections (market regulation only); the agency must be registered; upserts by inspection number.",
    input: "One vehicle emission inspection. Times and enums are strings so that a bad value rejects its row, not the batch.",
    references: [{ column: "agency_code", field: "agencyCode", table: "market_regulation.inspection_agencies", keyColumn: "code", what: "inspection agency" }],
  },
});
export type VehicleInspection = Row<typeof vehicleInspection>;
