import { raw } from "@mikro-orm/core";
import type { ReferenceCheck } from "../../common/contribution/contribute.js";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { enterpriseRef, EnterpriseRef, regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { SiteKind, SITE_FIELDS, siteInterface } from "../../common/site.js";

export const ConstructionSiteStatus = defineEnum(
  "ConstructionSiteStatus",
  {
    PLANNED: "Registered, works not started.",
    ACTIVE: "Works under way.",
    SUSPENDED: "Works halted (停工), e.g. during a heavy-pollution warning or by order.",
    COMPLETED: "Works finished.",
  },
  "Where a construction site's works stand.",
);
export type ConstructionSiteStatus = EnumOf<typeof ConstructionSiteStatus>;

/** Dust datasets name the site they are about; it must be registered with the housing department. */
export const SITE_REFERENCE: ReferenceCheck = { column: "site_code", field: "siteCode", table: "housing.construction_sites", keyColumn: "code", what: "construction site" };

/**
 * A where condition on `siteCode`: the sites registered in a region or its subregions. A dust record does
 * not repeat its site's region, and a subquery keeps the page one statement.
 */
export function sitesInRegion(regionCode: string, argument: string) {
  return { $in: raw("(select code from housing.construction_sites where region_code in (?))", [regionScope(regionCode, argument)]) };
}

export const constructionSite = defineDataset({
  dataset: Dataset.CONSTRUCTION_SITES,
  sharing: "OPEN",
  catalogue: "Registered construction sites.",
  name: "ConstructionSite",
  description: "A construction site registered by the housing department.",
  table: "housing.construction_sites",
  implements: [siteInterface(RegionRef)],
  directives: ['@key(fields: "code")'],
  key: ["code"],
  fields: {
    code: { type: "ID", description: SITE_FIELDS.code, input: "The site's code: letters, digits, - and _.", check: (c, v: string | null) => c.code("code", v) },
    name: { type: "String", description: SITE_FIELDS.name, input: "The site's name.", check: (c, v: string | null) => c.text("name", v) },
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the site's region in Henan.", check: (c, v: string | null) => c.region("regionCode", v) },
    latitude: { type: "Float", description: SITE_FIELDS.latitude, input: "WGS 84 latitude, within Henan.", check: (c, v: number | null) => c.latitude("latitude", v) },
    longitude: { type: "Float", description: SITE_FIELDS.longitude, input: "WGS 84 longitude, within Henan.", check: (c, v: number | null) => c.longitude("longitude", v) },
    areaM2: {
      type: "Float",
      description: "Site area in m².",
      input: "m², above 0 and at most 10 km².",
      check: (c, v: number | null) => (v === 0 ? c.error("areaM2", "OUT_OF_RANGE", "areaM2 must be above 0") : c.number("areaM2", v, 0, 10_000_000, "m²")),
    },
    builderCreditCode: { type: "String", hidden: true, input: "Credit code of the builder (checked).", check: (c, v: string | null) => c.creditCode("builderCreditCode", v) },
    status: { type: "String", description: "Where the site's works stand: planned, active, suspended or completed.", enum: ConstructionSiteStatus },
    startedOn: {
      description: "The day works started (or are to start, for a PLANNED site).",
      type: "Date",
      input: "YYYY-MM-DD; not in the future unless the site is PLANNED.",
      // a planned site may start later; the status is read as its check reads it
      check: (c, v: string | null, ctx, row) =>
        c.date("startedOn", v, (row.status as string | null | undefined)?.trim().toUpperCase() === ConstructionSiteStatus.PLANNED ? {} : { notAfter: ctx.today }),
    },
  },
  computed: {
    kind: { type: () => SiteKind, description: SITE_FIELDS.kind, get: () => SiteKind.CONSTRUCTION_SITE },
    region: { type: () => RegionRef, description: SITE_FIELDS.region, get: (s: { regionCode: string }) => regionRef(s.regionCode) },
    builder: {
      type: () => EnterpriseRef,
      nullable: true,
      description: "The enterprise building the site; null when the registry does not know it.",
      get: (s: { builderCreditCode: string }) => enterpriseRef(s.builderCreditCode),
    },
  },
  list: {
    query: "constructionSites",
    description: "Construction sites, ordered by code.",
    order: ["code"],
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code) } }) },
      status: { type: "String", enum: ConstructionSiteStatus },
      builderCreditCode: { type: "ID", description: "The builder's credit code." },
    },
  },
  // codes are looked up as given, as they always were
  byKey: { query: "constructionSite", description: "One construction site, by its code.", normalize: (code) => code },
  history: "Every version of this site record, oldest first.",
  contribution: {
    mutation: "contributeConstructionSites",
    description: "Contributes construction sites (housing only); upserts by site code.",
    input: "One construction site.",
  },
});
export type ConstructionSite = Row<typeof constructionSite>;
