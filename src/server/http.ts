import http from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Logger } from "../common/logger.js";
import { tokenLimitError } from "./limits.js";
import { ErrorCode } from "../common/errors.js";

export interface Readiness {
  /** null when ready; else why not */
  notReady(): Promise<string | null>;
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/** The body, or null when it is over the limit (read to the end but not kept, so the 413 reaches the client). */
async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  return size > maxBytes ? null : Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number) {
  return {
    errors: [
      {
        message: `The request body is over the ${maxBytes}-byte limit (LANTIAN_MAX_BODY_BYTES); send fewer rows per batch`,
        extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, limit: maxBytes, setting: "LANTIAN_MAX_BODY_BYTES" },
      },
    ],
  };
}

/**
 * The HTTP face of a gateway or a subgraph: /healthz (the process is up), /readyz (migrations and demo
 * data done, database reachable) and /graphql, handed to Apollo Server once ready.
 */
export function createHttpServer<C extends BaseContext>(opts: {
  apollo: () => ApolloServer<C> | undefined;
  context: (req: http.IncomingMessage) => Promise<C>;
  readiness: Readiness;
  /** bodies over this many bytes get 413 PAYLOAD_TOO_LARGE */
  maxBodyBytes: number;
  /** documents of more lexer tokens get 400 TOKEN_LIMIT, before Apollo parses them */
  maxTokens: number;
  log: Logger;
}): http.Server {
  const { log, maxBodyBytes } = opts;
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname === "/healthz") return send(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") {
        const why = await opts.readiness.notReady();
        return why === null ? send(res, 200, { status: "ready" }) : send(res, 503, { status: "starting", reason: why });
      }
      if (url.pathname !== "/graphql") return send(res, 404, { error: "not found: use /graphql, /healthz or /readyz" });
      const apollo = opts.apollo();
      const why = apollo ? await opts.readiness.notReady() : "starting";
      if (!apollo || why !== null) {
        return send(res, 503, { errors: [{ message: `The hub is not ready yet (${why}); retry shortly`, extensions: { code: "NOT_READY" } }] }, { "retry-after": "1" });
      }
      if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes) {
        return send(res, 413, tooLarge(maxBodyBytes), { connection: "close" });
      }
      const raw = req.method === "POST" ? await readBody(req, maxBodyBytes) : "";
      if (raw === null) return send(res, 413, tooLarge(maxBodyBytes));
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      }
      let body: unknown = raw;
      if (raw && (headers.get("content-type") ?? "").includes("application/json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, { errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
        }
      }
      // Here rather than in an Apollo plugin: a plugin hook that runs before parsing cannot answer 400.
      const query = body && typeof body === "object" && "query" in body ? (body as { query: unknown }).query : url.searchParams.get("query");
      const tokens = typeof query === "string" ? tokenLimitError(opts.maxTokens, query) : null;
      if (tokens) {
        const { http: _http, ...extensions } = tokens.extensions;
        return send(res, 400, { errors: [{ message: tokens.message, extensions }] });
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
        context: () => opts.context(req),
      });
      const outHeaders: Record<string, string> = {};
      for (const [k, v] of result.headers) outHeaders[k] = v;
      res.writeHead(result.status ?? 200, outHeaders);
      if (result.body.kind === "complete") {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      log.error(`request failed: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) send(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    }
  });
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
