#!/usr/bin/env node
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSigningKey, parseTtl, Role, ROLES, signToken, SIGNING_KEY_FILE } from "../common/auth.js";
import { ConfigError, loadConfig, loadEnvFile, type Config } from "../common/config.js";
import { DEPARTMENT_INFO, DEPARTMENTS, parseDepartment, type Department } from "../shared/departments.js";
import { createLogger, timed, type Logger } from "../common/logger.js";
import { projectRoot } from "../common/paths.js";
import { parseSubgraph, SUBGRAPH_IDS, subgraphDefaultPort, subgraphSlug, type SubgraphId } from "../shared/subgraphs.js";
import type { RunningServer } from "../server/hub.js";
import { startTracing, type Tracing } from "../server/telemetry.js";
import { InputError, UsageError } from "./connection.js";
import { DEFAULT_URL, LantianHttpError, LantianRequestError } from "../client/index.js";
import { IMPORT_USAGE, runImport } from "./import.js";
import { QUERY_USAGE, runQuery } from "./query.js";
import { EXPORT_USAGE, ExportFailed, runExport } from "./export.js";
import { REPORT_NAMES, reportUsage, runReport } from "./report.js";

const USAGE = `lantian <command> [options]

  serve [--port N]                      every subgraph and the gateway in one process (default)
  serve --subgraph <name> [--port N]    one subgraph over HTTP: a department's, or the hub's own
  gateway [--port N] [--subgraph-url <name>=<url> ...] [--engine apollo|hive]
                                        the gateway alone, over remote subgraphs: the built-in Apollo
                                        Gateway (default) or Hive Gateway
  migrate                               apply pending migrations
  seed                                  load reference data, demo data into empty departments, and the plan figures computed from it
  token --department <d> --role <member|analyst|admin> [--ttl 8h] [--subject s]
                                        print a signed token (last line of stdout)
  schema [--out <dir>]                  print subgraph SDLs, compose supergraph.graphql and api.graphql
  audit verify [--checkpoint <file>]    check every link of the audit trail with the key, and the chain against the
                                        newest checkpoint (or the given one); exit 1 naming the first bad entry
  audit checkpoint                      check the chain, then print a signed checkpoint of its head to keep elsewhere

Data commands (through the gateway with the typed client; --url/--token or LANTIAN_URL/LANTIAN_TOKEN):
  import <dataset> <file.csv> [--batch-size 5000] [--non-atomic] [--rejects <file>]
                                        contribute a CSV in resumable batches (--columns lists a dataset's columns)
  report <name> [options] [--format table|csv|json] [--out <file>]
                                        a cross-department report: ${REPORT_NAMES.join(", ")}
  query <file.graphql> [--var name=value ...]
                                        run an ad-hoc operation, print its data as JSON
  export <dataset> [--filter JSON] [--format csv|jsonl] --out <file>
                                        a bulk export of what you may read: progress, download, SHA-256 checked

Subgraph names: ${SUBGRAPH_IDS.map(subgraphSlug).join(", ")}
Settings come from the environment; see .env.example.`;


function department(value: string | undefined, flag: string): Department {
  if (!value) throw new UsageError(`${flag} is required`);
  const d = parseDepartment(value);
  if (!d) throw new UsageError(`${flag} ${value}: unknown department (one of ${DEPARTMENTS.map((x) => DEPARTMENT_INFO[x].slug).join(", ")})`);
  return d;
}

