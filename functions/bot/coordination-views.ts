import { InlineKeyboard } from "grammy";
import { CARD_ACTIONS, STATUS_ICONS, statusAfter, type CardAction } from "../domain/coordinators.ts";
import type { Enquiry } from "../domain/enquiry.ts";
import { summaryLines } from "./enquiry-views.ts";
import { displayName, escapeHtml } from "./html.ts";

type Translate = (key: string, variables?: Record<string, string>) => string;

/** Telegram's limit for a forum topic's name. */
const TOPIC_NAME_LENGTH = 128;

export const cardData = (action: CardAction, enquiryId: string) => `co:${action}:${enquiryId}`;
export const cardPattern = /^co:(take|answered|close|reopen):([a-f0-9]{16})$/;
export const assignData = (enquiryId: string) => `co:assign:${enquiryId}`;
export const assignToData = (enquiryId: string, userId: number) => `co:to:${enquiryId}:${userId}`;
export const assignPattern = /^co:assign:([a-f0-9]{16})$/;
export const templatesData = (enquiryId: string) => `co:tpl:${enquiryId}`;
export const templatesPattern = /^co:tpl:([a-f0-9]{16})$/;
/** An entry id is at most 40 bytes: `co:tp:` + 16 + `:` + 40 stays within Telegram's 64. */
export const templateData = (enquiryId: string, entryId: string, send: boolean) => `co:${send ? "ts" : "tp"}:${enquiryId}:${entryId}`;
export const templatePattern = /^co:(tp|ts):([a-f0-9]{16}):([a-z0-9-]{1,40})$/;
export const assignToPattern = /^co:to:([a-f0-9]{16}):(\d+)$/;

/** `🟡 A-2026-00001 · Ich möchte mich engagieren · Projekte`: the state at a glance, in the topic list. */
export function topicName(enquiry: Enquiry, t: Translate): string {
  const topic = enquiry.topic === "other" ? t("enquiry-topic-other") : t(`topic-${enquiry.topic}`);
  return `${STATUS_ICONS[enquiry.status]} ${enquiry.reference} · ${t(`enquiry-type-${enquiry.type}`)} · ${topic}`.slice(0, TOPIC_NAME_LENGTH);
}

/** The summary card: everything the person entered, their language, the state, who took it over. */
export function cardText(enquiry: Enquiry, t: Translate, assigneeName?: string, teamName?: string): string {
  return [
    t("card-title", { reference: enquiry.reference }),
    ...(teamName ? [t("card-team", { team: escapeHtml(teamName) })] : []),
    t("card-received", { date: `${enquiry.createdAt.slice(0, 16).replace("T", " ")} UTC` }),
    t("card-language", { language: t(`language-name-${enquiry.language}`) }),
    t("card-status", { status: `${STATUS_ICONS[enquiry.status]} ${t(`my-status-${enquiry.status}`)}` }),
    ...(assigneeName ? [t("card-assignee", { name: displayName(assigneeName) })] : []),
    "",
    ...summaryLines(enquiry, t),
  ].join("\n");
}

/** Only the actions that fit the enquiry's state. */
export function cardKeyboard(enquiry: Enquiry, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const action of CARD_ACTIONS) {
    if (statusAfter(action, enquiry.status)) keyboard.text(t(`card-${action}`), cardData(action, enquiry.id));
  }
  if (enquiry.status !== "closed" && enquiry.status !== "withdrawn") {
    keyboard.row().text(t("card-assign"), assignData(enquiry.id)).text(t("card-templates"), templatesData(enquiry.id));
  }
  return keyboard;
}
