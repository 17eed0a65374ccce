import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { GraphQLError, parse, print } from "graphql";
import type { Principal } from "../common/auth.js";
import type { TrustedDocumentsSetting } from "../common/config.js";
import { projectRoot } from "../common/paths.js";
import { ErrorCode } from "../shared/error-codes.js";

/** Written by `npm run codegen` (codegen/trusted-documents.cjs) and committed. */
export const trustedDocumentsFile = () => path.join(projectRoot(), "schema", "trusted-documents.json");

const SETTING = "LANTIAN_TRUSTED_DOCUMENTS";
const MANIFEST = "schema/trusted-documents.json";

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/** The manifest: sha256 of a document's text → the text. */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /**
   * Reads the manifest and checks every key is its document's hash: a hand-edited entry whose key does
   * not match would run one text under another's name.
   */
  static load(file = trustedDocumentsFile()): TrustedDocuments {
    const raw = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    const byHash = new Map<string, string>();
    for (const [hash, text] of Object.entries(raw)) {
      if (typeof text !== "string" || sha256(text) !== hash) throw new Error(`${file}: the entry ${hash} is not the sha256 of its document; run npm run codegen`);
      byHash.set(hash, text);
    }
    return new TrustedDocuments(byHash);
  }

  get size(): number {
    return this.byHash.size;
  }

  document(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  /**
   * Whether `text` is a manifest document: byte for byte (what the typed client sends), or printing the
   * same once parsed, so a saved operation's file sent as written (`lantian query schema/operations/…`)
   * passes too; only layout and comments may differ, never a selection or an argument.
   */
  allows(text: string): boolean {
    if (this.byHash.has(sha256(text))) return true;
    try {
      return this.byHash.has(sha256(print(parse(text, { noLocation: true }))));
    } catch {
      return false;
    }
  }
}

/** Whether the setting holds `principal` to the manifest. */
export function coveredBy(setting: TrustedDocumentsSetting, principal: Principal): boolean {
  return setting.all || setting.departments.includes(principal.department) || setting.roles.includes(principal.role);
}