function subgraph(value: string, flag: string): SubgraphId {
  const s = parseSubgraph(value);
  if (!s) throw new UsageError(`${flag} ${value}: unknown subgraph (one of ${SUBGRAPH_IDS.map(subgraphSlug).join(", ")})`);
  return s;
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port ${value} is not a port number`);
  return n;
}

/** Keeps a server up until SIGINT/SIGTERM, then closes it (and the embedded PostgreSQL), exports the last spans and exits 0. */
function runUntilSignal(server: RunningServer, log: Logger, tracing: Tracing): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    try {
      await server.stop();
      await tracing.shutdown();
      log.info("stopped");
      process.exit(0);
    } catch (e) {
      log.error(`shutdown failed: ${(e as Error).message}`);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

/**
 * The operator's commands need the servers, the ORM and the database. They are loaded only for those
 * commands, so the data commands (clients of a running hub) start in a fraction of the time.
 */
async function operatorModules() {
  await import("reflect-metadata");
  const [auditChain, { Databases }, { composeSchemas }, hub] = await Promise.all([
    import("../common/audit-chain.js"),
    import("../db/databases.js"),
    import("../gateway/compose.js"),
    import("../server/hub.js"),
  ]);
  return { auditChain, Databases, composeSchemas, ...hub };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  // the data commands are clients of a running hub: they never open the database or read its settings
  const dataCommands: Record<string, [(args: string[]) => Promise<number>, () => string]> = {
    import: [runImport, () => IMPORT_USAGE],
    report: [runReport, reportUsage],
    query: [runQuery, () => QUERY_USAGE],
    export: [runExport, () => EXPORT_USAGE],
  };
  if (dataCommands[command]) {
    const [run, usage] = dataCommands[command];
    if (rest.includes("--help") || rest.includes("-h")) {
      console.log(usage());
      return 0;
    }
    return run(rest);
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      subgraph: { type: "string" },
      "subgraph-url": { type: "string", multiple: true },
      department: { type: "string" },
      role: { type: "string" },
      ttl: { type: "string", default: "8h" },
      subject: { type: "string" },
      out: { type: "string" },
      checkpoint: { type: "string" },
      engine: { type: "string" },
    },
    strict: true,
  });
  if (positionals.length > 0 && command !== "audit") throw new UsageError(`${command} takes no argument ${positionals[0]}`);
  loadEnvFile(path.resolve(".env")); // the operator's settings: the data commands above take only LANTIAN_URL and LANTIAN_TOKEN
  const config: Config = loadConfig();
  const log = createLogger(config.logLevel);
  const { auditChain, Databases, composeSchemas, startAllInOne, startGatewayServer, startSubgraphServer, seedDemo, GATEWAY_ENGINES } = await operatorModules();
  const withDatabases = async (use: (databases: Awaited<ReturnType<typeof Databases.open>>) => Promise<number>): Promise<number> => {
    const databases = await Databases.open(config, DEPARTMENTS, log, { attach: true });
    try {
      return await use(databases);
    } finally {
      await databases.close();
    }
  };

  switch (command) {
    case "serve": {
      const s = values.subgraph ? subgraph(values.subgraph, "--subgraph") : null;
      const tracing = await startTracing(config, s ? `lantian-${subgraphSlug(s)}` : "lantian", log);
      const server = s
        ? await startSubgraphServer(config, s, log, port(values.port, subgraphDefaultPort(s)))
        : await startAllInOne(values.port === undefined ? config : { ...config, port: port(values.port, config.port) }, log);
      runUntilSignal(server, log, tracing);
      return -1; // keep running
    }
    case "gateway": {
      const overrides: Partial<Record<SubgraphId, string>> = {};
      for (const spec of values["subgraph-url"] ?? []) {
        const m = /^([a-z-]+)=(https?:\/\/.+)$/.exec(spec);
        if (!m) throw new UsageError(`--subgraph-url ${spec}: expected <name>=<http url>`);
        overrides[subgraph(m[1], "--subgraph-url")] = m[2];
      }
      const engine = GATEWAY_ENGINES.find((e) => e === (values.engine ?? "apollo"));
      if (!engine) throw new UsageError(`--engine ${values.engine}: one of ${GATEWAY_ENGINES.join(", ")}`);
      const tracing = await startTracing(config, "lantian-gateway", log);
      const server = await startGatewayServer(config, log, port(values.port, config.port), overrides, engine);
      runUntilSignal(server, log, tracing);
      return -1;
    }
    case "migrate":
      return withDatabases(async (databases) => {
        const n = await timed(log, "migrations applied", () => databases.migrate());
        console.log(`${n} migration(s) applied`);
        return 0;
      });
    case "seed":
      return withDatabases(async (databases) => {
        await databases.migrate();
        await timed(log, "demo data loaded", () => seedDemo(databases, log));
        // a hub already running learns of the rows from the catalogue's figures
        await databases.datasetStats.refresh(databases.datasetStats.owned());
        return 0;
      });
    case "token": {
      const d = department(values.department, "--department");
      const role = ROLES.find((r) => r === values.role);
      if (!role) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
      const ttlSeconds = parseTtl(values.ttl!);
      if (ttlSeconds > config.limits.tokenMaxTtlSeconds) {
        throw new UsageError(`--ttl ${values.ttl} is longer than the ${config.limits.tokenMaxTtlSeconds} s a token may live here (LANTIAN_TOKEN_MAX_TTL)`);
      }
      // Without LANTIAN_JWT_SECRET the key is the data directory's; made here if there is none. A hub running
      // with another data directory has another key and answers this token 401 with no hint of why: say so on
      // stderr (scripts read the token from stdout's last line).
      const keyFile = path.join(config.dataDir, SIGNING_KEY_FILE);
      const madeKey = !config.jwtSecret && !fs.existsSync(keyFile);
      const token = await signToken(loadSigningKey(config), { department: d, role: role as Role, subject: values.subject, ttlSeconds });
      if (madeKey) {
        console.error(
          `lantian: created a new signing key in ${config.dataDir}; a hub started with another data directory will refuse this token ` +
            `(run token with the hub's LANTIAN_DATA_DIR, or give both the same LANTIAN_JWT_SECRET)`,
        );
      }
      await warnIfRefused(token);
      console.log(token);
      return 0;
    }
    case "schema": {
      const out = path.resolve(values.out ?? path.join(projectRoot(), "schema"));
      const composed = composeSchemas();
      fs.mkdirSync(out, { recursive: true });
      const files = { ...composed.subgraphs, supergraph: composed.supergraph, api: composed.api };
      for (const [name, sdl] of Object.entries(files)) fs.writeFileSync(path.join(out, `${name}.graphql`), sdl.trimEnd() + "\n");
      console.log(`wrote ${Object.keys(composed.subgraphs).length} subgraph SDLs, supergraph.graphql and api.graphql to ${out}`);
      return 0;
    }
    case "audit": {
      const sub = positionals[0];
      if (sub !== "verify" && sub !== "checkpoint") throw new UsageError("audit: the subcommands are verify and checkpoint");
      if (values.checkpoint && sub !== "verify") throw new UsageError("--checkpoint belongs to audit verify");
      // the file holds checkpoints as `audit checkpoint` prints them, one line per database's chain: the newest
      // (last) of each chain holds that chain
      const given = new Map<string, import("../common/audit-chain.js").Checkpoint>();
      if (values.checkpoint) {
        try {
          for (const line of fs.readFileSync(values.checkpoint, "utf8").split("\n")) {
            if (!line.trim()) continue;
            const cp = JSON.parse(line) as import("../common/audit-chain.js").Checkpoint;
            if (typeof cp?.chain !== "string") throw new Error(`a line with no chain: ${line.slice(0, 80)}`);
            given.set(cp.chain, cp);
          }
        } catch (e) {
          throw new UsageError(`--checkpoint ${values.checkpoint}: not a checkpoint file (${(e as Error).message})`);
        }
        if (!given.size) throw new UsageError(`--checkpoint ${values.checkpoint}: the file holds no checkpoint`);
      }
      return withDatabases(async (databases) => {
        let broken = false;
        for (const { name, pool } of databases.auditTrails()) {
          const { rows } = await pool.query<{ chain: string }>("select id::text as chain from hub.audit_chain limit 1");
          // held to the given checkpoint of its chain, else to the newest one this data directory kept
          const checkpoint = given.get(rows[0].chain) ?? auditChain.newestCheckpoint(config.dataDir, rows[0].chain);
          given.delete(rows[0].chain);
          const check = await databases.audit.verify(pool, checkpoint);
          const against = check.checkpoint ? `, checkpoint of ${check.checkpoint.madeAt} at entry ${check.checkpoint.id}` : ", no checkpoint to hold it to";
          if (check.broken) {
            broken = true;
            console.log(`audit trail of ${name}: entry ${check.broken.id} fails: ${check.broken.reason} (${check.checked} entries before it hold${against})`);
          } else if (sub === "verify") {
            console.log(`audit trail of ${name}: ${check.checked} entries, chain intact${against}`);
          } else {
            // the head of a chain just checked, signed: for operators to keep outside this machine
            console.log(JSON.stringify(databases.audit.sign(check.chain, check.head)));
          }
        }
        // a chain a given checkpoint saw that no database holds (any more) is a trail gone
        for (const cp of given.values()) {
          broken = true;
          console.log(`audit trail of chain ${cp.chain}: the checkpoint of ${cp.madeAt} saw it reach entry ${cp.id}, and no database holds it`);
        }
        return broken ? 1 : 0;
      });
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

/**
 * Asks the hub at LANTIAN_URL (default http://127.0.0.1:4000/graphql) whether it takes a token just signed, and
 * warns on stderr when it answers 401: it signs with another key (another data directory or LANTIAN_JWT_SECRET),
 * which would otherwise show only as 401s later. No hub, or a slow one, is not an error: the token stays good
 * for the hub it is meant for.
 */
async function warnIfRefused(token: string): Promise<void> {
  const url = process.env.LANTIAN_URL?.trim() || DEFAULT_URL;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ __typename }" }),
      signal: AbortSignal.timeout(2_000),
    });
    await res.body?.cancel();
    if (res.status === 401) {
      console.error(`lantian: the hub at ${url} refuses this token (HTTP 401): it signs with another key; run token with its LANTIAN_DATA_DIR or LANTIAN_JWT_SECRET`);
    }
  } catch {
    /* no hub there: nothing to check against */
  }
}

