import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ErrorCode } from "../shared/error-codes.js";

/**
 * What Apollo's request pipeline learned of one /graphql request, for the HTTP layer that writes the
 * answer (http.ts: its status, its metrics). A request refused before the pipeline (CSRF, no query, bad
 * JSON) gets none filled in.
 */
export interface RequestNotes {
  /** whether the pipeline ran (its plugins saw the request) */
  seen: boolean;
  /** the operation run: its name, null for an unnamed one; undefined when none was resolved */
  operation: string | null | undefined;
  /** `extensions.code` of each error in the answer, as formatted for the client */
  codes: unknown[];
  /**
   * The answer is a GraphQL request error: errors and no `data` (a parse, validation or variable-coercion
   * failure, or an operation limit), which Apollo answers with HTTP 400 whatever the media type. Not one
   * coded BAD_REQUEST: the request's parameters themselves are malformed (a `query` that is a number, no
   * `query`), which is no well-formed GraphQL-over-HTTP request, and 400 under either media type.
   */
  requestError: boolean;
}

/**
 * Where the notes ride: a symbol-keyed property of the request's context value. Not a WeakMap keyed by
 * the context: Apollo hands its plugins a shallow copy of it, which keeps this property (the same object).
 */
const NOTES = Symbol("lantian.requestNotes");

/** Gives `context` (this request's own context value) empty notes, and returns them. */
export function attachNotes(context: object): RequestNotes {
  const notes: RequestNotes = { seen: false, operation: undefined, codes: [], requestError: false };
  Object.defineProperty(context, NOTES, { value: notes, enumerable: true, configurable: true });
  return notes;
}

export function notesIn(context: object): RequestNotes | undefined {
  return (context as { [NOTES]?: RequestNotes })[NOTES];
}

/** Notes the answer as it leaves: the codes of its errors, and whether it is a request error. */
export function noteAnswer(note: RequestNotes, data: unknown, errors: readonly { extensions?: Record<string, unknown> }[] | undefined): void {
  note.codes = (errors ?? []).map((e) => e.extensions?.code);
  note.requestError = data === undefined && note.codes.length > 0 && !note.codes.includes(ErrorCode.BAD_REQUEST);
}

/** Fills the notes. Last in the plugin list, so it sees the answer as the other plugins left it. */
export function requestNotesPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const note = notesIn(contextValue);
      if (!note) return;
      note.seen = true;
      return {
        async didResolveOperation({ operationName }) {
          note.operation = operationName;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          noteAnswer(note, data, errors);
        },
      };
    },
  };
}

/**
 * The status of an answer under the GraphQL-over-HTTP spec. Apollo answers a request error with 400
 * under either media type; the spec wants 400 under `application/graphql-response+json` but 200 under
 * the legacy `application/json` (a client of that media type reads errors from the body, and an
 * intermediary must not take a GraphQL error for a broken HTTP exchange). `contentType` is the media type
 * Apollo chose from the request's `accept` (application/json when there is none, as the spec says).
 * Only 400 is changed: 401, 403, 413, 429 and 503 are about the HTTP exchange and stay.
 */
export function specStatus(status: number, contentType: string | undefined, note: RequestNotes | undefined): number {
  if (status !== 400 || !note?.seen || !note.requestError) return status;
  return /^application\/json\b/i.test(contentType ?? "") ? 200 : status;
}
