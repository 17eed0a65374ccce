import { siteInterface } from "../../common/site.js";
import { RegionRef } from "../../common/references.js";

export const Site = siteInterface(RegionRef);
