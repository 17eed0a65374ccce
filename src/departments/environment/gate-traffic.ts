import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from "type-graphql";
import { loader, type HubContext } from "../../common/context.js";
import { assertInOrder } from "../../common/errors.js";
import { connectionOf, decodeCursor, encodeCursor, PageArgs, pagesByParent, pageSize, type Connection, type CursorShape, type ParentPageKey } from "../../common/pagination.js";
import { DateScalar, DateTimeScalar } from "../../common/scalars.js";
import { addDays, chinaDayEnd, chinaDayStart } from "../../shared/dates.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";
import { Enterprise } from "./enterprise.extension.js";
import { gateRecords, type GateRecord } from "./gate-record.dataset.js";
import { BASELINE_DAYS, warningDates } from "./listed-enterprise.js";
import { Warning, WarningLevel } from "./warning.entity.js";
import type { SubgraphParts } from "../../common/federation.js";

const GateRecordConnection = connectionOf(gateRecords.entity, "EnterpriseGateRecord", "An enterprise's gate records, oldest first.");
const CURSOR: CursorShape = { list: "enterprise.gateRecords", parts: ["instant", "text", "text"] };

interface PageKey extends ParentPageKey<[string, string, string]> {
  from: Date;
  to: Date;
}

const cursorOf = (g: GateRecord) => encodeCursor(CURSOR, [g.passedAt.toISOString(), g.gateId, g.plate]);

/** Pages of gate records of many enterprises at once: one statement whatever the page of enterprises. */
const pagesByEnterprise = (ctx: HubContext) =>
  loader<PageKey, Connection<GateRecord>>(
    ctx,
    "env.gateRecordsByEnterprise",
    (keys) =>
      pagesByParent(
        keys,
        async (parents, { from, to, first, after }) =>
          (
            await ctx.db.query<{ parent: string; total: string }>(
              `with base as (
                 select ${gateRecords.columns("g")}, g.credit_code as parent, count(*) over (partition by g.credit_code) as total
                   from environment.gate_records g
                  where g.credit_code = any($1::text[]) and g.passed_at >= $2 and g.passed_at < $3),
               numbered as (
                 select b.*, row_number() over (partition by parent order by passed_at, gate_id, plate) as rn
                   from base b
                  where $4::timestamptz is null or (passed_at, gate_id, plate) > ($4::timestamptz, $5::text, $6::text))
               select * from numbered where rn <= $7`,
              [parents, from, to, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, first + 1],
            )
          ).rows,
        gateRecords.fromRow,
        cursorOf,
      ),
    (k) => JSON.stringify(k),
  );

@Resolver(() => Enterprise)
export class EnterpriseGateRecordsResolver {
  @Shared(Dataset.GATE_RECORDS)
  @FieldResolver(() => GateRecordConnection, { nullable: true, description: "Truck movements through the enterprise's gates (门禁), oldest first." })
  gateRecords(
    @Root() e: Enterprise,
    @Arg("from", () => DateTimeScalar, { nullable: true, description: "First instant, inclusive." }) from: Date | undefined,
    @Arg("to", () => DateTimeScalar, { nullable: true, description: "Last instant, exclusive." }) to: Date | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: HubContext,
  ) {
    const f = from ?? new Date(0);
    const t = to ?? new Date(8.64e15);
    assertInOrder(f, t);
    const after = page.after ? (decodeCursor(CURSOR, page.after) as [string, string, string]) : null;
    return pagesByEnterprise(ctx).load({ parent: e.creditCode, from: f, to: t, first: pageSize(page.first), after });
  }
}

@Shared(Dataset.GATE_RECORDS)
@ObjectType({ description: "Truck movements through an enterprise's gates on one day." })
export class GateTrafficDay {
  @Field(() => DateScalar, { description: "The China-time day." })
  day!: string;

  @Field(() => Int, { description: "Movements in and out." })
  movements!: number;
}

@Shared(Dataset.GATE_RECORDS)
@ObjectType({
  description: `A listed enterprise's heavy-truck movements per day during a warning, against its baseline: the mean per day over the ${BASELINE_DAYS} days before the warning began.`,
})
export class WarningGateTraffic {
  @Field(() => ID, { description: "The listed enterprise's unified social credit code." })
  creditCode!: string;

  @Field(() => Enterprise, { description: "The listed enterprise, as the market-regulation registry has it." })
  enterprise!: Enterprise;

  @Field(() => Float, { description: `Mean movements per day over the ${BASELINE_DAYS} days before the warning.` })
  baselinePerDay!: number;

  @Field(() => [GateTrafficDay], { description: "Each day the warning was in force (China time), movements counted." })
  days!: GateTrafficDay[];

  @Field(() => Float, { nullable: true, description: "Mean movements per day during the warning over the baseline (1 = no change); null without a baseline." })
  ratio!: number | null;
}

@Resolver(() => Warning)
export class WarningGateTrafficResolver {
  @Shared(Dataset.GATE_RECORDS)
  @FieldResolver(() => [WarningGateTraffic], {
    nullable: true,
    description: `For an ORANGE or RED warning, the gate traffic of each enterprise on the city's emergency list, day by day against its ${BASELINE_DAYS}-day baseline (the plan asks key vehicle-using enterprises to cut or stop road freight then); null for a YELLOW one.`,
  })
  async gateTraffic(@Root() w: Warning, @Ctx() ctx: HubContext): Promise<WarningGateTraffic[] | null> {
    if (w.level === WarningLevel.YELLOW) return null;
    // the China days it was in force (today while it runs), at most a year's
    const days = warningDates(w).slice(0, 366);
    if (days.length === 0) return [];
    const baselineFirst = addDays(days[0], -BASELINE_DAYS);
    // One statement: each listed firm of the city and year, its movements per China day from the
    // baseline's first day to the warning's last.
    const { rows } = await ctx.db.query<{ credit_code: string; day: string | null; n: string | null }>(
      `with listed as (
         select credit_code from environment.emergency_list where city_code = $1 and year = $2)
       select l.credit_code, to_char(c.day, 'YYYY-MM-DD') as day, c.n
         from listed l
         left join lateral (
           select (g.passed_at at time zone 'Asia/Shanghai')::date as day, count(*) as n
             from environment.gate_records g
            where g.credit_code = l.credit_code and g.passed_at >= $3 and g.passed_at < $4
            group by 1) c on true
        order by l.credit_code`,
      [w.regionCode, Number(days[0].slice(0, 4)), chinaDayStart(baselineFirst), chinaDayEnd(days.at(-1)!)],
    );
    const byFirm = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const counts = byFirm.get(r.credit_code) ?? new Map<string, number>();
      if (r.day) counts.set(r.day, Number(r.n));
      byFirm.set(r.credit_code, counts);
    }
    return [...byFirm].map(([creditCode, counts]) => {
      let baseline = 0;
      for (let d = baselineFirst; d < days[0]; d = addDays(d, 1)) baseline += counts.get(d) ?? 0;
      const baselinePerDay = baseline / BASELINE_DAYS;
      const perDay = days.map((day) => ({ day, movements: counts.get(day) ?? 0 }));
      const during = perDay.reduce((s, d) => s + d.movements, 0) / perDay.length;
      return { creditCode, enterprise: { creditCode }, baselinePerDay, days: perDay, ratio: baselinePerDay > 0 ? during / baselinePerDay : null };
    });
  }
}

export const parts: SubgraphParts = { resolvers: [EnterpriseGateRecordsResolver, WarningGateTrafficResolver] };
