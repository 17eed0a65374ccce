import { entityView } from "../../common/references.js";
import { Dataset } from "../../common/datasets.js";

/** The environment department's view of an enterprise (owned by market regulation): its grade. */
export const Enterprise = entityView("Enterprise", "creditCode", Dataset.PERFORMANCE_GRADES);
export type Enterprise = InstanceType<typeof Enterprise>;
