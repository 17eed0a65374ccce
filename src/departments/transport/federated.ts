import { entityView } from "../../common/references.js";
import { Dataset } from "../../common/datasets.js";

/*
 * The entities other departments own that transport extends with its own fields. They live apart from
 * the resolvers so each resolver file can point at both without importing the others in a circle.
 */

/** Transport's view of a vehicle (owned by public security): its licence, phase-out and repairs. */
export const Vehicle = entityView("Vehicle", "vin", Dataset.VEHICLES);
export type Vehicle = InstanceType<typeof Vehicle>;

/**
 * Transport's view of an enterprise (owned by market regulation): its rail sidings and licensed fleet.
 * Resolvable, unlike the shared EnterpriseRef stub, because transport answers fields of its own here;
 * operating-licence operators point at this type too, as a schema may hold only one "Enterprise".
 */
export const Enterprise = entityView("Enterprise", "creditCode", Dataset.ENTERPRISES);
export type Enterprise = InstanceType<typeof Enterprise>;
