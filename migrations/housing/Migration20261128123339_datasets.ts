import { Migration } from "@mikro-orm/migrations";

const PROVENANCE = "contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now()";

/** "Six 100%" dust checks, construction-site dust monitors, dust violations and large restaurants' fume monitors. */
export class Migration20261128123339_datasets extends Migration {
  override up(): void {
    this.addSql(`create table housing.dust_checks (
      check_id text primary key, site_code text not null, checked_on date not null,
      fencing boolean not null, covered_stockpiles boolean not null, hardened_roads boolean not null,
      vehicle_washing boolean not null, wet_earthwork boolean not null, sealed_transport boolean not null,
      inspector text not null, ${PROVENANCE})`);
    // a site's checks newest first (ConstructionSite.dustChecks), and the connection's order
    this.addSql(`create index dust_checks_site_code_checked_on_index on housing.dust_checks (site_code, checked_on)`);
    this.addSql(`create index dust_checks_checked_on_check_id_index on housing.dust_checks (checked_on, check_id)`);

    // the primary key (site, hour) serves the connection's order and ConstructionSite.dustExceedanceHours
    this.addSql(`create table housing.dust_monitor_readings (
      site_code text not null, hour timestamptz not null, pm10 double precision not null check (pm10 >= 0),
      ${PROVENANCE},
      primary key (site_code, hour))`);

    this.addSql(`create table housing.dust_violations (
      violation_id text primary key, site_code text not null, occurred_on date not null,
      type text not null check (type in ('NO_FENCING', 'UNCOVERED_MATERIAL', 'NO_WASHING', 'DUST_EXCEEDANCE', 'OTHER')),
      penalty_cny double precision not null check (penalty_cny >= 0), ${PROVENANCE})`);
    // a site's violations newest first (ConstructionSite.violations), and the connection's order
    this.addSql(`create index dust_violations_site_code_occurred_on_index on housing.dust_violations (site_code, occurred_on)`);
    this.addSql(`create index dust_violations_occurred_on_violation_id_index on housing.dust_violations (occurred_on, violation_id)`);

    this.addSql(`create table housing.restaurant_fume_monitors (
      credit_code text primary key, online boolean not null, last_data_at timestamptz, ${PROVENANCE})`);
  }

  override down(): void {
    this.addSql(`drop table housing.restaurant_fume_monitors`);
    this.addSql(`drop table housing.dust_violations`);
    this.addSql(`drop table housing.dust_monitor_readings`);
    this.addSql(`drop table housing.dust_checks`);
  }
}
