import { Api, GrammyError } from "grammy";
import type { I18n, TranslationVariables } from "@grammyjs/i18n";
import type { CoordinatorStore } from "../domain/coordinators.ts";
import type { Coordination, Enquiry, EnquiryStore } from "../domain/enquiry.ts";
import type { EnquiryLookups } from "../domain/enquiry-lookups.ts";
import { applyTransition, assignInTurn, roundRobinCandidates } from "../domain/enquiry-lifecycle.ts";
import { nextMember, teamFor, type Routing } from "../domain/routing.ts";
import type { BotContext } from "./context.ts";
import { cardKeyboard, cardText, topicName } from "./coordination-views.ts";
import { count } from "./dates.ts";
import { HTML } from "./html.ts";
import { LogMessage } from "../observability/metric-names.ts";

export type NotifyOutcome = "posted" | "already-posted" | "gone" | "no-group";

export interface CoordinatorNotifierDependencies {
  api: Api;
  store: EnquiryStore;
  lookups: EnquiryLookups;
  coordinators: CoordinatorStore;
  routing: Routing;
  /** The coordinators' supergroup; undefined: nowhere to post (logged, not an error). */
  coordinatorChatId: number | undefined;
  i18n: I18n<BotContext>;
  now: () => Date;
  log: { info(message: string, details: Record<string, unknown>): void; warn(message: string, details: Record<string, unknown>): void };
}

/** What Telegram answers when a group has no topics: post plain cards instead. */
const NOT_A_FORUM = /not a forum|TOPIC|forum/i;

/**
 * Posts a new enquiry to the coordinators' group: its own forum topic, named with its reference,
 * and a summary card in it. Each step is recorded on the enquiry before the next, so a run after
 * a failure (the stream delivers the record again) continues where it stopped instead of
 * posting twice. Coordinators read German.
 */
