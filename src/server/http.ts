import http from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Logger } from "../common/logger.js";

export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface Readiness {
  /** null when ready; else why not */
  notReady(): Promise<string | null>;
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/** The body, or null when it is over the limit (read to the end but not kept, so the 413 reaches the client). */
async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8");
}

/**
 * The HTTP face of a gateway or a subgraph: /healthz (the process is up), /readyz (migrations and demo
 * data done, database reachable) and /graphql, handed to Apollo Server once ready.
 */
export function createHttpServer<C extends BaseContext>(opts: {
  apollo: () => ApolloServer<C> | undefined;
  context: (req: http.IncomingMessage) => Promise<C>;
  readiness: Readiness;
  log: Logger;
}): http.Server {
  const { log } = opts;
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
      if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
        return send(res, 413, { errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] }, { connection: "close" });
      }
      const raw = req.method === "POST" ? await readBody(req) : "";
      if (raw === null) {
        return send(res, 413, { errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
      }
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
