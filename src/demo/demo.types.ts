// The shapes the demo generator (generate.ts) and the demo modules share. They are apart from both because the
// generator runs the modules (modules.generated.ts): a module importing its types from the generator would be
// an import circle.
import type { Department } from "../shared/departments.js";
import type { Column } from "../db/bulk.js";

/** Rows for one table, in the department's own schema. */
export interface DemoTable {
  department: Department;
  table: string;
  columns: Column[];
  rows: unknown[][];
}

export interface Industry {
  code: string;
  name: string;
  /** kWh per day, order of magnitude */
  kwh: number;
  /** graded under the emergency-reduction guide */
  key: boolean;
}

export interface DemoData {
  tables: DemoTable[];
  /** keys the other demo generators (later issues) and the tests build on */
  enterprises: { creditCode: string; regionCode: string; industry: Industry; status: string }[];
  vehicles: { vin: string; plate: string; regionCode: string; year: number; vehicleType: string; fuel: string; emissionStage: string; use: string; status: string }[];
}

/** The emergency list's demo (emergency.ts): its tables, and how the listed firms behave during the demo warnings. */
export interface EmergencyDemo {
  tables: DemoTable[];
  /** multiplier on a listed firm's electricity use on a day */
  useFactor: (creditCode: string, day: string) => number;
  /** multiplier on a listed firm's road freight on a day */
  freightFactor: (creditCode: string, day: string) => number;
  listed: { creditCode: string; city: string }[];
}

/** What the registered demo modules build on: the shared registers and the warnings' effects. */
export interface DemoContext extends Pick<DemoData, "enterprises" | "vehicles"> {
  emergency: EmergencyDemo;
  fuelStations: { code: string; operating: boolean }[];
  /** the construction sites' codes */
  sites: string[];
}
