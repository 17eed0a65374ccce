import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from "type-graphql";
import { AuditKind } from "../common/audit-entry.js";
import type { HubContext } from "../common/context.js";
import { Dataset } from "../common/datasets.js";
import { Department } from "../shared/departments.js";
import { badInput } from "../common/errors.js";
import "../common/graphql-enums.js"; // registers Dataset
import { connectionOf, PageArgs, pageNewestFirst } from "../common/pagination.js";
import "../common/provenance.js"; // registers Department
import { Envelope } from "../common/sharing.js";
import { adminScope } from "./admin-scope.js";

@ObjectType({ description: "One entry of the append-only, hash-chained audit trail." })
@Envelope()
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field() kind!: string;
  @Field(() => Department) department!: Department;
  @Field(() => Dataset, { nullable: true }) dataset!: Dataset | null;
  @Field(() => GraphQLJSONObject, { description: "The entry as hashed: who, role, operation name and hash, record keys or count, batch, decision." })
  entry!: Record<string, unknown>;
  @Field({ description: "Hash of the previous entry." }) prevHash!: string;
  @Field() hash!: string;
}
const AuditEventConnection = connectionOf(AuditEvent, "AuditEvent");

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: "CONTRIBUTION, ACCESS_REQUEST, ACCESS_DECISION, ACCESS_REVOKE or READ." }) kind?: string;
  @Field(() => Department, { nullable: true, description: "The acting department." }) department?: Department;
  @Field(() => Dataset, { nullable: true }) dataset?: Dataset;
}

@Resolver()
export class AuditTrailResolver {
  @Query(() => AuditEventConnection, { description: "The audit trail, newest first (admins). Verify the chain with `lantian audit verify`." })
  auditEvents(@Args() page: PageArgs, @Arg("filter", () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | undefined, @Ctx() ctx: HubContext) {
    const scope = adminScope(ctx);
    const params = [...scope.params];
    const where = [scope.sql];
    if (filter?.kind) {
      if (!Object.values(AuditKind).includes(filter.kind as AuditKind)) throw badInput(`kind must be one of ${Object.values(AuditKind).join(", ")}`, { argument: "filter.kind" });
      where.push(`kind = $${params.push(filter.kind)}`);
    }
    if (filter?.department) where.push(`department = $${params.push(filter.department)}`);
    if (filter?.dataset) where.push(`dataset = $${params.push(filter.dataset)}`);
    const columns = `id::text, at, kind, department, dataset, entry, prev_hash as "prevHash", hash`;
    return pageNewestFirst(ctx.hub, page, { columns, table: "hub.audit_events", where: where.join(" and "), params }, (r: AuditEvent) => r);
  }
}
