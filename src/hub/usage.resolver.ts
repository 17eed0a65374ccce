import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { HubContext } from "../common/context.js";
import { Dataset } from "../common/datasets.js";
import { Department } from "../shared/departments.js";
import { badInput } from "../common/errors.js";
import "../common/graphql-enums.js"; // registers Dataset
import "../common/provenance.js"; // registers Department
import { Envelope } from "../common/sharing.js";
import { adminScope } from "./admin-scope.js";

@ObjectType({ description: "A department's use of a dataset in a month." })
@Envelope()
export class UsageLine {
  @Field(() => Department, { description: "The department that read or contributed." }) department!: Department;
  @Field(() => Dataset, { description: "The dataset used." }) dataset!: Dataset;
  @Field(() => Int, { description: "Requests that read the dataset." }) requests!: number;
  @Field({ description: "Records read." }) rowsRead!: number;
  @Field({ description: "Records contributed (accepted)." }) rowsContributed!: number;
  @Field(() => Int, { description: "Days with any use." }) activeDays!: number;
}

@Resolver()
export class UsageResolver {
  @Query(() => [UsageLine], { description: "Use of each dataset by each department in a month (admins): the oversight the sharing rules ask for; a year is twelve of these." })
  async usageReport(
    @Arg("year", () => Int, { description: "The year of the month reported, 2000 to 2100." }) year: number,
    @Arg("month", () => Int, { description: "The month reported, 1 to 12 (its days as the usage counters record them)." }) month: number,
    @Ctx() ctx: HubContext,
  ): Promise<UsageLine[]> {
    const scope = adminScope(ctx);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year must be between 2000 and 2100", { argument: "year" });
    if (!Number.isInteger(month) || month < 1 || month > 12) throw badInput("month must be 1 to 12", { argument: "month" });
    const params = [...scope.params];
    const from = `${year}-${String(month).padStart(2, "0")}-01`;
    // float8, not numeric, so that pg hands the sums over as numbers
    const { rows } = await ctx.hub.query<UsageLine>(
      `select department, dataset, sum(requests)::float8 as requests, sum(rows_read)::float8 as "rowsRead",
              sum(rows_contributed)::float8 as "rowsContributed", count(*)::int as "activeDays"
       from hub.usage_daily
       where day >= $${params.push(from)}::date and day < ($${params.push(from)}::date + interval '1 month') and ${scope.sql}
       group by department, dataset order by department, dataset`,
      params,
    );
    return rows;
  }
}
