import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { esbuildBuildOptions } from "../lib/bundling.ts";
import { repositoryPath } from "../dev/lambda-sandbox.ts";
import { ratio } from "./stats.ts";

/** The stack's three functions, and the baseline they are measured against. */
export const BUNDLED_ENTRIES = {
  baseline: "bench/baseline/webhook-handler.ts",
  webhook: "functions/webhook/handler.ts",
  notifier: "functions/notifier/handler.ts",
  reminders: "functions/reminders/handler.ts",
} as const;

export type BundleName = keyof typeof BUNDLED_ENTRIES;

export interface Bundle {
  file: string;
  bytes: number;
  metafile: Metafile;
}

/** Every function must stay under this: 1 MB of code to read and compile at each cold start. */
export const FUNCTION_BUDGET_BYTES = 1024 * 1024;
/** The webhook, which people wait for, against a bare grammY + DynamoDB handler. */
export const WEBHOOK_RATIO_TARGET = 1.5;

/** Bundles each entry into `<outDir>/<name>/index.mjs` exactly as the stack does (`lib/bundling.ts`). */
export async function buildBundles(outDir: string): Promise<Record<BundleName, Bundle>> {
  const bundles = {} as Record<BundleName, Bundle>;
  for (const [name, entry] of Object.entries(BUNDLED_ENTRIES) as [BundleName, string][]) {
    const file = join(outDir, name, "index.mjs");
    mkdirSync(join(outDir, name), { recursive: true });
    const { metafile } = await build({ ...esbuildBuildOptions(repositoryPath(entry), file), metafile: true, logLevel: "error" });
    bundles[name] = { file, bytes: statSync(file).size, metafile };
  }
  return bundles;
}

/** The package an input file belongs to (`@scope/name`), or undefined for the project's own files. */
export function packageOf(input: string): string | undefined {
  return input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/)?.[1];
}

/** The input files that left code in the bundle, with their bytes (esbuild parses more than tree shaking keeps). */
export function shippedInputs(metafile: Metafile): [string, number][] {
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint !== undefined)!;
  return Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input, { bytesInOutput }]) => [input, bytesInOutput]);
}

/** Bytes each package (or, for our code, each top folder) contributes to the output. */
export function bytesByPackage(metafile: Metafile): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const [input, bytesInOutput] of shippedInputs(metafile)) {
    const key = packageOf(input) ?? input.split("/").slice(0, 2).join("/");
    bytes.set(key, (bytes.get(key) ?? 0) + bytesInOutput);
  }
  return bytes;
}

/** Modules from the development tools (playground, emulator, fakes, scripts, Playwright): none may ship. */
export function developmentModules(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((input) => /^(dev|test|bench|scripts)\//.test(input) || input.includes("node_modules/playwright"));
}

/** Packages bundled from more than one place in node_modules (two versions, or one not deduplicated). */
export function duplicatePackages(metafile: Metafile): string[] {
  const roots = new Map<string, Set<string>>();
  for (const [input] of shippedInputs(metafile)) {
    const match = input.match(/^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\/(?!.*node_modules\/)/);
    if (!match) continue;
    const [, root, name] = match;
    roots.set(name!, (roots.get(name!) ?? new Set()).add(root!));
  }
  return [...roots].filter(([, places]) => places.size > 1).map(([name]) => name);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** One line per function: size, ratio to the baseline, budget, development modules, packages bundled twice. */
export function bundleReport(bundles: Record<BundleName, Bundle>): string[] {
  const baseline = bundles.baseline.bytes;
  const lines = [`Bundles (minified ESM, AWS SDK bundled, source map separate), against the baseline ${kb(baseline)}`];
  for (const name of ["webhook", "notifier", "reminders"] as const) {
    const { bytes, metafile } = bundles[name];
    const target = name === "webhook" ? `target ≤ ${WEBHOOK_RATIO_TARGET.toFixed(2)}×, ` : "";
    const twice = duplicatePackages(metafile);
    lines.push(
      `  ${name.padEnd(10)} ${kb(bytes).padStart(8)}   ${ratio(bytes, baseline)}  (${target}budget < ${kb(FUNCTION_BUDGET_BYTES)}${bytes < FUNCTION_BUDGET_BYTES ? "" : ": OVER"})` +
        `   development modules ${developmentModules(metafile).length}, packages bundled twice ${twice.length === 0 ? "0" : twice.join(", ")}`,
    );
  }
  // Where the webhook's excess over the baseline lies, for whoever wants to shrink it next.
  const base = bytesByPackage(bundles.baseline.metafile);
  const added = [...bytesByPackage(bundles.webhook.metafile)]
    .map(([name, bytes]) => [name, bytes - (base.get(name) ?? 0)] as const)
    .filter(([, bytes]) => bytes >= 1024)
    .sort((a, b) => b[1] - a[1]);
  const shown = added.slice(0, 10).map(([name, bytes]) => `${name} ${kb(bytes)}`);
  lines.push(`  the webhook adds to the baseline: ${shown.join(", ")}${added.length > 10 ? ", …" : ""}`);
  return lines;
}
