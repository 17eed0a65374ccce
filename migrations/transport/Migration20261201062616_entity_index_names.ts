import { Migration } from '@mikro-orm/migrations';

/**
 * Generated (npm run migration:create): indexes the hand-written migrations named their own way take the
 * names MikroORM gives the indexes the entities declare.
 */
export class Migration20261201062616_entity_index_names extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter index "transport"."operating_licences_operator_index" rename to "operating_licences_operator_credit_code_index";`);

    this.addSql(`alter index "transport"."phase_outs_deadline_index" rename to "phase_outs_deadline_vin_index";`);

    this.addSql(`alter index "transport"."rail_sidings_enterprise_index" rename to "rail_sidings_enterprise_credit_code_index";`);
    this.addSql(`alter index "transport"."rail_sidings_region_index" rename to "rail_sidings_region_code_index";`);

    this.addSql(`alter index "transport"."repairs_vin_index" rename to "repairs_vin_repaired_at_index";`);
    this.addSql(`alter index "transport"."repairs_station_index" rename to "repairs_station_code_repaired_at_index";`);
    this.addSql(`alter index "transport"."repairs_repaired_at_index" rename to "repairs_repaired_at_repair_no_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index "transport"."operating_licences_operator_credit_code_index" rename to "operating_licences_operator_index";`);

    this.addSql(`alter index "transport"."phase_outs_deadline_vin_index" rename to "phase_outs_deadline_index";`);

    this.addSql(`alter index "transport"."rail_sidings_enterprise_credit_code_index" rename to "rail_sidings_enterprise_index";`);
    this.addSql(`alter index "transport"."rail_sidings_region_code_index" rename to "rail_sidings_region_index";`);

    this.addSql(`alter index "transport"."repairs_repaired_at_repair_no_index" rename to "repairs_repaired_at_index";`);
    this.addSql(`alter index "transport"."repairs_station_code_repaired_at_index" rename to "repairs_station_index";`);
    this.addSql(`alter index "transport"."repairs_vin_repaired_at_index" rename to "repairs_vin_index";`);
  }

}
