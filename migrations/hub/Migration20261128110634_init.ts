import { Migration } from "@mikro-orm/migrations";

/** The hub's own records (batches, later grants and audit), one copy per database. */
export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists hub`);
  }

  override down(): void {
    this.addSql(`drop schema hub cascade`);
  }
}
