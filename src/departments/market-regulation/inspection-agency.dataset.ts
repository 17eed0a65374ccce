import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { regionScope } from "../../common/region-scope.js";
import { enterprise } from "./enterprise.dataset.js";

export const InspectionAgencyStatus = defineEnum(
  "InspectionAgencyStatus",
  {
    ACTIVE: "Accredited: may inspect vehicles.",
    SUSPENDED: "Accreditation suspended for a time: may not inspect.",
    REVOKED: "Accreditation withdrawn.",
  }, "Whether the agency's accreditation (检验检测机构资质认定) is in force, suspended or revoked.");
export type InspectionAgencyStatus = EnumOf<typeof InspectionAgencyStatus>;

export const inspectionAgency = defineDataset({
  dataset: Dataset.INSPECTION_AGENCIES,
  sharing: "OPEN",
  catalogue: "Accredited vehicle emission inspection agencies.",
  name: "InspectionAgency",
  description: "A motor-vehicle emission inspection agency (机动车排放检验机构, I站), accredited by market regulation.",
  directives: ['@key(fields: "code")'],
  table: "market_regulation.inspection_agencies",
  key: ["code"],
  fields: {
    code: {
      type: "ID",
      description: "The agency's code in the provincial inspection network.",
      input: "The agency's code in the provincial inspection network.",
      check: (c, v: string | null) => c.code("code", v),
    },
    name: { type: "String", description: "The agency's registered name.", input: "The agency's name.", check: (c, v: string | null) => c.text("name", v) },
    regionCode: { type: "String", hidden: true, input: "GB/T 2260 code of the county (or city) where it is sited (checked).", check: (c, v: string | null) => c.region("regionCode", v) },
    operatorCreditCode: {
      type: "String",
      hidden: true,
      input: "Credit code of the enterprise running the agency (checked).",
      check: (c, v: string | null) => c.creditCode("operatorCreditCode", v),
    },
    status: { type: "String", description: "Whether the agency's accreditation (资质认定) is in force, suspended or revoked.", enum: InspectionAgencyStatus },
  },
  computed: {
    region: { type: () => RegionRef, description: "The county (or city) where the agency is sited.", get: (a: { regionCode: string }) => regionRef(a.regionCode) },
  },
  indexes: [["regionCode"]],
  links: { operator: { by: "operatorCreditCode", to: () => enterprise, description: "The enterprise running the agency; null when it is not in the registry." } },
  list: {
    query: "inspectionAgencies",
    description: "Emission inspection agencies (I站), ordered by code.",
    order: ["code"],
    skipEmpty: true,
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code, "filter.regionCode") } }) },
      status: { type: "String", enum: InspectionAgencyStatus },
    },
  },
  byKey: { query: "inspectionAgency", description: "One inspection agency by its code; null when it is not registered." },
  history: "Every version of this agency record, oldest first, the current one last.",
  contribution: {
    mutation: "contributeInspectionAgencies",
    description: "Contributes emission inspection agencies (market regulation only); upserts by code.",
    input: "One emission inspection agency. Enums are strings so that a bad value rejects its row, not the batch.",
  },
});
export type InspectionAgency = Row<typeof inspectionAgency>;
