import { Migration } from "@mikro-orm/migrations";

export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists market_regulation`);
    this.addSql(`create table market_regulation.enterprises (
      credit_code text primary key, name text not null, region_code text not null, address text not null,
      industry_code text not null, industry_name text not null,
      status text not null check (status in ('ACTIVE', 'REVOKED', 'CANCELLED')),
      established_on date not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index enterprises_region_code_index on market_regulation.enterprises (region_code)`);
    this.addSql(`create index enterprises_industry_code_index on market_regulation.enterprises (industry_code text_pattern_ops)`);
    this.addSql(`create table market_regulation.fuel_stations (
      code text primary key, name text not null, region_code text not null,
      latitude double precision not null, longitude double precision not null,
      operator_credit_code text not null, status text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index fuel_stations_region_code_index on market_regulation.fuel_stations (region_code)`);
  }

  override down(): void {
    this.addSql(`drop schema market_regulation cascade`);
  }
}
