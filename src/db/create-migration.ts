import "reflect-metadata";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../common/paths.js";
import { parseSubgraph } from "../shared/subgraphs.js";
import { migrationsFolder, openMigratorOrm, snapshotFile, unitFolder, UNITS, writeEmptySnapshot } from "./migrator.js";

const USAGE = `npm run migration:create -- <unit> [name] [--blank]
  unit   hub or a department (environment, public-security, housing, transport, agriculture,
         market-regulation, grid)
  name   what the migration does, e.g. dust-checks (becomes Migration<timestamp>_dust_checks)
  --blank  an empty migration to write by hand (functions, triggers, data changes)
npm run migration:list   rewrites migrations/list.generated.ts from the files (after one is removed or renamed)`;

/**
 * Generates a unit's next migration from its entities: MikroORM's migrator compares them (with
 * migrations/<unit>/tables.ts) with the unit's snapshot, the schema they described at the last generated
 * migration, writes migrations/<unit>/Migration<timestamp>_<name>.ts and the new snapshot, and the list
 * of migrations is rewritten. No database is needed.
 */
async function main(argv: string[]): Promise<number> {
  const blank = argv.includes("--blank");
  const [unitArg, nameArg, ...rest] = argv.filter((a) => a !== "--blank");
  const unit = unitArg ? parseSubgraph(unitArg) : undefined;
  if (!unit || rest.length > 0) {
    console.error(unitArg && !unit ? `unknown unit ${unitArg}: one of ${UNITS.map(unitFolder).join(", ")}\n` : "", USAGE);
    return 2;
  }
  const name = nameArg?.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || undefined;
  if (!fs.existsSync(snapshotFile(unit))) {
    // a unit without migrations yet (a new department): its first migration creates its schema and tables
    writeEmptySnapshot(unit);
    console.log(`no snapshot yet: ${path.relative(projectRoot(), snapshotFile(unit))} starts empty`);
  }
  const orm = await openMigratorOrm("postgresql://localhost/lantian", unit, { connect: false });
  try {
    // a blank migration stores the entities' schema as the snapshot too: changes of theirs not generated
    // yet would never get a migration
    if (blank && (await orm.migrator.checkMigrationNeeded())) {
      console.error(`${unitFolder(unit)}: the entities changed since the last generated migration; generate that one first (without --blank)`);
      return 1;
    }
    const { fileName } = await orm.migrator.createMigration(undefined, blank, false, name);
    if (!fileName) {
      console.log(`${unitFolder(unit)}: the entities and the snapshot agree; no migration needed`);
      return 0;
    }
    execFileSync(process.execPath, [path.join(projectRoot(), "scripts", "migration-list.js")], { stdio: "inherit" });
    console.log(`${path.relative(projectRoot(), path.join(migrationsFolder(unit), fileName))} written; review it, then run the tests`);
    return 0;
  } finally {
    await orm.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
