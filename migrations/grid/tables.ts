import type { UnitTables } from "../tables.js";

export const gridTables: UnitTables = {
  tables: [],
  notes: {
    "grid.electricity_readings": {
      checks: [
        { property: "hour", expression: "(hour >= '-1'::integer) AND (hour <= 23)" },
        { property: "kwh", expression: "kwh >= (0)::double precision" },
      ],
      // readings from before hourly ones were whole-day readings (hour -1)
      defaults: { hour: "-1" },
    },
    "grid.coal_to_electricity": { checks: [{ property: "households", expression: "households >= 0" }] },
  },
};
