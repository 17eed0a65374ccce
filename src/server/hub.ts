import fs from "node:fs";
import path from "node:path";
import type http from "node:http";
import { ApolloGateway, type GraphQLDataSource } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, parse, type GraphQLSchema } from "graphql";
import { buildSubgraphSchema } from "@apollo/subgraph";
import pg from "pg";
import { loadSigningKey, Role, signToken, verifyAuthorization, type Principal } from "../common/auth.js";
import { ConfigError, DEFAULT_LIMITS, defaultSubgraphUrl, hubDatabaseUrl, runtimeDatabaseUrlOf, type Config } from "../common/config.js";
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from "../shared/departments.js";
import type { HubContext } from "../common/context.js";
import { timed, type Logger } from "../common/logger.js";
import { forwardedHeaders, noteErrorCodes, OPERATION_HASH_HEADER, OPERATION_NAME_HEADER, operationHeaders, type RequestRecord } from "../common/request-record.js";
import { accessPlugin } from "./access.js";
import { supergraphFile } from "../common/paths.js";
import { HUB, SUBGRAPH_IDS, subgraphSlug, type SubgraphId } from "../shared/subgraphs.js";
import { Databases } from "../db/databases.js";
import { DEMO_COMPUTATIONS } from "../demo/computations.js";
import { loadDemoData } from "../demo/seed.js";
import { formatErrorWith, formatGatewayErrorWith } from "./errors.js";
import { closeServer, createHttpServer, listen, type GatewayContext, type GraphQLEngine, type Readiness } from "./http.js";
import { consoleHandler } from "./console.js";
import { compiledGateway } from "./compiled-execution.js";
import { DirectRoutes, routedGateway } from "./direct-fetch.js";
import { InProcessDataSource } from "./in-process-data-source.js";
import { httpLink, inProcessLink } from "./peers.js";
import { operationLimitsPlugin, type OperationLimits } from "./limits.js";
import { AnonymousLimiter, openRateLimiter, type RateLimiter } from "../hub/rate-limit.js";
import { requestGuardsPlugin } from "./request-guards.js";
import { requestNotesPlugin } from "./request-notes.js";
import { meteredSource, serverMetrics } from "./metrics.js";
import { adoptScalarParsing, SubgraphSource } from "./subgraph-source.js";
import { TrustedDocuments, trustedDocumentsGuard, type GraphQLHttpRequest } from "./trusted-documents.js";
import { createSubgraphRuntime, operationInfo, type PeerLink, type SubgraphRuntime } from "./subgraph-runtime.js";
import { exportPlace, forwardExport, serveExport, startExportSweeper, type ExportPlace } from "../common/export/files.js";

export interface RunningServer {
  port: number;
  url: string;
  databases?: Databases;
  /** Sends what is counted in memory (rate-limit counts, usage) now, instead of at the next background sync. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}



/**
 * A subgraph's own server also answers the gateway, whose fetches inline the client's fragments and so can
 * hold more tokens than the client sent; it allows this many times the configured token limit.
 */
export const SUBGRAPH_TOKEN_FACTOR = 10;

/** The operation limits of the gateway, or of a subgraph's own server. */
export function operationLimits(config: Config, subgraph = false): OperationLimits {
  return { ...config.limits, maxTokens: subgraph ? config.limits.maxTokens * SUBGRAPH_TOKEN_FACTOR : config.limits.maxTokens };
}

/**
 * `maskErrors` is for a subgraph's own server. Behind the gateway, subgraph errors arrive already masked
 * (every subgraph masks its own, in-process or over HTTP), so the gateway passes them on, masking only
 * its own unexpected ones.
 */
function apolloOptions<C extends BaseContext>(config: Config, log: Logger, maskErrors: boolean, ownPlugins: ApolloServerPlugin<C>[] = []) {
  const production = config.nodeEnv === "production";
  return {
    introspection: !production,
    // No "Did you mean …?" in production: suggestions let a client map a schema it may not introspect.
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      requestGuardsPlugin<C>(),
      operationLimitsPlugin<C>(operationLimits(config, maskErrors)),
      // Nothing here reads cache hints or traces, and nothing reports to Apollo's cloud: without these, no
      // per-field hook runs (cache control's, inline tracing's on a subgraph).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // Apollo's landing page loads its code from Apollo's and Google's servers: blank on an isolated
      // network. The hub's own console (served at /) is the explorer.
      ApolloServerPluginLandingPageDisabled(),
      accessPlugin<C>(),
      ...ownPlugins,
      // last: it notes the answer as the plugins before left it, for its HTTP status and metrics
      requestNotesPlugin<C>(),
    ],
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // We own SIGINT/SIGTERM: Apollo's own handlers would race ours and keep the process alive.
    stopOnTerminationSignals: false,
    formatError: maskErrors ? formatErrorWith(log) : formatGatewayErrorWith(log),
    logger: { debug: log.debug, info: log.debug, warn: log.warn, error: log.error },
  };
}

