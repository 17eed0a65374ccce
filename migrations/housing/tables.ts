import type { UnitTables } from "../tables.js";

export const housingTables: UnitTables = {
  tables: [],
  notes: {
    "housing.construction_sites": {
      checks: [{ property: "areaM2", expression: "area_m2 > (0)::double precision" }],
      indexes: [{ properties: ["regionCode"] }],
    },
    "housing.dust_monitor_readings": { checks: [{ property: "pm10", expression: "pm10 >= (0)::double precision" }] },
    "housing.dust_violations": {
      enums: { type: ["NO_FENCING", "UNCOVERED_MATERIAL", "NO_WASHING", "DUST_EXCEEDANCE", "OTHER"] },
      checks: [{ property: "penaltyCny", expression: "penalty_cny >= (0)::double precision" }],
    },
  },
};
