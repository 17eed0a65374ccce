import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { enterpriseRef, EnterpriseRef, regionRef } from "../../common/references.js";
import { DateScalar } from "../../common/scalars.js";
import { SiteKind } from "../../common/site.js";
import { Site } from "./site.interface.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum ConstructionSiteStatus {
  PLANNED = "PLANNED",
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  COMPLETED = "COMPLETED",
}
registerEnumType(ConstructionSiteStatus, { name: "ConstructionSiteStatus" });

@Shared(Dataset.CONSTRUCTION_SITES)
@ObjectType({ implements: Site, description: "A construction site registered by the housing department." })
@Directive('@key(fields: "code")')
@Entity({ tableName: "construction_sites", schema: "housing" })
export class ConstructionSite extends Contributed {
  @Field(() => ID)
  @PrimaryKey({ type: "text" })
  code!: string;

  @Field()
  @Property({ type: "text" })
  name!: string;

  @Field(() => SiteKind)
  get kind(): SiteKind {
    return SiteKind.CONSTRUCTION_SITE;
  }

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  get region() {
    return regionRef(this.regionCode);
  }

  @Field(() => Float)
  @Property({ type: "double" })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: "double" })
  longitude!: number;

  @Field(() => Float, { description: "Site area in m²." })
  @Property({ fieldName: "area_m2", type: "double" })
  areaM2!: number;

  @Property({ fieldName: "builder_credit_code", type: "text" })
  builderCreditCode!: string;

  @Field(() => EnterpriseRef, { nullable: true, description: "The enterprise building the site; null when the registry does not know it." })
  get builder(): EnterpriseRef {
    return enterpriseRef(this.builderCreditCode);
  }

  @Field(() => ConstructionSiteStatus)
  @Property({ type: "text" })
  status!: ConstructionSiteStatus;

  @Field(() => DateScalar)
  @Property({ fieldName: "started_on", type: "date" })
  startedOn!: string;
}
