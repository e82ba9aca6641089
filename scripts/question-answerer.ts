import { htmlToPlainText } from "../functions/bot/html.ts";
import { createI18n, localesDirectory } from "../functions/bot/i18n.ts";
import { replyToQuestion } from "../functions/bot/question-reply.ts";
import { contentDirectory, loadContent } from "../functions/content/load-content.ts";
import type { Language } from "../functions/domain/languages.ts";
import { createKnowledgeSearch } from "../functions/domain/search/knowledge-search.ts";
import { createSmallTalkDetector } from "../functions/domain/small-talk.ts";

/** What the bot would answer to a typed question, as `ask` prints it and `eval` scores it. */
export interface Answer {
  /** The reply as the person reads it, without markup. */
  text: string;
  /** Whether the reply is an answer from the knowledge base. */
  matched: boolean;
  /** The entry that answered, or null. */
  topic: string | null;
}

/** Loads content and translations once (from CONTENT_DIR / LOCALES_DIR or the repository's). */
export function createQuestionAnswerer(): (question: string, language: Language) => Answer {
  const content = loadContent(contentDirectory(process.env.CONTENT_DIR));
  const i18n = createI18n(localesDirectory(process.env.LOCALES_DIR));
  const deps = {
    search: createKnowledgeSearch(content.knowledgeBase, { searchContent: content.search }),
    detectSmallTalk: createSmallTalkDetector(content.smallTalk),
  };
  return (question, language) => {
    const t = (key: string, variables?: Record<string, string>) => i18n.t(language, key, variables);
    const reply = replyToQuestion(question, language, deps, t);
    return { text: htmlToPlainText(reply.html), matched: reply.kind === "answer", topic: reply.kind === "answer" ? reply.entry.id : null };
  };
}
