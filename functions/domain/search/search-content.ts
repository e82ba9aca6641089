// zod/mini: loaded by the webhook at cold start (see knowledge-base.ts).
import * as z from "zod/mini";

/**
 * What operators add, per language, so that free-text questions find the right entry:
 * example questions per entry (how people really ask), synonym groups (words that mean the same
 * in this field of work), and words that signal a question the office does not answer here.
 */
export const searchContentSchema = z.strictObject({
  /** Each group's words are treated as one word; the first names the group. */
  synonyms: z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(2))),
  /** Example questions by knowledge-base entry id. */
  examples: z.record(z.string(), z.array(z.string().check(z.minLength(3)))),
  /** Words or short phrases of topics the bot must not answer from the knowledge base. */
  outOfScope: z.array(z.string().check(z.minLength(2))),
  /**
   * Words that say the person wants to volunteer ("begleiten", "ehrenamtlich"): with one of them,
   * an out-of-scope word is what they want to help with ("zum Arzt begleiten"), not what they ask.
   */
  volunteering: z.optional(z.array(z.string().check(z.minLength(2)))),
});

export type SearchContent = z.infer<typeof searchContentSchema>;
