import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from "graphql";
import { LantianHttpError, LantianRequestError, toTypedError, type LantianGraphQLError } from "./errors.js";

export const DEFAULT_URL = "http://127.0.0.1:4000/graphql";

export interface ClientOptions {
  /** the gateway's GraphQL endpoint; default LANTIAN_URL, else http://127.0.0.1:4000/graphql */
  url?: string;
  /** a bearer token (`lantian token …`); default LANTIAN_TOKEN */
  token?: string;
  /** extra headers for every request */
  headers?: Record<string, string>;
  /** ms before a request is abandoned; default 5 minutes (a 10,000-row batch takes a few seconds) */
  timeoutMs?: number;
  /**
   * How often to resend a request the hub answered 429 (rate limited) or 503 (not ready, database or
   * subgraph unavailable), waiting its Retry-After (at most 30 s) each time; default 5, 0 = never. Such an
   * answer served nothing; a contribution resent under its batch id is answered as a replay at worst.
   */
  retries?: number;
}

const MAX_RETRY_WAIT_MS = 30_000;

/** A page of a Relay connection: what `paginate` needs of it. */
export interface ConnectionPage<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Data and errors together, for callers that accept partial answers (e.g. fields nulled by GRANT_REQUIRED). */
export interface PartialResult<TData> {
  data: TData | null;
  errors: LantianGraphQLError[];
}

type PagingVariables = { first?: number | null; after?: string | null };

export interface LantianClient {
  readonly url: string;
  /** Runs a typed operation; any GraphQL error throws a LantianRequestError of typed errors. */
  request<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData>;
  /** Runs a typed operation and returns partial data with the typed errors instead of throwing on them. */
  requestPartial<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<PartialResult<TData>>;
  /** Runs an operation given as text (ad-hoc queries); errors as `request`. */
  requestText(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<unknown>;
  /**
   * Every node of a connection, page by page: sends `first` (default 500) and then each page's `endCursor` as
   * `after` until `hasNextPage` is false. `select` finds the connection in an answer. `fetchPage` runs each
   * page's request (default `request`; e.g. one that accepts partial answers).
   */
  paginate<TData, TVars extends PagingVariables & Record<string, unknown>, TNode>(
    document: TypedDocumentNode<TData, TVars>,
    variables: Omit<TVars, "after">,
    select: (data: TData) => ConnectionPage<TNode> | null | undefined,
    fetchPage?: (document: TypedDocumentNode<TData, TVars>, variables: TVars) => Promise<TData>,
  ): AsyncGenerator<TNode>;
}

function operationName(document: DocumentNode): string | undefined {
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  return op?.name?.value;
}

/** A short, one-line sample of a body for an error message. */
function sample(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 160)}…` : line || "(empty body)";
}

/**
 * The data and typed errors of an HTTP answer, or a LantianHttpError when the answer is not a GraphQL
 * response. A GraphQL response is a JSON object with `data` (an object or null) and/or a non-empty `errors`
 * array; an answer with an error status must carry errors (the hub's 400 and 401 do). Anything else (the
 * hub's own 404 on a wrong path, a proxy's HTML, `{}`) would otherwise read as "no data" and mislead.
 */
function graphqlAnswer(url: string, res: Response, text: string, opName: string | undefined): { data: unknown; errors: LantianGraphQLError[] } {
  const notGraphql = (why: string) =>
    new LantianHttpError(`${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}, ${why}: ${sample(text)}`, res.status, text, "NOT_GRAPHQL");
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw notGraphql(`not JSON (${res.headers.get("content-type") ?? "no content type"}), so not a GraphQL endpoint`);
  }
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) throw notGraphql("not a GraphQL response");
  const { data, errors } = answer as { data?: unknown; errors?: unknown };
  const hasData = data !== undefined && data !== null;
  if (data !== undefined && data !== null && (typeof data !== "object" || Array.isArray(data))) throw notGraphql("a `data` that is not an object");
  if (errors !== undefined && (!Array.isArray(errors) || errors.some((e) => typeof e !== "object" || e === null || typeof (e as { message?: unknown }).message !== "string"))) {
    throw notGraphql("an `errors` that is not a list of GraphQL errors");
  }
  const list = (errors ?? []) as GraphQLFormattedError[];
  if (!hasData && list.length === 0) throw notGraphql("neither `data` nor `errors`: not a GraphQL response");
  if ((res.status < 200 || res.status > 299) && list.length === 0) throw notGraphql("an error status without GraphQL errors");
  return { data: hasData ? data : null, errors: list.map((e) => toTypedError(e, opName)) };
}

/** The hub's client: typed operations over HTTP with a bearer token. */
export function createClient(options: ClientOptions = {}): LantianClient {
  const url = options.url ?? process.env.LANTIAN_URL ?? DEFAULT_URL;
  const token = options.token ?? process.env.LANTIAN_TOKEN;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const retries = options.retries ?? 5;
  const printed = new WeakMap<DocumentNode, string>();

  async function post(query: string, variables: Record<string, unknown> | undefined, opName: string | undefined) {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json", ...options.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    const body = JSON.stringify({ query, variables: variables ?? {}, ...(opName ? { operationName: opName } : {}) });
    let res: Response;
    for (let attempt = 0; ; attempt++) {
      try {
        res = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
      } catch (e) {
        throw new LantianHttpError(`${url}: ${(e as Error).message}${(e as { cause?: Error }).cause ? ` (${(e as { cause: Error }).cause.message})` : ""}`, 0, "", "NETWORK_ERROR");
      }
      if ((res.status !== 429 && res.status !== 503) || attempt >= retries) break;
      const retryAfter = Number(res.headers.get("retry-after"));
      await res.body?.cancel();
      await new Promise((r) => setTimeout(r, Math.min(MAX_RETRY_WAIT_MS, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000 * 2 ** attempt)));
    }
    const text = await res.text();
    return { status: res.status, ...graphqlAnswer(url, res, text, opName) };
  }

  function source(document: DocumentNode): string {
    let s = printed.get(document);
    if (!s) printed.set(document, (s = print(document)));
    return s;
  }

  const client: LantianClient = {
    url,
    async request(document, variables) {
      return (await client.requestText(source(document), variables, operationName(document))) as never;
    },
    async requestPartial(document, variables) {
      const r = await post(source(document), variables, operationName(document));
      if (r.data === null && r.errors.length) throw new LantianRequestError(r.errors, null, r.status);
      return { data: r.data as never, errors: r.errors };
    },
    async requestText(query, variables, opName) {
      const r = await post(query, variables, opName);
      if (r.errors.length) throw new LantianRequestError(r.errors, r.data, r.status);
      return r.data;
    },
    async *paginate(document, variables, select, fetchPage = client.request) {
      let after: string | null = null;
      const first = (variables as PagingVariables).first ?? 500;
      for (;;) {
        const data = await fetchPage(document, { ...variables, first, after } as never);
        const page = select(data as never);
        if (!page) return;
        for (const edge of page.edges) yield edge.node;
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
        after = page.pageInfo.endCursor;
      }
    },
  };
  return client;
}
