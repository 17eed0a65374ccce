import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { createClient, LantianHttpError } from "../src/client/index.js";
import { formatReport, REPORTS } from "../src/reports/index.js";
import { startTestHub, TEST_SECRET, token, type TestHub } from "./support/hub.js";
import { CLI } from "./support/process.js";

/**
 * Issue 20, "A CLI and client that never mislead": variables typed by the operation, a non-GraphQL answer
 * as a clear error, withheld values shown as withheld, no stack for an expected error, a usage error in a
 * line and a pointer to --help, and a warning for a token signed with a key just made.
 */

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  out: string;
}

/** Runs the built CLI to its end, stdout and stderr apart (a token is read from stdout's last line). */
function cli(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, LANTIAN_TOKEN: "t", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, out: stdout + stderr });
    });
  });
}

const STACK = /^\s+at /m;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-cli-honesty-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A server that is not a GraphQL endpoint, on paths that answer the ways a wrong --url does; /graphql echoes. */
let fake: http.Server;
let base: string;
const received: { variables: Record<string, unknown> }[] = [];
beforeAll(async () => {
  fake = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const send = (status: number, type: string, text: string) => res.writeHead(status, { "content-type": type }).end(text);
      if (req.url === "/graphql") {
        received.push(JSON.parse(body));
        return send(200, "application/json", JSON.stringify({ data: { echo: true } }));
      }
      if (req.url === "/html") return send(200, "text/html", "<!doctype html><html><body>Welcome to nginx!</body></html>");
      if (req.url === "/empty") return send(200, "application/json", "{}");
      // what the hub answers on a path that is not its API (a 404 with a JSON body that is not GraphQL; a POST to / gets a 405 of the same kind)
      send(404, "application/json", JSON.stringify({ error: "not found: use /graphql, /healthz or /readyz" }));
    });
  });
  await new Promise<void>((r) => fake.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(fake.address() as net.AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => fake.close(() => r())));

function file(name: string, text: string): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
}

describe("lantian query types each --var by the operation's variable definitions", () => {
  it("sends IDs and Strings as strings (no precision lost), parses Int, Float, Boolean, input objects and lists", async () => {
    const q = file(
      "typed.graphql",
      `query Typed($cc: ID!, $name: String, $n: Int, $x: Float, $b: Boolean, $f: RegionFilter, $l: [Int!], $level: RegionLevel) { regions { code } }`,
    );
    const vars = ["cc=914101009134205449", "name=0012", "n=10", "x=1.5", "b=true", `f={"regionCode":"410100"}`, "l=[1,2]", "level=CITY"];
    const r = await cli(["query", q, "--url", `${base}/graphql`, ...vars.flatMap((v) => ["--var", v])]);
    expect(r.code, r.out).toBe(0);
    expect(received.at(-1)!.variables).toEqual({ cc: "914101009134205449", name: "0012", n: 10, x: 1.5, b: true, f: { regionCode: "410100" }, l: [1, 2], level: "CITY" });
  });

  it("refuses a value that is not of the variable's type, and a variable the operation does not declare, in one line", async () => {
    const q = file("int.graphql", `query Q($n: Int, $ok: Boolean) { regions { code } }`);
    const notInt = await cli(["query", q, "--url", `${base}/graphql`, "--var", "n=ten"]);
    expect(notInt.code).toBe(2);
    expect(notInt.stderr).toMatch(/--var n=ten: \$n is an Int/);
    const notBool = await cli(["query", q, "--url", `${base}/graphql`, "--var", "ok=yes"]);
    expect(notBool.code).toBe(2);
    expect(notBool.stderr).toMatch(/--var ok=yes: \$ok is a Boolean/);
    const undeclared = await cli(["query", q, "--url", `${base}/graphql`, "--var", "m=1"]);
    expect(undeclared.code).toBe(2);
    expect(undeclared.stderr).toMatch(/--var m=1: .*declares no \$m/);
  });
});

describe("a non-GraphQL answer is a clear error with a non-zero exit", () => {
  it("from the client: HTTP status and body shape are checked", async () => {
    const client = createClient({ url: `${base}/`, token: "t", retries: 0 });
    for (const p of ["/", "/html", "/empty"]) {
      const c = createClient({ url: `${base}${p}`, token: "t", retries: 0 });
      const e = await c.requestText("{ regions { code } }").then(() => null, (x: unknown) => x);
      expect(e, p).toBeInstanceOf(LantianHttpError);
      expect((e as LantianHttpError).code, p).toBe("NOT_GRAPHQL");
    }
    const e = await client.requestText("{ regions { code } }").catch((x: LantianHttpError) => x);
    expect((e as LantianHttpError).status).toBe(404);
    expect((e as Error).message).toContain("HTTP 404");
  });

  it("from query, report and import", async () => {
    const q = file("plain.graphql", "{ regions { code } }");
    const csv = file("fire.csv", "id,detectedAt,regionCode,latitude,longitude,source\nf1,2021-06-08T14:30:00+08:00,411621,33.9,114.6,SATELLITE\n");
    for (const url of [`${base}/`, `${base}/html`, `${base}/empty`]) {
      for (const args of [["query", q], ["report", "dust", "--year", "2021"], ["import", "fire-points", csv]]) {
        const r = await cli([...args, "--url", url], {}, tmp);
        const what = `lantian ${args[0]} --url ${url}:\n${r.out}`;
        expect(r.code, what).toBe(1);
        expect(r.stdout.trim(), what).not.toBe("null");
        expect(r.out, what).not.toMatch(/0 errors|TypeError/);
        expect(r.out, what).not.toMatch(STACK);
        expect(r.stderr, what).toMatch(/NOT_GRAPHQL: .* answered HTTP \d+/);
      }
    }
  }, 120_000);
});

