import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { contentDirectory, loadContent } from "../functions/content/load-content.ts";
import { localEnvironmentSchema, parseEnvironment } from "../functions/config.ts";
import { DIRECTORY_COLUMNS, validateDirectoryRows, type DirectoryRow } from "../functions/domain/directory.ts";
import { DynamoDbDirectoryStore } from "../functions/store/directory-store.ts";
import { loadDotEnv } from "../dev/dotenv.ts";
import { openTable } from "../dev/open-table.ts";

/**
 * `npm run directory:import -- <file.csv> [--aws] [--dry-run]`: replaces the directory of friend
 * circles and initiatives with the file's rows, all or nothing. Columns (header line required):
 * kind (friend-circle | initiative), name, districts (separated by ;), focus, contact, link, as_of.
 */
const { values, positionals } = parseArgs({
  options: { aws: { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false } },
  allowPositionals: true,
});

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file) {
    console.error(`Usage: npm run directory:import -- <file.csv> [--aws] [--dry-run]\nColumns: ${DIRECTORY_COLUMNS.join(", ")}`);
    return 2;
  }
  let rows: DirectoryRow[];
  try {
    rows = parse(readFileSync(file, "utf8"), {
      columns: (header: string[]) => {
        const names = header.map((name) => name.trim().toLowerCase());
        const missing = DIRECTORY_COLUMNS.filter((column) => column !== "link" && !names.includes(column));
        if (missing.length > 0) throw new Error(`line 1: missing column(s) ${missing.join(", ")}`);
        return names;
      },
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    console.error(`${file}: ${line ? `line ${line}: ` : ""}${error instanceof Error ? error.message : String(error)}`);
    console.error("Nothing was imported.");
    return 1;
  }

  const { districts } = loadContent(contentDirectory(process.env.CONTENT_DIR));
  const result = validateDirectoryRows(rows, districts);
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${file}: line ${problem.line}: ${problem.message}`);
    console.error(`${result.problems.length} problem(s). Nothing was imported.`);
    return 1;
  }
  if (values["dry-run"]) {
    console.log(`${file}: ${result.entries.length} entries are valid (dry run, nothing imported).`);
    return 0;
  }

  loadDotEnv();
  const environment = parseEnvironment(localEnvironmentSchema, process.env);
  const table = await openTable(environment, { aws: values.aws });
  try {
    const { version } = await new DynamoDbDirectoryStore(table.documentClient, table.tableName).replaceAll(result.entries, new Date());
    console.log(`Imported ${result.entries.length} entries into ${table.where} (version ${version}); the previous directory was replaced.`);
  } finally {
    await table.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
