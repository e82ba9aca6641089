import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { SERVICE_NAME } from "./metric-names.ts";
import type { UpdateMetrics } from "./update-metrics.ts";

/**
 * Counts as CloudWatch Embedded Metric Format: one JSON line on stdout, which Lambda writes to the
 * function's log group and CloudWatch turns into a metric. No PutMetricData permission and no
 * network call on the update's path. Each count is written at once rather than buffered until the
 * end of the invocation: failures are rare, and an invocation that dies after one would lose it.
 */
export function emfUpdateMetrics(namespace: string): UpdateMetrics {
  const metrics = new Metrics({ namespace, serviceName: SERVICE_NAME });
  return {
    count(metric) {
      metrics.addMetric(metric, MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
    },
  };
}
