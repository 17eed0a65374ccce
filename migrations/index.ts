import type { MigrationObject } from "@mikro-orm/core";
import { SUBGRAPH_IDS, type SubgraphId } from "../src/shared/subgraphs.js";
import { agricultureTables } from "./agriculture/tables.js";
import { environmentTables } from "./environment/tables.js";
import { gridTables } from "./grid/tables.js";
import { housingTables } from "./housing/tables.js";
import { hubTables } from "./hub/tables.js";
import { MIGRATION_LIST } from "./list.generated.js";
import { marketRegulationTables } from "./market-regulation/tables.js";
import { publicSecurityTables } from "./public-security/tables.js";
import type { UnitTables } from "./tables.js";
import { transportTables } from "./transport/tables.js";

export { FORMER_NAMES } from "./former-names.js";

/**
 * Each unit's migrations: the hub's (run on every database) and each department's, applied and recorded
 * in its own schema (src/db/migrator.ts). The list is generated from the files of each unit's folder.
 */
export const MIGRATIONS = Object.fromEntries(SUBGRAPH_IDS.map((u) => [u, MIGRATION_LIST[u] ?? []])) as Record<SubgraphId, MigrationObject[]>;

/** What the migrator compares and generates from besides the runtime entities (see tables.ts); none for a unit not named. */
export const TABLES: Partial<Record<SubgraphId, UnitTables>> = {
  HUB: hubTables,
  ENVIRONMENT: environmentTables,
  PUBLIC_SECURITY: publicSecurityTables,
  HOUSING: housingTables,
  TRANSPORT: transportTables,
  AGRICULTURE: agricultureTables,
  MARKET_REGULATION: marketRegulationTables,
  GRID: gridTables,
};