/**
 * The gateway over the checked-in supergraph, each subgraph reached through `buildService`; a query one
 * subgraph answers whole goes straight to it (direct-fetch.ts), checked against its schema from `schemaOf`.
 */
async function startGateway(config: Config, log: Logger, buildService: (name: string) => GraphQLDataSource<GatewayContext>, schemaOf: (name: string) => GraphQLSchema | undefined): Promise<ApolloServer<GatewayContext>> {
  const routes = new DirectRoutes(schemaOf);
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(supergraphFile(), "utf8"),
    buildService: ({ name }) => meteredSource(name, buildService(name)),
    logger: { debug: log.debug, info: log.debug, warn: log.warn, error: log.error },
    experimental_didResolveQueryPlan: routes.seen,
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => adoptScalarParsing(apiSchema));
  const apollo = new ApolloServer<GatewayContext>({
    gateway: routedGateway(gateway, routes),
    ...apolloOptions<GatewayContext>(config, log, false),
    // The trusted-documents manifest is the gateway's only store of hashed documents (trusted-documents.ts):
    // Apollo's automatic persisted queries would let any client register a document under its hash.
    persistedQueries: false,
  });
  await apollo.start();
  return apollo;
}

/**
 * The gateway's HTTP server. It checks who is asking from the headers alone (before the body is read):
 * the token (each subgraph checks the forwarded token again), then the rate limits. A request without a
 * valid token counts against its client address; one with a token against its department and its token.
 */
function gatewayHttpServer(
  config: Config,
  engine: () => GraphQLEngine<GatewayContext> | undefined,
  rateLimiter: () => RateLimiter | undefined,
  readiness: Readiness,
  log: Logger,
  downloads: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void>,
): http.Server {
  const signingKey = loadSigningKey(config);
  const anonymous = config.limits.rateLimit === 0 ? undefined : new AnonymousLimiter(config.limits.rateLimitAnonymous, config.limits.rateLimitWindowSeconds);
  const authenticate = async (req: http.IncomingMessage): Promise<Omit<GatewayContext, "request">> => {
    const authorization = req.headers.authorization ?? "";
    let principal: Principal;
    try {
      principal = await verifyAuthorization(signingKey, authorization, config.limits.tokenMaxTtlSeconds);
    } catch (e) {
      if (e instanceof GraphQLError) anonymous?.hit(req.socket.remoteAddress ?? "unknown");
      throw e;
    }
    const slug = DEPARTMENT_INFO[principal.department].slug;
    await rateLimiter()?.hit([
      { bucket: slug, limit: config.limits.rateLimit, setting: "LANTIAN_RATE_LIMIT", what: slug },
      { bucket: `token:${principal.tokenId}`, limit: config.limits.rateLimitPerToken, setting: "LANTIAN_RATE_LIMIT_TOKEN", what: `this token (${principal.subject})` },
    ]);
    return { authorization, principal };
  };
  const { maxBodyBytes, maxTokens } = config.limits;
  const trusted = TrustedDocuments.load();
  const { all, departments, roles } = config.trustedDocuments;
  if (all || departments.length || roles.length) log.info(`trusted documents only (${trusted.size} in the manifest) for ${all ? "every client" : [...departments, ...roles].join(", ")}`);
  const guard = trustedDocumentsGuard(trusted, config.trustedDocuments);
  const prepare = (request: GraphQLHttpRequest, auth: Omit<GatewayContext, "request">) => guard(request, auth.principal);
  const metrics = serverMetrics<Omit<GatewayContext, "request">>(config, "gateway", (auth) => auth.principal);
  return createHttpServer<GatewayContext, Omit<GatewayContext, "request">>({
    engine,
    authenticate,
    principalOf: (auth) => auth.principal,
    context: async (_req, auth, request) => ({ ...auth, request }),
    maxBodyBytes,
    maxTokens,
    prepare,
    readiness,
    log,
    metrics,
    corsOrigins: config.corsOrigins,
    explorerPath: "/#/explorer",
    // the web console, at / of the all-in-one server and of `lantian gateway` alike
    console: consoleHandler({ nodeEnv: config.nodeEnv, signingKey, tokenMaxTtlSeconds: config.limits.tokenMaxTtlSeconds }),
    downloads,
  });
}

