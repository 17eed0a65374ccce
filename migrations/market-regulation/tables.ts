import type { UnitTables } from "../tables.js";

export const marketRegulationTables: UnitTables = {
  tables: [],
  notes: {
    "market_regulation.enterprises": {
      enums: { status: ["ACTIVE", "REVOKED", "CANCELLED"] },
      indexes: [
        { properties: ["regionCode"] },
        // text_pattern_ops: industry codes are searched by prefix (like 'C25%')
        { name: "enterprises_industry_code_index", expression: "create index enterprises_industry_code_index on market_regulation.enterprises (industry_code text_pattern_ops)" },
      ],
    },
    "market_regulation.fuel_stations": { indexes: [{ properties: ["regionCode"] }] },
    "market_regulation.fuel_samples": {
      enums: { result: ["PASS", "FAIL"] },
      checks: [{ property: "failedItems", expression: "jsonb_typeof(failed_items) = 'array'::text" }],
      indexes: [{ properties: ["sampledOn", "sampleNo"] }],
      defaults: { failedItems: "'[]'" },
    },
    "market_regulation.inspection_agencies": { enums: { status: ["ACTIVE", "SUSPENDED", "REVOKED"] } },
    "market_regulation.vehicle_inspections": {
      enums: { result: ["PASS", "FAIL"] },
      checks: [{ property: "measuredValues", expression: "(measured_values IS NULL) OR (jsonb_typeof(measured_values) = 'object'::text)" }],
      indexes: [{ properties: ["inspectedAt", "inspectionNo"] }],
    },
    "market_regulation.coal_checks": {
      checks: [{ property: "quarter", expression: "quarter ~ '^[0-9]{4}-Q[1-4]$'::text" }],
      indexes: [{ properties: ["quarter"] }],
    },
  },
};
