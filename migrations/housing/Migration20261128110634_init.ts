import { Migration } from "@mikro-orm/migrations";

export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists housing`);
    this.addSql(`create table housing.construction_sites (
      code text primary key, name text not null, region_code text not null,
      latitude double precision not null, longitude double precision not null,
      area_m2 double precision not null check (area_m2 > 0), builder_credit_code text not null,
      status text not null, started_on date not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index construction_sites_region_code_index on housing.construction_sites (region_code)`);
  }

  override down(): void {
    this.addSql(`drop schema housing cascade`);
  }
}
