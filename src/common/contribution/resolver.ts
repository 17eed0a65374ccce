import { Arg, Ctx, ID, Mutation, Resolver, type ClassType } from "type-graphql";
import type { HubContext } from "../context.js";
import { deferTextChecks } from "../input-guard.js";
import { contribute, type ContributionSpec } from "./contribute.js";
import { ContributionResult } from "./types.js";

/**
 * The `contribute<Dataset>(batchId, atomic, rows)` mutation of one dataset. Every dataset's mutation
 * has the same arguments and the same engine behind it; only the spec, the row type and the words differ.
 */
export function contributionMutation<I extends object>(spec: ContributionSpec<I>, input: ClassType<I>, name: string, description: string) {
  // a bad value in a row is that row's error (the engine checks every row's text), not the whole batch's
  deferTextChecks(`Mutation.${name}.rows`);
  @Resolver()
  class ContributionMutation {
    @Mutation(() => ContributionResult, { name, description })
    contribute(
      @Arg("batchId", () => ID, { description: "Chosen by the client; unique per department and dataset. Resending it with the same rows replays the first answer." }) batchId: string,
      @Arg("atomic", () => Boolean, { nullable: true, defaultValue: true, description: "true: all rows or none; false: the valid rows." }) atomic: boolean | null,
      @Arg("rows", () => [input], { description: "At most 10,000 rows." }) rows: I[],
      @Ctx() ctx: HubContext,
    ) {
      return contribute(ctx, spec, batchId, atomic, rows);
    }
  }
  return ContributionMutation;
}
