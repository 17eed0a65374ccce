import { Migration } from "@mikro-orm/migrations";

/**
 * Gate (门禁) records of bulk-material transport enterprises: one row per truck movement at a gate. The
 * key is the movement itself (firm, gate, instant, plate); lists read a firm's movements by time.
 */
export class Migration20261201044329_gate_records extends Migration {
  override up(): void {
    this.addSql(`create table environment.gate_records (
      credit_code text not null, gate_id text not null, passed_at timestamptz not null, plate text not null,
      direction text not null, emission_stage text not null,
      contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now(),
      primary key (credit_code, gate_id, passed_at, plate))`);
    this.addSql(`create index gate_records_credit_code_passed_at_index on environment.gate_records (credit_code, passed_at)`);
    this.addSql(`create index gate_records_passed_at_index on environment.gate_records (passed_at)`);
  }

  override down(): void {
    this.addSql(`drop table environment.gate_records`);
  }
}