describe("expected errors are one line, without a stack", () => {
  it("a syntax error in a query file names file:line:col", async () => {
    const q = file("broken.graphql", "query {\n  regions { code\n}\n");
    const r = await cli(["query", q, "--url", `${base}/graphql`]);
    expect(r.code).toBe(2);
    expect(r.out).not.toMatch(STACK);
    expect(r.stderr.trim()).toMatch(new RegExp(`^lantian: ${q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:1: Syntax Error: Expected Name, found <EOF>\\.$`));
  });

  it("a usage error prints the wrong line and a pointer to --help, not the whole usage", async () => {
    const cases: [string[], RegExp, string][] = [
      [["query", path.join(tmp, "missing.graphql")], /missing\.graphql: no such file/, "lantian query --help"],
      [["query"], /query: expected one <file\.graphql>/, "lantian query --help"],
      [["report", "nosuch"], /unknown report nosuch/, "lantian report --help"],
      [["report", "dust"], /--year is required/, "lantian report --help"],
      [["import"], /import: a dataset is required/, "lantian import --help"],
      [["token", "--bogus"], /--bogus/, "lantian --help"],
    ];
    for (const [args, line, help] of cases) {
      const r = await cli(args);
      const what = `lantian ${args.join(" ")}:\n${r.out}`;
      expect(r.code, what).toBe(2);
      const lines = r.stderr.trim().split("\n");
      expect(lines.length, what).toBeLessThanOrEqual(2);
      expect(lines[0], what).toMatch(line);
      expect(r.stderr, what).toContain(`see \`${help}\``);
      expect(r.out, what).not.toMatch(/Data commands|\n {2}serve/);
    }
  }, 60_000);

  it("serve on a port in use says so in one line", async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const r = await cli(["serve", "--port", String(port)], { LANTIAN_DATA_DIR: path.join(tmp, "busy"), LANTIAN_JWT_SECRET: TEST_SECRET, HOST: "127.0.0.1", LOG_LEVEL: "error" });
      expect(r.code, r.out).toBe(1);
      expect(r.out).not.toMatch(STACK);
      expect(r.stderr.trim()).toMatch(new RegExp(`^lantian: PORT_IN_USE: 127\\.0\\.0\\.1:${port} is in use`));
    } finally {
      busy.close();
    }
  });
});

describe("lantian token and the signing key", () => {
  it("warns on stderr when it just made a new key; stdout's last line stays the token", async () => {
    const dir = path.join(tmp, "fresh-data");
    const env = { LANTIAN_DATA_DIR: dir, LANTIAN_JWT_SECRET: "" };
    const first = await cli(["token", "--department", "environment", "--role", "analyst"], env);
    expect(first.code, first.out).toBe(0);
    expect(first.stdout.trim().split("\n").at(-1)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(first.stderr).toContain(`created a new signing key in ${dir}`);
    expect(first.stderr).toContain("a hub started with another data directory will refuse this token");
    // the key is there now: no warning
    const second = await cli(["token", "--department", "environment", "--role", "analyst"], env);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain("created a new signing key");
  });
});

describe("against a running hub", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub?.stop());

  it("token warns when the hub at LANTIAN_URL refuses the token it printed (signed with another key), and not when it accepts it", async () => {
    const args = ["token", "--department", "environment", "--role", "analyst"];
    const dir = path.join(tmp, "other-data");
    const foreign = await cli(args, { LANTIAN_DATA_DIR: dir, LANTIAN_JWT_SECRET: "another-secret-0123456789abcdefghij", LANTIAN_URL: hub.url });
    expect(foreign.code, foreign.out).toBe(0);
    expect(foreign.stdout.trim().split("\n").at(-1)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(foreign.stderr).toContain(`the hub at ${hub.url} refuses this token (HTTP 401)`);
    const same = await cli(args, { LANTIAN_DATA_DIR: dir, LANTIAN_JWT_SECRET: TEST_SECRET, LANTIAN_URL: hub.url });
    expect(same.code, same.out).toBe(0);
    expect(same.stderr).toBe("");
  });

  // reports show withheld values as withheld, never 0

  it("dust as the grid company: the monitor exceedances it may not read are withheld in table, csv and json", async () => {
    const client = createClient({ url: hub.url, token: await token(Department.GRID, Role.ANALYST) });
    const r = await REPORTS.dust.run(client, { year: "2021" });
    expect(r.notes.some((n) => n.includes("withheld (GRANT_REQUIRED)") && n.includes("dustExceedanceHours")), r.notes.join("\n")).toBe(true);
    const json = JSON.parse(formatReport(r, "json"));
    for (const row of json.rows) {
      expect(row.exceedanceHours, JSON.stringify(row)).toBeNull();
      expect(row.sitesExceeding, JSON.stringify(row)).toBeNull();
    }
    expect(json.withheld).toEqual(expect.arrayContaining(["exceedanceHours", "sitesExceeding"]));
    const table = formatReport(r, "table");
    const header = table.split("\n")[2];
    expect(header).toContain("monitor h>150");
    const zhengzhou = table.split("\n").find((l) => l.startsWith("410100"))!;
    expect(zhengzhou).toMatch(/withheld\s+withheld/);
    const csv = formatReport(r, "csv").split("\n");
    const cols = csv[0].split(",");
    const zz = csv.find((l) => l.startsWith("410100"))!.split(",");
    expect(zz[cols.indexOf("exceedanceHours")]).toBe("");
    expect(zz[cols.indexOf("sitesExceeding")]).toBe("");
  });
});
