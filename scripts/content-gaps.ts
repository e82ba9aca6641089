import { parseArgs } from "node:util";
import { localEnvironmentSchema, parseEnvironment } from "../functions/config.ts";
import { monthOf } from "../functions/domain/knowledge-gaps.ts";
import { DynamoDbKnowledgeGapStore } from "../functions/store/knowledge-gap-store.ts";
import { loadDotEnv } from "../dev/dotenv.ts";
import { openTable } from "../dev/open-table.ts";

/**
 * `npm run content:gaps [-- --month YYYY-MM] [--aws]`: where the knowledge base falls short —
 * questions it could not answer (by nearest topic and language) and answers marked "didn't help",
 * this month and the month before unless a month is given. Counts only: no question text is stored.
 */
const { values } = parseArgs({ options: { month: { type: "string" }, aws: { type: "boolean", default: false } } });

async function main() {
  loadDotEnv();
  const environment = parseEnvironment(localEnvironmentSchema, process.env);
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const months = values.month ? [values.month] : [monthOf(now), monthOf(lastMonth)];
  if (!months.every((month) => /^\d{4}-(0[1-9]|1[0-2])$/.test(month))) throw new Error("--month must look like 2026-11");

  const table = await openTable(environment, { aws: values.aws });
  try {
    const store = new DynamoDbKnowledgeGapStore(table.documentClient, table.tableName);
    for (const month of months) {
      const counts = await store.countsFor(month);
      console.log(`\n${month} (${table.where})`);
      const sections = [
        { kind: "unmatched", title: "Questions without an answer, by nearest topic" },
        { kind: "not-helpful", title: "Answers marked \"didn't help\"" },
        { kind: "helpful", title: "Answers marked \"helped\"" },
      ] as const;
      for (const section of sections) {
        const rows = counts.filter((count) => count.kind === section.kind);
        console.log(`  ${section.title}: ${rows.length === 0 ? "none" : ""}`);
        for (const row of rows) console.log(`    ${String(row.count).padStart(5)}  ${row.subject} (${row.language})`);
      }
    }
  } finally {
    await table.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
