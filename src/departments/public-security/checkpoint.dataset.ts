import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { SiteKind, SITE_FIELDS } from "../../common/site.js";
import { Site } from "./site.interface.js";

export const checkpoints = defineDataset({
  dataset: Dataset.CHECKPOINTS,
  sharing: "OPEN",
  catalogue: "Traffic checkpoints with cameras at city entries.",
  name: "Checkpoint",
  description: "A traffic checkpoint camera (卡口) of public security.",
  implements: [Site],
  directives: ['@key(fields: "code")'],
  table: "public_security.checkpoints",
  key: ["code"],
  fields: {
    code: { type: "ID", description: SITE_FIELDS.code, check: (c, v: string | null) => c.code("code", v) },
    name: { type: "String", description: SITE_FIELDS.name, check: (c, v: string | null) => c.text("name", v) },
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the county (or city) the checkpoint stands in.", check: (c, v: string | null) => c.region("regionCode", v) },
    latitude: { type: "Float", description: SITE_FIELDS.latitude, check: (c, v: number | null) => c.latitude("latitude", v) },
    longitude: { type: "Float", description: SITE_FIELDS.longitude, check: (c, v: number | null) => c.longitude("longitude", v) },
    road: { type: "String", description: "The road the checkpoint watches.", input: "The road it watches.", check: (c, v: string | null) => c.text("road", v) },
  },
  computed: {
    kind: { type: () => SiteKind, description: SITE_FIELDS.kind, get: () => SiteKind.CHECKPOINT },
    region: { type: () => RegionRef, description: SITE_FIELDS.region, get: (c: { regionCode: string }) => regionRef(c.regionCode) },
  },
  list: {
    query: "checkpoints",
    description: "Traffic checkpoints, ordered by code.",
    order: ["code"],
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
    },
  },
  // codes are looked up as given, as they always were
  byKey: { query: "checkpoint", normalize: (code) => code },
  history: "Every version of this checkpoint record, oldest first.",
  contribution: {
    mutation: "contributeCheckpoints",
    description: "Contributes checkpoints (public security only); upserts by code.",
    input: "One checkpoint camera.",
  },
});

export const Checkpoint = checkpoints.entity;
export type Checkpoint = Row<typeof checkpoints>;
