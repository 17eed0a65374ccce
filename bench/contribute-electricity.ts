import "reflect-metadata";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { makeCreditCode } from "../src/demo/identifiers.js";
import { sendBatches } from "./batches.js";
import { fmt, startBenchHub } from "./support.js";

/**
 * Issue 3's benchmark: 200,000 electricity readings through the gateway over HTTP in 10,000-row
 * batches (validation, replay record, staged upsert with history), against a plain COPY of the same
 * rows into the same table. Run: npm run bench:contribute
 */
const ROWS = 200_000;
const BATCH = 10_000;
const METERS = 548; // × 365 days ≈ 200,000

const MUTATION = `mutation($batchId: ID!, $rows: [ElectricityReadingInput!]!) {
  contributeElectricityReadings(batchId: $batchId, rows: $rows) { accepted rejected }
}`;

function readings(factor: number) {
  const rows: { meterNo: string; creditCode: string; day: string; kwh: number }[] = [];
  const codes = Array.from({ length: METERS }, (_, m) => makeCreditCode(m));
  for (let m = 0; rows.length < ROWS; m++) {
    for (let d = 0; d < 365 && rows.length < ROWS; d++) {
      const day = new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10);
      rows.push({ meterNo: `BENCH${String(m).padStart(5, "0")}`, creditCode: codes[m % METERS], day, kwh: Math.round((1000 + ((m * 7919 + d * 104729) % 5000)) * factor) });
    }
  }
  return rows;
}

const contributeAll = (url: string, token: string, rows: ReturnType<typeof readings>, tag: string) =>
  sendBatches(url, token, MUTATION, "contributeElectricityReadings", rows, BATCH, tag, 1);

async function main() {
  const hub = await startBenchHub();
  try {
    const token = await hub.token(Department.GRID, Role.MEMBER);
    const first = readings(1);
    const insertS = await contributeAll(hub.url, token, first, "insert");
    // the same keys with new values: every row replaces a version, so every row also writes history
    const corrected = readings(1.1);
    const correctS = await contributeAll(hub.url, token, corrected, "correct");

    const db = new pg.Client({ connectionString: hub.dbUrl });
    await db.connect();
    const [{ n: history }] = (await db.query("select count(*)::int as n from grid.record_history where dataset = 'ELECTRICITY_READINGS'")).rows;
    await db.query("delete from grid.electricity_readings where meter_no like 'BENCH%'");
    const t0 = performance.now();
    const csv = first.map((r) => `${r.meterNo},${r.day},${r.creditCode},${r.kwh},GRID,copy,2021-12-31T00:00:00Z\n`).join("");
    await pipeline(Readable.from([csv]), db.query(copyFrom("copy grid.electricity_readings (meter_no, day, credit_code, kwh, contributed_by, batch_id, contributed_at) from stdin with (format csv)")));
    const copyS = (performance.now() - t0) / 1000;
    await db.end();

    const rate = (s: number) => ROWS / s;
    console.log(`electricity readings, ${fmt(ROWS)} rows in ${ROWS / BATCH} batches of ${fmt(BATCH)}, through the gateway over HTTP:`);
    console.log(`  new rows:                         ${fmt(rate(insertS))} rows/s (${insertS.toFixed(2)} s)`);
    console.log(`  corrections (history for each):   ${fmt(rate(correctS))} rows/s (${correctS.toFixed(2)} s, ${fmt(history)} history rows)`);
    console.log(`  plain COPY of the same rows:      ${fmt(rate(copyS))} rows/s (${copyS.toFixed(2)} s)`);
    console.log(`  ratio COPY / contribution:        ${(rate(copyS) / rate(insertS)).toFixed(1)}× (new rows), ${(rate(copyS) / rate(correctS)).toFixed(1)}× (corrections)`);
    // The figure is the 200,000 readings through the contribution path (history on); corrections,
    // where every row also writes a history version, are printed beside it as the harder case.
    console.log(`  target ≥ 20,000 rows/s (the 200,000 readings, history on): ${rate(insertS) >= 20_000 ? "met" : "NOT met"}; corrections ${rate(correctS) >= 20_000 ? "also above it" : "below it"}`);
  } finally {
    await hub.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
