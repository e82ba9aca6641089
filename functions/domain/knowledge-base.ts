// zod/mini: the webhook loads the content at cold start, and the full API would triple zod's share of the bundle.
import * as z from "zod/mini";
import { AUDIENCES, type Audience } from "./audiences.ts";
import { LANGUAGES, type Language } from "./languages.ts";

export type { Audience, Language };

/**
 * The menu groups of the knowledge base. A closed list on purpose: every topic needs a menu
 * label in the translations, so adding one is a change to `locales/` as well as to the content.
 */
export const TOPICS = [
  "get-involved",
  "friend-circles",
  "offers",
  "projects",
  "education",
  "companies",
  "refugees-volunteering",
  "support-for-refugees",
] as const;
/** A menu group: one of {@link TOPICS}. */
export type Topic = (typeof TOPICS)[number];

/** Languages every entry must have. */
export const REQUIRED_LANGUAGES = ["de", "en"] as const satisfies readonly Language[];

/** Languages an entry must also have when refugees are among its audiences. */
export const REFUGEE_LANGUAGES = ["ar", "fa", "uk"] as const satisfies readonly Language[];

/**
 * Longest answer we accept. Telegram rejects messages over 4,096 characters; the bot appends
 * the as-of date and the source link, so the answer itself keeps about 600 characters free.
 */
export const MAX_ANSWER_LENGTH = 3_500;

const text = z.string();

/** One text per language; German and English are always present, the others where translated. */
const translatedText = z.strictObject({
  de: text,
  en: text,
  ar: z.optional(text),
  fa: z.optional(text),
  uk: z.optional(text),
});

const translatedKeywords = z.strictObject({
  de: z.array(text),
  en: z.array(text),
  ar: z.optional(z.array(text)),
  fa: z.optional(z.array(text)),
  uk: z.optional(z.array(text)),
});

/**
 * The shape of one knowledge-base entry. Rules about content (unique ids, complete translations,
 * matching numbers, https links, date format) are left to {@link checkKnowledgeBase}, so that one
 * run reports every problem by entry and language instead of stopping at the first.
 */
export const knowledgeEntrySchema = z.strictObject({
  /** Stable kebab-case key; the bot stores it in callback data and statistics. */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case"), z.maxLength(40, "must be at most 40 characters (it travels in 64-byte button data)")),
  topic: z.enum(TOPICS),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1)),
  /** When the facts in the answer were true: `YYYY-MM` or `YYYY-MM-DD`. */
  asOf: z.string(),
  /** Where a reader can check the answer; shown by the bot under the answer. */
  sourceUrl: z.string(),
  /** Ids of entries the bot offers as "see also". */
  related: z.array(z.string()),
  title: translatedText,
  /** Plain text (the bot escapes it for Telegram HTML), without the as-of date or the link. */
  answer: translatedText,
  keywords: translatedKeywords,
  /** The answer offers "near you": the friend circles and initiatives of a chosen district. */
  directory: z.optional(z.boolean()),
});

/** The whole knowledge base: entries in the order the menus show them. */
export const knowledgeBaseSchema = z.array(knowledgeEntrySchema);

/** One question the bot can answer, in up to five languages. */
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;
/** All entries, in menu order. */
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;

/** Raised when the knowledge-base JSON does not have the expected shape; the message names each bad field. */
export class KnowledgeBaseInvalid extends Error {
  override readonly name = "KnowledgeBaseInvalid";
}

/** Parses the knowledge-base JSON (already `JSON.parse`d) or throws {@link KnowledgeBaseInvalid}. */
export function loadKnowledgeBase(json: unknown): KnowledgeBase {
  const result = knowledgeBaseSchema.safeParse(json);
  if (result.success) return result.data;
  throw new KnowledgeBaseInvalid(`Knowledge base is invalid:\n${z.prettifyError(result.error)}`);
}

/** What kind of fault a {@link KnowledgeBaseProblem} reports. */
export type KnowledgeBaseProblemKind =
  | "duplicate-id"
  | "dangling-related"
  | "missing-translation"
  | "answer-too-long"
  | "malformed-url"
  | "number-mismatch"
  | "non-western-digits"
  | "malformed-as-of";

/** One fault found by {@link checkKnowledgeBase}; `language` is set when the fault is in one translation. */
export interface KnowledgeBaseProblem {
  entryId: string;
  language?: Language;
  kind: KnowledgeBaseProblemKind;
  message: string;
}

