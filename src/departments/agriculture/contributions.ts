import { contributionMutation } from "../../common/contribution/resolver.js";
import { CoalReplacementInput, coalReplacementContribution } from "./coal-replacement.contribution.js";
import { FirePointInput, firePointContribution } from "./fire-point.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const agricultureContributions = [
  contributionMutation(coalReplacementContribution, CoalReplacementInput, "contributeCoalReplacements", "Contributes agricultural coal replacement per county and year (agriculture only); upserts by (regionCode, year)."),
  contributionMutation(firePointContribution, FirePointInput, "contributeFirePoints", "Contributes fire points (agriculture only); upserts by id."),
];
