import { Migration } from "@mikro-orm/migrations";

const PROVENANCE = "contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now()";

/** Confirmation of fire points (what their deduction rests on) and agricultural coal replacement per county and year. */
export class Migration20261128123339_datasets extends Migration {
  override up(): void {
    // existing fire points stay unconfirmed until agriculture contributes them again
    this.addSql(`alter table agriculture.fire_points add column confirmed boolean not null default false`);

    // the primary key (county, year) serves the connection's order
    this.addSql(`create table agriculture.coal_replacements (
      region_code text not null, year integer not null,
      tobacco_barns_converted integer not null check (tobacco_barns_converted >= 0),
      edible_fungi_firms_converted integer not null check (edible_fungi_firms_converted >= 0),
      ${PROVENANCE},
      primary key (region_code, year))`);
    this.addSql(`create index coal_replacements_year_index on agriculture.coal_replacements (year)`);
  }

  override down(): void {
    this.addSql(`drop table agriculture.coal_replacements`);
    this.addSql(`alter table agriculture.fire_points drop column confirmed`);
  }
}
