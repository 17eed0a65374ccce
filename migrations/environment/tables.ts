import { EntitySchema } from "@mikro-orm/core";
import type { UnitTables } from "../tables.js";

/** Each region's hourly mean of its stations, recomputed on every write of observations (air-quality.service.ts). */
const regionHourly = new EntitySchema<Record<string, unknown>>({
  name: "EnvironmentRegionHourly",
  tableName: "region_hourly",
  schema: "environment",
  properties: {
    region_code: { type: "text", primary: true },
    hour: { type: "timestamptz", primary: true },
    pm25: { type: "double", nullable: true },
    pm10: { type: "double", nullable: true },
    so2: { type: "double", nullable: true },
    no2: { type: "double", nullable: true },
    co: { type: "double", nullable: true },
    o3: { type: "double", nullable: true },
  },
});

export const environmentTables: UnitTables = {
  tables: [regionHourly],
  notes: {
    "environment.regions": { enums: { level: ["PROVINCE", "CITY", "COUNTY"] }, indexes: [{ properties: ["parentCode"] }] },
    "environment.monitoring_stations": { indexes: [{ properties: ["regionCode"] }] },
    "environment.targets": { enums: { comparison: ["AT_MOST", "AT_LEAST"] } },
    "environment.observations": {
      checks: [{ property: "minutesSampled", expression: "(minutes_sampled >= 0) AND (minutes_sampled <= 60)" }],
      indexes: [{ properties: ["hour"] }],
    },
    "environment.warnings": {
      enums: { level: ["YELLOW", "ORANGE", "RED"] },
      checks: [{ name: "warnings_check", expression: "(ends_at IS NULL) OR (ends_at > starts_at)" }],
      indexes: [{ properties: ["regionCode", "startsAt"] }],
      defaults: { issuedAt: "now()" },
    },
    "environment.emergency_list": { indexes: [{ properties: ["cityCode", "year"] }, { properties: ["creditCode"] }] },
    "environment.remote_sensing_tests": { enums: { result: ["PASS", "FAIL"] } },
    "environment.black_smoke_captures": { checks: [{ property: "ringelmann", expression: "(ringelmann >= 0) AND (ringelmann <= 5)" }] },
    "environment.obd_records": { checks: [{ property: "noxPpm", expression: "nox_ppm >= (0)::double precision" }], defaults: { faultFlags: "'[]'" } },
    "environment.nonroad_machinery": { enums: { testResult: ["PASS", "FAIL", "NOT_TESTED"] } },
  },
};
