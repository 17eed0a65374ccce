import { Field, Int, ObjectType } from "type-graphql";
import { Dataset, SharingClass } from "../common/datasets.js";
import { Department } from "../shared/departments.js";
import "../common/graphql-enums.js"; // registers Dataset
import "../common/provenance.js"; // registers Department
import { DateScalar } from "../common/scalars.js";
import { Envelope, SharingMask } from "../common/sharing.js";

@ObjectType({ description: "A field of the API and the sharing class it is read under." })
@Envelope()
export class CatalogField {
  @Field({ description: "Type.field as in the API." }) path!: string;
  @Field(() => SharingClass, { description: "The class the field is read under: its dataset's, or RESTRICTED for personal data." }) sharingClass!: SharingClass;
  @Field(() => SharingMask, { nullable: true, description: "How others see a RESTRICTED value; null: they get nothing." }) mask!: SharingMask | null;
}

@ObjectType({ description: "A department (and role) holding a grant in force on a dataset." })
@Envelope()
export class Grantee {
  @Field(() => Department, { description: "The department holding the grant." }) department!: Department;
  @Field({ description: "The role the grant is for (the requester's role)." }) role!: string;
  @Field(() => DateScalar, { description: "Last day of the grant, China time." }) until!: string;
}

@ObjectType({ description: "One dataset of the hub: who owns it, under which class it is shared, what it holds and who may read it." })
@Envelope()
export class CatalogEntry {
  @Field(() => Dataset, { description: "The dataset's name, as grants and the audit trail name it." }) name!: Dataset;
  @Field(() => Department, { description: "The department that owns the dataset: the only one that contributes it." }) owner!: Department;
  @Field(() => SharingClass, { description: "Who may read it: OPEN, CONDITIONAL (with a grant) or RESTRICTED (the owner only)." }) sharingClass!: SharingClass;
  @Field({ description: "What the dataset holds, as its declaration says." }) description!: string;
  @Field(() => [CatalogField], { description: "Every API field that reads this dataset, from the same declarations enforcement uses." }) fields!: CatalogField[];
  @Field(() => Int, { description: "Records held, as the owning department last counted them (see countedAt); 0 before its first count." }) rowCount!: number;
  @Field(() => Date, { nullable: true, description: "When the last contribution batch was accepted." }) lastContributionAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: "When the owning department last counted this dataset: after each contribution and at its start. Null: it has not reported yet.",
  })
  countedAt!: Date | null;
  @Field(() => [Grantee], { description: "Grants in force (CONDITIONAL datasets)." }) grantees!: Grantee[];
}
