import { Field, InputType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { EnterpriseStatus } from "./enterprise.entity.js";

@InputType({ description: "One enterprise of the registry. Dates and enums are strings so that a bad value rejects its row, not the batch." })
export class EnterpriseInput {
  @Field(() => String, { nullable: true, description: "Unified social credit code (checked)." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the registering region (checked)." })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 4754 industry code: 2 to 4 digits." })
  industryCode?: string | null;

  @Field(() => String, { nullable: true })
  industryName?: string | null;

  @Field(() => String, { nullable: true, description: "ACTIVE, REVOKED or CANCELLED." })
  status?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not in the future." })
  establishedOn?: string | null;
}

export const enterpriseContribution: ContributionSpec<EnterpriseInput> = {
  dataset: Dataset.ENTERPRISES,
  table: "market_regulation.enterprises",
  key: ["credit_code"],
  columns: [
    { name: "credit_code", type: "text" },
    { name: "name", type: "text" },
    { name: "region_code", type: "text" },
    { name: "address", type: "text" },
    { name: "industry_code", type: "text" },
    { name: "industry_name", type: "text" },
    { name: "status", type: "text" },
    { name: "established_on", type: "date" },
  ],
  validate(r, c, v) {
    const industryCode = c.text("industryCode", r.industryCode, 4);
    if (industryCode !== null && !/^\d{2,4}$/.test(industryCode)) c.error("industryCode", "BAD_FORMAT", `industryCode ${industryCode} is not a GB/T 4754 code of 2 to 4 digits`);
    return [
      c.creditCode("creditCode", r.creditCode),
      c.text("name", r.name),
      c.region("regionCode", r.regionCode),
      c.text("address", r.address, 500),
      industryCode,
      c.text("industryName", r.industryName),
      c.enumValue("status", r.status, Object.values(EnterpriseStatus)),
      c.date("establishedOn", r.establishedOn, { notAfter: v.today }),
    ];
  },
};
