import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { contentDirectory, loadContent } from "../functions/content/load-content.ts";
import { isLanguage, type Language } from "../functions/domain/languages.ts";
import { createKnowledgeSearch } from "../functions/domain/search/knowledge-search.ts";
import { repositoryPath } from "../dev/lambda-sandbox.ts";
import { median, ratio } from "./stats.ts";

const ROUNDS = 20;

/**
 * Free-text answering in-process: the median time per question over the evaluation set, beside
 * the simplest possible matcher (every question word looked up with Array.includes in every
 * entry's words) as the baseline; and how long building an index takes on first use.
 */
export function benchKnowledgeSearch(): string[] {
  const content = loadContent(contentDirectory());
  const questions = readFileSync(repositoryPath("eval/questions.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { lang: string; q: string })
    .filter((question): question is { lang: Language; q: string } => isLanguage(question.lang));

  const buildStarted = performance.now();
  const fresh = createKnowledgeSearch(content.knowledgeBase, { searchContent: content.search });
  fresh.search("Wie kann ich helfen?", "de");
  const firstGermanQuestion = performance.now() - buildStarted;
  const allStarted = performance.now();
  createKnowledgeSearch(content.knowledgeBase, { searchContent: content.search }).warmUp();
  const allLanguages = performance.now() - allStarted;

  const search = createKnowledgeSearch(content.knowledgeBase, { searchContent: content.search });
  search.warmUp();
  const entryWords = content.knowledgeBase.map((entry) => ({
    id: entry.id,
    words: Object.fromEntries(
      Object.entries(entry.answer).map(([language, answer]) => [language, `${entry.title[language as Language] ?? ""} ${answer}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)]),
    ) as Partial<Record<Language, string[]>>,
  }));
  const naive = (question: string, language: Language) => {
    const words = question.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    let best = { id: "", hits: 0 };
    for (const entry of entryWords) {
      const text = entry.words[language] ?? entry.words.en ?? [];
      const hits = words.filter((word) => text.includes(word)).length;
      if (hits > best.hits) best = { id: entry.id, hits };
    }
    return best.id;
  };

  const time = (answer: (question: string, language: Language) => unknown) => {
    const perQuestion: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const question of questions) {
        const started = performance.now();
        answer(question.q, question.lang);
        perQuestion.push(performance.now() - started);
      }
    }
    return median(perQuestion);
  };
  const baseline = time(naive);
  const ours = time((question, language) => search.search(question, language));
  return [
    `Free-text questions in-process (${questions.length} questions of eval/ × ${ROUNDS}, medians)`,
    `  answer one question  ${ours.toFixed(3).padStart(7)} ms   Array.includes scan ${baseline.toFixed(3).padStart(7)} ms   ${ratio(ours, baseline)}  (target < 2 ms)`,
    `  index on first use   ${firstGermanQuestion.toFixed(1).padStart(7)} ms for the first German question without build-time analysis (npm start); all five languages ${allLanguages.toFixed(1)} ms`,
  ];
}
