import { Migration } from "@mikro-orm/migrations";

const PROVENANCE = "contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now()";

/** Phase-outs of old diesel trucks, M-station repairs and railway sidings. */
export class Migration20261128120615_datasets extends Migration {
  override up(): void {
    this.addSql(`create table transport.phase_outs (
      vin text primary key, deadline date not null, status text not null, completed_on date, ${PROVENANCE})`);
    // the list's order: earliest deadline first
    this.addSql(`create index phase_outs_deadline_index on transport.phase_outs (deadline, vin)`);

    this.addSql(`create table transport.repairs (
      repair_no text primary key, vin text not null, station_code text not null, repaired_at timestamptz not null,
      items jsonb not null, retest_passed boolean, ${PROVENANCE})`);
    // a vehicle's repairs, newest first
    this.addSql(`create index repairs_vin_index on transport.repairs (vin, repaired_at)`);
    this.addSql(`create index repairs_station_index on transport.repairs (station_code, repaired_at)`);
    // the list's order
    this.addSql(`create index repairs_repaired_at_index on transport.repairs (repaired_at, repair_no)`);

    this.addSql(`create table transport.rail_sidings (
      project_code text primary key, enterprise_credit_code text not null, region_code text not null,
      status text not null, annual_tonnage double precision not null, ${PROVENANCE})`);
    this.addSql(`create index rail_sidings_enterprise_index on transport.rail_sidings (enterprise_credit_code)`);
    this.addSql(`create index rail_sidings_region_index on transport.rail_sidings (region_code)`);
  }

  override down(): void {
    this.addSql(`drop table transport.rail_sidings`);
    this.addSql(`drop table transport.repairs`);
    this.addSql(`drop table transport.phase_outs`);
  }
}
