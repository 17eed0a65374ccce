import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from "type-graphql";
import { AuditKind } from "../../common/audit.js";
import { Role } from "../../common/auth.js";
import type { HubContext } from "../../common/context.js";
import { DATASET_INFO, DATASETS, Dataset, SharingClass } from "../../common/datasets.js";
import { Department, DEPARTMENTS } from "../../common/departments.js";
import { badInput, forbidden } from "../../common/errors.js";
import { buildFederatedSchema } from "../../common/federation.js";
import { connectionOf, PageArgs, pageNewestFirst } from "../../common/pagination.js";
import { DateScalar } from "../../common/scalars.js";
import { sharingDeclarations } from "../../common/sharing-enforcement.js";
import { Envelope, SharingMask } from "../../common/sharing.js";
import { SUBGRAPHS } from "../index.js";

@ObjectType({ description: "A field of the API and the sharing class it is read under." })
@Envelope()
export class CatalogField {
  @Field({ description: "Type.field as in the API." }) path!: string;
  @Field(() => SharingClass) sharingClass!: SharingClass;
  @Field(() => SharingMask, { nullable: true, description: "How others see a RESTRICTED value; null: they get nothing." }) mask!: SharingMask | null;
}

@ObjectType({ description: "A department (and role) holding a grant in force on a dataset." })
@Envelope()
export class Grantee {
  @Field(() => Department) department!: Department;
  @Field() role!: string;
  @Field(() => DateScalar) until!: string;
}

@ObjectType({ description: "One dataset of the hub: who owns it, under which class it is shared, what it holds and who may read it." })
@Envelope()
export class CatalogEntry {
  @Field(() => Dataset) name!: Dataset;
  @Field(() => Department) owner!: Department;
  @Field(() => SharingClass) sharingClass!: SharingClass;
  @Field() description!: string;
  @Field(() => [CatalogField], { description: "Every API field that reads this dataset, from the same declarations enforcement uses." }) fields!: CatalogField[];
  @Field(() => Int, { description: "Records held now." }) rowCount!: number;
  @Field(() => Date, { nullable: true, description: "When the last contribution batch was accepted." }) lastContributionAt!: Date | null;
  @Field(() => [Grantee], { description: "Grants in force (CONDITIONAL datasets)." }) grantees!: Grantee[];
}

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

@ObjectType({ description: "A department's use of a dataset in a month." })
@Envelope()
export class UsageLine {
  @Field(() => Department) department!: Department;
  @Field(() => Dataset) dataset!: Dataset;
  @Field(() => Int, { description: "Requests that read the dataset." }) requests!: number;
  @Field({ description: "Records read." }) rowsRead!: number;
  @Field({ description: "Records contributed (accepted)." }) rowsContributed!: number;
  @Field(() => Int, { description: "Days with any use." }) activeDays!: number;
}

let fieldsByDataset: Map<Dataset, CatalogField[]> | undefined;

/** Every declared field of every subgraph, by dataset: built once, from the schemas enforcement wraps. */
function catalogFields(): Map<Dataset, CatalogField[]> {
  if (fieldsByDataset) return fieldsByDataset;
  const out = new Map<Dataset, Map<string, CatalogField>>();
  for (const d of DEPARTMENTS) {
    for (const [type, fields] of sharingDeclarations(buildFederatedSchema(SUBGRAPHS[d].definition))) {
      for (const [field, decl] of fields) {
        if (!decl?.dataset) continue;
        const path = `${type}.${field}`;
        const list = out.get(decl.dataset) ?? new Map<string, CatalogField>();
        // a type shared by several subgraphs is one type in the API: list its field once
        if (!list.has(path)) list.set(path, { path, sharingClass: decl.sharingClass, mask: decl.mask });
        out.set(decl.dataset, list);
      }
    }
  }
  fieldsByDataset = new Map([...out].map(([d, m]) => [d, [...m.values()].sort((a, b) => a.path.localeCompare(b.path))]));
  return fieldsByDataset;
}

/** Admins see the trail: the environment department's (which runs the hub) all of it, others their department's and datasets'. */
function auditScope(ctx: HubContext): { sql: string; params: unknown[] } {
  const p = ctx.principal;
  if (p.role !== Role.ADMIN) throw forbidden(`the audit trail is for admins; you are ${p.role} of ${p.department}`);
  if (p.department === Department.ENVIRONMENT) return { sql: "true", params: [] };
  const own = DATASETS.filter((d) => DATASET_INFO[d].owner === p.department);
  return { sql: "(department = $1 or dataset = any($2::text[]))", params: [p.department, own] };
}

