import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Contributed } from "../../common/provenance.js";
import { enterpriseRef, EnterpriseRef } from "../../common/references.js";
import { Shared } from "../../common/sharing.js";
import { Dataset } from "../../common/datasets.js";

@Shared(Dataset.RESTAURANT_FUME_MONITORS)
@ObjectType({ description: "The online cooking-fume monitor (油烟在线监控) of a large restaurant: whether it reports." })
@Entity({ tableName: "restaurant_fume_monitors", schema: "housing" })
export class RestaurantFumeMonitor extends Contributed {
  @Field(() => ID, { description: "Credit code of the restaurant's enterprise." })
  @PrimaryKey({ fieldName: "credit_code", type: "text" })
  creditCode!: string;

  @Field(() => EnterpriseRef, { nullable: true, description: "The restaurant's enterprise; null when the registry does not know it." })
  get enterprise(): EnterpriseRef {
    return enterpriseRef(this.creditCode);
  }

  @Field({ description: "The monitor is installed and connected." })
  @Property({ type: "boolean" })
  online!: boolean;

  @Field(() => Date, { nullable: true, description: "When the monitor last sent data; null when it never has." })
  @Property({ fieldName: "last_data_at", type: "timestamptz", nullable: true })
  lastDataAt!: Date | null;
}
