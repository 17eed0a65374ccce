import { Department } from "../shared/departments.js";

/**
 * The plan figures each department computes from its own data (and others' through the API) and contributes
 * as indicators: in production a scheduled job calls these mutations; over the demo data they run when the
 * data is loaded, so a fresh hub shows every measured target's actual value. Each contributes only the values
 * that changed, so running them again is harmless.
 */
export const DEMO_COMPUTATIONS: readonly { department: Department; mutation: string }[] = [
  { department: Department.MARKET_REGULATION, mutation: "mutation DemoFuelSampling { refreshFuelSamplingCoverage(year: 2021) }" },
  { department: Department.PUBLIC_SECURITY, mutation: "mutation DemoNewEnergyShares { refreshNewEnergyShares(year: 2021) }" },
  { department: Department.TRANSPORT, mutation: "mutation DemoRailSidings { refreshRailSidingIndicators(year: 2021) }" },
  { department: Department.ENVIRONMENT, mutation: "mutation DemoPlanIndicators { refreshPlanIndicators(year: 2021) }" },
];
