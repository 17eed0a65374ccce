import { Arg, Args, Ctx, Field, ID, InputType, Query, Resolver } from "type-graphql";
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
}
