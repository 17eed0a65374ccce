import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { SUBGRAPH_IDS, subgraphSlug } from "../src/shared/subgraphs.js";
import { createLogger } from "../src/common/logger.js";
import { ensureDatabase } from "../src/db/databases.js";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { createTestDatabase } from "./support/db.js";
import { TEST_AUDIT_KEY } from "./support/hub.js";
import {
  alive, cleanup, getStatus, signalCluster, onCleanup, post, readAttach, show, sleep, sql, startHub, tempDir, token, track, SECRET, type Answer, type Hub,
} from "./support/faults.js";
import { spawnCli, waitFor } from "./support/process.js";

/**
 * Faults, on real processes (issue 12, "Faults" and "Done when"): each case runs on its own cluster and
 * data directory. The assertions state the rule (what was acknowledged is there; an unreachable database
 * is a 503 DATABASE_UNAVAILABLE within the timeouts; the hub comes back by itself), and the measured
 * figures are printed for the closing note.
 */
afterAll(async () => {
  await cleanup();
}, 60_000);

const FIRE = `mutation($batchId: ID!, $atomic: Boolean, $rows: [FirePointInput!]!) {
  r: contributeFirePoints(batchId: $batchId, atomic: $atomic, rows: $rows) { batchId accepted rejected replayed errors { row field code message } }
}`;
type FireResult = { r: { batchId: string; accepted: number; rejected: number; replayed: boolean; errors: unknown[] } };

const firePoint = (id: string, n: number) => ({
  id,
  detectedAt: new Date(Date.UTC(2021, 5, 1) + n * 60_000).toISOString(),
  regionCode: "411621",
  latitude: 33.9,
  longitude: 114.6,
  source: "SATELLITE",
});

/** A read across three subgraphs (environment, agriculture, market regulation), each of which reads the database. */
const READ = `{ regions { code } firePoints(first: 3) { totalCount edges { node { id } } } enterprises(first: 3) { totalCount } }`;

const codes = (a: Answer) => (a.body?.errors ?? []).map((e) => e.extensions?.code);
const acknowledged = (a: Answer<FireResult>, rows: number) => a.status === 200 && !a.body?.errors && a.body?.data?.r.accepted === rows && a.body.data.r.rejected === 0;
const full = (a: Answer) => a.status === 200 && !!a.body?.data && !a.body.errors;
const now = () => performance.now();

/** Polls READ until a full answer; returns how long it took (ms), or throws after `limitMs` with the last answer. */
async function untilFull(url: string, tok: string, limitMs: number): Promise<number> {
  const t0 = now();
  let last: Answer | undefined;
  while (now() - t0 < limitMs) {
    last = await post(url, READ, {}, tok, limitMs);
    if (full(last)) return now() - t0;
    await sleep(100);
  }
  throw new Error(`no full answer within ${limitMs} ms; last: ${last ? show(last) : "none"}`);
}

/** The answer to a request of which nothing can be served while the database is away. */
function expectUnavailable(a: Answer, limitMs: number, secrets: string[]) {
  expect(a.failure, show(a)).toBeUndefined();
  expect(a.status, show(a)).toBe(503);
  expect(codes(a).length, show(a)).toBeGreaterThan(0);
  expect(codes(a).every((c) => c === "DATABASE_UNAVAILABLE"), show(a)).toBe(true);
  expect(a.retryAfter, `retry-after header on ${show(a)}`).not.toBeNull();
  expect(a.ms, show(a)).toBeLessThanOrEqual(limitMs);
  for (const s of secrets) expect(a.text, `the body names ${s}`).not.toContain(s);
}

async function ownPostgres(name: string): Promise<{ pg: () => EmbeddedPostgres; restart(): Promise<void>; dbUrl: string }> {
  const log = createLogger("warn", name);
  let current = await startEmbeddedPostgres({ dataDir: path.join(tempDir(`lantian-${name}-pg-`), "pg"), log });
  onCleanup(async () => {
    signalCluster(current.pid, "SIGCONT");
    await current.stop();
  });
  const dbUrl = await ensureDatabase(current.url, "lantian_fault");
  return {
    pg: () => current,
    async restart() {
      current = await startEmbeddedPostgres({ dataDir: current.dataDir, port: current.port, log });
    },
    dbUrl,
  };
}

