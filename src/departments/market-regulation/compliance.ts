import { registerEnumType } from "type-graphql";

/** The verdict of a test against its standard; fuel samples and vehicle inspections share it. */
export enum ComplianceResult {
  PASS = "PASS",
  FAIL = "FAIL",
}
registerEnumType(ComplianceResult, { name: "ComplianceResult", description: "合格 / 不合格: whether a sample or an inspection met its standard." });