/** A forwarded operation name; a malformed one (not from our gateway) as it came. */
function decodedName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * A subgraph server's audit of reads, after each answer. The operation named is the client's as the
 * gateway forwards it (informative only), or the request's own when the subgraph is called directly.
 */
function auditReads(runtime: SubgraphRuntime, log: Logger): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, response }) {
          const forwardedHash = request.http?.headers.get(OPERATION_HASH_HEADER);
          const forwardedName = request.http?.headers.get(OPERATION_NAME_HEADER);
          const own = operationInfo(request.operationName, request.query ?? "");
          const op = forwardedHash ? { name: forwardedName ? decodeURIComponent(forwardedName) : null, hash: forwardedHash } : own;
          try {
            await runtime.finish(contextValue, op);
          } catch (e) {
            // an unaudited read of shared data is not served
            log.error(`audit of reads failed: ${(e as Error).stack ?? e}`);
            if (contextValue.request) noteErrorCodes(contextValue.request, [{ extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
            if (response.body.kind === "single") {
              response.body.singleResult = { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] };
            }
          }
        },
      };
    },
  };
}

/** Holds a session-level advisory lock while migrating, so processes sharing a database take turns. */
async function migrateLocked(databases: Databases): Promise<number> {
  const clients = await Promise.all(
    databases.groups.map(async (g) => {
      const c = new pg.Client({ connectionString: g.url });
      await c.connect();
      await c.query("select pg_advisory_lock(hashtext('lantian.migrate'))");
      return c;
    }),
  );
  try {
    return await databases.migrate();
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/**
 * The databases of `departments` ready to serve: migrated, the demo data loaded when `demo`, reopened as
 * the least-privilege login requests run as, and closed again when a step fails.
 */
async function openForServing(config: Config, departments: readonly Department[], log: Logger, opts: { supervise?: boolean; demo?: boolean }): Promise<Databases> {
  let databases = await timed(log, "database opened", () => Databases.open(config, departments, log, { supervise: opts.supervise }));
  try {
    const applied = await timed(log, "migrations applied", () => migrateLocked(databases));
    log.info(`${applied} migration(s) were pending`);
    if (opts.demo) await timed(log, "demo data checked", () => loadDemoData(databases, log));
    // Requests run as the least-privilege login, not as the owner that migrated.
    databases = await timed(log, "runtime role ready", () => databases.asRuntime(config));
    databases.keepCheckpoints(config.dataDir);
    // The catalogue's figures, before the first request: rows may have come another way than a
    // contribution since the last report (demo data, an operator's SQL, a restore).
    const owned = databases.datasetStats.owned();
    if (owned.length) await timed(log, `catalogue figures of ${owned.length} datasets reported`, () => databases.datasetStats.refresh(owned));
    return databases;
  } catch (e) {
    await databases.close();
    throw e;
  }
}

/** Every subgraph in this process, each reaching the others in-process, each with its own context and database. */
export function inProcessRuntimes(databases: Databases, signingKey: Uint8Array, tokenMaxTtlSeconds: number, exports?: ExportPlace): Record<string, SubgraphRuntime> {
  const runtimes: Record<string, SubgraphRuntime> = {};
  const links = Object.fromEntries(SUBGRAPH_IDS.map((s) => [s, inProcessLink(() => runtimes[subgraphSlug(s)])]));
  for (const s of SUBGRAPH_IDS) runtimes[subgraphSlug(s)] = createSubgraphRuntime(s, databases, signingKey, tokenMaxTtlSeconds, (t) => links[t], exports);
  return runtimes;
}

/**
 * The departments' plan computations over the demo data (src/demo/computations.ts), each run as its
 * department's admin through its own subgraph, as the scheduled job's request would be; returns the
 * indicators contributed.
 */
export async function computeDemoIndicators(runtimes: Record<string, SubgraphRuntime>, signingKey: Uint8Array, log: Logger): Promise<number> {
  let changed = 0;
  for (const { department, mutation } of DEMO_COMPUTATIONS) {
    const runtime = runtimes[subgraphSlug(department)];
    const authorization = `Bearer ${await signToken(signingKey, { department, role: Role.ADMIN, subject: "demo-computations", ttlSeconds: 300 })}`;
    const data = (await inProcessLink(() => runtime)({ principal: await runtime.authenticate(authorization), authorization }, mutation, {})) as Record<string, number>;
    changed += Object.values(data)[0];
  }
  if (changed) log.info(`demo data: ${changed} plan indicators computed by their departments`);
  return changed;
}

/**
 * The demo data as a hub started with it holds it: loaded into empty departments, then the departments'
 * computations over it (their tokens are signed with `signingKey` and never leave this process).
 */
export async function seedDemo(databases: Databases, log: Logger, signingKey: Uint8Array = crypto.getRandomValues(new Uint8Array(32))): Promise<void> {
  await loadDemoData(databases, log);
  await computeDemoIndicators(inProcessRuntimes(databases, signingKey, DEFAULT_LIMITS.tokenMaxTtlSeconds), signingKey, log);
}

/**
 * The default run: every subgraph and the gateway in one process, subgraphs called in-process. The HTTP
 * server starts first so /healthz answers while migrations and demo data load; /readyz turns 200 after.
 */
export async function startAllInOne(config: Config, log: Logger): Promise<RunningServer> {
  let apollo: ApolloServer<GatewayContext> | undefined;
  let databases: Databases | undefined;
  let rateLimiter: RateLimiter | undefined;
  let ready = false;
  let stopping: Promise<void> | undefined;
  const signingKey = loadSigningKey(config);
  const readiness: Readiness = {
    starting: () => (ready ? null : "loading"),
    notReady: async () => (!ready || !databases ? "loading" : databases.ping().then(() => null, () => "database unreachable")),
  };
  // every department's export files are in this process's data directory: this server serves their links
  const exports = exportPlace(config.dataDir, config.exports, signingKey);
  const server = gatewayHttpServer(config, () => apollo, () => rateLimiter, readiness, log, (req, res, url) => serveExport(req, res, url, exports, DEPARTMENTS));
  const stopSweeper = startExportSweeper(exports, log);
  const port = await timed(log, `HTTP listening on http://${config.host}:${config.port}`, () => listen(server, config.port, config.host));
  try {
    // The hub owns its embedded PostgreSQL: supervised, restarted if it dies.
    databases = await openForServing(config, DEPARTMENTS, log, { supervise: true, demo: config.demoData });
    // The counters live beside the hub's other records (grants, audit of reads, usage).
    rateLimiter = openRateLimiter(config, databases.hubUrl, log);
    const runtimes = inProcessRuntimes(databases, signingKey, config.limits.tokenMaxTtlSeconds, exports);
    if (config.demoData) await timed(log, "demo plan indicators checked", () => computeDemoIndicators(runtimes, signingKey, log));
    apollo = await timed(log, `gateway composed with ${SUBGRAPH_IDS.length} in-process subgraphs`, () =>
      startGateway(config, log, (name) => new InProcessDataSource(runtimes[name], log), (name) => runtimes[name]?.schema),
    );
    ready = true;
  } catch (e) {
    stopSweeper();
    await closeServer(server);
    await rateLimiter?.close();
    await databases?.close();
    throw e;
  }
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}/graphql`;
  log.info(`ready: ${url} — get a token with: npm run -s lantian -- token --department environment --role analyst`);
  return {
    port,
    url,
    databases,
    async flush() {
      await Promise.all([rateLimiter?.sync(), databases?.usage.flush()]);
    },
    stop() {
      stopping ??= (async () => {
        stopSweeper();
        await timed(log, "HTTP server closed", () => closeServer(server));
        await timed(log, "gateway stopped", async () => apollo?.stop());
        await timed(log, "databases closed", async () => Promise.all([rateLimiter?.close(), databases?.close()]));
      })();
      return stopping;
    },
  };
}

/** The distributed form: one subgraph (a department's, or the hub's own) over HTTP. */
export async function startSubgraphServer(config: Config, subgraph: SubgraphId, log: Logger, port: number): Promise<RunningServer> {
  // A department on a database of its own, with no hub's database named, would keep grants, the audit of
  // reads and usage in its own database, where the hub's process never looks: refuse, saying what to set.
  if (subgraph !== HUB && config.departmentDatabaseUrls[subgraph] && !hubDatabaseUrl(config)) {
    throw new ConfigError([
      `DATABASE_URL_${subgraph} gives ${subgraphSlug(subgraph)} a database of its own, but the hub's is not set: set DATABASE_URL_HUB (or DATABASE_URL) to the database of the hub's process, which holds grants, the audit of reads and usage`,
    ]);
  }
  const signingKey = loadSigningKey(config);
  // the hub's subgraph needs only the hub's records, on the hub's database
  const databases = await openForServing(config, subgraph === HUB ? [] : [subgraph], log, {});
  try {
    // Another subgraph is another process, at the URL the gateway knows it by (LANTIAN_SUBGRAPH_URL_<NAME>).
    const self = inProcessLink(() => runtime);
    const others = new Map<SubgraphId, PeerLink>();
    const linkTo = (t: SubgraphId): PeerLink => {
      if (t === subgraph) return self;
      let link = others.get(t);
      if (!link) others.set(t, (link = httpLink(config.subgraphUrls[t] ?? defaultSubgraphUrl(t), subgraphSlug(t), log)));
      return link;
    };
    const exports = exportPlace(config.dataDir, config.exports, signingKey);
    const runtime: SubgraphRuntime = createSubgraphRuntime(subgraph, databases, signingKey, config.limits.tokenMaxTtlSeconds, linkTo, exports);
    const options = apolloOptions<HubContext>(config, log, true, [auditReads(runtime, log)]);
    // the subgraph's schema, executed by its compiled executor (Apollo Server's gateway interface is how one supplies an executor)
    const apollo = new ApolloServer<HubContext>({ gateway: compiledGateway(runtime.executor), ...options });
    await apollo.start();
    const server = createHttpServer<HubContext, Principal>({
      engine: () => apollo,
      authenticate: (req) => runtime.authenticate(req.headers.authorization),
      principalOf: (principal) => principal,
      context: async (req, principal, request) => {
        // behind the gateway, the access line names the client's operation, as the audit does
        const hash = req.headers[OPERATION_HASH_HEADER];
        const name = req.headers[OPERATION_NAME_HEADER];
        if (typeof hash === "string") request.operation = { name: typeof name === "string" ? decodedName(name) : null, hash };
        return runtime.contextOf(principal, req.headers.authorization, request);
      },
      accessFields: { subgraph: subgraphSlug(subgraph) },
      maxBodyBytes: config.limits.maxBodyBytes,
      maxTokens: operationLimits(config, true).maxTokens,
      readiness: { starting: () => null, notReady: () => databases.ping().then(() => null, () => "database unreachable") },
      log,
      metrics: serverMetrics<Principal>(config, subgraphSlug(subgraph), (principal) => principal),
      // a department's export files are in its own data directory: its server serves their links
      ...(subgraph === HUB ? {} : { downloads: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => serveExport(req, res, url, exports, [subgraph as Department]) }),
    });
    const stopSweeper = subgraph === HUB ? () => undefined : startExportSweeper(exports, log);
    const bound = await listen(server, port, config.host);
    const url = `http://127.0.0.1:${bound}/graphql`;
    log.info(`ready: subgraph ${subgraphSlug(subgraph)} at ${url}`);
    return {
      port: bound,
      url,
      databases,
      flush: () => databases.usage.flush(),
      async stop() {
        stopSweeper();
        await closeServer(server);
        await apollo.stop();
        await databases.close();
      },
    };
  } catch (e) {
    await databases.close();
    throw e;
  }
}

