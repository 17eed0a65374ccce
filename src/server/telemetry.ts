import type { Config } from "../common/config.js";
import type { Logger } from "../common/logger.js";

export interface Tracing {
  /** Exports the spans still buffered and stops; a no-op when tracing is off. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { shutdown: async () => {} };

/**
 * Turns OpenTelemetry tracing on for this process when the configuration asks (config.ts, `tracing`):
 * spans batched and sent as OTLP/HTTP JSON to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads the
 * endpoint, headers and timeout itself; the batch processor its OTEL_BSP_* settings). Off, the SDK is not
 * even loaded: the spans of request-record.ts and of Apollo's gateway are then the API's no-ops.
 *
 * Process-wide (a global tracer provider), so the process entry calls it once, before serving.
 */
export async function startTracing(config: Config, defaultServiceName: string, log: Logger): Promise<Tracing> {
  if (!config.tracing.enabled) return OFF;
  const [{ NodeTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { defaultResource, detectResources, envDetector, resourceFromAttributes }] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
  ]);
  const serviceName = config.tracing.serviceName ?? defaultServiceName;
  // the SDK's defaults, then this process's name, then OTEL_RESOURCE_ATTRIBUTES (which may name it too)
  const resource = defaultResource()
    .merge(resourceFromAttributes({ "service.name": serviceName }))
    .merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  // the AsyncLocalStorage context manager (a span's children find it across awaits) and W3C propagation
  provider.register();
  log.info(`tracing on: spans of ${serviceName} exported over OTLP/HTTP`);
  return {
    async shutdown() {
      try {
        await provider.shutdown();
      } catch (e) {
        log.warn(`tracing: the last spans could not be exported: ${(e as Error).message}`);
      }
    },
  };
}
