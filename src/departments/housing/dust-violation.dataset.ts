import { defineDataset, periodFilters, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { constructionSite, SITE_REFERENCE, sitesInRegion } from "./construction-site.dataset.js";

export const DustViolationType = defineEnum(
  "DustViolationType",
  {
    NO_FENCING: "No site hoarding as required (未按要求设置围挡).",
    UNCOVERED_MATERIAL: "Materials or earth left uncovered (物料、土方未覆盖).",
    NO_WASHING: "Vehicles leaving the site unwashed (出入车辆未清洗).",
    DUST_EXCEEDANCE: "The site's online dust monitor over the limit (扬尘在线监测超标).",
    OTHER: "Any other dust offence (其他扬尘违法行为).",
  },
  "What a construction site was penalised for.",
);
export type DustViolationType = EnumOf<typeof DustViolationType>;

/** The largest plausible penalty, CNY. */
export const MAX_PENALTY_CNY = 10_000_000;

export const dustViolation = defineDataset({
  dataset: Dataset.DUST_VIOLATIONS,
  sharing: "CONDITIONAL",
  catalogue: "Dust-control violations and penalties.",
  name: "DustViolation",
  description: "A dust-control violation (扬尘违法行为) found at a construction site, and its penalty.",
  table: "housing.dust_violations",
  key: ["violationId"],
  fields: {
    violationId: { type: "ID", description: "The penalty decision's identifier.", input: "The penalty decision's identifier: letters, digits, - and _.", check: (c, v: string | null) => c.code("violationId", v) },
    siteCode: { type: "ID", description: "Code of the construction site.", input: "A registered construction site.", check: (c, v: string | null) => c.code("siteCode", v) },
    occurredOn: { type: "Date", description: "The day of the violation.", input: "The day of the violation, YYYY-MM-DD, not in the future.", check: (c, v: string | null, ctx) => c.date("occurredOn", v, { notAfter: ctx.today }) },
    type: { type: "String", description: "What the site was penalised for (the dust-control rule broken).", enum: DustViolationType },
    penaltyCny: {
      type: "Float",
      description: `Penalty in CNY, 0 to ${MAX_PENALTY_CNY.toLocaleString("en")}.`,
      input: `Penalty in CNY, 0 to ${MAX_PENALTY_CNY.toLocaleString("en")}.`,
      check: (c, v: number | null) => c.number("penaltyCny", v, 0, MAX_PENALTY_CNY, "CNY"),
    },
  },
  indexes: [
    ["siteCode", "occurredOn"],
    ["occurredOn", "violationId"],
  ],
  list: {
    query: "dustViolations",
    description: "Dust-control violations at construction sites, oldest first (by day, then identifier).",
    nullable: true,
    order: ["occurredOn", "violationId"],
    filters: {
      siteCode: { type: "ID", description: "The construction site's code." },
      regionCode: { type: "ID", description: "A region: violations at the sites registered in it or its subregions.", where: (code: string) => ({ siteCode: sitesInRegion(code, "filter.regionCode") }) },
      ...periodFilters("occurredOn", "Date"),
      type: { type: "String", enum: DustViolationType },
    },
  },
  byKey: { query: "dustViolation", description: "One dust-control violation, by its identifier." },
  history: "Every version of this violation, oldest first, the current one last.",
  links: { site: { by: "siteCode", to: () => constructionSite, description: "The construction site." } },
  listedOn: {
    violations: { parent: () => constructionSite.entity, key: "code", by: "siteCode", order: { occurredOn: "desc", violationId: "desc" }, description: "The site's dust-control violations, newest first.", nullable: true },
  },
  contribution: {
    mutation: "contributeDustViolations",
    description: "Contributes dust-control violations (housing only); the site must be registered; upserts by violation id.",
    input: "One dust-control violation at a construction site.",
    references: [SITE_REFERENCE],
  },
});
export type DustViolation = Row<typeof dustViolation>;
