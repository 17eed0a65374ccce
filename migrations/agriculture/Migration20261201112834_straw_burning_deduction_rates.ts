import { Migration } from '@mikro-orm/migrations';

/**
 * The straw-burning deduction as data (generated, with the plan's rate added by hand): task 20 of the 2021
 * plan continues the deduction of 500,000 CNY of a county's finances per fire point. The rate is the plan's
 * text, so every hub has it, not only the demo; later rates are contributed.
 */
export class Migration20261201112834_straw_burning_deduction_rates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agriculture"."straw_burning_deduction_rates" ("effective_from" date not null, "contributed_by" text not null, "batch_id" text not null, "contributed_at" timestamptz not null default now(), "cny_per_confirmed_fire_point" double precision not null, "source_clause" text not null, constraint "straw_burning_deduction_rates_pkey" primary key ("effective_from"));`);
    this.addSql(`insert into "agriculture"."straw_burning_deduction_rates" (effective_from, cny_per_confirmed_fire_point, source_clause, contributed_by, batch_id)
      values ('2021-01-01', 500000, '《河南省2021年大气污染防治攻坚战实施方案》任务20：继续执行秸秆焚烧扣减地方财力 50 万元/火点。', 'AGRICULTURE', 'plan-2021')`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agriculture"."straw_burning_deduction_rates" cascade;`);
  }

}
