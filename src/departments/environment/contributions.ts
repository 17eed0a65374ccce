import { contributionMutation } from "../../common/contribution/resolver.js";
import { IndicatorInput, indicatorContribution } from "./indicator.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const environmentContributions = [
  contributionMutation(indicatorContribution, IndicatorInput, "contributeIndicators", "Contributes indicators; a department may send only the metrics it owns (others are rejected with NOT_OWNED)."),
];
