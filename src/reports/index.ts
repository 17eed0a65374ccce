import { airQualityProgress } from "./air-quality-progress.js";
import { dust } from "./dust.js";
import { emergencyCompliance } from "./emergency-compliance.js";
import { fuelQuality } from "./fuel-quality.js";
import { highEmissionTrucks } from "./high-emission-trucks.js";
import type { ReportDefinition } from "./report.js";
import { strawBurning } from "./straw-burning.js";

export const REPORTS: Record<string, ReportDefinition> = Object.fromEntries(
  [airQualityProgress, emergencyCompliance, highEmissionTrucks, dust, strawBurning, fuelQuality].map((r) => [r.name, r]),
);
export { formatReport, type ReportFormat } from "./format.js";
export * from "./report.js";
