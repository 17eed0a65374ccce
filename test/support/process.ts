import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../../src/common/paths.js";

/** The built CLI: processes the tests spawn run the compiled JavaScript, as a deployment would. */
export const CLI = path.join(projectRoot(), "dist", "src", "cli", "main.js");

export interface Spawned {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

export function spawnCli(args: string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Polls a URL until it answers 200, failing with the process output when it does not in time. */
export async function waitFor(url: string, proc: Spawned, timeoutMs = 30_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status === 200) return Date.now() - t0;
    } catch {
      /* not listening yet */
    }
    if (proc.child.exitCode !== null) throw new Error(`process exited (${proc.child.exitCode}) before ${url} answered:\n${proc.output()}`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The JSON lines a process logged (its other output left out). */
export function logLines(p: Spawned): Record<string, unknown>[] {
  return p
    .output()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Polls until `find` answers something truthy, failing after `timeoutMs` with `what`. */
export async function eventually<T>(what: string, find: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() - t0 > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
