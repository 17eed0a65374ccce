import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Dataset } from "../datasets.js";
import { Department } from "../../shared/departments.js";
import { ValidationCodeEnum } from "../graphql-enums.js";
import type { IdentifierErrorCode } from "../../shared/identifiers/index.js";
import { Envelope } from "../sharing.js";

@Envelope()
@ObjectType({ description: "A problem with one contributed row." })
@Directive("@shareable")
export class ContributionIssue {
  @Field(() => Int, { description: "0-based index of the row in `rows`." })
  row!: number;

  @Field(() => String, { nullable: true, description: "The input field at fault; null for the row as a whole." })
  field!: string | null;

  @Field(() => ValidationCodeEnum, { description: "Why the row or field was refused (or warned about), as a code to switch on." })
  code!: IdentifierErrorCode;

  @Field({ description: "What is wrong and what to fix." })
  message!: string;
}

@Envelope()
@ObjectType({ description: "The answer to a contribution batch." })
@Directive("@shareable")
export class ContributionResult {
  @Field(() => ID, { description: "The batch id the client sent." })
  batchId!: string;

  @Field(() => Dataset, { description: "The dataset contributed to." })
  dataset!: Dataset;

  @Field(() => Int, { description: "Rows written (or already identical)." })
  accepted!: number;

  @Field(() => Int, { description: "Rows refused; see `errors`." })
  rejected!: number;

  @Field({ description: "True when this batch id was already contributed with the same rows: nothing was written and this is the first answer." })
  replayed!: boolean;

  @Field(() => [ContributionIssue], { description: "Why rows were rejected, one entry per problem; with `atomic: true` any error rejects every row." })
  errors!: ContributionIssue[];

  @Field(() => [ContributionIssue], { description: "Soft problems; the rows were still accepted." })
  warnings!: ContributionIssue[];
}

@Envelope()
@ObjectType({ description: "One version of a contributed record: the current one, or one a later batch replaced." })
@Directive("@shareable")
export class RecordVersion {
  @Field(() => Int, { description: "1 for the first version." })
  version!: number;

  @Field({ description: "True for the version in force." })
  current!: boolean;

  @Field(() => GraphQLJSONObject, { description: "The record's fields in this version, by column name." })
  values!: Record<string, unknown>;

  @Field(() => Department, { description: "The department that contributed this version." })
  contributedBy!: Department;

  @Field(() => ID, { description: "The contribution batch that wrote this version." })
  batchId!: string;

  @Field({ description: "When this version was contributed." })
  contributedAt!: Date;

  @Field(() => Date, { nullable: true, description: "When a later batch replaced it; null for the current version." })
  supersededAt!: Date | null;

  @Field(() => ID, { nullable: true, description: "The batch that replaced it." })
  supersededByBatch!: string | null;

  @Field(() => Department, { nullable: true, description: "The department that replaced it." })
  supersededBy!: Department | null;
}
