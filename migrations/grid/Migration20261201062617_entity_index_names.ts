import { Migration } from '@mikro-orm/migrations';

/**
 * Generated (npm run migration:create): indexes the hand-written migrations named their own way take the
 * names MikroORM gives the indexes the entities declare.
 */
export class Migration20261201062617_entity_index_names extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter index "grid"."coal_to_electricity_year_index" rename to "coal_to_electricity_year_county_code_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index "grid"."coal_to_electricity_year_county_code_index" rename to "coal_to_electricity_year_index";`);
  }

}
