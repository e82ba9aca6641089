// zod/mini: loaded by the webhook at cold start (see knowledge-base.ts).
import * as z from "zod/mini";
import { LANGUAGES } from "./languages.ts";

const phrasesPerLanguage = z.record(z.enum(LANGUAGES), z.array(z.string()));

/** Greetings and thanks per language (`content/small-talk.json`): a friendly reply, not a knowledge-base search. */
export const smallTalkSchema = z.strictObject({ greeting: phrasesPerLanguage, thanks: phrasesPerLanguage });
export type SmallTalk = z.infer<typeof smallTalkSchema>;
export type SmallTalkKind = keyof SmallTalk;

/** Letters and spaces only, so that "Danke!!" and "danke 🙏" are the same as "danke". */
function bare(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\s]/gu, " ").replace(/\s+/g, " ").trim();
}

/** Words that may follow a greeting or thanks in a message that says nothing else ("danke dir", "شكرا كتير"). */
const MAX_TRAILING_WORDS = 1;

/**
 * Whether a message is only a greeting or a thank-you, in any of the bot's languages: one or more
 * of the phrases ("Hallo, wie geht es Ihnen?"), followed by at most one word. "Hallo, wie kann ich
 * helfen?" is a question. The first phrase says which kind it is.
 */
export function createSmallTalkDetector(smallTalk: SmallTalk) {
  const phrases: { words: string[]; kind: SmallTalkKind }[] = [];
  for (const kind of ["greeting", "thanks"] as const) {
    for (const language of LANGUAGES) for (const phrase of smallTalk[kind][language] ?? []) phrases.push({ words: bare(phrase).split(" "), kind });
  }
  // Longest first, so that "vielen dank" is tried before "dank…" could be.
  phrases.sort((a, b) => b.words.length - a.words.length);
  return (message: string): SmallTalkKind | undefined => {
    let words = bare(message).split(" ").filter(Boolean);
    let kind: SmallTalkKind | undefined;
    for (;;) {
      const phrase = phrases.find((candidate) => candidate.words.every((word, index) => words[index] === word));
      if (!phrase) break;
      kind ??= phrase.kind;
      words = words.slice(phrase.words.length);
    }
    return kind !== undefined && words.length <= MAX_TRAILING_WORDS ? kind : undefined;
  };
}
