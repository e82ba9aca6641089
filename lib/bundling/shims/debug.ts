/**
 * Replaces the `debug` package in Lambda bundles (esbuild alias, see `lib/bundling.ts`).
 *
 * grammY and its auto-retry plugin trace through `debug`, which prints only when DEBUG=grammy*
 * is set. In Lambda the bot logs through Powertools' logger instead, so the tracer is a no-op
 * there; locally (`npm start`, unbundled) `DEBUG=grammy*` still shows grammY's traces.
 */
type Tracer = ((...args: unknown[]) => void) & { enabled: boolean; namespace: string };

export function debug(namespace: string): Tracer {
  return Object.assign(() => {}, { enabled: false, namespace });
}

export default debug;
