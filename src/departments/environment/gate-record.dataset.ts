import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { EmissionStage } from "../../common/graphql-enums.js";
import { Enterprise } from "./enterprise.extension.js";

export const GateDirection = defineEnum("GateDirection", { IN: "Entering the enterprise's grounds.", OUT: "Leaving the enterprise's grounds." }, "Into or out of the enterprise's grounds through its gate.");
export type GateDirection = EnumOf<typeof GateDirection>;

/**
 * Gate (门禁) records of bulk-material transport enterprises (task 14 of the plan): the environment
 * department leads and receives them. Each row is one truck movement through a gate; the vehicle behind
 * the plate at that instant is public security's to say (`GateRecord.vehicle`, added by its subgraph).
 */
export const gateRecords = defineDataset({
  dataset: Dataset.GATE_RECORDS,
  sharing: "CONDITIONAL",
  catalogue: "Truck movements at the gates (门禁) of bulk-material transport enterprises: which plate passed which gate, when, in which emission stage.",
  name: "GateRecord",
  description: "One truck movement through the gate (门禁) of a bulk-material transport enterprise: the plate, the direction, the instant and the emission stage the gate recorded.",
  table: "environment.gate_records",
  key: ["creditCode", "gateId", "passedAt", "plate"],
  // public security adds the vehicle behind the plate at that instant
  directives: ['@key(fields: "creditCode gateId passedAt plate")'],
  fields: {
    creditCode: {
      type: "ID",
      description: "The enterprise's unified social credit code.",
      input: "The enterprise's unified social credit code (check character verified).",
      check: (c, v: string | null) => c.creditCode("creditCode", v),
    },
    gateId: {
      type: "ID",
      description: "The gate's identifier within the enterprise.",
      input: "The gate's identifier within the enterprise: letters, digits, - and _.",
      check: (c, v: string | null) => c.code("gateId", v),
    },
    passedAt: {
      type: "DateTime",
      description: "When the truck passed the gate.",
      input: "ISO 8601 with an offset, not in the future.",
      check: (c, v: string | null, ctx) => c.dateTime("passedAt", v, { notAfter: ctx.now }),
    },
    plate: {
      type: "String",
      description: "The plate the gate read.",
      input: "The plate the gate read, e.g. 豫A12345.",
      check: (c, v: string | null) => c.plate("plate", v),
    },
    direction: { type: "String", enum: GateDirection, description: "Into or out of the grounds.", input: "IN or OUT of the grounds." },
    emissionStage: {
      type: "String",
      enum: EmissionStage,
      description: "The emission stage as the gate recorded it (from the truck's papers or the gate's lookup).",
      input: "CN1 … CN6B, or NONE for a pure electric truck.",
    },
  },
  computed: {
    enterprise: { type: () => Enterprise, description: "The enterprise whose gate it is.", get: (r: { creditCode: string }) => ({ creditCode: r.creditCode }) },
  },
  indexes: [["creditCode", "passedAt"], ["passedAt"]],
  list: {
    query: "gateRecords",
    description: "Gate records, oldest first (by instant, then enterprise, gate and plate).",
    order: ["passedAt", "creditCode", "gateId", "plate"],
    filters: {
      creditCode: { type: "ID", description: "The enterprise's credit code.", where: (code: string) => ({ creditCode: code.toUpperCase() }) },
      ...periodFilters("passedAt", "DateTime", true),
      direction: { type: "String", enum: GateDirection, description: "IN or OUT." },
    },
  },
  history: "Every version of this record, oldest first.",
  contribution: {
    mutation: "contributeGateRecords",
    description: "Contributes gate records of enterprises (environment only); upserts by (creditCode, gateId, passedAt, plate).",
    input: "One truck movement through an enterprise's gate.",
  },
});
export type GateRecord = Row<typeof gateRecords>;
