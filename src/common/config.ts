import path from "node:path";
import { DEPARTMENTS, Department } from "../shared/departments.js";
import { SUBGRAPH_IDS, subgraphDefaultPort, type SubgraphId } from "../shared/subgraphs.js";

/** Parses a duration like 90s, 30m, 8h, 7d into seconds. */
export function parseTtl(ttl: string): number {
  const m = /^(\d+)\s*([smhd])$/.exec(ttl.trim());
  if (!m || Number(m[1]) === 0) throw new Error(`bad duration ${ttl}: use a positive number followed by s, m, h or d (e.g. 8h)`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s" | "m" | "h" | "d"];
}

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface Config {
  nodeEnv: "development" | "production" | "test";
  host: string;
  port: number;
  /** holds the embedded PostgreSQL cluster and the token signing key */
  dataDir: string;
  /** the shared database; unset means an embedded PostgreSQL in dataDir */
  databaseUrl: string | undefined;
  /** the least-privilege login the hub's requests use on databaseUrl (databaseUrl is the owner's, for migrations) */
  runtimeDatabaseUrl: string | undefined;
  /** a department's own database, overriding databaseUrl for it */
  departmentDatabaseUrls: Partial<Record<Department, string>>;
  /** port of the embedded PostgreSQL; 0 picks a free one */
  embeddedPgPort: number;
  /** HS256 signing secret; unset means a key file created in dataDir */
  jwtSecret: string | undefined;
  /** the audit chain's HMAC key; unset means a key file created in dataDir */
  auditKey: string | undefined;
  demoData: boolean;
  logLevel: LogLevel;
  /** how long to wait for a database connection, and for one statement, before answering DATABASE_UNAVAILABLE */
  database: { connectTimeoutMs: number; statementTimeoutMs: number };
  /** subgraph URLs for the gateway in the distributed form: each department's and the hub's */
  subgraphUrls: Partial<Record<SubgraphId, string>>;
  /** hardening: what one request may carry and ask for (README, "Limits") */
  limits: {
    maxBodyBytes: number;
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    /** the assumed length of a list whose length the operation does not state */
    costListSize: number;
    /** requests per department per window at the gateway, shared by every gateway process; 0 = off (every rate limit) */
    rateLimit: number;
    /** requests per token (its `jti`) per window, so one client cannot use up its department's share */
    rateLimitPerToken: number;
    /** requests without a valid token per client address per window, counted in the process */
    rateLimitAnonymous: number;
    rateLimitWindowSeconds: number;
    /** the longest a token may live (exp − iat, and exp − now), checked at verification */
    tokenMaxTtlSeconds: number;
  };
}

/** The published defaults we start from (graphql-armor, Apollo Router), adjusted in the README. */
export const DEFAULT_LIMITS: Config["limits"] = {
  maxBodyBytes: 32 * 1024 * 1024,
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 20_000,
  costListSize: 10,
  rateLimit: 1200,
  rateLimitPerToken: 600,
  rateLimitAnonymous: 60,
  rateLimitWindowSeconds: 60,
  tokenMaxTtlSeconds: 30 * 86_400,
};

export const DEFAULT_DATABASE_TIMEOUTS: Config["database"] = { connectTimeoutMs: 5_000, statementTimeoutMs: 30_000 };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

type Env = Record<string, string | undefined>;

/**
 * Builds the one configuration object from the environment. Every problem is collected, so a bad start
 * lists all of them at once instead of one per attempt.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === "" ? undefined : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const v = str(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${v} is not an integer between ${min} and ${max}`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const v = str(name);
    if (v === undefined) return fallback;
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    if (/^(0|false|no|off)$/i.test(v)) return false;
    problems.push(`${name}=${v} is not a boolean (use true or false)`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const v = str(name);
    if (v === undefined) return undefined;
    try {
      const u = new URL(v);
      if (!protocols.includes(u.protocol)) problems.push(`${name} must use ${protocols.join(" or ")}, got ${u.protocol}`);
    } catch {
      problems.push(`${name} is not a URL: ${v}`);
    }
    return v;
  };

  const ttl = (name: string, fallback: number): number => {
    const v = str(name);
    if (v === undefined) return fallback;
    try {
      return parseTtl(v);
    } catch {
      problems.push(`${name}=${v} is not a duration (a number followed by s, m, h or d, e.g. 30d)`);
      return fallback;
    }
  };

  const nodeEnvRaw = str("NODE_ENV") ?? "development";
  if (!["development", "production", "test"].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV=${nodeEnvRaw} must be development, production or test`);
  }
  const logLevel = (str("LOG_LEVEL") ?? "info") as LogLevel;
  if (!["debug", "info", "warn", "error", "silent"].includes(logLevel)) {
    problems.push(`LOG_LEVEL=${logLevel} must be debug, info, warn, error or silent`);
  }
  const jwtSecret = str("LANTIAN_JWT_SECRET");
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    problems.push("LANTIAN_JWT_SECRET must be at least 32 characters");
  }
  const auditKey = str("LANTIAN_AUDIT_KEY");
  if (auditKey !== undefined && auditKey.length < 32) {
    problems.push("LANTIAN_AUDIT_KEY must be at least 32 characters");
  }

  const pg = ["postgres:", "postgresql:"];
  const departmentDatabaseUrls: Partial<Record<Department, string>> = {};
  const subgraphUrls: Partial<Record<SubgraphId, string>> = {};
  for (const d of DEPARTMENTS) {
    const db = url(`DATABASE_URL_${d}`, pg);
    if (db) departmentDatabaseUrls[d] = db;
  }
  for (const s of SUBGRAPH_IDS) {
    const sub = url(`LANTIAN_SUBGRAPH_URL_${s}`, ["http:", "https:"]);
    if (sub) subgraphUrls[s] = sub;
  }
  for (const name of Object.keys(env)) {
    const db = /^DATABASE_URL_(.+)$/.exec(name);
    if (db && !DEPARTMENTS.includes(db[1] as Department)) {
      problems.push(`${name}: unknown department ${db[1]} (one of ${DEPARTMENTS.join(", ")})`);
    }
    const sub = /^LANTIAN_SUBGRAPH_URL_(.+)$/.exec(name);
    if (sub && !SUBGRAPH_IDS.includes(sub[1] as SubgraphId)) {
      problems.push(`${name}: unknown subgraph ${sub[1]} (one of ${SUBGRAPH_IDS.join(", ")})`);
    }
  }

  const config: Config = {
    nodeEnv: nodeEnvRaw as Config["nodeEnv"],
    host: str("HOST") ?? "127.0.0.1",
    port: int("PORT", 4000, 0, 65535),
    dataDir: path.resolve(cwd, str("LANTIAN_DATA_DIR") ?? ".lantian"),
    databaseUrl: url("DATABASE_URL", pg),
    runtimeDatabaseUrl: url("LANTIAN_RUNTIME_DATABASE_URL", pg),
    departmentDatabaseUrls,
    embeddedPgPort: int("LANTIAN_PG_PORT", 0, 0, 65535),
    jwtSecret,
    auditKey,
    demoData: bool("LANTIAN_DEMO_DATA", true),
    logLevel,
    database: {
      connectTimeoutMs: int("LANTIAN_DB_CONNECT_TIMEOUT_MS", DEFAULT_DATABASE_TIMEOUTS.connectTimeoutMs, 100, 600_000),
      statementTimeoutMs: int("LANTIAN_DB_STATEMENT_TIMEOUT_MS", DEFAULT_DATABASE_TIMEOUTS.statementTimeoutMs, 100, 3_600_000),
    },
    subgraphUrls,
    limits: {
      maxBodyBytes: int("LANTIAN_MAX_BODY_BYTES", DEFAULT_LIMITS.maxBodyBytes, 1024, 1024 * 1024 * 1024),
      maxDepth: int("LANTIAN_MAX_DEPTH", DEFAULT_LIMITS.maxDepth, 1, 1000),
      maxAliases: int("LANTIAN_MAX_ALIASES", DEFAULT_LIMITS.maxAliases, 0, 100_000),
      maxDirectives: int("LANTIAN_MAX_DIRECTIVES", DEFAULT_LIMITS.maxDirectives, 0, 100_000),
      maxTokens: int("LANTIAN_MAX_TOKENS", DEFAULT_LIMITS.maxTokens, 10, 10_000_000),
      maxCost: int("LANTIAN_MAX_COST", DEFAULT_LIMITS.maxCost, 1, 1_000_000_000),
      costListSize: int("LANTIAN_COST_LIST_SIZE", DEFAULT_LIMITS.costListSize, 1, 1_000_000),
      rateLimit: int("LANTIAN_RATE_LIMIT", DEFAULT_LIMITS.rateLimit, 0, 1_000_000_000),
      rateLimitPerToken: int("LANTIAN_RATE_LIMIT_TOKEN", DEFAULT_LIMITS.rateLimitPerToken, 1, 1_000_000_000),
      rateLimitAnonymous: int("LANTIAN_RATE_LIMIT_ANONYMOUS", DEFAULT_LIMITS.rateLimitAnonymous, 1, 1_000_000_000),
      rateLimitWindowSeconds: int("LANTIAN_RATE_LIMIT_WINDOW", DEFAULT_LIMITS.rateLimitWindowSeconds, 1, 86_400),
      tokenMaxTtlSeconds: ttl("LANTIAN_TOKEN_MAX_TTL", DEFAULT_LIMITS.tokenMaxTtlSeconds),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export function defaultSubgraphUrl(s: SubgraphId): string {
  return `http://127.0.0.1:${subgraphDefaultPort(s)}/graphql`;
}
