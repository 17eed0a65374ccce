import { Migration } from "@mikro-orm/migrations";

const PROVENANCE = "contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now()";

/** Fuel samples, emission inspection agencies and their inspections, and coal-quality checks at power plants. */
export class Migration20261128120615_datasets extends Migration {
  override up(): void {
    this.addSql(`create table market_regulation.fuel_samples (
      sample_no text primary key, station_code text not null, sampled_on date not null, fuel_grade text not null,
      result text not null check (result in ('PASS', 'FAIL')),
      failed_items jsonb not null default '[]' check (jsonb_typeof(failed_items) = 'array'),
      ${PROVENANCE})`);
    // a station's samples newest first (FuelStation.fuelSamples, the coverage), and the connection's order
    this.addSql(`create index fuel_samples_station_code_sampled_on_index on market_regulation.fuel_samples (station_code, sampled_on)`);
    this.addSql(`create index fuel_samples_sampled_on_sample_no_index on market_regulation.fuel_samples (sampled_on, sample_no)`);

    this.addSql(`create table market_regulation.inspection_agencies (
      code text primary key, name text not null, region_code text not null, operator_credit_code text not null,
      status text not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
      ${PROVENANCE})`);
    this.addSql(`create index inspection_agencies_region_code_index on market_regulation.inspection_agencies (region_code)`);

    this.addSql(`create table market_regulation.vehicle_inspections (
      inspection_no text primary key, vin text not null, agency_code text not null, inspected_at timestamptz not null,
      method text not null, result text not null check (result in ('PASS', 'FAIL')),
      measured_values jsonb check (measured_values is null or jsonb_typeof(measured_values) = 'object'),
      ${PROVENANCE})`);
    // a vehicle's inspections newest first (Vehicle.inspections), an agency's, and the connection's order
    this.addSql(`create index vehicle_inspections_vin_inspected_at_index on market_regulation.vehicle_inspections (vin, inspected_at)`);
    this.addSql(`create index vehicle_inspections_agency_code_inspected_at_index on market_regulation.vehicle_inspections (agency_code, inspected_at)`);
    this.addSql(`create index vehicle_inspections_inspected_at_inspection_no_index on market_regulation.vehicle_inspections (inspected_at, inspection_no)`);

    // the primary key (plant, quarter) serves Enterprise.coalChecks and the connection's order
    this.addSql(`create table market_regulation.coal_checks (
      plant_credit_code text not null, quarter text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
      sulphur_percent double precision not null, ash_percent double precision not null, calorific_value double precision not null,
      ${PROVENANCE},
      primary key (plant_credit_code, quarter))`);
    this.addSql(`create index coal_checks_quarter_index on market_regulation.coal_checks (quarter)`);
  }

  override down(): void {
    this.addSql(`drop table market_regulation.coal_checks`);
    this.addSql(`drop table market_regulation.vehicle_inspections`);
    this.addSql(`drop table market_regulation.inspection_agencies`);
    this.addSql(`drop table market_regulation.fuel_samples`);
  }
}
