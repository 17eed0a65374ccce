import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";

export const FirePointSource = defineEnum(
  "FirePointSource",
  {
    SATELLITE: "Detected by satellite remote sensing (卫星遥感).",
    DRONE: "Detected by a drone flight.",
    PATROL: "Found by a ground patrol (地面巡查).",
  },
  "How a straw-burning fire point was detected.",
);
export type FirePointSource = EnumOf<typeof FirePointSource>;

export const firePoint = defineDataset({
  dataset: Dataset.FIRE_POINTS,
  sharing: "OPEN",
  catalogue: "Satellite-detected straw-burning fire points.",
  name: "FirePoint",
  description: "A straw-burning fire point detected by satellite, drone or patrol.",
  directives: ['@key(fields: "id")'],
  table: "agriculture.fire_points",
  key: ["id"],
  fields: {
    id: { type: "ID", description: "The detecting system's identifier.", input: "The detecting system's identifier.", check: (c, v: string | null) => c.code("id", v) },
    detectedAt: { type: "DateTime", description: "When the fire point was detected (an instant, shown in China time).", input: "ISO 8601 with an offset, not in the future.", check: (c, v: string | null, { now }) => c.dateTime("detectedAt", v, { notAfter: now }) },
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the county (or city).", check: (c, v: string | null) => c.region("regionCode", v) },
    latitude: { type: "Float", description: "WGS 84 latitude of the fire, in degrees.", check: (c, v: number | null) => c.latitude("latitude", v) },
    longitude: { type: "Float", description: "WGS 84 longitude of the fire, in degrees.", check: (c, v: number | null) => c.longitude("longitude", v) },
    source: { type: "String", description: "How the fire point was detected: satellite, drone or ground patrol.", enum: FirePointSource },
    confirmed: {
      type: "Boolean",
      default: false,
      description: "Confirmed on the ground as straw burning (核实确认); unconfirmed points carry no deduction.",
      input: "Confirmed on the ground as straw burning; false (the default) while unconfirmed.",
      check: (_c, v: boolean | null) => v ?? false,
    },
  },
  computed: {
    region: { type: () => RegionRef, description: "The county (or city) where it burned.", get: (f: { regionCode: string }) => regionRef(f.regionCode) },
  },
  indexes: [["regionCode", "detectedAt"]],
  list: {
    query: "firePoints",
    description: "Fire points, oldest first; `from` and `to` are China-time dates, both inclusive.",
    order: ["detectedAt", "id"],
    filterArgs: true,
    skipEmpty: true,
    filters: {
      regionCode: { type: "ID", description: "Only fire points in this region (GB/T 2260 code): a county, or a city or the province with all its counties.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
      ...periodFilters("detectedAt", "DateTime"),
    },
  },
  byKey: { query: "firePoint" },
  history: "Every version of this fire point, oldest first.",
  contribution: {
    mutation: "contributeFirePoints",
    description: "Contributes fire points (agriculture only); upserts by id.",
    input: "One straw-burning fire point.",
  },
});
export type FirePoint = Row<typeof firePoint>;