export function createCoordinatorNotifier({ api, store, lookups, coordinators, routing, coordinatorChatId, i18n, now, log }: CoordinatorNotifierDependencies) {
  const t = (key: string, variables?: TranslationVariables) => i18n.t("de", key, variables);

  /**
   * Where the enquiry is in the group: first the way back from its topic or card (the Bot API
   * cannot list topics), then the enquiry's own record, so that when the record is there, all is.
   */
  async function recordCoordination(enquiryId: string, coordination: Coordination) {
    await lookups.rememberPlace(coordination, enquiryId);
    await store.setCoordination(enquiryId, coordination);
  }

  /** The person hears that someone took their enquiry over; a blocked bot is no reason to fail. */
  async function tellEnquirer(enquiry: Enquiry) {
    const status = i18n.t(enquiry.language, `my-status-${enquiry.status}`);
    try {
      await api.sendMessage(enquiry.enquirerId, i18n.t(enquiry.language, "enquiry-status-notice", { reference: enquiry.reference, status }), HTML);
    } catch (error) {
      if (!(error instanceof GrammyError && error.error_code === 403)) throw error;
    }
  }

  /**
   * The photos and documents the person attached, after the card and in its topic (Telegram keeps
   * the files; the enquiry has their ids). Each is recorded before the next, so a retry neither
   * loses nor repeats one.
   */
  async function postAttachments(enquiry: Enquiry, coordination: Coordination) {
    const total = enquiry.attachments.length;
    const where =
      coordination.threadId !== undefined
        ? { message_thread_id: coordination.threadId }
        : { reply_parameters: { message_id: coordination.cardMessageId!, allow_sending_without_reply: true } };
    let recorded = coordination;
    for (let index = recorded.attachmentsPosted ?? 0; index < total; index++) {
      const attachment = enquiry.attachments[index]!;
      const caption = t("card-attachment", { number: count(index + 1), count: count(total), reference: enquiry.reference });
      let sent: { message_id: number };
      try {
        sent =
          attachment.kind === "photo"
            ? await api.sendPhoto(coordination.chatId, attachment.fileId, { caption, ...where })
            : await api.sendDocument(coordination.chatId, attachment.fileId, { caption, ...where });
      } catch (error) {
        // Telegram refuses this file for good (gone, or not what it claims to be): retrying would
        // hold up the enquiry for ever, so the coordinators are told to ask for it instead.
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
        log.warn("An attachment could not be posted", { reference: enquiry.reference, attachment: index + 1, errorDescription: error.description });
        sent = await api.sendMessage(coordination.chatId, t("card-attachment-failed", { number: count(index + 1), count: count(total), reference: enquiry.reference }), { ...HTML, ...where });
      }
      recorded = { ...recorded, attachmentsPosted: index + 1 };
      await undoUnlessRecorded(recordCoordination(enquiry.id, recorded), () => api.deleteMessage(coordination.chatId, sent.message_id));
    }
  }

  return async function notifyNewEnquiry(enquiryId: string): Promise<NotifyOutcome> {
    if (coordinatorChatId === undefined) {
      log.warn("COORDINATOR_CHAT_ID is not set: the enquiry is stored but posted nowhere", { enquiryId });
      return "no-group";
    }
    let enquiry = await store.get(enquiryId);
    if (!enquiry) return "gone";
    if (enquiry.coordination?.cardMessageId !== undefined) {
      if ((enquiry.coordination.attachmentsPosted ?? 0) >= enquiry.attachments.length) return "already-posted";
      await postAttachments(enquiry, enquiry.coordination);
      return "posted";
    }
    const team = enquiry.coordination?.team ?? teamFor(routing, enquiry);

    // Round robin: the next member of the team gets it before the card is posted, so the card and
    // the topic show the assignee from the start. Only once: afterwards the status is no longer new.
    let assigneeName: string | undefined;
    if (routing.assignment === "round-robin" && assignInTurn(enquiry, 0, now()).ok) {
      const members = roundRobinCandidates(await coordinators.list(), team);
      const assignee = nextMember(members.map((member) => member.userId), members.length > 0 ? await coordinators.nextTurn(team) : 0);
      if (assignee !== undefined) {
        assigneeName = members.find((member) => member.userId === assignee)?.firstName;
        const decided = assignInTurn(enquiry, assignee, now());
        // Only while it is still new: the person may have withdrawn it meanwhile.
        const assigned = decided.ok ? await applyTransition(store, enquiry, decided.transition) : undefined;
        if (assigned?.ok) {
          enquiry = assigned.enquiry;
          await tellEnquirer(enquiry);
        } else {
          const current = await store.get(enquiry.id);
          if (!current) return "gone";
          enquiry = current;
          assigneeName = undefined;
        }
      }
    } else if (enquiry.assignee !== undefined) {
      assigneeName = (await coordinators.get(enquiry.assignee))?.firstName;
    }

    let coordination = enquiry.coordination ?? { chatId: coordinatorChatId, team };
    if (coordination.threadId === undefined && enquiry.coordination === undefined) {
      // For /find; before the topic, so that a retry after any later failure still writes it.
      await lookups.rememberReference(enquiry.reference, enquiry.id);
      try {
        const topic = await api.createForumTopic(coordinatorChatId, topicName(enquiry, t));
        coordination = { chatId: coordinatorChatId, team, threadId: topic.message_thread_id };
      } catch (error) {
        if (!(error instanceof GrammyError && error.error_code === 400 && NOT_A_FORUM.test(error.description))) throw error;
        log.warn("The coordinators' group has no topics: posting a plain card", { reference: enquiry.reference });
        coordination = { chatId: coordinatorChatId, team };
        // Said once per group, not under every card.
        if (await lookups.firstTime(`no-topics#${coordinatorChatId}`)) await api.sendMessage(coordinatorChatId, t("card-no-topics"), HTML);
      }
      // Recorded before the card: a retry after a failed card reuses this topic. A topic that
      // could not be recorded would be opened again by the retry, so it is removed first.
      const threadId = coordination.threadId;
      await undoUnlessRecorded(recordCoordination(enquiry.id, coordination), () =>
        threadId === undefined ? undefined : api.deleteForumTopic(coordinatorChatId, threadId),
      );
    }

    const card = await api.sendMessage(coordinatorChatId, cardText(enquiry, t, assigneeName, routing.teams[team]), {
      ...HTML,
      reply_markup: cardKeyboard(enquiry, t),
      ...(coordination.threadId !== undefined ? { message_thread_id: coordination.threadId } : {}),
    });
    const posted = { ...coordination, cardMessageId: card.message_id, postedAt: now().toISOString() };
    await undoUnlessRecorded(recordCoordination(enquiry.id, posted), () => api.deleteMessage(coordinatorChatId, card.message_id));
    await postAttachments(enquiry, posted);
    log.info(LogMessage.EnquiryPosted, { reference: enquiry.reference, threadId: coordination.threadId });
    return "posted";
  };
}

export type CoordinatorNotifier = ReturnType<typeof createCoordinatorNotifier>;

/**
 * Telegram and DynamoDB cannot change together: when what was just posted cannot be recorded, the
 * retry would post it again, so the post is taken back (as far as Telegram lets us) before the
 * failure goes up for the retry.
 */
async function undoUnlessRecorded(recording: Promise<unknown>, undo: () => Promise<unknown> | undefined): Promise<void> {
  try {
    await recording;
  } catch (error) {
    await Promise.resolve(undo()).catch(() => undefined);
    throw error;
  }
}
