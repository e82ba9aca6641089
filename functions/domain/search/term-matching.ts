import type { LanguageIndex } from "./language-index.ts";

/** How well a question's terms match an entry's: exact, by prefix or typo, split words, stop-word phrases. */

/** "how can i help" → "how can", "can i", "i help". */
export function wordPairs(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

/**
 * How much a term says about an entry, by where the entry has it: the title names what it is about,
 * keywords and example questions were written for search, the running text mentions much in passing.
 */
export const FIELD_STRENGTH: Record<string, number> = { title: 1, keywords: 0.9, examples: 0.9, answer: 0.4 };
/** A term matched by prefix or typo tolerance is less certain than the word itself. */
export const INEXACT_STRENGTH = 0.8;

/**
 * How strongly an entry's match covers one question term (0–1): 1 for the word itself in a title,
 * keyword or example question; less when only the running text has it, or only a similar word.
 */
export function strength(term: string, match: Record<string, string[]>, parts: ReadonlyMap<string, string>): number {
  const fieldStrength = (fields: readonly string[]) => Math.max(...fields.map((field) => FIELD_STRENGTH[field] ?? 0));
  let strongest = 0;
  for (const [documentTerm, fields] of Object.entries(match)) {
    const viaPart = parts.get(documentTerm) === term;
    if (documentTerm === term || viaPart) strongest = Math.max(strongest, fieldStrength(fields) * (viaPart ? INEXACT_STRENGTH : 1));
    else if (similar(term, documentTerm)) strongest = Math.max(strongest, fieldStrength(fields) * INEXACT_STRENGTH);
  }
  return strongest;
}

/** The relations MiniSearch's prefix and fuzzy search use: a prefix, or at most two edits apart. */
export function similar(a: string, b: string): boolean {
  if (b.startsWith(a) || a.startsWith(b)) return Math.min(a.length, b.length) >= 5;
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 6) return false;
  return editDistance(a, b) <= (Math.min(a.length, b.length) >= 10 ? 2 : 1);
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Two neighbouring terms that the content knows only as one word are that word: people split
 * words that are written together ("ری بوت", "فروندس کرایس", "Freundes Kreis").
 */
export function joinSplitWords(terms: readonly string[], known: ReadonlyMap<string, number>, synonyms: Readonly<Record<string, string>>): string[] {
  const joined: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const [first, second] = [terms[i]!, terms[i + 1]];
    if (second !== undefined && !(known.has(first) && known.has(second))) {
      const whole = (Object.hasOwn(synonyms, first + second) ? synonyms[first + second] : undefined) ?? first + second;
      if (known.has(whole)) {
        joined.push(whole);
        i++;
        continue;
      }
    }
    joined.push(first);
  }
  return joined;
}

/** The one entry with a stop-word keyword that the question contains word for word, if only one has. */
export function entryByStopPhrase(words: readonly string[], stopPhrases: LanguageIndex["stopPhrases"]): string | undefined {
  const contains = (phrase: readonly string[]) => words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));
  const ids = new Set(stopPhrases.filter((phrase) => contains(phrase.words)).map((phrase) => phrase.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}