@Resolver()
export class TrustResolver {
  @Query(() => [CatalogEntry], { description: "The data catalogue: every dataset with its owner, sharing class, fields, size, freshness and grantees." })
  async catalog(@Ctx() ctx: HubContext): Promise<CatalogEntry[]> {
    // One statement for all counts; the hub's datasets share one database in the default and distributed forms.
    const counts = DATASETS.map((d, i) => `select ${i} as i, count(*)::bigint as n from ${DATASET_INFO[d].table}`).join(" union all ");
    const [rowCounts, lastBatches, grants] = await Promise.all([
      ctx.hub.query<{ i: number; n: string }>(counts),
      ctx.hub.query<{ dataset: Dataset; at: Date }>("select dataset, max(created_at) as at from hub.contribution_batches where accepted > 0 group by dataset"),
      ctx.hub.query<{ dataset: Dataset; department: Department; role: string; until: string }>(
        `select dataset, grantee_department as department, grantee_role as role, max(valid_until)::text as until from hub.access_requests
         where status = 'APPROVED' and valid_until >= (now() at time zone 'Asia/Shanghai')::date
         group by dataset, grantee_department, grantee_role order by 1, 2, 3`,
      ),
    ]);
    const fields = catalogFields();
    return DATASETS.map((name, i) => ({
      name,
      owner: DATASET_INFO[name].owner,
      sharingClass: DATASET_INFO[name].sharingClass,
      description: DATASET_INFO[name].description,
      fields: fields.get(name) ?? [],
      rowCount: Number(rowCounts.rows.find((r) => Number(r.i) === i)?.n ?? 0),
      lastContributionAt: lastBatches.rows.find((r) => r.dataset === name)?.at ?? null,
      grantees: grants.rows.filter((g) => g.dataset === name).map(({ department, role, until }) => ({ department, role, until })),
    }));
  }

  @Query(() => AuditEventConnection, { description: "The audit trail, newest first (admins). Verify the chain with `lantian audit verify`." })
  auditEvents(@Args() page: PageArgs, @Arg("filter", () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | undefined, @Ctx() ctx: HubContext) {
    const scope = auditScope(ctx);
    const params = [...scope.params];
    const where = [scope.sql];
    if (filter?.kind) {
      if (!Object.values(AuditKind).includes(filter.kind as AuditKind)) throw badInput(`kind must be one of ${Object.values(AuditKind).join(", ")}`, { argument: "filter.kind" });
      where.push(`kind = $${params.push(filter.kind)}`);
    }
    if (filter?.department) where.push(`department = $${params.push(filter.department)}`);
    if (filter?.dataset) where.push(`dataset = $${params.push(filter.dataset)}`);
    type Row = { id: string; at: Date; kind: string; department: Department; dataset: Dataset | null; entry: Record<string, unknown>; prev_hash: string; hash: string };
    return pageNewestFirst(
      ctx.hub,
      page,
      { columns: "id::text, at, kind, department, dataset, entry, prev_hash, hash", table: "hub.audit_events", where: where.join(" and "), params },
      (r: Row) => ({ id: r.id, at: r.at, kind: r.kind, department: r.department, dataset: r.dataset, entry: r.entry, prevHash: r.prev_hash, hash: r.hash }),
    );
  }

  @Query(() => [UsageLine], { description: "Use of each dataset by each department in a month (admins): the oversight the sharing rules ask for; a year is twelve of these." })
  async usageReport(@Arg("year", () => Int) year: number, @Arg("month", () => Int) month: number, @Ctx() ctx: HubContext): Promise<UsageLine[]> {
    const scope = auditScope(ctx);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year must be between 2000 and 2100", { argument: "year" });
    if (!Number.isInteger(month) || month < 1 || month > 12) throw badInput("month must be 1 to 12", { argument: "month" });
    const params = [...scope.params];
    const from = `${year}-${String(month).padStart(2, "0")}-01`;
    const { rows } = await ctx.hub.query<{ department: Department; dataset: Dataset; requests: string; rows_read: string; rows_contributed: string; days: number }>(
      `select department, dataset, sum(requests) as requests, sum(rows_read) as rows_read, sum(rows_contributed) as rows_contributed, count(*)::int as days
       from hub.usage_daily
       where day >= $${params.push(from)}::date and day < ($${params.push(from)}::date + interval '1 month') and ${scope.sql}
       group by department, dataset order by department, dataset`,
      params,
    );
    return rows.map((r) => ({
      department: r.department,
      dataset: r.dataset,
      requests: Number(r.requests),
      rowsRead: Number(r.rows_read),
      rowsContributed: Number(r.rows_contributed),
      activeDays: r.days,
    }));
  }
}
