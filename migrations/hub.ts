import { Migration } from "@mikro-orm/migrations";

/** The hub's own records (batches, later grants and audit), one copy per database. */
export class Migration20261128000001HubInit extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists hub`);
  }

  override down(): void {
    this.addSql(`drop schema hub cascade`);
  }
}

export const hubMigrations = [{ name: "Migration20261128000001HubInit", class: Migration20261128000001HubInit }];
