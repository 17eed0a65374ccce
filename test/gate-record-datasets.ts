import { Department } from "../src/shared/departments.js";
import { sql } from "./support/db.js";
import { breakCheckChar, makeCreditCode } from "./support/identifiers.js";
import type { GridEvidenceDatasetCase } from "./grid-evidence-datasets.js";

type Row = Record<string, unknown>;
const VERSION = "history { version current batchId values }";
/** Instants of test rows: a minute apart from 2020-03-01, before any demo warning's baseline. */
const at = (n: number) => new Date(Date.UTC(2020, 2, 1) + n * 60_000).toISOString();

/**
 * The environment department's gate records (issue 14's new dataset) as a case of the table-driven
 * contribution test: valid batch, each bad row, non-atomic, replay, retry, history, ownership, batch size.
 */
export function gateRecordCases(ctx: { dbUrl: () => string }): GridEvidenceDatasetCase[] {
  const firm = makeCreditCode(97_001);
  return [
    {
      dataset: "GATE_RECORDS", mutation: "contributeGateRecords", input: "GateRecordInput", owner: Department.ENVIRONMENT, table: "environment.gate_records",
      valid: (n) => ({ creditCode: firm, gateId: "G1", passedAt: at(n), plate: "豫A88888", direction: n % 2 ? "OUT" : "IN", emissionStage: "CN5" }),
      bad: [
        { name: "a credit code with a wrong check character", patch: { creditCode: breakCheckChar(firm).bad }, field: "creditCode", code: "BAD_CHECK_CHARACTER" },
        { name: "a passage in the future", patch: { passedAt: "2030-01-01T08:00:00+08:00" }, field: "passedAt", code: "FUTURE_TIME" },
        { name: "a direction that is neither IN nor OUT", patch: { direction: "INBOUND" }, field: "direction", code: "BAD_ENUM" },
        { name: "an emission stage that does not exist", patch: { emissionStage: "CN7" }, field: "emissionStage", code: "BAD_ENUM" },
        { name: "a plate with I", patch: { plate: "豫AI2345" }, field: "plate", code: "BAD_CHARACTER" },
        { name: "no gate", patch: { gateId: null }, field: "gateId", code: "REQUIRED" },
      ],
      correct: (r) => ({ ...r, emissionStage: "CN6A" }),
      history: (r) => ({
        query: `query($c: ID!, $f: DateTime!, $t: DateTime!) { gateRecords(filter: { creditCode: $c, from: $f, to: $t }) { edges { node { ${VERSION} } } } }`,
        variables: { c: r.creditCode, f: r.passedAt, t: new Date(Date.parse(r.passedAt as string) + 1000).toISOString() },
        pick: (d: { gateRecords: { edges: { node: { history: never } }[] } }) => d.gateRecords.edges[0].node.history,
      }),
      count: async (rows) =>
        Number((await sql<{ n: string }>(ctx.dbUrl(), `select count(*) as n from environment.gate_records where credit_code = $1 and passed_at = any($2::timestamptz[])`,
          [firm, rows.map((r) => r.passedAt)]))[0].n),
    },
  ];
}
