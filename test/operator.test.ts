import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { createLogger } from "../src/common/logger.js";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { alive, cleanup, parentOf, post, readAttach, show, sleep, startDecoy, startHub, tempDir, token, track } from "./support/faults.js";
import { spawnCli } from "./support/process.js";

/**
 * Issue 12, "Startup safety" and "Operators attach": a stale postmaster.pid naming a stranger makes the
 * hub signal nobody, and an operator's command beside a running all-in-one hub reaches its cluster
 * through postgres.json instead of failing because the cluster is in use.
 */
afterAll(async () => {
  await cleanup();
}, 60_000);

const READ = `{ regions { code } firePoints(first: 3) { totalCount edges { node { id } } } }`;
const FIRE = `mutation($batchId: ID!, $rows: [FirePointInput!]!) { r: contributeFirePoints(batchId: $batchId, rows: $rows) { accepted rejected } }`;
const firePoint = (id: string) => ({ id, detectedAt: "2021-06-08T14:30:00+08:00", regionCode: "411621", latitude: 33.9, longitude: 114.6, source: "SATELLITE" });

async function run(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; out: string; ms: number }> {
  const t0 = performance.now();
  const p = track(spawnCli(args, env));
  const code = await Promise.race([p.exited, sleep(timeoutMs).then(() => "timeout" as const)]);
  if (code === "timeout") {
    p.child.kill("SIGKILL");
    throw new Error(`lantian ${args.join(" ")} did not finish within ${timeoutMs} ms:\n${p.output()}`);
  }
  return { code, out: p.output(), ms: performance.now() - t0 };
}

describe("startup safety", () => {
  it("never signals a process named by a stale postmaster.pid that is not this cluster's postgres, and starts", async () => {
    const dir = tempDir("lantian-op-decoy-");
    const cluster = path.join(dir, "pg");
    // a cluster initialised, run, and cleanly stopped; its postmaster.pid as a running server wrote it
    const pgs = await startEmbeddedPostgres({ dataDir: cluster, log: createLogger("warn", "decoy") });
    expect(pgs.dataDir, "the cluster stays in the data directory").toBe(cluster);
    const pidFile = path.join(cluster, "postmaster.pid");
    const lines = fs.readFileSync(pidFile, "utf8").split("\n");
    const owner = fs.statSync(pidFile);
    expect(Number(lines[0])).toBe(pgs.pid);
    await pgs.stop();
    expect(fs.existsSync(pidFile), "a clean stop removes postmaster.pid").toBe(false);

    // a stranger whose parent is PID 1 (what the old cleanup took for an orphaned postgres) now stands in it
    const signals = path.join(dir, "decoy-signals");
    const decoy = await startDecoy(signals);
    expect(parentOf(decoy), "the decoy's parent is PID 1").toBe(1);
    lines[0] = String(decoy);
    fs.writeFileSync(pidFile, lines.join("\n"), { mode: 0o600 });
    fs.chownSync(pidFile, owner.uid, owner.gid);

    const hub = await startHub(dir);
    await sleep(300); // a signal sent during the start has arrived by now
    const received = () => (fs.existsSync(signals) ? fs.readFileSync(signals, "utf8").trim() : "");
    console.log(`(decoy) pid ${decoy} (parent ${parentOf(decoy)}); hub ready in ${hub.readyMs} ms; signals the decoy received: ${received() || "none"}`);
    expect(alive(decoy), "the decoy is still running").toBe(true);
    expect(received(), "signals the decoy received").toBe("");

    // the hub runs its own postgres on that cluster, and serves
    const attach = readAttach(dir);
    expect(fs.realpathSync(attach.dataDir)).toBe(fs.realpathSync(cluster));
    expect(attach.pid).not.toBe(decoy);
    expect(Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])).toBe(attach.pid);
    const res = await post(hub.url, READ, {}, await token(Department.ENVIRONMENT, Role.ANALYST));
    expect(res.status === 200 && !res.body?.errors, show(res)).toBe(true);

    // and its clean shutdown leaves the stranger alone too
    hub.proc.child.kill("SIGTERM");
    expect(await hub.proc.exited).toBe(0);
    await sleep(200);
    expect(alive(decoy)).toBe(true);
    expect(received()).toBe("");
    expect(fs.existsSync(path.join(dir, "postgres.json")), "postgres.json removed at clean shutdown").toBe(false);
  }, 90_000);
});

describe("operators attach", () => {
  it("runs `audit verify` and `migrate` beside a running all-in-one hub on the same data directory", async () => {
    const dir = tempDir("lantian-op-attach-");
    const hub = await startHub(dir);
    const file = path.join(dir, "postgres.json");
    expect(fs.statSync(file).mode & 0o777, "postgres.json mode").toBe(0o600);
    const attach = readAttach(dir);
    expect(attach.url).toMatch(/^postgresql:\/\/postgres:[0-9a-f]{64}@127\.0\.0\.1:\d+\/lantian$/);
    expect(alive(attach.pid)).toBe(true);

    // audited writes and reads, so the chains have entries
    const writer = await token(Department.AGRICULTURE);
    for (const n of [1, 2, 3]) {
      const w = await post<{ r: { accepted: number } }>(hub.url, FIRE, { batchId: `op-${n}`, rows: [firePoint(`FPOP${n}`)] }, writer);
      expect(w.status === 200 && w.body?.data?.r.accepted === 1, show(w)).toBe(true);
    }
    const r = await post(hub.url, READ, {}, await token(Department.ENVIRONMENT, Role.ANALYST));
    expect(r.status === 200 && !r.body?.errors, show(r)).toBe(true);

    const env = { LANTIAN_DATA_DIR: dir, LANTIAN_JWT_SECRET: hub.env.LANTIAN_JWT_SECRET, LOG_LEVEL: "info" };
    const verify = await run(["audit", "verify"], env);
    console.log(`(operators) audit verify beside the hub: exit ${verify.code} in ${Math.round(verify.ms)} ms:\n${verify.out}`);
    expect(verify.code, verify.out).toBe(0);
    expect(verify.out).toMatch(/chain intact/);
    expect(verify.out).not.toMatch(/fails|in use|\n\s+at /);

    const migrate = await run(["migrate"], env);
    console.log(`(operators) migrate beside the hub: exit ${migrate.code} in ${Math.round(migrate.ms)} ms:\n${migrate.out}`);
    expect(migrate.code, migrate.out).toBe(0);
    expect(migrate.out).not.toMatch(/in use|\n\s+at /);

    // the hub and its PostgreSQL are untouched: same server, postgres.json as it was, still serving
    expect(hub.proc.child.exitCode).toBeNull();
    expect(readAttach(dir)).toEqual(attach);
    expect(alive(attach.pid)).toBe(true);
    const again = await post(hub.url, READ, {}, await token(Department.ENVIRONMENT, Role.ANALYST));
    expect(again.status === 200 && !again.body?.errors, show(again)).toBe(true);
    const w = await post<{ r: { accepted: number } }>(hub.url, FIRE, { batchId: "op-4", rows: [firePoint("FPOP4")] }, writer);
    expect(w.status === 200 && w.body?.data?.r.accepted === 1, show(w)).toBe(true);
  }, 90_000);
});
