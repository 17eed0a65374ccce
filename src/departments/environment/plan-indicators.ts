import type pg from "pg";
import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { contributeComputedIndicators, type IndicatorValue } from "../../common/contribution/computed-indicators.js";
import { badInput } from "../../common/errors.js";
import type { SubgraphParts } from "../../common/federation.js";
import { requireAdmin } from "../../common/policy.js";
import { Envelope } from "../../common/sharing.js";
import { Department } from "../../shared/departments.js";
import { Metric } from "../../shared/metrics.js";
import { HENAN_PROVINCE_CODE } from "../../shared/regions.data.js";
import { refreshNrmmIndicator } from "./nrmm.indicator.js";

type Db = Pick<pg.Pool, "query">;
const P = HENAN_PROVINCE_CODE;

/** Grades at "B or above" (B级及以上): B, A and the leading (引领性) grade above A. */
const B_OR_ABOVE = ["LEADING", "A", "B"];

/**
 * Task 25's two groups of kiln and furnace industries, as GB/T 4754-2017 code prefixes: glass (304), ceramics
 * (307), refractories (308), carbon (3091) and non-ferrous smelting (321, aluminium 3216 aside) at ≥ 50%;
 * aluminium (3216), brick (3031), ferroalloy (314), foundry (339) and lime (3012) at ≥ 30%.
 */
export const KILN_GROUPS = {
  [Metric.KILN_GRADE_B_SHARE_HIGH]: { prefixes: ["304", "307", "308", "3091", "321"], except: ["3216"] },
  [Metric.KILN_GRADE_B_SHARE_LOW]: { prefixes: ["3216", "3031", "314", "339", "3012"], except: [] as string[] },
} as const;

