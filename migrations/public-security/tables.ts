import type { UnitTables } from "../tables.js";

export const publicSecurityTables: UnitTables = {
  tables: [],
  notes: {
    "public_security.vehicles": { indexes: [{ properties: ["plate"] }, { properties: ["regionCode"] }], defaults: { use: "'NON_OPERATING'" } },
    "public_security.plate_registrations": {
      checks: [{ name: "plate_registrations_check", expression: "(valid_to IS NULL) OR (valid_to > valid_from)" }],
      indexes: [
        { properties: ["vin"] },
        // a plate is assigned to one vehicle at a time
        { name: "plate_registrations_current", expression: "create unique index plate_registrations_current on public_security.plate_registrations (plate) where valid_to is null" },
      ],
    },
    "public_security.checkpoints": { indexes: [{ properties: ["regionCode"] }] },
    "public_security.entry_permits": {
      checks: [{ name: "entry_permits_check", expression: "valid_to >= valid_from" }],
      indexes: [{ properties: ["vin"] }],
    },
    "public_security.passages": {
      enums: { direction: ["INBOUND", "OUTBOUND"] },
      indexes: [
        // A vehicle's passages in the page's order (newest first, then checkpoint and plate), every column of
        // the page in it: a page is read from the index alone and stops at its limit, without a sort or a
        // visit to the table (what the nested read of vehicles with their passages costs PostgreSQL).
        {
          name: "passages_vin_page_index",
          expression: "create index passages_vin_page_index on public_security.passages (vin, passed_at, checkpoint_code, plate) include (direction)",
        },
      ],
    },
  },
};
