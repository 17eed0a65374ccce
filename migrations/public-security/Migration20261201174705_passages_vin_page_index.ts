import { Migration } from '@mikro-orm/migrations';

/**
 * A vehicle's passages are paged newest first (then checkpoint and plate): the index in that order, holding
 * every column of a page, lets each vehicle's page be read from the index alone, stopping at its limit. It
 * replaces the (vin, passed_at) index, its prefix.
 */
export class Migration20261201174705_passages_vin_page_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "public_security"."passages_vin_passed_at_index";`);

    this.addSql(`create index passages_vin_page_index on public_security.passages (vin, passed_at, checkpoint_code, plate) include (direction);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "public_security"."passages_vin_page_index";`);

    this.addSql(`create index "passages_vin_passed_at_index" on "public_security"."passages" ("vin", "passed_at");`);
  }

}
