import { Arg, Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Role } from "../common/auth.js";
import type { HubContext } from "../common/context.js";
import { LOGGED_ERRORS_MAX } from "../common/contribution/attempt-log.js";
import { ContributionIssue } from "../common/contribution/types.js";
import { Dataset } from "../common/datasets.js";
import { badInput } from "../common/errors.js";
import "../common/graphql-enums.js"; // registers Dataset
import { connectionOf, PageArgs, pageNewestFirst } from "../common/pagination.js";
import "../common/provenance.js"; // registers Department
import { Envelope } from "../common/sharing.js";
import { Department } from "../shared/departments.js";

@ObjectType({ description: "One contribution call as its contributor saw it: a batch written, refused, only checked, or replayed." })
@Envelope()
export class ContributionBatch {
  @Field(() => ID, { description: "The entry's place in the list: ids grow with every attempt." }) id!: string;
  @Field(() => ID, { description: "The batch id the contributor sent." }) batchId!: string;
  @Field(() => Dataset, { description: "The dataset contributed to." }) dataset!: Dataset;
  @Field(() => Department, { description: "The contributing department." }) department!: Department;
  @Field({ description: "Who contributed: the token's subject." }) subject!: string;
  @Field({ description: "When the answer was given." }) createdAt!: Date;
  @Field(() => Int, { description: "Rows sent." }) rowCount!: number;
  @Field(() => Int, { description: "Rows written (or already identical); 0 when the batch was refused or only checked." }) accepted!: number;
  @Field(() => Int, { description: "Rows refused." }) rejected!: number;
  @Field({ description: "Whether one refused row refused the whole batch." }) atomic!: boolean;
  @Field({ description: "True for a check (`checkOnly`): nothing was written." }) checkOnly!: boolean;
  @Field({ description: "True when the same batch was sent again and got its first answer." }) replayed!: boolean;
  @Field(() => Int, { description: `Row errors of the batch; \`errors\` holds the first ${LOGGED_ERRORS_MAX}.` }) errorCount!: number;
  @Field(() => [ContributionIssue], { description: "Why rows were refused, as the contributor was answered (the first ones, see errorCount)." }) errors!: ContributionIssue[];
}
const ContributionBatchConnection = connectionOf(ContributionBatch, "ContributionBatch");

@Resolver()
export class ContributionBatchResolver {
  @Query(() => ContributionBatchConnection, {
    description:
      "Contribution batches, newest first: a department's members read their own department's, the environment department's admins every department's.",
  })
  contributionBatches(
    @Args() page: PageArgs,
    @Arg("dataset", () => Dataset, { nullable: true, description: "Only batches of this dataset." }) dataset: Dataset | undefined,
    @Arg("from", () => Date, { nullable: true, description: "Only batches answered at or after this instant." }) from: Date | undefined,
    @Arg("to", () => Date, { nullable: true, description: "Only batches answered before this instant." }) to: Date | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const p = ctx.principal;
    const params: unknown[] = [];
    const where: string[] = [];
    // the environment department runs the hub: its admins follow every department's contributions
    if (!(p.department === Department.ENVIRONMENT && p.role === Role.ADMIN)) where.push(`department = $${params.push(p.department)}`);
    if (dataset) where.push(`dataset = $${params.push(dataset)}`);
    if (from && to && from >= to) throw badInput("from must be before to", { argument: "from" });
    if (from) where.push(`at >= $${params.push(from)}`);
    if (to) where.push(`at < $${params.push(to)}`);
    const columns = `id::text, batch_id as "batchId", dataset, department, subject, at as "createdAt", row_count as "rowCount", accepted, rejected,
      atomic, check_only as "checkOnly", replayed, error_count as "errorCount", errors`;
    return pageNewestFirst(ctx.hub, page, { columns, table: "hub.contribution_log", where: where.join(" and ") || "true", params }, (r: ContributionBatch) => r);
  }
}
