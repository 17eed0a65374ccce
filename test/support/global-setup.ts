import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/common/config.js";
import { DEPARTMENTS } from "../../src/shared/departments.js";
import { createLogger } from "../../src/common/logger.js";
import { Databases, ensureDatabase } from "../../src/db/databases.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/db/embedded-postgres.js";
import { seedDemo } from "../../src/server/hub.js";
import { TEST_AUDIT_KEY } from "./hub.js";

export const TEMPLATE_DB = "lantian_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the test PostgreSQL server's maintenance database */
    pgServerUrl: string;
    templateDb: string;
  }
}

/**
 * One PostgreSQL server per test run (embedded, or DATABASE_URL's server) and one migrated, demo-loaded
 * template database; every test file clones its own database from it with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const log = createLogger("warn", "test");
  let embedded: EmbeddedPostgres | undefined;
  let serverUrl: string;
  let cleanupDir: string | undefined;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = "/postgres";
    serverUrl = u.toString();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lantian-test-"));
    fs.chmodSync(dir, 0o755); // reachable by the postgres user, so the cluster stays here and is removed with it
    cleanupDir = dir;
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), log, fast: true });
    serverUrl = embedded.url;
  }
  const pg = await import("pg");
  const admin = new pg.default.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.end();
  const templateUrl = await ensureDatabase(serverUrl, TEMPLATE_DB);
  const config = { ...loadConfig({}), databaseUrl: templateUrl, auditKey: TEST_AUDIT_KEY };
  const databases = await Databases.open(config, DEPARTMENTS, log);
  try {
    await databases.migrate();
    await seedDemo(databases, log);
  } finally {
    await databases.close();
  }
  project.provide("pgServerUrl", serverUrl);
  project.provide("templateDb", TEMPLATE_DB);
  return async () => {
    await embedded?.stop();
    if (cleanupDir) fs.rmSync(cleanupDir, { recursive: true, force: true });
  };
}
