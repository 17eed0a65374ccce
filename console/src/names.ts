import type { Lang } from "./i18n";

/**
 * Display names of the API's enum values. The departments' Chinese names are the hub's own
 * (src/shared/departments.ts, the pure part any side may import), so the console and the server never disagree.
 */
import { DEPARTMENT_INFO, type Department } from "../../src/shared/departments";

const DEPARTMENT_EN: Record<Department, string> = {
  ENVIRONMENT: "Ecology and Environment",
  PUBLIC_SECURITY: "Public Security",
  HOUSING: "Housing and Urban-Rural Development",
  TRANSPORT: "Transport",
  AGRICULTURE: "Agriculture and Rural Affairs",
  MARKET_REGULATION: "Market Regulation",
  GRID: "State Grid Henan",
};

export function departmentName(value: string, lang: Lang): string {
  const info = DEPARTMENT_INFO[value as Department];
  if (!info) return value;
  return lang === "zh" ? info.nameZh : DEPARTMENT_EN[value as Department];
}

const ROLE_NAMES: Record<string, Record<Lang, string>> = {
  member: { zh: "成员", en: "member" },
  analyst: { zh: "分析员", en: "analyst" },
  admin: { zh: "管理员", en: "admin" },
};

export function roleName(value: string, lang: Lang): string {
  return ROLE_NAMES[value]?.[lang] ?? value;
}

const CLASS_NAMES: Record<string, Record<Lang, string>> = {
  OPEN: { zh: "无条件共享", en: "open" },
  CONDITIONAL: { zh: "有条件共享", en: "conditional" },
  RESTRICTED: { zh: "不予共享", en: "restricted" },
};

export function sharingClassName(value: string, lang: Lang): string {
  return CLASS_NAMES[value]?.[lang] ?? value;
}

/** A time as the console shows it: China time, the hub's users' and the plan's. */
export function formatTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai", hour12: false });
}
