import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from "type-graphql";
import type { HubContext } from "../../common/context.js";
import { loader } from "../../common/context.js";
import { LEAN_TYPES } from "../../common/lean-records.js";
import { assertInOrder, badInput } from "../../common/errors.js";
import { connection, connectionOf, decodeCursor, encodeCursor, PageArgs, pagesByParent, pageSize, type Connection, type CursorShape, type ParentPageKey } from "../../common/pagination.js";
import { regionScope } from "../../common/region-scope.js";
import { regionByCode } from "../../shared/regions.data.js";
import { Checkpoint } from "./checkpoint.dataset.js";
import { Direction, Passage, passages } from "./passage.dataset.js";
import { EmissionStage, STAGE_ORDER, Vehicle } from "./vehicle.dataset.js";
import type { SubgraphParts } from "../../common/federation.js";

export const PassageConnection = connectionOf(Passage, "Passage");

/** Every passage list (a city's, a vehicle's, a checkpoint's) is in this order, so their cursors are alike. */
const PASSAGE_CURSOR: CursorShape = { list: "passages", parts: ["instant", "text", "text"] };

const cursorOf = (p: Passage) => encodeCursor(PASSAGE_CURSOR, [p.passedAt.toISOString(), p.checkpointCode, p.plate]);

function afterKey(after: string | undefined): [string, string, string] | null {
  if (!after) return null;
  return decodeCursor(PASSAGE_CURSOR, after) as [string, string, string];
}

function period(from: Date | undefined, to: Date | undefined): [Date, Date] {
  const f = from ?? new Date(0);
  const t = to ?? new Date(8.64e15);
  assertInOrder(f, t);
  return [f, t];
}

interface PassagePageKey extends ParentPageKey<[string, string, string]> {
  from: Date;
  to: Date;
}

// What the keys of one statement share, written by hand: JSON of the key (its two Dates) for each of a page's
// parents was a few percent of the nested read. NUL separates: it is in no PostgreSQL text, so no parent
// (a VIN, a checkpoint code) or cursor's JSON can make two keys alike.
const shapeOf = (k: PassagePageKey) => `${k.from.getTime()}\u0000${k.to.getTime()}\u0000${k.first}\u0000${k.after ? JSON.stringify(k.after) : ""}`;

/**
 * Newest-first pages of passages for many vehicles or checkpoints at once, in one statement: a lateral join
 * reads each parent's first page (one more row, to learn whether another follows) by its index, newest first.
 * The parents' totals are one more statement, run only when a page's totalCount is read.
 */
function passagesByParent(ctx: HubContext, field: "vin" | "checkpointCode") {
  const column = field === "vin" ? "vin" : "checkpoint_code";
  // rows in array mode: the record's columns, the parent among them
  const parentAt = passages.position(field);
  const period = `x.${column} = k.parent and x.passed_at >= $2 and x.passed_at < $3`;
  return loader<PassagePageKey, Connection<Passage>>(
    ctx,
    `ps.passagesBy.${column}`,
    (keys) =>
      pagesByParent<PassagePageKey, unknown[], Passage>(
        keys,
        async (parents, { from, to, first, after }) =>
          (
            await ctx.db.query({
              // prepared once per connection: planning it was a fifth of its time in PostgreSQL
              name: `ps.passagesBy.${column}`,
              types: LEAN_TYPES,
              rowMode: "array",
              // A parent's rows come out together and in the page's order: the nested loop emits each
              // parent's limited, ordered subquery in turn (a lateral subquery with a limit is always a
              // parameterized nested loop), so no sort of the whole result is needed.
              text: `select ${passages.columns("p")}
                       from unnest($1::text[]) as k(parent)
                       cross join lateral (
                         select ${passages.columns("x")} from public_security.passages x
                          where ${period}
                            and ($4::timestamptz is null or (x.passed_at, x.checkpoint_code, x.plate) < ($4::timestamptz, $5::text, $6::text))
                          order by x.passed_at desc, x.checkpoint_code desc, x.plate desc
                          limit $7) p`,
              values: [parents, from, to, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, first + 1],
            })
          ).rows,
        passages.fromColumns,
        cursorOf,
        {
          parent: (r) => r[parentAt] as string,
          shape: shapeOf,
          count: async (parents, { from, to }) => {
            const { rows } = await ctx.db.query<[string, string]>({
              rowMode: "array",
              text: `select k.parent, (select count(*) from public_security.passages x where ${period}) from unnest($1::text[]) as k(parent)`,
              values: [parents, from, to],
            });
            return new Map(rows.map(([parent, n]) => [parent, Number(n)]));
          },
        },
      ),
    (k) => `${shapeOf(k)}\u0000${k.parent}`,
  );
}

