import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { Role, signToken } from "../src/common/auth.js";
import { Department } from "../src/shared/departments.js";
import { projectRoot } from "../src/common/paths.js";
import { freePort } from "../src/db/embedded-postgres.js";
import { makeCreditCode } from "../src/demo/identifiers.js";

/**
 * Issue 12's hostile-input fuzz: starts `lantian serve` on a fresh data directory (demo data, rate limits
 * off), sends a fixed-seed mix of client mistakes and attacks, at least PER_KIND of each kind, classifies
 * every answer and fails (exit 1) if a client mistake got HTTP 500 or INTERNAL_SERVER_ERROR, an error came
 * without extensions.code, or a body showed SQL, a stack trace, a file path or an internal URL. Then 8
 * concurrent unauthenticated 30 MB bodies while the hub's RSS is sampled: it must stay under 400 MB.
 * Run: npm run bench:fuzz   (FUZZ_SEED, FUZZ_PER_KIND change the seed and the count)
 */

const SEED = Number(process.env.FUZZ_SEED ?? 12);
const PER_KIND = Number(process.env.FUZZ_PER_KIND ?? 120);
const CONCURRENCY = 4;
const REQUEST_TIMEOUT_MS = 30_000;
const TOTAL_BUDGET_MS = 15 * 60_000;
const RSS_LIMIT_MB = 400;
const BIG_BODIES = 8;
const BIG_BODY_BYTES = 30 * 1024 * 1024;
const SECRET = "lantian-fuzz-secret-0123456789abcdef";
const LAST_LOG = path.join(os.tmpdir(), "lantian-fuzz-last-hub.log");

// ---------------------------------------------------------------------------------------------- PRNG
/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

// ------------------------------------------------------------------------------------------- the hub
interface Hub {
  url: string;
  pid: number;
  child: ChildProcess;
  logFile: string;
  stop(keep?: boolean): Promise<void>;
}

