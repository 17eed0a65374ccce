import type { UnitTables } from "../tables.js";

export const agricultureTables: UnitTables = {
  tables: [],
  notes: {
    "agriculture.fire_points": { indexes: [{ properties: ["detectedAt", "id"] }] },
    "agriculture.coal_replacements": {
      checks: [
        { property: "tobaccoBarnsConverted", expression: "tobacco_barns_converted >= 0" },
        { property: "edibleFungiFirmsConverted", expression: "edible_fungi_firms_converted >= 0" },
      ],
    },
  },
};