const REGISTRY = `query KilnIndustryFirms($industryCode: String!, $after: String) {
  enterprises(filter: { industryCode: $industryCode, status: ACTIVE }, first: 1000, after: $after) {
    edges { node { creditCode industryCode } }
    pageInfo { hasNextPage endCursor }
  }
}`;
interface RegistryPage {
  enterprises: { edges: { node: { creditCode: string; industryCode: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * The province's share of active firms of each task-25 group graded B or above: the firms of the industries
 * from market regulation's registry (its API, as the caller: one query per code prefix and page), their
 * grades from environment's own. A group without a firm has no value.
 */
export async function kilnGradeShares(ctx: Pick<HubContext, "db" | "peers">): Promise<{ metric: Metric; firms: number; bOrAbove: number }[]> {
  const out: { metric: Metric; firms: number; bOrAbove: number }[] = [];
  for (const [metric, group] of Object.entries(KILN_GROUPS) as [Metric, (typeof KILN_GROUPS)[keyof typeof KILN_GROUPS]][]) {
    const firms = new Set<string>();
    for (const prefix of group.prefixes) {
      for (let after: string | null = null; ; ) {
        const page: RegistryPage = await ctx.peers.request<RegistryPage>(Department.MARKET_REGULATION, REGISTRY, { industryCode: prefix, after });
        for (const { node } of page.enterprises.edges) if (!group.except.some((x) => node.industryCode.startsWith(x))) firms.add(node.creditCode);
        if (!page.enterprises.pageInfo.hasNextPage) break;
        after = page.enterprises.pageInfo.endCursor;
      }
    }
    const { rows } = await ctx.db.query<{ n: number }>(
      `select count(*)::int as n from environment.performance_grades where credit_code = any($1::text[]) and grade = any($2::text[])`,
      [[...firms], B_OR_ABOVE],
    );
    out.push({ metric, firms: firms.size, bOrAbove: Number(rows[0].n) });
  }
  return out;
}

/** Task 22 over the graded firms: the share graded A or above (A+B: B, A, LEADING) and the D count. */
export async function gradeFigures(db: Db): Promise<{ abShare: number | null; dFirms: number }> {
  const { rows } = await db.query<{ graded: number; ab: number; d: number }>(
    `select count(*)::int as graded, (count(*) filter (where grade = any($1::text[])))::int as ab, (count(*) filter (where grade = 'D'))::int as d
       from environment.performance_grades`,
    [B_OR_ABOVE],
  );
  const { graded, ab, d } = rows[0];
  return { abShare: Number(graded) ? Number(ab) / Number(graded) : null, dFirms: Number(d) };
}

/**
 * Task 14 as the hub can see it: of the firms on the year's emergency list (the key industries), the share
 * with a gate (门禁) record before the end of `lastDay` (China time), per city and for the province.
 */
export async function gateSystemShares(db: Db, year: number, lastDay: string): Promise<IndicatorValue[]> {
  const { rows } = await db.query<{ city_code: string | null; listed: number; gated: number }>(
    `select l.city_code, count(*)::int as listed,
            (count(*) filter (where exists (select 1 from environment.gate_records g
                                             where g.credit_code = l.credit_code and g.passed_at < ($2::date + 1)::timestamp at time zone 'Asia/Shanghai')))::int as gated
       from environment.emergency_list l
      where l.year = $1
      group by rollup (l.city_code)`,
    [year, lastDay],
  );
  return rows.map((r) => ({ regionCode: r.city_code ?? P, value: Number(r.gated) / Number(r.listed) }));
}

/**
 * Task 18 over a year: each city's mean of its monthly DUSTFALL indicators, and the province's as the mean of
 * its cities' means (the way the plan counts a province), for the cities with all twelve months.
 */
export async function annualDustfall(db: Db, year: number): Promise<IndicatorValue[]> {
  const { rows } = await db.query<{ region_code: string; mean: number }>(
    `select region_code, avg(value)::float8 as mean from environment.indicators
      where metric = 'DUSTFALL' and period ~ $1 group by region_code having count(*) = 12 order by region_code`,
    [`^${year}-\\d\\d$`],
  );
  const cities = rows.filter((r) => r.region_code !== P).map((r) => ({ regionCode: r.region_code, value: Number(r.mean) }));
  return cities.length ? [...cities, { regionCode: P, value: cities.reduce((s, c) => s + c.value, 0) / cities.length }] : [];
}

/**
 * Contributes every plan indicator environment measures from the hub's data, filed under `year`, each through
 * the indicators' contribution path (checks, history, audit entry): the kiln grade shares (task 25), A+B share
 * and D firms (22), gate systems (14, up to October's end), dustfall (18) and registered machinery (16).
 * Returns the indicators changed.
 */
export async function refreshPlanIndicators(ctx: HubContext, year: number, at: Date = new Date()): Promise<number> {
  let changed = 0;
  const put = async (metric: Metric, period: string, values: IndicatorValue[]) => {
    changed += await contributeComputedIndicators(ctx, metric, period, values, `computed-${metric.toLowerCase().replace(/_/g, "-")}-${period}`, at);
  };
  for (const k of await kilnGradeShares(ctx)) await put(k.metric, String(year), k.firms ? [{ regionCode: P, value: k.bOrAbove / k.firms }] : []);
  const grades = await gradeFigures(ctx.db);
  if (grades.abShare !== null) await put(Metric.AB_GRADE_SHARE, String(year), [{ regionCode: P, value: grades.abShare }]);
  await put(Metric.D_GRADE_FIRMS, String(year), [{ regionCode: P, value: grades.dFirms }]);
  await put(Metric.GATE_SYSTEM_SHARE, `${year}-01..${year}-10`, await gateSystemShares(ctx.db, year, `${year}-10-31`));
  await put(Metric.DUSTFALL, String(year), await annualDustfall(ctx.db, year));
  changed += await refreshNrmmIndicator(ctx, year, at);
  return changed;
}

@Resolver()
export class PlanIndicatorResolver {
  @Envelope()
  @Mutation(() => Int, {
    description:
      "Environment admins: recomputes the plan indicators environment measures from the hub's data for `year` (KILN_GRADE_B_SHARE_HIGH / _LOW with market regulation's industry codes through its API, AB_GRADE_SHARE, D_GRADE_FIRMS, GATE_SYSTEM_SHARE up to October's end, the year's DUSTFALL, NRMM_REGISTERED) and contributes them as contributeIndicators batches of the caller; returns the indicators changed.",
  })
  async refreshPlanIndicators(@Arg("year", () => Int, { description: "The year: the indicators are contributed with the period YYYY; 2000 to 2100." }) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.ENVIRONMENT, "refreshPlanIndicators");
    if (year < 2000 || year > 2100) throw badInput(`year ${year} is out of range`, { argument: "year" });
    return refreshPlanIndicators(ctx, year);
  }
}

export const parts: SubgraphParts = { resolvers: [PlanIndicatorResolver] };
