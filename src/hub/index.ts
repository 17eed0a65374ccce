import type { SubgraphDefinition } from "../common/federation.js";
import { AccessRequestResolver } from "./access-request.resolver.js";
import { CatalogueResolver } from "./catalogue.resolver.js";
import { Catalogue } from "./catalogue.service.js";
import { AuditTrailResolver } from "./audit-trail.resolver.js";
import { UsageResolver } from "./usage.resolver.js";
import { ContributionBatchResolver } from "./contribution-batches.resolver.js";
import { IdentifierCheckResolver } from "./identifier-check.resolver.js";
import { ExportResolver } from "./export.resolver.js";

/**
 * The hub's own subgraph: grants (access requests), the audit trail, the catalogue, usage, the list of
 * contribution batches, identifier checks and bulk exports (run by the owning department's subgraph). Its records are the `hub` schema's; it owns no entity. The catalogue lists the declarations of
 * `departments`, which the caller passes in (the hub imports no department).
 */
export function createHubSubgraph(departments: readonly SubgraphDefinition[]): SubgraphDefinition {
  return {
    resolvers: [AccessRequestResolver, CatalogueResolver, AuditTrailResolver, UsageResolver, IdentifierCheckResolver, ContributionBatchResolver, ExportResolver],
    resolverInstances: [new CatalogueResolver(new Catalogue(departments)), new ExportResolver(departments)],
    references: {},
  };
}
