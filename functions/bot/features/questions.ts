import { Composer } from "grammy";
import type { KnowledgeEntry } from "../../domain/knowledge-base.ts";
import type { KnowledgeGapStore } from "../../domain/knowledge-gaps.ts";
import type { KnowledgeSearch } from "../../domain/search/knowledge-search.ts";
import { answerKeyboard } from "../answers.ts";
import { callbackPattern, parseAudience } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { HTML } from "../html.ts";
import { audienceKeyboard, noMatchKeyboard } from "../keyboards.ts";
import { replyToQuestion } from "../question-reply.ts";

export interface QuestionsDependencies {
  entries: readonly KnowledgeEntry[];
  search: KnowledgeSearch;
  detectSmallTalk: (message: string) => "greeting" | "thanks" | undefined;
  gaps: KnowledgeGapStore;
  now: () => Date;
}

/**
 * Free-text questions, answered from the knowledge base in the person's language, or honestly
 * not answered; "Did this help?"; and "Talk to a coordinator".
 */
export function questionsFeature({ entries, search, detectSmallTalk, gaps, now }: QuestionsDependencies): Composer<BotContext> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  privateChat.on("message:text", async (ctx, next) => {
    // Commands nobody handles are left to the fallback, which explains what the bot can do.
    if (ctx.message.text.startsWith("/")) return next();
    const language = await ctx.preferences.language();
    const reply = replyToQuestion(ctx.message.text, language, { search, detectSmallTalk }, ctx.t);
    // As a reply to the question, so that "Talk to a coordinator" under it can carry the question over.
    const toQuestion = { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } };
    switch (reply.kind) {
      case "answer": {
        const related = reply.entry.related.flatMap((id) => byId.get(id) ?? []);
        return ctx.reply(reply.html, { ...HTML, ...toQuestion, reply_markup: answerKeyboard(reply.entry, related, language, ctx.t, undefined) });
      }
      case "small-talk":
        return ctx.reply(reply.html, { ...HTML, reply_markup: audienceKeyboard(ctx.t) });
      case "no-match":
        await gaps.record({ kind: "unmatched", language, topic: reply.topic }, now());
        return ctx.reply(reply.html, { ...HTML, ...toQuestion, reply_markup: noMatchKeyboard(ctx.t) });
    }
  });

  privateChat.callbackQuery(callbackPattern.feedback, async (ctx) => {
    const entry = byId.get(ctx.match[1] ?? "");
    const audience = parseAudience(ctx.match[3]);
    if (!entry || (ctx.match[3] !== "-" && !audience)) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated") });
    const helpful = ctx.match[2] === "y";
    const language = await ctx.preferences.language();
    await gaps.record({ kind: helpful ? "helpful" : "not-helpful", language, entryId: entry.id }, now());
    await ctx.answerCallbackQuery({ text: ctx.t("feedback-thanks") });
    // The vote buttons go, so that one answer is counted once; the other next steps stay.
    const related = entry.related.flatMap((id) => byId.get(id) ?? []);
    await ctx.editMessageReplyMarkup({ reply_markup: answerKeyboard(entry, related, language, ctx.t, audience, { withFeedback: false }) });
    const question = ctx.callbackQuery.message?.reply_to_message;
    const toQuestion = question ? { reply_parameters: { message_id: question.message_id, allow_sending_without_reply: true } } : {};
    if (!helpful) await ctx.reply(ctx.t("feedback-sorry"), { ...HTML, ...toQuestion, reply_markup: noMatchKeyboard(ctx.t) });
  });

  return feature;
}
