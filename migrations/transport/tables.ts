import type { UnitTables } from "../tables.js";

export const transportTables: UnitTables = {
  tables: [],
  notes: {
    "transport.operating_licences": { indexes: [{ properties: ["operatorCreditCode"] }] },
  },
};
