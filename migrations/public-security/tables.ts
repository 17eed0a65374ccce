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
    "public_security.passages": { enums: { direction: ["INBOUND", "OUTBOUND"] }, indexes: [{ properties: ["vin", "passedAt"] }] },
  },
};
