import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { regionByCode } from "../../common/regions.data.js";
import { EmissionTestResult, MachineryType, NonRoadEngineStage } from "./nrmm.entity.js";

@InputType({ description: "One non-road mobile machine. Enums are strings so that a bad value rejects its row, not the batch." })
export class NonRoadMachineInput {
  @Field(() => String, { nullable: true, description: "The environmental registration number: letters, digits, - and _." })
  registrationNo?: string | null;

  @Field(() => String, { nullable: true, description: `${Object.values(MachineryType).join(", ")}.` })
  machineType?: string | null;

  @Field(() => String, { nullable: true, description: `${Object.values(NonRoadEngineStage).join(", ")} (NONE for electric machinery).` })
  engineStage?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the owning enterprise (checked)." })
  ownerCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "PASS, FAIL or NOT_TESTED." })
  testResult?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether a positioning locator is installed." })
  locatorInstalled?: boolean | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the city or county where the machine is registered." })
  regionCode?: string | null;
}

export const nrmmContribution: ContributionSpec<NonRoadMachineInput> = {
  dataset: Dataset.NRMM,
  table: "environment.nonroad_machinery",
  key: ["registration_no"],
  columns: [
    { name: "registration_no", type: "text" },
    { name: "machine_type", type: "text" },
    { name: "engine_stage", type: "text" },
    { name: "owner_credit_code", type: "text" },
    { name: "test_result", type: "text" },
    { name: "locator_installed", type: "boolean" },
    { name: "region_code", type: "text" },
  ],
  validate(r, c) {
    const stage = c.enumValue("engineStage", r.engineStage, Object.values(NonRoadEngineStage));
    const result = c.enumValue("testResult", r.testResult, Object.values(EmissionTestResult));
    // electric machinery has no exhaust to test
    if (stage === NonRoadEngineStage.NONE && result !== null && result !== EmissionTestResult.NOT_TESTED) {
      c.error("testResult", "BAD_FORMAT", `electric machinery (engineStage NONE) has no exhaust test; send NOT_TESTED, or the engine's stage`);
    }
    let locator: boolean | null = null;
    if (r.locatorInstalled === null || r.locatorInstalled === undefined) c.error("locatorInstalled", "REQUIRED", "locatorInstalled is required (true or false)");
    else locator = r.locatorInstalled;
    let region = c.region("regionCode", r.regionCode);
    if (region !== null && regionByCode(region)?.level === "PROVINCE") {
      region = c.error("regionCode", "BAD_FORMAT", "register a machine in a city or county, not the province");
    }
    return [
      c.code("registrationNo", r.registrationNo),
      c.enumValue("machineType", r.machineType, Object.values(MachineryType)),
      stage,
      c.creditCode("ownerCreditCode", r.ownerCreditCode),
      result,
      locator,
      region,
    ];
  },
};
