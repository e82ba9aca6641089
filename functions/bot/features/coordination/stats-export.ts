import { Composer, InputFile } from "grammy";
import { ENQUIRY_STATUSES } from "../../../domain/enquiry.ts";
import { exportCsv, monthStats } from "../../../domain/enquiry-stats.ts";
import { monthOf } from "../../../domain/knowledge-gaps.ts";
import type { BotContext } from "../../context.ts";
import { count, decimal } from "../../dates.ts";
import { HTML } from "../../html.ts";
import { registeredCoordinator, type GroupTools } from "./group.ts";

/**
 * `/stats` (this month and the last in numbers) and `/export 2026-11 [persönlich]` (a CSV of the
 * month). Both count erased enquiries by their anonymous figures, so a person deleting their data
 * changes no past month.
 */
export function statsExportFeature(tools: GroupTools): Composer<BotContext> {
  const { t, deps } = tools;
  const { enquiries, erasedFigures, gaps, now, log } = deps;
  const feature = new Composer<BotContext>();
  const onlyCoordinators = registeredCoordinator(tools);

  // Every enquiry still stored, whatever its status (a city office's volume fits a few queries),
  // ended ones past their retention too: until they are erased, their figures are not kept elsewhere.
  const allEnquiries = async () => (await Promise.all(ENQUIRY_STATUSES.map((status) => enquiries.listByStatus(status, { includeExpired: true })))).flat();

  feature.command("stats", onlyCoordinators, async (ctx) => {
    const today = now();
    const months = [monthOf(today), monthOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)))];
    const stored = await allEnquiries();
    const blocks: string[] = [];
    for (const month of months) {
      const stats = monthStats(month, stored, await gaps.countsFor(month), await erasedFigures.listMonth(month));
      // The labels coordinators know from the cards, not the stored keys.
      const list = (counts: Record<string, number>, label: (key: string) => string) =>
        Object.entries(counts).map(([key, value]) => t("stats-value", { label: label(key), count: count(value) })).join(", ") || t("stats-none");
      const hours = (value: number | undefined) => (value === undefined ? t("stats-none") : decimal(value));
      blocks.push(
        [
          t("stats-title", { month }),
          t("stats-total", { count: count(stats.total) }),
          t("stats-by-type", { values: list(stats.byType, (type) => t(`enquiry-type-${type}`)) }),
          t("stats-by-topic", { values: list(stats.byTopic, (topic) => t(topic === "other" ? "enquiry-topic-other" : `topic-${topic}`)) }),
          t("stats-by-status", { values: list(stats.byStatus, (status) => t(`my-status-${status}`)) }),
          t("stats-first-answer", { hours: hours(stats.medianHoursToFirstAnswer) }),
          t("stats-close", { hours: hours(stats.medianHoursToClose) }),
          t("stats-helpful", { yes: count(stats.helpful), no: count(stats.notHelpful), unanswered: count(stats.unanswered) }),
          t("stats-rating", { count: count(stats.ratings), average: stats.averageRating === undefined ? t("stats-none") : decimal(stats.averageRating) }),
        ].join("\n"),
      );
    }
    await ctx.reply(blocks.join("\n\n"), HTML);
  });

  feature.command("export", onlyCoordinators, async (ctx) => {
    const coordinator = ctx.coordinator!;
    const [month, flag] = ctx.match.trim().split(/\s+/);
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || (flag !== undefined && !/^(persönlich|personal)$/i.test(flag))) return ctx.reply(t("export-usage"), HTML);
    const personal = flag !== undefined;
    // Personal exports are rare and deliberate: who took one, and when, is on record.
    if (personal) log.info("Enquiries exported with personal data", { coordinatorId: coordinator.userId, month });
    const csv = exportCsv(await allEnquiries(), month, { personal }, await erasedFigures.listMonth(month));
    await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), `anfragen-${month}${personal ? "-persoenlich" : ""}.csv`), {
      caption: t("export-caption", { month, personal: personal ? t("export-personal") : "" }),
      ...(ctx.message?.message_thread_id !== undefined ? { message_thread_id: ctx.message.message_thread_id } : {}),
    });
  });

  return feature;
}
