import { contributionMutation } from "../../common/contribution/resolver.js";
import { PassageInput, passageContribution } from "./passage.js";

/** The contribution mutations of the department's hand-written datasets (rules in each spec). */
export const publicSecurityContributions = [
  contributionMutation(passageContribution, PassageInput, "contributeCheckpointPassages", "Contributes checkpoint passages (public security only); upserts by (checkpoint, plate, instant); the VIN is resolved from the plate registered at that instant."),
];
