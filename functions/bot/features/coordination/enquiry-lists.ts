import { Composer, InlineKeyboard } from "grammy";
import { STATUS_ICONS } from "../../../domain/coordinators.ts";
import { isOpen } from "../../../domain/enquiry-lifecycle.ts";
import { OPEN_STATUSES, type Enquiry } from "../../../domain/enquiry.ts";
import type { BotContext } from "../../context.ts";
import { coordinationData, coordinationPattern } from "../../callback-data.ts";
import { count } from "../../dates.ts";
import { displayName, HTML } from "../../html.ts";
import { registeredCoordinator, type GroupTools } from "./group.ts";

const INBOX_PAGE = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `/inbox` (open enquiries, oldest first, in pages), `/mine` (what I took over), `/find A-2026-00123`. */
export function enquiryListsFeature(tools: GroupTools): Composer<BotContext> {
  const { t, deps } = tools;
  const { coordinators, enquiries, now } = deps;
  const feature = new Composer<BotContext>();
  const onlyCoordinators = registeredCoordinator(tools);

  /** One line per enquiry: reference (linking to its topic), status, age, who has it. */
  const listLine = (enquiry: Enquiry, names: Map<number, string>) => {
    const place = enquiry.coordination;
    const link = place?.threadId !== undefined ? `https://t.me/c/${String(place.chatId).replace(/^-100/, "")}/${place.threadId}` : undefined;
    const reference = link ? `<a href="${link}">${enquiry.reference}</a>` : enquiry.reference;
    const days = Math.floor((now().getTime() - Date.parse(enquiry.createdAt)) / DAY_MS);
    const who = enquiry.assignee !== undefined ? ` · ${displayName(names.get(enquiry.assignee) ?? "?")}` : "";
    return `${STATUS_ICONS[enquiry.status]} ${reference} · ${t(`my-status-${enquiry.status}`)} · ${t("age-days", { days: count(days) })}${who}`;
  };
  const names = async () => new Map((await coordinators.list()).map((coordinator) => [coordinator.userId, coordinator.firstName]));

  async function showInbox(ctx: BotContext, page: number, edit: boolean) {
    const open = (await Promise.all([...OPEN_STATUSES].map((status) => enquiries.listByStatus(status)))).flat();
    open.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (open.length === 0) return ctx.reply(t("inbox-empty"), HTML);
    const start = page * INBOX_PAGE;
    const shown = open.slice(start, start + INBOX_PAGE);
    const byId = await names();
    const text = [t("inbox-title", { from: count(start + 1), to: count(start + shown.length), total: count(open.length) }), ...shown.map((enquiry) => listLine(enquiry, byId))].join("\n");
    const more = start + INBOX_PAGE < open.length ? { reply_markup: new InlineKeyboard().text(t("inbox-more"), coordinationData.inboxPage(page + 1)) } : {};
    if (edit) await ctx.editMessageText(text, { ...HTML, ...more });
    else await ctx.reply(text, { ...HTML, ...more });
  }

  feature.command("inbox", onlyCoordinators, (ctx) => showInbox(ctx, 0, false));

  feature.callbackQuery(coordinationPattern.inboxPage, onlyCoordinators, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showInbox(ctx, Number(ctx.match[1]), true);
  });

  feature.command("mine", onlyCoordinators, async (ctx) => {
    const mine = (await enquiries.listByAssignee(ctx.coordinator!.userId)).filter(isOpen);
    if (mine.length === 0) return ctx.reply(t("mine-empty"), HTML);
    const byId = await names();
    await ctx.reply([t("mine-title"), ...mine.map((enquiry) => listLine(enquiry, byId))].join("\n"), HTML);
  });

  feature.command("find", onlyCoordinators, async (ctx) => {
    const reference = ctx.match.trim().toUpperCase();
    if (!/^[A-Z]{1,3}-\d{4}-\d{5}$/.test(reference)) return ctx.reply(t("find-usage"), HTML);
    const enquiryId = await deps.lookups.findByReference(reference);
    const enquiry = enquiryId === undefined ? undefined : await enquiries.get(enquiryId);
    if (!enquiry) return ctx.reply(t("find-none", { reference }), HTML);
    await ctx.reply(listLine(enquiry, await names()), HTML);
  });

  return feature;
}
