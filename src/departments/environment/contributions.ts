import { contributionMutation } from "../../common/contribution/resolver.js";
import { EmergencyListInput, emergencyListContribution } from "./emergency-list.js";
import { EnterpriseProfileInput, enterpriseProfileContribution } from "./enterprise-profile.js";
import { IndicatorInput, indicatorContribution } from "./indicator.contribution.js";
import { MonitoringStationInput, monitoringStationContribution } from "./monitoring-station.contribution.js";
import { NonRoadMachineInput, nrmmContribution } from "./nrmm.contribution.js";
import { ObservationInput, observationContribution } from "./observation.contribution.js";
import { PerformanceGradeInput, performanceGradeContribution } from "./performance-grade.contribution.js";
import { BlackSmokeCaptureInput, ObdRecordInput, RemoteSensingTestInput, blackSmokeContribution, obdRecordContribution, remoteSensingContribution } from "./vehicle-evidence.contribution.js";

/** The contribution mutations of the department's datasets (rules in each spec). */
export const environmentContributions = [
  contributionMutation(observationContribution, ObservationInput, "contributeObservations", "Contributes hourly observations (environment only); upserts by (station, hour)."),
  contributionMutation(monitoringStationContribution, MonitoringStationInput, "contributeMonitoringStations", "Contributes monitoring stations (environment only); upserts by code."),
  contributionMutation(performanceGradeContribution, PerformanceGradeInput, "contributePerformanceGrades", "Contributes performance grades (environment only); upserts by credit code."),
  contributionMutation(indicatorContribution, IndicatorInput, "contributeIndicators", "Contributes indicators; a department may send only the metrics it owns (others are rejected with NOT_OWNED)."),
  contributionMutation(emergencyListContribution, EmergencyListInput, "contributeEmergencyList", "Contributes the emergency reduction list (environment only); upserts by (year, credit code)."),
  contributionMutation(enterpriseProfileContribution, EnterpriseProfileInput, "contributeEnterpriseProfiles", "Contributes enterprise environmental profiles (environment only); upserts by credit code."),
  contributionMutation(nrmmContribution, NonRoadMachineInput, "contributeNonRoadMachinery", "Contributes non-road machinery registrations (environment only); upserts by registration number."),
  contributionMutation(remoteSensingContribution, RemoteSensingTestInput, "contributeRemoteSensingTests", "Contributes remote-sensing tests (environment only); upserts by test id."),
  contributionMutation(blackSmokeContribution, BlackSmokeCaptureInput, "contributeBlackSmokeCaptures", "Contributes black-smoke captures (environment only); upserts by capture id."),
  contributionMutation(obdRecordContribution, ObdRecordInput, "contributeObdRecords", "Contributes OBD records (environment only); upserts by (vin, at)."),
];
