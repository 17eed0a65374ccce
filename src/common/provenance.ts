import { Property } from "@mikro-orm/core";
import { Field, ID, registerEnumType } from "type-graphql";
import { Department } from "../shared/departments.js";

registerEnumType(Department, { name: "Department", description: "A member department of the hub." });

/**
 * Provenance every contributed record carries: which department wrote its current version, in which
 * batch, when. Entities extend this so the columns and the GraphQL fields are declared once.
 */

export abstract class Contributed {
  @Field(() => Department, { description: "The department that contributed the current version." })
  @Property({ fieldName: "contributed_by", type: "text" })
  contributedBy!: Department;

  @Field(() => ID, { description: "The contribution batch that wrote the current version." })
  @Property({ fieldName: "batch_id", type: "text" })
  batchId!: string;

  @Field({ description: "When the current version was contributed." })
  @Property({ fieldName: "contributed_at", type: "timestamptz" })
  contributedAt!: Date;
}
