import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { AuditKind, who } from "../common/audit-entry.js";
import type { HubContext } from "../common/context.js";
import { DATASET_INFO, Dataset, SharingClass } from "../common/datasets.js";
import { badInput, hubError, notFound } from "../common/errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import { today } from "../common/grants.js";
import { declareTextCap, LONG_TEXT_MAX } from "../common/input-guard.js";
import { PageArgs, pageNewestFirst } from "../common/pagination.js";
import { requireAdmin } from "../common/policy.js";
import { DateScalar } from "../common/scalars.js";
import { addDays } from "../shared/dates.js";
import { inTransaction } from "../db/transaction.js";
import { AccessRequest, AccessRequestConnection, AccessRequestFilter, AccessRequestStatus, COLUMNS, toRequest, type AccessRequestRow as Row } from "./access-request.types.js";
import { REPLY_WORKING_DAYS, workingDaysAfter } from "./reply-deadline.js";

/** A grant lasts at most this long; a longer need is asked for again (the owner reviews it). */
export const MAX_GRANT_DAYS = 366;

// A purpose or a note is prose a person writes and an owner reads; the audit trail copies it.
declareTextCap("Mutation.requestAccess.purpose", LONG_TEXT_MAX);
declareTextCap("Mutation.decideAccess.note", LONG_TEXT_MAX);
declareTextCap("Mutation.revokeAccess.note", LONG_TEXT_MAX);

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @Mutation(() => AccessRequest, {
    description: `Asks the owner of a CONDITIONAL dataset for a grant for your department and role, for a purpose, until a day (at most ${MAX_GRANT_DAYS} days ahead). The owner's admins answer within ${REPLY_WORKING_DAYS} working days.`,
  })
  requestAccess(
    @Arg("dataset", () => Dataset, { description: "A CONDITIONAL dataset of another department (OPEN ones need no grant, RESTRICTED ones allow none)." }) dataset: Dataset,
    @Arg("purpose", { description: `What the data is for, 10 to ${LONG_TEXT_MAX} characters.` }) purpose: string,
    @Arg("until", () => DateScalar, { description: "Last day of the grant asked for (China time): after today, at most " + MAX_GRANT_DAYS + " days ahead." }) until: string,
    @Ctx() ctx: HubContext,
  ): Promise<AccessRequest> {
    const info = DATASET_INFO[dataset];
    if (info.sharingClass !== SharingClass.CONDITIONAL) {
      throw badInput(`${dataset} is ${info.sharingClass}: ${info.sharingClass === SharingClass.OPEN ? "every department reads it without a grant" : "only its owner reads it, and no grant changes that"}`, { argument: "dataset" });
    }
    if (info.owner === ctx.principal.department) throw badInput(`${dataset} is your department's own: you read it without a grant`, { argument: "dataset" });
    if (purpose.trim().length < 10) throw badInput("purpose must say in at least 10 characters what the data is for (the owner decides on it)", { argument: "purpose" });
    const now = today();
    if (until <= now || until > addDays(now, MAX_GRANT_DAYS)) {
      throw badInput(`until must be after today (${now}) and at most ${MAX_GRANT_DAYS} days ahead`, { argument: "until" });
    }
    return inTransaction(ctx.hub, async (client) => {
      const { rows: [row] } = await client.query<Row>(
        `insert into hub.access_requests (dataset, owner, grantee_department, grantee_role, requested_by, purpose, valid_until, reply_due, status)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING') returning ${COLUMNS}`,
        [dataset, info.owner, ctx.principal.department, ctx.principal.role, ctx.principal.subject, purpose.trim(), until, workingDaysAfter(now, REPLY_WORKING_DAYS)],
      );
      await ctx.audit.append(client, [{ kind: AuditKind.ACCESS_REQUEST, ...who(ctx.principal), dataset, requestId: row.id, note: purpose.trim() }]);
      return toRequest(row);
    });
  }

  @Mutation(() => AccessRequest, { description: "The owner's admins approve or deny a pending request, with a note." })
  decideAccess(
    @Arg("requestId", () => ID, { description: "The pending request's id." }) requestId: string,
    @Arg("approve", { description: "true approves (a grant until the request's `until`), false denies." }) approve: boolean,
    @Arg("note", () => String, { nullable: true, description: `At most ${LONG_TEXT_MAX} characters.` }) note: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<AccessRequest> {
    return this.transition(ctx, requestId, AccessRequestStatus.PENDING, approve ? AccessRequestStatus.APPROVED : AccessRequestStatus.DENIED, note);
  }

  @Mutation(() => AccessRequest, { description: "The owner's admins end a grant; it stops working on the next request." })
  revokeAccess(@Arg("requestId", () => ID, { description: "The approved request's id." }) requestId: string, @Arg("note", () => String, { nullable: true, description: `At most ${LONG_TEXT_MAX} characters.` }) note: string | null, @Ctx() ctx: HubContext): Promise<AccessRequest> {
    return this.transition(ctx, requestId, AccessRequestStatus.APPROVED, AccessRequestStatus.REVOKED, note);
  }

  private transition(ctx: HubContext, requestId: string, from: AccessRequestStatus, to: AccessRequestStatus, note: string | null): Promise<AccessRequest> {
    if (!/^\d{1,18}$/.test(requestId)) throw badInput(`requestId ${requestId} is not a request id`, { argument: "requestId" });
    // the decision and its audit entry commit together
    return inTransaction(ctx.hub, async (client) => {
      const { rows: [current] } = await client.query<Row>(`select ${COLUMNS} from hub.access_requests where id = $1 for update`, [requestId]);
      // A request a department may not see (neither its owner's nor its requester's, as accessRequests
      // lists them) is answered exactly as one that does not exist: nothing about it, not even its dataset.
      const dept = ctx.principal.department;
      if (!current || (current.owner !== dept && current.granteeDepartment !== dept)) throw notFound(`no access request ${requestId}`);
      requireAdmin(ctx, current.owner, `deciding on ${current.dataset}`);
      if (current.status !== from) {
        throw hubError(ErrorCode.CONFLICT, `request ${requestId} is ${current.status}; only a ${from} request can become ${to}`, { status: current.status });
      }
      const revoking = to === AccessRequestStatus.REVOKED;
      const { rows: [row] } = await client.query<Row>(
        revoking
          ? `update hub.access_requests set status = $2, revoked_at = now(), revoked_by = $3, note = coalesce($4, note) where id = $1 returning ${COLUMNS}`
          : `update hub.access_requests set status = $2, decided_at = now(), decided_by = $3, note = $4 where id = $1 returning ${COLUMNS}`,
        [requestId, to, ctx.principal.subject, note],
      );
      await ctx.audit.append(client, [
        { kind: revoking ? AuditKind.ACCESS_REVOKE : AuditKind.ACCESS_DECISION, ...who(ctx.principal), dataset: current.dataset, requestId, decision: to, note },
      ]);
      return toRequest(row);
    });
  }

  @Query(() => AccessRequestConnection, {
    description: "Access requests your department made or must answer, newest first, with their reply deadlines; `overdue` flags those past it.",
  })
  accessRequests(@Args() page: PageArgs, @Arg("filter", () => AccessRequestFilter, { nullable: true, description: "Conditions the listed requests must all meet; omit it for all of them." }) filter: AccessRequestFilter | undefined, @Ctx() ctx: HubContext) {
    const dept = ctx.principal.department;
    const params: unknown[] = [dept];
    const where = [
      filter?.onMyDatasets === true ? "owner = $1" : filter?.onMyDatasets === false ? "grantee_department = $1" : "(owner = $1 or grantee_department = $1)",
    ];
    if (filter?.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter?.dataset) where.push(`dataset = $${params.push(filter.dataset)}`);
    if (filter?.overdue !== undefined && filter.overdue !== null) {
      where.push(`${filter.overdue ? "" : "not "}(status = 'PENDING' and reply_due < (now() at time zone 'Asia/Shanghai')::date)`);
    }
    return pageNewestFirst(ctx.hub, page, { columns: COLUMNS, table: "hub.access_requests", where: where.join(" and "), params }, toRequest);
  }
}
