import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { breakCheckChar, makeCreditCode, makeVin } from "./support/identifiers.js";

/*
 * Transport's phase-outs, repairs and railway sidings as cases of the table-driven contribution test
 * (test/contribution.test.ts), which runs every case through the same battery: valid batch, each bad
 * row, non-atomic, replay, retry, history, ownership, batch size.
 */

type Row = Record<string, unknown>;

/** The shape of test/contribution.test.ts's DatasetCase, which that file does not export. */
export interface TransportDatasetCase {
  dataset: string;
  mutation: string;
  input: string;
  owner: Department;
  table: string;
  valid(n: number): Row;
  bad: { name: string; patch: Row; field: string | null; code: string }[];
  correct(row: Row): Row;
  history(row: Row): { query: string; variables: Row; pick: (data: never) => { values: Row; current: boolean; batchId: string }[] };
  count(rows: Row[]): Promise<number>;
}

const VERSION = "history { version current batchId values }";
/** A VIN whose check digit (position 9) is wrong. */
const BAD_VIN = "LZZ5BLSJ1NA123456";

export function transportCases(ctx: { dbUrl: () => string }): TransportDatasetCase[] {
  const countBy = (table: string, column: string, key: string) => async (rows: Row[]) =>
    Number((await sql<{ n: string }>(ctx.dbUrl(), `select count(*) as n from ${table} where ${column} = any($1)`, [rows.map((r) => r[key])]))[0].n);

  return [
    {
      dataset: "PHASE_OUTS", mutation: "contributePhaseOuts", input: "PhaseOutInput", owner: Department.TRANSPORT, table: "transport.phase_outs",
      // VINs far from the ones other cases make, so no two datasets' test rows share a truck
      valid: (n) => ({ vin: makeVin(700_000 + n), deadline: "2021-12-31", status: "PENDING" }),
      bad: [
        { name: "a wrong VIN check digit", patch: { vin: BAD_VIN }, field: "vin", code: "BAD_CHECK_CHARACTER" },
        { name: "a PENDING phase-out with a completion date", patch: { completedOn: "2021-05-01" }, field: "completedOn", code: "DATES_OUT_OF_ORDER" },
        { name: "a SCRAPPED truck without a completion date", patch: { status: "SCRAPPED" }, field: "completedOn", code: "REQUIRED" },
        { name: "a completion date in the future", patch: { status: "UPGRADED", completedOn: "2999-01-01" }, field: "completedOn", code: "FUTURE_TIME" },
        { name: "a bad status", patch: { status: "DONE" }, field: "status", code: "BAD_ENUM" },
        { name: "a bad deadline", patch: { deadline: "2021-13-01" }, field: "deadline", code: "BAD_DATE" },
      ],
      correct: (r) => ({ ...r, status: "SCRAPPED", completedOn: "2021-06-30" }),
      history: (r) => ({ query: `query($k: ID!) { phaseOut(vin: $k) { ${VERSION} } }`, variables: { k: r.vin }, pick: (d: { phaseOut: { history: never } }) => d.phaseOut.history }),
      count: countBy("transport.phase_outs", "vin", "vin"),
    },
    {
      dataset: "REPAIRS", mutation: "contributeRepairs", input: "RepairInput", owner: Department.TRANSPORT, table: "transport.repairs",
      valid: (n) => ({
        repairNo: `WXTEST${n}`, vin: makeVin(720_000 + n), stationCode: "M41010001", repairedAt: "2021-07-12T10:30:00+08:00",
        items: ["更换DPF颗粒捕集器", "维修EGR阀"], retestPassed: true,
      }),
      bad: [
        { name: "a time without an offset", patch: { repairedAt: "2021-07-12 10:30" }, field: "repairedAt", code: "BAD_DATE" },
        { name: "a repair in the future", patch: { repairedAt: "2999-07-12T10:30:00+08:00" }, field: "repairedAt", code: "FUTURE_TIME" },
        { name: "no items", patch: { items: [] }, field: "items", code: "REQUIRED" },
        { name: "a missing item list", patch: { items: null }, field: "items", code: "REQUIRED" },
        { name: "a blank item", patch: { items: ["更换DPF颗粒捕集器", "  "] }, field: "items", code: "REQUIRED" },
        { name: "a station code with spaces", patch: { stationCode: "M 01" }, field: "stationCode", code: "BAD_CHARACTER" },
        { name: "a wrong VIN check digit", patch: { vin: BAD_VIN }, field: "vin", code: "BAD_CHECK_CHARACTER" },
      ],
      correct: (r) => ({ ...r, retestPassed: false }),
      history: (r) => ({ query: `query($k: ID!) { repair(repairNo: $k) { ${VERSION} } }`, variables: { k: r.repairNo }, pick: (d: { repair: { history: never } }) => d.repair.history }),
      count: countBy("transport.repairs", "repair_no", "repairNo"),
    },
    {
      dataset: "RAIL_SIDINGS", mutation: "contributeRailSidings", input: "RailSidingInput", owner: Department.TRANSPORT, table: "transport.rail_sidings",
      valid: (n) => ({ projectCode: `ZYXTEST${n}`, enterpriseCreditCode: makeCreditCode(600_000 + n, "410300"), regionCode: "410305", status: "IN_SERVICE", annualTonnage: 120.5 }),
      bad: [
        { name: "a wrong credit-code check character", patch: { enterpriseCreditCode: breakCheckChar(makeCreditCode(5)).bad }, field: "enterpriseCreditCode", code: "BAD_CHECK_CHARACTER" },
        { name: "an unknown region", patch: { regionCode: "419999" }, field: "regionCode", code: "UNKNOWN_REGION" },
        { name: "a tonnage given in tonnes", patch: { annualTonnage: 1_200_000 }, field: "annualTonnage", code: "OUT_OF_RANGE" },
        { name: "a negative tonnage", patch: { annualTonnage: -1 }, field: "annualTonnage", code: "OUT_OF_RANGE" },
        { name: "a bad status", patch: { status: "OPEN" }, field: "status", code: "BAD_ENUM" },
        { name: "a missing project code", patch: { projectCode: null }, field: "projectCode", code: "REQUIRED" },
      ],
      correct: (r) => ({ ...r, annualTonnage: (r.annualTonnage as number) + 80 }),
      history: (r) => ({ query: `query($k: ID!) { railSiding(projectCode: $k) { ${VERSION} } }`, variables: { k: r.projectCode }, pick: (d: { railSiding: { history: never } }) => d.railSiding.history }),
      count: countBy("transport.rail_sidings", "project_code", "projectCode"),
    },
  ];
}
