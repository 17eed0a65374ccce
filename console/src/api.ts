import { createContext, useContext } from "react";

/**
 * The console's one way to the hub's API: every page asks through it, so the signed-in token and the
 * reading of GraphQL errors live in one place (the dashboard and the other pages share it).
 */
export interface ConsoleApi {
  /** POSTs to `/graphql` with the signed-in token; resolves to `data`, throws an ApiError on any error */
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A GraphQL or HTTP error, with the API's stable code (src/shared/error-codes.ts) when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(code ? `${message} (${code})` : message);
    this.name = "ApiError";
  }
}

/**
 * An API that asks with `token`. A 401 (the token expired, or the hub's key changed since it was signed)
 * is thrown as any other error, after `onUnauthenticated` is told, so the shell can ask to sign in again.
 */
export function createApi(token: string | null, opts: { endpoint?: string; onUnauthenticated?: () => void } = {}): ConsoleApi {
  const endpoint = opts.endpoint ?? "/graphql";
  return {
    async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const headers: Record<string, string> = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(endpoint, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      if (res.status === 401) opts.onUnauthenticated?.();
      let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
      try {
        body = await res.json();
      } catch {
        throw new ApiError(`HTTP ${res.status}`, undefined, res.status);
      }
      const first = body?.errors?.[0];
      if (first) throw new ApiError(first.message, first.extensions?.code, res.status);
      if (!res.ok || body?.data == null) throw new ApiError(`HTTP ${res.status}`, undefined, res.status);
      return body.data;
    },
  };
}

export const ApiContext = createContext<ConsoleApi>(createApi(null));

/** The signed-in API, for components below the shell. */
export function useApi(): ConsoleApi {
  return useContext(ApiContext);
}
