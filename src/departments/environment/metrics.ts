import { defineMetric } from "../../shared/metrics.js";

// The indicator metrics environment produces: air quality, dust, the enterprises' grades, machinery.
defineMetric({ metric: "PM25_MEAN", unit: "µg/m³", description: "PM2.5 mean concentration", min: 0, max: 1000 });
defineMetric({ metric: "PM10_MEAN", unit: "µg/m³", description: "PM10 mean concentration", min: 0, max: 2000 });
defineMetric({ metric: "O3_EXCEEDANCE_RATE", unit: "ratio", description: "share of valid days with O3 MDA8 > 160 µg/m³", min: 0, max: 1 });
defineMetric({ metric: "O3_EXCEEDANCE_DAYS", unit: "days", description: "days with O3 MDA8 > 160 µg/m³", min: 0, max: 366 });
defineMetric({ metric: "GOOD_DAY_RATIO", unit: "ratio", description: "share of valid days with AQI ≤ 100", min: 0, max: 1 });
defineMetric({ metric: "HEAVY_POLLUTION_DAY_RATIO", unit: "ratio", description: "share of valid days with AQI > 200", min: 0, max: 1 });
defineMetric({ metric: "DUSTFALL", unit: "t/(month·km²)", description: "dustfall, city average", min: 0, max: 100 });
defineMetric({ metric: "AB_GRADE_SHARE", unit: "ratio", description: "share of key-industry firms graded A or B", min: 0, max: 1 });
defineMetric({ metric: "D_GRADE_FIRMS", unit: "firms", description: "key-industry firms graded D", min: 0, max: 100000 });
defineMetric({ metric: "NRMM_REGISTERED", unit: "machines", description: "non-road mobile machinery registered", min: 0, max: 10000000 });
