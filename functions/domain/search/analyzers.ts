import { stemmer as arabicStemmer } from "@orama/stemmers/arabic";
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stemmer as ukrainianStemmer } from "@orama/stemmers/ukrainian";
import { ara, deu, eng, fas, ukr } from "stopword";
import type { Language } from "../languages.ts";
import { extraStopWords, notStopWords } from "./stop-words.ts";

/**
 * Turns text into search terms, the same way for the knowledge base and for a person's question:
 * Unicode words, lower case, without stop words, normalised for how people actually type
 * (missing umlauts, Arabic letter variants, Persian spacing), and stemmed (Snowball stemmers;
 * there is none for Persian, so a few common suffixes are removed by rule).
 */
export type Analyzer = (text: string) => string[];

const WORD = /[\p{L}\p{N}]+/gu;
/** Zero-width and direction marks, tatweel and Arabic diacritics carry no meaning for search. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u0640\u064b-\u065f\u0670]/g;

/** An apostrophe between letters is part of the word (Ukrainian сім'я, English don't), not a break. */
const INNER_APOSTROPHE = /(\p{L})['’ʼ`](?=\p{L})/gu;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits: "۱۷ ساله" and "17 ساله" are the same age. */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
const westernDigit = (digit: string) => String((digit.codePointAt(0)! - 0x0660) % 0x90);

function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(INVISIBLE, "")
      .replace(EASTERN_DIGIT, westernDigit)
      .replace(INNER_APOSTROPHE, "$1")
      .match(WORD) ?? []
  );
}

function stopWords(language: Language, list: readonly string[], normalise: (word: string) => string): Set<string> {
  const normalised = (list: readonly string[]) => list.flatMap((text) => words(text)).map(normalise);
  const stop = new Set(normalised([...list, ...extraStopWords(language)]));
  for (const word of normalised(notStopWords[language] ?? [])) stop.delete(word);
  return stop;
}

/** German typed without umlauts ("Fluechtlinge") must meet German typed with them. */
function germanSpelling(word: string): string {
  return word
    .replace(/ß/g, "ss")
    .replace(/ä|ae/g, "a")
    .replace(/ö|oe/g, "o")
    .replace(/ü|ue/g, "u");
}

function arabicSpelling(word: string): string {
  return word.replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/ؤ/g, "و").replace(/ئ/g, "ي");
}

/**
 * Persian and Dari keyboards differ in yeh and kaf, and many people type on an Arabic one:
 * Arabic forms are mapped to the Persian ones, and alef and heh variants to the plain letter.
 */
function persianSpelling(word: string): string {
  return word.replace(/[يىئ]/g, "ی").replace(/ك/g, "ک").replace(/[أإآٱ]/g, "ا").replace(/[ةۀ]/g, "ه").replace(/ؤ/g, "و");
}

/**
 * Persian writes the verb prefix and the plural ending with a zero-width non-joiner, a space or
 * nothing at all ("می‌خواهم", "می خواهم", "میخواهم"; "کمپ‌های", "کمپ های"): the joiner is dropped
 * with the invisible marks, and a prefix or ending standing alone is joined to its word here.
 */
const PERSIAN_DETACHED_PREFIX = new Set(["می", "نمی"]);
/** A pronoun or "to be" written after a joiner ("ایمیل‌تان", "ساله‌ام") is a word of its own, and a stop word. */
const PERSIAN_JOINED_CLITIC = /\u200c(?=(?:تان|شان|مان|ام|ات|اش|ایم|اید|اند|است)(?![\p{L}\p{M}]))/gu;
const separatePersianClitics = (text: string) => text.replace(PERSIAN_JOINED_CLITIC, " ");
const PERSIAN_DETACHED_SUFFIX = new Set(["ها", "های", "هایی", "هایم", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین"]);
function joinPersianAffixes(words: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (PERSIAN_DETACHED_PREFIX.has(word) && i + 1 < words.length) {
      words[i + 1] = word + words[i + 1]!;
      continue;
    }
    if (PERSIAN_DETACHED_SUFFIX.has(word) && joined.length > 0) {
      joined[joined.length - 1] += word;
      continue;
    }
    joined.push(word);
  }
  return joined;
}

/**
 * Plural, adjective and comparative endings, removed one after the other so that all forms of a
 * word meet ("آلمان", "آلمانی", "آلمانی‌ها"); plurals in -گان go back to -ه ("پناهندگان" →
 * "پناهنده"); "your"/"their"/"our" go ("دفترتان"), and the adverb's -اً ("شخصاً"). A stem keeps
 * at least three letters (two before the unambiguous -ها, four before a possessive).
 */
const PERSIAN_SUFFIXES: readonly (readonly [suffix: string, minimumStem: number])[] = [
  ["هایشان", 2], ["هایتان", 2], ["هایمان", 2], ["هایم", 2], ["هایش", 2], ["هایی", 2], ["های", 2], ["ها", 2],
  ["ترین", 3], ["تر", 3], ["تان", 4], ["شان", 4], ["مان", 4], ["ان", 3], ["ی", 3], ["ا", 3],
];
function persianStem(word: string): string {
  let stem = word.endsWith("گان") && word.length >= 6 ? word.slice(0, -3) + "ه" : word;
  for (let removed = true; removed; ) {
    removed = false;
    for (const [suffix, minimumStem] of PERSIAN_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= minimumStem) {
        stem = stem.slice(0, -suffix.length);
        removed = true;
        break;
      }
    }
  }
  return stem;
}

