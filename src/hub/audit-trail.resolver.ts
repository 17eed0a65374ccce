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
  @Field(() => ID, { description: "The entry's place in the chain: ids grow with every entry." }) id!: string;
  @Field({ description: "When the entry was appended." }) at!: Date;
  @Field({ description: "What happened: CONTRIBUTION, ACCESS_REQUEST, ACCESS_DECISION, ACCESS_REVOKE, READ or EXPORT." }) kind!: string;
  @Field(() => Department, { description: "The department that acted." }) department!: Department;
  @Field(() => Dataset, { nullable: true, description: "The dataset acted on; null for an entry about no single dataset." }) dataset!: Dataset | null;
  @Field(() => GraphQLJSONObject, { description: "The entry as hashed: who, role, operation name and hash, record keys or count, batch, decision." })
  entry!: Record<string, unknown>;
  @Field({ description: "Hash of the previous entry." }) prevHash!: string;
  @Field({ description: "HMAC-SHA-256 (hex) over the previous hash, the id, the instant and the entry: altering or dropping an entry breaks every hash after it." }) hash!: string;
}
const AuditEventConnection = connectionOf(AuditEvent, "AuditEvent");

@InputType({ description: "Which audit entries `auditEvents` lists; the conditions given must all hold." })
export class AuditEventFilter {
  @Field({ nullable: true, description: "CONTRIBUTION, ACCESS_REQUEST, ACCESS_DECISION, ACCESS_REVOKE, READ or EXPORT." }) kind?: string;
  @Field(() => Department, { nullable: true, description: "The acting department." }) department?: Department;
  @Field(() => Dataset, { nullable: true, description: "Only entries about this dataset." }) dataset?: Dataset;
}

@Resolver()
export class AuditTrailResolver {
  @Query(() => AuditEventConnection, { description: "The audit trail, newest first (admins). Verify the chain with `lantian audit verify`." })
  auditEvents(@Args() page: PageArgs, @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Conditions the listed entries must all meet; omit it for all of them." }) filter: AuditEventFilter | undefined, @Ctx() ctx: HubContext) {
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
