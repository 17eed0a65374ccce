import { Department } from "../src/shared/departments.js";
import { REGIONS } from "../src/shared/regions.data.js";
import { sql } from "./support/db.js";
import { breakCheckChar, makeCreditCode } from "./support/identifiers.js";

/*
 * Housing's dust checks, dust-monitor hours, dust violations and restaurant fume monitors, and agriculture's
 * coal replacement and straw-burning deduction rates, as cases of the table-driven contribution test (test/contribution.test.ts), which runs
 * every case through the same battery: valid batch, each bad row, non-atomic, replay, retry, history,
 * ownership, batch size.
 */

type Row = Record<string, unknown>;

/** The shape of test/contribution.test.ts's DatasetCase, which that file does not export. */
export interface HousingAgricultureDatasetCase {
  dataset: string;
  mutation: string;
  input: string;
  owner: Department;
  table: string;
  /** a valid row, distinct for each n */
  valid(n: number): Row;
  bad: { name: string; patch: Row; field: string | null; code: string }[];
  /** a changed version of a row (same natural key) */
  correct(row: Row): Row;
  /** the record's history through the gateway */
  history(row: Row): { query: string; variables: Row; pick: (data: never) => { values: Row; current: boolean; batchId: string }[] };
  /** rows in the table for the keys of these rows */
  count(rows: Row[]): Promise<number>;
}

const VERSION = "history { version current batchId values }";

/** Construction sites the demo data registers (src/demo/generate.ts: GD<city><nnn>). */
const DEMO_SITE = "GD410100001";
const DEMO_SITE_2 = "GD410100002";

/** Every county, for distinct (county, year) keys. */
const COUNTIES = REGIONS.filter((r) => r.level === "COUNTY").map((r) => r.code).sort();
/** Years the demo data leaves alone (it has 2020 and 2021), so a test row never meets a demo row. */
const TEST_YEARS = 20;
const FIRST_TEST_YEAR = 2000;

