import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { GraphQLError } from "graphql";
import { signToken, verifyAuthorization } from "../common/auth.js";
import type { Config } from "../common/config.js";
import { projectRoot } from "../common/paths.js";
import { DEPARTMENTS, DEPARTMENT_INFO, parseDepartment } from "../shared/departments.js";
import { ErrorCode } from "../shared/error-codes.js";
import { ROLES, type Role } from "../shared/roles.js";

/**
 * The web console's HTTP face (README, "Console"): the built app of console/ at `/` (index.html and its
 * hashed assets, nothing else of the disk), the checked-in API schema and saved operations it shows, and
 * in development a demo sign-in. Every byte the console needs comes from here: it runs on networks cut off
 * from the internet.
 */

/**
 * What the console may load and where it may connect: only this origin. Widened from `default-src 'self'`
 * only where the editor provably needs it:
 * - `style-src 'unsafe-inline'`: React sets `style` attributes, and Monaco writes its theme and layout into
 *   `<style>` elements at run time;
 * - `font-src data:` and `img-src data:`: GraphiQL's and Monaco's stylesheets carry their icon fonts and
 *   icons inline as data: URLs (the build keeps them inline);
 * - `worker-src 'self'`: Monaco's editor, JSON and GraphQL workers, built as files of the console.
 * No `unsafe-eval`, no `unsafe-inline` script, no other origin; nothing may frame the console.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Demo tokens live at most this long (or the hub's LANTIAN_TOKEN_MAX_TTL, when shorter). */
export const DEV_TOKEN_TTL_SECONDS = 3600;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** An asset's name as the build writes them (name-hash.ext): one path segment, no dot-dot, no escapes. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export interface DevTokenRequester {
  remoteAddress: string | undefined;
  headers: http.IncomingHttpHeaders;
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith("::ffff:") ? address.slice(7) : address;
  return a === "::1" || /^127\./.test(a);
}

/** This machine's own names, as a browser opened at http://<name>:<port>/ sends them in Host. */
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/** The origin `value` (a Host header's host[:port], or an Origin header) names, normalised; null when none. */
function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Why a demo token is refused to this requester, or null when it may have one: only in development
 * (not NODE_ENV=production) and only to this machine. A request a proxy forwarded is from elsewhere, even
 * when the proxy itself connects over loopback. And only to a page this machine serves under its own name:
 * a site whose DNS name the attacker rebinds to 127.0.0.1 makes the developer's browser connect over
 * loopback, and its page reads the answer as same-origin, but the browser still sends that site's name in
 * Host; a page of another origin posting here sends its own Origin.
 */
export function devTokenRefusal(nodeEnv: Config["nodeEnv"], who: DevTokenRequester): string | null {
  const use = "open the console at http://127.0.0.1:<port>/ or http://localhost:<port>/ of this machine, or paste a token from `lantian token`";
  if (nodeEnv === "production") return "Demo sign-in is off in production (NODE_ENV=production): paste a token from `lantian token`";
  if (!isLoopback(who.remoteAddress)) return "Demo sign-in answers only requests from this machine (loopback): paste a token from `lantian token`";
  if (who.headers["x-forwarded-for"] || who.headers.forwarded) return "Demo sign-in answers no forwarded request: paste a token from `lantian token`";
  const host = who.headers.host ?? "";
  if (!LOCAL_HOST.test(host)) return `Demo sign-in answers only a request whose Host is localhost, 127.0.0.1 or [::1] (this one names ${JSON.stringify(host.slice(0, 100))}): ${use}`;
  const from = who.headers.origin;
  if (from !== undefined && originOf(from) !== originOf(`http://${host}`)) return `Demo sign-in answers only the console's own page (Origin http://${host.toLowerCase()}), not one of ${JSON.stringify(from.slice(0, 100))}: ${use}`;
  return null;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}) {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

async function readSmallBody(req: http.IncomingMessage, maxBytes: number): Promise<string | null> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > maxBytes) return null;
  }
  return body;
}

/** The saved operations of schema/operations/, by name, as the explorer offers them. */
function savedOperations(dir: string): { name: string; query: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => ({ name: f.slice(0, -".graphql".length), query: fs.readFileSync(path.join(dir, f), "utf8") }));
}

export interface ConsoleOptions {
  nodeEnv: Config["nodeEnv"];
  signingKey: Uint8Array;
  tokenMaxTtlSeconds: number;
  /** the built console; by default dist/console of the checkout */
  dir?: string;
  /** where api.graphql and operations/ are; by default schema/ of the checkout */
  schemaDir?: string;
}

/**
 * The console's handler: answers true when the request was the console's (then it is answered), false to
 * leave it to the server's other paths.
 */
