import { Department } from "../src/shared/departments.js";
import { REGIONS } from "../src/shared/regions.data.js";
import { sql } from "./support/db.js";
import { breakCheckChar, makeCreditCode, makeVin } from "./support/identifiers.js";

/*
 * The grid company's coal-to-electricity households and the environment department's remote sensing,
 * black smoke, OBD records and non-road machinery as cases of the table-driven contribution test
 * (test/contribution.test.ts), which runs every case through the same battery: valid batch, each bad
 * row, non-atomic, replay, retry, history, ownership, batch size.
 */

type Row = Record<string, unknown>;

/** The shape of test/contribution.test.ts's DatasetCase, which that file does not export. */
export interface GridEvidenceDatasetCase {
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
/** A VIN whose check digit (position 9) is wrong. */
const BAD_VIN = "LZZ5BLSJ1NA123456";

const COUNTIES = REGIONS.filter((r) => r.level === "COUNTY").map((r) => r.code);
/** Years the demo data leaves alone (it holds 2017–2021), so a test row is always a new record. */
const FIRST_TEST_YEAR = 2000;
const TEST_YEARS = 17;

/** The cases; `dbUrl` is read when a count runs, after the test hub has started. */
export function gridEvidenceCases(ctx: { dbUrl: () => string }): GridEvidenceDatasetCase[] {
  const countBy = (table: string, column: string, key: string) => async (rows: Row[]) =>
    Number((await sql<{ n: string }>(ctx.dbUrl(), `select count(*) as n from ${table} where ${column} = any($1)`, [rows.map((r) => r[key])]))[0].n);

  return [
    {
      dataset: "COAL_TO_ELECTRICITY", mutation: "contributeCoalToElectricity", input: "CoalToElectricityInput", owner: Department.GRID, table: "grid.coal_to_electricity",
      // a distinct (county, year) for each n below 156 counties × 17 years
      valid: (n) => ({ countyCode: COUNTIES[Math.floor(n / TEST_YEARS) % COUNTIES.length], year: FIRST_TEST_YEAR + (n % TEST_YEARS), households: 1200 + n }),
      bad: [
        { name: "a city instead of a county", patch: { countyCode: "410100" }, field: "countyCode", code: "BAD_FORMAT" },
        { name: "the province instead of a county", patch: { countyCode: "410000" }, field: "countyCode", code: "BAD_FORMAT" },
        { name: "an unknown region", patch: { countyCode: "419999" }, field: "countyCode", code: "UNKNOWN_REGION" },
        { name: "a future year", patch: { year: 2999 }, field: "year", code: "FUTURE_TIME" },
        { name: "a year before the programme", patch: { year: 1999 }, field: "year", code: "OUT_OF_RANGE" },
        { name: "negative households", patch: { households: -1 }, field: "households", code: "OUT_OF_RANGE" },
        { name: "missing households", patch: { households: null }, field: "households", code: "REQUIRED" },
      ],
      correct: (r) => ({ ...r, households: (r.households as number) + 100 }),
      history: (r) => ({
        query: `query($c: ID!, $y: Int!) { coalToElectricity(filter: { regionCode: $c, year: $y }) { edges { node { ${VERSION} } } } }`,
        variables: { c: r.countyCode, y: r.year },
        pick: (d: { coalToElectricity: { edges: { node: { history: never } }[] } }) => d.coalToElectricity.edges[0].node.history,
      }),
      count: async (rows) =>
        Number((await sql<{ n: string }>(ctx.dbUrl(),
          `select count(*) as n from grid.coal_to_electricity t join unnest($1::text[], $2::int[]) as k(c, y) on t.county_code = k.c and t.year = k.y`,
          [rows.map((r) => r.countyCode), rows.map((r) => r.year)]))[0].n),
    },
    {
      dataset: "REMOTE_SENSING", mutation: "contributeRemoteSensingTests", input: "RemoteSensingTestInput", owner: Department.ENVIRONMENT, table: "environment.remote_sensing_tests",
      // VINs far from the ones other cases make, so no two datasets' test rows share a vehicle
      valid: (n) => ({
        testId: `YGTEST${n}`, vin: makeVin(740_000 + n), siteName: "郑州G107国道测试遥感点", at: "2021-08-01T10:00:00+08:00", result: "PASS",
        values: { noPpm: 300 + n, opacityPercent: 5 },
      }),
      bad: [
        { name: "a wrong VIN check digit", patch: { vin: BAD_VIN }, field: "vin", code: "BAD_CHECK_CHARACTER" },
        { name: "a time without an offset", patch: { at: "2021-08-01 10:00" }, field: "at", code: "BAD_DATE" },
        { name: "a test in the future", patch: { at: "2999-08-01T10:00:00+08:00" }, field: "at", code: "FUTURE_TIME" },
        { name: "a bad result", patch: { result: "OK" }, field: "result", code: "BAD_ENUM" },
        { name: "no values", patch: { values: null }, field: "values", code: "REQUIRED" },
        { name: "an empty set of values", patch: { values: {} }, field: "values", code: "REQUIRED" },
        { name: "an opacity above 100%", patch: { values: { opacityPercent: 120 } }, field: "values.opacityPercent", code: "OUT_OF_RANGE" },
        { name: "a negative NO reading", patch: { values: { noPpm: -1 } }, field: "values.noPpm", code: "OUT_OF_RANGE" },
        { name: "a test id with spaces", patch: { testId: "YG 1" }, field: "testId", code: "BAD_CHARACTER" },
        { name: "a missing site", patch: { siteName: " " }, field: "siteName", code: "REQUIRED" },
      ],
      correct: (r) => ({ ...r, result: "FAIL", values: { noPpm: 2500, opacityPercent: 45 } }),
      history: (r) => ({ query: `query($k: ID!) { remoteSensingTest(testId: $k) { ${VERSION} } }`, variables: { k: r.testId }, pick: (d: { remoteSensingTest: { history: never } }) => d.remoteSensingTest.history }),
      count: countBy("environment.remote_sensing_tests", "test_id", "testId"),
    },
    {
      dataset: "BLACK_SMOKE", mutation: "contributeBlackSmokeCaptures", input: "BlackSmokeCaptureInput", owner: Department.ENVIRONMENT, table: "environment.black_smoke_captures",
      valid: (n) => ({ captureId: `HYTEST${n}`, vin: makeVin(760_000 + n), plate: "豫AB1234", at: "2021-09-03T07:45:00+08:00", cameraSite: "洛阳G310国道测试抓拍点", ringelmann: 2 }),
      bad: [
        { name: "a Ringelmann level above 5", patch: { ringelmann: 6 }, field: "ringelmann", code: "OUT_OF_RANGE" },
        { name: "a negative Ringelmann level", patch: { ringelmann: -1 }, field: "ringelmann", code: "OUT_OF_RANGE" },
        { name: "a short plate", patch: { plate: "豫A1234" }, field: "plate", code: "BAD_LENGTH" },
        { name: "a wrong VIN check digit", patch: { vin: BAD_VIN }, field: "vin", code: "BAD_CHECK_CHARACTER" },
        { name: "a capture in the future", patch: { at: "2999-09-03T07:45:00+08:00" }, field: "at", code: "FUTURE_TIME" },
        { name: "a missing camera site", patch: { cameraSite: null }, field: "cameraSite", code: "REQUIRED" },
      ],
      correct: (r) => ({ ...r, ringelmann: 3 }),
      history: (r) => ({ query: `query($k: ID!) { blackSmokeCapture(captureId: $k) { ${VERSION} } }`, variables: { k: r.captureId }, pick: (d: { blackSmokeCapture: { history: never } }) => d.blackSmokeCapture.history }),
      count: countBy("environment.black_smoke_captures", "capture_id", "captureId"),
    },
    {
      dataset: "OBD_RECORDS", mutation: "contributeObdRecords", input: "ObdRecordInput", owner: Department.ENVIRONMENT, table: "environment.obd_records",
      valid: (n) => ({ vin: makeVin(780_000 + n), at: "2021-12-10T08:00:00+08:00", noxPpm: 350, faultFlags: [] }),
      bad: [
        { name: "NOx above 5,000 ppm", patch: { noxPpm: 6000 }, field: "noxPpm", code: "OUT_OF_RANGE" },
        { name: "a missing NOx reading", patch: { noxPpm: null }, field: "noxPpm", code: "REQUIRED" },
        { name: "a blank fault flag", patch: { faultFlags: ["P20EE", " "] }, field: "faultFlags", code: "REQUIRED" },
        { name: "a fault flag with spaces", patch: { faultFlags: ["P20 EE"] }, field: "faultFlags", code: "BAD_CHARACTER" },
        { name: "a record in the future", patch: { at: "2999-12-10T08:00:00+08:00" }, field: "at", code: "FUTURE_TIME" },
        { name: "a wrong VIN check digit", patch: { vin: BAD_VIN }, field: "vin", code: "BAD_CHECK_CHARACTER" },
      ],
      correct: (r) => ({ ...r, noxPpm: (r.noxPpm as number) + 500, faultFlags: ["P20EE"] }),
      history: (r) => ({
        query: `query($k: ID!) { obdRecords(filter: { vin: $k }) { edges { node { ${VERSION} } } } }`,
        variables: { k: r.vin },
        pick: (d: { obdRecords: { edges: { node: { history: never } }[] } }) => d.obdRecords.edges[0].node.history,
      }),
      count: countBy("environment.obd_records", "vin", "vin"),
    },
    {
      dataset: "NRMM", mutation: "contributeNonRoadMachinery", input: "NonRoadMachineInput", owner: Department.ENVIRONMENT, table: "environment.nonroad_machinery",
      valid: (n) => ({
        registrationNo: `FDTEST${n}`, machineType: "EXCAVATOR", engineStage: "NONROAD_CN3", ownerCreditCode: makeCreditCode(660_000 + n, "410100"),
        testResult: "PASS", locatorInstalled: true, regionCode: "410102",
      }),
      bad: [
        { name: "a bad machine type", patch: { machineType: "BULLDOZER" }, field: "machineType", code: "BAD_ENUM" },
        { name: "a road-vehicle stage", patch: { engineStage: "CN3" }, field: "engineStage", code: "BAD_ENUM" },
        { name: "an exhaust test of electric machinery", patch: { engineStage: "NONE" }, field: "testResult", code: "BAD_FORMAT" },
        { name: "a bad test result", patch: { testResult: "OK" }, field: "testResult", code: "BAD_ENUM" },
        { name: "the province as region", patch: { regionCode: "410000" }, field: "regionCode", code: "BAD_FORMAT" },
        { name: "a missing locator flag", patch: { locatorInstalled: null }, field: "locatorInstalled", code: "REQUIRED" },
        { name: "a wrong credit-code check character", patch: { ownerCreditCode: breakCheckChar(makeCreditCode(7)).bad }, field: "ownerCreditCode", code: "BAD_CHECK_CHARACTER" },
        { name: "a registration number with spaces", patch: { registrationNo: "FD 1" }, field: "registrationNo", code: "BAD_CHARACTER" },
      ],
      correct: (r) => ({ ...r, testResult: "FAIL", locatorInstalled: false }),
      history: (r) => ({ query: `query($k: ID!) { nonRoadMachine(registrationNo: $k) { ${VERSION} } }`, variables: { k: r.registrationNo }, pick: (d: { nonRoadMachine: { history: never } }) => d.nonRoadMachine.history }),
      count: countBy("environment.nonroad_machinery", "registration_no", "registrationNo"),
    },
  ];
}
