import { existsSync } from "node:fs";

/**
 * Reads `.env` (see `.env.example`) when there is one; variables already set win. Tests run with
 * NODE_ENV=test, so that a developer's real token never reaches them.
 */
export function loadDotEnv(path = ".env"): void {
  if (process.env.NODE_ENV !== "test" && existsSync(path)) process.loadEnvFile(path);
}
