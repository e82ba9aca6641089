import type { KnowledgeEntry } from "../knowledge-base.ts";
import { LANGUAGES, type Language } from "../languages.ts";
import { analyzers, dropsWord, spelledWords } from "./analyzers.ts";
import { analyseLanguage, buildIndex, compoundTails, COMPOUND_PART_MIN_LENGTH, type AnalysedLanguage, type LanguageIndex } from "./language-index.ts";
import { entryByStopPhrase, joinSplitWords, strength, wordPairs } from "./term-matching.ts";
import type { SearchContent } from "./search-content.ts";

/** What the search found for a question. `confidence` is the share of the question's meaning the best entry covers. */
export type SearchOutcome =
  | { matched: true; entry: KnowledgeEntry; language: Language; confidence: number }
  | { matched: false; bestGuess?: KnowledgeEntry; confidence: number };

export interface KnowledgeSearchOptions {
  /** Example questions, synonyms and out-of-scope words per language (`content/search/`). */
  searchContent?: Partial<Record<Language, SearchContent>>;
  /** The same content already analysed at build time; languages missing here are analysed on first use. */
  analysed?: Partial<Record<Language, AnalysedLanguage>>;
  /**
   * Share of the question's weighted terms the best entry must cover to be given as the answer.
   * Below it the bot says it does not know: a wrong answer given with confidence is worse than none.
   * @default 0.4
   */
  minimumCoverage?: number;
}

/** Fields and their weights: keywords and example questions are written for search, titles say what an entry is about. */
const BOOST = { keywords: 3, examples: 2, title: 2, answer: 1 };
const UNKNOWN_TERM_WEIGHT = 1;
const UNKNOWN_NOUN_WEIGHT = 2;
/** In likeness to an example question, the least a term of the example that the question lacks weighs. */
const UNASKED_TERM_MIN_WEIGHT = 1.5;
/** How much resembling an example question counts next to covering the question's terms. */
const LIKENESS_WEIGHT = 1;
/** How much asking in the same words, function words included, counts: about a tie-breaker. */
const WORDING_WEIGHT = 0.3;

/** Languages written in Arabic or Cyrillic script. */
const NON_LATIN_SCRIPT = /[\u0600-\u06ff\u0400-\u04ff]/;
const NON_LATIN_LANGUAGES: ReadonlySet<Language> = new Set(["ar", "fa", "uk"]);
/** The confidence of an answer found only by a stop-word keyword: enough to answer, below any real match. */
const STOP_PHRASE_CONFIDENCE = 0.5;
/** The best-scored entries among which the one covering most of the question is chosen. */
const CANDIDATES = 8;
/**
 * Finds the knowledge-base entry that answers a free-text question, in the person's language
 * first and, for questions in Latin script, in German and English too (people mix them).
 */