/**
 * Finds faults that the schema cannot see: duplicate ids, `related` ids that point nowhere,
 * missing translations (German and English everywhere; Arabic, Farsi and Ukrainian wherever
 * refugees are an audience; title, answer and keywords of any language an entry has begun), answers longer than {@link MAX_ANSWER_LENGTH}, source links that are
 * not https, numbers that differ between a translation and the German answer, digits other than
 * 0-9, and an `asOf` that is not `YYYY-MM` or `YYYY-MM-DD`. Returns an empty list when all is well.
 */
export function checkKnowledgeBase(kb: readonly KnowledgeEntry[]): KnowledgeBaseProblem[] {
  const problems: KnowledgeBaseProblem[] = [];
  const ids = new Set<string>();
  const allIds = new Set(kb.map((entry) => entry.id));

  for (const entry of kb) {
    const report = (kind: KnowledgeBaseProblemKind, message: string, language?: Language) =>
      problems.push(language === undefined ? { entryId: entry.id, kind, message } : { entryId: entry.id, language, kind, message });

    if (ids.has(entry.id)) report("duplicate-id", `id "${entry.id}" is used by more than one entry`);
    ids.add(entry.id);

    for (const relatedId of entry.related) {
      if (!allIds.has(relatedId)) report("dangling-related", `related id "${relatedId}" matches no entry`);
    }

    if (!isAsOfDate(entry.asOf)) report("malformed-as-of", `asOf "${entry.asOf}" is not YYYY-MM or YYYY-MM-DD`);

    if (!isHttpsUrl(entry.sourceUrl)) report("malformed-url", `sourceUrl "${entry.sourceUrl}" is not a well-formed https link`);

    for (const language of languagesRequiredFor(entry)) {
      for (const field of ["title", "answer"] as const) {
        if (!entry[field][language]?.trim()) report("missing-translation", `${field} is missing`, language);
      }
      if (!entry.keywords[language]?.some((keyword) => keyword.trim())) report("missing-translation", "keywords are missing", language);
    }

    const germanNumbers = numbersIn(entry.answer.de);
    for (const language of LANGUAGES) {
      const answer = entry.answer[language];
      if (answer === undefined) continue;

      if (answer.length > MAX_ANSWER_LENGTH) {
        report("answer-too-long", `answer has ${answer.length} characters; at most ${MAX_ANSWER_LENGTH} leave room for the footer within Telegram's 4,096`, language);
      }

      const texts = [entry.title[language], answer, ...(entry.keywords[language] ?? [])];
      const foreignDigits = texts.flatMap((t) => (t ?? "").match(/\p{Nd}/gu) ?? []).filter((digit) => !/[0-9]/.test(digit));
      if (foreignDigits.length > 0) {
        report("non-western-digits", `uses digits other than 0-9 (${[...new Set(foreignDigits)].join(" ")}); numbers are compared across languages`, language);
      }

      if (language !== "de") {
        const numbers = numbersIn(answer);
        if (numbers.join(" ") !== germanNumbers.join(" ")) {
          report("number-mismatch", `answer has numbers [${numbers.join(", ")}] but the German answer has [${germanNumbers.join(", ")}]`, language);
        }
      }
    }
  }
  return problems;
}

/**
 * German and English always, Arabic, Farsi and Ukrainian for refugees, and any other language
 * the entry has begun: a title without its answer would show a heading over a German text.
 */
function languagesRequiredFor(entry: KnowledgeEntry): Language[] {
  const required = new Set<Language>(REQUIRED_LANGUAGES);
  if (entry.audiences.includes("refugee")) REFUGEE_LANGUAGES.forEach((language) => required.add(language));
  for (const language of LANGUAGES) {
    if (entry.title[language] !== undefined || entry.answer[language] !== undefined || entry.keywords[language] !== undefined) required.add(language);
  }
  return LANGUAGES.filter((language) => required.has(language));
}

/** The digit sequences of a text, sorted, so that word order may differ between languages. */
function numbersIn(answer: string): string[] {
  return (answer.match(/[0-9]+/g) ?? []).sort();
}

function isAsOfDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  // Date.UTC rolls 2019-02-30 over into March, which the round trip exposes.
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === Number(day);
}

function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "https:" && url.hostname.includes(".");
}
