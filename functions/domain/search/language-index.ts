import MiniSearch from "minisearch";
import type { KnowledgeEntry } from "../knowledge-base.ts";
import { LANGUAGES, type Language } from "../languages.ts";
import { analyzers, dropsWord, spelledWords, type Analyzer } from "./analyzers.ts";
import type { SearchContent } from "./search-content.ts";

/**
 * The search index of one language: the content analysed (at build time or on first use) and put
 * into MiniSearch, with what ranking needs beside it (document frequencies, phrasings, synonyms).
 */

/** German compounds: a term this long is also indexed by its tails ("…freundeskreis" → "freundeskreis"). */
const COMPOUND_MIN_LENGTH = 10;
export const COMPOUND_PART_MIN_LENGTH = 5;

/** A stop-word keyword this long is recognised word for word; a single one ("where", "Dank") says too little. */
export const STOP_PHRASE_MIN_WORDS = 2;

export interface LanguageIndex {
  index: MiniSearch<IndexedEntry>;
  analyze: Analyzer;
  /** Each out-of-scope phrase as the set of terms that must all occur in a question. */
  outOfScope: string[][];
  /** Terms that say the person wants to volunteer. */
  volunteering: Set<string>;
  /** How many entries contain each term: rare terms carry more of a question's meaning. */
  documentFrequency: Map<string, number>;
  /** Per entry, the term sets of its title and example questions: how people ask for it. */
  phrasings: Map<string, Set<string>[]>;
  stopPhrases: { id: string; words: string[] }[];
  /** Term → the synonym group's term. */
  synonyms: Readonly<Record<string, string>>;
  entryCount: number;
}

export interface IndexedEntry {
  id: string;
  title: string;
  keywords: string;
  examples: string;
  answer: string;
}

/**
 * Words of one synonym group become the group's first word, in the content and in questions alike.
 * A group named by a stop word, or made mostly of them, is a group of filler words ("want",
 * "can", "where" in their colloquial forms): all of its words are dropped (mapped to "").
 */
export function synonymMap(language: Language, groups: readonly (readonly string[])[]): Record<string, string> {
  const analyze = analyzers[language];
  const canonical: Record<string, string> = {};
  for (const group of groups) {
    const stopWords = group.filter((word) => dropsWord(language, word)).length;
    const filler = dropsWord(language, group[0] ?? "") || stopWords > group.length / 2;
    const [first, ...others] = group.map((word) => analyze(word)[0]);
    if (filler) {
      for (const term of [first, ...others]) if (term && !Object.hasOwn(canonical, term)) canonical[term] = "";
      continue;
    }
    if (!first) continue;
    for (const other of others) if (other && other !== first && !Object.hasOwn(canonical, other)) canonical[other] = first;
  }
  return canonical;
}

export function withSynonyms(analyze: Analyzer, canonical: Readonly<Record<string, string>>): Analyzer {
  // Own properties only: a question may contain "constructor".
  return (text) => analyze(text).flatMap((term) => (Object.hasOwn(canonical, term) ? canonical[term] : term) || []);
}

export function compoundTails(term: string): string[] {
  if (term.length < COMPOUND_MIN_LENGTH) return [];
  const tails: string[] = [];
  for (let start = 3; term.length - start >= COMPOUND_PART_MIN_LENGTH; start++) tails.push(term.slice(start));
  return tails;
}

export const FIELDS = ["title", "keywords", "examples", "answer"] as const;

/**
 * One language's content as search terms: everything that needs the stemmer. It is plain data, so
 * that a deployment can compute it once when it is built (`scripts/build-search-index.ts`) and a
 * cold start only indexes it.
 */
export interface AnalysedLanguage {
  synonyms: Record<string, string>;
  documents: {
    id: string;
    title: string[];
    keywords: string[];
    examples: string[][];
    answer: string[];
  }[];
  outOfScope: string[][];
  /** Volunteering words, stemmed without synonyms: with one, out-of-scope words do not decline the question. */
  volunteering?: string[];
  /** Keywords of two or more words that are all stop words ("who are you"), spelled word for word, by entry. */
  stopPhrases?: { id: string; words: string[] }[];
}