export function createKnowledgeSearch(entries: readonly KnowledgeEntry[], options: KnowledgeSearchOptions = {}) {
  const minimumCoverage = options.minimumCoverage ?? 0.4;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  /** Per entry and language, the word pairs of its title and example questions, function words included. */
  const wordings = new Map<string, Set<string>[]>();
  const wordingsOf = (language: Language, id: string) => {
    const key = `${language}:${id}`;
    let pairs = wordings.get(key);
    if (!pairs) {
      const texts = [byId.get(id)?.title[language] ?? "", ...(options.searchContent?.[language]?.examples[id] ?? [])];
      pairs = texts.map((text) => new Set(wordPairs(spelledWords(language, text))));
      wordings.set(key, pairs);
    }
    return pairs;
  };
  // Built on first use per language: a cold start that serves a button pays for no index at all.
  const indexes = new Map<Language, LanguageIndex | undefined>();
  const indexFor = (language: Language) => {
    if (!indexes.has(language)) {
      const analysed = options.analysed?.[language] ?? analyseLanguage(entries, language, options.searchContent?.[language]);
      indexes.set(language, analysed && buildIndex(language, analysed));
    }
    return indexes.get(language);
  };

  function searchIn(language: Language, question: string) {
    const languageIndex = indexFor(language);
    if (!languageIndex) return undefined;
    const { index, analyze, documentFrequency, entryCount } = languageIndex;
    const terms = [...new Set(joinSplitWords(analyze(question), documentFrequency, languageIndex.synonyms))].slice(0, 40);
    if (terms.length === 0) {
      // Nothing but stop words: only a keyword made of them, word for word, can say what is asked.
      const id = entryByStopPhrase(spelledWords(language, question), languageIndex.stopPhrases);
      return id ? { coverage: STOP_PHRASE_CONFIDENCE, entry: byId.get(id), outOfScope: false } : undefined;
    }

    // A compound the content does not contain is looked up by its known parts.
    const parts = new Map<string, string>();
    if (language === "de") {
      for (const term of terms) {
        if (documentFrequency.has(term)) continue;
        for (const tail of compoundTails(term)) {
          if (documentFrequency.has(tail)) {
            parts.set(tail, term);
            break;
          }
        }
        for (let end = term.length - 1; end >= COMPOUND_PART_MIN_LENGTH; end--) {
          const head = term.slice(0, end);
          if (documentFrequency.has(head)) {
            parts.set(head, term);
            break;
          }
        }
      }
    }

    // Rare terms carry more of a question's meaning. A word the content never uses is more often
    // filler ("eigentlich", "sowas") than a topic; topics the office does not answer are caught
    // by the operators' out-of-scope words instead, so an unknown word weighs like a common one.
    // In German a capitalised word inside a sentence is a noun, and a noun the content never uses
    // names a topic of its own ("Wohnsitz", "Schwimmbad", "S-Bahn"): it weighs more than filler.
    const unknownNouns = new Set<string>();
    if (language === "de" && terms.some((term) => !documentFrequency.has(term))) {
      question.split(/\s+/).forEach((token, position) => {
        if (position > 0 && /^\p{Lu}/u.test(token)) for (const term of analyze(token)) if (!documentFrequency.has(term)) unknownNouns.add(term);
      });
    }
    const weight = (term: string) => {
      const frequency = documentFrequency.get(term);
      if (frequency === undefined) return unknownNouns.has(term) ? UNKNOWN_NOUN_WEIGHT : UNKNOWN_TERM_WEIGHT;
      return Math.log(1 + entryCount / (frequency + 0.5));
    };
    const present = new Set(terms);
    const outOfScopeTerms = new Set(languageIndex.outOfScope.filter((phrase) => phrase.every((term) => present.has(term))).flat());

    const results = index.search([...terms, ...parts.keys()].join(" "), {
      boost: BOOST,
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 10 ? 2 : term.length >= 6 ? 1 : false),
      weights: { fuzzy: 0.5, prefix: 0.6 },
    });
    // BM25 favours long texts that repeat a common word; among the best few, the entry that covers
    // most of what the question asks, in the words written for search, is the better answer.
    // Among entries that cover the question equally, the one people ask for in these words wins.
    const likeness = (id: string) => {
      let closest = 0;
      for (const phrasing of languageIndex.phrasings.get(id) ?? []) {
        let shared = 0;
        let all = 0;
        for (const term of new Set([...terms, ...phrasing])) {
          // A word the example has and the question lacks may be common in the content and still
          // say what the example is about ("als Geflüchteter"): it weighs at least a middling term.
          const termWeight = present.has(term) ? weight(term) : Math.max(weight(term), UNASKED_TERM_MIN_WEIGHT);
          all += termWeight;
          if (present.has(term) && phrasing.has(term)) shared += termWeight;
        }
        closest = Math.max(closest, all === 0 ? 0 : shared / all);
      }
      return closest;
    };
    // Stop words carry what a question wants: "how can I help" and "I need help" share their
    // content words. The largest share of the question's word pairs, function words included,
    // found in one way people ask for an entry tells such entries apart.
    let questionPairs: Set<string> | undefined;
    // Worked out for the few candidates of a question only, from the texts as written: spelling
    // them out for every entry up front would cost a cold start more than all questions after it.
    const wording = (id: string) => {
      questionPairs ??= new Set(wordPairs(spelledWords(language, question)));
      let closest = 0;
      for (const pairs of wordingsOf(language, id)) {
        let shared = 0;
        for (const pair of questionPairs) if (pairs.has(pair)) shared++;
        closest = Math.max(closest, questionPairs.size === 0 ? 0 : shared / questionPairs.size);
      }
      return closest;
    };
    /** The candidate that covers `counted` best, and resembles how people ask for it. */
    const bestFor = (counted: readonly string[]) => {
      const countedTotal = counted.reduce((sum, term) => sum + weight(term), 0);
      const scored = results.slice(0, CANDIDATES).map((result) => {
        const id = String(result.id);
        const coverage = counted.reduce((sum, term) => sum + weight(term) * strength(term, result.match, parts), 0) / countedTotal;
        return { id, coverage, rank: coverage + LIKENESS_WEIGHT * likeness(id) };
      });
      // The wording adds at most its weight: only candidates within that of the leader can still
      // win, and with one such candidate there is nothing to decide.
      const leader = Math.max(0, ...scored.map((candidate) => candidate.rank));
      const contenders = scored.filter((candidate) => candidate.rank >= leader - WORDING_WEIGHT).length;
      let best: { coverage: number; rank: number; id?: string } = { coverage: 0, rank: 0 };
      for (const candidate of scored) {
        const contending = contenders > 1 && candidate.rank >= leader - WORDING_WEIGHT;
        const rank = contending ? candidate.rank + WORDING_WEIGHT * wording(candidate.id) : candidate.rank;
        if (rank > best.rank + 1e-9) best = { coverage: candidate.coverage, rank, id: candidate.id };
      }
      return best;
    };
    // Words of a topic the office does not answer decline the question; but someone who wants to
    // volunteer ("Geflüchtete zum Arzt begleiten") asks about volunteering, and the rest of the
    // question says how.
    const volunteering = outOfScopeTerms.size > 0 && analyzers[language](question).some((term) => languageIndex.volunteering.has(term));
    const outOfScope = outOfScopeTerms.size > 0 && !volunteering;
    const rest = terms.filter((term) => !outOfScopeTerms.has(term));
    const best = bestFor(outOfScopeTerms.size > 0 && volunteering && rest.length > 0 ? rest : terms);
    return { coverage: best.coverage, entry: best.id ? byId.get(best.id) : undefined, outOfScope };
  }

  return {
    /** Builds every language's index now (benchmarks, and warming a container on purpose). */
    warmUp(): void {
      for (const language of LANGUAGES) indexFor(language);
    },
    search(question: string, language: Language): SearchOutcome {
      // The person's own language first. A question in Latin script may be German or English typed
      // by someone whose app is set to another language: those follow, or come first when the
      // person's language is not written in Latin script at all.
      // Someone whose language is not written in Latin script may also be typing it in Latin
      // letters ("man panahande hastam", "de mozhna znayty"): their own language, read back from
      // Latin letters, is tried last, when German and English found nothing confident.
      const latin = !NON_LATIN_SCRIPT.test(question);
      const transliterated = latin && NON_LATIN_LANGUAGES.has(language);
      const candidates: Language[] = !latin ? [language] : transliterated ? ["de", "en", language] : [language, "de", "en"];
      let best: { coverage: number; entry?: KnowledgeEntry; language: Language } = { coverage: 0, language };
      for (const candidate of new Set(candidates)) {
        const found = searchIn(candidate, question);
        // Words of a topic the office does not answer end the search, whatever else matches.
        if (found?.outOfScope) return { matched: false, confidence: 0 };
        if (found?.entry && found.coverage > best.coverage) best = { coverage: found.coverage, entry: found.entry, language: candidate };
        if (best.entry && best.coverage >= minimumCoverage) {
          return { matched: true, entry: best.entry, language: best.language, confidence: best.coverage };
        }
      }
      return best.entry ? { matched: false, bestGuess: best.entry, confidence: best.coverage } : { matched: false, confidence: 0 };
    },
  };
}

export type KnowledgeSearch = ReturnType<typeof createKnowledgeSearch>;
