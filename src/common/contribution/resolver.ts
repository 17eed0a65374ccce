import { Arg, Ctx, ID, Mutation, Resolver, type ClassType } from "type-graphql";
import type { HubContext } from "../context.js";
import { deferTextChecks } from "../input-guard.js";
import { contribute, type ContributionSpec } from "./contribute.js";
import { ContributionResult } from "./types.js";

/**
 * The `contribute<Dataset>(batchId, atomic, rows, checkOnly)` mutation of one dataset. Every dataset's mutation
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
      @Arg("checkOnly", () => Boolean, {
        nullable: true,
        defaultValue: false,
        description:
          "true: check the rows as they would be checked and answer their errors, writing nothing and remembering nothing (accepted is 0, the batch id stays free). For a client that must report every row's problems without writing any row, such as an atomic import with a row it could not read.",
      })
      checkOnly: boolean | null,
      @Ctx() ctx: HubContext,
    ) {
      return contribute(ctx, spec, batchId, atomic, rows, checkOnly ?? false);
    }
  }
  return ContributionMutation;
}
