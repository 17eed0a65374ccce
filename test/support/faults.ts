import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { Role, signToken } from "../../src/common/auth.js";
import type { Department } from "../../src/shared/departments.js";
import { freePort } from "../../src/db/embedded-postgres.js";
import { spawnCli, waitFor, type Spawned } from "./process.js";

/**
 * Helpers for the fault and operator tests: hubs run as real `lantian serve` processes on their own data
 * directory, and everything a test starts is remembered here so that `cleanup()` can end it.
 */
export const SECRET = "lantian-fault-secret-0123456789abcdef";

const started: Spawned[] = [];
const dirs: string[] = [];
const groups: number[] = [];
const singles: number[] = [];
const stoppers: (() => Promise<void>)[] = [];

export function token(department: Department, role: Role = Role.MEMBER): Promise<string> {
  return signToken(new TextEncoder().encode(SECRET), { department, role, ttlSeconds: 3600 });
}

/** A temporary directory the postgres OS user can traverse (so the cluster stays inside it), removed by cleanup(). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}

export interface Hub {
  proc: Spawned;
  port: number;
  base: string;
  url: string;
  dataDir: string;
  env: Record<string, string>;
}

export function hubEnv(dataDir: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    LANTIAN_DATA_DIR: dataDir,
    PORT: String(port),
    LANTIAN_DEMO_DATA: "false",
    LANTIAN_JWT_SECRET: SECRET,
    LANTIAN_RATE_LIMIT: "0",
    LOG_LEVEL: "info",
    ...extra,
  };
}

/** Starts `lantian serve` (all-in-one) and waits until /readyz answers 200. */
export async function startHub(dataDir: string, extra: Record<string, string> = {}, port?: number): Promise<Hub & { readyMs: number }> {
  port ??= await freePort();
  const env = hubEnv(dataDir, port, extra);
  const proc = spawnCli(["serve"], env);
  started.push(proc);
  const base = `http://127.0.0.1:${port}`;
  const readyMs = await waitFor(`${base}/readyz`, proc, 60_000);
  return { proc, port, base, url: `${base}/graphql`, dataDir, env, readyMs };
}

/** Remembers a process the test started (for cleanup). */
export function track(p: Spawned): Spawned {
  started.push(p);
  return p;
}

/** Remembers a process group to SIGKILL at cleanup if it is still there (a postgres the test orphaned). */
export function trackGroup(pgid: number): void {
  groups.push(pgid);
}

/** Remembers an async stop (an embedded PostgreSQL the test started itself). */
export function onCleanup(stop: () => Promise<void>): void {
  stoppers.push(stop);
}

export interface AttachInfo {
  url: string;
  dataDir: string;
  pid: number;
}

export function readAttach(dataDir: string): AttachInfo {
  return JSON.parse(fs.readFileSync(path.join(dataDir, "postgres.json"), "utf8")) as AttachInfo;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // a zombie still answers kill(0)
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

export function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** Every live process whose parent is `pid`, and theirs, recursively. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    const p = Number(name);
    if (!Number.isInteger(p)) continue;
    const ppid = parentOf(p);
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), p]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/**
 * Signals a PostgreSQL server as a whole: the postmaster's process group and every process it started.
 * PostgreSQL's child processes (backends, checkpointer, WAL writer) each call setsid() at start, so they are
 * NOT in the postmaster's process group: `kill(-postmaster)` alone reaches the postmaster only. The postmaster
 * is signalled (for a kill: frozen) first so that it forks nothing more, then its children are listed and
 * signalled (for a kill, before the postmaster dies, as they are reparented then): a crash of the whole
 * server at one instant, its shared memory gone with it. Returns the pids signalled.
 */
export function signalCluster(postmaster: number, signal: NodeJS.Signals): number[] {
  const send = (p: number) => {
    try {
      process.kill(-p, signal); // each is its own group leader
    } catch {
      try {
        process.kill(p, signal);
      } catch {
        /* gone */
      }
    }
  };
  if (signal === "SIGKILL") {
    // freeze the postmaster first so that it forks nothing while its children are listed, then kill all
    try {
      process.kill(-postmaster, "SIGSTOP");
    } catch {
      /* gone */
    }
    const all = [postmaster, ...descendants(postmaster)];
    for (const p of all) send(p);
    return all;
  }
  send(postmaster);
  const children = descendants(postmaster);
  for (const p of children) send(p);
  return [postmaster, ...children];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Answer<T = Record<string, unknown>> {
  status: number;
  ms: number;
  retryAfter: string | null;
  text: string;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] } | null;
  /** set when no HTTP answer came (connection refused, reset, our own timeout) */
  failure?: string;
}

