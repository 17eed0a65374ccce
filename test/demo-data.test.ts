import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/common/config.js";
import { DEPARTMENTS } from "../src/shared/departments.js";
import { checkCreditCode, checkPlate, checkVin } from "../src/shared/identifiers/index.js";
import { createLogger } from "../src/common/logger.js";
import { Databases } from "../src/db/databases.js";
import { generateDemoData } from "../src/demo/generate.js";
import { seedDemo } from "../src/server/hub.js";
import { createTestDatabase, sql } from "./support/db.js";

const TABLES = [
  "environment.regions", "environment.targets", "environment.monitoring_stations", "environment.performance_grades", "environment.indicators",
  "market_regulation.enterprises", "market_regulation.fuel_stations", "public_security.vehicles", "public_security.plate_registrations",
  "public_security.checkpoints", "transport.operating_licences", "housing.construction_sites", "agriculture.fire_points", "grid.electricity_readings",
  "environment.observations", "environment.region_hourly", "environment.warnings",
  "public_security.entry_permits", "public_security.passages", "transport.phase_outs", "transport.repairs", "transport.rail_sidings",
  "market_regulation.fuel_samples", "market_regulation.inspection_agencies", "market_regulation.vehicle_inspections", "market_regulation.coal_checks",
  "housing.dust_checks", "housing.dust_monitor_readings", "housing.dust_violations", "housing.restaurant_fume_monitors", "agriculture.coal_replacements",
  "environment.enterprise_profiles", "environment.emergency_list",
];

async function fingerprint(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    // the departments' computed indicators carry the time they were computed (their batch and contribution time)
    const row = t === "environment.indicators" ? "(to_jsonb(x) - 'batch_id' - 'contributed_at')::text" : "x::text";
    const [{ h, n }] = await sql<{ h: string; n: string }>(url, `select md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as h, count(*) as n from ${t} x`);
    out[t] = `${n}:${h}`;
  }
  return out;
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup) await c();
});

describe("demo data", () => {
  it("is the same on every load: a fresh database loads exactly what the template holds", async () => {
    const template = await createTestDatabase();
    const fresh = await createTestDatabase({ empty: true });
    cleanup.push(template.drop, fresh.drop);
    const databases = await Databases.open({ ...loadConfig({}), databaseUrl: fresh.url }, DEPARTMENTS, createLogger("error"));
    try {
      await databases.migrate();
      await seedDemo(databases, createLogger("error"));
      // loading again adds nothing
      await seedDemo(databases, createLogger("error"));
    } finally {
      await databases.close();
    }
    expect(await fingerprint(fresh.url)).toEqual(await fingerprint(template.url));
    // a migration and two demo loads with their computations: over a minute on two busy cores
  }, 240_000);

  it("has the promised size and only valid identifiers", () => {
    const data = generateDemoData();
    expect(data.enterprises.length).toBeGreaterThanOrEqual(200);
    expect(data.vehicles.length).toBe(1000);
    for (const e of data.enterprises) expect(checkCreditCode(e.creditCode).valid, e.creditCode).toBe(true);
    for (const v of data.vehicles) {
      expect(checkVin(v.vin).valid, v.vin).toBe(true);
      expect(checkPlate(v.plate).valid, v.plate).toBe(true);
    }
    const tables = new Set(data.tables.map((t) => t.department));
    expect(tables.size).toBe(7); // rows in every department's tables
    expect(new Set(data.enterprises.map((e) => e.regionCode.slice(0, 4))).size).toBeGreaterThanOrEqual(18);
  });
});
