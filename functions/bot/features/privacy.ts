import { Composer, InputFile } from "grammy";
import { dataAccessCopy } from "../../domain/data-access.ts";
import type { EnquiryStore } from "../../domain/enquiry.ts";
import type { EnquiryLookups } from "../../domain/enquiry-lookups.ts";
import type { UserPreferencesStore } from "../../domain/user-preferences.ts";
import { callbackPattern } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { count } from "../dates.ts";
import type { EnquiryEraser } from "../enquiry-eraser.ts";
import { HTML } from "../html.ts";
import { confirmDeletionKeyboard } from "../keyboards.ts";

export interface PrivacyDependencies {
  preferences: UserPreferencesStore;
  enquiries: EnquiryStore;
  lookups: EnquiryLookups;
  /** Removes an enquiry from the coordinators' group and the table. */
  eraseEnquiry: EnquiryEraser;
  retentionDays: number;
  draftTtlHours: number;
  now: () => Date;
}

/**
 * `/privacy`, `/mydata` and `/deletemydata`. Whatever a button says, the data touched is always
 * that of the person who pressed it (`ctx.from`), never an id carried in the button.
 */
export function privacyFeature({ preferences, enquiries, lookups, eraseEnquiry, retentionDays, draftTtlHours, now }: PrivacyDependencies): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");

  privateChat.command("privacy", (ctx) => ctx.reply(ctx.t("privacy", { days: count(retentionDays), draftHours: count(draftTtlHours) }), HTML));

  privateChat.command("mydata", async (ctx) => {
    const [stored, own] = await Promise.all([ctx.preferences.get(), enquiries.listByEnquirer(ctx.from.id)]);
    if (!stored && own.length === 0) return ctx.reply(ctx.t("mydata-none"), HTML);
    // Everything, as a file: an enquiry's history does not fit a message, and a file can be kept.
    const copy = dataAccessCopy(ctx.from.id, stored, own, now());
    await ctx.replyWithDocument(new InputFile(Buffer.from(JSON.stringify(copy, null, 2), "utf8"), "my-data.json"), {
      caption: ctx.t("mydata-intro"),
      parse_mode: "HTML",
    });
  });

  privateChat.command("deletemydata", (ctx) =>
    ctx.reply(ctx.t("deletemydata-confirm"), { ...HTML, reply_markup: confirmDeletionKeyboard(ctx.t) }),
  );

  privateChat.callbackQuery(callbackPattern.deleteMyData, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (ctx.match[1] !== "yes") return ctx.editMessageText(ctx.t("deletemydata-cancelled"), HTML);
    // Ended enquiries past their retention too: DynamoDB's TTL may not have removed them yet.
    // Each one leaves the coordinators' group as well as the table; "nothing is stored" is said only after.
    for (const enquiry of await enquiries.listByEnquirer(ctx.from.id, { includeExpired: true })) await eraseEnquiry(ctx.api, enquiry, "person");
    await lookups.forgetRelays(ctx.from.id);
    await preferences.delete(ctx.from.id);
    await ctx.editMessageText(ctx.t("deletemydata-done"), HTML);
  });

  return feature;
}
