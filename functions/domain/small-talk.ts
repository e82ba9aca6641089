// zod/mini: loaded by the webhook at cold start (see knowledge-base.ts).
import * as z from "zod/mini";
import { LANGUAGES } from "./languages.ts";

const phrasesPerLanguage = z.record(z.enum(LANGUAGES), z.array(z.string()));

/**
 * Greetings and thanks per language (`content/small-talk.json`): a friendly reply, not a
 * knowledge-base search. Courtesies ("how are you") count as a greeting when nothing follows them:
 * "Wie geht's weiter?" is a question.
 */
export const smallTalkSchema = z.strictObject({ greeting: phrasesPerLanguage, thanks: phrasesPerLanguage, courtesy: z.optional(phrasesPerLanguage) });
export type SmallTalk = z.infer<typeof smallTalkSchema>;
export type SmallTalkKind = "greeting" | "thanks";

/** Letters and spaces only, so that "Danke!!" and "danke 🙏" are the same as "danke". */
function bare(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\s]/gu, " ").replace(/\s+/g, " ").trim();
}

/** Words that may follow a greeting or thanks in a message that says nothing else ("danke dir", "شكرا كتير"). */
const MAX_TRAILING_WORDS = 1;

/**
 * Whether a message is only a greeting or a thank-you, in any of the bot's languages: one or more
 * of the phrases ("Hallo, wie geht es Ihnen?"), followed by at most one word (none after a
 * courtesy). "Hallo, wie kann ich helfen?" is a question. The first phrase says which kind it is.
 */
export function createSmallTalkDetector(smallTalk: SmallTalk) {
  const phrases: { words: string[]; kind: SmallTalkKind; ends: boolean }[] = [];
  for (const kind of ["greeting", "thanks", "courtesy"] as const) {
    for (const language of LANGUAGES) {
      for (const phrase of smallTalk[kind]?.[language] ?? []) {
        phrases.push({ words: bare(phrase).split(" "), kind: kind === "thanks" ? "thanks" : "greeting", ends: kind === "courtesy" });
      }
    }
  }
  // Longest first, so that "vielen dank" is tried before "dank…" could be.
  phrases.sort((a, b) => b.words.length - a.words.length);
  return (message: string): SmallTalkKind | undefined => {
    let words = bare(message).split(" ").filter(Boolean);
    let kind: SmallTalkKind | undefined;
    let ends = false;
    for (;;) {
      const phrase = phrases.find((candidate) => candidate.words.every((word, index) => words[index] === word));
      if (!phrase) break;
      kind ??= phrase.kind;
      ends = phrase.ends;
      words = words.slice(phrase.words.length);
    }
    return kind !== undefined && words.length <= (ends ? 0 : MAX_TRAILING_WORDS) ? kind : undefined;
  };
}