function refusal(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

const HASH = /^[0-9a-f]{64}$/i;

/** The GraphQL parameters of a request that concern documents, from a POST body or a GET query string. */
interface DocumentParams {
  query?: unknown;
  extensions?: unknown;
  documentId?: unknown;
}

/**
 * The hash a request names instead of (or beside) its text: `extensions.persistedQuery.sha256Hash`
 * (Apollo's persisted queries) or `documentId` (GraphQL over HTTP's persisted documents, `sha256:<hex>`).
 */
function requestedHash(params: DocumentParams): string | undefined {
  const pq = (params.extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  let fromExtension: string | undefined;
  if (pq) {
    if (typeof pq !== "object" || pq.version !== 1 || typeof pq.sha256Hash !== "string" || !HASH.test(pq.sha256Hash)) {
      throw refusal("extensions.persistedQuery must be { version: 1, sha256Hash: <the document's sha256, 64 hex digits> }", ErrorCode.BAD_REQUEST);
    }
    fromExtension = pq.sha256Hash.toLowerCase();
  }
  const { documentId } = params;
  if (documentId === undefined || documentId === null) return fromExtension;
  const m = typeof documentId === "string" ? /^(?:sha256:)?([0-9a-f]{64})$/i.exec(documentId) : null;
  if (!m) throw refusal("documentId must be sha256:<the document's sha256, 64 hex digits>", ErrorCode.BAD_REQUEST);
  const hash = m[1].toLowerCase();
  if (fromExtension && fromExtension !== hash) throw refusal("documentId and extensions.persistedQuery name different documents", ErrorCode.BAD_REQUEST);
  return hash;
}

function whoIsCovered(setting: TrustedDocumentsSetting, p: Principal): string {
  if (setting.all) return "every client";
  return setting.departments.includes(p.department) ? `the department ${p.department}` : `the role ${p.role}`;
}

/**
 * Resolves a hash to its document (into `params.query`) and refuses what `principal` may not run; throws
 * the refusal. The hash is gone from `params` afterwards, so Apollo sees an ordinary text.
 */
function resolve(manifest: TrustedDocuments, setting: TrustedDocumentsSetting, params: DocumentParams, principal: Principal): void {
  const hash = requestedHash(params);
  let hasText = typeof params.query === "string" && params.query !== "";
  if (hash !== undefined) {
    const extensions = params.extensions as Record<string, unknown> | undefined;
    if (extensions?.persistedQuery) {
      const { persistedQuery: _resolved, ...rest } = extensions;
      params.extensions = rest;
    }
    delete params.documentId;
    if (hasText && sha256(params.query as string) !== hash) throw refusal(`The hash ${hash} is not the sha256 of the document sent with it`, ErrorCode.BAD_REQUEST);
    if (!hasText) {
      const document = manifest.document(hash);
      if (document === undefined) {
        throw refusal(
          `No trusted document has the hash ${hash}: ${MANIFEST} holds the typed client's saved operations (npm run codegen); send the document's text instead`,
          ErrorCode.PERSISTED_QUERY_NOT_FOUND,
          { hash },
        );
      }
      params.query = document;
      hasText = true;
    }
  }
  if (!hasText || !coveredBy(setting, principal)) return;
  if (!manifest.allows(params.query as string)) {
    throw refusal(
      `This hub runs only trusted documents for ${whoIsCovered(setting, principal)} (${SETTING}): the document sent is not in ${MANIFEST}. ` +
        "Send a saved operation of the typed client (schema/operations), or its sha256 in extensions.persistedQuery.sha256Hash; nothing was run",
      ErrorCode.OPERATION_NOT_ALLOWED,
      { setting: SETTING },
    );
  }
}

/** What the HTTP server hands the guard: the request's method, its URL (GET's parameters) and its parsed body. */
export interface GraphQLHttpRequest {
  method: string;
  url: URL;
  body: unknown;
}

/**
 * The gateway's trusted documents, checked on the HTTP request before Apollo sees it (as the token limit
 * is: no Apollo plugin hook before parsing can answer a 400). A hash is looked up in the manifest, for every
 * principal whatever the mode, and its document goes on to Apollo as if sent in full; the hub keeps no other
 * store of hashed documents (Apollo's automatic persisted queries are off: their cache would let any client
 * register a document). A text sent with its hash must match it, and is then an ordinary text. A principal
 * the setting covers may send only manifest documents: anything else is OPERATION_NOT_ALLOWED before it is
 * parsed, so nothing of it runs and its parse or validation errors tell the client nothing of the schema.
 *
 * Rewrites `request` in place (the body, or the URL's query string) and answers null, or the refusal.
 */
export function trustedDocumentsGuard(manifest: TrustedDocuments, setting: TrustedDocumentsSetting) {
  return (request: GraphQLHttpRequest, principal: Principal): GraphQLError | null => {
    try {
      const { body, url } = request;
      if (request.method === "GET") {
        const search = url.searchParams;
        let extensions: unknown;
        try {
          extensions = search.has("extensions") ? JSON.parse(search.get("extensions")!) : undefined;
        } catch {
          extensions = undefined; // Apollo answers 400 to extensions that are not JSON
        }
        const params: DocumentParams = { query: search.get("query") ?? undefined, extensions, documentId: search.get("documentId") ?? undefined };
        resolve(manifest, setting, params, principal);
        if (typeof params.query === "string") search.set("query", params.query);
        if (params.extensions !== extensions) search.set("extensions", JSON.stringify(params.extensions));
        if (params.documentId === undefined) search.delete("documentId");
      } else if (Array.isArray(body)) {
        // batches are off, and Apollo refuses them; were they on, each operation would be checked alike
        for (const item of body) if (item && typeof item === "object") resolve(manifest, setting, item as DocumentParams, principal);
      } else if (body && typeof body === "object") {
        resolve(manifest, setting, body as DocumentParams, principal);
      }
      // any other body (not JSON) is not a GraphQL request Apollo runs: it answers it
      return null;
    } catch (e) {
      if (e instanceof GraphQLError) return e;
      throw e;
    }
  };
}
