import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { LicenceStatus } from "./operating-licence.entity.js";

@InputType({ description: "One road-transport operating licence." })
export class OperatingLicenceInput {
  @Field(() => String, { nullable: true })
  licenceNo?: string | null;

  @Field(() => String, { nullable: true, description: "VIN of the licensed vehicle (checked)." })
  vin?: string | null;

  @Field(() => String, { nullable: true, description: "Credit code of the operator (checked)." })
  operatorCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  validTo?: string | null;

  @Field(() => String, { nullable: true, description: "VALID, SUSPENDED, REVOKED or EXPIRED." })
  status?: string | null;
}

export const operatingLicenceContribution: ContributionSpec<OperatingLicenceInput> = {
  dataset: Dataset.OPERATING_LICENCES,
  table: "transport.operating_licences",
  key: ["licence_no"],
  columns: [
    { name: "licence_no", type: "text" },
    { name: "vin", type: "text" },
    { name: "operator_credit_code", type: "text" },
    { name: "valid_to", type: "date" },
    { name: "status", type: "text" },
  ],
  validate(r, c, v) {
    const status = c.enumValue("status", r.status, Object.values(LicenceStatus));
    const validTo = c.date("validTo", r.validTo);
    if (status === LicenceStatus.VALID && validTo !== null && validTo < v.today) {
      c.error("validTo", "DATES_OUT_OF_ORDER", `a VALID licence cannot have expired on ${validTo}; send status EXPIRED or the new validTo`);
    }
    return [c.code("licenceNo", r.licenceNo), c.vin("vin", r.vin), c.creditCode("operatorCreditCode", r.operatorCreditCode), validTo, status];
  },
};
