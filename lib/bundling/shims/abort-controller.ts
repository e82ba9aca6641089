/**
 * Replaces the `abort-controller` package in Lambda bundles (esbuild alias, see
 * `lib/bundling.ts`). grammY's Node build uses it to cancel `fetch` calls; the signal must
 * come from Node's own AbortController, or the built-in `fetch` rejects it.
 */
export const { AbortController, AbortSignal } = globalThis;
export default AbortController;
