import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type BuildResult, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { developmentModules, duplicatePackages, FUNCTION_BUDGET_BYTES, packageOf, shippedInputs } from "../../bench/bundles.ts";
import { bundleSettings, esbuildBuildOptions, nodejsBundlingOptions, projectRoot } from "../../lib/bundling.ts";

/** A module that uses grammY the way the bot does: JSON calls and a multipart upload. */
const grammyClient = `
import { Bot, InputFile } from "grammy";
export async function callBotApi(apiRoot: string) {
  const bot = new Bot("123456:test-token", { client: { apiRoot } });
  const me = await bot.api.getMe();
  await bot.api.sendDocument(42, new InputFile(new Uint8Array([1, 2, 3]), "upload.bin"));
  return me;
}
`;

describe("the shared bundle settings", () => {
  let result: BuildResult<{ metafile: true; write: false }>;
  let code: string;
  let bundleFile: string;

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), "bundling-test-"));
    bundleFile = join(outDir, "index.mjs");
    const { entryPoints: _unused, ...options } = esbuildBuildOptions("unused.ts", bundleFile);
    result = await build({
      ...options,
      stdin: { contents: grammyClient, resolveDir: projectRoot, loader: "ts", sourcefile: "grammy-client.ts" },
      metafile: true,
      write: false,
    });
    // Only the code: its source map names a stdin module that exists nowhere on disk.
    for (const file of result.outputFiles.filter((output) => output.path.endsWith(".mjs"))) {
      writeFileSync(file.path, file.contents);
    }
    code = result.outputFiles.find((file) => file.path.endsWith(".mjs"))!.text;
  });

  const bundledPackages = (metafile: Metafile) =>
    Object.keys(metafile.inputs).map((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]);

  it("replaces node-fetch and abort-controller with the shims over Node's built-ins", () => {
    // Assess
    const packages = bundledPackages(result.metafile);
    expect(packages).toContain("grammy");
    expect(packages).not.toContain("node-fetch");
    expect(packages).not.toContain("abort-controller");
    expect(Object.keys(result.metafile.inputs)).toEqual(
      expect.arrayContaining(["lib/bundling/shims/node-fetch.ts", "lib/bundling/shims/abort-controller.ts"]),
    );
  });

  it("emits an ES module with a source map, defining require for CommonJS dependencies", () => {
    // Assess
    expect(code.startsWith(bundleSettings.banner)).toBe(true);
    expect(code).toMatch(/export\s*\{/);
    expect(result.outputFiles.map((file) => file.path)).toContain(`${bundleFile}.map`);
  });

  it("calls the Bot API through Node's fetch after bundling, uploads included", async () => {
    // Prepare
    const received: { path: string | undefined; contentType: string | undefined }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      request.resume().on("end", () => {
        received.push({ path: request.url, contentType: request.headers["content-type"] });
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ ok: true, result: { id: 123456, is_bot: true, first_name: "Test", username: "example_bot" } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;

    try {
      // Act
      const bundle = (await import(pathToFileURL(bundleFile).href)) as {
        callBotApi: (apiRoot: string) => Promise<{ username: string }>;
      };
      const me = await bundle.callBotApi(`http://127.0.0.1:${port}`);

      // Assess
      expect(me.username).toBe("example_bot");
      expect(received).toEqual([
        { path: "/bot123456:test-token/getMe", contentType: "application/json" },
        { path: "/bot123456:test-token/sendDocument", contentType: expect.stringMatching(/^multipart\/form-data/) },
      ]);
    } finally {
      server.close();
    }
  });

  it("gives NodejsFunction the same settings, with the aliases as esbuild arguments", () => {
    // Act
    const options = nodejsBundlingOptions();

    // Assess
    expect(options).toMatchObject({
      target: bundleSettings.target,
      format: bundleSettings.format,
      minify: bundleSettings.minify,
      sourceMap: bundleSettings.sourcemap,
      sourcesContent: bundleSettings.sourcesContent,
      charset: bundleSettings.charset,
      mainFields: bundleSettings.mainFields,
      banner: bundleSettings.banner,
      externalModules: [],
      forceDockerBundling: false,
      esbuildArgs: {
        "--alias": Object.entries(bundleSettings.alias).map(([name, shim]) => `${name}=${shim}`),
      },
    });
  });
});

describe("the Lambda functions' bundles", () => {
  const bundles = new Map<string, { bytes: number; metafile: Metafile }>();
  const entries = ["functions/webhook/handler.ts", "functions/notifier/handler.ts", "functions/reminders/handler.ts"];

  beforeAll(async () => {
    for (const entry of entries) {
      const { metafile, outputFiles } = await build({ ...esbuildBuildOptions(join(projectRoot, entry), join(tmpdir(), "unused.mjs")), metafile: true, write: false, logLevel: "silent" });
      bundles.set(entry, { bytes: outputFiles.find((file) => file.path.endsWith(".mjs"))!.contents.length, metafile });
    }
  });

  it.each(entries)("%s takes nothing from the development tools (playground, emulator, fakes, scripts)", (entry) => {
    // Assess
    const { metafile } = bundles.get(entry)!;
    expect(Object.keys(metafile.inputs)).toContain(entry);
    expect(developmentModules(metafile)).toEqual([]);
  });

  it.each(entries)("%s stays under 1 MB, with no package bundled twice", (entry) => {
    // Assess
    const { bytes, metafile } = bundles.get(entry)!;
    expect(bytes).toBeLessThan(FUNCTION_BUDGET_BYTES);
    expect(duplicatePackages(metafile)).toEqual([]);
  });

  it("leaves date-holidays to npm run content:holidays, and Amazon Translate to the webhook", () => {
    // Assess
    for (const entry of entries) expect(keptPackages(bundles.get(entry)!.metafile), entry).not.toContain("date-holidays");
    expect(keptPackages(bundles.get("functions/webhook/handler.ts")!.metafile)).toContain("@aws-sdk/client-translate");
    for (const entry of ["functions/notifier/handler.ts", "functions/reminders/handler.ts"]) {
      expect(keptPackages(bundles.get(entry)!.metafile), entry).not.toContain("@aws-sdk/client-translate");
    }
  });
});

/** The packages a bundle keeps code of (esbuild also lists what tree shaking dropped). */
function keptPackages(metafile: Metafile): (string | undefined)[] {
  return shippedInputs(metafile).map(([input]) => packageOf(input));
}
