import type { MigrationObject } from "@mikro-orm/core";
import { Department } from "../src/shared/departments.js";
import { agricultureDatasetMigrations } from "./agriculture-datasets.js";
import { agricultureMigrations } from "./agriculture.js";
import { Migration20261128000002HubContributionBatches, recordHistoryMigration } from "./contribution-path.js";
import { Migration20261128000003EnvironmentAirQuality } from "./environment-air-quality.js";
import { Migration20261128000005EnvironmentEmergency } from "./environment-emergency.js";
import { environmentEvidenceMigrations } from "./environment-evidence.js";
import { environmentGateRecordMigrations } from "./environment-gate-records.js";
import { environmentMigrations } from "./environment.js";
import { gridDatasetMigrations } from "./grid-datasets.js";
import { gridMigrations } from "./grid.js";
import { housingDatasetMigrations } from "./housing-datasets.js";
import { housingMigrations } from "./housing.js";
import { hubAuditKeyedMigrations } from "./hub-audit-keyed.js";
import { hubRateLimitMigrations } from "./hub-rate-limits.js";
import { hubMigrations } from "./hub.js";
import { Migration20261128000010HubTrust } from "./hub-trust.js";
import { marketRegulationDatasetMigrations } from "./market-regulation-datasets.js";
import { marketRegulationMigrations } from "./market-regulation.js";
import { publicSecurityDatasetMigrations } from "./public-security-datasets.js";
import { publicSecurityMigrations } from "./public-security.js";
import { transportDatasetMigrations } from "./transport-datasets.js";
import { transportMigrations } from "./transport.js";

/**
 * Each department's migrations, applied and recorded in its own schema, so a department's database
 * can be moved or upgraded on its own. `hub` runs on every database.
 */
export const MIGRATIONS: Record<Department | "HUB", MigrationObject[]> = {
  HUB: [
    ...hubMigrations,
    { name: "Migration20261128000002HubContributionBatches", class: Migration20261128000002HubContributionBatches },
    { name: "Migration20261128000010HubTrust", class: Migration20261128000010HubTrust },
    ...hubRateLimitMigrations,
    ...hubAuditKeyedMigrations,
  ],
  ENVIRONMENT: [
    ...environmentMigrations,
    recordHistoryMigration("environment"),
    { name: "Migration20261128000003EnvironmentAirQuality", class: Migration20261128000003EnvironmentAirQuality },
    { name: "Migration20261128000005EnvironmentEmergency", class: Migration20261128000005EnvironmentEmergency },
    ...environmentEvidenceMigrations,
    ...environmentGateRecordMigrations,
  ],
  PUBLIC_SECURITY: [...publicSecurityMigrations, recordHistoryMigration("public_security"), ...publicSecurityDatasetMigrations],
  HOUSING: [...housingMigrations, recordHistoryMigration("housing"), ...housingDatasetMigrations],
  TRANSPORT: [...transportMigrations, recordHistoryMigration("transport"), ...transportDatasetMigrations],
  AGRICULTURE: [...agricultureMigrations, recordHistoryMigration("agriculture"), ...agricultureDatasetMigrations],
  MARKET_REGULATION: [...marketRegulationMigrations, recordHistoryMigration("market_regulation"), ...marketRegulationDatasetMigrations],
  GRID: [...gridMigrations, recordHistoryMigration("grid"), ...gridDatasetMigrations],
};
