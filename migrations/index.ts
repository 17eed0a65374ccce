import type { MigrationObject } from "@mikro-orm/core";
import type { SubgraphId } from "../src/common/subgraphs.js";
import { MIGRATION_LIST } from "./list.generated.js";

export { FORMER_NAMES } from "./former-names.js";

/**
 * Each unit's migrations: the hub's (run on every database) and each department's, applied and recorded
 * in its own schema (src/db/migrator.ts). The list is generated from the files of each unit's folder.
 */
export const MIGRATIONS: Record<SubgraphId, MigrationObject[]> = MIGRATION_LIST;
