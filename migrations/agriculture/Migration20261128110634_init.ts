import { Migration } from "@mikro-orm/migrations";

export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists agriculture`);
    this.addSql(`create table agriculture.fire_points (
      id text primary key, detected_at timestamptz not null, region_code text not null,
      latitude double precision not null, longitude double precision not null, source text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index fire_points_region_code_detected_at_index on agriculture.fire_points (region_code, detected_at)`);
    this.addSql(`create index fire_points_detected_at_index on agriculture.fire_points (detected_at, id)`);
  }

  override down(): void {
    this.addSql(`drop schema agriculture cascade`);
  }
}
