/**
 * How every Lambda function of the bot is bundled, stated once so that the stack
 * (`NodejsFunction`) and the cold-start benchmark (`esbuild.build()`) produce the same file.
 */
import { fileURLToPath } from "node:url";
import { type BundlingOptions, Charset, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import type { BuildOptions } from "esbuild";

/** The directory that holds `package.json`; NodejsFunction runs esbuild from here. */
export const projectRoot = fileURLToPath(new URL("..", import.meta.url));

const shim = (name: string): string =>
  fileURLToPath(new URL(`./bundling/shims/${name}.ts`, import.meta.url));

/** The esbuild settings shared by all bot functions. */
export const bundleSettings = {
  /** Matches the Lambda runtime (Node.js 22), so esbuild keeps modern syntax as it is. */
  target: "node22",
  /** ESM output (`index.mjs`): top-level await for config and clients, and no CJS wrapper. */
  format: "esm",
  minify: true,
  /** Stack traces point into our TypeScript (with NODE_OPTIONS=--enable-source-maps). */
  sourcemap: true,
  /** File names and lines are enough to read a stack trace; embedded sources would double the asset. */
  sourcesContent: false,
  /**
   * Arabic, Farsi and Ukrainian stop words and stemmers as UTF-8 rather than `\uXXXX` escapes
   * (2 bytes a letter instead of 6): about 20 KB less of the webhook. Node reads a module file as
   * UTF-8, so nothing else changes.
   */
  charset: "utf8",
  /** Prefer the ES module builds (AWS SDK `dist-es`) so esbuild can drop unused exports. */
  mainFields: ["module", "main"],
  /**
   * CommonJS dependencies inside an ESM bundle still call `require()` for Node built-ins
   * (grammY's `debug` requires "tty" and "util"); ESM has no `require`, so define one.
   * The alias keeps the import from clashing with a `createRequire` import in the bundle.
   */
  banner:
    "import { createRequire as __bundleCreateRequire } from 'node:module';" +
    "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';" +
    "const require = __bundleCreateRequire(import.meta.url);" +
    // CommonJS code also reads `__dirname`/`__filename`, which ESM lacks too (a ReferenceError at import).
    "const __filename = __bundleFileURLToPath(import.meta.url);" +
    "const __dirname = __bundleFileURLToPath(new URL('.', import.meta.url));",
  /**
   * grammY's Node build imports fetch polyfills that Node 22 has built in, @grammyjs/i18n the
   * whole Deno shim for a few file reads, and both a tracer that Lambda never enables (see the shims).
   */
  alias: {
    "node-fetch": shim("node-fetch"),
    "abort-controller": shim("abort-controller"),
    "@deno/shim-deno": shim("deno"),
    debug: shim("debug"),
  },
  /**
   * Nothing is external: the AWS SDK v3 is bundled too. A bundled, tree-shaken client
   * imported faster at cold start than the runtime's copy, and its version is the one we test.
   */
  external: [] as string[],
} as const;

/** `bundling` props for a `NodejsFunction` (local esbuild, never Docker). */
export function nodejsBundlingOptions(
  commandHooks?: BundlingOptions["commandHooks"],
): BundlingOptions {
  return {
    target: bundleSettings.target,
    format: OutputFormat.ESM,
    minify: bundleSettings.minify,
    sourceMap: bundleSettings.sourcemap,
    sourcesContent: bundleSettings.sourcesContent,
    charset: Charset.UTF8,
    mainFields: [...bundleSettings.mainFields],
    banner: bundleSettings.banner,
    externalModules: [...bundleSettings.external],
    // NodejsFunction has no typed alias option; this becomes `--alias:node-fetch=<shim>`.
    esbuildArgs: {
      "--alias": Object.entries(bundleSettings.alias).map(([from, to]) => `${from}=${to}`),
    },
    forceDockerBundling: false,
    ...(commandHooks ? { commandHooks } : {}),
  };
}

/**
 * Options for `esbuild.build()` that bundle `entryPoint` into `outfile` exactly as the stack
 * does (the benchmark uses this). `outfile` should end in `.mjs`.
 */
export function esbuildBuildOptions(entryPoint: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entryPoint],
    outfile,
    absWorkingDir: projectRoot,
    bundle: true,
    platform: "node",
    target: bundleSettings.target,
    format: bundleSettings.format,
    minify: bundleSettings.minify,
    sourcemap: bundleSettings.sourcemap,
    sourcesContent: bundleSettings.sourcesContent,
    charset: bundleSettings.charset,
    mainFields: [...bundleSettings.mainFields],
    banner: { js: bundleSettings.banner },
    alias: { ...bundleSettings.alias },
    external: [...bundleSettings.external],
  };
}
