import { checkKnowledgeBase, TOPICS } from "../domain/knowledge-base.ts";
import { LANGUAGES } from "../domain/languages.ts";
import { routingProblems } from "../domain/routing.ts";
import type { Content } from "./load-content.ts";

/** One fault an operator should fix before deploying, named by file. */
export interface ContentProblem {
  file: string;
  message: string;
}

/**
 * Every check that the schemas cannot make: the knowledge base's own rules (ids, links,
 * translations, numbers, length), example questions that point to no entry or to an entry not
 * written in that language, a word in two synonym groups, duplicate districts, and topics or
 * entries without a label in some language (`hasMessage(language, id)` asks the translations).
 */
export function checkContent(content: Content, hasMessage: (language: string, id: string) => boolean, today = new Date()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const problem of checkKnowledgeBase(content.knowledgeBase)) {
    problems.push({ file: "content/knowledge-base.json", message: `${problem.entryId}${problem.language ? ` (${problem.language})` : ""}: ${problem.message}` });
  }

  const byId = new Map(content.knowledgeBase.map((entry) => [entry.id, entry]));
  for (const language of LANGUAGES) {
    const search = content.search[language];
    if (!search) continue;
    const file = `content/search/${language}.json`;
    for (const [entryId, examples] of Object.entries(search.examples)) {
      const entry = byId.get(entryId);
      if (!entry) problems.push({ file, message: `examples for "${entryId}", which is no entry of the knowledge base` });
      else if (entry.answer[language] === undefined) problems.push({ file, message: `examples for "${entryId}", which has no ${language} answer` });
      const seen = new Set<string>();
      for (const example of examples) {
        const key = example.trim().toLowerCase();
        if (seen.has(key)) problems.push({ file, message: `"${example}" is listed twice for ${entryId}` });
        seen.add(key);
      }
    }
    const groupOf = new Map<string, number>();
    search.synonyms.forEach((group, index) => {
      for (const word of group) {
        const key = word.trim().toLowerCase();
        const other = groupOf.get(key);
        if (other !== undefined && other !== index) problems.push({ file, message: `"${word}" is in synonym groups ${other + 1} and ${index + 1}` });
        groupOf.set(key, index);
      }
    });
  }

  const districts = new Set<string>();
  for (const district of content.districts) {
    if (districts.has(district)) problems.push({ file: "content/districts.json", message: `"${district}" is listed twice` });
    districts.add(district);
  }

  for (const message of routingProblems(content.routing, { topics: TOPICS, districts: content.districts })) {
    problems.push({ file: "content/routing.json", message });
  }

  // Office hours skip public holidays: the list must reach a year ahead.
  const lastHoliday = [...content.holidays].sort().at(-1);
  const yearAhead = new Date(today.getTime() + 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  if (!lastHoliday || lastHoliday < yearAhead.slice(0, 4) + "-12-25") {
    problems.push({ file: "content/holidays.json", message: `the public holidays end ${lastHoliday ?? "nowhere"}; run npm run content:holidays` });
  }

  const usedTopics = TOPICS.filter((topic) => content.knowledgeBase.some((entry) => entry.topic === topic));
  for (const language of LANGUAGES) {
    for (const topic of usedTopics) {
      if (!hasMessage(language, `topic-${topic}`)) problems.push({ file: `locales/${language}.ftl`, message: `no label topic-${topic} for a topic the knowledge base uses` });
    }
  }
  return problems;
}
