import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { esbuildBuildOptions } from "../../lib/bundling.ts";
import { coldStartRunner, repositoryPath, sandboxEvent, startLambdaSandbox } from "../../dev/lambda-sandbox.ts";
import { textMessageUpdate } from "../../dev/telegram-updates.ts";

const run = promisify(execFile);
let sandbox: Awaited<ReturnType<typeof startLambdaSandbox>>;
let bundle: string;
let metafile: { inputs: Record<string, unknown> };

beforeAll(async () => {
  bundle = join(mkdtempSync(join(tmpdir(), "webhook-bundle-")), "index.mjs");
  const result = await build({ ...esbuildBuildOptions(repositoryPath("functions/webhook/handler.ts"), bundle), metafile: true, logLevel: "error" });
  metafile = result.metafile!;
  sandbox = await startLambdaSandbox();
});
afterAll(() => sandbox.close());

describe("the bundled webhook function", () => {
  it("starts cold in a fresh Node process and answers /start in German", async () => {
    const user = { id: 9101, first_name: "Cold", language_code: "de" };

    await run(process.execPath, [coldStartRunner, bundle, sandboxEvent(textMessageUpdate(user, "/start"))], { env: sandbox.env });

    const [reply] = sandbox.api.callsTo("sendMessage");
    expect(reply?.payload.chat_id).toBe(user.id);
    expect(String(reply?.payload.text)).toContain("Willkommen");
    expect(sandbox.secretReads).toHaveLength(1);
  });

  it("contains no development tools and none of the replaced polyfills", () => {
    const inputs = Object.keys(metafile.inputs);
    for (const excluded of ["dev/", "test/", "node_modules/node-fetch", "node_modules/abort-controller", "node_modules/@deno/shim-deno", "node_modules/debug/", "node_modules/dynalite"]) {
      expect(inputs.filter((input) => input.includes(excluded)), excluded).toEqual([]);
    }
  });
});
