import { siteInterface } from "../../common/site.js";
import { Region } from "./region.entity.js";

export const Site = siteInterface(Region);
