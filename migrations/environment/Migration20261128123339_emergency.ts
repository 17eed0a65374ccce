import { Migration } from "@mikro-orm/migrations";

/** Enterprise environmental profiles and the emergency reduction lists. */
export class Migration20261128123339_emergency extends Migration {
  override up(): void {
    this.addSql(`create table environment.enterprise_profiles (
      credit_code text primary key, industry_category text not null, permit_class text not null, permit_no text not null,
      monitoring_installed boolean not null, monitoring_networked boolean not null,
      ultra_low_status text not null, ultra_low_assessed_on date,
      vocs_key_source boolean not null, elevated_stack boolean not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create table environment.emergency_list (
      year integer not null, credit_code text not null, city_code text not null,
      yellow text not null, orange text not null, red text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now(),
      primary key (year, credit_code))`);
    this.addSql(`create index emergency_list_city_year_index on environment.emergency_list (city_code, year)`);
    this.addSql(`create index emergency_list_credit_code_index on environment.emergency_list (credit_code)`);
  }

  override down(): void {
    this.addSql(`drop table environment.emergency_list`);
    this.addSql(`drop table environment.enterprise_profiles`);
  }
}