/** `lantian serve` on `dataDir`; `stop(keep)` keeps the directory for the next start. */
async function startHub(dataDir: string): Promise<Hub> {
  const logFile = path.join(dataDir, "hub.log");
  const log = fs.openSync(logFile, "a");
  const [port, pgPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [path.join(projectRoot(), "dist", "src", "cli", "main.js"), "serve"], {
    env: {
      ...process.env,
      LANTIAN_DATA_DIR: dataDir,
      HOST: "127.0.0.1",
      PORT: String(port),
      LANTIAN_PG_PORT: String(pgPort),
      LANTIAN_JWT_SECRET: SECRET,
      LANTIAN_DEMO_DATA: "true",
      LANTIAN_RATE_LIMIT: "0",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", log, log],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) break;
    } catch {
      /* starting */
    }
    if (i > 1800 || child.exitCode !== null) throw new Error(`the hub did not become ready; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `${base}/graphql`,
    pid: child.pid!,
    child,
    logFile,
    async stop(keep = false) {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.on("exit", r));
      }
      fs.closeSync(log);
      // the log outlives the data directory, for a look after a failed run
      fs.copyFileSync(logFile, LAST_LOG);
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// -------------------------------------------------------------------------------------- requests
interface Req {
  method?: string;
  headers?: Record<string, string>;
  /** a JSON body (serialised here) or a raw one */
  json?: unknown;
  raw?: string | Buffer;
  query?: string; // for GET: the URL's query string
  /** what to print for an example */
  label: string;
  /** a variant name shown in the table before the answer (which bad token, say) */
  tag?: string;
  /** what this answer in particular must be, beyond the rules for all: a problem, or null */
  expect?: (a: Answer) => string | null;
}

interface Answer {
  status: number;
  text: string;
  body: unknown;
}

async function send(url: string, r: Req): Promise<Answer> {
  const headers: Record<string, string> = { ...(r.json !== undefined ? { "content-type": "application/json" } : {}), ...r.headers };
  const body = r.json !== undefined ? JSON.stringify(r.json) : r.raw;
  try {
    const res = await fetch(r.query !== undefined ? `${url}?${r.query}` : url, {
      method: r.method ?? "POST",
      headers,
      // a Buffer as bytes: with @whatwg-node/fetch's DOM typings loaded, fetch's BodyInit takes no Buffer
      body: (r.method ?? "POST") === "GET" || body === undefined ? undefined : typeof body === "string" ? body : new Uint8Array(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, text, body: parsed };
  } catch (e) {
    return { status: 0, text: `client: ${(e as Error).message}`, body: undefined };
  }
}

// The signs of an answer that tells too much: SQL (text or PostgreSQL's wording), a stack, a path, a URL.
const LEAKS: [string, RegExp][] = [
  ["SQL", /\b(select|insert into|update|delete from)\b[^"]{0,200}\b(from|where|values|set)\b|syntax error at or near|violates .* constraint|invalid byte sequence|invalid input syntax|SQLSTATE|\brelation "|\bpg_[a-z_]+\(|\b(hub|public_security|market_regulation|environment|housing|grid|agriculture|transport)\.[a-z_]{3,}\b/i],
  ["stack", /\n\s+at |\bat [\w.$<>]+ \([^)]*:\d+:\d+\)|Maximum call stack/],
  ["file path", /\/work\/|\.ts:\d|\.js:\d|node_modules|\/tmp\//],
  ["internal URL", /https?:\/\/(127\.0\.0\.1|localhost|0\.0\.0\.0|\[::1\])[:/]/],
];

interface Verdict {
  label: string;
  problems: string[];
}

function judge(a: Answer): Verdict {
  const problems: string[] = [];
  if (a.status === 0) problems.push("no answer");
  if (a.status >= 500 && a.status !== 503) problems.push(`HTTP ${a.status}`);
  const errors = (a.body as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors;
  const codes = new Set<string>();
  if (a.body === undefined) {
    if (a.status !== 0) problems.push("answer is not JSON");
  } else if (errors !== undefined) {
    if (!Array.isArray(errors)) problems.push("errors is not a list");
    else {
      for (const e of errors) {
        const code = e?.extensions?.code;
        if (typeof code !== "string") problems.push("an error without extensions.code");
        else codes.add(code);
      }
    }
  }
  if (codes.has("INTERNAL_SERVER_ERROR")) problems.push("INTERNAL_SERVER_ERROR");
  for (const [what, re] of LEAKS) if (re.test(a.text)) problems.push(`body shows ${what}`);
  // rows refused in a contribution are data, not errors: count their codes too
  const data = (a.body as { data?: Record<string, { errors?: { code: string }[]; accepted?: number; rejected?: number } | null> } | undefined)?.data;
  const rowCodes = new Set<string>();
  for (const v of Object.values(data ?? {})) for (const e of (v && typeof v === "object" && Array.isArray(v.errors) ? v.errors : [])) rowCodes.add(e.code);
  const label = `${a.status} ${codes.size ? [...codes].sort().join("+") : a.body === undefined ? "(not JSON)" : "ok"}${rowCodes.size ? ` rows:${[...rowCodes].sort().join("+")}` : ""}`;
  return { label, problems };
}

// ---------------------------------------------------------------------------------------- the kinds
interface Env {
  rng: Rng;
  tokens: Record<string, string>;
  cursors: { list: string; cursor: string }[];
  accessIds: string[];
  badTokens: [string, string][];
  until: string;
  seq: () => number;
}
type Kind = { name: string; make: (env: Env, i: number) => Req };

const NUL = "\u0000";
const LONE = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const gqlReq = (token: string, query: string, variables: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Req => ({
  headers: bearer(token),
  json: { query, variables, ...extra },
  label: JSON.stringify({ query, variables, ...extra }).slice(0, 300),
});

/** Text arguments across the departments, with the token that may read them. */
const TEXT_ARGS: { who: string; query: string; variable: string }[] = [
  { who: "mr", query: "query($x: ID!) { enterprise(creditCode: $x) { name } }", variable: "x" },
  { who: "ps", query: "query($x: ID!) { vehicle(vin: $x) { plate } }", variable: "x" },
  { who: "ps", query: "query($x: String!) { vehicleByPlate(plate: $x) { vin } }", variable: "x" },
  { who: "mr", query: "query($x: String) { enterprises(filter: { nameContains: $x }) { totalCount } }", variable: "x" },
  { who: "mr", query: "query($x: String) { enterprises(filter: { industryCode: $x }) { totalCount } }", variable: "x" },
  { who: "agr", query: "query($x: ID) { firePoints(regionCode: $x, first: 1) { totalCount } }", variable: "x" },
  { who: "env", query: "query($x: ID!) { region(code: $x) { name } }", variable: "x" },
  { who: "envAdmin", query: "query($x: String) { auditEvents(filter: { kind: $x }, first: 1) { totalCount } }", variable: "x" },
  { who: "env", query: "query($x: ID!) { warning(id: $x) { id } }", variable: "x" },
  { who: "env", query: "query($x: String!) { checkIdentifier(kind: VIN, value: $x) { valid } }", variable: "x" },
  { who: "env", query: "query($x: ID) { warnings(regionCode: $x) { totalCount } }", variable: "x" },
  { who: "env", query: "query($x: String) { indicators(filter: { period: $x }) { totalCount } }", variable: "x" },
  { who: "housing", query: "query($x: ID) { dustChecks(filter: { siteCode: $x }) { totalCount } }", variable: "x" },
  { who: "transport", query: "query($x: ID) { repairs(filter: { vin: $x }) { totalCount } }", variable: "x" },
  { who: "grid", query: "query($x: ID) { electricityReadings(filter: { meterNo: $x }, first: 1) { totalCount } }", variable: "x" },
  { who: "mr", query: "query($x: String) { enterprises(after: $x) { totalCount } }", variable: "x" },
  { who: "envAdmin", query: 'mutation($x: ID!) { decideAccess(requestId: $x, approve: false, note: "fuzz") { id } }', variable: "x" },
  { who: "envAdmin", query: 'mutation($x: String) { decideAccess(requestId: "1", approve: false, note: $x) { id } }', variable: "x" },
];

function randomText(rng: Rng, n: number): string {
  const alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789abc-_ 豫郑州测试";
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

/** A string with `bad` spliced in at a random place. */
function spliced(rng: Rng, bad: string): string {
  const s = randomText(rng, rng.int(0, 24));
  const at = rng.int(0, s.length);
  return s.slice(0, at) + bad + s.slice(at);
}

const enterpriseRow = (n: number) => ({
  creditCode: makeCreditCode(600000 + n), name: `模糊测试${n}有限公司`, regionCode: "410102", address: "郑州市中原区测试路1号",
  industryCode: "3011", industryName: "水泥制造", status: "ACTIVE", establishedOn: "2015-03-01",
});
const CONTRIBUTE = `mutation($b: ID!, $atomic: Boolean, $rows: [EnterpriseInput!]!) { contributeEnterprises(batchId: $b, atomic: $atomic, rows: $rows) { accepted rejected errors { row field code } } }`;
/** A batch with one row of bad text: that row INVALID_TEXT, the others accepted unless the batch is atomic. */
const oneBadRow = (n: number, atomic: boolean) => (a: Answer): string | null => {
  const r = (a.body as { data?: { contributeEnterprises?: { accepted: number; rejected: number; errors: { code: string }[] } } })?.data?.contributeEnterprises;
  if (!r) return "no contribution result";
  if (r.rejected !== 1 || r.errors[0]?.code !== "INVALID_TEXT") return `expected one INVALID_TEXT row, got rejected ${r.rejected} (${r.errors.map((e) => e.code).join(", ")})`;
  if (r.accepted !== (atomic ? 0 : n - 1)) return `expected ${atomic ? 0 : n - 1} accepted, got ${r.accepted}`;
  return null;
};
const ROW_FIELDS = ["creditCode", "name", "regionCode", "address", "industryCode", "industryName", "status", "establishedOn"];

/** Lists and who reads them, for cursors of other lists. */
const LISTS: { list: string; who: string; query: string }[] = [
  { list: "enterprises", who: "mr", query: "query($a: String) { enterprises(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "vehicles", who: "ps", query: "query($a: String) { vehicles(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "monitoringStations", who: "env", query: "query($a: String) { monitoringStations(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "firePoints", who: "agr", query: "query($a: String) { firePoints(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "warnings", who: "env", query: "query($a: String) { warnings(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "fuelSamples", who: "mr", query: "query($a: String) { fuelSamples(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "dustChecks", who: "housing", query: "query($a: String) { dustChecks(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "electricityReadings", who: "grid", query: "query($a: String) { electricityReadings(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "repairs", who: "transport", query: "query($a: String) { repairs(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "passages", who: "ps", query: 'query($a: String) { passages(cityCode: "410100", first: 2, after: $a) { pageInfo { endCursor } } }' },
  { list: "accessRequests", who: "envAdmin", query: "query($a: String) { accessRequests(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "auditEvents", who: "envAdmin", query: "query($a: String) { auditEvents(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "indicators", who: "env", query: "query($a: String) { indicators(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "emergencyList", who: "env", query: "query($a: String) { emergencyList(first: 2, after: $a) { pageInfo { endCursor } } }" },
  { list: "coalReplacements", who: "agr", query: "query($a: String) { coalReplacements(first: 2, after: $a) { pageInfo { endCursor } } }" },
];

const b64 = (s: string) => Buffer.from(s).toString("base64url");

/**
 * JSON nested `levels` deep, written as text: JSON.stringify itself overflows the stack on such values,
 * which is what the hub must not do.
 */
function deep(levels: number, shape: "object" | "array", leaf = '"x"'): string {
  return shape === "object" ? `${'{"a":'.repeat(levels)}${leaf}${"}".repeat(levels)}` : `${"[".repeat(levels)}${leaf}${"]".repeat(levels)}`;
}

/** A request whose variables (and extensions) are given as JSON text. */
const rawReq = (token: string, query: string, variablesJson: string, extensionsJson?: string): Req => {
  const raw = `{"query":${JSON.stringify(query)},"variables":${variablesJson}${extensionsJson ? `,"extensions":${extensionsJson}` : ""}}`;
  return { headers: { ...bearer(token), "content-type": "application/json" }, raw, label: `${raw.slice(0, 200)}… (${raw.length} bytes)` };
};

function operations(): { name: string; text: string }[] {
  const dir = path.join(projectRoot(), "schema", "operations");
  return fs.readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort().map((f) => ({ name: f.replace(/\.graphql$/, ""), text: fs.readFileSync(path.join(dir, f), "utf8") }));
}

const VALUE_PALETTE = (rng: Rng): unknown => rng.pick<() => unknown>([
  () => null, () => true, () => -1, () => 0, () => 2 ** 53, () => 1e308, () => -0.5, () => "", () => spliced(rng, NUL), () => spliced(rng, rng.pick(LONE)),
  () => "2021-02-30", () => "0000-01-01", () => "9999-12-31T23:59:59Z", () => "x".repeat(rng.int(201, 5000)), () => ({ a: 1 }), () => [1, "a", null],
  () => "WzFd", () => "410100", () => "2021-01-01", () => 1000, () => 50, () => "2021-01-15T08:00:00+08:00",
])();

function mutateText(rng: Rng, text: string): string {
  let s = text;
  for (let k = rng.int(1, 4); k > 0; k--) {
    const at = rng.int(0, s.length);
    switch (rng.int(0, 5)) {
      case 0: s = s.slice(0, at) + s.slice(at + rng.int(1, 12)); break;
      case 1: s = s.slice(0, at) + rng.pick(["{", "}", "(", ")", "[", "]", ":", "$", "!", "@", '"', "...", "#", "\n", "\\", "=", "0", "__typename", "fragment", "on"]) + s.slice(at); break;
      case 2: { const from = rng.int(0, s.length); s = s.slice(0, at) + s.slice(from, from + rng.int(1, 40)) + s.slice(at); break; }
      case 3: s = s.replace(/\b[a-z][A-Za-z]{3,}\b/, randomText(rng, 6).replace(/[^A-Za-z]/g, "q") || "zz"); break;
      case 4: s = s.replace(/first: \$first/, `first: ${rng.pick(["0", "-1", "100000", '"a"', "null", "1.5"])}`); break;
      default: s = s.slice(0, at) + rng.pick([NUL, ...LONE, "\u202e", "\uFEFF"]) + s.slice(at);
    }
  }
  return s;
}

function kinds(ops: { name: string; text: string }[]): Kind[] {
  return [
    { name: "operationName naming no operation", make: (e) => gqlReq(e.tokens.env, e.rng.pick(["{__typename}", "query A { __typename }", "query A { __typename } query B { __typename }"]), {}, { operationName: e.rng.pick(["Nope", "a", "X".repeat(300), "__typename", "A B"]) }) },
    { name: "two anonymous operations", make: (e) => gqlReq(e.tokens.env, e.rng.pick(["{ a: __typename } { b: __typename }", "{ __typename } query { __typename }", "{ regions: __typename }\n{ x: __typename }\n{ y: __typename }"])) },
    { name: "subscription", make: (e) => gqlReq(e.tokens.env, e.rng.pick(["subscription { __typename }", "subscription S { warnings { totalCount } }", "subscription { enterprise(creditCode: \"1\") { name } }"]), {}, e.rng.chance(0.5) ? { operationName: "S" } : {}) },
    { name: 'operationName ""', make: (e) => gqlReq(e.tokens.env, e.rng.pick(["{__typename}", "query A { __typename } query B { __typename }", "query A { __typename }"]), {}, { operationName: "" }) },
    {
      name: "NUL in string/ID arguments",
      make: (e) => {
        const t = e.rng.pick(TEXT_ARGS);
        if (e.rng.chance(0.25)) {
          // inline, with GraphQL's escape
          const q = t.query.replace(/query\(\$x: [^)]+\)\s*|mutation\(\$x: [^)]+\)\s*/, t.query.startsWith("mutation") ? "mutation " : "").replace("$x", `"${spliced(e.rng, "\\u0000")}"`);
          return gqlReq(e.tokens[t.who], q);
        }
        return gqlReq(e.tokens[t.who], t.query, { [t.variable]: spliced(e.rng, NUL) });
      },
    },
    {
      name: "NUL in batch rows",
      make: (e) => {
        const n = e.rng.int(1, 5);
        const rows: Record<string, unknown>[] = Array.from({ length: n }, () => enterpriseRow(e.seq()));
        const bad = e.rng.int(0, n - 1);
        rows[bad][e.rng.pick(ROW_FIELDS)] = spliced(e.rng, NUL);
        const atomic = e.rng.chance(0.5);
        return { ...gqlReq(e.tokens.mr, CONTRIBUTE, { b: `fuzz-nul-${e.seq()}`, atomic, rows }), expect: oneBadRow(n, atomic) };
      },
    },
    {
      name: "lone surrogate in batchId",
      make: (e) => gqlReq(e.tokens.mr, CONTRIBUTE, { b: spliced(e.rng, e.rng.pick(LONE)), atomic: false, rows: [enterpriseRow(e.seq())] }),
    },
    {
      name: "lone surrogates elsewhere (args, rows)",
      make: (e) => {
        if (e.rng.chance(0.5)) {
          const rows: Record<string, unknown>[] = [enterpriseRow(e.seq()), enterpriseRow(e.seq())];
          rows[e.rng.int(0, 1)][e.rng.pick(ROW_FIELDS)] = spliced(e.rng, e.rng.pick(LONE));
          const atomic = e.rng.chance(0.5);
          return { ...gqlReq(e.tokens.mr, CONTRIBUTE, { b: `fuzz-lone-${e.seq()}`, atomic, rows }), expect: oneBadRow(2, atomic) };
        }
        const t = e.rng.pick(TEXT_ARGS);
        return gqlReq(e.tokens[t.who], t.query, { [t.variable]: spliced(e.rng, e.rng.pick(LONE)) });
      },
    },
    {
      name: "bad batchId (NUL, empty, too long)",
      make: (e) => gqlReq(e.tokens.mr, CONTRIBUTE, { b: e.rng.pick([spliced(e.rng, NUL), "", "   ", "b".repeat(e.rng.int(201, 3000))]), atomic: e.rng.chance(0.5), rows: [enterpriseRow(e.seq())] }),
    },
    {
      name: "cursors of other lists",
      make: (e) => {
        const target = e.rng.pick(LISTS);
        const others = e.cursors.filter((c) => c.list !== target.list);
        const c = others.length ? e.rng.pick(others).cursor : "WzFd";
        return gqlReq(e.tokens[target.who], target.query, { a: c });
      },
    },
    {
      name: "garbage cursors",
      make: (e) => {
        const target = e.rng.pick(LISTS);
        const own = e.cursors.find((c) => c.list === target.list)?.cursor;
        const tag = own ? (JSON.parse(Buffer.from(own, "base64url").toString()) as unknown[])[0] : "x";
        const garbage = e.rng.pick<() => string>([
          () => "WzFd", () => "!!!", () => "", () => crypto.randomBytes(e.rng.int(1, 60)).toString("base64url"), () => b64("null"), () => b64("[]"), () => b64("{}"),
          () => b64(JSON.stringify([tag, 1, 2, 3])), () => b64(JSON.stringify([tag, { $gt: 0 }])), () => b64(JSON.stringify([tag, `a${NUL}`])), () => b64(JSON.stringify([tag, "\uD800"])),
          () => b64(JSON.stringify([tag, 1e308])), () => b64(JSON.stringify([tag, "not-a-date", "x", "y"])), () => b64(JSON.stringify([tag, "0000-01-01T00:00:00.000Z", "a", "b"])),
          () => b64(JSON.stringify([tag, 99999999999])), () => b64(JSON.stringify([tag, "9".repeat(40)])), () => b64(`[${"[".repeat(5000)}${"]".repeat(5000)}]`),
          () => `${own ?? "WzFd"}${e.rng.pick(["=", "==", "*", "%00"])}`,
        ])();
        return gqlReq(e.tokens[target.who], target.query, { a: garbage });
      },
    },
    {
      name: "DateTime year 0000",
      make: (e) => {
        const at = e.rng.pick(["0000-01-01T00:00:00Z", "0000-12-31T23:59:59+08:00", "0000-06-15T12:00:00.123-05:00"]);
        return e.rng.pick<() => Req>([
          () => gqlReq(e.tokens.env, "query($a: DateTime) { warnings(activeAt: $a) { totalCount } }", { a: at }),
          () => gqlReq(e.tokens.env, `{ warnings(activeAt: "${at}") { totalCount } }`),
          () => gqlReq(e.tokens.ps, `query($f: DateTime) { passages(cityCode: "410100", from: $f, first: 1) { totalCount } }`, { f: at }),
          () => gqlReq(e.tokens.env, `{ observations(from: "${at}", first: 1) { totalCount } }`),
          () => gqlReq(e.tokens.env, 'mutation($a: DateTime) { liftWarning(id: "nope", at: $a) { id } }', { a: at }),
        ])();
      },
    },
    {
      name: "out-of-range dates",
      make: (e) => {
        const y = e.rng.pick([e.rng.int(0, 1899), e.rng.int(2101, 9999)]);
        const d = `${String(y).padStart(4, "0")}-${String(e.rng.int(1, 12)).padStart(2, "0")}-${String(e.rng.int(1, 28)).padStart(2, "0")}`;
        return e.rng.pick<() => Req>([
          () => gqlReq(e.tokens.agr, "query($f: Date) { firePoints(from: $f, first: 1) { totalCount } }", { f: d }),
          () => gqlReq(e.tokens.agr, `{ firePoints(from: "${d}", first: 1) { totalCount } }`),
          () => gqlReq(e.tokens.env, `{ region(code: "410100") { airQuality(from: "${d}", to: "2021-01-31") { days } } }`),
          () => gqlReq(e.tokens.mr, "query($f: Date) { fuelSamples(filter: { from: $f }, first: 1) { totalCount } }", { f: d }),
          () => gqlReq(e.tokens.grid, `mutation($u: Date!) { requestAccess(dataset: FUEL_SAMPLES, purpose: "fuzzing the until date", until: $u) { id } }`, { u: d }),
          () => gqlReq(e.tokens.mr, CONTRIBUTE, { b: `fuzz-date-${e.seq()}`, atomic: false, rows: [{ ...enterpriseRow(e.seq()), establishedOn: d }] }),
        ])();
      },
    },
    {
      name: "inline bad Dates",
      make: (e) => {
        const d = e.rng.pick(["2021-02-30", "2021-13-01", "2021-00-10", "2021-04-31", "2021-1-1", "21-01-01", "2021/01/01", "2021-02-29", "tomorrow", "", "2021-01-01T00:00:00Z"]);
        return e.rng.pick<() => Req>([
          () => gqlReq(e.tokens.agr, `{ firePoints(from: "${d}") { totalCount } }`),
          () => gqlReq(e.tokens.agr, `{ firePoints(from: "2021-01-01", to: "${d}") { totalCount } }`),
          () => gqlReq(e.tokens.agr, `{ firePoints(from: ${e.rng.pick(["20210101", "true", "null", "[]", "{a: 1}"])}) { totalCount } }`),
          () => gqlReq(e.tokens.housing, `{ dustChecks(filter: { from: "${d}" }) { totalCount } }`),
        ])();
      },
    },
    {
      name: "deeply nested variables",
      make: (e) => {
        const levels = e.rng.pick([100, 1000, 10_000, 10_000, 20_000]);
        return e.rng.pick<() => Req>([
          () => rawReq(e.tokens.mr, "query($f: EnterpriseFilter) { enterprises(filter: $f) { totalCount } }", `{"f":${deep(levels, "object")}}`),
          () => rawReq(e.tokens.mr, CONTRIBUTE, `{"b":"fuzz-deep-${e.seq()}","rows":${deep(levels, "array", JSON.stringify(enterpriseRow(e.seq())))}}`),
          () => rawReq(e.tokens.mr, 'mutation($r: [VehicleInspectionInput!]!) { contributeVehicleInspections(batchId: "d", rows: $r) { accepted } }', `{"r":[{"inspectionNo":"X1","measuredValues":${deep(levels, e.rng.pick(["object", "array"] as const))}}]}`),
          () => rawReq(e.tokens.env, "{ __typename }", `{"unused":${deep(levels, "object")}}`),
          () => rawReq(e.tokens.env, "{ __typename }", "{}", deep(levels, "object")),
        ])();
      },
    },
    {
      name: "persisted-query extensions malformed or unknown",
      make: (e) => {
        const q = "{ __typename }";
        const pq = e.rng.pick<() => unknown>([
          () => ({ version: 1, sha256Hash: crypto.randomBytes(32).toString("hex") }),
          () => ({ version: 2, sha256Hash: "abc" }),
          () => ({ version: 1 }),
          () => ({ version: "1", sha256Hash: 5 }),
          () => "persisted",
          () => null,
          () => [],
          () => ({ version: 1, sha256Hash: "0".repeat(64) }),
        ])();
        return gqlReq(e.tokens.env, q, {}, e.rng.chance(0.5) ? { query: undefined, extensions: { persistedQuery: pq } } : { extensions: { persistedQuery: pq } });
      },
    },
    {
      name: "bad JSON",
      make: (e) => {
        const raw = e.rng.pick<() => string | Buffer>([
          () => '{"query": "{__typename}"', () => '{"query": }', () => "", () => "null", () => "[]", () => "123", () => '"str"', () => '{"query": 5}', () => '{"query": null}',
          () => '{"query": "{__typename}", "variables": "x"}', () => '{"query": "{__typename}", "variables": [1]}', () => "\uFEFF{\"query\": \"{__typename}\"}", () => crypto.randomBytes(e.rng.int(1, 400)),
          () => '{"query": "{__typename}", "operationName": 5}', () => '{"query": "{__typename}", "extensions": 5}', () => `{"query": "{__typename}"}${"}".repeat(e.rng.int(1, 5))}`,
          () => '[{"query": "{__typename}"}, {"query": "{__typename}"}]', () => '{"query": "\\ud800"}', () => '{"query":"{__typename}","query":"{x}"}',
        ])();
        return { headers: { ...bearer(e.tokens.env), "content-type": "application/json" }, raw, label: `raw ${JSON.stringify(raw.toString().slice(0, 80))}` };
      },
    },
    {
      name: "wrong content types and methods",
      make: (e) => {
        const body = JSON.stringify({ query: "{ __typename }" });
        return e.rng.pick<() => Req>([
          () => ({ headers: { ...bearer(e.tokens.env), "content-type": "text/plain" }, raw: body, label: "text/plain" }),
          () => ({ headers: { ...bearer(e.tokens.env), "content-type": "application/xml" }, raw: "<q/>", label: "application/xml" }),
          () => ({ headers: { ...bearer(e.tokens.env), "content-type": "application/x-www-form-urlencoded" }, raw: "query=%7B__typename%7D", label: "form" }),
          () => ({ headers: { ...bearer(e.tokens.env), "content-type": "multipart/form-data; boundary=x" }, raw: "--x\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{}\r\n--x--", label: "multipart" }),
          () => ({ headers: { ...bearer(e.tokens.env), "content-type": "application/graphql" }, raw: "{ __typename }", label: "application/graphql" }),
          () => ({ headers: { ...bearer(e.tokens.env) }, raw: body, label: "no content type" }),
          () => ({ headers: { ...bearer(e.tokens.env), "content-type": "application/json; charset=latin1" }, raw: body, label: "json latin1" }),
          () => ({ headers: { ...bearer(e.tokens.env), "content-type": "application/jsonx" }, raw: body, label: "application/jsonx" }),
          () => ({ method: "GET", headers: bearer(e.tokens.env), query: "query=%7B__typename%7D", label: "GET without preflight header" }),
          () => ({ method: "GET", headers: { ...bearer(e.tokens.env), "apollo-require-preflight": "1" }, query: "query=mutation%7B__typename%7D", label: "GET mutation" }),
          () => ({ method: "PUT", headers: { ...bearer(e.tokens.env), "content-type": "application/json" }, raw: body, label: "PUT" }),
          () => ({ method: "DELETE", headers: bearer(e.tokens.env), label: "DELETE" }),
        ])();
      },
    },
    {
      name: "huge strings",
      make: (e) => {
        const size = e.rng.int(100_000, 2_000_000);
        const huge = "豫".repeat(Math.floor(size / 3));
        return e.rng.pick<() => Req>([
          () => gqlReq(e.tokens.mr, "query($x: ID!) { enterprise(creditCode: $x) { name } }", { x: huge }),
          () => gqlReq(e.tokens.grid, `mutation($p: String!) { requestAccess(dataset: FUEL_SAMPLES, purpose: $p, until: "${e.until}") { id } }`, { p: huge }),
          () => gqlReq(e.tokens.mr, CONTRIBUTE, { b: `fuzz-huge-${e.seq()}`, atomic: false, rows: [{ ...enterpriseRow(e.seq()), address: huge }, enterpriseRow(e.seq())] }),
          () => gqlReq(e.tokens.mr, `{ enterprises(filter: { nameContains: "${"a".repeat(size)}" }) { totalCount } }`),
          () => gqlReq(e.tokens.env, `{ __typename }`, {}, { operationName: "x".repeat(size) }),
        ])();
      },
    },
    {
      name: "bad, expired and absurd tokens",
      make: (e) => {
        const q = "{ enterprises(first: 1) { totalCount } }";
        const [name, header] = e.rng.pick(e.badTokens);
        return { headers: { authorization: header, "content-type": "application/json" }, json: { query: q }, label: `token ${name}: ${header.slice(0, 120)}`, tag: name };
      },
    },
    {
      name: "random mutations of saved operations",
      make: (e) => {
        const op = e.rng.pick(ops);
        const vars = Object.fromEntries([...op.text.matchAll(/\$([A-Za-z]+):/g)].map((m) => [m[1], VALUE_PALETTE(e.rng)]));
        return gqlReq(e.rng.pick([e.tokens.env, e.tokens.envAnalyst, e.tokens.mr, e.tokens.ps]), mutateText(e.rng, op.text), vars, e.rng.chance(0.3) ? { operationName: op.name } : {});
      },
    },
    {
      name: "wrong variable types",
      make: (e) => {
        const t = e.rng.pick(TEXT_ARGS);
        return gqlReq(e.tokens[t.who], t.query, e.rng.chance(0.2) ? {} : { [t.variable]: e.rng.pick<unknown>([1, 1.5, true, { a: "b" }, ["a"], null, 2 ** 64]) });
      },
    },
    {
      name: "over-long text arguments",
      make: (e) => {
        const t = e.rng.pick(TEXT_ARGS);
        return e.rng.chance(0.3)
          ? gqlReq(e.tokens.grid, `mutation($p: String!) { requestAccess(dataset: FUEL_SAMPLES, purpose: $p, until: "${e.until}") { id } }`, { p: "p".repeat(e.rng.int(2001, 20_000)) })
          : gqlReq(e.tokens[t.who], t.query, { [t.variable]: "9".repeat(e.rng.int(201, 5000)) });
      },
    },
    {
      name: "decideAccess on others' and missing requests",
      make: (e) => {
        const id = e.rng.chance(0.6) && e.accessIds.length ? e.rng.pick(e.accessIds) : String(e.rng.pick([0, 1, 999999, 2 ** 53, -1]));
        const who = e.rng.pick(["envAdmin", "agrAdmin", "housingAdmin", "transportAdmin"]);
        return gqlReq(e.tokens[who], `mutation($id: ID!) { ${e.rng.pick(["decideAccess(requestId: $id, approve: true)", "revokeAccess(requestId: $id)"])} { id dataset } }`, { id });
      },
    },
    {
      name: "raw NUL and control characters in the document",
      make: (e) => gqlReq(e.tokens.env, e.rng.pick([`{ __typename${NUL} }`, `{ region(code: "4101${NUL}00") { name } }`, `{ region(code: "4101\u0001") { name } }`, `query ${NUL}A { __typename }`, `# ${NUL}\n{ __typename }`, `{ __typename }${"\uD800"}`])),
    },
    {
      name: "valid operations (control)",
      make: (e) => {
        const op = e.rng.pick(ops);
        const vars: Record<string, unknown> = {};
        for (const m of op.text.matchAll(/\$([A-Za-z]+): ([A-Za-z!\[\]]+)/g)) {
          const [name, type] = [m[1], m[2]];
          if (name === "first") vars.first = 5;
          else if (type.startsWith("Date")) vars[name] = name.toLowerCase().includes("to") ? "2021-01-31" : "2021-01-01";
          else if (/city|region/i.test(name)) vars[name] = "410100";
          else if (/year/i.test(name)) vars[name] = 2021;
        }
        return gqlReq(e.tokens.envAnalyst, op.text, vars);
      },
    },
  ];
}

/** Authorization headers the hub must refuse with 401, by name. */
async function badTokens(key: Uint8Array): Promise<[string, string][]> {
  const now = Math.floor(Date.now() / 1000);
  const sign = (claims: Record<string, unknown>, header: Record<string, unknown> = { alg: "HS256" }, k: Uint8Array = key) =>
    new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(k);
  const good = { department: "ENVIRONMENT", role: "analyst", iss: "lantian", sub: "fuzz", jti: crypto.randomUUID() };
  const none = `${b64(JSON.stringify({ alg: "none" }))}.${b64(JSON.stringify({ ...good, exp: now + 60 }))}.`;
  return [
    ["none", ""],
    ["scheme only", "Bearer"],
    ["basic", "Basic Zm9vOmJhcg=="],
    ["random", `Bearer ${crypto.randomBytes(40).toString("base64url")}`],
    ["a.b.c", "Bearer a.b.c"],
    ["expired", `Bearer ${await sign({ ...good, iat: now - 7200, exp: now - 3600 })}`],
    ["exp 1e20", `Bearer ${await sign({ ...good, iat: now, exp: 1e20 })}`],
    ["exp 1e20 no iat", `Bearer ${await sign({ ...good, exp: 1e20 })}`],
    ["issued in a year", `Bearer ${await sign({ ...good, iat: now + 86400 * 365, exp: now + 86400 * 366 })}`],
    ["not before next year", `Bearer ${await sign({ ...good, nbf: now + 86400 * 365, exp: now + 3600 })}`],
    ["alg none", `Bearer ${none}`],
    ["other secret", `Bearer ${await sign({ ...good, exp: now + 60 }, { alg: "HS256" }, new TextEncoder().encode("another-secret-0123456789abcdefghijkl"))}`],
    ["other issuer", `Bearer ${await sign({ ...good, iss: "someone-else", exp: now + 60 })}`],
    ["unknown department", `Bearer ${await sign({ ...good, department: "NOWHERE", exp: now + 60 })}`],
    ["unknown role", `Bearer ${await sign({ ...good, role: "superuser", exp: now + 60 })}`],
    ["exp not a number", `Bearer ${await sign({ ...good, exp: "tomorrow" })}`],
    ["a year's lifetime", `Bearer ${await sign({ ...good, iat: now, exp: now + 365 * 86400 })}`],
  ];
}

// --------------------------------------------------------------------------------------------- RSS
function rssMb(pid: number): number {
  if (!fs.existsSync(`/proc/${pid}/status`)) return NaN;
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** One unauthenticated POST streaming `bytes` of body; resolves with the status (0 if the socket was cut). */
function bigBody(url: string, bytes: number): Promise<number> {
  return new Promise((resolve) => {
    const u = new URL(url);
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": String(bytes) } });
    let status = 0;
    req.on("response", (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on("end", () => resolve(status));
    });
    req.on("error", () => resolve(status));
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        const n = Math.min(chunk.length, bytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          req.once("drain", write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

// -------------------------------------------------------------------------------------------- main
async function main() {
  const started = Date.now();
  const rng = prng(SEED);
  console.log(`fuzz: seed ${SEED}, at least ${PER_KIND} requests per kind; starting the hub (demo data, rate limits off)...`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-fuzz-"));
  fs.chmodSync(dataDir, 0o755);
  // The demo data is generated in the hub's own process, which leaves its heap large: it is loaded by a
  // first start, and the fuzz (and the memory measure) run on a second start over the same directory.
  const t0 = Date.now();
  await (await startHub(dataDir)).stop(true);
  console.log(`demo data loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s; restarting the hub on it`);
  const hub = await startHub(dataDir);
  let failed = false;
  try {
    const key = new TextEncoder().encode(SECRET);
    const t = (d: Department, r: Role) => signToken(key, { department: d, role: r, ttlSeconds: 3600 });
    const tokens: Record<string, string> = {
      env: await t(Department.ENVIRONMENT, Role.MEMBER), envAnalyst: await t(Department.ENVIRONMENT, Role.ANALYST), envAdmin: await t(Department.ENVIRONMENT, Role.ADMIN),
      mr: await t(Department.MARKET_REGULATION, Role.MEMBER), ps: await t(Department.PUBLIC_SECURITY, Role.MEMBER), agr: await t(Department.AGRICULTURE, Role.MEMBER),
      agrAdmin: await t(Department.AGRICULTURE, Role.ADMIN), housing: await t(Department.HOUSING, Role.MEMBER), housingAdmin: await t(Department.HOUSING, Role.ADMIN),
      transport: await t(Department.TRANSPORT, Role.MEMBER), transportAdmin: await t(Department.TRANSPORT, Role.ADMIN), grid: await t(Department.GRID, Role.MEMBER),
    };
    const until = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

    // Set-up: requests other departments made (for decideAccess probes) and a cursor of every list.
    const accessIds: string[] = [];
    for (const [who, dataset] of [["grid", "FUEL_SAMPLES"], ["housing", "CHECKPOINT_PASSAGES"], ["transport", "ELECTRICITY_READINGS"]] as const) {
      const a = await send(hub.url, gqlReq(tokens[who], `mutation { requestAccess(dataset: ${dataset}, purpose: "fuzz set-up request", until: "${until}") { id } }`));
      const id = (a.body as { data?: { requestAccess?: { id: string } } })?.data?.requestAccess?.id;
      if (id) accessIds.push(id);
    }
    const cursors: { list: string; cursor: string }[] = [];
    for (const l of LISTS) {
      const a = await send(hub.url, gqlReq(tokens[l.who], l.query));
      const data = (a.body as { data?: Record<string, { pageInfo: { endCursor: string | null } }> })?.data;
      const c = data && Object.values(data)[0]?.pageInfo.endCursor;
      if (c) cursors.push({ list: l.list, cursor: c });
    }
    console.log(`set-up: ${accessIds.length} access requests, cursors of ${cursors.length} lists (${cursors.map((c) => c.list).join(", ")})`);

    // Memory first, on a hub at rest: 8 unauthenticated 30 MB bodies at once, its RSS sampled all along.
    const before = rssMb(hub.pid);
    let peak = before;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, rssMb(hub.pid));
      } catch {
        /* exited */
      }
    }, 20);
    const tb = Date.now();
    const statuses = await Promise.all(Array.from({ length: BIG_BODIES }, () => bigBody(hub.url, BIG_BODY_BYTES)));
    await new Promise((r) => setTimeout(r, 200));
    clearInterval(sampler);
    const after = rssMb(hub.pid);
    console.log(`\nmemory: ${BIG_BODIES} concurrent unauthenticated ${BIG_BODY_BYTES / 1024 / 1024} MB bodies in ${((Date.now() - tb) / 1000).toFixed(1)} s, answered ${statuses.join(", ")}`);
    console.log(`  hub RSS (VmRSS of pid ${hub.pid}): ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak, ${after.toFixed(0)} MB after (limit ${RSS_LIMIT_MB} MB)`);
    if (!(peak < RSS_LIMIT_MB)) {
      console.log(`✗ RSS peaked at ${peak.toFixed(0)} MB, over ${RSS_LIMIT_MB} MB`);
      failed = true;
    }

    let n = 0;
    const env: Env = { rng, tokens, cursors, accessIds, badTokens: await badTokens(key), until, seq: () => ++n };
    const all = kinds(operations());
    // Requests are generated in a fixed order from the seed, then sent CONCURRENCY at a time.
    const plan = all.flatMap((k) => Array.from({ length: PER_KIND }, (_, i) => ({ kind: k.name, req: k.make(env, i) })));
    const order = plan.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const table = new Map<string, { total: number; labels: Map<string, number>; problems: number; examples: string[] }>();
    for (const k of all) table.set(k.name, { total: 0, labels: new Map(), problems: 0, examples: [] });
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < order.length && Date.now() - started < TOTAL_BUDGET_MS && hub.child.exitCode === null && hub.child.signalCode === null) {
        const { kind, req } = plan[order[next++]];
        const answer = await send(hub.url, req);
        const v = judge(answer);
        const own = req.expect?.(answer);
        if (own) v.problems.push(own);
        const row = table.get(kind)!;
        row.total++;
        const label = req.tag ? `${req.tag}: ${v.label}` : v.label;
        row.labels.set(label, (row.labels.get(label) ?? 0) + 1);
        if (v.problems.length) {
          row.problems++;
          if (row.examples.length < 3) row.examples.push(`    ${v.problems.join(", ")}\n      request:  ${req.label}\n      response: HTTP ${answer.status} ${answer.text.slice(0, 400)}`);
        }
        if (++done % 500 === 0) console.log(`  ${done} / ${plan.length} sent`);
      }
    };
    const t0 = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - t0) / 1000;
    console.log(`\n${done} requests in ${seconds.toFixed(1)} s (${CONCURRENCY} in flight)${done < plan.length ? `: STOPPED (${hub.child.exitCode !== null || hub.child.signalCode !== null ? "the hub exited" : `the ${TOTAL_BUDGET_MS / 60000}-minute budget`})` : ""}\n`);
    const w = Math.max(...all.map((k) => k.name.length));
    console.log(`${"kind".padEnd(w)}  sent  bad  answers (HTTP status, error codes, row codes)`);
    let problems = 0;
    for (const [kind, row] of table) {
      problems += row.problems;
      const labels = [...row.labels].sort((a, b) => b[1] - a[1]).map(([l, c]) => `${c}× ${l}`).join("; ");
      console.log(`${kind.padEnd(w)}  ${String(row.total).padStart(4)}  ${String(row.problems).padStart(3)}  ${labels}`);
    }
    for (const [kind, row] of table) {
      if (row.examples.length) console.log(`\n✗ ${kind}: ${row.problems} bad answer(s), e.g.\n${row.examples.join("\n")}`);
    }
    if (done < plan.length || [...table.values()].some((r) => r.total < PER_KIND)) {
      console.log(`\n✗ not every kind got ${PER_KIND} requests`);
      failed = true;
    }
    if (problems) failed = true;
    console.log(`hub RSS after the fuzz: ${rssMb(hub.pid).toFixed(0)} MB (for information: the huge-string kind alone sends ~100 MB)`);

    if (hub.child.exitCode !== null || hub.child.signalCode !== null) {
      const tail = fs.readFileSync(hub.logFile, "utf8").split("\n").slice(-15).join("\n");
      console.log(`✗ the hub exited (code ${hub.child.exitCode}, signal ${hub.child.signalCode}); the end of its log:\n${tail}`);
      failed = true;
    }
    // The hub logs a value PostgreSQL refused (its safety net) and every unexpected error: with the checks at
    // the boundary, no client value should get that far.
    const log = fs.readFileSync(hub.logFile, "utf8").split("\n").filter(Boolean);
    const reachedSql = log.filter((l) => /reached SQL/.test(l));
    // JSON lines (pino): the level is a field; access lines (info) are most of the log
    const errorLines = log.filter((l) => l.includes('"level":"error"'));
    console.log(`hub log: ${log.length} lines, ${errorLines.length} at error level, ${reachedSql.length} about a value that reached SQL`);
    for (const l of [...errorLines, ...reachedSql].slice(0, 5)) console.log(`  ${l.slice(0, 300)}`);
    if (reachedSql.length || errorLines.length) {
      console.log("✗ the hub logged errors or client values that reached SQL");
      failed = true;
    }
  } finally {
    await hub.stop();
  }
  console.log(failed ? "\nFUZZ FAILED" : "\nfuzz passed: no 500, no INTERNAL_SERVER_ERROR, every error coded, no leak; RSS under the limit");
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
