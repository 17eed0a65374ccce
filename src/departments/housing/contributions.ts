import { contributionMutation } from "../../common/contribution/resolver.js";
import { ConstructionSiteInput, constructionSiteContribution } from "./construction-site.contribution.js";
import { DustCheckInput, dustCheckContribution } from "./dust-check.contribution.js";
import { DustMonitorReadingInput, dustMonitorReadingContribution } from "./dust-monitor-reading.contribution.js";
import { DustViolationInput, dustViolationContribution } from "./dust-violation.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const housingContributions = [
  contributionMutation(constructionSiteContribution, ConstructionSiteInput, "contributeConstructionSites", "Contributes construction sites (housing only); upserts by site code."),
  contributionMutation(dustCheckContribution, DustCheckInput, "contributeDustChecks", "Contributes \"six 100%\" dust-control checks (housing only); the site must be registered; upserts by check id."),
  contributionMutation(dustMonitorReadingContribution, DustMonitorReadingInput, "contributeDustMonitorReadings", "Contributes hourly PM10 of construction sites' dust monitors (housing only); the site must be registered; upserts by (site, hour)."),
  contributionMutation(dustViolationContribution, DustViolationInput, "contributeDustViolations", "Contributes dust-control violations (housing only); the site must be registered; upserts by violation id."),
];
