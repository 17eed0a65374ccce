import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../src/db/embedded-postgres.js";
import { gql, ok } from "./support/hub.js";
import { CLI, spawnCli, waitFor } from "./support/process.js";

/**
 * `lantian serve` as `npm start` runs it: from an empty data directory (embedded PostgreSQL, migrations,
 * demo data), a token from `lantian token` on the same directory, and a clean exit on SIGTERM.
 */
const dataDirs: string[] = [];
afterAll(() => {
  for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
});

function postgresRunningOn(dir: string): boolean {
  try {
    return execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).split("\n").some((l) => l.includes("postgres") && l.includes(dir));
  } catch {
    return false;
  }
}

describe("npm start", () => {
  it("starts from an empty data directory, serves a token's query, and stops cleanly on SIGTERM", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-start-"));
    dataDirs.push(dataDir);
    const port = await freePort();
    const env = { LANTIAN_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "info" };
    const proc = spawnCli(["serve"], env);
    await waitFor(`http://127.0.0.1:${port}/healthz`, proc);
    const readyMs = await waitFor(`http://127.0.0.1:${port}/readyz`, proc, 120_000);
    console.log(`ready ${readyMs} ms after /healthz; start log:\n${proc.output()}`);
    // one line per start step, each with its duration, and a last line saying how to get a token
    for (const step of ["database opened", "migrations applied", "demo data checked", "gateway composed"]) {
      expect(proc.output()).toMatch(new RegExp(`${step}.* \\(\\d+ ms\\)`));
    }
    expect(proc.output()).toMatch(/ready: .*token/);

    const tokenOut = execFileSync(process.execPath, [CLI, "token", "--department", "grid", "--role", "member"], { env: { ...process.env, ...env }, encoding: "utf8" });
    const tok = tokenOut.trim().split("\n").at(-1)!;
    const q = `{ enterprises(first: 5) { totalCount edges { node { name performanceGrade electricityUse(from: "2021-01-01", to: "2021-12-31") { totalKwh days } } } } }`;
    const data = ok(await gql<{ enterprises: { totalCount: number } }>(`http://127.0.0.1:${port}/graphql`, q, {}, tok), q);
    expect(data.enterprises.totalCount).toBeGreaterThanOrEqual(200);

    // mkdtemp makes the data directory mode 700, so (as root) the cluster was moved where the postgres
    // user can reach it, and the log says where.
    const cluster = /cluster in ([^\s"]+)/.exec(proc.output())![1];
    if (cluster !== path.join(dataDir, "pg")) dataDirs.push(cluster);
    expect(postgresRunningOn(cluster)).toBe(true);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    expect(postgresRunningOn(cluster), "embedded PostgreSQL left running").toBe(false);

    // a second start on the same directory finds the demo data and does not load it again
    const again = spawnCli(["serve"], env);
    await waitFor(`http://127.0.0.1:${port}/readyz`, again, 120_000);
    const after = ok(await gql<{ enterprises: { totalCount: number } }>(`http://127.0.0.1:${port}/graphql`, q, {}, tok), q);
    expect(after.enterprises.totalCount).toBe(data.enterprises.totalCount);
    again.child.kill("SIGINT");
    expect(await again.exited).toBe(0);
  }, 300_000);

  it("refuses a bad configuration, listing every problem", async () => {
    const proc = spawnCli(["serve"], {
      PORT: "http",
      LOG_LEVEL: "loud",
      DATABASE_URL: "mysql://x",
      // the hub's subgraph has a URL of its own, and a database of its own (DATABASE_URL_HUB)
      LANTIAN_SUBGRAPH_URL_HUB: "http://127.0.0.1:4008/graphql",
      LANTIAN_SUBGRAPH_URL_NOPE: "http://127.0.0.1:4009/graphql",
      DATABASE_URL_HUB: "postgres://127.0.0.1/hub",
      DATABASE_URL_NOPE: "postgres://127.0.0.1/nope",
      // a runtime login with no owner to grant it its rights
      LANTIAN_RUNTIME_DATABASE_URL_GRID: "postgres://app@127.0.0.1/grid",
    });
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toMatch(/PORT=http/);
    expect(proc.output()).toMatch(/LOG_LEVEL=loud/);
    expect(proc.output()).toMatch(/DATABASE_URL must use postgres/);
    expect(proc.output()).toMatch(/LANTIAN_SUBGRAPH_URL_NOPE: unknown subgraph NOPE/);
    expect(proc.output()).toMatch(/DATABASE_URL_NOPE: unknown department \(or HUB\) NOPE/);
    expect(proc.output()).toMatch(/LANTIAN_RUNTIME_DATABASE_URL_GRID needs DATABASE_URL_GRID/);
    expect(proc.output()).not.toMatch(/LANTIAN_SUBGRAPH_URL_HUB|DATABASE_URL_HUB/);
  });

  it("refuses to serve a department on a database of its own without the hub's database", async () => {
    // its grants and audit of reads would be kept in its own database, where the hub's process never looks
    const proc = spawnCli(["serve", "--subgraph", "grid", "--port", "0"], { DATABASE_URL: "", DATABASE_URL_HUB: "", DATABASE_URL_GRID: "postgres://127.0.0.1:1/grid" });
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toMatch(/DATABASE_URL_GRID gives grid a database of its own, but the hub's is not set: set DATABASE_URL_HUB \(or DATABASE_URL\)/);
  });
});
