import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { Role, signToken } from "../../src/common/auth.js";
import { loadConfig, type Config } from "../../src/common/config.js";
import { Department } from "../../src/shared/departments.js";
import { createLogger } from "../../src/common/logger.js";
import { startAllInOne, type RunningServer } from "../../src/server/hub.js";
import { createTestDatabase } from "./db.js";

export const TEST_SECRET = "lantian-test-secret-0123456789abcdef";
/** The audit key of every test hub and of the template database's demo entries, so their chains verify. */
export const TEST_AUDIT_KEY = "lantian-test-audit-key-0123456789abcdef";

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export function token(department: Department, role: Role = Role.MEMBER, ttlSeconds = 3600): Promise<string> {
  return signToken(new TextEncoder().encode(TEST_SECRET), { department, role, ttlSeconds });
}

/**
 * POSTs an operation; `auth` is a token, a raw Authorization header (`{ header }`) or null for none. It
 * accepts the GraphQL-over-HTTP media type, under which a request error (parse, validation, a limit) is
 * HTTP 400; under the legacy application/json it would be 200 (test/graphql-over-http.test.ts).
 */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth: string | { header: string } | null,
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/graphql-response+json" };
  if (typeof auth === "string") headers.authorization = `Bearer ${auth}`;
  else if (auth) headers.authorization = auth.header;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GqlResponse<T>, "status">;
  return { status: res.status, ...body };
}

/** Asserts a response has no errors, printing the operation and the response when it has. */
export function ok<T>(res: GqlResponse<T>, query: string): T {
  expect(res.errors, `operation:\n${query}\nresponse:\n${JSON.stringify(res, null, 2)}`).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data as T;
}

export interface TestHub {
  url: string;
  dbUrl: string;
  server: RunningServer;
  config: Config;
  /** the hub's log lines, parsed (at config.logLevel: "error" unless overridden) */
  logs: Record<string, unknown>[];
  /** runs an operation as department/role and asserts it succeeded */
  query<T = Record<string, unknown>>(q: string, variables?: Record<string, unknown>, as?: [Department, Role?]): Promise<T>;
  stop(): Promise<void>;
}

export type ConfigOverrides = Omit<Partial<Config>, "limits"> & { limits?: Partial<Config["limits"]> };

/** The configuration of a test server on `dbUrl`; `overrides` change settings, e.g. lower limits. */
export function testConfig(dbUrl: string, dataDir: string, overrides: ConfigOverrides = {}): Config {
  const base = loadConfig({});
  return {
    ...base,
    port: 0,
    databaseUrl: dbUrl,
    dataDir,
    jwtSecret: TEST_SECRET,
    auditKey: TEST_AUDIT_KEY,
    demoData: false,
    logLevel: "error",
    nodeEnv: "test",
    ...overrides,
    limits: { ...base.limits, ...overrides.limits },
  };
}

/** The whole hub (gateway and eight in-process subgraphs: the departments' and the hub's) over real HTTP on its own cloned database. */
export async function startTestHub(overrides: ConfigOverrides = {}): Promise<TestHub> {
  const db = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-hub-"));
  const config = testConfig(db.url, dataDir, overrides);
  const logs: Record<string, unknown>[] = [];
  const sink = {
    write(line: string) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      // errors still show in the test output, as before the lines were kept
      if (entry.level === "error") process.stderr.write(line);
    },
  };
  const server = await startAllInOne(config, createLogger(config.logLevel, "test-hub", sink));
  return {
    url: server.url,
    logs,
    dbUrl: db.url,
    server,
    config,
    async query(q, variables = {}, as = [Department.ENVIRONMENT, Role.ANALYST]) {
      const res = await gql(server.url, q, variables, await token(as[0], as[1] ?? Role.MEMBER));
      return ok(res, q) as never;
    },
    async stop() {
      await server.stop();
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
