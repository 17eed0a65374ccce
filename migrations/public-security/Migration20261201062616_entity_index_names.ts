import { Migration } from '@mikro-orm/migrations';

/**
 * Generated (npm run migration:create): indexes the hand-written migrations named their own way take the
 * names MikroORM gives the indexes the entities declare.
 */
export class Migration20261201062616_entity_index_names extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter index "public_security"."passages_vin_time_index" rename to "passages_vin_passed_at_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index "public_security"."passages_vin_passed_at_index" rename to "passages_vin_time_index";`);
  }

}
