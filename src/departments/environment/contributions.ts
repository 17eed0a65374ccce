import { contributionMutation } from "../../common/contribution/resolver.js";
import { EmergencyListInput, emergencyListContribution } from "./emergency-list.js";
import { EnterpriseProfileInput, enterpriseProfileContribution } from "./enterprise-profile.js";
import { IndicatorInput, indicatorContribution } from "./indicator.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const environmentContributions = [
  contributionMutation(indicatorContribution, IndicatorInput, "contributeIndicators", "Contributes indicators; a department may send only the metrics it owns (others are rejected with NOT_OWNED)."),
  contributionMutation(emergencyListContribution, EmergencyListInput, "contributeEmergencyList", "Contributes the emergency reduction list (environment only); upserts by (year, credit code)."),
  contributionMutation(enterpriseProfileContribution, EnterpriseProfileInput, "contributeEnterpriseProfiles", "Contributes enterprise environmental profiles (environment only); upserts by credit code."),
];