export function analyseLanguage(entries: readonly KnowledgeEntry[], language: Language, content: SearchContent | undefined): AnalysedLanguage | undefined {
  const synonyms = synonymMap(language, content?.synonyms ?? []);
  const analyze = withSynonyms(analyzers[language], synonyms);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const documents = entries
    .filter((entry) => entry.answer[language] !== undefined)
    .map((entry) => ({
      id: entry.id,
      title: analyze(entry.title[language] ?? ""),
      keywords: (entry.keywords[language] ?? []).flatMap(analyze),
      examples: (content?.examples[entry.id] ?? []).map(analyze),
      answer: analyze(entry.answer[language] ?? ""),
    }));
  if (documents.length === 0) return undefined;
  const outOfScope = (content?.outOfScope ?? []).map((phrase) => [...new Set(analyze(phrase))]).filter((terms) => terms.length > 0);
  const stopPhrases = documents.flatMap(({ id }) =>
    (byId.get(id)?.keywords[language] ?? [])
      .filter((keyword) => analyze(keyword).length === 0)
      .map((keyword) => ({ id, words: spelledWords(language, keyword) }))
      .filter((phrase) => phrase.words.length >= STOP_PHRASE_MIN_WORDS),
  );
  // Without synonyms: their groups also hold words like "free" or "unpaid", which say nothing of volunteering.
  const volunteering = [...new Set((content?.volunteering ?? []).flatMap((word) => analyzers[language](word)))];
  return { synonyms, documents, outOfScope, stopPhrases, volunteering };
}

/** Every language's analysed content. */
export function analyseContent(entries: readonly KnowledgeEntry[], searchContent: Partial<Record<Language, SearchContent>>) {
  const analysed: Partial<Record<Language, AnalysedLanguage>> = {};
  for (const language of LANGUAGES) {
    const result = analyseLanguage(entries, language, searchContent[language]);
    if (result) analysed[language] = result;
  }
  return analysed;
}

export function buildIndex(language: Language, analysed: AnalysedLanguage): LanguageIndex {
  const fields = (document: AnalysedLanguage["documents"][number]) => ({ ...document, examples: document.examples.flat() });
  // A German compound is also indexed by its tails that are words of their own in the content
  // ("flüchtlingsfreundeskreis" → "freundeskreis"), so that the simple word finds the compound.
  const vocabulary = new Set(analysed.documents.map(fields).flatMap((document) => FIELDS.flatMap((field) => document[field])));
  const expand = (term: string) => (language === "de" ? [term, ...compoundTails(term).filter((tail) => vocabulary.has(tail))] : [term]);
  const documents = analysed.documents.map(fields).map((document) => ({
    id: document.id,
    ...Object.fromEntries(FIELDS.map((field) => [field, document[field].flatMap(expand).join(" ")])),
  })) as IndexedEntry[];

  const byWhitespace = (text: string) => text.split(" ").filter(Boolean);
  const index = new MiniSearch<IndexedEntry>({
    fields: [...FIELDS],
    tokenize: byWhitespace,
    processTerm: (term) => term,
    searchOptions: { tokenize: byWhitespace, processTerm: (term) => term },
  });
  index.addAll(documents);

  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(FIELDS.flatMap((field) => byWhitespace(document[field])))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const phrasings = new Map(
    analysed.documents.map((document) => [document.id, [document.title, ...document.examples].map((terms) => new Set(terms))]),
  );
  return {
    index,
    analyze: withSynonyms(analyzers[language], analysed.synonyms),
    outOfScope: analysed.outOfScope,
    volunteering: new Set(analysed.volunteering ?? []),
    documentFrequency,
    phrasings,
    stopPhrases: analysed.stopPhrases ?? [],
    synonyms: analysed.synonyms,
    entryCount: documents.length,
  };
}
