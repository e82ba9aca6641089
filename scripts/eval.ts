import { readFileSync } from "node:fs";
import { isLanguage, LANGUAGES, type Language } from "../functions/domain/languages.ts";
import { createQuestionAnswerer } from "./question-answerer.ts";

/**
 * `npm run eval [-- --verbose] [file]`: how well free-text questions are answered, per language.
 * top-1 accuracy: in-scope questions answered with the expected entry; out-of-scope precision:
 * of the questions the bot declined, the share that really were out of scope; answer precision:
 * of the questions it answered, the share answered correctly (a wrong answer is the worst outcome).
 */
interface Question {
  lang: Language;
  q: string;
  expected: string | null;
}

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const file = args.find((arg) => !arg.startsWith("--")) ?? "eval/questions.jsonl";
const questions: Question[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line, index) => {
    const parsed = JSON.parse(line) as Question;
    if (!isLanguage(parsed.lang)) throw new Error(`${file}:${index + 1}: unknown language ${String(parsed.lang)}`);
    return parsed;
  });

const answerQuestion = createQuestionAnswerer();
const percent = (part: number, whole: number) => (whole === 0 ? "   –  " : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
let failed = false;

console.log("lang  in-scope  top-1 acc.  out-of-scope  declined  OOS precision  answered  answer precision");
for (const language of LANGUAGES) {
  const mine = questions.filter((question) => question.lang === language);
  let inScope = 0, correct = 0, outOfScope = 0, declined = 0, declinedCorrectly = 0, answered = 0, answeredCorrectly = 0;
  for (const question of mine) {
    const answer = answerQuestion(question.q, language).topic;
    if (question.expected === null) outOfScope++;
    else inScope++;
    if (answer === null) {
      declined++;
      if (question.expected === null) declinedCorrectly++;
    } else {
      answered++;
      if (answer === question.expected) answeredCorrectly++;
    }
    if (question.expected !== null && answer === question.expected) correct++;
    if (verbose && answer !== question.expected) {
      console.log(`  ✗ [${language}] ${question.q}\n      expected ${question.expected ?? "out of scope"}, got ${answer ?? "declined"}`);
    }
  }
  if (mine.length === 0) continue;
  const accuracy = inScope ? correct / inScope : 1;
  const oosPrecision = declined ? declinedCorrectly / declined : 1;
  if (accuracy < 0.9 || oosPrecision < 0.9) failed = true;
  console.log(
    `${language.padEnd(4)}  ${String(inScope).padStart(8)}  ${percent(correct, inScope).padStart(10)}  ${String(outOfScope).padStart(12)}  ${String(declined).padStart(8)}  ${percent(declinedCorrectly, declined).padStart(13)}  ${String(answered).padStart(8)}  ${percent(answeredCorrectly, answered).padStart(16)}`,
  );
}
console.log(`\nTarget: at least 90 % top-1 accuracy and out-of-scope precision in every language.${failed ? " Not met." : " Met."}`);
