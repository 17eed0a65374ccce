/**
 * The names migrations had before they were named by the time they were written (until 2026-12-01 they
 * carried invented timestamps and no unit folder). A database migrated then records these names in its
 * `<schema>.mikro_orm_migrations`; before anything else, the migrator renames them there
 * (src/db/migrator.ts), so it sees those migrations as applied, which they are.
 */
export const FORMER_NAMES: Record<string, Record<string, string>> = {
  HUB: {
    Migration20261128000001HubInit: "Migration20261128110634_init",
    Migration20261128000002HubContributionBatches: "Migration20261128111714_contribution_batches",
    Migration20261128000010HubTrust: "Migration20261128134056_trust",
    Migration20261201000001HubRateLimits: "Migration20261128133526_rate_limits",
    Migration20261201000002HubAuditKeyed: "Migration20261201035240_audit_keyed",
  },
  ENVIRONMENT: {
    Migration20261128000001EnvironmentInit: "Migration20261128110634_init",
    Migration20261128000002EnvironmentRecordHistory: "Migration20261128111714_record_history",
    Migration20261128000003EnvironmentAirQuality: "Migration20261128112947_air_quality",
    Migration20261128000005EnvironmentEmergency: "Migration20261128123339_emergency",
    Migration20261128000005EnvironmentEvidence: "Migration20261128123340_evidence",
    Migration20261201000003EnvironmentGateRecords: "Migration20261201044329_gate_records",
  },
  PUBLIC_SECURITY: {
    Migration20261128000001PublicSecurityInit: "Migration20261128110634_init",
    Migration20261128000002PublicSecurityRecordHistory: "Migration20261128111714_record_history",
    Migration20261128000004PublicSecurityDatasets: "Migration20261128120615_datasets",
  },
  HOUSING: {
    Migration20261128000001HousingInit: "Migration20261128110634_init",
    Migration20261128000002HousingRecordHistory: "Migration20261128111714_record_history",
    Migration20261128000005HousingDatasets: "Migration20261128123339_datasets",
  },
  TRANSPORT: {
    Migration20261128000001TransportInit: "Migration20261128110634_init",
    Migration20261128000002TransportRecordHistory: "Migration20261128111714_record_history",
    Migration20261128000004TransportDatasets: "Migration20261128120615_datasets",
  },
  AGRICULTURE: {
    Migration20261128000001AgricultureInit: "Migration20261128110634_init",
    Migration20261128000002AgricultureRecordHistory: "Migration20261128111714_record_history",
    Migration20261128000005AgricultureDatasets: "Migration20261128123339_datasets",
  },
  MARKET_REGULATION: {
    Migration20261128000001MarketRegulationInit: "Migration20261128110634_init",
    Migration20261128000002MarketRegulationRecordHistory: "Migration20261128111714_record_history",
    Migration20261128000004MarketRegulationDatasets: "Migration20261128120615_datasets",
  },
  GRID: {
    Migration20261128000001GridInit: "Migration20261128110634_init",
    Migration20261128000002GridRecordHistory: "Migration20261128111714_record_history",
    Migration20261128000005GridDatasets: "Migration20261128123339_datasets",
  },
};
