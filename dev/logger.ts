import { Logger } from "@aws-lambda-powertools/logger";
import type { LocalEnvironment } from "../functions/config.ts";

export function createLocalLogger(environment: LocalEnvironment, quietByDefault = false): Logger {
  const explicit = process.env.LOG_LEVEL !== undefined && process.env.LOG_LEVEL !== "";
  // The terminal chat shares the screen with the logs: only problems, unless asked for more.
  const logLevel = quietByDefault && !explicit ? "WARN" : environment.LOG_LEVEL;
  return new Logger({ serviceName: "engagement-bot-local", logLevel });
}
