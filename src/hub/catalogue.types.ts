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
  @Field(() => SharingClass) sharingClass!: SharingClass;
  @Field(() => SharingMask, { nullable: true, description: "How others see a RESTRICTED value; null: they get nothing." }) mask!: SharingMask | null;
}

@ObjectType({ description: "A department (and role) holding a grant in force on a dataset." })
@Envelope()
export class Grantee {
  @Field(() => Department) department!: Department;
  @Field() role!: string;
  @Field(() => DateScalar) until!: string;
}

@ObjectType({ description: "One dataset of the hub: who owns it, under which class it is shared, what it holds and who may read it." })
@Envelope()
export class CatalogEntry {
  @Field(() => Dataset) name!: Dataset;
  @Field(() => Department) owner!: Department;
  @Field(() => SharingClass) sharingClass!: SharingClass;
  @Field() description!: string;
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
