import { contributionMutation } from "../../common/contribution/resolver.js";
import { EntryPermitInput, entryPermitContribution } from "./entry-permit.js";
import { PassageInput, passageContribution } from "./passage.js";
import { VehicleInput, vehicleContribution } from "./vehicle.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const publicSecurityContributions = [
  contributionMutation(passageContribution, PassageInput, "contributeCheckpointPassages", "Contributes checkpoint passages (public security only); upserts by (checkpoint, plate, instant); the VIN is resolved from the plate registered at that instant."),
  contributionMutation(vehicleContribution, VehicleInput, "contributeVehicles", "Contributes vehicle registrations (public security only); upserts by VIN; a new plate closes the old (plate, vin) period."),
  contributionMutation(entryPermitContribution, EntryPermitInput, "contributeEntryPermits", "Contributes city-entry permits (public security only); upserts by permit number."),
];
