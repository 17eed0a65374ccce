import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { signToken, type Role } from "../src/common/auth.js";
import type { Department } from "../src/shared/departments.js";
import { projectRoot } from "../src/common/paths.js";
import { freePort } from "../src/db/embedded-postgres.js";

/** Signs the benchmark hubs' tokens (their LANTIAN_JWT_SECRET), for processes started beside them. */
export const BENCH_SECRET = "lantian-bench-secret-0123456789abcdef";

export interface BenchHub {
  url: string;
  dbUrl: string;
  /** the hub's data directory (its embedded cluster); removed by stop() unless kept */
  dataDir: string;
  token(department: Department, role: Role): Promise<string>;
  /** stops the hub; `keepData` leaves the data directory for another start on it */
  stop(opts?: { keepData?: boolean }): Promise<void>;
}

/**
 * Starts `lantian serve` as its own process (a fresh data directory, embedded PostgreSQL) so the
 * benchmark's client and the hub do not share an event loop, and the numbers are those of a real call.
 */
export async function startBenchHub(opts: { demoData?: boolean; env?: Record<string, string>; dataDir?: string } = {}): Promise<BenchHub> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "lantian-bench-"));
  fs.chmodSync(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(process.execPath, [...(process.env.LANTIAN_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.LANTIAN_BENCH_PROFILE}`] : []), path.join(projectRoot(), "dist", "src", "cli", "main.js"), "serve"], {
    env: { ...process.env, LANTIAN_DATA_DIR: dataDir, PORT: String(port), LANTIAN_PG_PORT: String(pgPort), LANTIAN_JWT_SECRET: BENCH_SECRET, LANTIAN_DEMO_DATA: String(opts.demoData ?? false), LOG_LEVEL: "warn", ...opts.env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) break;
    } catch {
      /* starting */
    }
    if (i > 600 || child.exitCode !== null) throw new Error("the hub did not become ready");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    // the owner's URL, password included, as the hub writes it for operators
    dbUrl: (JSON.parse(fs.readFileSync(path.join(dataDir, "postgres.json"), "utf8")) as { url: string }).url,
    token: (department, role) => signToken(new TextEncoder().encode(BENCH_SECRET), { department, role, ttlSeconds: 3600 }),
    async stop({ keepData = false } = {}) {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.on("exit", r));
      }
      if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

export function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
