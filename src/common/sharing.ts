import { Directive, registerEnumType } from "type-graphql";
import type { Principal } from "./auth.js";
import { DATASET_INFO, DATASET_OWNER, Dataset, SharingClass } from "./datasets.js";
import { maskIdNumber, maskName } from "../shared/masking.js";

export { SharingClass };
registerEnumType(SharingClass, {
  name: "SharingClass",
  description: "OPEN: any department. CONDITIONAL: a grant the owner approved. RESTRICTED: the owner only; others see a mask or nothing.",
  valuesConfig: {
    OPEN: { description: "Readable by every member department (无条件共享)." },
    CONDITIONAL: { description: "Readable by the owner, and by another department only with an access request the owner approved, until it ends (有条件共享)." },
    RESTRICTED: { description: "Readable by the owner only (不予共享); others see a masked value where a mask is declared, else null and FORBIDDEN." },
  },
});

/** How a RESTRICTED value is shown to those who may not read it; without one they get null and FORBIDDEN. */
export enum SharingMask {
  NAME = "NAME",
  ID_NUMBER = "ID_NUMBER",
}
registerEnumType(SharingMask, {
  name: "SharingMask",
  description: "How a RESTRICTED value is shown to those who may not read it. NAME: 张**; ID_NUMBER: 4101**********1234.",
  valuesConfig: {
    NAME: { description: "A person's name with all but its first character (the family name) hidden: 张三丰 → 张**." },
    ID_NUMBER: { description: "A resident identity number with all but the first 4 and last 4 characters hidden: 4101**********1234." },
  },
});

export const MASKS: Record<SharingMask, (value: string) => string> = {
  NAME: maskName,
  ID_NUMBER: maskIdNumber,
};

/**
 * What one who may not read a RESTRICTED value gets of it: its mask when the declaration gives one (a text),
 * else null. The one masking rule, for the API's fields (sharing-enforcement.ts) and bulk exports alike.
 */
export function maskedValue(mask: SharingMask | null, value: unknown): unknown {
  return typeof value === "string" && mask ? MASKS[mask](value) : value === null || value === undefined ? value : null;
}

/**
 * The sharing declaration of a type or field. `dataset` null marks an envelope with no data of its own
 * (a connection, page info, a contribution answer, a mutation): its data is governed where it leads.
 */
export interface SharingDecl {
  dataset: Dataset | null;
  sharingClass: SharingClass;
  mask: SharingMask | null;
}

/** The directive the declarations print as, in every subgraph's SDL. */
export const SHARING_DIRECTIVE_SDL = `"""
The sharing class of a type's or field's data and the dataset it belongs to (drives enforcement and the catalogue).
"""
directive @sharing(dataset: Dataset, class: SharingClass!, mask: SharingMask) on OBJECT | INTERFACE | FIELD_DEFINITION`;

/**
 * Declares that a type (all its fields) or a field belongs to `dataset`, with the dataset's sharing
 * class. `personal` makes a field RESTRICTED whatever the dataset's class, shown masked to others when
 * a mask is given.
 */
export function Shared(dataset: Dataset, personal?: { mask: SharingMask | null }): MethodDecorator & PropertyDecorator & ClassDecorator {
  const cls = personal ? SharingClass.RESTRICTED : DATASET_INFO[dataset].sharingClass;
  const mask = personal?.mask ? `, mask: ${personal.mask}` : "";
  return Directive(`@sharing(dataset: ${dataset}, class: ${cls}${mask})`);
}

/** An envelope type or a mutation: no data of its own (writes are governed by ownership, not sharing). */
export function Envelope(): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Directive("@sharing(class: OPEN)");
}

/** What a principal gets of a declared field. */
export type Access = "FULL" | "MASKED" | "GRANT_REQUIRED" | "FORBIDDEN";

/**
 * The sharing rule, in one place: owners read all they own; OPEN is for everyone; CONDITIONAL needs a
 * grant; RESTRICTED is masked or refused. Roles change nothing here: analysts read like any member of
 * their department, and an admin manages (targets, warnings, grants) but reads no more than a member.
 */
export function accessTo(decl: SharingDecl, principal: Principal, hasGrant: (d: Dataset) => boolean): Access {
  if (decl.dataset === null || decl.sharingClass === SharingClass.OPEN) return "FULL";
  if (DATASET_OWNER[decl.dataset] === principal.department) return "FULL";
  if (decl.sharingClass === SharingClass.CONDITIONAL) return hasGrant(decl.dataset) ? "FULL" : "GRANT_REQUIRED";
  return decl.mask ? "MASKED" : "FORBIDDEN";
}
