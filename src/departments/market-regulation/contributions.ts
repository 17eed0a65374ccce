import { contributionMutation } from "../../common/contribution/resolver.js";
import { CoalCheckInput, coalCheckContribution } from "./coal-check.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const marketRegulationContributions = [
  contributionMutation(coalCheckContribution, CoalCheckInput, "contributeCoalChecks", "Contributes quarterly coal-quality checks (market regulation only); upserts by (plantCreditCode, quarter)."),
];
