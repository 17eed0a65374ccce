import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum MachineryType {
  EXCAVATOR = "EXCAVATOR",
  LOADER = "LOADER",
  FORKLIFT = "FORKLIFT",
  CRANE = "CRANE",
  ROLLER = "ROLLER",
  PAVER = "PAVER",
  OTHER = "OTHER",
}
registerEnumType(MachineryType, {
  name: "MachineryType",
  description: "Kind of non-road mobile machinery: 挖掘机, 装载机, 叉车, 起重机, 压路机, 摊铺机, other.",
});

export enum NonRoadEngineStage {
  NONROAD_CN1 = "NONROAD_CN1",
  NONROAD_CN2 = "NONROAD_CN2",
  NONROAD_CN3 = "NONROAD_CN3",
  NONROAD_CN4 = "NONROAD_CN4",
  NONE = "NONE",
}
registerEnumType(NonRoadEngineStage, {
  name: "NonRoadEngineStage",
  description: "Emission stage of a non-road diesel engine (GB 20891: 非道路国一 … 国四); NONE for electric machinery.",
});

export enum EmissionTestResult {
  PASS = "PASS",
  FAIL = "FAIL",
  NOT_TESTED = "NOT_TESTED",
}
registerEnumType(EmissionTestResult, {
  name: "EmissionTestResult",
  description: "The machine's latest exhaust test (HJ 1014-2020): passed, failed, or not tested yet (electric machinery is not tested).",
});

@Shared(Dataset.NRMM)
@ObjectType({ description: "A non-road mobile machine (非道路移动机械) in the environment department's registry, by its registration number." })
@Entity({ tableName: "nonroad_machinery", schema: "environment" })
@Index({ properties: ["regionCode"] })
@Index({ properties: ["ownerCreditCode"] })
export class NonRoadMachine extends Contributed {
  @Field(() => ID, { description: "The environmental registration number (环保登记编码)." })
  @PrimaryKey({ fieldName: "registration_no", type: "text" })
  registrationNo!: string;

  @Field(() => MachineryType)
  @Property({ fieldName: "machine_type", type: "text" })
  machineType!: MachineryType;

  @Field(() => NonRoadEngineStage)
  @Property({ fieldName: "engine_stage", type: "text" })
  engineStage!: NonRoadEngineStage;

  @Field(() => ID, { description: "Credit code of the owning enterprise." })
  @Property({ fieldName: "owner_credit_code", type: "text" })
  ownerCreditCode!: string;

  @Field(() => EmissionTestResult)
  @Property({ fieldName: "test_result", type: "text" })
  testResult!: EmissionTestResult;

  @Field({ description: "Whether a positioning locator (定位装置) is installed." })
  @Property({ fieldName: "locator_installed", type: "boolean" })
  locatorInstalled!: boolean;

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;
}
