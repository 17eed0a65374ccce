import { contributionMutation } from "../../common/contribution/resolver.js";
import { CoalToElectricityInput, coalToElectricityContribution } from "./coal-to-electricity.contribution.js";
import { ElectricityReadingInput, electricityReadingContribution } from "./electricity-reading.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const gridContributions = [
  contributionMutation(coalToElectricityContribution, CoalToElectricityInput, "contributeCoalToElectricity", "Contributes coal-to-electricity households (grid only); upserts by (countyCode, year)."),
  contributionMutation(electricityReadingContribution, ElectricityReadingInput, "contributeElectricityReadings", "Contributes meter readings, whole-day or hourly (grid only); upserts by (meterNo, day, hour)."),
];
