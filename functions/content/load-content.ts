import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { districtsSchema } from "../domain/directory.ts";
import { knowledgeBaseSchema, type KnowledgeBase } from "../domain/knowledge-base.ts";
import { LANGUAGES, type Language } from "../domain/languages.ts";
import { routingSchema, type Routing } from "../domain/routing.ts";
import { ANALYSIS_VERSION } from "../domain/search/analysis-version.ts";
import type { AnalysedLanguage } from "../domain/search/language-index.ts";
import { searchContentSchema, type SearchContent } from "../domain/search/search-content.ts";
import { smallTalkSchema, type SmallTalk } from "../domain/small-talk.ts";

/** Everything operators edit in `content/`, validated. */
export interface Content {
  knowledgeBase: KnowledgeBase;
  /** Per language, where `content/search/<language>.json` exists. */
  search: Partial<Record<Language, SearchContent>>;
  smallTalk: SmallTalk;
  /** Stuttgart's districts, in menu order. */
  districts: string[];
  /** Which team handles which enquiry. */
  routing: Routing;
  /** Baden-Württemberg's public holidays (YYYY-MM-DD), from `npm run content:holidays`. */
  holidays: string[];
  /** The search terms computed when the deployment was built, if they match this content. */
  analysed?: Partial<Record<Language, AnalysedLanguage>>;
  /** Of the files the search is built from. */
  contentHash: string;
}

const holidaysSchema = z.object({ dates: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))) });

/** Written next to the content when a deployment package is built (see `scripts/build-search-index.ts`). */
export const ANALYSED_CONTENT_FILE = "search-index.json";

export interface AnalysedContentFile {
  /** Of the content files it was computed from: a package whose content changed ignores it. */
  contentHash: string;
  languages: Partial<Record<Language, AnalysedLanguage>>;
}

/** Raised when a content file is missing or malformed; the message names the file and the fields. */
export class ContentInvalid extends Error {
  override readonly name = "ContentInvalid";
}

/** `CONTENT_DIR` in a Lambda package (the files are copied next to the bundle), else the repository's. */
export function contentDirectory(configured?: string): string {
  return configured ?? fileURLToPath(new URL("../../content/", import.meta.url));
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new ContentInvalid(`${path}: ${error instanceof Error ? error.message : "unreadable"}`);
  }
}

function validated<S extends z.ZodMiniType>(path: string, text: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentInvalid(`${path}: ${error instanceof Error ? error.message : "not JSON"}`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ContentInvalid(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`).join("; ")}`);
}

/** Reads and validates the content once; the webhook calls this at cold start. */
export function loadContent(directory: string): Content {
  // A file analysed by an earlier version of the search must not pass for this one's.
  const hash = createHash("sha256").update(`analysis ${ANALYSIS_VERSION}`);
  const read = (path: string) => {
    const text = readText(path);
    hash.update(path.slice(directory.length)).update(text);
    return text;
  };
  const knowledgeBasePath = join(directory, "knowledge-base.json");
  const knowledgeBase = validated(knowledgeBasePath, read(knowledgeBasePath), knowledgeBaseSchema);
  const search: Partial<Record<Language, SearchContent>> = {};
  for (const language of LANGUAGES) {
    const path = join(directory, "search", `${language}.json`);
    if (existsSync(path)) search[language] = validated(path, read(path), searchContentSchema);
  }
  const smallTalkPath = join(directory, "small-talk.json");
  const districtsPath = join(directory, "districts.json");
  const contentHash = hash.digest("hex");
  const content: Content = {
    contentHash,
    knowledgeBase,
    search,
    smallTalk: validated(smallTalkPath, readText(smallTalkPath), smallTalkSchema),
    districts: validated(districtsPath, readText(districtsPath), districtsSchema).districts,
    routing: validated(join(directory, "routing.json"), readText(join(directory, "routing.json")), routingSchema),
    holidays: validated(join(directory, "holidays.json"), readText(join(directory, "holidays.json")), holidaysSchema).dates,
  };
  const analysedPath = join(directory, ANALYSED_CONTENT_FILE);
  if (existsSync(analysedPath)) {
    // Produced by our own build from this content; a mismatch only means it is ignored.
    const analysed = JSON.parse(readText(analysedPath)) as AnalysedContentFile;
    if (analysed.contentHash === contentHash) content.analysed = analysed.languages;
  }
  return content;
}
