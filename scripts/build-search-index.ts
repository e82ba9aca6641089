import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ANALYSED_CONTENT_FILE, contentDirectory, loadContent, type AnalysedContentFile } from "../functions/content/load-content.ts";
import { analyseContent } from "../functions/domain/search/language-index.ts";

/**
 * `tsx scripts/build-search-index.ts [content folder]`: runs the stemmer over the content once and
 * writes the result next to it, so that a cold Lambda only indexes terms. The stack runs this on
 * the copy of `content/` in each deployment package; the repository's own `content/` needs none.
 */
export function writeAnalysedContent(directory: string): string {
  const content = loadContent(directory);
  const file: AnalysedContentFile = { contentHash: content.contentHash, languages: analyseContent(content.knowledgeBase, content.search) };
  const path = join(directory, ANALYSED_CONTENT_FILE);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = writeAnalysedContent(process.argv[2] ?? contentDirectory());
  console.log(`Wrote ${path}`);
}
