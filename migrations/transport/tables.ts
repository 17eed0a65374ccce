import { recordHistoryTable, type UnitTables } from "../tables.js";

export const transportTables: UnitTables = {
  tables: [recordHistoryTable("transport", "TransportRecordHistory")],
  notes: {
    "transport.operating_licences": { indexes: [{ properties: ["operatorCreditCode"] }] },
  },
};
