import "reflect-metadata";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { citiesOf } from "../src/shared/regions.data.js";
import { sendBatches } from "./batches.js";
import { fmt, startBenchHub } from "./support.js";

/**
 * Issue 5's benchmark: 200,000 checkpoint passages through the gateway over HTTP in 10,000-row batches,
 * each VIN resolved from the plate registered at the instant of the passage. Plates are the demo
 * registry's (plus 2% unknown ones). Run: npm run bench:passages
 */
const ROWS = 200_000;
const BATCH = 10_000;
const MUTATION = `mutation($batchId: ID!, $rows: [PassageInput!]!) { contributeCheckpointPassages(batchId: $batchId, rows: $rows) { accepted rejected } }`;

async function main() {
  console.log("starting the hub with demo data (1,000 registered vehicles)...");
  const hub = await startBenchHub({ demoData: true });
  try {
    const token = await hub.token(Department.PUBLIC_SECURITY, Role.MEMBER);
    const pg = await import("pg");
    const db = new pg.default.Client({ connectionString: hub.dbUrl });
    await db.connect();
    const plates = (await db.query<{ plate: string }>("select plate from public_security.vehicles where plate is not null order by vin")).rows.map((r) => r.plate);
    await db.query("vacuum analyze");
    await db.end();
    const checkpoints = citiesOf().flatMap((c) => [1, 2, 3].map((k) => `KK${c.code}0${k}`));
    const start = Date.UTC(2021, 9, 31, 16); // November 2021, before the demo month
    const passages = Array.from({ length: ROWS }, (_, i) => ({
      checkpointCode: checkpoints[i % checkpoints.length],
      plate: i % 50 === 0 ? `豫AZ${String(1000 + (i % 9000)).slice(-4)}` : plates[(i * 7919) % plates.length],
      passedAt: new Date(start + i * 12_000).toISOString(),
      direction: i % 2 ? "OUTBOUND" : "INBOUND",
    }));
    const oneByOne = await sendBatches(hub.url, token, MUTATION, "contributeCheckpointPassages", passages.slice(0, ROWS / 2), BATCH, "seq", 1);
    const twoInFlight = await sendBatches(hub.url, token, MUTATION, "contributeCheckpointPassages", passages.slice(ROWS / 2), BATCH, "pipe", 2);
    const half = ROWS / 2;
    console.log(`checkpoint passages, ${fmt(ROWS)} new rows in batches of ${fmt(BATCH)} through the gateway over HTTP (plate → VIN at the instant):`);
    console.log(`  one batch at a time:   ${fmt(half / oneByOne)} rows/s (${fmt(half)} rows, ${oneByOne.toFixed(2)} s)`);
    console.log(`  two batches in flight: ${fmt(half / twoInFlight)} rows/s (${fmt(half)} rows, ${twoInFlight.toFixed(2)} s)`);
    console.log(`  overall:               ${fmt(ROWS / (oneByOne + twoInFlight))} rows/s; target ≥ 20,000: ${ROWS / (oneByOne + twoInFlight) >= 20_000 ? "met" : "NOT met"}`);
  } finally {
    await hub.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
