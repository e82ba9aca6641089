import { localesDirectory, messageIdsByLanguage } from "../functions/bot/i18n.ts";
import { checkContent } from "../functions/content/check-content.ts";
import { contentDirectory, loadContent } from "../functions/content/load-content.ts";

/** `npm run content:check`: validates everything in content/ (and the topic labels in locales/); exit 1 on any problem. */
try {
  const content = loadContent(contentDirectory(process.env.CONTENT_DIR));
  const messageIds = messageIdsByLanguage(localesDirectory(process.env.LOCALES_DIR));
  const hasMessage = (language: string, id: string) => messageIds.get(language)?.has(id) ?? false;
  const problems = checkContent(content, hasMessage);
  for (const problem of problems) console.error(`${problem.file}: ${problem.message}`);
  const examples = Object.values(content.search).reduce((sum, search) => sum + Object.values(search.examples).flat().length, 0);
  console.log(
    `${content.knowledgeBase.length} entries, ${examples} example questions in ${Object.keys(content.search).length} languages, ` +
      `${content.districts.length} districts: ${problems.length === 0 ? "no problems" : `${problems.length} problem(s)`}.`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
