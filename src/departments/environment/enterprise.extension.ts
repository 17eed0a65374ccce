import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Dataset } from "../../common/datasets.js";
import { Shared } from "../../common/sharing.js";

/** The environment department's view of an enterprise (owned by market regulation): its grade. */
@Shared(Dataset.PERFORMANCE_GRADES)
@ObjectType("Enterprise")
@Directive('@key(fields: "creditCode")')
export class Enterprise {
  @Field(() => ID)
  creditCode!: string;
}