function hubAlive(hub: Hub) {
  expect(hub.proc.child.exitCode, `hub exited:\n${hub.proc.output()}`).toBeNull();
  expect(hub.proc.child.signalCode).toBeNull();
  expect(alive(hub.proc.child.pid!)).toBe(true);
}

describe("faults", () => {
  // Checked to have teeth: with the hub's sessions at synchronous_commit=off (run with
  // PGOPTIONS="-c synchronous_commit=off", as the embedded server ran before issue 12), 6 and 17 batches
  // acknowledged before the kill were missing after it in two runs.
  it("(a) SIGKILL of the embedded PostgreSQL's process group while single-row batches are acknowledged: every acknowledged batch is there", async () => {
    const dir = tempDir("lantian-fault-a-");
    const hub = await startHub(dir);
    const before = readAttach(dir);
    expect(alive(before.pid)).toBe(true);
    const tok = await token(Department.AGRICULTURE);

    const KILL_AFTER = 200;
    const AFTER_RECOVERY = 50;
    const acked = new Set<string>();
    let ackedBeforeKill: string[] = [];
    let killedAt = 0;
    let firstAckAfterKill = 0;
    let inFlightAtKill = false;
    let inFlight = false;
    let killed: number[] = [];
    const failures = new Map<string, number>();

    // the kill lands while the sender is in the middle of its stream of batches
    const killer = (async () => {
      while (acked.size < KILL_AFTER) await sleep(1);
      await sleep(Math.random() * 8);
      ackedBeforeKill = [...acked];
      inFlightAtKill = inFlight;
      killed = signalCluster(before.pid, "SIGKILL"); // the postmaster and every backend at once
      killedAt = now();
    })();

    const deadline = now() + 60_000;
    let afterKill = 0;
    for (let i = 0; !(killedAt && afterKill >= AFTER_RECOVERY); i++) {
      const batchId = `a-${i}`;
      const rows = [firePoint(`FPA${i}`, i)];
      for (;;) {
        inFlight = true;
        const a = await post<FireResult>(hub.url, FIRE, { batchId, rows }, tok, 20_000);
        inFlight = false;
        if (acknowledged(a, 1)) {
          acked.add(batchId);
          if (killedAt) {
            afterKill++;
            firstAckAfterKill ||= now();
          }
          break;
        }
        // a batch the hub answered but did not take is a bug, not a fault: stop there
        if (a.status === 200 && a.body?.data?.r) throw new Error(`batch ${batchId} refused: ${show(a)}`);
        const kind = a.failure ? a.failure.replace(/\d+/g, "N") : `HTTP ${a.status} ${codes(a).join(",")}`;
        failures.set(kind, (failures.get(kind) ?? 0) + 1);
        if (hub.proc.child.exitCode !== null || hub.proc.child.signalCode !== null || now() > deadline) {
          throw new Error(`no acknowledgement for ${batchId} (hub exit ${hub.proc.child.exitCode ?? hub.proc.child.signalCode}); last: ${show(a)}\nhub output:\n${hub.proc.output().slice(-3000)}`);
        }
        await sleep(50); // retry the same batch id with the same row
      }
      if (now() > deadline) throw new Error(`the stream did not finish in time (${acked.size} acknowledged)`);
    }
    await killer;

    hubAlive(hub);
    const after = readAttach(dir);
    expect(after.pid, "postgres.json names the restarted server").not.toBe(before.pid);
    expect(alive(after.pid)).toBe(true);
    expect(killed.filter(alive), "processes of the killed server still running").toEqual([]);
    const present = new Set(
      (await sql<{ batch_id: string }>(after.url, `select batch_id from agriculture.fire_points where batch_id like 'a-%'`)).map((r) => r.batch_id),
    );
    const lostBeforeKill = ackedBeforeKill.filter((b) => !present.has(b));
    const lostAny = [...acked].filter((b) => !present.has(b));
    console.log(
      `(a) SIGKILL to ${killed.length} PostgreSQL processes; ${ackedBeforeKill.length} batches acknowledged before the kill (a request in flight at the kill: ${inFlightAtKill}); ` +
        `first acknowledgement ${Math.round(firstAckAfterKill - killedAt)} ms after the kill; ${acked.size} acknowledged in all; ` +
        `lost: ${lostBeforeKill.length} of those before the kill, ${lostAny.length} in all; failed attempts: ${JSON.stringify(Object.fromEntries(failures))}`,
    );
    if (process.env.FAULTS_VERBOSE) console.log(hub.proc.output());
    expect(ackedBeforeKill.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(lostBeforeKill, "batches acknowledged before the kill and missing after it").toEqual([]);
    expect(lostAny, "acknowledged batches missing").toEqual([]);
    expect(firstAckAfterKill - killedAt, "the hub serves writes again within seconds of the kill").toBeLessThanOrEqual(10_000);
    expect(fs.statSync(path.join(dir, "postgres.json")).mode & 0o777).toBe(0o600);
  }, 120_000);

  it("(b) pg_terminate_backend of every hub connection: the hub stays up and the next request succeeds", async () => {
    const dir = tempDir("lantian-fault-b-");
    const hub = await startHub(dir);
    const reader = await token(Department.ENVIRONMENT, Role.ANALYST);
    const writer = await token(Department.AGRICULTURE);
    const { url } = readAttach(dir);
    const terminate = async () => {
      const rows = await sql<{ t: boolean }>(url, `select pg_terminate_backend(pid) as t from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
      await sleep(300); // the backends are gone and the hub's sockets closed
      return rows;
    };

    // warm every pool: reads (ORM), a contribution (pg pool, audit)
    expect(full(await post(hub.url, READ, {}, reader)), "warm-up read").toBe(true);
    expect(acknowledged(await post<FireResult>(hub.url, FIRE, { batchId: "b-0", rows: [firePoint("FPB0", 0)] }, writer), 1)).toBe(true);

    const first = await terminate();
    hubAlive(hub);
    const read = await post(hub.url, READ, {}, reader);
    expect(full(read), `the next request after terminating ${first.length} connections: ${show(read)}`).toBe(true);
    const write = await post<FireResult>(hub.url, FIRE, { batchId: "b-1", rows: [firePoint("FPB1", 1)] }, writer);
    expect(acknowledged(write, 1), show(write)).toBe(true);

    // again, with a write as the next request
    const second = await terminate();
    hubAlive(hub);
    const write2 = await post<FireResult>(hub.url, FIRE, { batchId: "b-2", rows: [firePoint("FPB2", 2)] }, writer);
    expect(acknowledged(write2, 1), `the next request (a write) after terminating ${second.length} connections: ${show(write2)}`).toBe(true);
    expect((await getStatus(`${hub.base}/readyz`)).status).toBe(200);
    hubAlive(hub);
    console.log(`(b) terminated ${first.length} then ${second.length} hub connections; the hub stayed up and the next requests succeeded`);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.t)).toBe(true);
    expect(second.length).toBeGreaterThan(0);
    const rows = await sql<{ id: string }>(url, `select id from agriculture.fire_points where batch_id like 'b-%' order by id`);
    expect(rows.map((r) => r.id)).toEqual(["FPB0", "FPB1", "FPB2"]);
  }, 60_000);

  it("(c) its PostgreSQL stopped for 10 s: 503 DATABASE_UNAVAILABLE meanwhile, full answers within 5 s after it is back, same hub", async () => {
    const own = await ownPostgres("fault-c");
    const hub = await startHub(tempDir("lantian-fault-c-"), { DATABASE_URL: own.dbUrl });
    const tok = await token(Department.ENVIRONMENT, Role.ANALYST);
    expect(full(await post(hub.url, READ, {}, tok)), "before the stop").toBe(true);
    const hubPid = hub.proc.child.pid;
    const port = own.pg().port;

    await own.pg().stop();
    const stoppedAt = now();
    const answers: Answer[] = [];
    const ready: { status: number; ms: number }[] = [];
    while (now() - stoppedAt < 10_000) {
      answers.push(await post(hub.url, READ, {}, tok, 15_000));
      ready.push(await getStatus(`${hub.base}/readyz`, 15_000));
      await sleep(700);
    }
    await own.restart();
    expect(own.pg().port).toBe(port);
    const recoverMs = await untilFull(hub.url, tok, 5_000).catch((e: Error) => e);
    console.log(
      `(c) while stopped (${Math.round(now() - stoppedAt)} ms): ${answers.length} requests answered ${[...new Set(answers.map((a) => (a.failure ? "no answer" : `${a.status} ${codes(a).join(",")}`)))].join(" | ")}, ` +
        `slowest ${Math.round(Math.max(...answers.map((a) => a.ms)))} ms; /readyz ${[...new Set(ready.map((r) => r.status))].join(",")}; ` +
        `full answers ${typeof recoverMs === "number" ? `${Math.round(recoverMs)} ms` : "NOT"} after the restart`,
    );
    for (const a of answers) expectUnavailable(a, 6_000, [`:${port}`, "ECONNREFUSED", "postgresql://"]);
    expect(ready.every((r) => r.status === 503), JSON.stringify(ready)).toBe(true);
    if (recoverMs instanceof Error) throw recoverMs;
    expect(recoverMs).toBeLessThanOrEqual(5_000);
    expect((await getStatus(`${hub.base}/readyz`)).status).toBe(200);
    hubAlive(hub);
    expect(hub.proc.child.pid).toBe(hubPid);
  }, 90_000);

  it("(d) its PostgreSQL frozen (SIGSTOP) for 10 s: 503 within the configured timeouts instead of hanging, full answers after SIGCONT", async () => {
    const own = await ownPostgres("fault-d");
    const hub = await startHub(tempDir("lantian-fault-d-"), { DATABASE_URL: own.dbUrl, LANTIAN_DB_CONNECT_TIMEOUT_MS: "2000", LANTIAN_DB_STATEMENT_TIMEOUT_MS: "3000" });
    const tok = await token(Department.ENVIRONMENT, Role.ANALYST);
    expect(full(await post(hub.url, READ, {}, tok)), "before the freeze").toBe(true);
    const pgid = own.pg().pid;

    const frozen = signalCluster(pgid, "SIGSTOP"); // the postmaster and its backends
    const frozenAt = now();
    const answers: Answer[] = [];
    const ready: { status: number; ms: number }[] = [];
    try {
      // one request and one readiness probe side by side, again and again, until the 10 s are over
      while (now() - frozenAt < 9_000) {
        const [a, r] = await Promise.all([post(hub.url, READ, {}, tok, 15_000), getStatus(`${hub.base}/readyz`, 15_000)]);
        answers.push(a);
        ready.push(r);
      }
      await sleep(Math.max(0, 10_000 - (now() - frozenAt)));
    } finally {
      signalCluster(pgid, "SIGCONT");
    }
    const thawedAt = now();
    const recoverMs = await untilFull(hub.url, tok, 5_000).catch((e: Error) => e);
    console.log(
      `(d) ${frozen.length} PostgreSQL processes stopped; while frozen (${Math.round(thawedAt - frozenAt)} ms): ${answers.length} requests answered ${[...new Set(answers.map((a) => (a.failure ? "no answer" : `${a.status} ${codes(a).join(",")}`)))].join(" | ")} ` +
        `in ${answers.map((a) => Math.round(a.ms)).join(", ")} ms; /readyz ${ready.map((r) => `${r.status} in ${Math.round(r.ms)} ms`).join(", ")}; ` +
        `full answers ${typeof recoverMs === "number" ? `${Math.round(recoverMs)} ms` : "NOT"} after SIGCONT`,
    );
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const a of answers) expectUnavailable(a, 6_000, [`:${own.pg().port}`, "postgresql://"]);
    expect(ready.every((r) => r.status === 503 && r.ms <= 6_000), JSON.stringify(ready)).toBe(true);
    if (recoverMs instanceof Error) throw recoverMs;
    expect(recoverMs).toBeLessThanOrEqual(5_000);
    hubAlive(hub);
  }, 90_000);

  it("(e) kill -9 of the hub while a 10,000-row atomic batch is in flight: all rows or none, and a replay answers all rows, once", async () => {
    const dir = tempDir("lantian-fault-e-");
    let hub = await startHub(dir);
    const tok = await token(Department.AGRICULTURE);
    const N = 10_000;
    const rows = Array.from({ length: N }, (_, i) => firePoint(`FPE${i}`, i));
    const { url } = readAttach(dir);

    // watch the hub's connections for the batch's open transaction, and kill the hub then
    const watcher = new pg.Client({ connectionString: url });
    watcher.on("error", () => undefined);
    await watcher.connect();
    const sentAt = now();
    const inflight = post<FireResult>(hub.url, FIRE, { batchId: "e-big", atomic: true, rows }, tok, 60_000);
    let answered = false;
    void inflight.then(() => (answered = true));
    let killedAt = 0;
    let seen = "";
    while (!answered && now() - sentAt < 30_000) {
      const open = await watcher.query<{ state: string; query: string }>(
        `select state, left(query, 80) as query from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
            and xact_start is not null and query ilike '%fire_points%'`,
      );
      if (open.rows.length > 0) {
        seen = `${open.rows[0].state}: ${open.rows[0].query}`;
        hub.proc.child.kill("SIGKILL");
        killedAt = now();
        break;
      }
      await sleep(2);
    }
    await watcher.end().catch(() => undefined);
    const answer = await inflight;
    await hub.proc.exited;
    console.log(`(e) the hub was killed ${Math.round(killedAt - sentAt)} ms after the batch was sent, its transaction seen as "${seen}"; the client got: ${show(answer)}`);
    expect(killedAt, "the batch's transaction was never seen open").toBeGreaterThan(0);
    expect(answer.failure, "the batch was answered before the kill: the kill did not land mid-batch").toBeDefined();

    hub = await startHub(dir, {}, hub.port);
    const after = readAttach(dir);
    const count = async () =>
      (await sql<{ by_batch: string; by_id: string; distinct_ids: string }>(
        after.url,
        `select (select count(*) from agriculture.fire_points where batch_id = 'e-big') as by_batch,
                (select count(*) from agriculture.fire_points where id like 'FPE%') as by_id,
                (select count(distinct id) from agriculture.fire_points where id like 'FPE%') as distinct_ids`,
      ))[0];
    const afterRestart = await count();
    const replay = await post<FireResult>(hub.url, FIRE, { batchId: "e-big", atomic: true, rows }, tok, 60_000);
    const again = await post<FireResult>(hub.url, FIRE, { batchId: "e-big", atomic: true, rows }, tok, 60_000);
    const afterReplay = await count();
    console.log(
      `(e) after the restart ${afterRestart.by_batch} of ${N} rows of the batch were there; the replay answered ` +
        `${replay.body?.data ? JSON.stringify({ ...replay.body.data.r, errors: replay.body.data.r.errors.length }) : show(replay)}; then ${afterReplay.by_batch} rows`,
    );
    expect([0, N]).toContain(Number(afterRestart.by_batch));
    expect(Number(afterRestart.by_id)).toBe(Number(afterRestart.by_batch));
    expect(acknowledged(replay, N), show(replay)).toBe(true);
    expect(acknowledged(again, N), show(again)).toBe(true);
    expect(again.body!.data!.r.replayed).toBe(true);
    expect(afterReplay).toEqual({ by_batch: String(N), by_id: String(N), distinct_ids: String(N) });
  }, 120_000);

  it("(f) distributed form: a subgraph process that is down is SUBGRAPH_UNAVAILABLE with its service name, the others still answer, no URL in the body", async () => {
    const db = await createTestDatabase();
    onCleanup(() => db.drop());
    // the test cluster's runtime role was made with the tests' audit key: processes on it share that key
    const env = { DATABASE_URL: db.url, LANTIAN_JWT_SECRET: SECRET, LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: "warn", LANTIAN_DEMO_DATA: "false", LANTIAN_RATE_LIMIT: "0" };
    const running = ["market-regulation", "environment", "grid"];
    const urls: Record<string, string> = {};
    const procs: Record<string, ReturnType<typeof spawnCli>> = {};
    for (const s of SUBGRAPH_IDS) {
      const slug = subgraphSlug(s);
      const port = await freePort(); // the subgraphs the query does not reach get a port nobody listens on
      urls[slug] = `http://127.0.0.1:${port}/graphql`;
      if (running.includes(slug)) procs[slug] = track(spawnCli(["serve", "--subgraph", slug, "--port", String(port)], env));
    }
    await Promise.all(running.map((s) => waitFor(urls[s].replace("/graphql", "/readyz"), procs[s], 60_000)));
    const gwPort = await freePort();
    const gw = track(spawnCli(["gateway", "--port", String(gwPort), ...Object.entries(urls).map(([s, u]) => `--subgraph-url=${s}=${u}`)], env));
    await waitFor(`http://127.0.0.1:${gwPort}/healthz`, gw, 60_000);
    const gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;
    const tok = await token(Department.GRID);
    const q = `{ enterprises(first: 5) { edges { node { creditCode name performanceGrade electricityUse(from: "2021-06-01", to: "2021-06-30") { totalKwh days } } } } }`;
    type Data = { enterprises: { edges: { node: { creditCode: string; name: string; performanceGrade: string | null; electricityUse: { totalKwh: number } | null } }[] } };
    const whole = await post<Data>(gatewayUrl, q, {}, tok);
    expect(full(whole), show(whole)).toBe(true);

    procs.grid.child.kill("SIGKILL");
    await procs.grid.exited;
    const gridPort = new URL(urls.grid).port;
    const secrets = [urls.grid, `127.0.0.1:${gridPort}`, `:${gridPort}`, "ECONNREFUSED", "request to http"];

    const part = await post<Data>(gatewayUrl, q, {}, tok);
    const gridOnly = await post(gatewayUrl, `{ electricityReadings(first: 1) { totalCount } }`, {}, tok);
    console.log(`(f) with grid down: the spanning query answered HTTP ${part.status} with ${part.body?.errors?.length ?? 0} error(s) ${JSON.stringify(part.body?.errors?.[0])}; a grid-only query answered ${show(gridOnly)}`);

    expect(part.status, show(part)).toBe(200);
    const nodes = part.body!.data!.enterprises.edges.map((e) => e.node);
    expect(nodes).toHaveLength(5);
    expect(nodes.map((n) => n.creditCode)).toEqual(whole.body!.data!.enterprises.edges.map((e) => e.node.creditCode));
    expect(nodes.every((n) => n.name.length > 0)).toBe(true);
    // environment's field still served, equal to its table
    const graded = await sql<{ credit_code: string; grade: string }>(db.url, `select credit_code, grade from environment.performance_grades where credit_code = any($1)`, [nodes.map((n) => n.creditCode)]);
    for (const n of nodes) expect(n.performanceGrade).toBe(graded.find((g) => g.credit_code === n.creditCode)?.grade ?? null);
    expect(nodes.every((n) => n.electricityUse === null)).toBe(true);
    const errors = part.body!.errors ?? [];
    expect(errors.length, show(part)).toBeGreaterThan(0);
    for (const e of errors) expect(e.extensions, show(part)).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "grid" });
    for (const s of secrets) expect(part.text, `the body names ${s}`).not.toContain(s);

    expect(gridOnly.failure, show(gridOnly)).toBeUndefined();
    const gridErrors = gridOnly.body?.errors ?? [];
    expect(gridErrors.length, show(gridOnly)).toBeGreaterThan(0);
    for (const e of gridErrors) expect(e.extensions, show(gridOnly)).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "grid" });
    for (const s of secrets) expect(gridOnly.text, `the body names ${s}`).not.toContain(s);
    // the other subgraph processes and the gateway are still up
    for (const s of running.filter((x) => x !== "grid")) expect(procs[s].child.exitCode).toBeNull();
    expect(gw.child.exitCode).toBeNull();
  }, 120_000);
});
