import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { regionRef, RegionRef } from "../../common/references.js";
import { DateScalar } from "../../common/scalars.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

export enum EnterpriseStatus {
  ACTIVE = "ACTIVE",
  REVOKED = "REVOKED",
  CANCELLED = "CANCELLED",
}
registerEnumType(EnterpriseStatus, { name: "EnterpriseStatus", description: "存续 / 吊销 / 注销." });

@Shared(Dataset.ENTERPRISES)
@ObjectType({ description: "A legal entity in the market-regulation registry, keyed by its unified social credit code." })
@Directive('@key(fields: "creditCode")')
@Entity({ tableName: "enterprises", schema: "market_regulation" })
export class Enterprise extends Contributed {
  @Field(() => ID, { description: "18-character unified social credit code (GB 32100-2015)." })
  @PrimaryKey({ fieldName: "credit_code", type: "text" })
  creditCode!: string;

  @Field()
  @Property({ type: "text" })
  name!: string;

  @Property({ fieldName: "region_code", type: "text" })
  regionCode!: string;

  @Field(() => RegionRef)
  get region(): RegionRef {
    return regionRef(this.regionCode);
  }

  @Field()
  @Property({ type: "text" })
  address!: string;

  @Field({ description: "GB/T 4754 industry code, e.g. 3011 (cement)." })
  @Property({ fieldName: "industry_code", type: "text" })
  industryCode!: string;

  @Field()
  @Property({ fieldName: "industry_name", type: "text" })
  industryName!: string;

  @Field(() => EnterpriseStatus)
  @Property({ type: "text" })
  status!: EnterpriseStatus;

  @Field(() => DateScalar)
  @Property({ fieldName: "established_on", type: "date" })
  establishedOn!: string;
}