/** The gateways `lantian gateway --engine` starts: the built-in Apollo Gateway, or Hive Gateway (hive-gateway.ts). */
export const GATEWAY_ENGINES = ["apollo", "hive"] as const;
export type GatewayEngineName = (typeof GATEWAY_ENGINES)[number];

/**
 * The distributed form: the gateway alone, over remote subgraphs from the checked-in supergraph, run by
 * `engine`. Either engine sits behind the same HTTP front (gatewayHttpServer).
 */
export async function startGatewayServer(
  config: Config,
  log: Logger,
  port: number,
  urlOverrides: Partial<Record<SubgraphId, string>> = {},
  engine: GatewayEngineName = "apollo",
): Promise<RunningServer> {
  const urlOf = (slug: string) => {
    const s = SUBGRAPH_IDS.find((x) => subgraphSlug(x) === slug);
    if (!s) throw new Error(`supergraph names an unknown subgraph ${slug}`);
    return urlOverrides[s] ?? config.subgraphUrls[s] ?? defaultSubgraphUrl(s);
  };
  // Hive Gateway's runtime is loaded only by a gateway that runs it: the other processes never pay for its modules
  const running = engine === "hive" ? (await import("./hive-gateway.js")).createHiveGateway(config, log, operationLimits(config), urlOf, SUBGRAPH_IDS.map(subgraphSlug)) : await startApolloOverHttp(config, log, urlOf);
  // The gateway alone has no database of its own; its rate-limit counters live in the hub's database
  // (DATABASE_URL_HUB, else DATABASE_URL), as its runtime login when one is given: the gateway migrates nothing.
  const hubOwner = hubDatabaseUrl(config);
  const rateLimiter = openRateLimiter(config, hubOwner && (runtimeDatabaseUrlOf(config, hubOwner) ?? hubOwner), log);
  // the files are in the departments' own data directories: a download goes to the one the link names
  const downloads = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => forwardExport(req, res, url, (d) => urlOf(subgraphSlug(d)), log);
  const server = gatewayHttpServer(config, () => running, () => rateLimiter, { starting: () => null, notReady: async () => null }, log, downloads);
  const bound = await listen(server, port, config.host);
  const url = `http://127.0.0.1:${bound}/graphql`;
  log.info(`ready: gateway (${engine === "hive" ? "Hive Gateway" : "Apollo Gateway"}) at ${url} over ${SUBGRAPH_IDS.map((s) => `${subgraphSlug(s)}=${urlOf(subgraphSlug(s))}`).join(" ")}`);
  return {
    port: bound,
    url,
    async flush() {
      await rateLimiter?.sync();
    },
    async stop() {
      await closeServer(server);
      await running.stop();
      await rateLimiter?.close();
    },
  };
}

