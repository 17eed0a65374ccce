import { defineMetric } from "../../shared/metrics.js";

// The indicator metrics housing produces: clean heating (task 28).
defineMetric({ metric: "CENTRAL_HEATING_COVERAGE", unit: "ratio", description: "urban central-heating coverage", min: 0, max: 1 });
defineMetric({ metric: "HEATING_NETWORK_NEW_KM", unit: "km", description: "new central-heating network", min: 0, max: 100000, outsideHub: true });
