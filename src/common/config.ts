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
  /**
   * Who may read /metrics (README, "Operating"): with `token`, a scraper sending it as a bearer token;
   * with `loopback`, any request from this machine. Neither (the default): /metrics is not served.
   */
  metrics: { token: string | undefined; loopback: boolean };
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
  /** A set variable through `parse`, which answers undefined for a value that is not `what`; `fallback` when unset. */
  const parsed = <T>(name: string, fallback: T, what: string, parse: (v: string) => T | undefined): T => {
    const v = str(name);
    if (v === undefined) return fallback;
    const value = parse(v);
    if (value === undefined) problems.push(`${name}=${v} is not ${what}`);
    return value ?? fallback;
  };
  const int = (name: string, fallback: number, min: number, max: number): number =>
    parsed(name, fallback, `an integer between ${min} and ${max}`, (v) => {
      const n = Number(v);
      return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
    });
  const bool = (name: string, fallback: boolean): boolean =>
    parsed(name, fallback, "a boolean (use true or false)", (v) => (/^(1|true|yes|on)$/i.test(v) ? true : /^(0|false|no|off)$/i.test(v) ? false : undefined));
  const ttl = (name: string, fallback: number): number =>
    parsed(name, fallback, "a duration (a number followed by s, m, h or d, e.g. 30d)", (v) => {
      try {
        return parseTtl(v);
      } catch {
        return undefined;
      }
    });
  const oneOf = <T extends string>(name: string, fallback: T, values: readonly T[]): T => {
    const v = str(name) ?? fallback;
    if (!values.includes(v as T)) problems.push(`${name}=${v} must be ${values.slice(0, -1).join(", ")} or ${values.at(-1)}`);
    return v as T;
  };
  const secret = (name: string): string | undefined => {
    const v = str(name);
    if (v !== undefined && v.length < 32) problems.push(`${name} must be at least 32 characters`);
    return v;
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
  /** The URLs of `<prefix><id>` variables by id; a variable naming no known id is a problem. */
  const urls = <K extends string>(prefix: string, ids: readonly K[], kind: string, protocols: string[]): Partial<Record<K, string>> => {
    const given = ids.map((id) => [id, url(`${prefix}${id}`, protocols)] as const).filter(([, u]) => u !== undefined);
    for (const name of Object.keys(env)) {
      const id = name.startsWith(prefix) ? name.slice(prefix.length) : "";
      if (id && !ids.includes(id as K)) problems.push(`${name}: unknown ${kind} ${id} (one of ${ids.join(", ")})`);
    }
    return Object.fromEntries(given) as Partial<Record<K, string>>;
  };

  const pg = ["postgres:", "postgresql:"];
  const config: Config = {
    nodeEnv: oneOf<Config["nodeEnv"]>("NODE_ENV", "development", ["development", "production", "test"]),
    host: str("HOST") ?? "127.0.0.1",
    port: int("PORT", 4000, 0, 65535),
    dataDir: path.resolve(cwd, str("LANTIAN_DATA_DIR") ?? ".lantian"),
    databaseUrl: url("DATABASE_URL", pg),
    runtimeDatabaseUrl: url("LANTIAN_RUNTIME_DATABASE_URL", pg),
    departmentDatabaseUrls: urls("DATABASE_URL_", DEPARTMENTS, "department", pg),
    embeddedPgPort: int("LANTIAN_PG_PORT", 0, 0, 65535),
    jwtSecret: secret("LANTIAN_JWT_SECRET"),
    auditKey: secret("LANTIAN_AUDIT_KEY"),
    demoData: bool("LANTIAN_DEMO_DATA", true),
    logLevel: oneOf<LogLevel>("LOG_LEVEL", "info", ["debug", "info", "warn", "error", "silent"]),
    database: {
      connectTimeoutMs: int("LANTIAN_DB_CONNECT_TIMEOUT_MS", DEFAULT_DATABASE_TIMEOUTS.connectTimeoutMs, 100, 600_000),
      statementTimeoutMs: int("LANTIAN_DB_STATEMENT_TIMEOUT_MS", DEFAULT_DATABASE_TIMEOUTS.statementTimeoutMs, 100, 3_600_000),
    },
    subgraphUrls: urls("LANTIAN_SUBGRAPH_URL_", SUBGRAPH_IDS, "subgraph", ["http:", "https:"]),
    metrics: { token: secret("LANTIAN_METRICS_TOKEN"), loopback: bool("LANTIAN_METRICS_LOOPBACK", false) },
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
