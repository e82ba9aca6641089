/**
 * Replaces `@deno/shim-deno` in Lambda bundles (esbuild alias, see `lib/bundling.ts`).
 *
 * `@grammyjs/i18n` is built from Deno code and requires the whole Deno shim (~90 KB minified)
 * for a handful of file reads. The bot hands the plugin its translations as strings, so only
 * these calls can ever run; directory walking is not needed in a bundle and says so loudly.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

const notInBundle = (name: string) => () => {
  throw new Error(`Deno.${name} is not available in the Lambda bundle; load translations with { source }`);
};

export const Deno = {
  build: { os: process.platform === "win32" ? "windows" : process.platform },
  cwd: () => process.cwd(),
  readFileSync: (path: string) => new Uint8Array(readFileSync(path)),
  readFile: async (path: string) => new Uint8Array(await readFile(path)),
  readTextFileSync: (path: string) => readFileSync(path, "utf8"),
  readTextFile: (path: string) => readFile(path, "utf8"),
  readDir: notInBundle("readDir"),
  readDirSync: notInBundle("readDirSync"),
  realPath: notInBundle("realPath"),
  realPathSync: notInBundle("realPathSync"),
  lstat: notInBundle("lstat"),
  lstatSync: notInBundle("lstatSync"),
  stat: notInBundle("stat"),
  statSync: notInBundle("statSync"),
};
