import { defineEnum, type EnumOf } from "../../common/enum.js";

/** The verdict of a test against its standard; fuel samples and vehicle inspections share it. */
export const ComplianceResult = defineEnum("ComplianceResult", { PASS: "Met its standard (合格).", FAIL: "Did not meet its standard (不合格)." }, "合格 / 不合格: whether a sample or an inspection met its standard.");
export type ComplianceResult = EnumOf<typeof ComplianceResult>;
