import { Migration } from "@mikro-orm/migrations";

export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists transport`);
    this.addSql(`create table transport.operating_licences (
      licence_no text primary key, vin text not null, operator_credit_code text not null,
      valid_to date not null, status text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index operating_licences_vin_index on transport.operating_licences (vin)`);
    this.addSql(`create index operating_licences_operator_index on transport.operating_licences (operator_credit_code)`);
  }

  override down(): void {
    this.addSql(`drop schema transport cascade`);
  }
}
