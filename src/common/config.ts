import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { DEPARTMENTS, DEPARTMENT_INFO, Department, parseDepartment } from "../shared/departments.js";
import { ROLES, Role } from "../shared/roles.js";
import { HUB, SUBGRAPH_IDS, subgraphDefaultPort, type SubgraphId } from "../shared/subgraphs.js";

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
  /** the least-privilege login requests run as on a department's own database (the owner's is in departmentDatabaseUrls) */
  runtimeDepartmentDatabaseUrls: Partial<Record<Department, string>>;
  /**
   * the hub's own database (DATABASE_URL_HUB): grants, the audit of reads, usage, the catalogue's figures and
   * the rate-limit counters, overriding databaseUrl for them; every department's process reaches it
   */
  hubDatabaseUrl: string | undefined;
  /** the least-privilege login requests run as on hubDatabaseUrl */
  runtimeHubDatabaseUrl: string | undefined;
  /** port of the embedded PostgreSQL; 0 picks a free one */
  embeddedPgPort: number;
  /** HS256 signing secret; unset means a key file created in dataDir */
  jwtSecret: string | undefined;
  /** the audit chain's HMAC key; unset means a key file created in dataDir */
  auditKey: string | undefined;
  demoData: boolean;
  logLevel: LogLevel;
  /**
   * OpenTelemetry tracing, off unless the operator asks with the standard OTLP settings (README,
   * "Tracing"); the exporter itself reads the endpoint, headers and timeout from the same variables.
   */
  tracing: {
    enabled: boolean;
    /** OTEL_SERVICE_NAME; unset: lantian-gateway, lantian-<subgraph> or lantian (all in one) by process */
    serviceName: string | undefined;
  };
  /** how long to wait for a database connection, and for one statement, before answering DATABASE_UNAVAILABLE */
  database: { connectTimeoutMs: number; statementTimeoutMs: number };
  /** subgraph URLs for the gateway in the distributed form: each department's and the hub's */
  subgraphUrls: Partial<Record<SubgraphId, string>>;
  /**
   * Who may read /metrics (README, "Operating"): with `token`, a scraper sending it as a bearer token;
   * with `loopback`, any request from this machine. Neither (the default): /metrics is not served.
   */
  metrics: { token: string | undefined; loopback: boolean };
  /**
   * The origins of browser apps that may call /graphql from another origin (LANTIAN_CORS_ORIGINS, README
   * "Console"): exact origins such as https://apps.example.gov.cn; none by default.
   */
  corsOrigins: string[];
  /**
   * Who may run only the documents of the trusted-documents manifest (README, "Trusted documents"): every
   * principal (`all`), or those of the departments or roles listed; nobody when all three are empty.
   */
  trustedDocuments: TrustedDocumentsSetting;
  /**
   * Bulk exports (README, "Bulk exports"): how long a finished file is kept in `<dataDir>/exports` before it
   * is removed, and how long one download link stays good (a new one is given by every `exportJob`).
   */
  exports: { retentionSeconds: number; linkTtlSeconds: number };
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

export interface TrustedDocumentsSetting {
  all: boolean;
  departments: readonly Department[];
  roles: readonly Role[];
}

export const TRUSTED_DOCUMENTS_OFF: TrustedDocumentsSetting = { all: false, departments: [], roles: [] };

/**
 * LANTIAN_TRUSTED_DOCUMENTS: `off`, `all`, or a comma-separated list of departments (enum value or slug)
 * and roles; answers a problem to report when the value is none of these.
 */
