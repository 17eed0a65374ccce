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
 * With `--engines both`, the three-subgraph shape also runs through gateway processes over subgraph
 * processes (the distributed form): `serve --subgraph` for market regulation, environment and grid, and
 * `lantian gateway` twice over them, once with the built-in Apollo Gateway (target apollo) and once with
 * Hive Gateway (target hive), each measured in turn in the same run, `--rounds N` times (default 2) so a
 * neighbour's load on a shared machine does not fall on one engine alone.
 * Run: npm run bench:read [-- --seconds 10 --connections 10 --shape nested --target subgraph --engines both]
 * Set LANTIAN_BENCH_PROFILE=<dir> to write a CPU profile of the subgraph process there (with
 * `--shape nested --target subgraph`, a profile of that load alone).
 */

interface Shape {
  name: string;
  query: string;
  department: Department;
  role: Role;
  targets: Target[];
}

/**
 * subgraph: the public-security subgraph's own process; gateway: the hub's all-in-one process (subgraphs
 * in-process); apollo, hive: a gateway process of that engine over subgraph processes (`--engines both`).
 */
type Target = "subgraph" | "gateway" | "apollo" | "hive";

/** The subgraphs the three-subgraph shape reaches, served as processes for the gateway processes. */
const DISTRIBUTED_SUBGRAPHS = ["market-regulation", "environment", "grid"] as const;

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
    targets: ["gateway", "apollo", "hive"],
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

/** Starts the CLI with `args` and waits for its GraphQL answer. */
async function startCli(args: string[], env: Record<string, string>, url: string, token: string, profile?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), path.join(projectRoot(), "dist", "src", "cli", "main.js"), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForGraphQL(url, token, child);
  return child;
}

async function main() {
  const seconds = Number(arg("seconds") ?? 10);
  const connections = Number(arg("connections") ?? 10);
  const [onlyShape, onlyTarget] = [arg("shape"), arg("target")];
  const engines = arg("engines");
  if (engines !== undefined && engines !== "both") throw new Error(`--engines ${engines}: the only value is both`);
  const rounds = engines ? Number(arg("rounds") ?? 2) : 1;
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
  const children: ChildProcess[] = [];
  try {
    await db.connect();
    await db.query("create extension if not exists pg_stat_statements");
    await db.query("vacuum analyze");
    // the statements of the hub's and the subgraph's logins, not this client's
    const statements = async () =>
      Number((await db.query<{ n: string }>("select coalesce(sum(calls), 0) as n from pg_stat_statements where userid <> (select oid from pg_roles where rolname = current_user)")).rows[0].n);

    const subPort = await freePort();
    const profile = process.env.LANTIAN_BENCH_PROFILE;
    const processEnv = { ...env, LANTIAN_DATA_DIR: hub.dataDir, DATABASE_URL: hub.dbUrl, LANTIAN_JWT_SECRET: BENCH_SECRET, LANTIAN_DEMO_DATA: "false", LOG_LEVEL: "warn" };
    const urls: Partial<Record<Target, string>> = { gateway: hub.url, subgraph: `http://127.0.0.1:${subPort}/graphql` };
    const probe = await hub.token(Department.PUBLIC_SECURITY, Role.MEMBER);
    children.push(await startCli(["serve", "--subgraph", "public-security", "--port", String(subPort)], processEnv, urls.subgraph!, probe, profile));
    if (engines) {
      // the distributed form: the shape's subgraphs as processes, and a gateway process of each engine over them
      const subgraphUrls: Record<string, string> = {};
      for (const s of DISTRIBUTED_SUBGRAPHS) {
        const port = await freePort();
        subgraphUrls[s] = `http://127.0.0.1:${port}/graphql`;
        children.push(await startCli(["serve", "--subgraph", s, "--port", String(port)], processEnv, subgraphUrls[s], probe));
      }
      const over = Object.entries(subgraphUrls).map(([s, u]) => `--subgraph-url=${s}=${u}`);
      for (const engine of ["apollo", "hive"] as const) {
        const port = await freePort();
        urls[engine] = `http://127.0.0.1:${port}/graphql`;
        children.push(await startCli(["gateway", "--engine", engine, "--port", String(port), ...over], processEnv, urls[engine]!, probe));
      }
    }

    const rows: string[][] = [];
    const plan: { shape: Shape; target: Target }[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const shape of SHAPES.filter((s) => !onlyShape || s.name === onlyShape)) {
        for (const target of shape.targets.filter((t) => (!onlyTarget || t === onlyTarget) && urls[t])) {
          // the measures repeated in later rounds are the engines' comparison alone
          if (round === 0 || target === "apollo" || target === "hive") plan.push({ shape, target });
        }
      }
    }
    for (const { shape, target } of plan) {
      const token = await hub.token(shape.department, shape.role);
      const url = urls[target]!;
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
    console.log(`\n${connections} connections, ${seconds} s each (after 3 s of warm-up); SQL statements per request over ${SQL_SAMPLE} requests one at a time`);
    const header = ["shape", "target", "requests/s", "p99 ms", "SQL/request", ""];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    for (const r of [header, ...rows]) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd());
  } finally {
    await db.end().catch(() => undefined);
    await Promise.all(
      children
        .filter((c) => c.exitCode === null)
        .map((c) => {
          c.kill("SIGTERM");
          return new Promise((r) => c.on("exit", r));
        }),
    );
    await hub.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
