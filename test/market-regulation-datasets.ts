import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { breakCheckChar, makeCreditCode, makeVin } from "./support/identifiers.js";

/**
 * Market regulation's datasets for the table-driven contribution test (test/contribution.test.ts): the same
 * shape as its DatasetCase, so the cases join its list as they are.
 */
type Row = Record<string, unknown>;

export interface MarketRegulationDatasetCase {
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

/** A filling station and an inspection agency the demo data registers (src/demo/generate.ts, src/demo/market-regulation.ts). */
const DEMO_STATION = "JY410100001";
const DEMO_AGENCY = "IS410100A";

/** The cases; `dbUrl` is read when a count runs, after the test hub has started. */
export function marketRegulationCases(ctx: { dbUrl: () => string }): MarketRegulationDatasetCase[] {
  const countBy = (table: string, column: string, key: string) => async (rows: Row[]) =>
    Number((await sql<{ n: string }>(ctx.dbUrl(), `select count(*) as n from ${table} where ${column} = any($1)`, [rows.map((r) => r[key])]))[0].n);

  return [
    {
      dataset: "FUEL_SAMPLES", mutation: "contributeFuelSamples", input: "FuelSampleInput", owner: Department.MARKET_REGULATION, table: "market_regulation.fuel_samples",
      valid: (n) => ({ sampleNo: `FSTEST${n}`, stationCode: DEMO_STATION, sampledOn: "2021-06-15", fuelGrade: "GASOLINE_92", result: "PASS", failedItems: [] }),
      bad: [
        { name: "a station not registered", patch: { stationCode: "JYNOSUCH1" }, field: "stationCode", code: "UNKNOWN_REFERENCE" },
        { name: "a FAIL without failed items", patch: { result: "FAIL", failedItems: [] }, field: "failedItems", code: "BAD_FORMAT" },
        { name: "a PASS with failed items", patch: { failedItems: ["硫含量"] }, field: "failedItems", code: "BAD_FORMAT" },
        { name: "an empty failed item", patch: { result: "FAIL", failedItems: ["硫含量", " "] }, field: "failedItems", code: "REQUIRED" },
        { name: "a sampling day in the future", patch: { sampledOn: "2999-01-01" }, field: "sampledOn", code: "FUTURE_TIME" },
        { name: "a bad fuel grade", patch: { fuelGrade: "GASOLINE_93" }, field: "fuelGrade", code: "BAD_ENUM" },
        { name: "a bad result", patch: { result: "OK" }, field: "result", code: "BAD_ENUM" },
      ],
      correct: (r) => ({ ...r, result: "FAIL", failedItems: ["硫含量"] }),
      history: (r) => ({ query: `query($k: ID!) { fuelSample(sampleNo: $k) { ${VERSION} } }`, variables: { k: r.sampleNo }, pick: (d: { fuelSample: { history: never } }) => d.fuelSample.history }),
      count: countBy("market_regulation.fuel_samples", "sample_no", "sampleNo"),
    },
    {
      dataset: "INSPECTION_AGENCIES", mutation: "contributeInspectionAgencies", input: "InspectionAgencyInput", owner: Department.MARKET_REGULATION, table: "market_regulation.inspection_agencies",
      valid: (n) => ({ code: `ISTEST${n}`, name: `测试机动车检测站${n}`, regionCode: "410102", operatorCreditCode: makeCreditCode(700000 + n), status: "ACTIVE" }),
      bad: [
        { name: "a bad status", patch: { status: "OPEN" }, field: "status", code: "BAD_ENUM" },
        { name: "an unknown region", patch: { regionCode: "419999" }, field: "regionCode", code: "UNKNOWN_REGION" },
        { name: "a wrong operator check character", patch: { operatorCreditCode: breakCheckChar(makeCreditCode(2)).bad }, field: "operatorCreditCode", code: "BAD_CHECK_CHARACTER" },
        { name: "a missing name", patch: { name: "  " }, field: "name", code: "REQUIRED" },
        { name: "a code with spaces", patch: { code: "IS 1" }, field: "code", code: "BAD_CHARACTER" },
      ],
      correct: (r) => ({ ...r, status: "SUSPENDED" }),
      history: (r) => ({ query: `query($k: ID!) { inspectionAgency(code: $k) { ${VERSION} } }`, variables: { k: r.code }, pick: (d: { inspectionAgency: { history: never } }) => d.inspectionAgency.history }),
      count: countBy("market_regulation.inspection_agencies", "code", "code"),
    },
    {
      dataset: "VEHICLE_INSPECTIONS", mutation: "contributeVehicleInspections", input: "VehicleInspectionInput", owner: Department.MARKET_REGULATION, table: "market_regulation.vehicle_inspections",
      valid: (n) => ({
        inspectionNo: `JCTEST${n}`, vin: makeVin(500000 + n), agencyCode: DEMO_AGENCY, inspectedAt: "2021-06-08T10:30:00+08:00",
        method: "LUG_DOWN", result: "PASS", measuredValues: { opacityK: 0.35, noxPpm: 420 },
      }),
      bad: [
        { name: "an agency not registered", patch: { agencyCode: "ISNOSUCH" }, field: "agencyCode", code: "UNKNOWN_REFERENCE" },
        { name: "a negative measured value", patch: { measuredValues: { opacityK: -0.2 } }, field: "measuredValues", code: "OUT_OF_RANGE" },
        { name: "a measured value that is not a number", patch: { measuredValues: { opacityK: "high" } }, field: "measuredValues", code: "OUT_OF_RANGE" },
        { name: "measured values that are not an object", patch: { measuredValues: [0.35, 420] }, field: "measuredValues", code: "BAD_FORMAT" },
        { name: "a time in the future", patch: { inspectedAt: "2999-06-08T10:30:00+08:00" }, field: "inspectedAt", code: "FUTURE_TIME" },
        { name: "a time without an offset", patch: { inspectedAt: "2021-06-08 10:30" }, field: "inspectedAt", code: "BAD_DATE" },
        { name: "a bad method", patch: { method: "ASM" }, field: "method", code: "BAD_ENUM" },
        { name: "a wrong VIN check digit", patch: { vin: "LZZ5BLSJ1NA123456" }, field: "vin", code: "BAD_CHECK_CHARACTER" },
      ],
      correct: (r) => ({ ...r, result: "FAIL", measuredValues: { opacityK: 1.85, noxPpm: 1650 } }),
      history: (r) => ({ query: `query($k: ID!) { vehicleInspection(inspectionNo: $k) { ${VERSION} } }`, variables: { k: r.inspectionNo }, pick: (d: { vehicleInspection: { history: never } }) => d.vehicleInspection.history }),
      count: countBy("market_regulation.vehicle_inspections", "inspection_no", "inspectionNo"),
    },
    {
      dataset: "COAL_CHECKS", mutation: "contributeCoalChecks", input: "CoalCheckInput", owner: Department.MARKET_REGULATION, table: "market_regulation.coal_checks",
      valid: (n) => ({ plantCreditCode: makeCreditCode(600000 + n), quarter: "2021-Q2", sulphurPercent: 0.8, ashPercent: 22.5, calorificValue: 20.5 }),
      bad: [
        { name: "a quarter 5", patch: { quarter: "2021-Q5" }, field: "quarter", code: "BAD_PERIOD" },
        { name: "a quarter without its dash", patch: { quarter: "2021Q1" }, field: "quarter", code: "BAD_PERIOD" },
        { name: "a quarter not begun", patch: { quarter: "2999-Q1" }, field: "quarter", code: "FUTURE_TIME" },
        { name: "sulphur above 10%", patch: { sulphurPercent: 12 }, field: "sulphurPercent", code: "OUT_OF_RANGE" },
        { name: "ash above 60%", patch: { ashPercent: 75 }, field: "ashPercent", code: "OUT_OF_RANGE" },
        { name: "a calorific value below 5 MJ/kg", patch: { calorificValue: 2.1 }, field: "calorificValue", code: "OUT_OF_RANGE" },
        { name: "a short plant credit code", patch: { plantCreditCode: "914101" }, field: "plantCreditCode", code: "BAD_LENGTH" },
      ],
      correct: (r) => ({ ...r, sulphurPercent: (r.sulphurPercent as number) + 0.3 }),
      history: (r) => ({
        query: `query($k: ID!, $q: String!) { coalChecks(filter: { creditCode: $k, quarter: $q }) { edges { node { ${VERSION} } } } }`,
        variables: { k: r.plantCreditCode, q: r.quarter },
        pick: (d: { coalChecks: { edges: { node: { history: never } }[] } }) => d.coalChecks.edges[0].node.history,
      }),
      count: async (rows) =>
        Number(
          (
            await sql<{ n: string }>(
              ctx.dbUrl(),
              `select count(*) as n from market_regulation.coal_checks c join unnest($1::text[], $2::text[]) as k(p, q) on c.plant_credit_code = k.p and c.quarter = k.q`,
              [rows.map((r) => r.plantCreditCode), rows.map((r) => r.quarter)],
            )
          )[0].n,
        ),
    },
  ];
}
