import { InlineKeyboard } from "grammy";
import { STATUS_ICONS } from "../domain/coordinators.ts";
import { availableActions, isOpen } from "../domain/enquiry-lifecycle.ts";
import type { Enquiry } from "../domain/enquiry.ts";
import { coordinationData } from "./callback-data.ts";
import { summaryLines } from "./enquiry-views.ts";
import { count, readableDateTime, type Translate } from "./dates.ts";
import { displayName, escapeHtml } from "./html.ts";


/** Telegram's limit for a forum topic's name. */
const TOPIC_NAME_LENGTH = 128;

/** `🟡 A-2026-00001 · Ich möchte mich engagieren · Projekte`: the state at a glance, in the topic list. */
export function topicName(enquiry: Enquiry, t: Translate): string {
  const topic = enquiry.topic === "other" ? t("enquiry-topic-other") : t(`topic-${enquiry.topic}`);
  return `${STATUS_ICONS[enquiry.status]} ${enquiry.reference} · ${t(`enquiry-type-${enquiry.type}`)} · ${topic}`.slice(0, TOPIC_NAME_LENGTH);
}

/** Who made the enquiry's last status change, and when: a coordinator by name, the person, or round robin. */
function lastChange(enquiry: Enquiry, t: Translate): string | undefined {
  const change = enquiry.events.findLast((event) => event.type === "status-changed");
  if (!change?.status) return undefined;
  const by = change.by ? t("card-by-coordinator", { name: displayName(change.by.firstName) }) : change.status === "withdrawn" ? t("card-by-person") : t("card-by-round-robin");
  return t("card-last-change", { status: t(`my-status-${change.status}`), by, when: readableDateTime(change.at, t) });
}

/**
 * The summary card: a heading that follows the status, everything the person entered, their
 * language, who has it, who made the last change and when (office time), the rating once given.
 */
export function cardText(enquiry: Enquiry, t: Translate, assigneeName?: string, teamName?: string): string {
  const change = lastChange(enquiry, t);
  return [
    t("card-title", { reference: enquiry.reference, status: enquiry.status }),
    ...(teamName ? [t("card-team", { team: escapeHtml(teamName) })] : []),
    t("card-received", { date: readableDateTime(enquiry.createdAt, t) }),
    t("card-language", { language: t(`language-name-${enquiry.language}`) }),
    t("card-status", { status: `${STATUS_ICONS[enquiry.status]} ${t(`my-status-${enquiry.status}`)}` }),
    ...(assigneeName ? [t("card-assignee", { name: displayName(assigneeName) })] : []),
    ...(change ? [change] : []),
    ...(enquiry.rating !== undefined ? [t("card-rating", { rating: count(enquiry.rating) })] : []),
    "",
    ...summaryLines(enquiry, t),
  ].join("\n");
}

/** Only the actions that fit the enquiry's state; assigning and templates while it is open. */
export function cardKeyboard(enquiry: Enquiry, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const action of availableActions(enquiry)) keyboard.text(t(`card-${action}`), coordinationData.card(action, enquiry.id));
  if (isOpen(enquiry)) keyboard.row().text(t("card-assign"), coordinationData.assign(enquiry.id)).text(t("card-templates"), coordinationData.templates(enquiry.id));
  return keyboard;
}
