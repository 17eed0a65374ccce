import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { historyLoader } from "../../common/contribution/history.js";
import { RecordVersion } from "../../common/contribution/types.js";
import { checkpointContribution } from "./checkpoint.contribution.js";
import type { HubContext } from "../../common/context.js";
import { connectionOf, findPage, PageArgs } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { Checkpoint } from "./checkpoint.entity.js";
import { checkpointLoader } from "./loaders.js";

const CheckpointConnection = connectionOf(Checkpoint, "Checkpoint");

@InputType()
class CheckpointFilter {
  @Field(() => ID, { nullable: true, description: "A region; its subregions are included." })
  regionCode?: string;
}

@Resolver(() => Checkpoint)
export class CheckpointResolver {
  @Query(() => Checkpoint, { nullable: true })
  checkpoint(@Arg("code", () => ID) code: string, @Ctx() ctx: HubContext) {
    return checkpointLoader(ctx).load(code);
  }

  @Query(() => CheckpointConnection)
  checkpoints(
    @Args() page: PageArgs,
    @Arg("filter", () => CheckpointFilter, { nullable: true }) filter: CheckpointFilter | undefined,
    @Ctx() ctx: HubContext,
  ) {
    const where = filter?.regionCode ? { regionCode: { $in: regionScope(filter.regionCode) } } : {};
    return findPage(ctx.em, Checkpoint, where, ["code"], page);
  }

  @FieldResolver(() => [RecordVersion], { description: "Every version of this checkpoint record, oldest first." })
  history(@Root() c: Checkpoint, @Ctx() ctx: HubContext) {
    return historyLoader(ctx, checkpointContribution).load([c.code]);
  }
}
