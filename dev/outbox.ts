import type { EnquiryStore } from "../functions/domain/enquiry.ts";
import type { CoordinatorNotifier } from "../functions/bot/coordinator-notifier.ts";
import { postWaitingEnquiries } from "../functions/notifier/post-waiting.ts";

/**
 * dynalite has no streams: locally, new enquiries not yet posted for the coordinators are found
 * by polling the status index, and handed to the same notifier the stream feeds in AWS. A failed
 * post is simply tried again on the next round.
 */
export function startOutboxPoll(
  store: EnquiryStore,
  notify: CoordinatorNotifier,
  log: { warn(message: string, details: Record<string, unknown>): void },
  intervalMs = 1_000,
): { stop(): Promise<void>; drain(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const round = async () => {
    await postWaitingEnquiries(store, notify, (enquiry, error) =>
      log.warn("Posting an enquiry failed; trying again on the next round", { enquiryId: enquiry.id, errorName: error instanceof Error ? error.name : typeof error }),
    );
  };
  const timer = setInterval(() => {
    running = running.then(round).catch(() => undefined);
  }, intervalMs);
  return {
    /** Runs one round now and waits for it (tests). */
    drain: () => (running = running.then(round)),
    stop: async () => {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
