import { Arg, Ctx, Int, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { defineDataset, type Row } from "../../common/dataset.js";
import { Dataset } from "../../common/datasets.js";
import { Department } from "../../shared/departments.js";
import { defineEnum, type EnumOf } from "../../common/enum.js";
import { badInput } from "../../common/errors.js";
import { requireAdmin } from "../../common/policy.js";
import { regionScope } from "../../common/region-scope.js";
import { regionByCode } from "../../shared/regions.data.js";
import { Envelope } from "../../common/sharing.js";
import { Enterprise } from "./enterprise.extension.js";
import { regions } from "./region.entity.js";
import { refreshNrmmIndicator } from "./nrmm.indicator.js";
import type { SubgraphParts } from "../../common/federation.js";

export const MachineryType = defineEnum(
  "MachineryType",
  {
    EXCAVATOR: "Excavator (挖掘机).",
    LOADER: "Loader (装载机).",
    FORKLIFT: "Forklift (叉车).",
    CRANE: "Crane (起重机).",
    ROLLER: "Road roller (压路机).",
    PAVER: "Paver (摊铺机).",
    OTHER: "Any other non-road mobile machinery.",
  },
  "Kind of non-road mobile machinery: 挖掘机, 装载机, 叉车, 起重机, 压路机, 摊铺机, other.",
);
export type MachineryType = EnumOf<typeof MachineryType>;

export const NonRoadEngineStage = defineEnum(
  "NonRoadEngineStage",
  {
    NONROAD_CN1: "Non-road China I (非道路国一), GB 20891 stage I.",
    NONROAD_CN2: "Non-road China II (非道路国二), GB 20891 stage II.",
    NONROAD_CN3: "Non-road China III (非道路国三), GB 20891 stage III.",
    NONROAD_CN4: "Non-road China IV (非道路国四), GB 20891 stage IV, the strictest.",
    NONE: "No engine stage: electric machinery.",
  },
  "Emission stage of a non-road diesel engine (GB 20891: 非道路国一 … 国四); NONE for electric machinery.",
);
export type NonRoadEngineStage = EnumOf<typeof NonRoadEngineStage>;

export const EmissionTestResult = defineEnum(
  "EmissionTestResult",
  {
    PASS: "The latest exhaust test found the machine within the limits.",
    FAIL: "The latest exhaust test found the machine over the limits.",
    NOT_TESTED: "Not tested yet (electric machinery is never tested).",
  },
  "The machine's latest exhaust test (HJ 1014-2020): passed, failed, or not tested yet (electric machinery is not tested).",
);
export type EmissionTestResult = EnumOf<typeof EmissionTestResult>;

export const nonRoadMachinery = defineDataset({
  dataset: Dataset.NRMM,
  sharing: "CONDITIONAL",
  catalogue: "Registered non-road mobile machinery and their owners' credit codes.",
  name: "NonRoadMachine",
  description: "A non-road mobile machine (非道路移动机械) in the environment department's registry, by its registration number.",
  table: "environment.nonroad_machinery",
  key: ["registrationNo"],
  fields: {
    registrationNo: {
      type: "ID",
      description: "The environmental registration number (环保登记编码).",
      input: "The environmental registration number: letters, digits, - and _.",
      check: (c, v: string | null) => c.code("registrationNo", v),
    },
    machineType: { type: "String", description: "The kind of machine: excavator, loader, forklift, crane, road roller, paver or other.", enum: MachineryType, input: `${Object.values(MachineryType).join(", ")}.` },
    engineStage: { type: "String", description: "The emission stage of its diesel engine (GB 20891, 非道路国一 … 国四); NONE for electric machinery.", enum: NonRoadEngineStage, input: `${Object.values(NonRoadEngineStage).join(", ")} (NONE for electric machinery).` },
    ownerCreditCode: {
      type: "ID",
      description: "Credit code of the owning enterprise.",
      input: "Credit code of the owning enterprise (checked).",
      check: (c, v: string | null) => c.creditCode("ownerCreditCode", v),
    },
    testResult: {
      description: "The result of its latest exhaust test (HJ 1014-2020): passed, failed or not tested.",
      type: "String",
      enum: EmissionTestResult,
     
      check(c, v: string | null, _v, _row, checked) {
        const result = c.enumValue("testResult", v, Object.values(EmissionTestResult));
        // electric machinery has no exhaust to test
        if (checked.engineStage === NonRoadEngineStage.NONE && result !== null && result !== EmissionTestResult.NOT_TESTED) {
          c.error("testResult", "BAD_FORMAT", `electric machinery (engineStage NONE) has no exhaust test; send NOT_TESTED, or the engine's stage`);
        }
        return result;
      },
    },
    locatorInstalled: {
      type: "Boolean",
      description: "Whether a positioning locator (定位装置) is installed.",
      input: "Whether a positioning locator is installed.",
      check: (c, v: boolean | null | undefined) => (v === null || v === undefined ? c.error("locatorInstalled", "REQUIRED", "locatorInstalled is required (true or false)") : v),
    },
    regionCode: {
      type: "String",
      hidden: true,
      input: "GB/T 2260 code of the city or county where the machine is registered.",
      check(c, v: string | null) {
        const region = c.region("regionCode", v);
        if (region !== null && regionByCode(region)?.level === "PROVINCE") return c.error("regionCode", "BAD_FORMAT", "register a machine in a city or county, not the province");
        return region;
      },
    },
  },
  computed: {
    owner: {
      type: () => Enterprise,
      nullable: true,
      description: "The owning enterprise (registered with market regulation); null when the registry does not know it.",
      get: (m: { ownerCreditCode: string }) => ({ creditCode: m.ownerCreditCode }),
    },
  },
  indexes: [["regionCode"], ["ownerCreditCode"]],
  list: {
    query: "nonRoadMachinery",
    description: "The non-road mobile machinery registry, ordered by registration number.",
    nullable: true,
    order: ["registrationNo"],
    filters: {
      regionCode: { type: "ID", description: "A region; its subregions are included.", where: (code: string) => ({ regionCode: { $in: regionScope(code, "filter.regionCode") } }) },
      engineStage: { type: "String", enum: NonRoadEngineStage },
      testResult: { type: "String", enum: EmissionTestResult },
      machineType: { type: "String", enum: MachineryType },
      ownerCreditCode: { type: "ID", description: "The owning enterprise's credit code.", where: (code: string) => ({ ownerCreditCode: code.toUpperCase() }) },
    },
  },
  byKey: { query: "nonRoadMachine", description: "One registered non-road machine, by registration number." },
  history: "Every version of this registration, oldest first.",
  links: { region: { by: "regionCode", to: () => regions, nullable: false, description: "The city or county where the machine is registered." } },
  contribution: {
    mutation: "contributeNonRoadMachinery",
    description: "Contributes non-road machinery registrations (environment only); upserts by registration number.",
    input: "One non-road mobile machine. Enums are strings so that a bad value rejects its row, not the batch.",
  },
});
export type NonRoadMachine = Row<typeof nonRoadMachinery>;

@Resolver(() => nonRoadMachinery.entity)
export class NonRoadMachineResolver {
  @Envelope()
  @Mutation(() => Int, {
    description:
      "Environment admins: contributes NRMM_REGISTERED (machines in the registry now) for every city and the province under `year`, as a contributeIndicators batch of the caller; returns the indicators changed.",
  })
  async refreshNrmmIndicator(@Arg("year", () => Int, { description: "The year: the indicators are contributed with the period YYYY; 2000 to 2100." }) year: number, @Ctx() ctx: HubContext): Promise<number> {
    requireAdmin(ctx, Department.ENVIRONMENT, "refreshNrmmIndicator");
    if (year < 2000 || year > 2100) throw badInput(`year ${year} is out of range`, { argument: "year" });
    return refreshNrmmIndicator(ctx, year);
  }
}

export const parts: SubgraphParts = { resolvers: [NonRoadMachineResolver] };
