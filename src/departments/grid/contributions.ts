import { contributionMutation } from "../../common/contribution/resolver.js";
import { ElectricityReadingInput, electricityReadingContribution } from "./electricity-reading.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const gridContributions = [
  contributionMutation(electricityReadingContribution, ElectricityReadingInput, "contributeElectricityReadings", "Contributes meter readings, whole-day or hourly (grid only); upserts by (meterNo, day, hour)."),
];
