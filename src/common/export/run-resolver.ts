import { GraphQLJSONObject } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Directive, ID, Info, Mutation, Resolver } from "type-graphql";
import type { HubContext } from "../context.js";
import type { DefinedDataset } from "../dataset.js";
import { Envelope } from "../sharing.js";
import { DEPARTMENT_INFO, type Department } from "../../shared/departments.js";
import { runExportJob } from "./run.js";

/** The mutation a department's subgraph runs an export job with, named after it (each subgraph has its own). */
export function exportRunField(department: Department): string {
  return `run${DEPARTMENT_INFO[department].slug.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase())}Export`;
}

/**
 * The department's side of a bulk export, which the hub's `requestExport` calls for the requester (their
 * token): @inaccessible, so it is no part of the API, and called directly on another queued job it finds none.
 */
export function exportRunResolver(department: Department, datasets: () => readonly DefinedDataset<object>[]) {
  @Resolver()
  class ExportRunResolver {
    @Envelope()
    @Directive("@inaccessible")
    @Mutation(() => GraphQLJSONObject, {
      name: exportRunField(department),
      description: "Runs a queued export job of this department's data for its requester (the hub calls it): answers rowCount, sizeBytes and sha256 of the file written.",
    })
    run(@Arg("job", () => ID, { description: "The queued job's id, from requestExport." }) job: string, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
      return runExportJob(ctx, info.schema, datasets(), ctx.exports, job);
    }
  }
  return ExportRunResolver;
}
