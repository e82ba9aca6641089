import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { isLanguage, type Language } from "../functions/domain/languages.ts";
import { createQuestionAnswerer, type Answer } from "./question-answerer.ts";

/**
 * `npm run --silent ask -- --lang de --json "Wie kann ich helfen?"`: what the bot answers to a
 * typed question, for operators and evaluation. Without a question it reads JSON lines
 * `{"lang": "...", "q": "..."}` from standard input and answers each, in order.
 */
const { values, positionals } = parseArgs({
  options: { lang: { type: "string", default: "de" }, json: { type: "boolean", default: false } },
  allowPositionals: true,
});

const answer = createQuestionAnswerer();

function print(result: Answer) {
  console.log(values.json ? JSON.stringify(result) : `${result.text}\n`);
}

function language(value: unknown): Language {
  if (isLanguage(value)) return value;
  console.error(`Unknown language "${String(value)}": use de, en, ar, fa or uk`);
  process.exit(2);
}

if (positionals.length > 0) {
  print(answer(positionals.join(" "), language(values.lang)));
} else {
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin })) {
    lineNumber++;
    if (!line.trim()) continue;
    let request: { lang?: unknown; q?: unknown };
    try {
      request = JSON.parse(line) as typeof request;
    } catch {
      console.error(`line ${lineNumber}: not JSON`);
      process.exit(2);
    }
    if (typeof request.q !== "string") {
      console.error(`line ${lineNumber}: "q" must be a string`);
      process.exit(2);
    }
    print(answer(request.q, language(request.lang ?? values.lang)));
  }
}
