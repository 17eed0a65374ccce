/**
 * The seven member departments. The enum value is what tokens, provenance columns and the API carry;
 * the slug names the subgraph and its source folder; the schema names its PostgreSQL schema.
 */
export enum Department {
  ENVIRONMENT = "ENVIRONMENT",
  PUBLIC_SECURITY = "PUBLIC_SECURITY",
  HOUSING = "HOUSING",
  TRANSPORT = "TRANSPORT",
  AGRICULTURE = "AGRICULTURE",
  MARKET_REGULATION = "MARKET_REGULATION",
  GRID = "GRID",
}

export const DEPARTMENTS: readonly Department[] = Object.values(Department);

export interface DepartmentInfo {
  department: Department;
  /** subgraph name and folder under src/departments */
  slug: string;
  /** PostgreSQL schema holding its tables */
  dbSchema: string;
  nameZh: string;
  /** default port of its subgraph in the distributed form */
  defaultPort: number;
}

export const DEPARTMENT_INFO: Record<Department, DepartmentInfo> = {
  ENVIRONMENT: { department: Department.ENVIRONMENT, slug: "environment", dbSchema: "environment", nameZh: "生态环境厅", defaultPort: 4001 },
  PUBLIC_SECURITY: { department: Department.PUBLIC_SECURITY, slug: "public-security", dbSchema: "public_security", nameZh: "公安厅", defaultPort: 4002 },
  HOUSING: { department: Department.HOUSING, slug: "housing", dbSchema: "housing", nameZh: "住房城乡建设厅", defaultPort: 4003 },
  TRANSPORT: { department: Department.TRANSPORT, slug: "transport", dbSchema: "transport", nameZh: "交通运输厅", defaultPort: 4004 },
  AGRICULTURE: { department: Department.AGRICULTURE, slug: "agriculture", dbSchema: "agriculture", nameZh: "农业农村厅", defaultPort: 4005 },
  MARKET_REGULATION: { department: Department.MARKET_REGULATION, slug: "market-regulation", dbSchema: "market_regulation", nameZh: "市场监管局", defaultPort: 4006 },
  GRID: { department: Department.GRID, slug: "grid", dbSchema: "grid", nameZh: "电力公司", defaultPort: 4007 },
};

export function departmentBySlug(slug: string): Department | undefined {
  return DEPARTMENTS.find((d) => DEPARTMENT_INFO[d].slug === slug);
}

/** Parses a department given as enum value, slug or schema name (tokens, CLI flags, env suffixes). */
export function parseDepartment(value: string): Department | undefined {
  const v = value.trim();
  const upper = v.toUpperCase().replace(/-/g, "_");
  return DEPARTMENTS.find((d) => d === upper) ?? departmentBySlug(v.toLowerCase());
}
