import type { UpdateMetricName } from "./metric-names.ts";

/**
 * Where the webhook counts updates it could not handle. A port, so that tests read the counts
 * and local runs print nothing; in Lambda it is `emfUpdateMetrics`.
 */
export interface UpdateMetrics {
  count(metric: UpdateMetricName): void;
}

/** Counts nothing: `npm start`, `npm run serve` and tests that do not look. */
export const noUpdateMetrics: UpdateMetrics = { count: () => {} };