@Resolver(() => Passage)
export class PassageResolver {
  @Query(() => PassageConnection, {
    nullable: true,
    description:
      "Passages at the checkpoints of a city (and its counties), oldest first: which vehicles of which stage entered it. `emissionStageAtMost: CN3` keeps vehicles of 国三 and below (pure electric excluded); it needs the VIN, so passages of unregistered plates drop out.",
  })
  async passages(
    @Args() page: PageArgs,
    @Arg("cityCode", () => ID, { description: "GB/T 2260 code of a city (not a county); the passages at checkpoints in it and its counties." }) cityCode: string,
    @Arg("from", () => Date, { nullable: true, description: "First instant, inclusive; default the beginning of the records." }) from: Date | undefined,
    @Arg("to", () => Date, { nullable: true, description: "Exclusive." }) to: Date | undefined,
    @Arg("direction", () => Direction, { nullable: true, description: "Only passages into (INBOUND) or out of (OUTBOUND) the city; default both." }) direction: Direction | undefined,
    @Arg("emissionStageAtMost", () => EmissionStage, { nullable: true, description: "Only vehicles registered at this emission stage or a laxer one (CN1…CN6B; NONE is refused)." }) stageAtMost: EmissionStage | undefined,
    @Ctx() ctx: HubContext,
  ): Promise<Connection<Passage>> {
    if (regionByCode(cityCode)?.level !== "CITY") throw badInput(`cityCode ${cityCode} is not a city`, { argument: "cityCode" });
    const [f, t] = period(from, to);
    const size = pageSize(page.first);
    const after = afterKey(page.after);
    if (stageAtMost === EmissionStage.NONE) throw badInput("emissionStageAtMost must be a stage CN1…CN6B", { argument: "emissionStageAtMost" });
    const stages = stageAtMost ? STAGE_ORDER.slice(0, STAGE_ORDER.indexOf(stageAtMost) + 1) : null;
    const params: unknown[] = [regionScope(cityCode), f, t, direction ?? null, stages];
    const where = `c.region_code = any($1::text[]) and p.passed_at >= $2 and p.passed_at < $3
                   and ($4::text is null or p.direction = $4)
                   and ($5::text[] is null or v.emission_stage = any($5::text[]))`;
    const from_ = `public_security.passages p join public_security.checkpoints c on c.code = p.checkpoint_code
                   ${stages ? "join" : "left join"} public_security.vehicles v on v.vin = p.vin`;
    const rows = await ctx.db.query(
      `select ${passages.columns("p")} from ${from_} where ${where}
         and ($6::timestamptz is null or (p.passed_at, p.checkpoint_code, p.plate) > ($6::timestamptz, $7::text, $8::text))
       order by p.passed_at, p.checkpoint_code, p.plate limit $9`,
      [...params, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, size + 1],
    );
    // the total is counted only when totalCount is selected
    const count = async () => Number((await ctx.db.query<{ n: string }>(`select count(*) as n from ${from_} where ${where}`, params)).rows[0].n);
    return connection(rows.rows.map(passages.fromRow), size, cursorOf, count, after !== null);
  }
}

/** The `passages` of a vehicle or a checkpoint: one loader per parent column, newest first. */
function passagesOf<T extends object>(parent: ClassType<T>, field: "vin" | "checkpointCode", keyOf: (r: T) => string, description: string) {
  @Resolver(() => parent)
  class ParentPassagesResolver {
    @FieldResolver(() => PassageConnection, { nullable: true, description })
    passages(
      @Root() r: T,
      @Args() page: PageArgs,
      @Arg("from", () => Date, { nullable: true, description: "First instant, inclusive; default the beginning of the records." }) from: Date | undefined,
      @Arg("to", () => Date, { nullable: true, description: "Exclusive." }) to: Date | undefined,
      @Ctx() ctx: HubContext,
    ) {
      const [f, t] = period(from, to);
      return passagesByParent(ctx, field).load({ parent: keyOf(r), from: f, to: t, first: pageSize(page.first), after: afterKey(page.after) });
    }
  }
  return ParentPassagesResolver;
}

export const parts: SubgraphParts = {
  resolvers: [
    PassageResolver,
    passagesOf(Vehicle, "vin", (v) => v.vin, "Where the vehicle was seen, newest first."),
    passagesOf(Checkpoint, "checkpointCode", (c) => c.code, "Vehicles seen at this checkpoint, newest first."),
  ],
};
