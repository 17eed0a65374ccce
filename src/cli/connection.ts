import { createClient, DEFAULT_URL, type LantianClient } from "../client/index.js";

export class UsageError extends Error {}

/** Connection flags every data command takes; the environment (LANTIAN_URL, LANTIAN_TOKEN) fills the gaps. */
export const CONNECTION_OPTIONS = {
  url: { type: "string" },
  token: { type: "string" },
} as const;

export function connect(values: { url?: string; token?: string }): LantianClient {
  const url = values.url ?? process.env.LANTIAN_URL ?? DEFAULT_URL;
  const token = values.token ?? process.env.LANTIAN_TOKEN;
  if (!token) throw new UsageError("no token: pass --token or set LANTIAN_TOKEN (see `lantian token`)");
  return createClient({ url, token });
}