export function consoleHandler(opts: ConsoleOptions): (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean> {
  const dir = opts.dir ?? path.join(projectRoot(), "dist", "console");
  const schemaDir = opts.schemaDir ?? path.join(projectRoot(), "schema");
  const ttlSeconds = Math.min(DEV_TOKEN_TTL_SECONDS, opts.tokenMaxTtlSeconds);
  // the checked-in files change only with a new release: read once
  let schema: string | undefined;
  let operations: string | undefined;

  const headers = (contentType: string, cache: string) => ({
    "content-type": contentType,
    "cache-control": cache,
    "content-security-policy": CONSOLE_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });

  /** Answers a file of the build; false when there is none of that name. */
  const sendFile = (req: http.IncomingMessage, res: http.ServerResponse, file: string, cache: string): boolean => {
    let body: Buffer;
    try {
      body = fs.readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return false;
      throw e;
    }
    res.writeHead(200, { ...headers(TYPES[path.extname(file)] ?? "application/octet-stream", cache), "content-length": String(body.length) });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };

  /** The schema and the saved operations: for a signed-in console only, as introspection would be. */
  const signedIn = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    try {
      await verifyAuthorization(opts.signingKey, req.headers.authorization, opts.tokenMaxTtlSeconds);
      return true;
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      sendError(res, 401, e.message, ErrorCode.UNAUTHENTICATED, { "www-authenticate": "Bearer" });
      return false;
    }
  };

  const devToken = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const refusal = devTokenRefusal(opts.nodeEnv, { remoteAddress: req.socket.remoteAddress, headers: req.headers });
    if (req.method === "GET") {
      const departments = DEPARTMENTS.map((d) => ({ value: d, nameZh: DEPARTMENT_INFO[d].nameZh }));
      return sendJson(res, 200, refusal ? { available: false, reason: refusal, departments: [], roles: [] } : { available: true, departments, roles: ROLES, ttlSeconds });
    }
    if (req.method !== "POST") return sendError(res, 405, "Use GET to ask whether demo sign-in is offered, POST to sign in", ErrorCode.BAD_REQUEST, { allow: "GET, POST" });
    if (refusal) return sendError(res, 403, refusal, ErrorCode.FORBIDDEN);
    // JSON only: a cross-site form cannot send it without a preflight this hub does not answer for /console
    if (!(req.headers["content-type"] ?? "").includes("application/json")) return sendError(res, 415, "Send {department, role} as application/json", ErrorCode.BAD_REQUEST);
    const raw = await readSmallBody(req, 4096);
    let body: { department?: unknown; role?: unknown } = {};
    try {
      body = raw === null ? {} : (JSON.parse(raw) ?? {});
    } catch {
      return sendError(res, 400, "The body is not valid JSON", ErrorCode.BAD_REQUEST);
    }
    const department = typeof body.department === "string" ? parseDepartment(body.department) : undefined;
    const role = ROLES.find((r) => r === body.role) as Role | undefined;
    if (!department || !role) return sendError(res, 400, `Name a department (${DEPARTMENTS.join(", ")}) and a role (${ROLES.join(", ")})`, ErrorCode.BAD_USER_INPUT);
    const token = await signToken(opts.signingKey, { department, role, subject: `console-${DEPARTMENT_INFO[department].slug}-${role}`, ttlSeconds });
    return sendJson(res, 200, { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString() });
  };

  return async (req, res, url) => {
    const p = url.pathname;
    if (p === "/console/dev-token") {
      await devToken(req, res);
      return true;
    }
    if (p === "/console/schema.graphql" || p === "/console/operations.json") {
      if (req.method !== "GET" && req.method !== "HEAD") sendError(res, 405, "Use GET", ErrorCode.BAD_REQUEST, { allow: "GET, HEAD" });
      else if (await signedIn(req, res)) {
        if (p === "/console/schema.graphql") {
          schema ??= fs.readFileSync(path.join(schemaDir, "api.graphql"), "utf8");
          res.writeHead(200, { "content-type": "application/graphql; charset=utf-8", "cache-control": "private, no-cache" });
          res.end(req.method === "HEAD" ? undefined : schema);
        } else {
          operations ??= JSON.stringify(savedOperations(path.join(schemaDir, "operations")));
          res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-cache" });
          res.end(req.method === "HEAD" ? undefined : operations);
        }
      }
      return true;
    }
    const asset = p.startsWith("/assets/") ? p.slice("/assets/".length) : undefined;
    if (p !== "/" && p !== "/index.html" && asset === undefined) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      // not GraphQL-shaped: a client sent here by a URL without /graphql reads it as "not a GraphQL endpoint"
      sendJson(res, 405, { error: "the web console is read with GET; send GraphQL operations to /graphql" }, { allow: "GET, HEAD" });
      return true;
    }
    if (asset !== undefined) {
      // one segment of the build's own names: `..`, slashes and escapes never reach the disk
      const served = ASSET_NAME.test(asset) && sendFile(req, res, path.join(dir, "assets", asset), "public, max-age=31536000, immutable");
      if (!served) sendError(res, 404, `No console asset ${asset.slice(0, 100)}`, ErrorCode.NOT_FOUND);
      return true;
    }
    // not cached: a new build's index.html names new assets
    if (!sendFile(req, res, path.join(dir, "index.html"), "no-cache")) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "60" });
      res.end(`The web console is not built here (no ${path.join(dir, "index.html")}): run \`npm run build\`, then reload. The API is at /graphql.\n`);
    }
    return true;
  };
}