/** The help to point a usage error at: a data command's own, else the whole usage. */
function helpFor(argv: string[]): string {
  const command = argv[0];
  return command === "import" || command === "report" || command === "query" || command === "export" ? `lantian ${command} --help` : "lantian --help";
}

/**
 * The one line for an error the user can act on (a usage error's first paragraph, the hub's answer, a port in
 * use), with its exit code; null for a defect, which keeps its stack.
 */
export function expectedError(e: unknown, argv: string[]): { text: string; exitCode: number } | null {
  const code = (e as { code?: unknown }).code;
  if (e instanceof UsageError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))) {
    // only the line that is wrong (a message may carry a usage after a blank line) and where the usage is
    return { text: `lantian: ${(e as Error).message.split("\n\n")[0]}\nsee \`${helpFor(argv)}\``, exitCode: 2 };
  }
  if (e instanceof InputError) return { text: `lantian: ${e.message}`, exitCode: 2 };
  // the hub's answer (its codes and messages) or a clear "not GraphQL": not our stack
  if (e instanceof LantianRequestError || e instanceof LantianHttpError || e instanceof ExportFailed) return { text: `lantian: ${e.message}`, exitCode: 1 };
  if (e instanceof ConfigError) return { text: e.message, exitCode: 2 };
  if (code === "EADDRINUSE" || code === "EACCES") {
    const { address, port } = e as { address?: string; port?: number };
    const where = `${address ?? ""}:${port ?? ""}`;
    return code === "EADDRINUSE"
      ? { text: `lantian: PORT_IN_USE: ${where} is in use (another hub?); choose another with --port or PORT`, exitCode: 1 }
      : { text: `lantian: PORT_NOT_PERMITTED: ${where} may not be listened on by this user; choose a port above 1023 with --port or PORT`, exitCode: 1 };
  }
  return null;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  main(argv).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e) => {
      const expected = expectedError(e, argv);
      if (expected) {
        console.error(expected.text);
        process.exit(expected.exitCode);
      }
      console.error(`lantian: ${(e as Error).stack ?? e}`);
      process.exit(1);
    },
  );
}
