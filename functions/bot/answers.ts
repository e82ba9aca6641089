import { InlineKeyboard } from "grammy";
import type { Audience } from "../domain/audiences.ts";
import type { KnowledgeEntry } from "../domain/knowledge-base.ts";
import type { Language } from "../domain/languages.ts";
import { callbackData } from "./callback-data.ts";
import { dayMonthYear, type Translate } from "./dates.ts";
import { escapeHtml } from "./html.ts";

/** The language an entry is shown in: the person's, else English for the refugee languages, else German. */
export function displayLanguage(entry: KnowledgeEntry, language: Language): Language {
  if (entry.answer[language] !== undefined) return language;
  return language === "de" ? "de" : "en";
}

export function entryTitle(entry: KnowledgeEntry, language: Language): string {
  return entry.title[displayLanguage(entry, language)] ?? entry.title.de;
}

/**
 * "Dezember 2018", "December 2018", "ديسمبر 2018"…: month names from the translations, digits
 * 0-9, so that the date reads the same as the facts in every language. (Intl.DateTimeFormat would
 * do it too, but loading its locale data costs a cold start about 15 ms.)
 */
export function formatAsOf(asOf: string, t: Translate): string {
  const [year, month, day] = asOf.split("-");
  const monthName = t(`month-${Number(month)}`);
  if (day === undefined) return t("date-month-year", { month: monthName, year: year ?? "" });
  return dayMonthYear(day, month!, year ?? "", t);
}

/** An answer as the person reads it: title, text, as-of date and source, then "Did this help?". */
export function answerText(entry: KnowledgeEntry, language: Language, t: Translate, options: { askFeedback: boolean } = { askFeedback: true }): string {
  const shown = displayLanguage(entry, language);
  const parts: string[] = [];
  if (shown !== language) parts.push(`<i>${t("answer-language-fallback")}</i>`);
  parts.push(`<b>${escapeHtml(entry.title[shown] ?? entry.title.de)}</b>`);
  parts.push(escapeHtml(entry.answer[shown] ?? entry.answer.de));
  const asOf = t("answer-as-of", { date: formatAsOf(entry.asOf, t) });
  parts.push(`<i>${escapeHtml(asOf)}</i> · <a href="${escapeHtml(entry.sourceUrl)}">${t("answer-source")}</a>`);
  if (options.askFeedback) parts.push(t("answer-did-it-help"));
  return parts.join("\n\n");
}

/**
 * Next steps under an answer: related entries, "Did this help?", a coordinator, and the way back.
 * Related entries outside the person's audience are still offered: the content links them on purpose.
 */
export function answerKeyboard(
  entry: KnowledgeEntry,
  related: readonly KnowledgeEntry[],
  language: Language,
  t: Translate,
  audience: Audience | undefined,
  options: { withFeedback: boolean } = { withFeedback: true },
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const other of related.slice(0, 3)) keyboard.text(`→ ${entryTitle(other, language)}`, callbackData.entry(other.id, audience)).row();
  if (entry.directory) keyboard.text(t("directory-button"), callbackData.chooseDistrict).row();
  if (options.withFeedback) {
    keyboard
      .text(t("answer-helpful-yes"), callbackData.feedback(entry.id, true, audience))
      .text(t("answer-helpful-no"), callbackData.feedback(entry.id, false, audience))
      .row();
  }
  keyboard.text(t("talk-to-coordinator"), callbackData.talkToCoordinator({ ...(audience ? { audience } : {}), topic: entry.topic })).row();
  if (audience) keyboard.text(t("menu-back"), callbackData.topic(audience, entry.topic));
  keyboard.text(t("menu-home"), callbackData.home);
  return keyboard;
}
