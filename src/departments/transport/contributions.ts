import { contributionMutation } from "../../common/contribution/resolver.js";
import { OperatingLicenceInput, operatingLicenceContribution } from "./operating-licence.contribution.js";
import { PhaseOutInput, phaseOutContribution } from "./phase-out.contribution.js";
import { RailSidingInput, railSidingContribution } from "./rail-siding.contribution.js";
import { RepairInput, repairContribution } from "./repair.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const transportContributions = [
  contributionMutation(phaseOutContribution, PhaseOutInput, "contributePhaseOuts", "Contributes truck phase-outs (transport only); upserts by VIN."),
  contributionMutation(railSidingContribution, RailSidingInput, "contributeRailSidings", "Contributes railway sidings (transport only); upserts by project code."),
  contributionMutation(repairContribution, RepairInput, "contributeRepairs", "Contributes M-station repairs (transport only); upserts by repair-order number."),
  contributionMutation(operatingLicenceContribution, OperatingLicenceInput, "contributeOperatingLicences", "Contributes operating licences (transport only); upserts by licence number."),
];
