import { Role } from "./auth.js";
import type { HubContext } from "./context.js";
import { DEPARTMENT_INFO, type Department } from "../shared/departments.js";
import { forbidden } from "./errors.js";

/** Admin actions of a department (targets, warnings, grant decisions): its admins only. */
export function requireAdmin(ctx: HubContext, department: Department, action: string): void {
  if (ctx.principal.department !== department || ctx.principal.role !== Role.ADMIN) {
    throw forbidden(`${action} needs an admin token of ${department} (${DEPARTMENT_INFO[department].nameZh}); you are ${ctx.principal.role} of ${ctx.principal.department}`);
  }
}
