import { Migration } from '@mikro-orm/migrations';

/**
 * Generated (npm run migration:create): indexes the hand-written migrations named their own way take the
 * names MikroORM gives the indexes the entities declare.
 */
export class Migration20261201062616_entity_index_names extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter index "environment"."black_smoke_captures_vin_index" rename to "black_smoke_captures_vin_at_index";`);
    this.addSql(`alter index "environment"."black_smoke_captures_at_index" rename to "black_smoke_captures_at_capture_id_index";`);

    this.addSql(`alter index "environment"."emergency_list_city_year_index" rename to "emergency_list_city_code_year_index";`);

    this.addSql(`alter index "environment"."nonroad_machinery_region_index" rename to "nonroad_machinery_region_code_index";`);
    this.addSql(`alter index "environment"."nonroad_machinery_owner_index" rename to "nonroad_machinery_owner_credit_code_index";`);

    this.addSql(`alter index "environment"."obd_records_at_index" rename to "obd_records_at_vin_index";`);

    this.addSql(`alter index "environment"."remote_sensing_tests_vin_index" rename to "remote_sensing_tests_vin_at_index";`);
    this.addSql(`alter index "environment"."remote_sensing_tests_at_index" rename to "remote_sensing_tests_at_test_id_index";`);

    this.addSql(`alter index "environment"."warnings_region_code_index" rename to "warnings_region_code_starts_at_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index "environment"."black_smoke_captures_at_capture_id_index" rename to "black_smoke_captures_at_index";`);
    this.addSql(`alter index "environment"."black_smoke_captures_vin_at_index" rename to "black_smoke_captures_vin_index";`);

    this.addSql(`alter index "environment"."emergency_list_city_code_year_index" rename to "emergency_list_city_year_index";`);

    this.addSql(`alter index "environment"."nonroad_machinery_owner_credit_code_index" rename to "nonroad_machinery_owner_index";`);
    this.addSql(`alter index "environment"."nonroad_machinery_region_code_index" rename to "nonroad_machinery_region_index";`);

    this.addSql(`alter index "environment"."obd_records_at_vin_index" rename to "obd_records_at_index";`);

    this.addSql(`alter index "environment"."remote_sensing_tests_at_test_id_index" rename to "remote_sensing_tests_at_index";`);
    this.addSql(`alter index "environment"."remote_sensing_tests_vin_at_index" rename to "remote_sensing_tests_vin_index";`);

    this.addSql(`alter index "environment"."warnings_region_code_starts_at_index" rename to "warnings_region_code_index";`);
  }

}