export function parseTrustedDocuments(value: string | undefined): TrustedDocumentsSetting | string {
  const v = value?.trim().toLowerCase() ?? "";
  if (v === "" || v === "off") return TRUSTED_DOCUMENTS_OFF;
  if (v === "all") return { all: true, departments: [], roles: [] };
  const departments = new Set<Department>();
  const roles = new Set<Role>();
  const unknown: string[] = [];
  for (const item of v.split(",").map((x) => x.trim())) {
    if (!item) continue;
    const role = ROLES.find((r) => r === item);
    const department = role ? undefined : parseDepartment(item);
    if (role) roles.add(role);
    else if (department) departments.add(department);
    else unknown.push(item);
  }
  if (unknown.length || (!departments.size && !roles.size)) {
    const choices = [...DEPARTMENTS.map((d) => DEPARTMENT_INFO[d].slug), ...ROLES].join(", ");
    return `LANTIAN_TRUSTED_DOCUMENTS=${value} must be off, all, or a comma-separated list of departments and roles (${choices})${unknown.length ? `; unknown: ${unknown.join(", ")}` : ""}`;
  }
  return { all: false, departments: [...departments], roles: [...roles] };
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

export const DEFAULT_EXPORTS: Config["exports"] = { retentionSeconds: 7 * 86_400, linkTtlSeconds: 3_600 };

export const DEFAULT_DATABASE_TIMEOUTS: Config["database"] = { connectTimeoutMs: 5_000, statementTimeoutMs: 30_000 };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads a `.env` file into `env` (by default process.env, so every module sees the same settings), if the file
 * exists: a `.env` beside `.env.example` was silently ignored before. A variable already set wins over the file, as
 * with Node's `--env-file`, so one run can override it; the syntax is Node's own (`util.parseEnv`, the `--env-file`
 * parser). Answers the names it set. Values are checked by loadConfig like any others.
 */
export function loadEnvFile(file: string, env: Env = process.env): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return [];
    throw e;
  }
  const set: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    set.push(name);
  }
  return set;
}

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

  /** A comma-separated list of exact origins (scheme, host and port, no path): a wildcard would let any site call with a user's token. */
  const origins = (name: string): string[] => {
    const list = (str(name) ?? "").split(",").map((o) => o.trim()).filter(Boolean);
    for (const o of list) {
      let origin: string | undefined;
      try {
        origin = new URL(o).origin;
      } catch {
        // below
      }
      if (origin !== o || !/^https?:/.test(o)) problems.push(`${name}: ${o} is not an origin; list origins such as https://apps.example.gov.cn, comma-separated (no path, no trailing slash, no wildcard)`);
    }
    return list;
  };

  const pg = ["postgres:", "postgresql:"];
  const config: Config = {
    nodeEnv: oneOf<Config["nodeEnv"]>("NODE_ENV", "development", ["development", "production", "test"]),
    host: str("HOST") ?? "127.0.0.1",
    port: int("PORT", 4000, 0, 65535),
    dataDir: path.resolve(cwd, str("LANTIAN_DATA_DIR") ?? ".lantian"),
    databaseUrl: url("DATABASE_URL", pg),
    runtimeDatabaseUrl: url("LANTIAN_RUNTIME_DATABASE_URL", pg),
    ...databaseUrls(urls, pg, problems),
    embeddedPgPort: int("LANTIAN_PG_PORT", 0, 0, 65535),
    jwtSecret: secret("LANTIAN_JWT_SECRET"),
    auditKey: secret("LANTIAN_AUDIT_KEY"),
    demoData: bool("LANTIAN_DEMO_DATA", true),
    logLevel: oneOf<LogLevel>("LOG_LEVEL", "info", ["debug", "info", "warn", "error", "silent"]),
    tracing: tracingOf(str, url, bool, problems),
    database: {
      connectTimeoutMs: int("LANTIAN_DB_CONNECT_TIMEOUT_MS", DEFAULT_DATABASE_TIMEOUTS.connectTimeoutMs, 100, 600_000),
      statementTimeoutMs: int("LANTIAN_DB_STATEMENT_TIMEOUT_MS", DEFAULT_DATABASE_TIMEOUTS.statementTimeoutMs, 100, 3_600_000),
    },
    trustedDocuments: (() => {
      const setting = parseTrustedDocuments(str("LANTIAN_TRUSTED_DOCUMENTS"));
      if (typeof setting === "string") problems.push(setting);
      return typeof setting === "string" ? TRUSTED_DOCUMENTS_OFF : setting;
    })(),
    subgraphUrls: urls("LANTIAN_SUBGRAPH_URL_", SUBGRAPH_IDS, "subgraph", ["http:", "https:"]),
    metrics: { token: secret("LANTIAN_METRICS_TOKEN"), loopback: bool("LANTIAN_METRICS_LOOPBACK", false) },
    exports: {
      retentionSeconds: ttl("LANTIAN_EXPORT_RETENTION", DEFAULT_EXPORTS.retentionSeconds),
      linkTtlSeconds: ttl("LANTIAN_EXPORT_LINK_TTL", DEFAULT_EXPORTS.linkTtlSeconds),
    },
    corsOrigins: origins("LANTIAN_CORS_ORIGINS"),
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

/**
 * DATABASE_URL_<DEPARTMENT> and DATABASE_URL_HUB (a department's own database, the hub's own), each with
 * its runtime login LANTIAN_RUNTIME_DATABASE_URL_<…>, as LANTIAN_RUNTIME_DATABASE_URL is DATABASE_URL's.
 * A runtime login without the owner's URL it belongs to is a problem: the owner is who grants it its rights.
 */
function databaseUrls(
  urls: (prefix: string, ids: readonly SubgraphId[], kind: string, protocols: string[]) => Partial<Record<SubgraphId, string>>,
  pg: string[],
  problems: string[],
): Pick<Config, "departmentDatabaseUrls" | "runtimeDepartmentDatabaseUrls" | "hubDatabaseUrl" | "runtimeHubDatabaseUrl"> {
  const kind = "department (or HUB)";
  const owner = urls("DATABASE_URL_", SUBGRAPH_IDS, kind, pg);
  const runtime = urls("LANTIAN_RUNTIME_DATABASE_URL_", SUBGRAPH_IDS, kind, pg);
  for (const id of Object.keys(runtime) as SubgraphId[]) {
    if (!owner[id]) problems.push(`LANTIAN_RUNTIME_DATABASE_URL_${id} needs DATABASE_URL_${id}: the runtime login is granted its rights by that database's owner`);
  }
  const { [HUB]: hubDatabaseUrl, ...departmentDatabaseUrls } = owner;
  const { [HUB]: runtimeHubDatabaseUrl, ...runtimeDepartmentDatabaseUrls } = runtime;
  return { departmentDatabaseUrls, runtimeDepartmentDatabaseUrls, hubDatabaseUrl, runtimeHubDatabaseUrl };
}

/** The owner's URL of the hub's own records: DATABASE_URL_HUB, else the shared DATABASE_URL (else none: see Databases.open). */
export function hubDatabaseUrl(config: Pick<Config, "hubDatabaseUrl" | "databaseUrl">): string | undefined {
  return config.hubDatabaseUrl ?? config.databaseUrl;
}

/**
 * The runtime login configured for the database whose owner's URL is `ownerUrl`: LANTIAN_RUNTIME_DATABASE_URL_HUB
 * for DATABASE_URL_HUB, …_<DEPARTMENT> for DATABASE_URL_<DEPARTMENT>, LANTIAN_RUNTIME_DATABASE_URL for
 * DATABASE_URL; undefined when none is (roles.ts then makes one, or runs as the owner).
 */
export function runtimeDatabaseUrlOf(
  config: Pick<Config, "databaseUrl" | "runtimeDatabaseUrl" | "departmentDatabaseUrls" | "runtimeDepartmentDatabaseUrls" | "hubDatabaseUrl" | "runtimeHubDatabaseUrl">,
  ownerUrl: string,
): string | undefined {
  const pairs: [string | undefined, string | undefined][] = [
    [config.hubDatabaseUrl, config.runtimeHubDatabaseUrl],
    ...DEPARTMENTS.map((d) => [config.departmentDatabaseUrls[d], config.runtimeDepartmentDatabaseUrls[d]] as [string | undefined, string | undefined]),
    [config.databaseUrl, config.runtimeDatabaseUrl],
  ];
  // one database may be named by several settings (DATABASE_URL_GRID = DATABASE_URL): the first runtime login given for it
  return pairs.find(([owner, runtime]) => owner === ownerUrl && runtime !== undefined)?.[1];
}

/**
 * The OpenTelemetry SDK's own switches, read as its specification says, with one difference: tracing is
 * off unless asked for (OTEL_TRACES_EXPORTER=otlp, or an OTLP endpoint set), so a hub nobody collects
 * traces from loads no SDK and exports nothing. Only OTLP over HTTP with JSON is built in.
 */
function tracingOf(
  str: (name: string) => string | undefined,
  url: (name: string, protocols: string[]) => string | undefined,
  bool: (name: string, fallback: boolean) => boolean,
  problems: string[],
): Config["tracing"] {
  const endpoints = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"].map((name) => url(name, ["http:", "https:"]));
  const endpoint = endpoints.find((e) => e !== undefined);
  const exporter = str("OTEL_TRACES_EXPORTER");
  if (exporter !== undefined && exporter !== "otlp" && exporter !== "none") problems.push(`OTEL_TRACES_EXPORTER=${exporter} must be otlp or none`);
  for (const name of ["OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"]) {
    const protocol = str(name);
    // the exporter built in sends JSON; a collector's OTLP/HTTP port (4318) takes JSON and protobuf alike
    if (protocol !== undefined && protocol !== "http/json") problems.push(`${name}=${protocol}: only http/json is supported (OTLP/HTTP collectors accept it on the same port)`);
  }
  const disabled = bool("OTEL_SDK_DISABLED", false);
  const enabled = !disabled && (exporter === "otlp" || (exporter === undefined && endpoint !== undefined));
  return { enabled, serviceName: str("OTEL_SERVICE_NAME") };
}

export function defaultSubgraphUrl(s: SubgraphId): string {
  return `http://127.0.0.1:${subgraphDefaultPort(s)}/graphql`;
}
