/**
 * Who is signed in: the token, kept in sessionStorage (gone when the tab closes, never sent anywhere but
 * the hub's /graphql), and its claims as the console shows them. The claims are read, not verified: the
 * hub verifies the token on every request, and a forged one gets nothing but 401s.
 */
export interface Session {
  token: string;
  department: string;
  role: string;
  subject: string;
  /** epoch milliseconds */
  expiresAt: number;
}

const KEY = "lantian.console.token";

function base64UrlDecode(s: string): string {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(s.length / 4) * 4, "=");
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The session a token names, or null when it is not a token of this hub's form (a JWT naming department, role and expiry). */
export function sessionOf(token: string): Session | null {
  const parts = token.trim().split(".");
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    const { department, role, sub, exp } = claims;
    if (typeof department !== "string" || typeof role !== "string" || typeof exp !== "number") return null;
    return { token: token.trim(), department, role, subject: typeof sub === "string" ? sub : "", expiresAt: exp * 1000 };
  } catch {
    return null;
  }
}

export function expired(s: Session, now = Date.now()): boolean {
  return s.expiresAt <= now;
}

export function loadSession(): Session | null {
  try {
    const token = sessionStorage.getItem(KEY);
    const s = token ? sessionOf(token) : null;
    return s && !expired(s) ? s : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session | null) {
  try {
    if (s) sessionStorage.setItem(KEY, s.token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage refused (private mode): the session lasts as long as the page
  }
}
