import type { RowCheck } from "../../common/contribution/row-check.js";
import { defineDataset, periodFilters, type FieldDecl, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { constructionSite, SITE_REFERENCE, sitesInRegion } from "./construction-site.dataset.js";

/**
 * The six measures of the "six 100%" (六个百分之百) of construction-dust control, as the fields that
 * record them: a check passes when every one is in place.
 */
export const DUST_MEASURES = [
  { field: "fencing", description: "施工工地周边100%围挡: the site is fenced all round.", input: "围挡: fenced all round." },
  { field: "coveredStockpiles", description: "物料堆放100%覆盖: stockpiles of earth and materials are covered.", input: "物料堆放覆盖: stockpiles covered." },
  { field: "hardenedRoads", description: "施工现场路面100%硬化: the site's roads are hardened.", input: "路面硬化: roads hardened." },
  { field: "vehicleWashing", description: "出入车辆100%清洗: vehicles leaving the site are washed.", input: "出入车辆清洗: vehicles washed." },
  { field: "wetEarthwork", description: "土方开挖100%湿法作业: earthwork is done wet.", input: "土方开挖湿法作业: earthwork done wet." },
  { field: "sealedTransport", description: "渣土车辆100%密闭运输: muck trucks are sealed.", input: "渣土车辆密闭运输: muck trucks sealed." },
] as const;

export type DustMeasure = (typeof DUST_MEASURES)[number]["field"];

function measure(c: RowCheck, field: string, v: boolean | null | undefined): boolean | null {
  if (v === null || v === undefined) return c.error(field, "REQUIRED", `${field} is required: true when the measure is in place, false when not`);
  return v;
}

export const dustCheck = defineDataset({
  dataset: Dataset.DUST_CHECKS,
  sharing: "CONDITIONAL",
  catalogue: "Dust-control inspections of construction sites (六个百分之百).",
  name: "DustCheck",
  description:
    "An inspection of a construction site against the \"six 100%\" (六个百分之百) of dust control: fencing, covered stockpiles, hardened roads, vehicle washing, wet earthwork and sealed muck transport.",
  table: "housing.dust_checks",
  key: ["checkId"],
  fields: {
    checkId: { type: "ID", description: "The inspection record's identifier.", input: "The inspection record's identifier: letters, digits, - and _.", check: (c, v: string | null) => c.code("checkId", v) },
    siteCode: { type: "ID", description: "Code of the construction site inspected.", input: "A registered construction site.", check: (c, v: string | null) => c.code("siteCode", v) },
    checkedOn: { type: "Date", description: "The day of the inspection.", input: "YYYY-MM-DD, not in the future.", check: (c, v: string | null, ctx) => c.date("checkedOn", v, { notAfter: ctx.today }) },
    ...Object.fromEntries(
      DUST_MEASURES.map((m): [string, FieldDecl] => [m.field, { type: "Boolean", description: m.description, input: m.input, check: (c, v: boolean | null) => measure(c, m.field, v) }]),
    ) as Record<DustMeasure, { type: "Boolean" }>,
    inspector: { type: "String", description: "Name of the inspector.", input: "Name of the inspector.", check: (c, v: string | null) => c.text("inspector", v, 100) },
  },
  computed: {
    passed: { type: () => Boolean, description: "All six measures in place; derived, never contributed.", get: (r: Record<DustMeasure, boolean>) => DUST_MEASURES.every((m) => r[m.field]) },
  },
  indexes: [
    ["siteCode", "checkedOn"],
    ["checkedOn", "checkId"],
  ],
  list: {
    query: "dustChecks",
    description: "\"Six 100%\" dust-control checks of construction sites, oldest first (by day, then identifier).",
    nullable: true,
    order: ["checkedOn", "checkId"],
    filters: {
      siteCode: { type: "ID", description: "The construction site's code." },
      regionCode: { type: "ID", description: "A region: checks of the sites registered in it or its subregions.", where: (code: string) => ({ siteCode: sitesInRegion(code, "filter.regionCode") }) },
      ...periodFilters("checkedOn", "Date"),
      passed: {
        type: "Boolean",
        description: "true: checks with all six measures in place; false: checks with at least one missing.",
        where: (passed: boolean) => (passed ? Object.fromEntries(DUST_MEASURES.map((m) => [m.field, true])) : { $or: DUST_MEASURES.map((m) => ({ [m.field]: false })) }),
      },
    },
  },
  byKey: { query: "dustCheck", description: "One dust-control check, by its identifier." },
  history: "Every version of this check, oldest first, the current one last.",
  links: { site: { by: "siteCode", to: () => constructionSite, description: "The construction site inspected." } },
  listedOn: {
    dustChecks: { parent: () => constructionSite.entity, key: "code", by: "siteCode", order: { checkedOn: "desc", checkId: "desc" }, description: "The site's \"six 100%\" dust-control checks, newest first.", nullable: true },
  },
  contribution: {
    mutation: "contributeDustChecks",
    description: "Contributes \"six 100%\" dust-control checks (housing only); the site must be registered; upserts by check id.",
    input: "One \"six 100%\" (六个百分之百) dust-control inspection of a construction site. Each measure: true when in place.",
    references: [SITE_REFERENCE],
  },
});
export type DustCheck = Row<typeof dustCheck>;
