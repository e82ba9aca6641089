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

/** Whether a whole message is only a greeting or a thank-you, in any of the bot's languages. */
export function createSmallTalkDetector(smallTalk: SmallTalk) {
  const phrases = new Map<string, SmallTalkKind>();
  for (const kind of ["greeting", "thanks"] as const) {
    for (const language of LANGUAGES) for (const phrase of smallTalk[kind][language] ?? []) phrases.set(bare(phrase), kind);
  }
  return (message: string): SmallTalkKind | undefined => phrases.get(bare(message));
}