/** Hours of 2020 from its first (China time), distinct for each n; the demo monitors report in March 2021. */
const testHour = (n: number) => new Date(Date.UTC(2019, 11, 31, 16) + n * 3_600_000).toISOString();
/** The China-time day of an instant. */
const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** The cases; `dbUrl` is read when a count runs, after the test hub has started. */
export function housingAgricultureCases(ctx: { dbUrl: () => string }): HousingAgricultureDatasetCase[] {
  const countBy = (table: string, column: string, key: string) => async (rows: Row[]) =>
    Number((await sql<{ n: string }>(ctx.dbUrl(), `select count(*) as n from ${table} where ${column} = any($1)`, [rows.map((r) => r[key])]))[0].n);

  return [
    {
      dataset: "DUST_CHECKS", mutation: "contributeDustChecks", input: "DustCheckInput", owner: Department.HOUSING, table: "housing.dust_checks",
      valid: (n) => ({
        checkId: `DCTEST${n}`, siteCode: DEMO_SITE, checkedOn: "2021-05-10",
        fencing: true, coveredStockpiles: true, hardenedRoads: true, vehicleWashing: true, wetEarthwork: true, sealedTransport: true,
        inspector: "王建国",
      }),
      bad: [
        { name: "a site not registered", patch: { siteCode: "GDNOSUCH1" }, field: "siteCode", code: "UNKNOWN_REFERENCE" },
        { name: "an inspection in the future", patch: { checkedOn: "2999-01-01" }, field: "checkedOn", code: "FUTURE_TIME" },
        { name: "a day that does not exist", patch: { checkedOn: "2021-02-30" }, field: "checkedOn", code: "BAD_DATE" },
        { name: "a measure not reported", patch: { wetEarthwork: null }, field: "wetEarthwork", code: "REQUIRED" },
        { name: "no inspector", patch: { inspector: " " }, field: "inspector", code: "REQUIRED" },
        { name: "a check id with spaces", patch: { checkId: "DC 1" }, field: "checkId", code: "BAD_CHARACTER" },
      ],
      correct: (r) => ({ ...r, vehicleWashing: false }),
      history: (r) => ({ query: `query($k: ID!) { dustCheck(checkId: $k) { ${VERSION} } }`, variables: { k: r.checkId }, pick: (d: { dustCheck: { history: never } }) => d.dustCheck.history }),
      count: countBy("housing.dust_checks", "check_id", "checkId"),
    },
    {
      dataset: "DUST_MONITOR_READINGS", mutation: "contributeDustMonitorReadings", input: "DustMonitorReadingInput", owner: Department.HOUSING, table: "housing.dust_monitor_readings",
      valid: (n) => ({ siteCode: DEMO_SITE, hour: testHour(n), pm10: 80 + (n % 100) }),
      bad: [
        { name: "a site not registered", patch: { siteCode: "GDNOSUCH1" }, field: "siteCode", code: "UNKNOWN_REFERENCE" },
        { name: "an hour not on the hour", patch: { hour: "2020-03-01T08:30:00+08:00" }, field: "hour", code: "NOT_ON_THE_HOUR" },
        { name: "a future hour", patch: { hour: "2999-03-01T08:00:00+08:00" }, field: "hour", code: "FUTURE_TIME" },
        { name: "an hour without an offset", patch: { hour: "2020-03-01 08:00" }, field: "hour", code: "BAD_DATE" },
        { name: "a negative PM10", patch: { pm10: -1 }, field: "pm10", code: "OUT_OF_RANGE" },
        { name: "an implausible PM10", patch: { pm10: 6000 }, field: "pm10", code: "OUT_OF_RANGE" },
        { name: "no PM10", patch: { pm10: null }, field: "pm10", code: "REQUIRED" },
      ],
      correct: (r) => ({ ...r, pm10: (r.pm10 as number) + 50 }),
      history: (r) => ({
        // a day holds up to 24 of the site's test hours: pick this one
        query: `query($s: ID!, $d: Date!) { dustMonitorReadings(first: 100, filter: { siteCode: $s, from: $d, to: $d }) { edges { node { hour ${VERSION} } } } }`,
        variables: { s: r.siteCode, d: chinaDay(r.hour as string) },
        pick: (d: { dustMonitorReadings: { edges: { node: { hour: string; history: never } }[] } }) =>
          d.dustMonitorReadings.edges.find((e) => Date.parse(e.node.hour) === Date.parse(r.hour as string))!.node.history,
      }),
      count: async (rows) =>
        Number((await sql<{ n: string }>(ctx.dbUrl(), `select count(*) as n from housing.dust_monitor_readings where site_code = $1 and hour = any($2::timestamptz[])`, [DEMO_SITE, rows.map((r) => r.hour)]))[0].n),
    },
    {
      dataset: "DUST_VIOLATIONS", mutation: "contributeDustViolations", input: "DustViolationInput", owner: Department.HOUSING, table: "housing.dust_violations",
      valid: (n) => ({ violationId: `WFTEST${n}`, siteCode: DEMO_SITE_2, occurredOn: "2021-06-01", type: "NO_FENCING", penaltyCny: 20_000 }),
      bad: [
        { name: "a site not registered", patch: { siteCode: "GDNOSUCH1" }, field: "siteCode", code: "UNKNOWN_REFERENCE" },
        { name: "a bad type", patch: { type: "NOISE" }, field: "type", code: "BAD_ENUM" },
        { name: "no type", patch: { type: null }, field: "type", code: "REQUIRED" },
        { name: "a penalty above 10 million", patch: { penaltyCny: 20_000_000 }, field: "penaltyCny", code: "OUT_OF_RANGE" },
        { name: "a negative penalty", patch: { penaltyCny: -100 }, field: "penaltyCny", code: "OUT_OF_RANGE" },
        { name: "a violation in the future", patch: { occurredOn: "2999-06-01" }, field: "occurredOn", code: "FUTURE_TIME" },
        { name: "a bad date", patch: { occurredOn: "2021/06/01" }, field: "occurredOn", code: "BAD_DATE" },
      ],
      correct: (r) => ({ ...r, type: "UNCOVERED_MATERIAL", penaltyCny: 50_000 }),
      history: (r) => ({ query: `query($k: ID!) { dustViolation(violationId: $k) { ${VERSION} } }`, variables: { k: r.violationId }, pick: (d: { dustViolation: { history: never } }) => d.dustViolation.history }),
      count: countBy("housing.dust_violations", "violation_id", "violationId"),
    },
    {
      dataset: "RESTAURANT_FUME_MONITORS", mutation: "contributeRestaurantFumeMonitors", input: "RestaurantFumeMonitorInput", owner: Department.HOUSING, table: "housing.restaurant_fume_monitors",
      valid: (n) => ({ creditCode: makeCreditCode(650_000 + n, "410105"), online: true, lastDataAt: "2021-11-30T23:00:00+08:00" }),
      bad: [
        { name: "a wrong credit-code check character", patch: { creditCode: breakCheckChar(makeCreditCode(650_001, "410105")).bad }, field: "creditCode", code: "BAD_CHECK_CHARACTER" },
        { name: "no online flag", patch: { online: null }, field: "online", code: "REQUIRED" },
        { name: "last data in the future", patch: { lastDataAt: "2999-01-01T00:00:00+08:00" }, field: "lastDataAt", code: "FUTURE_TIME" },
        { name: "last data without an offset", patch: { lastDataAt: "2021-11-30 23:00" }, field: "lastDataAt", code: "BAD_DATE" },
      ],
      correct: (r) => ({ ...r, online: false }),
      history: (r) => ({ query: `query($k: ID!) { restaurantFumeMonitor(creditCode: $k) { ${VERSION} } }`, variables: { k: r.creditCode }, pick: (d: { restaurantFumeMonitor: { history: never } }) => d.restaurantFumeMonitor.history }),
      count: countBy("housing.restaurant_fume_monitors", "credit_code", "creditCode"),
    },
    {
      dataset: "COAL_REPLACEMENT", mutation: "contributeCoalReplacements", input: "CoalReplacementInput", owner: Department.AGRICULTURE, table: "agriculture.coal_replacements",
      valid: (n) => ({
        regionCode: COUNTIES[n % COUNTIES.length], year: FIRST_TEST_YEAR + (Math.floor(n / COUNTIES.length) % TEST_YEARS),
        tobaccoBarnsConverted: 100 + (n % 50), edibleFungiFirmsConverted: 5,
      }),
      bad: [
        { name: "a city instead of a county", patch: { regionCode: "410100" }, field: "regionCode", code: "BAD_FORMAT" },
        { name: "an unknown region", patch: { regionCode: "419999" }, field: "regionCode", code: "UNKNOWN_REGION" },
        { name: "a negative count", patch: { tobaccoBarnsConverted: -1 }, field: "tobaccoBarnsConverted", code: "OUT_OF_RANGE" },
        { name: "no edible-fungi count", patch: { edibleFungiFirmsConverted: null }, field: "edibleFungiFirmsConverted", code: "REQUIRED" },
        { name: "a future year", patch: { year: 2999 }, field: "year", code: "FUTURE_TIME" },
        { name: "an implausibly early year", patch: { year: 1990 }, field: "year", code: "OUT_OF_RANGE" },
      ],
      correct: (r) => ({ ...r, tobaccoBarnsConverted: (r.tobaccoBarnsConverted as number) + 7 }),
      history: (r) => ({
        query: `query($r: ID!, $y: Int!) { coalReplacements(filter: { regionCode: $r, year: $y }) { edges { node { ${VERSION} } } } }`,
        variables: { r: r.regionCode, y: r.year },
        pick: (d: { coalReplacements: { edges: { node: { history: never } }[] } }) => d.coalReplacements.edges[0].node.history,
      }),
      count: async (rows) =>
        Number(
          (await sql<{ n: string }>(
            ctx.dbUrl(),
            `select count(*) as n from agriculture.coal_replacements where (region_code, year) in (select * from unnest($1::text[], $2::int[]))`,
            [rows.map((r) => r.regionCode), rows.map((r) => r.year)],
          ))[0].n,
        ),
    },
    {
      dataset: "STRAW_BURNING_DEDUCTION_RATES", mutation: "contributeStrawBurningDeductionRates", input: "StrawBurningDeductionRateInput", owner: Department.AGRICULTURE,
      table: "agriculture.straw_burning_deduction_rates",
      // future effective dates, one day apart (an announced rule may start later)
      valid: (n) => ({ effectiveFrom: new Date(Date.UTC(2040, 0, 1) + n * 86_400_000).toISOString().slice(0, 10), cnyPerConfirmedFirePoint: 500_000 + n, sourceClause: `test rule ${n}` }),
      bad: [
        { name: "a negative rate", patch: { cnyPerConfirmedFirePoint: -1 }, field: "cnyPerConfirmedFirePoint", code: "OUT_OF_RANGE" },
        { name: "a rate above 100 million", patch: { cnyPerConfirmedFirePoint: 100_000_001 }, field: "cnyPerConfirmedFirePoint", code: "OUT_OF_RANGE" },
        { name: "a bad date", patch: { effectiveFrom: "2040/01/01" }, field: "effectiveFrom", code: "BAD_DATE" },
        { name: "no clause", patch: { sourceClause: null }, field: "sourceClause", code: "REQUIRED" },
      ],
      correct: (r) => ({ ...r, cnyPerConfirmedFirePoint: 750_000 }),
      history: (r) => ({
        query: `{ strawBurningDeductionRates(first: 1000) { edges { node { effectiveFrom ${VERSION} } } } }`,
        variables: {},
        pick: (d: { strawBurningDeductionRates: { edges: { node: { effectiveFrom: string; history: never } }[] } }) =>
          d.strawBurningDeductionRates.edges.find((e) => e.node.effectiveFrom === r.effectiveFrom)!.node.history,
      }),
      count: async (rows) =>
        Number(
          (await sql<{ n: string }>(ctx.dbUrl(), `select count(*) as n from agriculture.straw_burning_deduction_rates where effective_from = any($1::date[])`, [rows.map((r) => r.effectiveFrom)]))[0].n,
        ),
    },
  ];
}
