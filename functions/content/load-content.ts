import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as z from "zod/mini";
import { districtsSchema } from "../domain/directory.ts";
import { knowledgeBaseSchema, type KnowledgeBase } from "../domain/knowledge-base.ts";
import { LANGUAGES, type Language } from "../domain/languages.ts";
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
}

/** Raised when a content file is missing or malformed; the message names the file and the fields. */
export class ContentInvalid extends Error {
  override readonly name = "ContentInvalid";
}

/** `CONTENT_DIR` in a Lambda package (the files are copied next to the bundle), else the repository's. */
export function contentDirectory(configured?: string): string {
  return configured ?? fileURLToPath(new URL("../../content/", import.meta.url));
}

function readValidated<S extends z.ZodMiniType>(path: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ContentInvalid(`${path}: ${error instanceof Error ? error.message : "unreadable"}`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ContentInvalid(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`).join("; ")}`);
}

/** Reads and validates the content once; the webhook calls this at cold start. */
export function loadContent(directory: string): Content {
  const search: Partial<Record<Language, SearchContent>> = {};
  for (const language of LANGUAGES) {
    const path = join(directory, "search", `${language}.json`);
    if (existsSync(path)) search[language] = readValidated(path, searchContentSchema);
  }
  return {
    knowledgeBase: readValidated(join(directory, "knowledge-base.json"), knowledgeBaseSchema),
    search,
    smallTalk: readValidated(join(directory, "small-talk.json"), smallTalkSchema),
    districts: readValidated(join(directory, "districts.json"), districtsSchema).districts,
  };
}
