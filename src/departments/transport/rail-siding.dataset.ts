import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { Enterprise } from "./federated.js";

export const RailSidingStatus = defineEnum(
  "RailSidingStatus",
  {
    PLANNED: "Planned, construction not started.",
    UNDER_CONSTRUCTION: "Construction started (开工), counted toward the plan's sidings started.",
    IN_SERVICE: "Built and in service (建成投运), counted toward the plan's sidings completed.",
  }, "Where a railway siding project stands.");
export type RailSidingStatus = EnumOf<typeof RailSidingStatus>;

/** The largest plausible yearly bulk freight of one siding, in 10,000 t: above it is a unit error (tonnes for 万吨). */
export const MAX_ANNUAL_TONNAGE = 100_000;

export const railSiding = defineDataset({
  dataset: Dataset.RAIL_SIDINGS,
  sharing: "OPEN",
  catalogue: "Railway sidings serving enterprises (公转铁).",
  name: "RailSiding",
  description: "A railway siding (铁路专用线) of an enterprise: bulk freight moved from road to rail (公转铁).",
  table: "transport.rail_sidings",
  key: ["projectCode"],
  fields: {
    projectCode: { type: "ID", description: "The siding project's code.", input: "The siding project's code: letters, digits, - and _.", check: (c, v: string | null) => c.code("projectCode", v) },
    enterpriseCreditCode: {
      type: "String",
      hidden: true,
      input: "Credit code of the enterprise the siding serves (checked).",
      check: (c, v: string | null) => c.creditCode("enterpriseCreditCode", v),
    },
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the county (or city).", check: (c, v: string | null) => c.region("regionCode", v) },
    status: { type: "String", description: "Where the siding project stands: planned, under construction or in service.", enum: RailSidingStatus },
    annualTonnage: {
      type: "Float",
      description: `Bulk freight the siding carries a year, in 10,000 t (万吨), 0 to ${MAX_ANNUAL_TONNAGE.toLocaleString("en")}; planned or designed capacity unless IN_SERVICE.`,
      input: `Yearly bulk freight in 10,000 t (万吨), 0 to ${MAX_ANNUAL_TONNAGE.toLocaleString("en")}.`,
      check: (c, v: number | null) => c.number("annualTonnage", v, 0, MAX_ANNUAL_TONNAGE, "×10,000 t"),
    },
  },
  computed: {
    region: { type: () => RegionRef, description: "The county (or city) where the siding is.", get: (s: { regionCode: string }) => regionRef(s.regionCode) },
    enterprise: {
      type: () => Enterprise,
      nullable: true,
      description: "The enterprise the siding serves; null when the registry does not know it.",
      get: (s: { enterpriseCreditCode: string }): Enterprise => ({ creditCode: s.enterpriseCreditCode }),
    },
  },
  indexes: [["enterpriseCreditCode"], ["regionCode"]],
  list: {
    query: "railSidings",
    description: "Railway sidings, ordered by project code.",
    order: ["projectCode"],
    skipEmpty: true,
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code, "filter.regionCode") } }) },
      status: { type: "String", enum: RailSidingStatus },
    },
  },
  byKey: { query: "railSiding", description: "One railway siding, by project code." },
  history: "Every version of this siding record, oldest first.",
  listedOn: {
    railSidings: { parent: () => Enterprise, key: "creditCode", by: "enterpriseCreditCode", order: { projectCode: "asc" }, description: "The enterprise's railway sidings, by project code." },
  },
  contribution: {
    mutation: "contributeRailSidings",
    description: "Contributes railway sidings (transport only); upserts by project code.",
    input: "One railway siding.",
  },
});
export type RailSiding = Row<typeof railSiding>;
