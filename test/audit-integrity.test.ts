import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalJson } from "../src/common/audit-chain.js";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { createLogger } from "../src/common/logger.js";
import { Databases, ensureDatabase } from "../src/db/databases.js";
import { loadConfig } from "../src/common/config.js";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { prepareRuntimeRole } from "../src/db/roles.js";
import { sql } from "./support/db.js";
import { gql, startTestHub, TEST_AUDIT_KEY, token, type TestHub } from "./support/hub.js";
import { CLI } from "./support/process.js";

/*
 * Issue 13: the audit trail against an attacker with database superuser rights, and the runtime role's
 * least privilege. The attacker edits rows with triggers off (session_replication_role = replica) and
 * re-links what follows with the only formula that needs no key (the old public sha256 one), or with a
 * key of their own; `lantian audit verify` must name the first entry that does not hold.
 */

let hub: TestHub;
let dir: string;
beforeAll(async () => {
  hub = await startTestHub();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-audit-int-"));
});
afterAll(async () => {
  await hub?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): { status: number | null; out: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-audit-cli-"));
  const r = spawnSync(process.execPath, [CLI, "audit", ...args], {
    env: { ...process.env, DATABASE_URL: hub.dbUrl, LANTIAN_DATA_DIR: dataDir, LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: "error" },
    encoding: "utf8",
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Runs statements as the superuser with triggers off, as an attacker with database rights would. */
async function asAttacker(fn: (c: pg.Client) => Promise<void>): Promise<void> {
  const c = new pg.Client({ connectionString: hub.dbUrl });
  await c.connect();
  try {
    await c.query("set session_replication_role = replica");
    await fn(c);
  } finally {
    await c.end();
  }
}

type Row = { id: string; at: Date; entry: unknown; prev_hash: string; hash: string; keyed: boolean };
const rowsFrom = (id: bigint) => sql<Row>(hub.dbUrl, "select id::text as id, at, entry, prev_hash, hash, keyed from hub.audit_events where id >= $1 order by audit_events.id", [id.toString()]);

/** Puts the rows from the first saved one on back exactly as they were. */
async function restore(saved: Row[]): Promise<void> {
  await asAttacker(async (c) => {
    await c.query("delete from hub.audit_events where id >= $1", [saved[0].id]);
    for (const r of saved) {
      await c.query("insert into hub.audit_events (id, at, entry, prev_hash, hash, keyed) values ($1, $2, $3, $4, $5, $6)", [r.id, r.at, JSON.stringify(r.entry), r.prev_hash, r.hash, r.keyed]);
    }
  });
}

/** Makes audited writes: contributions of one row each (entries after whatever checkpoint exists). */
async function contribute(n: number, tag: string): Promise<void> {
  const t = await token(Department.GRID, Role.MEMBER);
  for (let i = 0; i < n; i++) {
    const m = `mutation { contributeCoalToElectricity(batchId: "${tag}-${i}", rows: [{ countyCode: "410122", year: ${2000 + i}, households: ${100 + i} }]) { accepted } }`;
    const res = await gql(hub.url, m, {}, t);
    expect(res.errors, JSON.stringify(res)).toBeUndefined();
  }
}

describe("the audit chain against a database superuser", () => {
  let checkpointFile: string;
  let cpId: bigint;

  beforeAll(async () => {
    await contribute(12, "before-cp");
    const printed = cli(["checkpoint"]);
    expect(printed.status, printed.out).toBe(0);
    const line = printed.out.trim().split("\n").at(-1)!;
    const cp = JSON.parse(line) as { id: string; link: string; chain: string; signature: string };
    const [{ max }] = await sql<{ max: string }>(hub.dbUrl, "select max(id)::text as max from hub.audit_events");
    expect(cp.id).toBe(max);
    cpId = BigInt(cp.id);
    checkpointFile = path.join(dir, "checkpoint.json");
    fs.writeFileSync(checkpointFile, line + "\n");
    await contribute(6, "after-cp");
  });

  it("(d) passes when untouched", () => {
    const r = cli(["verify", "--checkpoint", checkpointFile]);
    expect(r.out).toMatch(/chain intact, checkpoint of .* at entry/);
    expect(r.status).toBe(0);
  });

  it("(a) names an entry before the checkpoint that was edited, though the chain after it was recomputed with the public formula", async () => {
    const target = cpId - 5n;
    const saved = await rowsFrom(target);
    await asAttacker(async (c) => {
      await c.query(`update hub.audit_events set entry = entry || '{"subject": "someone-else"}' where id = $1`, [target.toString()]);
      // re-link every entry from the edited one on, as the hash could be recomputed before the chain had a key
      const { rows } = await c.query<{ id: string }>("select id::text as id from hub.audit_events where id >= $1 order by audit_events.id", [target.toString()]);
      for (const { id } of rows) {
        await c.query(
          `update hub.audit_events a set prev_hash = p.hash, hash = hub.audit_hash(a.id, a.at, a.entry, p.hash)
           from hub.audit_events p where p.id = a.id - 1 and a.id = $1`,
          [id],
        );
      }
    });
    const r = cli(["verify", "--checkpoint", checkpointFile]);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`entry ${target} fails`);
    await restore(saved);
    expect(cli(["verify", "--checkpoint", checkpointFile]).status).toBe(0);
  });

  it("(b) names an entry after the checkpoint that was edited and re-linked without the hub's key", async () => {
    const target = cpId + 2n;
    const saved = await rowsFrom(target);
    const forged = crypto.randomBytes(32);
    await asAttacker(async (c) => {
      await c.query(`update hub.audit_events set entry = entry || '{"accepted": 0}' where id = $1`, [target.toString()]);
      // re-link with a key of the attacker's own, in the hub's own format
      const { rows } = await c.query<Row>("select id::text as id, at, entry, prev_hash, hash from hub.audit_events where id >= $1 order by audit_events.id", [(target - 1n).toString()]);
      let prev = rows[0].hash;
      for (const r of rows.slice(1)) {
        const link = crypto.createHmac("sha256", forged).update(`${prev}|${r.id}|${r.at.toISOString()}|${canonicalJson(r.entry)}`).digest("hex");
        await c.query("update hub.audit_events set prev_hash = $2, hash = $3 where id = $1", [r.id, prev, link]);
        prev = link;
      }
    });
    const r = cli(["verify", "--checkpoint", checkpointFile]);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`entry ${target} fails`);
    await restore(saved);
    expect(cli(["verify", "--checkpoint", checkpointFile]).status).toBe(0);
  });

  it("(c) fails when the newest entries before the checkpoint were deleted", async () => {
    const from = cpId - 2n;
    const saved = await rowsFrom(from);
    await asAttacker((c) => c.query("delete from hub.audit_events where id >= $1", [from.toString()]).then(() => undefined));
    const r = cli(["verify", "--checkpoint", checkpointFile]);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`entry ${cpId} fails: entries ${from} to ${cpId} are missing`);
    // without a checkpoint, a cut tail is exactly what cannot be seen
    expect(cli(["verify"]).status).toBe(0);
    await restore(saved);
  });

  it("keeps the checkpoint the hub wrote to its data directory, and verify holds the chain to it", async () => {
    const [{ chain }] = await sql<{ chain: string }>(hub.dbUrl, "select id::text as chain from hub.audit_chain");
    // a serving process writes one at shutdown at the latest (stopping twice is harmless: afterAll stops it again)
    const dataDir = hub.config.dataDir;
    await hub.server.stop();
    const file = path.join(dataDir, "audit-checkpoints", `${chain}.jsonl`);
    const kept = JSON.parse(fs.readFileSync(file, "utf8").trim().split("\n").at(-1)!) as { id: string };
    const [{ max }] = await sql<{ max: string }>(hub.dbUrl, "select max(id)::text as max from hub.audit_events");
    expect(kept.id).toBe(max);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe("600");
    const r = spawnSync(process.execPath, [CLI, "audit", "verify"], {
      env: { ...process.env, DATABASE_URL: hub.dbUrl, LANTIAN_DATA_DIR: dataDir, LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: "error" },
      encoding: "utf8",
    });
    expect(r.stdout).toContain(`checkpoint of`);
    expect(r.status).toBe(0);
    await asAttacker((c) => c.query("delete from hub.audit_events where id = $1", [max]).then(() => undefined));
    const cut = spawnSync(process.execPath, [CLI, "audit", "verify"], {
      env: { ...process.env, DATABASE_URL: hub.dbUrl, LANTIAN_DATA_DIR: dataDir, LANTIAN_AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: "error" },
      encoding: "utf8",
    });
    expect(cut.status).toBe(1);
    expect(cut.stdout).toContain(`entry ${max} fails`);
  });
});

describe("least privilege", () => {
  it("the hub's requests run as the runtime role, which may append to the audit trail only through its function", async () => {
    let h: TestHub | undefined;
    try {
      h = await startTestHub();
      const users = await sql<{ usename: string }>(h.dbUrl, "select distinct usename from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()");
      expect(users.map((u) => u.usename)).toEqual(["lantian_runtime"]);
      // the runtime role's password is derived from the audit key (README, "Least privilege")
      const password = crypto.createHmac("sha256", new TextEncoder().encode(TEST_AUDIT_KEY)).update("lantian runtime role password").digest("hex");
      const u = new URL(h.dbUrl);
      u.username = "lantian_runtime";
      u.password = password;
      const c = new pg.Client({ connectionString: u.toString() });
      await c.connect();
      try {
        const refused = async (statement: string) => {
          await c.query("savepoint s");
          await expect(c.query(statement), statement).rejects.toMatchObject({ code: "42501" });
          await c.query("rollback to savepoint s");
        };
        await c.query("begin");
        await refused(`update hub.audit_events set entry = '{}' where id = 1`);
        await refused(`delete from hub.audit_events where id = 1`);
        await refused(`truncate hub.audit_events`);
        await refused(`insert into hub.audit_events (id, at, entry, prev_hash, hash) values (999999, now(), '{}', '', '')`);
        await refused(`alter table hub.audit_events disable trigger all`);
        await refused(`set session_replication_role = replica`);
        await refused(`update hub.audit_chain set id = gen_random_uuid()`);
        // it may read the trail, and its function refuses entries that do not continue the chain
        const [{ n }] = (await c.query<{ n: number }>("select count(*)::int as n from hub.audit_events")).rows;
        expect(n).toBeGreaterThan(0);
        await c.query("savepoint s");
        await expect(c.query("select hub.append_audit_linked(array[1]::bigint[], array[now()], array['{}'::jsonb], array['x'], array[repeat('a', 64)])")).rejects.toThrow(/does not continue the chain/);
        await c.query("rollback");
      } finally {
        await c.end();
      }
    } finally {
      await h?.stop();
    }
  });

  it("hubs starting together on a new cluster make the runtime role once, and each logs in with it", async () => {
    const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-roles-"));
    fs.chmodSync(clusterDir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(clusterDir, "pg"), log: createLogger("error"), fast: true });
    try {
      const url = await ensureDatabase(server.url, "lantian");
      const secret = new TextEncoder().encode(TEST_AUDIT_KEY);
      const log = createLogger("error");
      const owner = await Databases.open({ ...loadConfig({}), databaseUrl: url, auditKey: TEST_AUDIT_KEY }, [Department.GRID], log);
      await owner.migrate();
      await owner.close();
      // on a fresh cluster the role does not exist yet: twelve at once race to create it
      const urls = await Promise.all(Array.from({ length: 12 }, () => prepareRuntimeRole(url, { secret, schemas: ["hub"], log })));
      for (const u of urls) {
        expect(new URL(u!).username).toBe("lantian_runtime");
        const c = new pg.Client({ connectionString: u });
        await c.connect();
        await c.end();
      }
    } finally {
      await server.stop();
      fs.rmSync(clusterDir, { recursive: true, force: true });
    }
  });

  it("the embedded cluster refuses a connection without its password", async () => {
    const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-scram-"));
    fs.chmodSync(clusterDir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(clusterDir, "pg"), log: createLogger("error"), fast: true });
    try {
      const secret = fs.readFileSync(path.join(clusterDir, "postgres.secret"), "utf8").trim();
      expect((fs.statSync(path.join(clusterDir, "postgres.secret")).mode & 0o777).toString(8)).toBe("600");
      const u = new URL(server.url);
      expect(u.password).toBe(secret);
      for (const password of ["", "not-the-password"]) {
        u.password = password;
        const c = new pg.Client({ connectionString: u.toString() });
        await expect(c.connect()).rejects.toThrow(/password/);
        await c.end().catch(() => undefined);
      }
      const ok = new pg.Client({ connectionString: server.url });
      await ok.connect();
      await ok.end();
    } finally {
      await server.stop();
      fs.rmSync(clusterDir, { recursive: true, force: true });
    }
  });
});
