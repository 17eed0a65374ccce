import { defineMetric } from "../../shared/metrics.js";

// The indicator metrics transport produces: the road-to-rail shift (task 12).
defineMetric({ metric: "RAIL_SIDINGS_IN_SERVICE", unit: "sidings", description: "railway sidings in service (the registry as it stands: it holds no dates)", min: 0, max: 10000 });
defineMetric({ metric: "RAIL_SIDINGS_UNDER_CONSTRUCTION", unit: "sidings", description: "railway sidings under construction (the registry as it stands: it holds no dates)", min: 0, max: 10000 });