/** POSTs a GraphQL operation; never throws: a transport failure is in `failure`. */
export async function post<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown>, tok: string | null, timeoutMs = 20_000): Promise<Answer<T>> {
  const t0 = performance.now();
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (tok) headers.authorization = `Bearer ${tok}`;
  try {
    const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: Answer<T>["body"] = null;
    try {
      body = JSON.parse(text) as Answer<T>["body"];
    } catch {
      /* not JSON */
    }
    return { status: res.status, ms: performance.now() - t0, retryAfter: res.headers.get("retry-after"), text, body };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return { status: 0, ms: performance.now() - t0, retryAfter: null, text: "", body: null, failure: `${err.name}: ${err.message}${err.cause?.code ? ` (${err.cause.code})` : ""}` };
  }
}

export async function getStatus(url: string, timeoutMs = 20_000): Promise<{ status: number; ms: number; failure?: string }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t0 };
  } catch (e) {
    return { status: 0, ms: performance.now() - t0, failure: (e as Error).message };
  }
}

/** A compact description of an answer for assertion messages. */
export function show(a: Answer): string {
  return a.failure ? `no answer after ${Math.round(a.ms)} ms: ${a.failure}` : `HTTP ${a.status} after ${Math.round(a.ms)} ms: ${a.text.slice(0, 600)}`;
}

export async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  c.on("error", () => undefined);
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * A process whose parent is PID 1 (started through a shell that exits at once), recording in `signalLog`
 * every catchable signal it receives; it keeps running until killed.
 */
export async function startDecoy(signalLog: string): Promise<number> {
  const script = `const fs=require("fs");for(const s of ["SIGINT","SIGTERM","SIGQUIT","SIGHUP","SIGUSR1","SIGUSR2"])process.on(s,()=>fs.appendFileSync(${JSON.stringify(signalLog)},s+"\\n"));setInterval(()=>{},1e9);`;
  const child = spawn("sh", ["-c", `"$0" -e '${script.replace(/'/g, "'\\''")}' </dev/null >/dev/null 2>&1 & echo $!`, process.execPath], { detached: true, stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  await new Promise((r) => child.on("exit", r));
  const pid = Number(out.trim());
  if (!Number.isInteger(pid) || pid <= 1) throw new Error(`decoy did not start: ${out}`);
  singles.push(pid);
  // wait until its handlers are installed (node takes a moment to start)
  for (let i = 0; i < 100; i++) {
    try {
      const exe = fs.readlinkSync(`/proc/${pid}/exe`);
      if (exe === fs.realpathSync(process.execPath) && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("setInterval")) break;
    } catch {
      /* starting */
    }
    await sleep(20);
  }
  await sleep(300);
  return pid;
}

/** Ends everything the tests started: hubs and CLIs (SIGTERM, then SIGKILL), leftover postgres groups, temp dirs. */
export async function cleanup(): Promise<void> {
  const running = started.filter((p) => p.child.exitCode === null && p.child.signalCode === null);
  for (const p of running) p.child.kill("SIGTERM");
  await Promise.race([Promise.all(running.map((p) => p.exited)), sleep(10_000)]);
  for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  for (const stop of stoppers) await stop().catch(() => undefined);
  // postgres groups of hubs that did not shut down (killed by a test), as their postgres.json names them
  for (const dir of dirs) {
    try {
      const { pid } = readAttach(dir);
      // only a postgres running in this directory: never signal a stranger
      if (alive(pid) && fs.realpathSync(`/proc/${pid}/cwd`).startsWith(fs.realpathSync(dir))) groups.push(pid);
    } catch {
      /* removed at clean shutdown */
    }
  }
  for (const g of groups) {
    try {
      signalCluster(g, "SIGCONT");
      signalCluster(g, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  for (const pid of singles) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* gone */
    }
  }
  // any postgres process still running in one of our directories (a backend left by a killed postmaster)
  const ours = dirs.map((d) => fs.realpathSync(d));
  for (const name of fs.readdirSync("/proc")) {
    const p = Number(name);
    if (!Number.isInteger(p)) continue;
    try {
      const cwd = fs.realpathSync(`/proc/${p}/cwd`);
      if (path.basename(fs.readlinkSync(`/proc/${p}/exe`)) === "postgres" && ours.some((d) => cwd.startsWith(d + path.sep))) {
        process.kill(p, "SIGCONT");
        process.kill(p, "SIGKILL");
      }
    } catch {
      /* not ours, or gone */
    }
  }
  await sleep(200);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
}
