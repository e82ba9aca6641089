/**
 * Replaces the `node-fetch` package in Lambda bundles (esbuild alias, see `lib/bundling.ts`).
 *
 * grammY's Node build calls `require("node-fetch").default(url, init)`. Node 22 ships `fetch`
 * (undici), which accepts everything grammY passes: it ignores `agent` and `compress`, keeps
 * connections alive on its own and honours the `duplex: "half"` grammY sets for file uploads.
 * Bundling node-fetch instead costs ~300 KB, and minifying it breaks every API call because
 * node-fetch recognises an AbortSignal by its constructor name.
 */
export const { fetch, Headers, Request, Response } = globalThis;
export default fetch;