/**
 * Ukrainian typed in Latin letters ("de mozhna znayty", "dopomoha bizhentsyam"), read back as
 * Cyrillic after the national transliteration and its common variants. Content and questions go
 * through the same analyzer, so German words in the content ("Freundeskreis") meet their Latin
 * spelling in a question too.
 */
const LATIN_TO_UKRAINIAN: readonly (readonly [latin: string, cyrillic: string])[] = [
  ["shch", "щ"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"], ["ya", "я"], ["ia", "я"], ["ja", "я"],
  ["yu", "ю"], ["iu", "ю"], ["ju", "ю"], ["ye", "є"], ["ie", "є"], ["je", "є"], ["yi", "ї"], ["ji", "ї"],
  ["a", "а"], ["b", "б"], ["v", "в"], ["w", "в"], ["h", "г"], ["g", "г"], ["d", "д"], ["e", "е"], ["z", "з"],
  ["i", "і"], ["k", "к"], ["q", "к"], ["c", "ц"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"],
  ["r", "р"], ["s", "с"], ["t", "т"], ["u", "у"], ["f", "ф"], ["x", "кс"],
];
const VOWEL = /[аеєиіїоуюя]/;
function ukrainianFromLatin(word: string): string {
  if (!/^[a-z0-9]+$/.test(word)) return word;
  let cyrillic = "";
  for (let i = 0; i < word.length; ) {
    // "y" is й after a vowel ("znayty", "moyi") and и elsewhere ("ty", "my").
    if (word[i] === "y" && !/[aeiuo]/.test(word[i + 1] ?? "")) {
      cyrillic += VOWEL.test(cyrillic.at(-1) ?? "") ? "й" : "и";
      i++;
      continue;
    }
    const pair = LATIN_TO_UKRAINIAN.find(([latin]) => word.startsWith(latin, i));
    cyrillic += pair ? pair[1] : word[i];
    i += pair ? pair[0].length : 1;
  }
  return cyrillic;
}

function ukrainianSpelling(word: string): string {
  return ukrainianFromLatin(word.replace(/['’ʼ`]/g, "")).replace(/ґ/g, "г");
}

/** Arabic writes "and" and "so" as one letter in front of the next word ("وشو", "فين"). */
const ARABIC_CONJUNCTION = /^[وف](?=..)/;

interface AnalyzerOptions {
  /** Prepares the raw text, before it is split into words. */
  prepare?: (text: string) => string;
  /** Joins the parts of a word that people write apart. */
  join?: (words: string[]) => string[];
  /** A prefix that does not stop a stop word from being one. */
  clitic?: RegExp;
}

function analyzer(stop: Set<string>, normalise: (word: string) => string, stem: (word: string) => string, options: AnalyzerOptions = {}): Analyzer {
  const { prepare = (text: string) => text, join = (words: string[]) => words, clitic } = options;
  const isStopWord = (word: string) => stop.has(word) || (clitic !== undefined && clitic.test(word) && stop.has(word.replace(clitic, "")));
  return (text) => {
    const terms: string[] = [];
    for (const word of join(words(prepare(text)))) {
      const normalised = normalise(word);
      if (normalised.length < 2 || isStopWord(normalised)) continue;
      terms.push(stem(normalised));
    }
    return terms;
  };
}

const identity = (word: string) => word;
// Ukrainian apostrophes inside words are part of the word; the stop-word list is spelled with them removed too.
const germanStop = stopWords("de", deu, germanSpelling);
const englishStop = stopWords("en", eng, identity);
const arabicStop = stopWords("ar", ara, arabicSpelling);
const persianStop = stopWords("fa", fas, persianSpelling);
const ukrainianStop = stopWords("uk", ukr, ukrainianSpelling);

/**
 * A text's words as the analyzer spells them, stop words included: for phrases that are nothing
 * but stop words ("wer seid ihr", "who are you") and can only be recognised word for word.
 */
export function spelledWords(language: Language, text: string): string[] {
  const { normalise, prepare, join } = SPELLING[language];
  return join(words(prepare(text))).map(normalise);
}

/** Whether a word is one the analyzer drops (a stop word), so that its synonyms can be dropped too. */
export const dropsWord = (language: Language, word: string) => word.trim() !== "" && analyzers[language](word).length === 0;

const SPELLING: Record<Language, { normalise: (word: string) => string; prepare: (text: string) => string; join: (words: string[]) => string[] }> = {
  de: { normalise: germanSpelling, prepare: identity, join: (list) => list },
  en: { normalise: identity, prepare: identity, join: (list) => list },
  ar: { normalise: arabicSpelling, prepare: identity, join: (list) => list },
  fa: { normalise: persianSpelling, prepare: separatePersianClitics, join: joinPersianAffixes },
  uk: { normalise: ukrainianSpelling, prepare: identity, join: (list) => list },
};

export const analyzers: Record<Language, Analyzer> = {
  de: analyzer(germanStop, germanSpelling, germanStemmer),
  en: analyzer(englishStop, identity, englishStemmer),
  ar: analyzer(arabicStop, arabicSpelling, (word) => arabicStemmer(word), { clitic: ARABIC_CONJUNCTION }),
  fa: analyzer(persianStop, persianSpelling, persianStem, { prepare: separatePersianClitics, join: joinPersianAffixes }),
  uk: analyzer(ukrainianStop, ukrainianSpelling, ukrainianStemmer),
};
