import type { Language } from "../domain/languages.ts";
import type { KnowledgeEntry } from "../domain/knowledge-base.ts";
import type { KnowledgeSearch } from "../domain/search/knowledge-search.ts";
import type { SmallTalkKind } from "../domain/small-talk.ts";
import { answerText } from "./answers.ts";

type Translate = (key: string, variables?: Record<string, string>) => string;

export type QuestionReply =
  | { kind: "answer"; entry: KnowledgeEntry; html: string }
  | { kind: "small-talk"; smallTalk: SmallTalkKind; html: string }
  | { kind: "no-match"; topic: string | undefined; html: string };

export interface QuestionReplyDependencies {
  search: KnowledgeSearch;
  detectSmallTalk: (message: string) => SmallTalkKind | undefined;
}

/** Below this confidence an unanswered question counts as near no topic at all. */
const TOPIC_HINT_CONFIDENCE = 0.3;

/**
 * What the bot answers to a typed question: a greeting or thanks in kind, the knowledge-base
 * entry the search is confident about, or an honest "I don't know". The bot and `npm run ask`
 * both use this, so that what operators test is what people get.
 */
export function replyToQuestion(question: string, language: Language, deps: QuestionReplyDependencies, t: Translate): QuestionReply {
  const smallTalk = deps.detectSmallTalk(question);
  if (smallTalk) return { kind: "small-talk", smallTalk, html: t(smallTalk === "greeting" ? "smalltalk-greeting" : "smalltalk-thanks") };
  const outcome = deps.search.search(question, language);
  if (outcome.matched) return { kind: "answer", entry: outcome.entry, html: answerText(outcome.entry, language, t) };
  const topic = outcome.bestGuess && outcome.confidence >= TOPIC_HINT_CONFIDENCE ? outcome.bestGuess.topic : undefined;
  return { kind: "no-match", topic, html: t("no-match") };
}