/**
 * The built-in gateway over subgraphs in other processes, each fetch carrying what the subgraphs verify and
 * audit. A subgraph's schema, for the queries sent to it directly, is its checked-in SDL, as the supergraph is.
 */
async function startApolloOverHttp(config: Config, log: Logger, urlOf: (slug: string) => string): Promise<ApolloServer<GatewayContext>> {
  const schemas = new Map<string, GraphQLSchema>();
  const schemaOf = (name: string) => {
    if (!schemas.has(name)) schemas.set(name, buildSubgraphSchema(parse(fs.readFileSync(path.join(path.dirname(supergraphFile()), `${name}.graphql`), "utf8"))));
    return schemas.get(name);
  };
  return startGateway(config, log, (name) =>
    new SubgraphSource<GatewayContext>({
      name,
      log,
      url: urlOf(name),
      willSendRequest(options) {
        const { request, context } = options;
        if (context.authorization) request.http?.headers.set("authorization", context.authorization);
        // the request id and trace context (W3C traceparent), so the subgraph's access line and span join the gateway's
        for (const [k, v] of Object.entries(forwardedHeaders(context.request))) request.http?.headers.set(k, v);
        // the client's operation, for the subgraphs' audit entries
        const incoming = "incomingRequestContext" in options ? options.incomingRequestContext : undefined;
        for (const [k, v] of Object.entries(operationHeaders(operationInfo(incoming?.operationName, incoming?.source ?? "")))) request.http?.headers.set(k, v);
      },
    }),
    schemaOf,
  );
}
