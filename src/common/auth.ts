import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from "jose";
import { DEFAULT_LIMITS, type Config } from "./config.js";
import { DEPARTMENTS, Department, parseDepartment } from "../shared/departments.js";
import { unauthenticated } from "./errors.js";

import { Role, ROLES } from "../shared/roles.js";

export { Role, ROLES } from "../shared/roles.js";

/** Who is asking: the verified claims of the bearer token. */
export interface Principal {
  department: Department;
  role: Role;
  subject: string;
  /** the token's own id (`jti`), which the per-token rate limit counts; tokens without one count by subject */
  tokenId: string;
}

const ISSUER = "lantian";
const ALG = "HS256";

/**
 * A 32-byte secret kept in `<dataDir>/<name>` (64 hex characters), created on first use. Written whole to a
 * temporary file, then linked into place: the file never exists half-written, and when two processes
 * start at once the second (EEXIST) uses the first one's key.
 */
export function loadKeyFile(dataDir: string, name: string): Uint8Array {
  const file = path.join(dataDir, name);
  const read = (): Uint8Array => {
    const key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "hex");
    // an empty or short key would sign what anyone could forge: refuse it
    if (key.length < 32) throw new Error(`${file} holds no valid key (need 64 hex characters); delete it to have a new one made`);
    return key;
  };
  try {
    return read();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, crypto.randomBytes(32).toString("hex") + "\n", { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return read();
}

/**
 * The signing key: from LANTIAN_JWT_SECRET, or a random key written to the data directory on first use,
 * so that `lantian token` and a server started from the same data directory agree without setup.
 */
/** The token key's file in the data directory, when LANTIAN_JWT_SECRET does not give the key. */
export const SIGNING_KEY_FILE = "jwt.key";

export function loadSigningKey(config: Pick<Config, "jwtSecret" | "dataDir">): Uint8Array {
  if (config.jwtSecret) return new TextEncoder().encode(config.jwtSecret);
  return loadKeyFile(config.dataDir, SIGNING_KEY_FILE);
}

/**
 * The audit chain's key: from LANTIAN_AUDIT_KEY, or a random key beside the token key. It never reaches
 * PostgreSQL, so a database superuser cannot re-link the chain. Every process writing to one database must
 * share it (set LANTIAN_AUDIT_KEY in the distributed form).
 */
export function loadAuditKey(config: Pick<Config, "auditKey" | "dataDir">): Uint8Array {
  if (config.auditKey) return new TextEncoder().encode(config.auditKey);
  return loadKeyFile(config.dataDir, "audit.key");
}

export { parseTtl } from "./config.js";

export async function signToken(
  key: Uint8Array,
  p: { department: Department; role: Role; subject?: string; ttlSeconds: number },
): Promise<string> {
  return new SignJWT({ department: p.department, role: p.role })
    .setProtectedHeader({ alg: ALG })
    .setJti(crypto.randomUUID())
    .setIssuer(ISSUER)
    .setSubject(p.subject ?? `${p.department.toLowerCase()}-${p.role}`)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + p.ttlSeconds)
    .sign(key);
}

/** Tokens whose signature checked out, per signing key; cleared when full (a token is then verified again). */
const verifiedTokens = new WeakMap<Uint8Array, Map<string, JWTPayload>>();
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * Verifies an `Authorization` header value; throws UNAUTHENTICATED (HTTP 401) saying what is wrong.
 * A token may live at most `maxTtlSeconds` (LANTIAN_TOKEN_MAX_TTL): a leaked token with an expiry in the
 * far future would otherwise be good forever.
 */
export async function verifyAuthorization(key: Uint8Array, header: string | undefined | null, maxTtlSeconds = DEFAULT_LIMITS.tokenMaxTtlSeconds): Promise<Principal> {
  if (!header) throw unauthenticated("Missing Authorization header: send 'Authorization: Bearer <token>' (get one with `lantian token`)");
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw unauthenticated("Malformed Authorization header: expected 'Bearer <token>'");
  // A token whose signature was verified under this key is not verified again (a client sends the same
  // token with every request): its times are checked each time, as jwtVerify checks them.
  let verified = verifiedTokens.get(key);
  if (!verified) verifiedTokens.set(key, (verified = new Map()));
  let payload = verified.get(m[1]);
  if (payload) {
    const at = Math.floor(Date.now() / 1000);
    if (typeof payload.exp === "number" && payload.exp <= at) throw unauthenticated("Token expired: get a new one with `lantian token`");
    if (typeof payload.nbf === "number" && payload.nbf > at) throw unauthenticated("Invalid token: it is malformed or not signed by this hub");
  } else {
    try {
      ({ payload } = await jwtVerify(m[1], key, { issuer: ISSUER, algorithms: [ALG] }));
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw unauthenticated("Token expired: get a new one with `lantian token`");
      throw unauthenticated("Invalid token: it is malformed or not signed by this hub");
    }
    if (verified.size >= MAX_VERIFIED_TOKENS) verified.clear();
    verified.set(m[1], payload);
  }
  const department = typeof payload.department === "string" ? parseDepartment(payload.department) : undefined;
  const role = ROLES.find((r) => r === payload.role);
  if (!department || !DEPARTMENTS.includes(department) || !role || typeof payload.sub !== "string") {
    throw unauthenticated("Invalid token: it does not name a known department and role");
  }
  if (typeof payload.exp !== "number") throw unauthenticated("Invalid token: it has no expiry");
  const now = Math.floor(Date.now() / 1000);
  const lifetime = payload.exp - (typeof payload.iat === "number" ? Math.min(payload.iat, now) : now);
  if (payload.exp - now > maxTtlSeconds || lifetime > maxTtlSeconds) {
    throw unauthenticated(`Invalid token: it lives longer than the ${maxTtlSeconds} s this hub allows (LANTIAN_TOKEN_MAX_TTL); get a new one with \`lantian token\``);
  }
  const tokenId = typeof payload.jti === "string" && payload.jti.length <= 200 ? `jti:${payload.jti}` : `sub:${payload.sub}`;
  return { department, role, subject: payload.sub, tokenId };
}
