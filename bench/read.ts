import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { Role } from "../src/common/auth.js";
import { projectRoot } from "../src/common/paths.js";
import { freePort } from "../src/db/embedded-postgres.js";
import { Department } from "../src/shared/departments.js";
import { BENCH_SECRET, post, startBenchHub } from "./support.js";

/**
 * Issue 16's own read benchmark, so a regression shows without the peer (informational: no thresholds;
 * the targets are peer-read.sh's ratios to PostGraphile). It starts the hub as peer-read.sh does (a fresh
 * data directory with the demo data, rate limit off, NODE_ENV=production) and one `serve --subgraph
 * public-security` process, loads each with autocannon and prints requests/s, p99 and the SQL statements
 * one request costs (pg_stat_statements, over a few requests one at a time) for:
 *   flat         50 vehicles, 7 scalar fields each                   (subgraph and gateway)
 *   nested       50 vehicles with their newest 50 passages each        (subgraph and gateway)
 *   enterprises  50 enterprises: registry, performance grade (environment) and June's
 *                electricity use (grid), three subgraphs               (gateway)
 * Run: npm run bench:read [-- --seconds 10 --connections 10 --shape nested --target subgraph]
 * Set LANTIAN_BENCH_PROFILE=<dir> to write a CPU profile of the subgraph process there (with
 * `--shape nested --target subgraph`, a profile of that load alone).
 */

interface Shape {
  name: string;
  query: string;
  department: Department;
  role: Role;
  targets: ("subgraph" | "gateway")[];
}

const SHAPES: Shape[] = [
  {
    name: "flat",
    query: "{ vehicles(first: 50) { edges { node { vin plate plateColor vehicleType fuel emissionStage registeredOn } } } }",
    department: Department.PUBLIC_SECURITY,
    role: Role.MEMBER,
    targets: ["subgraph", "gateway"],
  },
  {
    name: "nested",
    query: "{ vehicles(first: 50) { edges { node { vin plate passages(first: 50) { edges { node { passedAt checkpointCode direction plate } } } } } } }",
    department: Department.PUBLIC_SECURITY,
    role: Role.MEMBER,
    targets: ["subgraph", "gateway"],
  },
  {
    name: "enterprises",
    query: '{ enterprises(first: 50) { edges { node { name performanceGrade electricityUse(from: "2021-06-01", to: "2021-06-30") { totalKwh days } } } } }',
    department: Department.ENVIRONMENT,
    role: Role.ANALYST,
    targets: ["gateway"],
  },
];

/** Requests run one at a time to count statements per request. */
const SQL_SAMPLE = 20;

interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
// autocannon ships no types; this is the part used here
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: { url: string; connections: number; duration: number; method: string; headers: Record<string, string>; body: string }) => Promise<AutocannonResult>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function waitForGraphQL(url: string, token: string, child: ChildProcess): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      const r = await post(url, token, "{ __typename }", {});
      if (r.data) return;
    } catch {
      /* starting */
    }
    if (i > 600 || child.exitCode !== null) throw new Error(`no GraphQL answer from ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  const seconds = Number(arg("seconds") ?? 10);
  const connections = Number(arg("connections") ?? 10);
  const [onlyShape, onlyTarget] = [arg("shape"), arg("target")];
  const env = { LANTIAN_RATE_LIMIT: "0", NODE_ENV: "production" };
  console.log("starting the hub with demo data...");
  let hub = await startBenchHub({ demoData: true, env });
  // pg_stat_statements counts the statements; it must be loaded when the cluster starts: start again
  const owner = new pg.Client({ connectionString: hub.dbUrl });
  await owner.connect();
  await owner.query("alter system set shared_preload_libraries = 'pg_stat_statements'");
  await owner.end();
  await hub.stop({ keepData: true });
  hub = await startBenchHub({ demoData: true, env, dataDir: hub.dataDir });
  const db = new pg.Client({ connectionString: hub.dbUrl });
  let sub: ChildProcess | undefined;
  try {
    await db.connect();
    await db.query("create extension if not exists pg_stat_statements");
    await db.query("vacuum analyze");
    // the statements of the hub's and the subgraph's logins, not this client's
    const statements = async () =>
      Number((await db.query<{ n: string }>("select coalesce(sum(calls), 0) as n from pg_stat_statements where userid <> (select oid from pg_roles where rolname = current_user)")).rows[0].n);

    const subPort = await freePort();
    const profile = process.env.LANTIAN_BENCH_PROFILE;
    sub = spawn(process.execPath, [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), path.join(projectRoot(), "dist", "src", "cli", "main.js"), "serve", "--subgraph", "public-security", "--port", String(subPort)], {
      env: { ...process.env, ...env, LANTIAN_DATA_DIR: hub.dataDir, DATABASE_URL: hub.dbUrl, LANTIAN_JWT_SECRET: BENCH_SECRET, LANTIAN_DEMO_DATA: "false", LOG_LEVEL: "warn" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    const urls = { gateway: hub.url, subgraph: `http://127.0.0.1:${subPort}/graphql` };
    await waitForGraphQL(urls.subgraph, await hub.token(Department.PUBLIC_SECURITY, Role.MEMBER), sub);

    const rows: string[][] = [];
    for (const shape of SHAPES.filter((s) => !onlyShape || s.name === onlyShape)) {
      const token = await hub.token(shape.department, shape.role);
      for (const target of shape.targets.filter((t) => !onlyTarget || t === onlyTarget)) {
        const url = urls[target];
        const answer = await post(url, token, shape.query, {});
        if (answer.errors || !answer.data) throw new Error(`${shape.name} at the ${target}: ${JSON.stringify(answer).slice(0, 400)}`);
        const opts = { url, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: shape.query }), connections };
        await autocannon({ ...opts, duration: 3 }); // warm-up
        const r = await autocannon({ ...opts, duration: seconds });
        const before = await statements();
        for (let i = 0; i < SQL_SAMPLE; i++) await post(url, token, shape.query, {});
        const perRequest = ((await statements()) - before) / SQL_SAMPLE;
        rows.push([shape.name, target, r.requests.average.toFixed(0), String(r.latency.p99), perRequest.toFixed(1), r.non2xx || r.errors ? `${r.non2xx} non-2xx, ${r.errors} errors` : ""]);
        console.log(`  ${shape.name} at the ${target}: done`);
      }
    }
    console.log(`\n${connections} connections, ${seconds} s each (after 3 s of warm-up); SQL statements per request over ${SQL_SAMPLE} requests one at a time`);
    const header = ["shape", "target", "requests/s", "p99 ms", "SQL/request", ""];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    for (const r of [header, ...rows]) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd());
  } finally {
    await db.end().catch(() => undefined);
    if (sub && sub.exitCode === null) {
      sub.kill("SIGTERM");
      await new Promise((r) => sub!.on("exit", r));
    }
    await hub.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
