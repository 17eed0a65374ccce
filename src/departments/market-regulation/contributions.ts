import { contributionMutation } from "../../common/contribution/resolver.js";
import { CoalCheckInput, coalCheckContribution } from "./coal-check.contribution.js";
import { InspectionAgencyInput, inspectionAgencyContribution } from "./inspection-agency.contribution.js";
import { VehicleInspectionInput, vehicleInspectionContribution } from "./vehicle-inspection.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const marketRegulationContributions = [
  contributionMutation(coalCheckContribution, CoalCheckInput, "contributeCoalChecks", "Contributes quarterly coal-quality checks (market regulation only); upserts by (plantCreditCode, quarter)."),
  contributionMutation(inspectionAgencyContribution, InspectionAgencyInput, "contributeInspectionAgencies", "Contributes emission inspection agencies (market regulation only); upserts by code."),
  contributionMutation(vehicleInspectionContribution, VehicleInspectionInput, "contributeVehicleInspections", "Contributes vehicle emission inspections (market regulation only); the agency must be registered; upserts by inspection number."),
];
