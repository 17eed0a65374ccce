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
defineMetric({ metric: "KILN_GRADE_B_SHARE_HIGH", unit: "ratio", description: "share of graded firms in glass, ceramics, refractories, carbon and non-ferrous smelting (aluminium aside) at grade B or above", min: 0, max: 1 });
defineMetric({ metric: "KILN_GRADE_B_SHARE_LOW", unit: "ratio", description: "share of graded firms in aluminium, brick, ferroalloy, foundry and lime at grade B or above", min: 0, max: 1 });
defineMetric({ metric: "GATE_SYSTEM_SHARE", unit: "ratio", description: "share of the year's emergency-list firms with gate (门禁) records by the period's end", min: 0, max: 1 });

// Targets of the plan the hub holds no data to measure: reported outside the hub (the environment department
// holds the targets and may record the values reported to it).
defineMetric({ metric: "COAL_POWER_RETIRED_MW", unit: "MW", description: "outdated coal power units retired", min: 0, max: 100000, outsideHub: true });
defineMetric({ metric: "COAL_FIRMS_RELOCATED", unit: "firms", description: "enterprises of the year's list moved out of the cities", min: 0, max: 10000, outsideHub: true });
defineMetric({ metric: "RENEWABLE_POWER_ADDED_MW", unit: "MW", description: "renewable generation capacity added", min: 0, max: 1000000, outsideHub: true });
defineMetric({ metric: "RENEWABLE_HEATING_ADDED_M2", unit: "m²", description: "floor area of renewable heating added", min: 0, max: 1000000000, outsideHub: true });
defineMetric({ metric: "GAS_STORAGE_LOCAL_DAYS", unit: "days", description: "gas storage of local governments, in days of use", min: 0, max: 365, outsideHub: true });
defineMetric({ metric: "GAS_STORAGE_CITY_GAS_SHARE", unit: "ratio", description: "gas storage of city gas companies, as a share of their yearly sales", min: 0, max: 1, outsideHub: true });
defineMetric({ metric: "NEW_VEHICLE_SPOT_CHECK_RATE", unit: "ratio", description: "family spot-check rate of new vehicles and machinery", min: 0, max: 1, outsideHub: true });
defineMetric({ metric: "NEW_ENERGY_SHARE_NEW_SANITATION", unit: "ratio", description: "new-energy share of new and renewed sanitation vehicles", min: 0, max: 1, outsideHub: true });
defineMetric({ metric: "NEW_ENERGY_SHARE_NEW_POSTAL_LOGISTICS", unit: "ratio", description: "new-energy share of new and renewed urban postal and logistics vehicles", min: 0, max: 1, outsideHub: true });
defineMetric({ metric: "NEW_ENERGY_SHARE_NEW_AIRPORT", unit: "ratio", description: "new-energy share of new and renewed airport airside vehicles", min: 0, max: 1, outsideHub: true });
defineMetric({ metric: "BUILT_UP_GREEN_RATIO", unit: "ratio", description: "green ratio of built-up areas", min: 0, max: 1, outsideHub: true });
defineMetric({ metric: "GREEN_COMMUNITIES", unit: "communities", description: "green communities built", min: 0, max: 100000, outsideHub: true });
defineMetric({ metric: "AFFORESTATION_MU", unit: "mu", description: "area afforested", min: 0, max: 100000000, outsideHub: true });
defineMetric({ metric: "FOREST_TENDING_MU", unit: "mu", description: "area of forest tending", min: 0, max: 100000000, outsideHub: true });
