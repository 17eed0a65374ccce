import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { ContributionSpec } from "../../common/contribution/contribute.js";
import { Dataset } from "../../common/datasets.js";
import { Contributed } from "../../common/provenance.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";

export enum PermitClass {
  KEY = "KEY",
  SIMPLIFIED = "SIMPLIFIED",
  REGISTRATION = "REGISTRATION",
}
registerEnumType(PermitClass, { name: "PermitClass", description: "Emission-permit management class: 重点 / 简化 / 登记." });

export enum UltraLowEmissionStatus {
  NOT_REQUIRED = "NOT_REQUIRED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  ASSESSED = "ASSESSED",
}
registerEnumType(UltraLowEmissionStatus, { name: "UltraLowEmissionStatus", description: "超低排放改造: not required, in progress, completed, completed and assessed." });

@Shared(Dataset.ENVIRONMENTAL_PROFILES)
@ObjectType({ description: "The environment department's profile of an enterprise." })
@Entity({ tableName: "enterprise_profiles", schema: "environment" })
export class EnterpriseProfile extends Contributed {
  @Field()
  @PrimaryKey({ fieldName: "credit_code", type: "text" })
  creditCode!: string;

  @Field({ description: "Industry category of the performance-grading guide, e.g. 钢铁, 水泥, 焦化." })
  @Property({ fieldName: "industry_category", type: "text" })
  industryCategory!: string;

  @Field(() => PermitClass)
  @Property({ fieldName: "permit_class", type: "text" })
  permitClass!: PermitClass;

  @Field({ description: "Emission permit number." })
  @Property({ fieldName: "permit_no", type: "text" })
  permitNo!: string;

  @Field({ description: "Online monitoring (自动监控) installed." })
  @Property({ fieldName: "monitoring_installed", type: "boolean" })
  monitoringInstalled!: boolean;

  @Field({ description: "Online monitoring networked with the environment department." })
  @Property({ fieldName: "monitoring_networked", type: "boolean" })
  monitoringNetworked!: boolean;

  @Field(() => UltraLowEmissionStatus)
  @Property({ fieldName: "ultra_low_status", type: "text" })
  ultraLowEmission!: UltraLowEmissionStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ fieldName: "ultra_low_assessed_on", type: "date", nullable: true })
  ultraLowAssessedOn!: string | null;

  @Field({ description: "A VOCs key source." })
  @Property({ fieldName: "vocs_key_source", type: "boolean" })
  vocsKeySource!: boolean;

  @Field({ description: "Has a stack above 45 m." })
  @Property({ fieldName: "elevated_stack", type: "boolean" })
  elevatedStack!: boolean;
}

@InputType({ description: "One enterprise's environmental profile." })
export class EnterpriseProfileInput {
  @Field(() => String, { nullable: true }) creditCode?: string | null;
  @Field(() => String, { nullable: true }) industryCategory?: string | null;
  @Field(() => String, { nullable: true, description: "KEY, SIMPLIFIED or REGISTRATION." }) permitClass?: string | null;
  @Field(() => String, { nullable: true }) permitNo?: string | null;
  @Field(() => Boolean, { nullable: true }) monitoringInstalled?: boolean | null;
  @Field(() => Boolean, { nullable: true }) monitoringNetworked?: boolean | null;
  @Field(() => String, { nullable: true, description: "NOT_REQUIRED, IN_PROGRESS, COMPLETED or ASSESSED." }) ultraLowEmission?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; required when ASSESSED." }) ultraLowAssessedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) vocsKeySource?: boolean | null;
  @Field(() => Boolean, { nullable: true }) elevatedStack?: boolean | null;
}

export const enterpriseProfileContribution: ContributionSpec<EnterpriseProfileInput> = {
  dataset: Dataset.ENVIRONMENTAL_PROFILES,
  table: "environment.enterprise_profiles",
  key: ["credit_code"],
  columns: [
    { name: "credit_code", type: "text" },
    { name: "industry_category", type: "text" },
    { name: "permit_class", type: "text" },
    { name: "permit_no", type: "text" },
    { name: "monitoring_installed", type: "boolean" },
    { name: "monitoring_networked", type: "boolean" },
    { name: "ultra_low_status", type: "text" },
    { name: "ultra_low_assessed_on", type: "date" },
    { name: "vocs_key_source", type: "boolean" },
    { name: "elevated_stack", type: "boolean" },
  ],
  validate(r, c, v) {
    const status = c.enumValue("ultraLowEmission", r.ultraLowEmission, Object.values(UltraLowEmissionStatus));
    let assessedOn: string | null = null;
    if (status === UltraLowEmissionStatus.ASSESSED) assessedOn = c.date("ultraLowAssessedOn", r.ultraLowAssessedOn, { notAfter: v.today });
    else if (r.ultraLowAssessedOn) c.error("ultraLowAssessedOn", "BAD_FORMAT", "ultraLowAssessedOn is only for ASSESSED");
    const installed = r.monitoringInstalled ?? false;
    if (r.monitoringNetworked && !installed) c.error("monitoringNetworked", "BAD_FORMAT", "monitoring cannot be networked without being installed");
    return [
      c.creditCode("creditCode", r.creditCode),
      c.text("industryCategory", r.industryCategory, 50),
      c.enumValue("permitClass", r.permitClass, Object.values(PermitClass)),
      c.code("permitNo", r.permitNo),
      installed,
      r.monitoringNetworked ?? false,
      status,
      assessedOn,
      r.vocsKeySource ?? false,
      r.elevatedStack ?? false,
    ];
  },
};
