import { defineMetric } from "../../shared/metrics.js";

// The indicator metrics public security produces from its registrations: new energy among new vehicles (task 15).
defineMetric({ metric: "NEW_ENERGY_SHARE_NEW_BUSES", unit: "ratio", description: "new-energy (electric, hydrogen) share of the year's newly registered transit buses", min: 0, max: 1 });
defineMetric({ metric: "NEW_ENERGY_SHARE_NEW_TAXIS", unit: "ratio", description: "new-energy (electric, hydrogen) share of the year's newly registered taxis", min: 0, max: 1 });
