import { stemmer as arabicStemmer } from "@orama/stemmers/arabic";
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stemmer as ukrainianStemmer } from "@orama/stemmers/ukrainian";
import { ara, deu, eng, fas, ukr } from "stopword";
import type { Language } from "../languages.ts";

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

function words(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().replace(INVISIBLE, "").replace(INNER_APOSTROPHE, "$1").match(WORD) ?? [];
}

const stopWords = (list: readonly string[], normalise: (word: string) => string) => new Set(list.map(normalise));

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

/** Persian and Dari keyboards differ in yeh and kaf; Arabic forms are mapped to the Persian ones. */
function persianSpelling(word: string): string {
  return word.replace(/[يى]/g, "ی").replace(/ك/g, "ک").replace(/[أإآ]/g, "ا").replace(/ة/g, "ه").replace(/ؤ/g, "و");
}

/** Plural and possessive endings; the stem keeps at least three letters. */
const PERSIAN_SUFFIXES = ["هایی", "های", "ها", "ترین", "تر", "ات", "ان", "ی"];
function persianStem(word: string): string {
  for (const suffix of PERSIAN_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

function ukrainianSpelling(word: string): string {
  return word.replace(/['’ʼ`]/g, "").replace(/ґ/g, "г");
}

function analyzer(stop: Set<string>, normalise: (word: string) => string, stem: (word: string) => string): Analyzer {
  return (text) => {
    const terms: string[] = [];
    for (const word of words(text)) {
      const normalised = normalise(word);
      if (stop.has(normalised) || normalised.length < 2) continue;
      terms.push(stem(normalised));
    }
    return terms;
  };
}

const identity = (word: string) => word;
// Ukrainian apostrophes inside words are part of the word; the stop-word list is spelled with them removed too.
const germanStop = stopWords(deu, germanSpelling);
const englishStop = stopWords(eng, identity);
const arabicStop = stopWords(ara, arabicSpelling);
const persianStop = stopWords(fas, persianSpelling);
const ukrainianStop = stopWords(ukr, ukrainianSpelling);

export const analyzers: Record<Language, Analyzer> = {
  de: analyzer(germanStop, germanSpelling, germanStemmer),
  en: analyzer(englishStop, identity, englishStemmer),
  ar: analyzer(arabicStop, arabicSpelling, (word) => arabicStemmer(word)),
  fa: analyzer(persianStop, persianSpelling, persianStem),
  uk: analyzer(ukrainianStop, ukrainianSpelling, ukrainianStemmer),
};
