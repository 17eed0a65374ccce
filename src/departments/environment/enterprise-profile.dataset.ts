import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";

export const PermitClass = defineEnum(
  "PermitClass",
  {
    KEY: "Key management (重点管理): a full emission permit with the strictest monitoring and reporting.",
    SIMPLIFIED: "Simplified management (简化管理): an emission permit with lighter requirements.",
    REGISTRATION: "Registration management (登记管理): no permit, only a registration of the emission source.",
  }, "Emission-permit management class: 重点 / 简化 / 登记.");
export type PermitClass = EnumOf<typeof PermitClass>;

export const UltraLowEmissionStatus = defineEnum(
  "UltraLowEmissionStatus",
  {
    NOT_REQUIRED: "The enterprise's industry owes no ultra-low-emission retrofit.",
    IN_PROGRESS: "The retrofit (超低排放改造) is under way.",
    COMPLETED: "The retrofit is completed, not yet assessed.",
    ASSESSED: "The retrofit is completed and has passed its assessment (评估监测).",
  },
  "超低排放改造: not required, in progress, completed, completed and assessed.",
);
export type UltraLowEmissionStatus = EnumOf<typeof UltraLowEmissionStatus>;

/** An absent flag is false. */
const flag = (_c: unknown, v: boolean | null) => v ?? false;

export const enterpriseProfiles = defineDataset({
  dataset: Dataset.ENVIRONMENTAL_PROFILES,
  sharing: "CONDITIONAL",
  catalogue: "Enterprises' environmental profiles: permits, emission outlets, treatment facilities.",
  name: "EnterpriseProfile",
  description: "The environment department's profile of an enterprise.",
  table: "environment.enterprise_profiles",
  key: ["creditCode"],
  fields: {
    creditCode: { type: "String", description: "The enterprise's unified social credit code (统一社会信用代码).", check: (c, v: string | null) => c.creditCode("creditCode", v) },
    industryCategory: {
      type: "String",
      description: "Industry category of the performance-grading guide, e.g. 钢铁, 水泥, 焦化.",
      check: (c, v: string | null) => c.text("industryCategory", v, 50),
    },
    permitClass: { type: "String", description: "The enterprise's emission-permit management class: key, simplified or registration (重点 / 简化 / 登记).", enum: PermitClass },
    permitNo: { type: "String", description: "Emission permit number.", check: (c, v: string | null) => c.code("permitNo", v) },
    monitoringInstalled: { type: "Boolean", description: "Online monitoring (自动监控) installed.", check: flag },
    monitoringNetworked: {
      type: "Boolean",
      description: "Online monitoring networked with the environment department.",
      check: (c, v: boolean | null, _v, _r, { monitoringInstalled }) => {
        if (v && !monitoringInstalled) c.error("monitoringNetworked", "BAD_FORMAT", "monitoring cannot be networked without being installed");
        return v ?? false;
      },
    },
    ultraLowEmission: { type: "String", description: "Where its ultra-low-emission retrofit (超低排放改造) stands.", column: "ultra_low_status", enum: UltraLowEmissionStatus },
    ultraLowAssessedOn: {
      description: "The day the retrofit passed its assessment; null unless ASSESSED.",
      type: "Date",
      nullable: true,
      input: "YYYY-MM-DD; required when ASSESSED.",
      check: (c, v: string | null, { today }, _r, { ultraLowEmission }) => {
        if (ultraLowEmission === UltraLowEmissionStatus.ASSESSED) return c.date("ultraLowAssessedOn", v, { notAfter: today });
        if (v) c.error("ultraLowAssessedOn", "BAD_FORMAT", "ultraLowAssessedOn is only for ASSESSED");
        return null;
      },
    },
    vocsKeySource: { type: "Boolean", description: "Listed as a key source of volatile organic compounds (VOCs 重点排放源).", check: flag },
    elevatedStack: { type: "Boolean", description: "Has a stack above 45 m.", check: flag },
  },
  list: {
    query: "enterpriseProfiles",
    description: "Environmental profiles, by credit code.",
    order: ["creditCode"],
    filterArgs: true,
    filters: {
      creditCode: { type: "ID", description: "Only the profile of this enterprise (its credit code, upper-cased before matching).", where: (code: string) => ({ creditCode: code.toUpperCase() }) },
      vocsKeySource: { description: "true: only VOCs key sources; false: only the others.", type: "Boolean" },
    },
  },
  history: "Every version of this profile, oldest first.",
  contribution: {
    mutation: "contributeEnterpriseProfiles",
    description: "Contributes enterprise environmental profiles (environment only); upserts by credit code.",
    input: "One enterprise's environmental profile.",
  },
});
export type EnterpriseProfile = Row<typeof enterpriseProfiles>;
