import { createClient, type LantianClient } from "../client/index.js";

/** The command line is wrong: its line, then a pointer to the command's --help (exit 2). */
export class UsageError extends Error {}

/** A file given is wrong (e.g. a syntax error at file:line:col): that one line, no usage (exit 2). */
export class InputError extends Error {}

/** Connection flags every data command takes; the environment (LANTIAN_URL, LANTIAN_TOKEN) fills the gaps. */
export const CONNECTION_OPTIONS = {
  url: { type: "string" },
  token: { type: "string" },
} as const;

export function connect(values: { url?: string; token?: string }): LantianClient {
  // createClient falls back to LANTIAN_URL and LANTIAN_TOKEN itself; a data command needs a token from one of them
  if (!values.token && !process.env.LANTIAN_TOKEN) throw new UsageError("no token: pass --token or set LANTIAN_TOKEN (see `lantian token`)");
  return createClient({ url: values.url, token: values.token });
}
