import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnvFile } from "../src/common/config.js";
import { CLI } from "./support/process.js";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-env-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The built CLI run in `cwd` with exactly `env` (and PATH), its exit code and output. */
function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (c) => (out += c));
  child.stderr.on("data", (c) => (out += c));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out })));
}

describe(".env", () => {
  it("sets the variables the environment does not, with Node's --env-file syntax, and nothing without a file", () => {
    const file = path.join(dir, "unit.env");
    fs.writeFileSync(file, '# the hub\nPORT=4100\nexport HOST=0.0.0.0\nLOG_LEVEL="warn"\nLANTIAN_DATA_DIR=/srv/lantian # data\n');
    const env: Record<string, string | undefined> = { PORT: "4200", LOG_LEVEL: "" };
    expect(loadEnvFile(file, env).sort()).toEqual(["HOST", "LANTIAN_DATA_DIR"]);
    // set in the environment wins, even when empty
    expect(env).toEqual({ PORT: "4200", LOG_LEVEL: "", HOST: "0.0.0.0", LANTIAN_DATA_DIR: "/srv/lantian" });
    expect(loadEnvFile(path.join(dir, "absent.env"), env)).toEqual([]);
  });

  it("is read by the CLI from the current folder at start, below the environment", async () => {
    const cwd = path.join(dir, "checkout");
    fs.mkdirSync(cwd);
    fs.writeFileSync(path.join(cwd, ".env"), `LANTIAN_DATA_DIR=${path.join(dir, "data")}\nLOG_LEVEL=chatty\n`);
    const args = ["token", "--department", "grid", "--role", "member"];
    // the file's bad value is found and reported like any other setting: the file was read
    const fromFile = await run(args, cwd, {});
    expect(fromFile.code, fromFile.out).toBe(2);
    expect(fromFile.out).toContain("LOG_LEVEL=chatty must be");
    // the environment's value wins; the file's data folder is the one the key is made in
    const overridden = await run(args, cwd, { LOG_LEVEL: "error" });
    expect(overridden.code, overridden.out).toBe(0);
    expect(overridden.out.trim().split("\n").pop()).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(fs.existsSync(path.join(dir, "data", "jwt.key"))).toBe(true);
  });
});
