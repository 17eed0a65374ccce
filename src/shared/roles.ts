/**
 * The roles a token carries. Here in the pure part, beside the departments, because the configuration
 * names them too (LANTIAN_TRUSTED_DOCUMENTS) and it cannot import the token code, which imports it.
 */
export enum Role {
  MEMBER = "member",
  ANALYST = "analyst",
  ADMIN = "admin",
}
export const ROLES: readonly Role[] = Object.values(Role);
