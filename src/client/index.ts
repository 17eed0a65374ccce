// The hub's typed client: generated operations (./generated, `npm run codegen`) and the small SDK around them.
export { createClient, DEFAULT_URL, type ClientOptions, type ConnectionPage, type LantianClient, type PartialResult } from "./client.js";
export * from "./errors.js";
export * from "./generated/graphql.js";
export type * as Schema from "./generated/schema.js";
// the row types of the contributed datasets (enum-valued fields as their values): GateRecordRow, VehicleRow, …
export type * from "./generated/contributions.js";
export { CONTRIBUTION_DATASETS, type ContributionColumn, type ContributionDataset, type ContributionResultFields, type ContributionSlug } from "./generated/contributions.js";
